/// After the local search and its polish: fewer moves by re-solving small groups of moves. The
/// search takes problems one at a time, so it can move the session in most problems first and
/// then the others anyway (three moves where two clear everything), or move two sessions out of
/// the way of a displaced one where moving it alone does. Each group of moves is taken back and
/// what that reopens is cleared again with fewer moves than the group held; a group that cannot
/// be cleared so is left as it was.
extension RepairSearch {
    /// Groups tried: each moved session alone, and the moved sessions that made way for one
    /// session (their first places hold its place now), two or three at a time.
    mutating func improve() {
        guard options.maxMoves == nil || !stoppedAtMaxMoves else { return }
        for _ in 0..<3 {
            var changed = false
            for group in groups() where group.allSatisfy(isMoved) && release(group) { changed = true }
            if !changed { break }
        }
    }

    func groups() -> [[Int]] {
        var out = moveOrder.map { [$0] }
        // For each session where it is now, the moved sessions whose first places it holds.
        var madeWayFor: [Int: [Int]] = [:]
        for c in moveOrder {
            guard let o = home(c) else { continue }
            var near = Set<Int>()
            for t in index.sessionsInRoom[o.room] { near.insert(Int(t)) }
            for h in index.holders[c] { for t in index.roleSessions[Int(h.person)] { near.insert(Int(t)) } }
            for t in near.sorted() where t != c && index.timed[t] && index.start[t] < o.end && o.start < index.end[t] {
                let sameRoom = index.roomOf[t] == Int32(o.room)
                let shared = index.holders[c].contains { h in index.holders[t].contains { $0.person == h.person } }
                if sameRoom || shared { madeWayFor[t, default: []].append(c) }
            }
        }
        for t in madeWayFor.keys.sorted() {
            let g = madeWayFor[t]!
            if g.count >= 2 && g.count <= 3 { out.append(g) }
        }
        return out
    }

    /// Where staff put the session, when it had a room and a time.
    func home(_ s: Int) -> Spot? {
        guard let o = originals[s], let room = o.room.flatMap({ index.roomSlot[$0] }), let a = o.start, let b = o.end,
              b > a
        else { return nil }
        return Spot(room: room, start: a.minutes, end: b.minutes)
    }

    /// Takes the group's moves back and clears what that reopens with fewer new moves than the
    /// group held, moving sessions outside the group to their nearest free spots; keeps the
    /// result when it leaves no more errors and unplaced sessions than before, else undoes it.
    mutating func release(_ group: [Int]) -> Bool {
        guard group.allSatisfy({ home($0) != nil }) else { return false }
        var saved: [(Int, Session)] = [], deltas: [FindingDelta] = [], change = TallyChange()
        var open = Set<Finding>(), newMoves = 0
        func note(_ d: FindingDelta) {
            deltas.append(d)
            change += weigh(d)
            for f in d.removed { open.remove(f) }
            for f in d.added where Self.isProblem(f, policy, identity, roomless) { open.insert(f) }
        }
        for c in group {
            saved.append((c, index.sessions[c]!))
            note(apply(c, home(c)!))
        }
        var steps = 0
        while let f = open.min(by: findingOrder), steps < 2 * group.count {
            steps += 1
            var best: Candidate?
            for id in f.sessions {
                guard let u = index.sessionSlot[id], movable[u], !group.contains(u) else { continue }
                for c in singles(u, target: f) where c.clearsTarget && (best.map { c.isBetter(than: $0) } ?? true) {
                    best = c
                }
            }
            guard let best, let (u, p) = best.edits.first else { break }
            if !isMoved(u) { newMoves += 1 }
            if newMoves >= group.count { break }
            saved.append((u, index.sessions[u]!))
            note(apply(u, p))
        }
        guard open.isEmpty, newMoves < group.count, change.keepsProblems else {
            restore(saved)
            return false
        }
        for d in deltas { record(d) }
        for (s, _) in saved where !moveOrder.contains(s) { moveOrder.append(s) }
        moveOrder = moveOrder.filter(isMoved)
        return true
    }
}
