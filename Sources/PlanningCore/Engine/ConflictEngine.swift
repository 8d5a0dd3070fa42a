/// Finds every clash in a plan and keeps the findings current as the plan is edited.
///
/// Findings live in three stores by what they depend on: per session, per person, and per pair
/// of sessions. An edit names the sessions and people it touches; only their findings are
/// recomputed, and the difference is returned. Transport findings live in three more: per
/// traveller, per run, and per driver (the runs of one vehicle or one driver's vehicles).
public struct ConflictEngine {
    var index: PlanIndex
    var bySession: [[Finding]] = []
    var byPerson: [[Finding]] = []
    var pairs: [PairKey: Finding] = [:]
    var pairsOf: [Set<PairKey>] = []
    var byTraveller: [Int32: [Finding]] = [:]
    var byRun: [ID<Run>: [Finding]] = [:]
    var byGroup: [String: [Finding]] = [:]
    var byEscort: [ID<Person>: [Finding]] = [:]
    /// Rooming findings per guest and per room block (see `RoomingRules.swift`).
    var byGuest: [ID<Person>: [Finding]] = [:]
    var byBlock: [ID<RoomBlock>: [Finding]] = [:]

    public init(_ plan: EventPlan) {
        index = PlanIndex(plan)
        bySession = (0..<index.sessions.count).map(index.sessionFindings)
        byPerson = (0..<index.personID.count).map(index.personFindings)
        pairsOf = Array(repeating: [], count: index.sessions.count)
        index.allPairs { key, finding in
            pairs[key] = finding
            pairsOf[Int(key.a)].insert(key)
            pairsOf[Int(key.b)].insert(key)
        }
        for p in index.transport.trips.keys { byTraveller[p] = index.travellerFindings(Int(p)) }
        for r in index.transport.runs.keys { byRun[r] = index.runFindings(r) }
        for g in index.transport.groups.keys { byGroup[g] = index.groupFindings(g) }
        for e in index.transport.escorting.keys { byEscort[e] = index.escortFindings(e) }
        (_, _) = recheckRooming(guests: index.rooming.guests, blocks: Set(index.rooming.blocks.keys))
    }

    /// A full check without keeping anything for later edits: what `confplan check` runs.
    public static func check(_ plan: EventPlan) -> [Finding] {
        let index = PlanIndex(plan, editable: false)
        var out: [Finding] = []
        for s in 0..<index.sessions.count { out += index.sessionFindings(s) }
        for p in index.rolePeople { out += index.personFindings(Int(p)) }
        index.allPairs { _, f in out.append(f) }
        for p in index.transport.trips.keys { out += index.travellerFindings(Int(p)) }
        for r in index.transport.runs.keys { out += index.runFindings(r) }
        for g in index.transport.groups.keys { out += index.groupFindings(g) }
        for e in index.transport.escorting.keys { out += index.escortFindings(e) }
        for list in index.tables.findings.values { out += list }
        out += index.roomingFindings()
        return out
    }

    public var findings: [Finding] {
        var out = bySession.flatMap { $0 } + byPerson.flatMap { $0 }
        out += pairs.values
        for list in byTraveller.values { out += list }
        for list in byRun.values { out += list }
        for list in byGroup.values { out += list }
        for list in byEscort.values { out += list }
        for list in index.tables.findings.values { out += list }
        for list in byGuest.values { out += list }
        for list in byBlock.values { out += list }
        return out
    }

    /// The plan as edited so far.
    public var plan: EventPlan { index.plan }

    public func session(_ id: ID<Session>) -> Session? { index.sessionSlot[id].flatMap { index.sessions[$0] } }

    /// Sign-ups per session, as the engine counts them.
    public func signupCount(_ id: ID<Session>) -> Int { index.sessionSlot[id].map { index.signupCount[$0] } ?? 0 }

    // MARK: edits

