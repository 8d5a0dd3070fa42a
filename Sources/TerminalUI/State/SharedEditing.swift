import PlanningCore

/// Other people editing the same database: their changes come in while this UI is open, and
/// a save that would overwrite theirs stops and asks.
extension AppState {
    /// Someone else committed: take in what they saved since the plan's mark, row by row (new
    /// check-ins by their sequence, edits by the rows the change log names), keeping this
    /// person's cursor, sort, search, grid position and any open form. Reading 100,000 attendees
    /// again after each of twenty check-ins a second left the UI twenty seconds behind. Without a
    /// mark the event is read whole on the other thread, and the UI goes on meanwhile; while it
    /// is read, what comes after is taken in once it is in. Deferred while a session is dragged.
    mutating func othersChanged() {
        guard view.grid.moving == nil else { document.pendingReload = true; return }
        if document.loading != nil {
            document.othersWhileLoading = true
        } else if let mark = document.mark {
            emit(.takeIn(mark))
        } else {
            startLoading(.refresh)
        }
    }

    /// Others' saves as `Store.takeIn` found them: the plan as stored now, brought into the
    /// engine as changes (its findings follow, as after this person's own edits), or, when the
    /// log cannot be followed row by row, a whole read.
    mutating func tookIn(_ result: Result<TakenIn, StoreFailure>) {
        guard case .success(let taken) = result, let fresh = taken.plan else {
            document.mark = nil
            startLoading(.refresh)
            return
        }
        document.mark = taken.mark
        if taken.schedule || taken.releases { emit(.readReleases) }
        guard taken.changedPlan || taken.policy != nil else { return }
        let selected = selectedKeys()
        let old = plan
        let changes = old.changes(to: fresh, schedule: taken.schedule, people: taken.people, transport: taken.transport,
                                  rooming: taken.rooming, tables: taken.tables)
        var deltas: [FindingDelta]? = []
        for change in changes {
            let d = document.absorb(change)
            deltas = d.flatMap { d in deltas.map { $0 + d } }
        }
        // Applied change by change, rows land where a change puts them; the store's order is the plan's.
        document.plan = fresh
        if let policy = taken.policy { document.policy = policy }
        // Rows read again as this UI already had them (its own saves, named in the log too).
        guard taken.policy != nil || !changes.isEmpty || old != fresh else { return }
        if taken.policy != nil || !taken.people.isEmpty || changes.isEmpty {
            // People read again may sit elsewhere in the attendee order: the lookups are built anew.
            refresh(selected: selected)
        } else {
            refresh(after: changes, deltas: deltas)
        }
        if case .normal = mode, message == nil { message = UIWords.othersChanged.text(language) }
        if case .repair(let review) = mode { startRepair(review.options) }
    }

    /// The event as the database has it now, read at once (after taking theirs, or a failure).
    mutating func reloaded(_ result: Result<(plan: EventPlan, policy: FindingPolicy), StoreFailure>) {
        switch result {
        case .success(let stored): adoptStored(stored.plan, stored.policy)
        case .failure(let error): message = UIWords.cannotSave.text(language, error.text(language))
        }
    }

    /// Takes the event as read from the store in place of the one shown.
    mutating func adoptStored(_ stored: EventPlan, _ storedPolicy: FindingPolicy) {
        let selected = selectedKeys()
        plan = stored
        document.policy = storedPolicy
        document.engine = ConflictEngine(plan)
        refresh(selected: selected)
        document.pendingReload = false
        // What was being read in the background is older than this (the runner dropped it).
        document.loading = nil
        // Read without a mark: what others save next is read whole once.
        document.mark = nil
    }
}

