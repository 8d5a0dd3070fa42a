import Foundation
import PlanningCore

/// Whole-plan reads and writes: `load` puts an event file in, `dump` and the engine read it out.
extension Store {
    /// Stores a whole plan as a new event in one transaction; with `replace`, an event with the
    /// same identifier is deleted in that same transaction. Returns the plan as stored (with row ids).
    @discardableResult
    public func insert(_ plan: EventPlan, replace: Bool = false) throws -> EventPlan {
        try load(plan, replace: replace).plan
    }

    /// What loading an event did to what staff had decided about its findings.
    public struct Loaded: Sendable {
        public var plan: EventPlan
        /// Acknowledgements (kept, from before and from the file) that match no finding of the
        /// event as loaded: the session moved, the clash is gone. They stay stored, and logged.
        public var unmatched: [String: Acknowledgement]
        /// What a reload carried over from the event it replaced (nothing for a new event).
        public var kept = KeptHistory()
        /// The file's UIDs another event already held, given new ones (a copy of last year's file).
        public var renewed = RenewedUIDs()
    }

    /// A copied event file (how staff start next year's event) carries the UIDs of the event it was
    /// copied from. Two events cannot share one: calendars and finding keys would mix them up. The
    /// copy's are renewed, and the person told which event held them.
    public struct RenewedUIDs: Sendable, Equatable {
        public var event = false
        public var sites = 0, rooms = 0, sessions = 0
        /// The identifiers of the events that held them, sorted.
        public var heldBy: [String] = []
        public var isEmpty: Bool { !event && sites + rooms + sessions == 0 }
        public init() {}
    }

    /// Stores a plan with the severities and acknowledgements its file carries. Replacing an
    /// event keeps its acknowledgements and severity overrides (the file's win where both say
    /// something): a finding acknowledged before a reload is still acknowledged after it, since
    /// its key is made of UUIDs, not row ids.
    ///
    /// A reload keeps what the file does not carry (check-ins, releases, the change log,
    /// kept-apart marks, badge numbers; see `KeptHistory`) and refuses with `ReloadWouldDrop`
    /// when check-ins belong to people or sessions the file no longer has; `discardHistory`
    /// starts the event afresh instead.
    public func load(_ plan: EventPlan, policy: FindingPolicy = FindingPolicy(), replace: Bool = false,
                     discardHistory: Bool = false, sequences: [String: Int] = [:]) throws -> Loaded
    {
        let problems = plan.structuralProblems()
        guard problems.isEmpty else { throw StoreError.invalidPlan(problems) }
        var plan = plan, policy = policy, sequences = sequences
        return try translate {
            try db.transaction {
                var merged = FindingPolicy()
                var kept = KeptHistory()
                var calendar: CalendarSequences?
                // Read inside the write transaction: a desk's check-in committed while the file was
                // being read is here too.
                if let existing = try db.scalarInt("SELECT id FROM events WHERE key = ?", plan.event.key) {
                    guard replace else { throw StoreError.eventExists(key: plan.event.key) }
                    merged = try findingPolicy(ID(existing))
                    // Calendar numbers that went out stay: a reload must not send an entry out lower.
                    calendar = try calendarSequences(ID(existing))
                    kept = try setAsideHistory(of: existing, for: &plan, discard: discardHistory)
                    try db.run("DELETE FROM events WHERE id = ?", existing)
                }
                let renewed = try renewTakenUIDs(&plan, &policy, &sequences)
                merged.overrides.merge(policy.overrides) { _, file in file }
                merged.acknowledgements.merge(policy.acknowledgements) { _, file in file }
                let stored = try write(plan)
                let event = stored.event.id.raw
                try bringBackHistory(into: event, stored)
                try storeLoaded(sequences, stored.releasedSessions(), kept: calendar, event: stored.event.id)
                Store.pauseForTest(at: "reload")
                for (code, severity) in merged.overrides {
                    try db.run(
                        "INSERT INTO severity_overrides (event_id, code, severity) VALUES (?,?,?)",
                        event, code.rawValue, severity?.rawValue ?? "off")
                }
                for (key, ack) in merged.acknowledgements {
                    try db.run(
                        "INSERT INTO acknowledgements (event_id, finding_key, reason, by_user, at) VALUES (?,?,?,?,?)",
                        event, key, ack.reason, ack.by, ack.at)
                }
                try log(event: event, ChangeNote(replace ? .loadEventReplacing : .loadEvent, [
                    .loaded(sessions: plan.sessions.count, rooms: plan.rooms.count, people: plan.people.count),
                ]))
                let identity = FindingIdentity(plan: stored)
                let keys = Set(ConflictEngine.check(stored).map(identity.key))
                let unmatched = merged.acknowledgements.filter { !keys.contains($0.key) }
                if !unmatched.isEmpty {
                    let list = unmatched.sorted { $0.key < $1.key }
                        .map { "\(FindingIdentity.shortID($0.key)) (\($0.value.by): \($0.value.reason))" }.joined(
                            separator: "; ")
                    try log(event: event, ChangeNote(.unmatchedAcknowledgements, [
                        .unmatched(count: unmatched.count, list: list),
                    ]))
                }
                return Loaded(plan: stored, unmatched: unmatched, kept: kept, renewed: renewed)
            }
        }
    }

