/// After the search: moves taken back or shortened where later moves made room, and the plan
/// told as moves, cleared and created findings, and reasons for what remains.
extension RepairSearch {
    /// A move the first pass made early may have become unnecessary (the session it made way
    /// for moved on) or longer than needed (a nearer spot came free): take it back or bring it
    /// nearer when that leaves no more errors and no more unplaced sessions.
    mutating func polish() {
        for _ in 0..<3 {
            var changed = false
            for s in moveOrder {
                if let o = originals[s], let room = o.room.flatMap({ index.roomSlot[$0] }), let a = o.start,
                   let b = o.end, b > a
                {
                    let back = score([(s, Spot(room: room, start: a.minutes, end: b.minutes))], target: nil)
                    if back.change.keepsProblems {
                        commit(back)
                        changed = true
                        continue
                    }
                }
                guard let now = spot(s) else { continue }
                let far = displacement(s, now)
                let nearer = singles(s, target: nil).filter { $0.displacement < far && $0.change.keepsProblems }
                if let n = nearer.first {
                    commit(n)
                    changed = true
                }
            }
            if !changed { break }
        }
    }

    func result() -> SolvePlan {
        var final = Set<Finding>()
        for f in engine.findings where Self.weigh(f, policy, identity, roomless) != TallyChange() {
            final.insert(f)
        }
        let moves = moveOrder.map { s in
            SolveMove(session: originals[s]!.id, from: SessionPlace(originals[s]!),
                      to: SessionPlace(index.sessions[s]!))
        }
        let remaining = final.filter { Self.isProblem($0, policy, identity, roomless) }
        // A finding that only names another room now (a session still parallel to the plenary,
        // in its new room) is neither cleared nor created.
        struct Gist: Hashable {
            var code: FindingCode, severity: Severity, sessions: [ID<Session>], people: [ID<Person>]
        }
        func gist(_ f: Finding) -> Gist {
            Gist(code: f.code, severity: f.severity, sessions: f.sessions,
                 people: f.code == .attendeeClash ? [] : f.people)
        }
        let gone = initialCounted.subtracting(final), new = final.subtracting(initialCounted)
        let goneGists = Set(gone.map(gist)), newGists = Set(new.map(gist))
        return SolvePlan(
            moves: moves, cleared: gone.filter { !newGists.contains(gist($0)) }.sorted(by: findingOrder),
            created: new.filter { !goneGists.contains(gist($0)) }.sorted(by: findingOrder),
            before: tally(initialCounted), after: tally(final),
            unresolved: remaining.sorted(by: findingOrder).map { Unresolved(finding: $0, reason: reason($0)) })
    }

    /// The counts staff see: findings, not weights (an attendee clash is one warning).
    func tally(_ findings: Set<Finding>) -> FindingTally {
        var t = FindingTally()
        for f in findings {
            let w = Self.weigh(f, policy, identity, roomless)
            if w.errors > 0 {
                t.errors += 1
            } else if w.unplaced > 0 {
                t.unplaced += 1
            } else if w.warnings > 0 {
                t.warnings += 1
            }
        }
        return t
    }

    /// Why a problem stays: nothing it concerns may move, moving cannot help, or for the first
    /// session that may move, what every spot lacks.
    func reason(_ f: Finding) -> Unresolved.Reason {
        // A full car or a driver booked twice is mended in the runs, not by moving sessions.
        if f.code == .invalidTime || f.code == .missingRole || f.sessions.isEmpty { return .notAboutPlace }
        let slots = f.sessions.compactMap { index.sessionSlot[$0] }
        guard let s = slots.first(where: { movable[$0] }), let x = index.sessions[s] else {
            let stays = slots.allSatisfy { s in
                index.sessions[s].map {
                    $0.isFixed || options.keep.contains($0.id) || (!options.moveHeld && $0.kind.holdsItsTime)
                } ?? true
            }
            if options.onlyUnplaced && !stays { return .onlyUnplaced }
            // A meal, break or opening that only --move-held would move: say so, not "fixed".
            let keepsItsTime = slots.contains { s in
                index.sessions[s].map { !$0.isFixed && !options.keep.contains($0.id) && $0.kind.holdsItsTime } ?? false
            }
            return keepsItsTime ? .heldTime : .cannotMove
        }
        if stoppedAtMaxMoves && !givenUp.contains(f) { return .maxMoves(options.maxMoves ?? 0) }
        let rooms = index.rooms.indices.filter { r in
            !index.roomGone[r] && index.needs[s].allSatisfy { covers(index.roomFeatures[r], $0) }
        }
        guard !rooms.isEmpty else { return .noRoomWithFeatures(session: x.id, features: x.requiredFeatures) }
        func seats(_ r: Int) -> Int { min(index.rooms[r].capacity, x.capacityLimit ?? .max) }
        let needed = index.signupCount[s]
        let seated = rooms.filter { seats($0) >= needed }
        guard !seated.isEmpty else {
            return .noRoomWithSeats(session: x.id, needed: needed, largest: rooms.map(seats).max() ?? 0)
        }
        // Free but for a meal, break or opening: say that rather than "no free time".
        looked.value = 0
        var during: [ID<Session>] = []
        forEachPlace(s) { p in
            guard !isFree(s, p), isFree(s, p, allowingHeld: true) else { return true }
            during = held.filter { h in index.timed[h] && index.start[h] < p.end && p.start < index.end[h] }
                .compactMap { index.sessions[$0]?.id }
            return during.isEmpty
        }
        if !during.isEmpty { return .onlyInHeld(session: x.id, held: during) }
        let people = Set(index.holders[s].map(\.person)).count
        return .noFreeTime(session: x.id, rooms: seated.map { index.rooms[$0].id }, people: people,
                           days: index.event.days)
    }
}

/// Errors first, then by code, then by the sessions, people and rooms concerned: an order that
/// does not depend on how a set was hashed.
func findingOrder(_ a: Finding, _ b: Finding) -> Bool {
    func key(_ f: Finding) -> [Int] {
        var key = [f.severity.rank, f.code.rank]
        key += f.sessions.map(\.raw)
        key.append(-1)
        key += f.people.map(\.raw)
        key.append(-1)
        key += f.rooms.map(\.raw)
        key.append(f.count)
        return key
    }
    return key(a).lexicographicallyPrecedes(key(b))
}
