import PlanningCore

extension Store {
    /// A hotel's confirmation in one transaction and one entry of the log: the hotels no site was
    /// made first (named in `newHotels`), then the blocks, those naming a new hotel by `ID(-1 - k)`
    /// (its place in `newHotels`) pointed at the site made for it. Undoing the entry takes all back.
    @discardableResult
    public func importRooms(_ changes: [Change], newHotels: [String], event: ID<Event>, note: ChangeNote) throws
        -> [Change]
    {
        try translate {
            try db.transaction {
                var made: [ID<Site>] = []
                var written: [Change] = []
                for name in newHotels {
                    let site = Site(id: ID(0), key: "", uid: "", name: name)
                    let change = try write(.site(before: nil, after: site), event: event.raw, logged: false)
                    guard case .site(_, let stored?) = change else { continue }
                    made.append(stored.id)
                    written.append(change)
                }
                for var change in changes {
                    if case .roomBlock(let before, var after?) = change, after.block.hotel.raw < 0 {
                        let k = -1 - after.block.hotel.raw
                        guard k < made.count else { continue }
                        after.block.hotel = made[k]
                        change = .roomBlock(before: before, after: after)
                    }
                    written.append(try write(change, event: event.raw, logged: false))
                }
                try log(event: event.raw, note, rows: written.reduce(LoggedRows()) { $0.adding(LoggedRows($1)) })
                return written
            }
        }
    }
}