    /// Gives the plan's event, sites, rooms and sessions whose UID another event holds new UIDs,
    /// and carries the change into the file's acknowledgements (their keys are made of UIDs). People
    /// may share a UID across events (the same person comes again), so theirs stay.
    private func renewTakenUIDs(_ plan: inout EventPlan, _ policy: inout FindingPolicy,
                                _ sequences: inout [String: Int]) throws -> RenewedUIDs {
        var out = RenewedUIDs(), holders = Set<String>(), renewed: [String: String] = [:]
        func holder(_ table: String, _ uid: String) throws -> String? {
            let sql = table == "events" ? "SELECT key FROM events WHERE uid = ?"
                : "SELECT e.key FROM \(table) t JOIN events e ON e.id = t.event_id WHERE t.uid = ?"
            return try db.scalarText(sql, uid)
        }
        func renew(_ table: String, _ uid: inout String) throws -> Bool {
            guard let key = try holder(table, uid) else { return false }
            holders.insert(key)
            let fresh = UUID().uuidString.lowercased()
            renewed[uid] = fresh
            uid = fresh
            return true
        }
        out.event = try renew("events", &plan.event.uid)
        for i in plan.sites.indices { out.sites += try renew("sites", &plan.sites[i].uid) ? 1 : 0 }
        for i in plan.rooms.indices { out.rooms += try renew("rooms", &plan.rooms[i].uid) ? 1 : 0 }
        for i in plan.sessions.indices { out.sessions += try renew("sessions", &plan.sessions[i].uid) ? 1 : 0 }
        guard !renewed.isEmpty else { return out }
        out.heldBy = holders.sorted()
        policy.acknowledgements = Dictionary(policy.acknowledgements.map { key, ack in
            (renewed.reduce(key) { $0.replacingOccurrences(of: $1.key, with: $1.value) }, ack)
        }, uniquingKeysWith: { a, _ in a })
        // A new UID is a new calendar entry: its numbering starts afresh.
        sequences = sequences.filter { renewed[$0.key] == nil }
        return out
    }