    @discardableResult
    public mutating func apply(_ edit: PlanEdit) throws(EditError) -> FindingDelta {
        var dirtySessions = Set<Int>(), dirtyPeople = Set<Int>(), dirtyPairs = Set<Int>()
        // People with a journey whose first or last commitment, or runs, may have changed.
        var dirtyTravellers = Set<Int>(), dirtyRuns = Set<ID<Run>>(), dirtyGroups = Set<String>()
        var dirtyEscorts = Set<ID<Person>>()
        // Pairs that vanish with a removed session are collected before its slot is cleared.
        var removedPairs: [Finding] = []
        var removedFindings: [Finding] = []

        func sessionSlot(_ id: ID<Session>) throws(EditError) -> Int {
            guard let s = index.sessionSlot[id] else { throw EditError(description: "no session \(id)") }
            return s
        }
        func personSlot(_ id: ID<Person>) throws(EditError) -> Int {
            guard let p = index.personSlot[id] else { throw EditError(description: "no person \(id)") }
            return p
        }
        func holdersOf(_ s: Int) -> [Int] { index.holders[s].map { Int($0.person) } }
        func traveller(_ p: Int) { if index.transport.isTravelling(p) { dirtyTravellers.insert(p) } }
        func allTransport() {
            dirtyTravellers.formUnion(index.transport.trips.keys.map(Int.init))
            dirtyGroups.formUnion(index.transport.groups.keys)
            dirtyRuns.formUnion(index.transport.runs.keys)
            dirtyEscorts.formUnion(index.transport.escorting.keys)
        }
        /// Whether someone takes part decides whether the runs they ride carry a cancelled guest.
        func rider(_ p: Int) {
            dirtyRuns.formUnion(index.transport.rides[Int32(p)] ?? [])
            traveller(p)
        }
        /// What a run's findings depend on: its passengers' journeys, its vehicle's driver, its visit.
        func touch(_ run: Run) {
            for p in run.passengers { if let p = index.personSlot[p] { traveller(p) } }
            if let v = run.vehicle, let vehicle = index.transport.vehicles[v] {
                dirtyGroups.insert(TransportState.group(of: vehicle))
            }
            if let s = run.session, let slot = index.sessionSlot[s] { dirtySessions.insert(slot) }
            if let e = run.escort { dirtyEscorts.insert(e) }
        }

        switch edit {
        case .updateSession(let session):
            let s = try sessionSlot(session.id)
            if let room = session.room, index.roomSlot[room] == nil { throw EditError(description: "no room \(room)") }
            index.setSession(session, at: s)
            dirtySessions.insert(s)
            dirtyPairs.insert(s)
            dirtyPeople.formUnion(holdersOf(s))
            dirtyTravellers.formUnion(index.travellers(of: s))
        case .addSession(let session):
            guard index.sessionSlot[session.id] == nil else {
                throw EditError(description: "session \(session.id) exists")
            }
            if let room = session.room, index.roomSlot[room] == nil { throw EditError(description: "no room \(room)") }
            index.addSession(session)
            bySession.append([])
            pairsOf.append([])
            dirtySessions.insert(index.sessions.count - 1)
            dirtyPairs.insert(index.sessions.count - 1)
        case .removeSession(let id):
            let s = try sessionSlot(id)
            dirtyPeople.formUnion(holdersOf(s))
            dirtyTravellers.formUnion(index.travellers(of: s))
            for h in index.holders[s] {
                index.roleSessions[Int(h.person)].removeFirst(Int32(s))
                rider(Int(h.person))
            }
            index.holders[s] = []
            for a in index.attendees[s] { index.signups[Int(a)].removeFirst(Int32(s)) }
            index.attendees[s] = []
            index.signupCount[s] = 0
            for key in pairsOf[s] {
                if let f = pairs.removeValue(forKey: key) { removedPairs.append(f) }
                pairsOf[Int(key.a == Int32(s) ? key.b : key.a)].remove(key)
            }
            pairsOf[s] = []
            removedFindings = bySession[s]
            bySession[s] = []
            index.clearSession(at: s)
        case .addRole(let role):
            let s = try sessionSlot(role.session), p = try personSlot(role.person)
            index.addRole(role)
            dirtySessions.insert(s)
            dirtyPeople.insert(p)
            traveller(p)
            rider(p)
        case .removeRole(let role):
            let s = try sessionSlot(role.session), p = try personSlot(role.person)
            index.removeRole(role)
            dirtySessions.insert(s)
            dirtyPeople.insert(p)
            traveller(p)
            rider(p)
        case .addSignup(let person, let session):
            let s = try sessionSlot(session), p = try personSlot(person)
            if index.category[p] == nil {
                index.category[p] = Registration.defaultCategory
                rider(p)
            }
            guard !index.signups[p].contains(Int32(s)) else { return FindingDelta() }
            index.signups[p].append(Int32(s))
            index.attendees[s].append(Int32(p))
            index.signupCount[s] += 1
            dirtySessions.insert(s)
            dirtyPairs.insert(s)
            traveller(p)
        case .removeSignup(let person, let session):
            let s = try sessionSlot(session), p = try personSlot(person)
            guard index.signups[p].contains(Int32(s)) else { return FindingDelta() }
            index.signups[p].removeFirst(Int32(s))
            index.attendees[s].removeFirst(Int32(p))
            index.signupCount[s] -= 1
            dirtySessions.insert(s)
            dirtyPairs.insert(s)
            traveller(p)
        case .updateRoom(let room):
            guard let r = index.roomSlot[room.id] else { throw EditError(description: "no room \(room.id)") }
            let siteChanged = index.rooms[r].site != room.site
            index.updateRoom(room, at: r)
            for s in index.sessionsInRoom[r] {
                dirtySessions.insert(Int(s))
                if siteChanged {
                    dirtyPeople.formUnion(holdersOf(Int(s)))
                    dirtyTravellers.formUnion(index.travellers(of: Int(s)))
                }
                // Pair findings name rooms by id only, which does not change here.
            }
        case .addRoom(let room):
            guard index.roomSlot[room.id] == nil else { throw EditError(description: "room \(room.id) exists") }
            index.addRoom(room)
        case .removeRoom(let id):
            guard let r = index.roomSlot[id] else { throw EditError(description: "no room \(id)") }
            guard index.sessionsInRoom[r].isEmpty else { throw EditError(description: "room \(id) still has sessions") }
            index.removeRoom(at: r)
        case .removePerson(let id):
            let p = try personSlot(id)
            guard index.roleSessions[p].isEmpty, !index.editable || index.signups[p].isEmpty else {
                throw EditError(description: "person \(id) still has roles or sign-ups")
            }
            // Edits made from a `Change` have cleared the journey and runs already; a bare edit
            // takes them with the person as the plan's own deletion does.
            if index.transport.trips[Int32(p)] != nil {
                index.transport.setTrip(p, nil, vip: 0)
                removedFindings += byTraveller.removeValue(forKey: Int32(p)) ?? []
            }
            let escorted = index.transport.runs.values.filter { $0.escort == id }.map(\.id)
            for r in index.transport.sortedRuns(of: p) + escorted {
                guard var run = index.transport.runs[r] else { continue }
                run.passengers.removeAll { $0 == id }
                if run.escort == id {
                    run.escort = nil
                    dirtyEscorts.insert(id)
                }
                let slots = index.personSlot
                index.transport.setRun(r, run, slot: { slots[$0] })
                dirtyRuns.insert(r)
            }
            index.transport.rides[Int32(p)] = nil
            index.removePerson(at: p)
            removedFindings += byPerson[p]
            byPerson[p] = []
        case .setCategory(let person, let category):
            let p = try personSlot(person)
            if category == nil && !index.signups[p].isEmpty {
                throw EditError(description: "person \(person) still has sign-ups")
            }
            if (index.category[p] == nil) != (category == nil) { rider(p) }
            index.category[p] = category
        case .setSites(let sites, let travel):
            index.setSites(sites, travel: travel)
            // Travel gaps depend on sites; only people with roles have them.
            dirtyPeople.formUnion(index.peopleWithRoles)
            allTransport()
        case .updateEvent(let event):
            let travelChanged = event.defaultTravelMinutes != index.event.defaultTravelMinutes
            index.event = event
            if travelChanged { index.setSites(index.sites, travel: index.travelPairs) }
            for s in index.sessions.indices where index.sessions[s] != nil { dirtySessions.insert(s) }
            dirtyPeople.formUnion(index.peopleWithRoles)
            allTransport()
        case .updatePerson(let person):
            let p = try personSlot(person.id)
            index.updatePerson(person, at: p)
            dirtyPeople.insert(p)
            rider(p)
            if index.transport.trips[Int32(p)] != nil && index.transport.vip[Int32(p)] != person.vipLevel {
                index.transport.vip[Int32(p)] = person.vipLevel
                dirtyTravellers.insert(p)
            }
        case .addPerson(let person):
            guard index.personSlot[person.id] == nil else { throw EditError(description: "person \(person.id) exists") }
            index.addPerson(person)
            byPerson.append([])
            // An undone deletion's runs may name the person before they are back: they count now.
            let p = index.personID.count - 1
            for (r, run) in index.transport.runs where run.passengers.contains(person.id) {
                index.transport.rides[Int32(p), default: []].insert(r)
                dirtyRuns.insert(r)
            }
        case .setTrip(let person, let trip):
            let p = try personSlot(person)
            if let trip, trip.person != person {
                throw EditError(description: "trip of \(trip.person) set for \(person)")
            }
            index.transport.setTrip(p, trip, vip: index.people[p]?.vipLevel ?? 0)
            dirtyTravellers.insert(p)
            // Companions take seats in the runs they ride.
            dirtyRuns.formUnion(index.transport.rides[Int32(p)] ?? [])
        case .setVehicle(let id, let vehicle):
            if let vehicle, vehicle.id != id { throw EditError(description: "vehicle \(vehicle.id) set as \(id)") }
            for v in [index.transport.vehicles[id], vehicle].compactMap({ $0 }) {
                dirtyGroups.insert(TransportState.group(of: v))
            }
            index.transport.setVehicle(id, vehicle)
            for r in index.transport.runsOfVehicle[id] ?? [] {
                dirtyRuns.insert(r)
                // A visit's seats are its buses'.
                if let s = index.transport.runs[r]?.session, let slot = index.sessionSlot[s] {
                    dirtySessions.insert(slot)
                }
            }
        case .setRun(let id, let run):
            if let run, run.id != id { throw EditError(description: "run \(run.id) set as \(id)") }
            if let old = index.transport.runs[id] { touch(old) }
            let slots = index.personSlot
            index.transport.setRun(id, run, slot: { slots[$0] })
            if let run { touch(run) }
            dirtyRuns.insert(id)
        case .setStay, .setRoomBlock, .setRoomAssignment:
            // Taken in by `roomingEdit`, with every edit's rooming part.
            break
        case .setTablePlan(let meal, let tables):
            if let tables, tables.meal != meal {
                throw EditError(description: "tables of \(tables.meal) set for \(meal)")
            }
            index.tables.plans[meal] = tables
        }
        let (guests, blocks) = roomingEdit(edit, people: dirtyPeople)
        let rooming = recheckRooming(guests: guests, blocks: blocks)
        var delta = recheck(sessions: dirtySessions, people: dirtyPeople, pairsOf: dirtyPairs,
                            travellers: dirtyTravellers, runs: dirtyRuns, groups: dirtyGroups,
                            escorts: dirtyEscorts,
                            alreadyRemoved: removedFindings + removedPairs + rooming.before, alsoFound: rooming.after)
        let meals = Self.mealsTouched(by: edit, planned: index.tables.plans.keys)
        if !meals.isEmpty {
            let tables = recheckTables(meals)
            delta.removed += tables.removed
            delta.added += tables.added
        }
        return delta
    }

