import Foundation
import PlanningCore

extension Store {
    /// The pairs of people staff decided are two, so the duplicates review does not raise them again.
    public func keptApart(_ event: ID<Event>) throws -> Set<KeptApart> {
        let s = try db.prepared("SELECT first_uid, second_uid FROM kept_apart WHERE event_id = ?").bind([event.raw])
        defer { s.reset() }
        var out = Set<KeptApart>()
        while try s.step() { out.insert(KeptApart(s.text(0), s.text(1))) }
        return out
    }

    /// Remembers that two people are two, with who decided and when, and logs it.
    public func keepApart(_ event: ID<Event>, _ a: Person, _ b: Person, by user: String = Store.currentUser) throws {
        let pair = KeptApart(a.uid, b.uid)
        try translate {
            try db.transaction {
                try db.run(
                    "INSERT OR REPLACE INTO kept_apart (event_id, first_uid, second_uid, by_user, at) "
                        + "VALUES (?,?,?,?,?)",
                    event.raw, pair.first, pair.second, user, Store.timestamp(Date()))
                try log(event: event.raw, ChangeNote(.keepApart, subject: a.name, [.apartFrom(b.name)]))
            }
        }
    }

    /// Takes back that two people are two (an undo in the UI): the duplicates review raises them again.
    public func forgetKeptApart(_ event: ID<Event>, _ a: Person, _ b: Person) throws {
        let pair = KeptApart(a.uid, b.uid)
        try translate {
            try db.transaction {
                try db.run("DELETE FROM kept_apart WHERE event_id = ? AND first_uid = ? AND second_uid = ?",
                           event.raw, pair.first, pair.second)
                try log(event: event.raw, ChangeNote(.forgetKeptApart, subject: a.name, [.apartTakenBack(b.name)]))
            }
        }
    }
}
