import PlanningCore

/// People's uids are kept as the 16 bytes of the UUID when they have its usual lower-case
/// form (every uid confplan makes does), else as the text they came as. The 36-character text
/// was a quarter of each imported attendee's row, and so of what an import writes and an
/// opening reads. Only people, the one table that holds 100,000 rows.
enum StoredUID {
    static func value(_ uid: String) -> SQLValue { StableUID.packed(uid).map { .blob($0) } ?? .text(uid) }
}

/// The one place each kind of row is written. Whole-plan loads and single UI changes both use
/// these, so a column is never added in one path and forgotten in the other.
extension Store {
    /// Inserts with the given row id, or a new one when `id` is 0. Returns the row id.
    func insertRow(_ s: Session, event: Int) throws -> Int {
        try db.prepared(
            """
            INSERT INTO sessions (id, event_id, key, uid, title, kind, track, room_id, start, end, languages,
                                  required_features, capacity_limit, plenary, status, notes, fixed, seating)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """
        ).run(
            s.id.raw == 0 ? nil : s.id.raw, event, s.key, s.uid, s.title, s.kind.rawValue, s.track, s.room?.raw,
            s.start?.description, s.end?.description, ListColumn.encode(s.languages),
            ListColumn.encode(s.requiredFeatures), s.capacityLimit, s.isPlenary, s.status.rawValue, s.notes, s.isFixed,
            SeatingColumn.encode(s.seating))
        return db.lastInsertRowID
    }

    func updateRow(_ s: Session) throws {
        try db.prepared(
            """
            UPDATE sessions SET key = ?, title = ?, kind = ?, track = ?, room_id = ?, start = ?, end = ?, languages = ?,
                required_features = ?, capacity_limit = ?, plenary = ?, status = ?, notes = ?, fixed = ?,
                seating = ?, version = version + 1
            WHERE id = ?
            """
        ).run(
            s.key, s.title, s.kind.rawValue, s.track, s.room?.raw, s.start?.description, s.end?.description,
            ListColumn.encode(s.languages), ListColumn.encode(s.requiredFeatures), s.capacityLimit, s.isPlenary,
            s.status.rawValue, s.notes, s.isFixed, SeatingColumn.encode(s.seating), s.id.raw)
    }

    /// With a registration, the person is registered to attend in that category and order.
    func insertRow(_ p: Person, event: Int, registration: (category: String, order: Int)? = nil) throws -> Int {
        try db.prepared(
            """
            INSERT INTO people (id, event_id, key, uid, name, organisation, title, phone, email, org_type,
                                vip_level, availability, province, city, gender, notes, category, registration_order,
                                language, badge, diet, diet_note)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """
        ).run(
            p.id.raw == 0 ? nil : p.id.raw, event, p.key, StoredUID.value(p.uid), p.name, p.organisation, p.title,
            p.phone, p.email,
            p.orgType.rawValue, p.vipLevel, ListColumn.encode(p.availability), p.province, p.city, p.gender, p.notes,
            registration?.category, registration?.order, p.language, p.badge, p.diet?.kind.rawValue, p.diet?.text ?? "")
        return db.lastInsertRowID
    }

    /// Everything but the badge number, which only `numberBadges` gives: an edit made on a
    /// copy read before badges were printed must not take the number away.
    func updateRow(_ p: Person) throws {
        try db.prepared("""
            UPDATE people SET key = ?, name = ?, organisation = ?, title = ?, phone = ?, email = ?, org_type = ?,
                vip_level = ?, availability = ?, province = ?, city = ?, gender = ?, notes = ?, language = ?,
                diet = ?, diet_note = ?, version = version + 1
            WHERE id = ?
            """).run(p.key, p.name, p.organisation, p.title, p.phone, p.email, p.orgType.rawValue, p.vipLevel,
                     ListColumn.encode(p.availability), p.province, p.city, p.gender, p.notes, p.language,
                     p.diet?.kind.rawValue, p.diet?.text ?? "", p.id.raw)
    }

    func insertRow(_ r: Room, event: Int) throws -> Int {
        try db.prepared("""
            INSERT INTO rooms (id, event_id, site_id, key, uid, name, capacity, features, availability, notes)
            VALUES (?,?,?,?,?,?,?,?,?,?)
            """).run(r.id.raw == 0 ? nil : r.id.raw, event, r.site.raw, r.key, r.uid, r.name, r.capacity,
                     ListColumn.encode(r.features), ListColumn.encode(r.availability), r.notes)
        return db.lastInsertRowID
    }

    func updateRow(_ r: Room) throws {
        try db.prepared(
            """
            UPDATE rooms SET site_id = ?, key = ?, name = ?, capacity = ?, features = ?, availability = ?, notes = ?,
                version = version + 1 WHERE id = ?
            """
        ).run(
            r.site.raw, r.key, r.name, r.capacity, ListColumn.encode(r.features), ListColumn.encode(r.availability),
            r.notes, r.id.raw)
    }

    func insertRow(_ s: Site, event: Int) throws -> Int {
        try db.prepared("INSERT INTO sites (id, event_id, key, uid, name, address) VALUES (?,?,?,?,?,?)")
            .run(s.id.raw == 0 ? nil : s.id.raw, event, s.key, s.uid, s.name, s.address)
        return db.lastInsertRowID
    }

    func insertRow(_ r: SessionRole, position: Int) throws {
        try db.prepared("INSERT OR IGNORE INTO session_roles (session_id, person_id, role, position) VALUES (?,?,?,?)")
            .run(r.session.raw, r.person.raw, r.role.rawValue, position)
    }

    /// Where the next registration goes in the attendee list: after every one there is.
    func nextRegistrationOrder() throws -> Int {
        try db.scalarInt("SELECT coalesce(max(registration_order) + 1, 0) FROM people") ?? 0
    }

    /// Registers a person (when not yet) and adds sign-ups, keeping existing ones.
    func insertRegistration(person: Int, category: String, signups: [Int]) throws {
        try db.prepared("UPDATE people SET category = ?, registration_order = ? WHERE id = ? AND category IS NULL")
            .run(category, try nextRegistrationOrder(), person)
        let next =
            try db.scalarInt("SELECT coalesce(max(position) + 1, 0) FROM signups WHERE person_id = ?", person) ?? 0
        let insert = try db.prepared("INSERT OR IGNORE INTO signups (person_id, session_id, position) VALUES (?,?,?)")
        for (j, s) in signups.enumerated() { try insert.run(person, s, next + j) }
    }
}