    private func write(_ plan: EventPlan) throws -> EventPlan {
        var out = plan
        let e = plan.event
        try db.run("""
            INSERT INTO events (key, uid, name, short_name, city, time_zone, first_day, last_day,
                                day_change_hour, default_travel_minutes, seating_rule, checkin_items,
                                banquet_seat_order)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            """, e.key, e.uid, e.name, e.shortName, e.city, e.timeZone, e.firstDay.description,
            e.lastDay.description, e.dayChangeHour, e.defaultTravelMinutes, e.seatingRule.rawValue,
            ItemsColumn.encode(e.checkInItems), e.banquetSeatOrder.rawValue)
        let eventID = db.lastInsertRowID
        out.event.id = ID(eventID)
        out.event.clockChanges = ZoneRules.clockChanges(e)

        var siteIDs: [ID<Site>: Int] = [:]
        for (i, s) in plan.sites.enumerated() {
            var row = s
            row.id = ID(0)
            let id = try insertRow(row, event: eventID)
            siteIDs[s.id] = id
            out.sites[i].id = ID(id)
        }
        for (i, t) in plan.travel.enumerated() {
            try db.run("INSERT OR REPLACE INTO travel_times (from_site, to_site, minutes) VALUES (?,?,?)",
                       siteIDs[t.from]!, siteIDs[t.to]!, t.minutes)
            out.travel[i].from = ID(siteIDs[t.from]!)
            out.travel[i].to = ID(siteIDs[t.to]!)
        }
        var roomIDs: [ID<Room>: Int] = [:]
        for (i, r) in plan.rooms.enumerated() {
            var row = r
            row.id = ID(0)
            row.site = ID(siteIDs[r.site]!)
            let id = try insertRow(row, event: eventID)
            roomIDs[r.id] = id
            out.rooms[i].id = ID(id)
            out.rooms[i].site = row.site
        }
        var sessionIDs: [ID<Session>: Int] = [:]
        for (i, s) in plan.sessions.enumerated() {
            var row = s
            row.id = ID(0)
            row.room = s.room.map { ID(roomIDs[$0]!) }
            let id = try insertRow(row, event: eventID)
            sessionIDs[s.id] = id
            out.sessions[i].id = ID(id)
            out.sessions[i].room = row.room
        }
        var personIDs: [ID<Person>: Int] = [:]
        personIDs.reserveCapacity(plan.people.count)
        var registered: [ID<Person>: (category: String, order: Int)] = [:]
        registered.reserveCapacity(plan.registrations.count)
        for (i, reg) in plan.registrations.enumerated() { registered[reg.person] = (reg.category, i) }
        for (i, p) in plan.people.enumerated() {
            var row = p
            row.id = ID(0)
            let id = try insertRow(row, event: eventID, registration: registered[p.id])
            personIDs[p.id] = id
            out.people[i].id = ID(id)
        }
        // A rostrum's order names people, who get their row ids only now: a second event in one
        // database would otherwise seat the first event's people.
        for (i, s) in plan.sessions.enumerated() {
            guard var seating = s.seating else { continue }
            seating.order = seating.order.compactMap { personIDs[$0].map(ID.init) }
            try db.run("UPDATE sessions SET seating = ? WHERE id = ?", SeatingColumn.encode(seating),
                       out.sessions[i].id.raw)
            out.sessions[i].seating = seating
        }
        let insertRole = try db.prepared(
            "INSERT INTO session_roles (session_id, person_id, role, position) VALUES (?,?,?,?)")
        for (i, r) in plan.roles.enumerated() {
            try insertRole.run(sessionIDs[r.session]!, personIDs[r.person]!, r.role.rawValue, i)
            out.roles[i] = SessionRole(
                session: ID(sessionIDs[r.session]!), person: ID(personIDs[r.person]!), role: r.role)
        }
        let insertSignup = try db.prepared("INSERT INTO signups (person_id, session_id, position) VALUES (?,?,?)")
        for (i, reg) in plan.registrations.enumerated() {
            let person = personIDs[reg.person]!
            out.registrations[i].person = ID(person)
            for (j, s) in reg.signups.enumerated() {
                try insertSignup.run(person, sessionIDs[s]!, j)
                out.registrations[i].signups[j] = ID(sessionIDs[s]!)
            }
        }
        (out.trips, out.vehicles, out.runs) = try writeTransport(
            of: plan, event: eventID, sites: siteIDs, people: personIDs, sessions: sessionIDs)
        (out.stays, out.roomBlocks, out.roomAssignments) = try writeRooming(
            of: plan, event: eventID, sites: siteIDs, people: personIDs)
        out.tablePlans = try writeTables(of: plan, people: personIDs, sessions: sessionIDs)
        return out
    }

