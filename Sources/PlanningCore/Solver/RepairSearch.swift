/// A room and an interval, by slot and minutes: where a session is tried.
struct Spot: Hashable {
    var room: Int
    var start: Int
    var end: Int
}

/// How far sessions moved from where staff put them, compared in the objective's order: a
/// change of day outweighs any change of room, which outweighs any number of minutes, which
/// outweigh a change of site.
struct Displacement: Comparable {
    var days = 0, rooms = 0, minutes = 0, sites = 0
    static func < (a: Self, b: Self) -> Bool {
        (a.days, a.rooms, a.minutes, a.sites) < (b.days, b.rooms, b.minutes, b.sites)
    }
    static func + (a: Self, b: Self) -> Self {
        Self(days: a.days + b.days, rooms: a.rooms + b.rooms, minutes: a.minutes + b.minutes, sites: a.sites + b.sites)
    }
}

/// What changing the plan does to the counts that matter (negative: fewer).
struct TallyChange: Equatable {
    var errors = 0, unplaced = 0, warnings = 0
    static func += (a: inout Self, b: Self) {
        a.errors += b.errors
        a.unplaced += b.unplaced
        a.warnings += b.warnings
    }
    static prefix func - (a: Self) -> Self { Self(errors: -a.errors, unplaced: -a.unplaced, warnings: -a.warnings) }
    /// Fewer errors, or as many and fewer sessions without a place.
    var improves: Bool { errors < 0 || (errors == 0 && unplaced < 0) }
    /// No more errors and no more unplaced sessions.
    var keepsProblems: Bool { errors <= 0 && unplaced <= 0 }
}

/// One way to clear a problem: sessions to their new spots, and what it would do.
struct Candidate {
    var edits: [(slot: Int, spot: Spot)]
    var change = TallyChange()
    /// Sessions this moves that were still where staff put them.
    var newMoves = 0
    var displacement = Displacement()
    /// Whether the problem it was found for is gone after it.
    var clearsTarget = false

    /// Clears more errors per session moved, then more unplaced ones, then moves fewer, then
    /// less far, then leaves fewer warnings; a tie keeps the one found first.
    func isBetter(than b: Candidate) -> Bool {
        let ma = max(1, newMoves), mb = max(1, b.newMoves)
        let ea = -change.errors * mb, eb = -b.change.errors * ma
        if ea != eb { return ea > eb }
        let ua = -change.unplaced * mb, ub = -b.change.unplaced * ma
        if ua != ub { return ua > ub }
        if newMoves != b.newMoves { return newMoves < b.newMoves }
        if displacement != b.displacement { return displacement < b.displacement }
        return change.warnings < b.change.warnings
    }
}

/// The local search behind `solve`: take the open problems one at a time (the one whose session
/// is in most problems first, then the earliest), try moving each session in it (its nearest
/// free spots first), swapping it with another, or moving it into another's spot and that one
/// on; make the best by the objective; then take back or shorten moves that later ones made
/// unnecessary. Every candidate is scored by
/// editing the incremental engine and reading what changed, then editing it back.
struct RepairSearch {
    var engine: ConflictEngine
    let policy: FindingPolicy
    let options: SolveOptions
    let identity: FindingIdentity?
    let originals: [Session?]
    let movable: [Bool]
    /// Meals, breaks and openings: nothing else is put in their time.
    let held: [Int]
    /// Held sessions with a time: a buffet lunch needs no room, so it is not "unplaced" without one.
    let roomless: Set<ID<Session>>
    let step: Int
    /// The programme's hours, as minutes of the day: starts are tried from `firstMinute` on and
    /// sessions end by `lastMinute`.
    let firstMinute: Int
    let lastMinute: Int
    /// The hours the programme itself keeps (its earliest start to its latest end, as minutes of
    /// the day): spots inside them are tried before spots outside, so a session is put at 08:00
    /// before a 09:00 opening only when its day has no other spot. An order, not a cost: the
    /// objective, and so the optimum the oracle proves, stays what it was.
    let usualFirst: Int
    let usualLast: Int
    var targets = Set<Finding>()
    /// How many open problems each session is in: the one in most is taken first, as one move
    /// of it may clear them all (a session booked over two others and its speaker's talk).
    var problemsOf: [ID<Session>: Int] = [:]
    var givenUp = Set<Finding>()
    /// Slots moved, in the order first moved.
    var moveOrder: [Int] = []
    var stoppedAtMaxMoves = false
    var occupancy: RoomOccupancy
    /// Spots looked at for the problem in hand: a problem that cannot be cleared in a plan with
    /// no room to spare is given up after a bounded, and always the same, amount of looking.
    let looked = Counter()
    static let spotsPerProblem = 60_000
    let initialCounted: Set<Finding>

