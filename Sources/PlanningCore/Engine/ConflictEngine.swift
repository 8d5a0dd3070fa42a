/// Finds every clash in a plan and keeps the findings current as the plan is edited.
///
/// Findings live in three stores by what they depend on: per session, per person, and per pair
/// of sessions. An edit names the sessions and people it touches; only their findings are
/// recomputed, and the difference is returned.
public struct ConflictEngine {
    var index: PlanIndex
    var bySession: [[Finding]] = []
    var byPerson: [[Finding]] = []
    var pairs: [PairKey: Finding] = [:]
    var pairsOf: [Set<PairKey>] = []

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
    }

    /// A full check without keeping anything for later edits: what `confplan check` runs.
    public static func check(_ plan: EventPlan) -> [Finding] {
        let index = PlanIndex(plan, editable: false)
        var out: [Finding] = []
        for s in 0..<index.sessions.count { out += index.sessionFindings(s) }
        for p in index.rolePeople { out += index.personFindings(Int(p)) }
        index.allPairs { _, f in out.append(f) }
        return out
    }

    public var findings: [Finding] {
        var out = bySession.flatMap { $0 } + byPerson.flatMap { $0 }
        out += pairs.values
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

        switch edit {
        case .updateSession(let session):
            let s = try sessionSlot(session.id)
            if let room = session.room, index.roomSlot[room] == nil { throw EditError(description: "no room \(room)") }
            index.setSession(session, at: s)
            dirtySessions.insert(s)
            dirtyPairs.insert(s)
            dirtyPeople.formUnion(holdersOf(s))
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
            for h in index.holders[s] { index.roleSessions[Int(h.person)].removeFirst(Int32(s)) }
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
        case .removeRole(let role):
            let s = try sessionSlot(role.session), p = try personSlot(role.person)
            index.removeRole(role)
            dirtySessions.insert(s)
            dirtyPeople.insert(p)
        case .addSignup(let person, let session):
            let s = try sessionSlot(session), p = try personSlot(person)
            if index.category[p] == nil { index.category[p] = Registration.defaultCategory }
            guard !index.signups[p].contains(Int32(s)) else { return FindingDelta() }
            index.signups[p].append(Int32(s))
            index.attendees[s].append(Int32(p))
            index.signupCount[s] += 1
            dirtySessions.insert(s)
            dirtyPairs.insert(s)
        case .removeSignup(let person, let session):
            let s = try sessionSlot(session), p = try personSlot(person)
            guard index.signups[p].contains(Int32(s)) else { return FindingDelta() }
            index.signups[p].removeFirst(Int32(s))
            index.attendees[s].removeFirst(Int32(p))
            index.signupCount[s] -= 1
            dirtySessions.insert(s)
            dirtyPairs.insert(s)
        case .updateRoom(let room):
            guard let r = index.roomSlot[room.id] else { throw EditError(description: "no room \(room.id)") }
            let siteChanged = index.rooms[r].site != room.site
            index.updateRoom(room, at: r)
            for s in index.sessionsInRoom[r] {
                dirtySessions.insert(Int(s))
                if siteChanged { dirtyPeople.formUnion(holdersOf(Int(s))) }
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
            index.removePerson(at: p)
            removedFindings += byPerson[p]
            byPerson[p] = []
        case .setCategory(let person, let category):
            let p = try personSlot(person)
            if category == nil && !index.signups[p].isEmpty {
                throw EditError(description: "person \(person) still has sign-ups")
            }
            index.category[p] = category
        case .setSites(let sites, let travel):
            index.setSites(sites, travel: travel)
            // Travel gaps depend on sites; only people with roles have them.
            dirtyPeople.formUnion(index.peopleWithRoles)
        case .updateEvent(let event):
            let travelChanged = event.defaultTravelMinutes != index.event.defaultTravelMinutes
            index.event = event
            if travelChanged { index.setSites(index.sites, travel: index.travelPairs) }
            for s in index.sessions.indices where index.sessions[s] != nil { dirtySessions.insert(s) }
            dirtyPeople.formUnion(index.peopleWithRoles)
        case .updatePerson(let person):
            let p = try personSlot(person.id)
            index.updatePerson(person, at: p)
            dirtyPeople.insert(p)
        case .addPerson(let person):
            guard index.personSlot[person.id] == nil else { throw EditError(description: "person \(person.id) exists") }
            index.addPerson(person)
            byPerson.append([])
        case .setTrip, .setVehicle, .setRun:
            // Transport findings are not checked yet.
            break
        }
        return recheck(sessions: dirtySessions, people: dirtyPeople, pairsOf: dirtyPairs,
                       alreadyRemoved: removedFindings + removedPairs)
    }

    private mutating func recheck(sessions: Set<Int>, people: Set<Int>, pairsOf touched: Set<Int>,
                                  alreadyRemoved: [Finding]) -> FindingDelta {
        var before: [Finding] = alreadyRemoved, after: [Finding] = []
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