    /// The meals whose banquet findings an edit can change: its own for a table plan; every
    /// meal with a plan for what moves guests, their precedence, interpreters or sign-ups; none
    /// for rooms, sites, the event's days and transport.
    static func mealsTouched(by edit: PlanEdit, planned: some Collection<ID<Session>>) -> [ID<Session>] {
        switch edit {
        case .setTablePlan(let meal, _): return [meal]
        case .updateSession, .addSession, .removeSession, .addRole, .removeRole, .addSignup, .removeSignup,
             .updatePerson, .addPerson, .removePerson, .setCategory:
            return Array(planned)
        case .updateRoom, .addRoom, .removeRoom, .setSites, .updateEvent, .setTrip, .setVehicle, .setRun,
             .setStay, .setRoomBlock, .setRoomAssignment:
            return []
        }
    }

    private mutating func recheckTables(_ meals: [ID<Session>]) -> FindingDelta {
        var delta = FindingDelta()
        for meal in meals {
            // Only what changed: moving one guest leaves the hall's other findings as they were.
            let old = Set(index.tables.findings[meal] ?? [])
            let found = index.mealFindings(meal)
            index.tables.findings[meal] = index.tables.plans[meal] == nil ? nil : found
            let new = Set(found)
            delta.removed += old.subtracting(new)
            delta.added += new.subtracting(old)
        }
        return delta
    }

