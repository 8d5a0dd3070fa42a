import PlanningCore

/// The straightforward check a first version would write: every rule as nested loops over all
/// pairs. It exists to be measured against, and to cross-check the engine's findings.
enum PairwiseBaseline {
    static func check(_ plan: EventPlan) -> [Finding] {
        let sessions = plan.sessions
        let rooms = Dictionary(uniqueKeysWithValues: plan.rooms.map { ($0.id, $0) })
        let event = plan.event.window
        func valid(_ s: Session) -> Bool {
            guard let a = s.start, let b = s.end else { return false }
            return b > a && b.minutes - a.minutes <= 1440
        }
        func overlap(_ a: Session, _ b: Session) -> Bool { a.start! < b.end! && b.start! < a.end! }
        func fits(_ s: Session, _ windows: [TimeWindow]) -> Bool {
            if windows.isEmpty { return true }
            // Join touching windows the slow way: grow a window while another touches it.
            var spans = windows.map { ($0.start, $0.end) }
            var changed = true
            while changed {
                changed = false
                outer: for i in spans.indices {
                    for j in spans.indices where i != j && spans[j].0 <= spans[i].1 && spans[i].0 <= spans[j].1 {
                        spans[i] = (min(spans[i].0, spans[j].0), max(spans[i].1, spans[j].1))
                        spans.remove(at: j)
                        changed = true
                        break outer
                    }
                }
            }
            return spans.contains { $0.0 <= s.start! && s.end! <= $0.1 }
        }
        func ordered(_ a: Session, _ b: Session) -> [ID<Session>] { a.id < b.id ? [a.id, b.id] : [b.id, a.id] }

        var out: [Finding] = []
        var signups: [ID<Session>: [ID<Person>]] = [:]
        for r in plan.registrations { for s in r.signups { signups[s, default: []].append(r.person) } }
        var holders: [ID<Session>: [SessionRole]] = [:]
        for r in plan.roles { holders[r.session, default: []].append(r) }

        for s in sessions {
            let room = s.room.flatMap { rooms[$0] }
            let roomIDs = room.map { [$0.id] } ?? []
            if s.start == nil || room == nil { out.append(Finding(code: .unplaced, sessions: [s.id], rooms: roomIDs)) }
            if s.start != nil && !valid(s) {
                out.append(Finding(code: .invalidTime, sessions: [s.id], rooms: roomIDs, count: s.end!.minutes - s.start!.minutes))
            }
            if valid(s) {
                if !event.contains(s.window!) { out.append(Finding(code: .outsideEvent, sessions: [s.id], rooms: roomIDs)) }
                if let room, !fits(s, room.availability) { out.append(Finding(code: .roomUnavailable, sessions: [s.id], rooms: roomIDs)) }
            }
            if let room {
                let have = Set(room.features.map { String($0.lowercased().trimmingCharacters(in: .whitespaces)) })
                var missing: [String] = []
                for f in s.requiredFeatures where !have.contains(f.lowercased().trimmingCharacters(in: .whitespaces)) && !missing.contains(f) {
                    missing.append(f)
                }
                if !missing.isEmpty { out.append(Finding(code: .missingFeature, sessions: [s.id], rooms: roomIDs, details: missing)) }
            }
            if s.kind.needsSpeakerOrChair && !(holders[s.id] ?? []).contains(where: { $0.role != .interpreter }) {
                out.append(Finding(code: .missingRole, sessions: [s.id], rooms: roomIDs))
            }
            let seats = [room?.capacity, s.capacityLimit].compactMap { $0 }.min()
            let n = signups[s.id]?.count ?? 0
            if let seats, n > 0 {
                if n > seats { out.append(Finding(code: .overCapacity, severity: .error, sessions: [s.id], rooms: roomIDs, count: n, limit: seats)) }
                else if n * 10 > seats * 9 { out.append(Finding(code: .overCapacity, severity: .warning, sessions: [s.id], rooms: roomIDs, count: n, limit: seats)) }
            }
        }
        // Every pair of sessions, every pair rule.
        for i in sessions.indices where valid(sessions[i]) {
            for j in (i + 1)..<sessions.count where valid(sessions[j]) && overlap(sessions[i], sessions[j]) {
                let a = sessions[i], b = sessions[j]
                if let r = a.room, r == b.room, rooms[r] != nil { out.append(Finding(code: .roomOverlap, sessions: ordered(a, b), rooms: [r])) }
                if a.isPlenary || b.isPlenary {
                    let pair = ordered(a, b)
                    let first = pair[0] == a.id ? a : b, second = pair[0] == a.id ? b : a
                    var r: [ID<Room>] = []
                    for x in [first, second] { if let room = x.room, rooms[room] != nil, !r.contains(room) { r.append(room) } }
                    out.append(Finding(code: .parallelToPlenary, sessions: pair, rooms: r))
                }
                let common = Set(signups[a.id] ?? []).intersection(signups[b.id] ?? [])
                if !common.isEmpty {
                    out.append(Finding(code: .attendeeClash, sessions: ordered(a, b), people: common.sorted(), count: common.count))
                }
            }
        }
        // Every person, every pair of their sessions.
        let byID = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id, $0) })
        var personSessions: [ID<Person>: [Session]] = [:]
        for r in plan.roles where !(personSessions[r.person]?.contains { $0.id == r.session } ?? false) {
            if let s = byID[r.session] { personSessions[r.person, default: []].append(s) }
        }
        let people = Dictionary(uniqueKeysWithValues: plan.people.map { ($0.id, $0) })
        for (pid, list) in personSessions {
            let timed = list.filter(valid)
            for s in timed where !fits(s, people[pid]?.availability ?? []) {
                out.append(Finding(code: .personUnavailable, sessions: [s.id], people: [pid]))
            }
            for i in timed.indices {
                for j in (i + 1)..<timed.count where overlap(timed[i], timed[j]) {
                    out.append(Finding(code: .personOverlap, sessions: ordered(timed[i], timed[j]), people: [pid]))
                }
            }
            // Consecutive: the next one to start among those with a room.
            let placed = timed.filter { $0.room.flatMap { rooms[$0] } != nil }
                .sorted { ($0.start!, $0.end!, $0.id) < ($1.start!, $1.end!, $1.id) }
            for (a, b) in zip(placed, placed.dropFirst()) where a.end! <= b.start! {
                let sa = rooms[a.room!]!.site, sb = rooms[b.room!]!.site
                guard sa != sb else { continue }
                let need = plan.travelMinutes(sa, sb), gap = b.start!.minutes - a.end!.minutes
                if gap < need {
                    out.append(Finding(code: .travelTime, sessions: [a.id, b.id], rooms: [a.room!, b.room!], people: [pid], count: gap, limit: need))
                }
            }
        }
        return out
    }
}