    /// Reads a whole event into memory.
    public func plan(_ eventID: ID<Event>) throws -> EventPlan {
        try translate {
            // One read transaction so a writer in another process cannot show us half a change.
            try db.execute("BEGIN")
            defer { try? db.execute("COMMIT") }
            return try readPlan(eventID, .whole)
        }
    }

    /// The event as a first screen needs it: the schedule and the people who hold a role in it,
    /// without the attendees' registrations and sign-ups. Reading 100,000 attendees takes most of
    /// a second; the UI shows this at once and takes the whole event from `plan` a moment later.
    public func schedule(_ eventID: ID<Event>) throws -> EventPlan {
        try translate {
            try db.execute("BEGIN")
            defer { try? db.execute("COMMIT") }
            return try readPlan(eventID, .schedule)
        }
    }

    /// For an attendee import, inside its own write transaction: the event with just its people
    /// and their registrations, what the list is matched against (not the schedule it does not
    /// touch).
    func readPeopleInTransaction(_ eventID: ID<Event>) throws -> EventPlan {
        try readPlan(eventID, .people)
    }

    /// Which parts of an event a read takes.
    enum PlanParts {
        case whole
        /// Sites, rooms, sessions, roles and the people who hold them.
        case schedule
        /// People, their registrations and sign-ups.
        case people
    }

    func readPlan(_ eventID: ID<Event>, _ parts: PlanParts) throws -> EventPlan {
        let id = eventID.raw
        let es = try db.prepared("""
            SELECT key, uid, name, short_name, city, time_zone, first_day, last_day, day_change_hour,
                   default_travel_minutes, seating_rule, checkin_items, banquet_seat_order FROM events WHERE id = ?
            """).bind([id])
        guard try es.step() else { throw StoreError.noSuchEvent(String(id)) }
        var event = Event(
            id: eventID, key: es.text(0), uid: es.text(1), name: es.text(2), shortName: es.text(3), city: es.text(4),
            timeZone: es.text(5), firstDay: LocalDate(iso: es.text(6)) ?? LocalDate(dayNumber: 0),
            lastDay: LocalDate(iso: es.text(7)) ?? LocalDate(dayNumber: 0), dayChangeHour: es.int(8),
            defaultTravelMinutes: es.int(9), seatingRule: SeatingRule(rawValue: es.text(10)) ?? .domestic)
        event.checkInItems = ItemsColumn.decode(es.text(11))
        event.banquetSeatOrder = BanquetSeatOrder(rawValue: es.text(12)) ?? .hostAndDeputy
        event.clockChanges = ZoneRules.clockChanges(event)
        try es.step()
        var plan = EventPlan(event: event)
        switch parts {
        case .whole:
            try readSchedule(into: &plan)
            try readPeople(into: &plan)
            try readRooming(into: &plan)
        case .schedule:
            try readSchedule(into: &plan)
            try readRoleHolders(into: &plan)
        case .people:
            try readPeople(into: &plan)
        }
        return plan
    }

    /// The people who hold a role in the sessions read, one by one: a few thousand of an event's
    /// 100,000 people.
    private func readRoleHolders(into plan: inout EventPlan) throws {
        let byID = try db.prepared("SELECT \(Store.personColumns) FROM people WHERE id = ?")
        for id in Set(plan.roles.map(\.person.raw)).sorted() {
            try byID.bind([id])
            if try byID.step() { plan.people.append(person(from: byID)) }
            byID.reset()
        }
    }

