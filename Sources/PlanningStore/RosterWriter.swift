import PlanningCore

extension Store {
    /// Imports a registration list in one write transaction: the event is read inside it, so the
    /// list is matched against exactly what it is written over, even with other staff editing.
    /// `progress(done, total)` is called every few hundred rows; throwing from it (or any failure)
    /// rolls everything back, leaving the database as it was.
    @discardableResult
    public func importRoster(event: ID<Event>, match: (EventPlan) throws -> RosterImport,
                             progress: (Int, Int) throws -> Void = { _, _ in }) throws -> RosterImport {
        try translate {
            try db.transaction {
                let roster = try match(try readPlanInTransaction(event))
                try write(roster, event: event.raw, progress: progress)
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
        // Only the columns a registration list fills; the rest keep their defaults.
        let insertPerson = try db.prepared("""
            INSERT INTO people (event_id, key, uid, name, organisation, title, phone, email, province, city, gender, notes)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        for (p, reg) in roster.newPeople {
            try insertPerson.run(event, p.key, p.uid, p.name, p.organisation, p.title, p.phone, p.email, p.province, p.city,
                                 p.gender, p.notes)
            let id = db.lastInsertRowID
            try registration.run(id, reg.category, position)
            position += 1
            for (j, s) in reg.signups.enumerated() { try signup.run(id, s.raw, j) }
            try step()
        }
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
}
