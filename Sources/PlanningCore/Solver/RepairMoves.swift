/// The moves `solve` tries for one problem: single moves to the nearest free spots, swaps of
/// rooms or times with another session, and chains (into another's spot, that one on).
extension RepairSearch {
    mutating func bestCandidate(for f: Finding) -> Candidate? {
        let slots = f.sessions.compactMap { index.sessionSlot[$0] }.filter { movable[$0] }
        var all: [Candidate] = []
        for s in slots { all += singles(s, target: f) }
        // Two sessions moved only when moving one cannot clear it: one move is always fewer.
        if !all.contains(where: { $0.clearsTarget && $0.change.improves }) {
            for s in slots { all += swaps(s, target: f) + chains(s, target: f) }
        }
        // Still nothing: into a spot on any day that others hold, and those on to any day.
        if !all.contains(where: { $0.clearsTarget && $0.change.improves }) {
            for s in slots { all += chains(s, target: f, anyDay: true) }
        }
        let budget = options.maxMoves.map { $0 - moveOrder.count } ?? .max
        var best: Candidate?
        for c in all where c.newMoves <= budget && (best.map { c.isBetter(than: $0) } ?? true) { best = c }
        return best
    }

    /// Where the session is now, when it has a room and a time.
    func spot(_ s: Int) -> Spot? {
        guard index.timed[s], index.roomOf[s] >= 0 else { return nil }
        return Spot(room: Int(index.roomOf[s]), start: index.start[s], end: index.end[s])
    }

    /// The length a session keeps when moved: an untimed one gets an hour; one with an
    /// impossible time is not moved (moving cannot make it possible).
    func length(_ s: Int) -> Int? {
        guard let x = index.sessions[s] else { return nil }
        if index.timed[s] { return index.end[s] - index.start[s] }
        return x.start == nil ? 60 : nil
    }

    /// The nearest free spots (ties with the nearest), scored. A session that had no time is
    /// near nowhere: a free spot at each of the first 48 times is scored, and the warnings decide.
    mutating func singles(_ s: Int, target: Finding?, sameDay: Bool = false) -> [Candidate] {
        nearestSpots(s, sameDay: sameDay).map { score([(s, $0)], target: target) }
    }

    /// Looking is kept out of the mutating methods: a closure there copies the whole search for
    /// every spot it is called with.
    func nearestSpots(_ s: Int, sameDay: Bool) -> [Spot] {
        var spots: [Spot] = [], nearest: Displacement?, times = Set<Int>()
        let now = spot(s), untimed = originals[s]?.start == nil
        forEachPlace(s, sameDay: sameDay) { p in
            guard p != now, !(untimed && times.contains(p.start)), isFree(s, p) else { return true }
            let d = displacement(s, p)
            if let nearest, d != nearest { return false }
            nearest = d
            spots.append(p)
            times.insert(p.start)
            return spots.count < (untimed ? 48 : 8)
        }
        return spots
    }

    /// Swaps with a session on the same day: rooms (both keep their times), times (both keep
    /// their rooms), or both (each takes the other's place).
    mutating func swaps(_ s: Int, target: Finding) -> [Candidate] {
        guard let a = spot(s) else { return [] }
        let e = index.event, day = e.programmeDay(of: LocalDateTime(minutes: a.start))
        var found: [[(slot: Int, spot: Spot)]] = []
        for u in index.sessions.indices where u != s && movable[u] {
            guard let b = spot(u), e.programmeDay(of: LocalDateTime(minutes: b.start)) == day else { continue }
            looked.value += 1
            if looked.value > Self.spotsPerProblem { break }
            let ls = a.end - a.start, lu = b.end - b.start
            var ways: [(Spot, Spot)] = []
            if a.room != b.room && a.start < b.end && b.start < a.end {
                ways.append((Spot(room: b.room, start: a.start, end: a.end),
                             Spot(room: a.room, start: b.start, end: b.end)))
            }
            if a.start != b.start {
                ways.append((Spot(room: a.room, start: b.start, end: b.start + ls),
                             Spot(room: b.room, start: a.start, end: a.start + lu)))
                if a.room != b.room {
                    ways.append((Spot(room: b.room, start: b.start, end: b.start + ls),
                                 Spot(room: a.room, start: a.start, end: a.start + lu)))
                }
            }
            for (x, y) in ways
            where canHold(s, x.room) && canHold(u, y.room) && isFree(s, x, ignoring: u) && isFree(u, y, ignoring: s) {
                if x.room == y.room && x.start < y.end && y.start < x.end { continue }
                found.append([(s, x), (u, y)])
            }
        }
        let nearest = found.map { e in (e, displacement(s, e[0].spot) + displacement(e[1].slot, e[1].spot)) }
            .sorted { $0.1 < $1.1 }.prefix(16)
        return nearest.map { score($0.0, target: target) }
    }

