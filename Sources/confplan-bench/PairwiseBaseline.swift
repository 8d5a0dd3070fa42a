import PlanningCore

/// The check a competent person writes in an afternoon: times, rooms, sites and sign-up sets
/// worked out once per session, then every rule straight from its definition as loops over all
/// pairs. It is measured against the engine, and cross-checks it: it shares none of the
/// engine's shortcuts (sweeps, "the session that started last"), so a shortcut that misses a
/// finding shows up as a difference.
enum PairwiseBaseline {
    struct Slot {
        var session: Session
        var valid: Bool
        var start: Int, end: Int
        var room: Room?
        var signups: Set<ID<Person>>
    }

    static func check(_ plan: EventPlan) -> [Finding] {
        let rooms = Dictionary(uniqueKeysWithValues: plan.rooms.map { ($0.id, $0) })
        let event = plan.event.window
        var signups: [ID<Session>: Set<ID<Person>>] = [:]
        for r in plan.registrations { for s in r.signups { signups[s, default: []].insert(r.person) } }
        let slots = plan.sessions.map { s -> Slot in
            let start = s.start?.minutes ?? 0, end = s.end?.minutes ?? 0
            return Slot(session: s, valid: s.start != nil && end > start && end - start <= 1440, start: start, end: end,
                        room: s.room.flatMap { rooms[$0] }, signups: signups[s.id] ?? [])
        }
        func fits(_ s: Slot, _ windows: [TimeWindow]) -> Bool {
            if windows.isEmpty { return true }
            // Touching windows are joined first, so a session spanning two back-to-back ones fits.
            var joined: [(Int, Int)] = []
            for w in windows.map({ ($0.start.minutes, $0.end.minutes) }).filter({ $0.1 > $0.0 }).sorted(by: {
                $0.0 < $1.0
            }) {
                if let last = joined.last, w.0 <= last.1 {
                    joined[joined.count - 1].1 = max(last.1, w.1)
                } else {
                    joined.append(w)
                }
            }
            return joined.contains { $0.0 <= s.start && s.end <= $0.1 }
        }
        func ordered(_ a: Session, _ b: Session) -> [ID<Session>] { a.id < b.id ? [a.id, b.id] : [b.id, a.id] }

        var out: [Finding] = []
        var holders: [ID<Session>: [SessionRole]] = [:]
        for r in plan.roles { holders[r.session, default: []].append(r) }

        for slot in slots {
            let s = slot.session
            let roomIDs = slot.room.map { [$0.id] } ?? []
            if s.start == nil || slot.room == nil {
                out.append(Finding(code: .unplaced, sessions: [s.id], rooms: roomIDs))
            }
            if s.start != nil && !slot.valid {
                out.append(Finding(code: .invalidTime, sessions: [s.id], rooms: roomIDs, count: slot.end - slot.start))
            }
            if slot.valid {
                if slot.start < event.start.minutes || slot.end > event.end.minutes {
                    out.append(Finding(code: .outsideEvent, sessions: [s.id], rooms: roomIDs))
                }
                if let room = slot.room, !fits(slot, room.availability) {
                    out.append(Finding(code: .roomUnavailable, sessions: [s.id], rooms: roomIDs))
                }
            }
            if let room = slot.room {
                let have = Set(room.features.flatMap(RoomFeature.codes(of:)))
                var missing: [String] = []
                for f in s.requiredFeatures
                where !RoomFeature.codes(of: f).allSatisfy(have.contains) && !missing.contains(f) {
                    missing.append(f)
                }
                if !missing.isEmpty {
                    out.append(Finding(code: .missingFeature, sessions: [s.id], rooms: roomIDs, details: missing))
                }
            }
            if s.kind.needsSpeakerOrChair && !(holders[s.id] ?? []).contains(where: { $0.role != .interpreter }) {
                out.append(Finding(code: .missingRole, sessions: [s.id], rooms: roomIDs))
            }
            let seats = [slot.room?.capacity, s.capacityLimit].compactMap { $0 }.min()
            let n = slot.signups.count
            if let seats, n > 0 {
                if n > seats {
                    out.append(
                        Finding(
                            code: .overCapacity, severity: .error, sessions: [s.id], rooms: roomIDs, count: n,
                            limit: seats))
                } else if n * 10 > seats * 9 {
                    out.append(
                        Finding(
                            code: .overCapacity, severity: .warning, sessions: [s.id], rooms: roomIDs, count: n,
                            limit: seats))
                }
            }
        }
        // Every pair of sessions, every pair rule.
        for i in slots.indices where slots[i].valid {
            let x = slots[i]
            for j in (i + 1)..<slots.count where slots[j].valid && x.start < slots[j].end && slots[j].start < x.end {
                let y = slots[j], a = x.session, b = y.session
                // The rooms of two slots in their order, once each.
                func rooms(_ first: Slot, _ second: Slot) -> [ID<Room>] {
                    var r: [ID<Room>] = []
                    for z in [first, second] {
                        if let room = z.room, !r.contains(room.id) { r.append(room.id) }
                    }
                    return r
                }
                if let r = x.room, r.id == y.room?.id {
                    out.append(Finding(code: .roomOverlap, sessions: ordered(a, b), rooms: [r.id]))
                }
                if a.isPlenary || b.isPlenary {
                    let pair = ordered(a, b)
                    let r = pair[0] == a.id ? rooms(x, y) : rooms(y, x)
                    out.append(Finding(code: .parallelToPlenary, sessions: pair, rooms: r))
                }
                let (held, other) = a.kind.holdsItsTime ? (x, y) : (y, x)
                if !a.isPlenary && !b.isPlenary && a.kind.holdsItsTime != b.kind.holdsItsTime
                    && !(other.start <= held.start && held.end <= other.end)
                {
                    out.append(
                        Finding(code: .duringHeldTime, sessions: [held.session.id, other.session.id],
                                rooms: rooms(held, other)))
                }
                let (small, large) =
                    x.signups.count <= y.signups.count ? (x.signups, y.signups) : (y.signups, x.signups)
                let common = small.filter(large.contains)
                if !common.isEmpty {
                    out.append(
                        Finding(
                            code: .attendeeClash, sessions: ordered(a, b), people: common.sorted(), count: common.count)
                    )
                }
            }
        }
        // Every person, every pair of their sessions.
        let slotOf = Dictionary(uniqueKeysWithValues: slots.indices.map { (slots[$0].session.id, $0) })
        var personSessions: [ID<Person>: [Int]] = [:]
        for r in plan.roles {
            guard let s = slotOf[r.session], !(personSessions[r.person]?.contains(s) ?? false) else { continue }
            personSessions[r.person, default: []].append(s)
        }
        let people = Dictionary(uniqueKeysWithValues: plan.people.map { ($0.id, $0) })
        for (pid, list) in personSessions {
            let timed = list.map { slots[$0] }.filter(\.valid)
            for s in timed where !fits(s, people[pid]?.availability ?? []) {
                out.append(Finding(code: .personUnavailable, sessions: [s.session.id], people: [pid]))
            }
            for i in timed.indices {
                for j in (i + 1)..<timed.count where timed[i].start < timed[j].end && timed[j].start < timed[i].end {
                    out.append(
                        Finding(
                            code: .personOverlap, sessions: ordered(timed[i].session, timed[j].session), people: [pid]))
                }
            }
            // Travel, by definition: from any session of theirs that ended before another began,
            // at another site, with less time between than the drive takes.
            for a in timed {
                for b in timed where a.end <= b.start {
                    guard let ra = a.room, let rb = b.room, ra.site != rb.site else { continue }
                    let need = plan.travelMinutes(ra.site, rb.site), gap = b.start - a.end
                    if gap < need {
                        out.append(
                            Finding(
                                code: .travelTime, sessions: [a.session.id, b.session.id], rooms: [ra.id, rb.id],
                                people: [pid], count: gap, limit: need))
                    }
                }
            }
        }
        return out
    }
}
