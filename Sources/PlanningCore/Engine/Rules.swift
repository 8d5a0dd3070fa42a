/// The conflict rules over a `PlanIndex`. Per-session and per-person rules are single functions
/// used by both the full check and incremental re-checks; pair rules have a bulk sweep for the
/// full check and a "pairs touching one session" form for edits.
extension PlanIndex {
    // MARK: one session

    func sessionFindings(_ s: Int) -> [Finding] {
        guard let session = sessions[s] else { return [] }
        var out: [Finding] = []
        let id = [session.id]
        let room = roomOf[s] >= 0 ? Int(roomOf[s]) : nil
        let roomIDs = room.map { [rooms[$0].id] } ?? []
        // A buffet lunch or a tea break in the foyer has its time and needs no room.
        let needsRoom = session.kind != .meal && session.kind != .breakTime
        if session.start == nil || (room == nil && needsRoom) {
            out.append(Finding(code: .unplaced, sessions: id, rooms: roomIDs))
        }
        if session.start != nil && !timed[s] {
            out.append(Finding(code: .invalidTime, sessions: id, rooms: roomIDs, count: end[s] - start[s]))
        }
        if let a = session.start, !event.clockChanges.isEmpty {
            // The finding's count is the change's offset after it, so the text can say what happened.
            for c in event.clockChanges where c.contains(a) || session.end.map(c.contains) == true {
                out.append(
                    Finding(
                        code: c.kind == .skipped ? .nonexistentTime : .ambiguousTime, sessions: id, rooms: roomIDs,
                        count: c.offsetAfter, limit: c.offsetBefore,
                        details: [c.start.description, c.end.description]))
            }
        }
        if timed[s] {
            let w = event.window
            if start[s] < w.start.minutes || end[s] > w.end.minutes {
                out.append(Finding(code: .outsideEvent, sessions: id, rooms: roomIDs))
            }
            if let room, !fits(start[s], end[s], in: roomWindows[room]) {
                out.append(Finding(code: .roomUnavailable, sessions: id, rooms: roomIDs))
            }
        }
        if let room, !session.requiredFeatures.isEmpty {
            var missing: [String] = []
            for (i, f) in session.requiredFeatures.enumerated()
            where !covers(roomFeatures[room], needs[s][i]) && !missing.contains(f) {
                missing.append(f)
            }
            if !missing.isEmpty {
                out.append(Finding(code: .missingFeature, sessions: id, rooms: roomIDs, details: missing))
            }
        }
        if session.kind.needsSpeakerOrChair && !holders[s].contains(where: { $0.role != .interpreter }) {
            out.append(Finding(code: .missingRole, sessions: id, rooms: roomIDs))
        }
        let seats: Int? =
            switch (room.map { rooms[$0].capacity }, session.capacityLimit) {
            case let (a?, b?): min(a, b)
            case let (a?, nil): a
            case let (nil, b?): b
            case (nil, nil): nil
            }
        let n = signupCount[s]
        if let seats, n > 0 {
            if n > seats {
                out.append(
                    Finding(code: .overCapacity, severity: .error, sessions: id, rooms: roomIDs, count: n, limit: seats)
                )
            } else if n * 10 > seats * 9 {
                out.append(
                    Finding(
                        code: .overCapacity, severity: .warning, sessions: id, rooms: roomIDs, count: n, limit: seats))
            }
        }
        if session.kind == .siteVisit { out += visitFindings(s) }
        return out
    }

    // MARK: one person

    func personFindings(_ p: Int) -> [Finding] {
        guard let pid = personID[p], !roleSessions[p].isEmpty else { return [] }
        // Locals, not self: closures that capture self copy the whole index in debug builds.
        let start = self.start, end = self.end, timed = self.timed, sessions = self.sessions
        var list = roleSessions[p].filter { timed[Int($0)] }
        guard !list.isEmpty else { return [] }
        list.sort { a, b in
            let x = Int(a), y = Int(b)
            return (start[x], end[x], sessions[x]!.id.raw) < (start[y], end[y], sessions[y]!.id.raw)
        }
        var out: [Finding] = []
        let who = [pid]
        let windows = personWindows[p]
        for s32 in list where !fits(start[Int(s32)], end[Int(s32)], in: windows) {
            out.append(Finding(code: .personUnavailable, sessions: [sessions[Int(s32)]!.id], people: who))
        }
        for i in 0..<list.count {
            let a = Int(list[i])
            for j in (i + 1)..<list.count {
                let b = Int(list[j])
                if start[b] >= end[a] { break }
                out.append(Finding(code: .personOverlap, sessions: ordered(a, b), people: who))
            }
        }
        // Travel: every earlier placed session that ended before this one started, not only the
        // one that started last (which may overlap another and end long before it).
        let placed = list.filter { roomOf[Int($0)] >= 0 }
        for j in placed.indices {
            let b = Int(placed[j])
            for i in 0..<j {
                let a = Int(placed[i])
                guard end[a] <= start[b] else { continue }
                let siteA = roomSite[Int(roomOf[a])], siteB = roomSite[Int(roomOf[b])]
                guard siteA != siteB else { continue }
                let need = travelMinutes(siteA, siteB), gap = start[b] - end[a]
                if gap < need {
                    out.append(Finding(code: .travelTime, sessions: [sessions[a]!.id, sessions[b]!.id],
                                       rooms: [rooms[Int(roomOf[a])].id, rooms[Int(roomOf[b])].id],
                                       people: who, count: gap, limit: need))
                }
            }
        }
        return out
    }

