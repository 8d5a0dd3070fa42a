import PlanningCore

extension Store {
    /// Imports a registration list in one write transaction: the event is read inside it, so the
    /// list is matched against exactly what it is written over, even with other staff editing.
    /// `progress(done, total)` is called every few hundred rows; throwing from it (or any failure)
    /// rolls everything back, leaving the database as it was.
    @discardableResult
    public func importRoster(event: ID<Event>, source: String = "", match: (EventPlan) throws -> RosterImport,
                             progress: (Int, Int) throws -> Void = { _, _ in }) throws -> RosterImport {
        try translate {
            try db.transaction {
                let roster = try match(try readPlanInTransaction(event))
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
        var position = try db.scalarInt("""
            SELECT coalesce(max(r.position) + 1, 0) FROM registrations r JOIN people p ON p.id = r.person_id
            WHERE p.event_id = ?
            """, event) ?? 0
        let registration = try db.prepared("INSERT INTO registrations (person_id, category, position) VALUES (?,?,?)")
        let signup = try db.prepared("INSERT OR IGNORE INTO signups (person_id, session_id, position) VALUES (?,?,?)")
        try insertNew(roster.newPeople, event: event, position: &position, step: step)
        for u in roster.updates {
            let id = u.person.id.raw
            try updateRow(u.person)
            if u.hadRegistration {
                try db.run("UPDATE registrations SET category = ? WHERE person_id = ?", u.registration.category, id)
            } else {
                try registration.run(id, u.registration.category, position)
                position += 1
            }
            let next = try db.scalarInt("SELECT coalesce(max(position) + 1, 0) FROM signups WHERE person_id = ?", id) ?? 0
            for (j, s) in u.addedSignups.enumerated() { try signup.run(id, s.raw, next + j) }
            try step()
        }
    }

    /// New people in statements of `batch` rows each, with row ids given here (after the
    /// highest, under the write lock this transaction holds) so their registrations and
    /// sign-ups need no round trip per person. A 100,000-row list is a few thousand statements
    /// instead of 200,000.
    private func insertNew(_ people: [(person: Person, registration: Registration)], event: Int, position: inout Int,
                           step: () throws -> Void) throws {
        let batch = 64
        var nextID = (try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM people") ?? 1)
        let personColumns = "(id, event_id, key, uid, name, organisation, title, phone, email, province, city, gender, notes)"
        let personValues = "(" + Array(repeating: "?", count: 13).joined(separator: ",") + ")"
        func statements(_ n: Int) throws -> (Statement, Statement) {
            (try db.prepared("INSERT INTO people \(personColumns) VALUES " + Array(repeating: personValues, count: n).joined(separator: ",")),
             try db.prepared("INSERT INTO registrations (person_id, category, position) VALUES "
                             + Array(repeating: "(?,?,?)", count: n).joined(separator: ",")))
        }
        let full = try statements(batch)
        let signup = try db.prepared("INSERT OR IGNORE INTO signups (person_id, session_id, position) VALUES (?,?,?)")
        var start = 0
        while start < people.count {
            let n = min(batch, people.count - start)
            let (insertPeople, insertRegistrations) = n == batch ? full : try statements(n)
            var k: Int32 = 0, r: Int32 = 0
            for i in start..<(start + n) {
                let p = people[i].person, id = nextID + i - start
                try insertPeople.bind(id, at: k + 1)
                try insertPeople.bind(event, at: k + 2)
                for (j, text) in [p.key, p.uid, p.name, p.organisation, p.title, p.phone, p.email, p.province, p.city, p.gender,
                                  p.notes].enumerated() {
                    try insertPeople.bind(text, at: k + 3 + Int32(j))
                }
                k += 13
                try insertRegistrations.bind(id, at: r + 1)
                try insertRegistrations.bind(people[i].registration.category, at: r + 2)
                try insertRegistrations.bind(position, at: r + 3)
                position += 1
                r += 3
            }
            try insertPeople.execute()
            try insertRegistrations.execute()
            for i in start..<(start + n) {
                for (j, s) in people[i].registration.signups.enumerated() { try signup.run(nextID + i - start, s.raw, j) }
                try step()
            }
            nextID += n
            start += n
        }
    }
}