extension EventPlan {
    /// What turns this plan into `fresh` (the same event read later, differing only in the
    /// schedule when `schedule`, and in the people named), as changes the engine takes in, in an
    /// order each can be applied in: what goes before what it points to, what comes after it.
    func changes(to fresh: EventPlan, schedule: Bool, people named: [ID<Person>], transport: Bool = false,
                 rooming: Bool = false, tables: Bool = false) -> [Change]
    {
        var roleRemovals: [Change] = [], roleAdditions: [Change] = []
        var deletions: [Change] = [], roomDeletions: [Change] = [], sites: [Change] = []
        var rooms: [Change] = [], sessions: [Change] = [], people: [Change] = []
        if schedule {
            let had = Set(roles), has = Set(fresh.roles)
            roleRemovals = roles.filter { !has.contains($0) }.map { .role(before: $0, after: nil) }
            roleAdditions = fresh.roles.filter { !had.contains($0) }.map { .role(before: nil, after: $0) }
            let oldSessions = Dictionary(self.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let newSessions = Dictionary(fresh.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for s in self.sessions where newSessions[s.id] == nil {
                deletions.append(.session(before: SessionRecord(session: s), after: nil))
            }
            for s in fresh.sessions where oldSessions[s.id] != s {
                sessions.append(.session(before: oldSessions[s.id].map { SessionRecord(session: $0) },
                                         after: SessionRecord(session: s)))
            }
            let oldRooms = Dictionary(self.rooms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let newRooms = Dictionary(fresh.rooms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for r in self.rooms where newRooms[r.id] == nil {
                roomDeletions.append(.room(before: RoomRecord(room: r), after: nil))
            }
            for r in fresh.rooms where oldRooms[r.id] != r {
                rooms.append(.room(before: oldRooms[r.id].map { RoomRecord(room: $0) }, after: RoomRecord(room: r)))
            }
            let oldSites = Dictionary(self.sites.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let newSites = Dictionary(fresh.sites.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for s in fresh.sites where oldSites[s.id] != s { sites.append(.site(before: oldSites[s.id], after: s)) }
            for s in self.sites where newSites[s.id] == nil { sites.append(.site(before: s, after: nil)) }
        }
        for id in named {
            let before = personRecord(id), after = fresh.personRecord(id)
            guard before != after else { continue }
            if after == nil { deletions.insert(.person(before: before, after: nil), at: 0) } else {
                people.append(.person(before: before, after: after))
            }
        }
        let moved = transport ? transportChanges(to: fresh) : (vehicles: [], rest: [], gone: [])
        return roleRemovals + deletions + roomDeletions + sites + rooms + sessions + people + roleAdditions
            + moved.vehicles + moved.rest + moved.gone + (rooming ? roomingChanges(to: fresh) : [])
            + (tables ? tableChanges(to: fresh) : [])
    }

    /// Stays, blocks and assignments as a colleague left them: blocks first (assignments name
    /// them), assignments taken away before others are given, and blocks deleted last.
    private func roomingChanges(to fresh: EventPlan) -> [Change] {
        var blocks: [Change] = [], vacated: [Change] = [], given: [Change] = [], gone: [Change] = []
        let oldBlocks = Dictionary(roomBlocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newBlocks = Dictionary(fresh.roomBlocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for b in fresh.roomBlocks where oldBlocks[b.id] != b {
            blocks.append(.roomBlock(before: oldBlocks[b.id].map { RoomBlockRecord(block: $0) },
                                     after: RoomBlockRecord(block: b)))
        }
        for b in roomBlocks where newBlocks[b.id] == nil {
            gone.append(.roomBlock(before: RoomBlockRecord(block: b), after: nil))
        }
        let oldRooms = Dictionary(roomAssignments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newRooms = Dictionary(fresh.roomAssignments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for a in roomAssignments where newRooms[a.id] == nil { vacated.append(.roomAssignment(before: a, after: nil)) }
        for a in fresh.roomAssignments where oldRooms[a.id] != a {
            given.append(.roomAssignment(before: oldRooms[a.id], after: a))
        }
        let oldStays = Dictionary(stays.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let newStays = Dictionary(fresh.stays.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        for s in stays where newStays[s.person] == nil { given.append(.stay(before: s, after: nil)) }
        for s in fresh.stays where oldStays[s.person] != s { given.append(.stay(before: oldStays[s.person], after: s)) }
        return blocks + vacated + given + gone
    }

    /// Meals' table plans as a colleague left them, after the people and sessions they name.
    private func tableChanges(to fresh: EventPlan) -> [Change] {
        let old = Dictionary(tablePlans.map { ($0.meal, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(fresh.tablePlans.map { ($0.meal, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Change] = fresh.tablePlans.filter { old[$0.meal] != $0 }
            .map { .tablePlan(before: old[$0.meal], after: $0) }
        for t in tablePlans where new[t.meal] == nil { out.append(.tablePlan(before: t, after: nil)) }
        return out
    }

    /// Journeys, vehicles and runs as a colleague left them: vehicles first (runs name them),
    /// then runs and journeys, and vehicles deleted last (their runs were given none already).
    private func transportChanges(to fresh: EventPlan) -> (vehicles: [Change], rest: [Change], gone: [Change]) {
        var vehicles: [Change] = [], rest: [Change] = [], gone: [Change] = []
        let oldVehicles = Dictionary(self.vehicles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newVehicles = Dictionary(fresh.vehicles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for v in fresh.vehicles where oldVehicles[v.id] != v {
            vehicles.append(.vehicle(before: oldVehicles[v.id].map { VehicleRecord(vehicle: $0) },
                                     after: VehicleRecord(vehicle: v)))
        }
        for v in self.vehicles where newVehicles[v.id] == nil {
            gone.append(.vehicle(before: VehicleRecord(vehicle: v), after: nil))
        }
        let oldRuns = Dictionary(self.runs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newRuns = Dictionary(fresh.runs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for r in self.runs where newRuns[r.id] == nil { rest.append(.run(before: r, after: nil)) }
        for r in fresh.runs where oldRuns[r.id] != r { rest.append(.run(before: oldRuns[r.id], after: r)) }
        let oldTrips = Dictionary(trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let newTrips = Dictionary(fresh.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        for t in trips where newTrips[t.person] == nil { rest.append(.trip(before: t, after: nil)) }
        for t in fresh.trips where oldTrips[t.person] != t { rest.append(.trip(before: oldTrips[t.person], after: t)) }
        return (vehicles, rest, gone)
    }

    /// A person's row and registration (roles are the schedule's), found by id in people kept in id order.
    private func personRecord(_ id: ID<Person>) -> PersonRecord? {
        var low = 0, high = people.count
        while low < high {
            let mid = (low + high) / 2
            if people[mid].id.raw < id.raw { low = mid + 1 } else { high = mid }
        }
        guard low < people.count, people[low].id == id else { return nil }
        return PersonRecord(person: people[low], registration: registrations.first { $0.person == id })
    }
}