    func ordered(_ a: Int, _ b: Int) -> [ID<Session>] {
        let x = sessions[a]!.id, y = sessions[b]!.id
        return x < y ? [x, y] : [y, x]
    }

    // MARK: pairs

    func roomOverlap(_ a: Int, _ b: Int) -> Finding {
        Finding(code: .roomOverlap, sessions: ordered(a, b), rooms: [rooms[Int(roomOf[a])].id])
    }

    func parallel(_ a: Int, _ b: Int) -> Finding {
        let pair = ordered(a, b)
        return Finding(code: .parallelToPlenary, sessions: pair,
                       rooms: roomsOf(sessionSlot[pair[0]]!, sessionSlot[pair[1]]!))
    }

    /// A session in the time a meal, break or opening holds; the held one first.
    func duringHeldTime(_ held: Int, _ other: Int) -> Finding {
        Finding(code: .duringHeldTime, sessions: [sessions[held]!.id, sessions[other]!.id], rooms: roomsOf(held, other))
    }

    /// The rooms of two sessions in their order, once each (both may be in one room, or none).
    func roomsOf(_ a: Int, _ b: Int) -> [ID<Room>] {
        var roomIDs: [ID<Room>] = []
        for s in [a, b] where roomOf[s] >= 0 && !roomIDs.contains(rooms[Int(roomOf[s])].id) {
            roomIDs.append(rooms[Int(roomOf[s])].id)
        }
        return roomIDs
    }

    /// Whether `t` may be told as running in a held time: neither held itself nor a plenary.
    func canRunInto(_ t: Int) -> Bool { !plenary[t] && sessions[t].map { !$0.kind.holdsItsTime } == true }

    /// A session runs into a held time when it overlaps it (see `runsIntoHeld`).
    func runsInto(held h: Int, _ t: Int) -> Bool { runsIntoHeld(start[t], end[t], start[h], end[h]) }

    func attendeeClash(_ a: Int, _ b: Int, _ who: [Int32]) -> Finding {
        let ids = who.map { personID[Int($0)]! }.sorted()
        return Finding(code: .attendeeClash, sessions: ordered(a, b), people: ids, count: ids.count)
    }

    /// Every pair finding that involves session `s`, keyed so a pair seen from both ends is one.
    func pairsTouching(_ s: Int) -> [(PairKey, Finding)] {
        guard sessions[s] != nil, timed[s] else { return [] }
        let start = self.start, end = self.end, timed = self.timed
        func overlaps(_ a: Int, _ b: Int) -> Bool { start[a] < end[b] && start[b] < end[a] }
        var out: [(PairKey, Finding)] = []
        let r = roomOf[s]
        if r >= 0 {
            for t32 in sessionsInRoom[Int(r)] where Int(t32) != s && timed[Int(t32)] && overlaps(s, Int(t32)) {
                out.append((PairKey(.roomOverlap, s, Int(t32)), roomOverlap(s, Int(t32))))
            }
        }
        if plenary[s] {
            for t in 0..<sessions.count where t != s && timed[t] && overlaps(s, t) {
                out.append((PairKey(.parallelToPlenary, s, t), parallel(s, t)))
            }
        } else {
            for t32 in plenaries where timed[Int(t32)] && overlaps(s, Int(t32)) {
                out.append((PairKey(.parallelToPlenary, s, Int(t32)), parallel(s, Int(t32))))
            }
        }
        if heldTimes.contains(Int32(s)) {
            for t in 0..<sessions.count where t != s && timed[t] && runsInto(held: s, t) && canRunInto(t) {
                out.append((PairKey(.duringHeldTime, s, t), duringHeldTime(s, t)))
            }
        } else if canRunInto(s) {
            for h32 in heldTimes where timed[Int(h32)] && runsInto(held: Int(h32), s) {
                out.append((PairKey(.duringHeldTime, s, Int(h32)), duringHeldTime(Int(h32), s)))
            }
        }
        var clash: [Int32: [Int32]] = [:]
        for a in attendees[s] {
            for t32 in signups[Int(a)] where Int(t32) != s && timed[Int(t32)] && overlaps(s, Int(t32)) {
                clash[t32, default: []].append(a)
            }
        }
        for (t32, who) in clash {
            out.append((PairKey(.attendeeClash, s, Int(t32)), attendeeClash(s, Int(t32), who)))
        }
        return out
    }

