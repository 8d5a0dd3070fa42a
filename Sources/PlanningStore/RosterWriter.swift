import PlanningCore

extension Store {
    /// Imports a registration list in one write transaction: the event's people are read inside
    /// it, so the list is matched against exactly what it is written over, even with other staff
    /// editing. `match` gets the event with its people, registrations and sign-ups only.
    /// `progress(done, total)` is called every few hundred rows; throwing from it (or any failure)
    /// rolls everything back, leaving the database as it was.
    @discardableResult
    public func importRoster(event: ID<Event>, source: String = "", match: (EventPlan) throws -> RosterImport,
                             progress: (Int, Int) throws -> Void = { _, _ in }) throws -> RosterImport {
        try translate {
            try db.transaction {
                let roster = try match(try readPlanInTransaction(event, peopleOnly: true))
                try write(roster, event: event.raw, progress: progress)
                if !roster.changesNothing {
                    try log(event: event.raw, action: "import attendees",
                            summary: (source.isEmpty ? "" : source + ": ") + "\(roster.newPeople.count) new, \(roster.updates.count) updated")
                }
                return roster
            }
        }
    }

    private func write(_ roster: RosterImport, event: Int, progress: (Int, Int) throws -> Void) throws {
        let total = roster.newPeople.count + roster.updates.count
        var done = 0
        func step() throws {
            done += 1
            if done % 500 == 0 || done == total { try progress(done, total) }
        }
        var order = try nextRegistrationOrder()
        let signup = try db.prepared("INSERT OR IGNORE INTO signups (person_id, session_id, position) VALUES (?,?,?)")
        try insertNew(roster.newPeople, event: event, order: &order, step: step)
        for u in roster.updates {
            let id = u.person.id.raw
            try updateRow(u.person)
            if u.hadRegistration {
                try db.run("UPDATE people SET category = ? WHERE id = ?", u.registration.category, id)
            } else {
                try db.run("UPDATE people SET category = ?, registration_order = ? WHERE id = ?", u.registration.category, order, id)
                order += 1
            }
            let next = try db.scalarInt("SELECT coalesce(max(position) + 1, 0) FROM signups WHERE person_id = ?", id) ?? 0
            for (j, s) in u.addedSignups.enumerated() { try signup.run(id, s.raw, next + j) }
            try step()
        }
    }

    /// New people in statements of `batch` rows each, with row ids given here (after the
    /// highest, under the write lock this transaction holds) so their sign-ups need no round
    /// trip per person. A 100,000-row list is a few thousand statements instead of 100,000,
    /// and its text is bound where it lies (`TextArena`) rather than copied value by value.
    private func insertNew(_ people: [(person: Person, registration: Registration)], event: Int, order: inout Int,
                           step: () throws -> Void) throws {
        let batch = 64
        var nextID = (try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM people") ?? 1)
        let columns = "(id, event_id, key, uid, name, organisation, title, phone, email, province, city, gender, notes, category, registration_order)"
        let width: Int32 = 15
        let values = "(" + Array(repeating: "?", count: Int(width)).joined(separator: ",") + ")"
        func statement(_ n: Int) throws -> Statement {
            try db.prepared("INSERT INTO people \(columns) VALUES " + Array(repeating: values, count: n).joined(separator: ","))
        }
        let full = try statement(batch)
        let signup = try db.prepared("INSERT OR IGNORE INTO signups (person_id, session_id, position) VALUES (?,?,?)")
        var texts = TextArena()
        var start = 0
        while start < people.count {
            let n = min(batch, people.count - start)
            let insert = n == batch ? full : try statement(n)
            texts.removeAll()
            var k: Int32 = 0
            var signups: [(person: Int, sessions: [ID<Session>])] = []
            for i in start..<(start + n) {
                // One copy of the pair: reaching into the array field by field copied the whole
                // person for every field.
                let (p, registration) = people[i]
                let id = nextID + i - start
                try insert.bind(id, at: k + 1)
                try insert.bind(event, at: k + 2)
                texts.add(p.key, at: k + 3)
                texts.add(uid: p.uid, at: k + 4)
                texts.add(p.name, at: k + 5)
                texts.add(p.organisation, at: k + 6)
                texts.add(p.title, at: k + 7)
                texts.add(p.phone, at: k + 8)
                texts.add(p.email, at: k + 9)
                texts.add(p.province, at: k + 10)
                texts.add(p.city, at: k + 11)
                texts.add(p.gender, at: k + 12)
                texts.add(p.notes, at: k + 13)
                texts.add(registration.category, at: k + 14)
                try insert.bind(order, at: k + 15)
                if !registration.signups.isEmpty { signups.append((id, registration.signups)) }
                order += 1
                k += width
            }
            try insert.execute(with: texts)
            for (person, sessions) in signups {
                for (j, s) in sessions.enumerated() { try signup.run(person, s.raw, j) }
            }
            for _ in 0..<n { try step() }
            nextID += n
            start += n
        }
    }
}