    /// Into a spot that one or two movable sessions hold (by room or by a speaker), and those on
    /// to their nearest free spots: on the session's day, or on any day when that finds nothing.
    mutating func chains(_ s: Int, target: Finding, anyDay: Bool = false) -> [Candidate] {
        var out: [Candidate] = []
        for (p, blockers) in heldSpots(s, sameDay: !anyDay) {
            var saved = [(s, index.sessions[s]!)]
            _ = apply(s, p)
            var edits: [(slot: Int, spot: Spot)] = [(s, p)]
            for u in blockers {
                guard let next = nearestSpots(u, sameDay: !anyDay).first else { break }
                saved.append((u, index.sessions[u]!))
                _ = apply(u, next)
                edits.append((u, next))
            }
            restore(saved)
            if edits.count == blockers.count + 1 { out.append(score(edits, target: target)) }
        }
        return out
    }

    /// Spots (on the session's day, or any) that one or two movable sessions hold, nearest first.
    func heldSpots(_ s: Int, sameDay: Bool) -> [(Spot, [Int])] {
        var entries: [(Spot, [Int])] = []
        let now = spot(s), e = index.event
        // Other days only, when the session's own day was looked at already.
        let ownDay = sameDay ? nil : originals[s]?.start.map { e.programmeDay(of: $0) }
        forEachPlace(s, sameDay: sameDay) { p in
            guard p != now, ownDay == nil || e.programmeDay(of: LocalDateTime(minutes: p.start)) != ownDay else {
                return true
            }
            // What holds the spot: sessions in the room then, and the people's other sessions then.
            var blockers: [Int] = []
            func block(_ t: Int) -> Bool {
                let holds = t != s && index.timed[t] && index.start[t] < p.end && p.start < index.end[t]
                if holds && !blockers.contains(t) { blockers.append(t) }
                return blockers.count <= 2
            }
            for t in index.sessionsInRoom[p.room] where !block(Int(t)) { return true }
            for h in index.holders[s] {
                for t in index.roleSessions[Int(h.person)] where !block(Int(t)) { return true }
            }
            // One spot per set of blockers (the nearest): eight minutes apart in one room held by
            // one session would be one way tried eight times.
            guard !blockers.isEmpty, blockers.allSatisfy({ movable[$0] }),
                  !entries.contains(where: { Set($0.1) == Set(blockers) })
            else { return true }
            guard isFree(s, p, ignoring: blockers[0], blockers.count > 1 ? blockers[1] : -1) else { return true }
            entries.append((p, blockers))
            return entries.count < 8
        }
        return entries
    }

    /// The spots a session could take, nearest first: its day before other days (nearer days
    /// first), the programme's hours before the rest of the working day, its room before other
    /// rooms, nearer times first, same site before another; only rooms with its features and
    /// seats for its sign-ups. `body` returns false to stop; so does the bound on looking
    /// (`spotsPerProblem`). A session without a time is near the programme's first start.
    func forEachPlace(_ s: Int, sameDay: Bool = false, _ body: (Spot) -> Bool) {
        guard let x = originals[s], let length = length(s) else { return }
        let e = index.event
        let refDay = x.start.map { e.programmeDay(of: $0) }
        var days = e.days
        if let r = refDay?.dayNumber {
            days.sort { (abs($0.dayNumber - r), $0.dayNumber) < (abs($1.dayNumber - r), $1.dayNumber) }
        }
        if sameDay { days = Array(days.prefix(1)) }
        let home = x.room.flatMap { index.roomSlot[$0] }.flatMap { canHold(s, $0) ? $0 : nil }
        let homeSite = x.room.flatMap { index.roomSlot[$0] }.map { index.roomSite[$0] }
        // Smaller rooms first among equals: the large halls stay free for sessions that need them.
        let others = index.rooms.indices.filter { $0 != home && canHold(s, $0) }
            .sorted { (index.rooms[$0].capacity, $0) < (index.rooms[$1].capacity, $1) }
        let rooms = others.filter { index.roomSite[$0] == homeSite } + others.filter { index.roomSite[$0] != homeSite }
        let extra = edges(s, length)
        for day in days {
            let midnight = LocalDateTime(date: day).minutes
            let anchor = midnight + (x.start?.minuteOfDay ?? usualFirst)
            let latest = midnight + lastMinute - length
            guard latest >= midnight + firstMinute else { continue }
            var grid = Set(stride(from: midnight + firstMinute, through: latest, by: step))
            for t in extra where t >= midnight + firstMinute && t <= latest { grid.insert(t) }
            let starts = grid.sorted { (abs($0 - anchor), $0) < (abs($1 - anchor), $1) }
            func visit(_ p: Spot) -> Bool {
                looked.value += 1
                return looked.value <= Self.spotsPerProblem && body(p)
            }
            // 08:00 before a 09:00 opening is nearer to 09:30 than 11:00 is, and finds no audience.
            let usual = { (t: Int) in t - midnight >= usualFirst && t + length - midnight <= usualLast }
            for part in [starts.filter(usual), starts.filter { !usual($0) }] {
                if let home {
                    for t in part where !visit(Spot(room: home, start: t, end: t + length)) { return }
                }
                for t in part {
                    for r in rooms where !visit(Spot(room: r, start: t, end: t + length)) { return }
                }
            }
        }
    }

