import PlanningCore

/// The generated event made clean (no errors, a fifth of the room-slots free), then given
/// clashes as staff make them: a session moved onto a room already taken, to a time its speaker
/// is elsewhere, or both at once. What `solve` is measured on.
public struct RepairScenario: Sendable {
    public var base: SyntheticEvent

    public init(_ base: SyntheticEvent) {
        var b = base
        b.mistakeRate = 0
        self.base = b
    }

    /// The generated event without its mistakes: every fifth session dropped (so there is room to
    /// move into), then the roles and sign-ups that would still clash or overfill let go.
    public func cleanPlan() -> EventPlan {
        var plan = base.make()
        var rng = SeededRandom(seed: base.seed &+ 1)
        let dropped = Set(plan.sessions.filter { !$0.isPlenary && rng.next() % 5 == 0 }.map(\.id))
        plan.sessions.removeAll { dropped.contains($0.id) }
        let byID = Dictionary(uniqueKeysWithValues: plan.sessions.map { ($0.id, $0) })
        let rooms = Dictionary(uniqueKeysWithValues: plan.rooms.map { ($0.id, $0) })
        let people = Dictionary(uniqueKeysWithValues: plan.people.map { ($0.id, $0) })
        // Roles: one person never in two sessions at once, nor outside their hours.
        var busy: [ID<Person>: [(ID<Session>, TimeWindow)]] = [:]
        plan.roles = plan.roles.filter { r in
            guard let s = byID[r.session], let w = s.window else { return false }
            let windows = people[r.person]?.availability ?? []
            if !windows.isEmpty && !windows.contains(where: { $0.start <= w.start && w.end <= $0.end }) { return false }
            let held = busy[r.person, default: []]
            if held.contains(where: { $0.0 != s.id && $0.1.start < w.end && w.start < $0.1.end }) { return false }
            busy[r.person, default: []].append((s.id, w))
            return true
        }
        // Rooms have what their sessions need.
        for i in plan.sessions.indices {
            let room = plan.sessions[i].room.flatMap { rooms[$0] }
            plan.sessions[i].requiredFeatures.removeAll { !(room?.features.contains($0) ?? false) }
        }
        // Sign-ups only for sessions that remain, and no more than the seats.
        var taken: [ID<Session>: Int] = [:]
        for i in plan.registrations.indices {
            plan.registrations[i].signups.removeAll { id in
                guard let s = byID[id], let seats = s.room.flatMap({ rooms[$0]?.capacity }) else { return true }
                taken[id, default: 0] += 1
                return taken[id]! > seats * 9 / 10
            }
        }
        return plan
    }

    /// The clean plan with `count` sessions moved into clashes: half onto a taken room at a time
    /// their speaker is elsewhere (two errors, one session to move back), a quarter onto a taken
    /// room, a quarter to a time their speaker is elsewhere. `displaced` is how many moved.
    public func withClashes(_ count: Int, seed: UInt64 = 19) -> (plan: EventPlan, displaced: Int) {
        var plan = cleanPlan()
        var rng = SeededRandom(seed: seed)
        var rolesOf: [ID<Session>: [ID<Person>]] = [:], sessionsOf: [ID<Person>: [ID<Session>]] = [:]
        for r in plan.roles {
            rolesOf[r.session, default: []].append(r.person)
            sessionsOf[r.person, default: []].append(r.session)
        }
        let row = Dictionary(uniqueKeysWithValues: plan.sessions.enumerated().map { ($1.id, $0) })
        var candidates = plan.sessions.indices.filter { i in
            !plan.sessions[i].isPlenary && rolesOf[plan.sessions[i].id] != nil
        }
        candidates.shuffle(using: &rng)
        var moved = Set<ID<Session>>(), displaced = 0
        for i in candidates where displaced < count {
            var s = plan.sessions[i]
            guard !moved.contains(s.id), let length = s.window?.durationMinutes else { continue }
            let speaker = rolesOf[s.id]![0]
            // The speaker's other session, and another session at its time in another room.
            let theirs = (sessionsOf[speaker] ?? []).filter { $0 != s.id && !moved.contains($0) }
            guard let y = theirs.first.flatMap({ row[$0] }).map({ plan.sessions[$0] }), let at = y.start
            else { continue }
            // Looked for from a random place, so the clashes spread over the event.
            let from = Int(rng.next() % UInt64(plan.sessions.count))
            let order = plan.sessions[from...] + plan.sessions[..<from]
            let other = order.first { x in
                x.id != s.id && x.id != y.id && x.room != y.room && !moved.contains(x.id) && !x.isPlenary
                    && x.start.map { $0 < at.adding(minutes: length) && at < x.end! } == true
            }
            switch displaced % 4 {
            case 0, 1:  // room taken and speaker elsewhere
                guard let other else { continue }
                s.room = other.room
                s.start = at
            case 2:  // room taken: another session's room and time on the session's own day
                let day = s.start.map { plan.event.programmeDay(of: $0) }
                guard let taken = order.first(where: { x in
                    x.id != s.id && !x.isPlenary && !moved.contains(x.id) && x.room != s.room
                        && x.start.map { plan.event.programmeDay(of: $0) } == day
                }) else { continue }
                s.room = taken.room
                s.start = taken.start
            default:  // speaker elsewhere, in the session's own room
                s.start = at
            }
            s.end = s.start!.adding(minutes: length)
            plan.sessions[i] = s
            moved.insert(s.id)
            displaced += 1
        }
        return (plan, displaced)
    }
}
