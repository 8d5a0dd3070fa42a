import Foundation
import PlanningCore

/// The rows one logged change wrote: the schedule's (sites, travel, rooms, sessions, roles, a
/// few thousand rows, read again whole when touched) and which people's (row, registration and
/// sign-ups: 100,000 of them, so read one by one).
struct LoggedRows: Codable, Hashable, Sendable {
    var schedule = false
    var people: [Int] = []
    /// Journeys, vehicles or runs: read again whole (a few thousand rows).
    var transport = false
    /// Stays, room blocks or room assignments: read again whole (a few thousand rows).
    var rooming = false
    /// Meals' table plans: read again whole (a thousand seats a meal).
    var tables = false

    init() {}

    private enum Key: String, CodingKey { case schedule, people, transport, rooming, tables }

    /// Entries written before journeys existed carry no `transport`: they wrote none.
    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        schedule = try c.decodeIfPresent(Bool.self, forKey: .schedule) ?? false
        people = try c.decodeIfPresent([Int].self, forKey: .people) ?? []
        transport = try c.decodeIfPresent(Bool.self, forKey: .transport) ?? false
        rooming = try c.decodeIfPresent(Bool.self, forKey: .rooming) ?? false
        tables = try c.decodeIfPresent(Bool.self, forKey: .tables) ?? false
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(schedule, forKey: .schedule)
        try c.encode(people, forKey: .people)
        try c.encode(transport, forKey: .transport)
        // Only when set: entries of every other kind read as they did before rooms and tables existed.
        if rooming { try c.encode(rooming, forKey: .rooming) }
        if tables { try c.encode(tables, forKey: .tables) }
    }

    init(_ change: Change) {
        switch change {
        case .session(let before, let after):
            schedule = true
            // A session added with attendees registers them for it; nothing else of a session
            // change writes a person's rows (a deleted one's sign-ups go with it).
            if before == nil { people = after?.attendees.map(\.raw) ?? [] }
        case .person(let before, let after):
            people = [(after ?? before)?.person.id.raw].compactMap { $0 }
            // A person added with roles, or deleted with theirs.
            schedule = before == nil || after == nil
        case .room, .role:
            schedule = true
        case .site:
            // A deleted site takes the runs to it, and is no longer anyone's hub.
            schedule = true
            transport = true
            // …and the room blocks at it.
            rooming = true
        case .trip, .vehicle, .run:
            transport = true
        case .stay, .roomBlock, .roomAssignment:
            rooming = true
        case .tablePlan:
            tables = true
        }
        // A meal deleted takes its tables; one added back brings them.
        if case .session(let before, let after) = change, before == nil || after == nil { tables = true }
        // A person added or deleted brings or takes their journey and seats in runs, their stay
        // and rooms, their seats at meals, and is no longer (or again) anyone's roommate.
        if case .person(let before, let after) = change, before == nil || after == nil {
            transport = true
            rooming = true
            tables = true
        }
    }

    func adding(_ other: LoggedRows) -> LoggedRows {
        var out = self
        out.schedule = schedule || other.schedule
        out.transport = transport || other.transport
        out.rooming = rooming || other.rooming
        out.tables = tables || other.tables
        out.people = Array(Set(people).union(other.people)).sorted()
        return out
    }
}

/// A change-log entry as stored: the note's own keys, and the rows beside them.
struct StoredNote: Encodable {
    var note: ChangeNote
    var rows: LoggedRows?

    enum Key: String, CodingKey { case rows }

    func encode(to encoder: Encoder) throws {
        try note.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(rows, forKey: .rows)
    }
}

private struct StoredRows: Decodable {
    var rows: LoggedRows?
}

extension Store {
    /// The whole event and its mark, read in one snapshot.
    public func markedPlan(_ event: ID<Event>) throws -> (plan: EventPlan, mark: ChangeMark) {
        try translate {
            try db.execute("BEGIN")
            defer { try? db.execute("COMMIT") }
            return (try readPlan(event, .whole), try currentMark(event))
        }
    }

    /// Brings a copy of the event (as `markedPlan` read it, with the holder's own saves applied
    /// since) up to date through the change log: the entries after `mark` name the rows they
    /// wrote, and only those are read. The result equals a fresh `plan(_:)`, or is nil.
    public func takeIn(_ plan: EventPlan, since mark: ChangeMark) throws -> TakenIn {
        try translate {
            try db.execute("BEGIN")
            defer { try? db.execute("COMMIT") }
            let event = plan.event.id
            let now = try currentMark(event)
            var out = TakenIn(plan: plan, mark: now)
            guard now != mark else { return out }
            let whole = TakenIn(plan: nil, mark: now)
            if mark.entry > 0 {
                let stamp = try db.prepared(
                    "SELECT at || ' ' || summary FROM change_log WHERE id = ? AND event_id = ?"
                ).bind([mark.entry, event.raw]).firstText()
                guard stamp == mark.stamp else { return whole }
            }
            var rows = LoggedRows(), policy = false
            let entries = try db.prepared(
                "SELECT action, summary FROM change_log WHERE event_id = ? AND id > ? ORDER BY id"
            ).bind([event.raw, mark.entry])
            defer { entries.reset() }
            let decoder = JSONDecoder()
            while try entries.step() {
                if let r = try? decoder.decode(StoredRows.self, from: Data(entries.text(1).utf8)).rows {
                    rows = rows.adding(r)
                    continue
                }
                switch ChangeNote.Action(rawValue: entries.text(0)) {
                case .acknowledge?, .withdraw?, .setSeverity?: policy = true
                case .release?, .deleteRelease?: out.releases = true
                // Kept-apart pairs and check-ins are no part of the plan.
                case .keepApart?, .undoCheckIn?: break
                default: return whole
                }
            }
            // Thousands of people (an import taken back) are read faster whole, and on the other thread.
            guard rows.people.count <= 500 else { return whole }
            var taken = plan
            if rows.schedule { try rereadSchedule(&taken) }
            if !rows.people.isEmpty { try reread(people: rows.people, in: &taken) }
            if rows.transport { try readTransport(into: &taken) }
            if rows.rooming { try readRooming(into: &taken) }
            if rows.tables { try readTables(into: &taken) }
            // Badge numbers are given without an entry: a copy that counts other numbers missed some.
            guard taken.people.reduce(0, { $0 + ($1.badge == nil ? 0 : 1) }) == now.badges else { return whole }
            out.plan = taken
            out.schedule = rows.schedule
            out.people = rows.people.map(ID.init)
            out.transport = rows.transport
            out.rooming = rows.rooming
            out.tables = rows.tables
            if policy { out.policy = try findingPolicy(event) }
            return out
        }
    }