    /// Borrowed, not copied: a copy retains each of the index's forty arrays, and the search
    /// reads it for every spot it looks at.
    var index: PlanIndex {
        _read { yield engine.index }
    }

    init(engine: ConflictEngine, policy: FindingPolicy, options: SolveOptions) {
        self.engine = engine
        self.policy = policy
        self.options = options
        let index = engine.index
        identity = policy.acknowledgements.isEmpty ? nil : FindingIdentity(plan: index.plan)
        originals = index.sessions
        movable = index.sessions.indices.map { s in
            guard let x = index.sessions[s], !x.isFixed, !options.keep.contains(x.id),
                  options.moveHeld || !x.kind.holdsItsTime
            else { return false }
            return !options.onlyUnplaced || x.start == nil || x.room == nil
        }
        held = index.sessions.indices.filter { index.sessions[$0]?.kind.holdsItsTime == true }
        roomless = Set(held.compactMap { h in index.sessions[h].flatMap { $0.start != nil ? $0.id : nil } })
        let cell: Int
        (step, firstMinute, lastMinute, cell, usualFirst, usualLast) = Self.grid(index, options.stepMinutes)
        occupancy = RoomOccupancy(index, cell: cell)
        var counted = Set<Finding>()
        for f in engine.findings where Self.weigh(f, policy, identity, roomless) != TallyChange() {
            counted.insert(f)
        }
        initialCounted = counted
        for f in counted where Self.isProblem(f, policy, identity, roomless) { addTarget(f) }
    }

    /// The step all the plan's times and lengths fall on, and the hours: a working day of 08:00
    /// to 18:00, or longer where the programme is (an evening banquet, an early opening). The
    /// room occupancy's cell is finer where people's and rooms' hours are off that step, as
    /// starts at their edges are tried too (`edges`). The programme's own hours come with them.
    static func grid(_ index: PlanIndex, _ asked: Int?)
        -> (step: Int, first: Int, last: Int, cell: Int, usualFirst: Int, usualLast: Int)
    {
        var g = 60, first = 24 * 60, last = 0
        for s in index.sessions.indices where index.timed[s] {
            let m = LocalDateTime(minutes: index.start[s]).minuteOfDay, length = index.end[s] - index.start[s]
            g = gcd(g, gcd(m, length))
            first = min(first, m)
            last = max(last, min(24 * 60, m + length))
        }
        let usual = first < last ? (first, last) : (8 * 60, 18 * 60)
        first = min(first, 8 * 60)
        last = max(last, 18 * 60)
        let step = asked.map { max(1, $0) } ?? min(60, max(5, g))
        var cell = gcd(step, g)
        for w in (index.roomWindows + index.personWindows).joined() {
            cell = gcd(cell, gcd(w.start.minutes.floorMod(1440), w.end.minutes.floorMod(1440)))
        }
        return (step, first / 60 * 60, (last + 59) / 60 * 60, max(1, cell), usual.0, usual.1)
    }

    /// What one finding counts for under the policy; silenced and acknowledged ones count nothing.
    static func weigh(_ f: Finding, _ policy: FindingPolicy, _ identity: FindingIdentity?,
                      _ roomless: Set<ID<Session>>) -> TallyChange {
        if f.code == .unplaced, let s = f.sessions.first, roomless.contains(s) { return TallyChange() }
        var severity = f.severity
        if let override = policy.overrides[f.code] {
            guard let s = override else { return TallyChange() }
            severity = s
        }
        if let identity, policy.acknowledgements[identity.key(f)] != nil { return TallyChange() }
        if severity == .error { return TallyChange(errors: 1) }
        if f.code == .unplaced { return TallyChange(unplaced: 1) }
        if severity == .warning { return TallyChange(warnings: f.code == .attendeeClash ? f.count : 1) }
        return TallyChange()
    }

    /// An error, or a session without a place: what the search sets out to clear.
    static func isProblem(_ f: Finding, _ policy: FindingPolicy, _ identity: FindingIdentity?,
                          _ roomless: Set<ID<Session>>) -> Bool {
        let w = weigh(f, policy, identity, roomless)
        return w.errors > 0 || w.unplaced > 0
    }