    /// Sites, travel times, rooms, sessions and who has a role in them.
    func readSchedule(into plan: inout EventPlan) throws {
        let id = plan.event.id.raw
        let ss = try db.prepared("SELECT id, key, uid, name, address FROM sites WHERE event_id = ? ORDER BY id").bind([
            id
        ])
        while try ss.step() {
            plan.sites.append(
                Site(id: ID(ss.int(0)), key: ss.text(1), uid: ss.text(2), name: ss.text(3), address: ss.text(4)))
        }
        let ts = try db.prepared(
            """
            SELECT t.from_site, t.to_site, t.minutes FROM travel_times t JOIN sites s ON s.id = t.from_site
            WHERE s.event_id = ? ORDER BY t.from_site, t.to_site
            """
        ).bind([id])
        while try ts.step() {
            plan.travel.append(TravelTime(from: ID(ts.int(0)), to: ID(ts.int(1)), minutes: ts.int(2)))
        }

        let rs = try db.prepared("SELECT \(Store.roomColumns) FROM rooms WHERE event_id = ? ORDER BY id").bind([id])
        while try rs.step() { plan.rooms.append(room(from: rs)) }
        plan.sessions = try readSessions(plan.event.id)
        let ro = try db.prepared(
            """
            SELECT r.session_id, r.person_id, r.role FROM session_roles r JOIN sessions s ON s.id = r.session_id
            WHERE s.event_id = ? ORDER BY r.position, r.session_id, r.person_id, r.role
            """
        ).bind([id])
        while try ro.step() {
            plan.roles.append(
                SessionRole(
                    session: ID(ro.int(0)), person: ID(ro.int(1)), role: RoleKind(rawValue: ro.text(2)) ?? .speaker))
        }
        try readVehiclesAndRuns(into: &plan)
        try readTables(into: &plan)
    }

    /// People, their registrations and sign-ups.
    private func readPeople(into plan: inout EventPlan) throws {
        let id = plan.event.id.raw
        // In row order without the (event_id, key) index: through the index, each of 100,000 rows
        // would cost a lookup into the table, and then a sort; a plain scan needs neither.
        // Registrations are columns of the same rows; they are put in registration order below.
        let ps = try db.prepared("SELECT \(Store.personColumns) FROM people NOT INDEXED WHERE event_id = ? ORDER BY id")
            .bind([id])
        var registrations: [(order: Int, registration: Registration)] = []
        // Sized up front: grown by doubling, 100,000 people are copied over and over into
        // fresh memory.
        plan.trips = try readTrips(plan.event.id)
        let count = try db.scalarInt("SELECT count(*) FROM people WHERE event_id = ?", id) ?? 0
        plan.people.reserveCapacity(count)
        registrations.reserveCapacity(count)
        while try ps.step() {
            let p = person(from: ps)
            plan.people.append(p)
            if let category = ps.optionalText(Store.personCategoryColumn) {
                registrations.append(
                    (ps.int(Store.personRegistrationOrderColumn), Registration(person: p.id, category: category)))
            }
        }
        // Sign-ups are read by a range of person ids and filtered here, instead of joining
        // 600,000 sign-up rows to people; they come in key order and each attendee's few are
        // put back in the order they were chosen.
        guard let firstPerson = plan.people.first?.id.raw, let lastPerson = plan.people.last?.id.raw else { return }
        registrations.sort { ($0.order, $0.registration.person.raw) < ($1.order, $1.registration.person.raw) }
        plan.registrations = registrations.map(\.registration)
        var index: [Int: Int] = [:]
        index.reserveCapacity(plan.registrations.count)
        for (i, r) in plan.registrations.enumerated() { index[r.person.raw] = i }
        let su = try db.prepared("""
            SELECT person_id, session_id, position FROM signups WHERE person_id BETWEEN ? AND ?
            """).bind([firstPerson, lastPerson])
        var current = -1, slot: Int?
        var chosen: [(position: Int, session: Int)] = []
        func flush() {
            guard let slot, !chosen.isEmpty else { return }
            chosen.sort { $0.position < $1.position }
            plan.registrations[slot].signups = chosen.map { ID($0.session) }
        }
        while try su.step() {
            let person = su.int(0)
            if person != current {
                flush()
                current = person
                slot = index[person]
                chosen.removeAll(keepingCapacity: true)
            }
            if slot != nil { chosen.append((su.int(2), su.int(1))) }
        }
        flush()
    }
}