    /// All pair findings at once: sweeps over sorted intervals, never all pairs of sessions.
    func allPairs(into sink: (PairKey, Finding) -> Void) {
        let start = self.start, end = self.end, timed = self.timed
        func overlaps(_ a: Int, _ b: Int) -> Bool { start[a] < end[b] && start[b] < end[a] }
        // Rooms: per room, sessions by start; each one meets only those that start before it ends.
        for list in sessionsInRoom {
            let sorted = list.filter { timed[Int($0)] }.sorted { start[Int($0)] < start[Int($1)] }
            for i in 0..<sorted.count {
                let a = Int(sorted[i])
                for j in (i + 1)..<sorted.count {
                    let b = Int(sorted[j])
                    if start[b] >= end[a] { break }
                    sink(PairKey(.roomOverlap, a, b), roomOverlap(a, b))
                }
            }
        }
        // Plenaries are few: each is compared with every session.
        for p32 in plenaries where timed[Int(p32)] {
            let p = Int(p32)
            for t in 0..<sessions.count where t != p && timed[t] && overlaps(p, t) {
                if plenary[t] && t < p { continue } // the pair was met from the other plenary
                sink(PairKey(.parallelToPlenary, p, t), parallel(p, t))
            }
        }
        // Meals, breaks and openings are few too.
        for h32 in heldTimes where timed[Int(h32)] {
            let h = Int(h32)
            for t in 0..<sessions.count where t != h && timed[t] && runsInto(held: h, t) && canRunInto(t) {
                sink(PairKey(.duringHeldTime, h, t), duringHeldTime(h, t))
            }
        }
        // Attendees: overlapping pairs among each one's few sign-ups, gathered by session pair.
        // Each session's interval packed in one place; an untimed one as an empty interval that
        // overlaps nothing, so the loop needs no separate test for it.
        var spans = [Span](repeating: Span(start: .max, end: .min), count: sessions.count)
        for s in 0..<sessions.count where timed[s] {
            spans[s] = Span(start: Int32(clamping: start[s]), end: Int32(clamping: end[s]))
        }
        var hits: [(key: Int64, who: Int32)] = []
        spans.withUnsafeBufferPointer { spans in
            if editable {
                for p in 0..<signups.count where signups[p].count > 1 {
                    signups[p].withUnsafeBufferPointer {
                        overlappingPairs($0, person: Int32(p), spans: spans, into: &hits)
                    }
                }
            } else {
                flatSessions.withUnsafeBufferPointer { flat in
                    for k in flatPerson.indices where flatStart[k + 1] - flatStart[k] > 1 {
                        let chosen = UnsafeBufferPointer(rebasing: flat[Int(flatStart[k])..<Int(flatStart[k + 1])])
                        overlappingPairs(chosen, person: flatPerson[k], spans: spans, into: &hits)
                    }
                }
            }
        }
        hits.sort { $0.key < $1.key }
        var i = 0
        while i < hits.count {
            var j = i
            while j < hits.count && hits[j].key == hits[i].key { j += 1 }
            let a = Int(hits[i].key >> 32), b = Int(hits[i].key & 0xFFFF_FFFF)
            sink(PairKey(.attendeeClash, a, b), attendeeClash(a, b, hits[i..<j].map(\.who)))
            i = j
        }
    }
}

/// Identifies a pair finding by code and the two session slots (smaller first).
struct PairKey: Hashable {
    var code: FindingCode
    var a: Int32
    var b: Int32
    init(_ code: FindingCode, _ x: Int, _ y: Int) {
        self.code = code
        a = Int32(min(x, y))
        b = Int32(max(x, y))
    }
}

/// The overlapping pairs among one attendee's sign-ups (untimed ones overlap nothing), as
/// (pair, person) hits. Every pair is compared: there are six or so sign-ups, so fifteen comparisons that are
/// almost always false and predicted so; sorting them by start first (as before) took branches
/// that went wrong at nearly every step. It runs for each of 100,000 attendees in a full check,
/// so it reads through raw buffers and packed intervals: 22 ms → 6 ms for 600,000 sign-ups.
private func overlappingPairs(_ chosen: UnsafeBufferPointer<Int32>, person: Int32, spans: UnsafeBufferPointer<Span>,
                              into hits: inout [(key: Int64, who: Int32)]) {
    let n = chosen.count
    guard n > 1 else { return }
    for i in 0..<(n - 1) {
        let a = Int(chosen[i])
        let x = spans[a]
        for j in (i + 1)..<n {
            let b = Int(chosen[j])
            let y = spans[b]
            if y.start < x.end && x.start < y.end {
                hits.append((Int64(min(a, b)) << 32 | Int64(max(a, b)), person))
            }
        }
    }
}

/// A session's interval in minutes, packed for the attendee loop.
struct Span {
    var start: Int32
    var end: Int32
}

/// Whether a session at `a..<b` runs into a meal, break or opening at `h..<k`: it overlaps it and
/// does not have it inside. Only a session strictly longer than the held time and spanning all of
/// it has it inside (a three-hour sub-forum with its tea break, an exhibition open over lunch); one
/// exactly as long (a report at 12:00–13:00 beside lunch 12:00–13:00) runs during it. The check,
/// the free-slot finder and the repair all ask this one function.
func runsIntoHeld(_ a: Int, _ b: Int, _ h: Int, _ k: Int) -> Bool {
    a < k && h < b && !(a <= h && k <= b && b - a > k - h)
}