    func weigh(_ delta: FindingDelta) -> TallyChange {
        var c = TallyChange()
        for f in delta.added { c += Self.weigh(f, policy, identity, roomless) }
        for f in delta.removed { c += -Self.weigh(f, policy, identity, roomless) }
        return c
    }

    // MARK: the loop

    mutating func run(progress: ((Int, Int) -> Void)?) -> SolvePlan {
        let total = targets.count
        while let f = nextTarget() {
            if let most = options.maxMoves, moveOrder.count >= most {
                stoppedAtMaxMoves = true
                break
            }
            looked.value = 0
            if let c = bestCandidate(for: f), c.change.improves { commit(c) } else { givenUp.insert(f) }
            progress?(total - targets.subtracting(givenUp).count, total)
        }
        polish()
        improve()
        polish()
        return result()
    }

    /// The open problem to take next: the one whose session is in most problems, then the
    /// earliest, then by code and sessions, so the same plan is always worked through in the
    /// same order.
    func nextTarget() -> Finding? {
        var best: Finding?, bestKey: [Int] = []
        for f in targets where !givenUp.contains(f) {
            var first = Int.max
            for id in f.sessions {
                if let s = index.sessionSlot[id], index.timed[s] { first = min(first, index.start[s]) }
            }
            var key = [-(f.sessions.map { problemsOf[$0] ?? 0 }.max() ?? 0), first, f.code.rank]
            key += f.sessions.map(\.raw)
            key.append(-1)
            key += f.people.map(\.raw)
            key.append(-1)
            key += f.rooms.map(\.raw)
            if best == nil || key.lexicographicallyPrecedes(bestKey) {
                best = f
                bestKey = key
            }
        }
        return best
    }

    mutating func commit(_ c: Candidate) {
        for (s, spot) in c.edits {
            let delta = apply(s, spot)
            record(delta)
            if !moveOrder.contains(s) { moveOrder.append(s) }
        }
        let stillMoved = moveOrder.filter(isMoved)
        moveOrder = stillMoved
    }

    mutating func addTarget(_ f: Finding) {
        guard targets.insert(f).inserted else { return }
        for s in f.sessions { problemsOf[s, default: 0] += 1 }
    }

    mutating func record(_ delta: FindingDelta) {
        for f in delta.removed where targets.contains(f) {
            targets.remove(f)
            givenUp.remove(f)
            for s in f.sessions { problemsOf[s, default: 1] -= 1 }
        }
        for f in delta.added where Self.isProblem(f, policy, identity, roomless) { addTarget(f) }
    }

    /// Puts the session at the spot in the engine; the findings that changed.
    mutating func apply(_ s: Int, _ spot: Spot) -> FindingDelta {
        var x = index.sessions[s]!
        x.room = index.rooms[spot.room].id
        x.start = LocalDateTime(minutes: spot.start)
        x.end = LocalDateTime(minutes: spot.end)
        return set(s, x)
    }

    /// Puts the session back as it was before `edits` (for trying a candidate and taking it back).
    mutating func restore(_ sessions: [(Int, Session)]) {
        for (s, x) in sessions.reversed() { _ = set(s, x) }
    }

    /// The one way the search edits the plan: the engine and the room occupancy together.
    mutating func set(_ s: Int, _ x: Session) -> FindingDelta {
        if let old = spot(s) { occupancy.add(old.room, old.start, old.end, by: -1) }
        let delta = (try? engine.apply(.updateSession(x))) ?? FindingDelta()
        if let new = spot(s) { occupancy.add(new.room, new.start, new.end, by: 1) }
        return delta
    }

    func isMoved(_ s: Int) -> Bool {
        guard let o = originals[s], let x = index.sessions[s] else { return false }
        return o.room != x.room || o.start != x.start || o.end != x.end
    }

    /// Scores a candidate by making it and taking it back.
    mutating func score(_ edits: [(slot: Int, spot: Spot)], target: Finding?) -> Candidate {
        var c = Candidate(edits: edits)
        let saved = edits.map { ($0.slot, index.sessions[$0.slot]!) }
        for (s, spot) in edits {
            if !isMoved(s) { c.newMoves += 1 }
            let delta = apply(s, spot)
            c.change += weigh(delta)
            if let target {
                if delta.removed.contains(target) { c.clearsTarget = true }
                if delta.added.contains(target) { c.clearsTarget = false }
            }
            c.displacement = c.displacement + displacement(s, spot)
        }
        restore(saved)
        return c
    }
}

/// A count shared by the closures of one search.
final class Counter {
    var value = 0
}

func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