    /// Starts off the step that may be the only free ones: a session starting or ending at an edge
    /// of its people's or a room's hours, or of a meal, break or opening (a guest free 14:30–15:30
    /// when every session is on the hour).
    func edges(_ s: Int, _ length: Int) -> Set<Int> {
        var out = Set<Int>()
        func add(_ m: Int) {
            out.insert(m)
            out.insert(m - length)
        }
        for h in index.holders[s] {
            for w in index.personWindows[Int(h.person)] {
                add(w.start.minutes)
                add(w.end.minutes)
            }
        }
        for r in index.rooms.indices where canHold(s, r) {
            for w in index.roomWindows[r] {
                add(w.start.minutes)
                add(w.end.minutes)
            }
        }
        for h in held where index.timed[h] {
            add(index.start[h])
            add(index.end[h])
        }
        return out
    }

    /// Whether the room has the session's features and seats for its sign-ups, whenever it is.
    func canHold(_ s: Int, _ r: Int) -> Bool {
        guard !index.roomGone[r], let x = index.sessions[s] else { return false }
        for need in index.needs[s] where !covers(index.roomFeatures[r], need) { return false }
        return index.signupCount[s] <= min(index.rooms[r].capacity, x.capacityLimit ?? .max)
    }

    /// Whether the session could be at the spot without an error of its own: inside the event
    /// and the room's hours, the room and its people free (but for up to two sessions it is
    /// swapped with or moved past), and not in a meal, break or opening. The room's features and
    /// seats are the caller's to check (`canHold`): `forEachPlace` offers only rooms that pass.
    func isFree(_ s: Int, _ p: Spot, ignoring a: Int = -1, _ b: Int = -1, allowingHeld: Bool = false) -> Bool {
        let w = index.event.window
        guard p.start >= w.start.minutes, p.end <= w.end.minutes, fits(p.start, p.end, in: index.roomWindows[p.room]),
              let x = index.sessions[s]
        else { return false }
        let start = index.start, end = index.end, timed = index.timed, roomOf = index.roomOf
        // The session itself and those ignored may be in the room: their time does not count.
        func inRoom(_ t: Int, at minute: Int) -> Int {
            t >= 0 && timed[t] && Int(roomOf[t]) == p.room && start[t] <= minute && minute < end[t] ? 1 : 0
        }
        let free = occupancy.isFree(p.room, p.start, p.end) { m in
            inRoom(s, at: m) + inRoom(a, at: m) + inRoom(b, at: m)
        }
        guard free else { return false }
        func clashes(_ t: Int) -> Bool {
            t != s && t != a && t != b && timed[t] && start[t] < p.end && p.start < end[t]
        }
        if !x.kind.holdsItsTime && !allowingHeld {
            for h in held where clashes(h) && runsIntoHeld(p.start, p.end, start[h], end[h]) { return false }
        }
        for h in index.holders[s] {
            let person = Int(h.person)
            guard fits(p.start, p.end, in: index.personWindows[person]),
                  index.journeyAllows(person, start: p.start, end: p.end, room: p.room) else { return false }
            for t in index.roleSessions[person] where clashes(Int(t)) { return false }
        }
        if !index.event.clockChanges.isEmpty {
            let a = LocalDateTime(minutes: p.start), b = LocalDateTime(minutes: p.end)
            if index.event.clockChanges.contains(where: { $0.contains(a) || $0.contains(b) }) { return false }
        }
        return true
    }

    /// How far the spot is from where staff put the session.
    func displacement(_ s: Int, _ p: Spot) -> Displacement {
        guard let o = originals[s] else { return Displacement() }
        let at = LocalDateTime(minutes: p.start)
        guard let from = o.start else { return Displacement() }
        var d = Displacement()
        let e = index.event
        let days = abs(e.programmeDay(of: at).dayNumber - e.programmeDay(of: from).dayNumber)
        d.days = days
        d.minutes = days == 0 ? abs(p.start - from.minutes) : abs(at.minuteOfDay - from.minuteOfDay)
        if let r = o.room.flatMap({ index.roomSlot[$0] }), r != p.room {
            d.rooms = 1
            if index.roomSite[r] != index.roomSite[p.room] { d.sites = 1 }
        }
        return d
    }
}