    /// The number of the event's newest release and when it was made, without reading it.
    public func newestRelease(_ event: ID<Event>) throws -> (number: Int, at: String)? {
        try translate {
            let s = try db.prepared("SELECT number, at FROM releases WHERE event_id = ? ORDER BY number DESC LIMIT 1")
                .bind([event.raw])
            defer { s.reset() }
            return try s.step() ? (s.int(0), s.text(1)) : nil
        }
    }

    func currentMark(_ event: ID<Event>) throws -> ChangeMark {
        let last = try db.prepared(
            "SELECT id, at || ' ' || summary FROM change_log WHERE event_id = ? ORDER BY id DESC LIMIT 1"
        ).bind([event.raw])
        let (entry, stamp) = try last.step() ? (last.int(0), last.text(1)) : (0, "")
        last.reset()
        // A plain scan: through an index on event_id, each of 100,000 rows would be a lookup.
        let badges = try db.scalarInt("SELECT count(badge) FROM people NOT INDEXED WHERE event_id = ?", event.raw)
        return ChangeMark(entry: entry, stamp: stamp, badges: badges ?? 0)
    }

    /// Sites, travel, rooms, sessions and roles as stored now; a deleted session's sign-ups went
    /// with it (ON DELETE CASCADE), so they go from every registration here too.
    private func rereadSchedule(_ plan: inout EventPlan) throws {
        var fresh = EventPlan(event: plan.event)
        try readSchedule(into: &fresh)
        let gone = Set(plan.sessions.map(\.id)).subtracting(fresh.sessions.map(\.id))
        plan.sites = fresh.sites
        plan.travel = fresh.travel
        plan.rooms = fresh.rooms
        plan.sessions = fresh.sessions
        plan.roles = fresh.roles
        guard !gone.isEmpty else { return }
        for i in plan.registrations.indices where plan.registrations[i].signups.contains(where: gone.contains) {
            plan.registrations[i].signups.removeAll(where: gone.contains)
        }
    }

    /// The named people's rows as stored now, each put where a whole read puts it: people by
    /// id, registrations by registration order then id (the others' order is read from the
    /// rows a binary search looks at: they are unchanged since the mark, or an entry would name them).
    private func reread(people ids: [Int], in plan: inout EventPlan) throws {
        let named = Set(ids)
        plan.registrations.removeAll { named.contains($0.person.raw) }
        let orderOf = try db.prepared("SELECT registration_order FROM people WHERE id = ?")
        func order(_ id: Int) throws -> Int {
            defer { orderOf.reset() }
            return try orderOf.bind([id]).step() ? orderOf.optionalInt(0) ?? 0 : 0
        }
        let row = try db.prepared("SELECT \(Store.personColumns) FROM people WHERE id = ? AND event_id = ?")
        let signups = try db.prepared(
            "SELECT session_id FROM signups WHERE person_id = ? ORDER BY position, session_id")
        for id in named.sorted() {
            var low = 0, high = plan.people.count
            while low < high {
                let mid = (low + high) / 2
                if plan.people[mid].id.raw < id { low = mid + 1 } else { high = mid }
            }
            let present = low < plan.people.count && plan.people[low].id.raw == id
            guard try row.bind([id, plan.event.id.raw]).step() else {
                row.reset()
                if present { plan.people.remove(at: low) }
                continue
            }
            let person = person(from: row)
            let category = row.optionalText(Store.personCategoryColumn)
            let position = row.optionalInt(Store.personRegistrationOrderColumn) ?? 0
            row.reset()
            if present { plan.people[low] = person } else { plan.people.insert(person, at: low) }
            guard let category else { continue }
            var registration = Registration(person: person.id, category: category)
            try signups.bind([id])
            while try signups.step() { registration.signups.append(ID(signups.int(0))) }
            signups.reset()
            var lo = 0, hi = plan.registrations.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let other = plan.registrations[mid].person.raw
                if (try order(other), other) < (position, id) { lo = mid + 1 } else { hi = mid }
            }
            plan.registrations.insert(registration, at: lo)
        }
    }
}