    private mutating func recheck(sessions: Set<Int>, people: Set<Int>, pairsOf touched: Set<Int>,
                                  travellers: Set<Int>, runs: Set<ID<Run>>, groups: Set<String>,
                                  escorts: Set<ID<Person>> = [],
                                  alreadyRemoved: [Finding], alsoFound: [Finding] = []) -> FindingDelta {
        var before: [Finding] = alreadyRemoved, after: [Finding] = alsoFound
        for p in travellers {
            before += byTraveller[Int32(p)] ?? []
            let found = index.travellerFindings(p)
            byTraveller[Int32(p)] = index.transport.trips[Int32(p)] == nil ? nil : found
            after += found
        }
        for r in runs {
            before += byRun[r] ?? []
            let found = index.runFindings(r)
            byRun[r] = index.transport.runs[r] == nil ? nil : found
            after += found
        }
        for g in groups {
            before += byGroup[g] ?? []
            let found = index.groupFindings(g)
            byGroup[g] = index.transport.groups[g] == nil ? nil : found
            after += found
        }
        for e in escorts {
            before += byEscort[e] ?? []
            let found = index.escortFindings(e)
            byEscort[e] = index.transport.escorting[e] == nil ? nil : found
            after += found
        }
        for s in sessions {
            before += bySession[s]
            bySession[s] = index.sessionFindings(s)
            after += bySession[s]
        }
        for p in people {
            before += byPerson[p]
            byPerson[p] = index.personFindings(p)
            after += byPerson[p]
        }
        var stale = Set<PairKey>()
        for s in touched { stale.formUnion(pairsOf[s]) }
        for key in stale {
            if let f = pairs.removeValue(forKey: key) { before.append(f) }
            pairsOf[Int(key.a)].remove(key)
            pairsOf[Int(key.b)].remove(key)
        }
        for s in touched {
            for (key, f) in index.pairsTouching(s) where pairs[key] == nil {
                pairs[key] = f
                pairsOf[Int(key.a)].insert(key)
                pairsOf[Int(key.b)].insert(key)
                after.append(f)
            }
        }
        let old = Set(before), new = Set(after)
        return FindingDelta(added: after.filter { !old.contains($0) }, removed: before.filter { !new.contains($0) })
    }
}
