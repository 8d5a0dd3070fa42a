/// A place a session could move to without creating an error.
public struct SlotSuggestion: Hashable, Sendable {
    public var room: ID<Room>
    public var start: LocalDateTime
    public var end: LocalDateTime
    /// People who would not have the travel time they need to get to or from it (a warning).
    public var tightTravel = 0
    /// Why it is good: the session's own room, how far from its present start, the seats.
    public var sameRoom = false
    public var minutesAway: Int?
    public var seats = 0
    public var signups = 0
    /// Meals, breaks and the opening it spans whole: the check allows that (a long sub-forum with
    /// its tea break), but its people would miss lunch, so it is said and offered after clean slots.
    public var spansHeld: [ID<Session>] = []
    /// Before the programme's first start or after its last end on any day: offered last.
    public var outsideHours = false

    public init(room: ID<Room>, start: LocalDateTime, end: LocalDateTime, tightTravel: Int = 0, sameRoom: Bool = false,
                minutesAway: Int? = nil, seats: Int = 0, signups: Int = 0, spansHeld: [ID<Session>] = [],
                outsideHours: Bool = false) {
        self.spansHeld = spansHeld
        self.outsideHours = outsideHours
        self.room = room
        self.start = start
        self.end = end
        self.tightTravel = tightTravel
        self.sameRoom = sameRoom
        self.minutesAway = minutesAway
        self.seats = seats
        self.signups = signups
    }
}

extension SessionKind {
    /// Meals, breaks and the opening hold their time for everyone attending: no other session
    /// is suggested in it.
    public var holdsItsTime: Bool { self == .meal || self == .breakTime || self == .openingCeremony }
}

extension ConflictEngine {
    /// Free slots (room × start) of the session's length on its own day where it would create no
    /// error, best first: inside the event's usual hours (07:00 before a 09:00 opening finds no
    /// audience, however near), with the fewest warnings, clear of meals, breaks and the opening,
    /// the same part of the day as now (an afternoon sub-forum moved to 07:00 in its own room loses
    /// its audience; 14:00 in another room keeps it), its own room, then the nearest time, then the
    /// smallest room that seats its sign-ups. Warnings (travel, plenary, attendee clashes) and a
    /// held time spanned whole do not exclude a slot.
    /// Unscheduled sessions are offered every day of the event, one hour long unless they have a length.
    public func suggestSlots(for id: ID<Session>, limit: Int = 10, stepMinutes: Int = 15,
                             hours: ClosedRange<Int> = 7...22) -> [SlotSuggestion] {
        guard let s = index.sessionSlot[id], let session = index.sessions[s] else { return [] }
        let length = index.timed[s] ? index.end[s] - index.start[s] : 60
        let e = index.event
        let days = session.start.map { [e.programmeDay(of: $0)] } ?? e.days
        let current = index.timed[s] ? index.start[s] : nil
        let needed = index.signupCount[s]
        let people = Set(index.holders[s].map { Int($0.person) })
        let features = session.requiredFeatures.flatMap(RoomFeature.codes(of:))
        let held: [(Int, Int, ID<Session>)] =
            session.kind.holdsItsTime ? [] : index.sessions.indices.compactMap { t in
            guard t != s, index.timed[t], let other = index.sessions[t], other.kind.holdsItsTime else { return nil }
            return (index.start[t], index.end[t], other.id)
        }

        // Warnings a start would make whatever the room: sessions its attendees also chose, and
        // plenaries, at that time. Counted once per start.
        var chosenToo = Set<Int>()
        if s < index.attendees.count {
            for a in index.attendees[s] where Int(a) < index.signups.count {
                for t in index.signups[Int(a)] where Int(t) != s && index.timed[Int(t)] { chosenToo.insert(Int(t)) }
            }
        }
        // A plenary runs against every other session at its time; another session against the plenaries.
        let plenaries =
            index.plenary[s]
            ? index.sessions.indices.filter {
                $0 != s && index.timed[$0] && index.sessions[$0].map { !$0.kind.holdsItsTime } == true
            }
            : index.plenaries.map(Int.init).filter { $0 != s && index.timed[$0] }
        var warningsAt: [Int: Int] = [:]
        func warnings(_ t: Int) -> Int {
            if let known = warningsAt[t] { return known }
            let n = chosenToo.union(plenaries).filter { index.start[$0] < t + length && t < index.end[$0] }.count
            warningsAt[t] = n
            return n
        }

        // Morning, afternoon, evening: what a person means by "about the same time".
        func part(_ t: Int) -> Int { let m = t.floorMod(1440); return m < 12 * 60 ? 0 : m < 18 * 60 ? 1 : 2 }
        // The hours the event's other sessions keep, as minutes of the day.
        let others = index.sessions.indices.filter { $0 != s && index.timed[$0] }
        let usualFrom = others.map { index.start[$0].floorMod(1440) }.min() ?? 0
        let usualTo = others.map { index.end[$0] - index.start[$0] + index.start[$0].floorMod(1440) }.max() ?? 1440
        func usual(_ t: Int) -> Bool { t.floorMod(1440) >= usualFrom && t.floorMod(1440) + length <= usualTo }

        var candidates: [(SlotSuggestion, sameRoom: Bool, distance: Int, seats: Int, room: Int, warnings: Int,
                          otherPart: Bool, usual: Bool, spansHeld: Bool)] = []
        for r in 0..<index.rooms.count {
            let room = index.rooms[r]
            let seats = min(room.capacity, session.capacityLimit ?? Int.max)
            guard needed <= seats, features.allSatisfy(index.roomFeatures[r].contains) else { continue }
            for day in days {
                var t = LocalDateTime(date: day, hour: hours.lowerBound).minutes
                let last = LocalDateTime(date: day, hour: hours.upperBound).minutes - length
                while t <= last {
                    defer { t += stepMinutes }
                    if t == current && Int32(r) == index.roomOf[s] { continue }
                    if held.contains(where: { runsIntoHeld(t, t + length, $0.0, $0.1) }) { continue }
                    guard fitsWithoutError(s, room: r, start: t, end: t + length, people: people) else { continue }
                    // Held times it does not run into but overlaps: those it spans whole.
                    let spanned = held.filter { $0.0 < t + length && t < $0.1 }.map(\.2)
                    let suggestion = SlotSuggestion(
                        room: room.id, start: LocalDateTime(minutes: t),
                        end: LocalDateTime(minutes: t + length),
                        tightTravel: tightTravel(s, room: r, start: t, end: t + length, people: people),
                        sameRoom: Int32(r) == index.roomOf[s], minutesAway: current.map { abs(t - $0) }, seats: seats,
                        signups: needed, spansHeld: spanned, outsideHours: !usual(t))
                    candidates.append(
                        (suggestion, Int32(r) == index.roomOf[s], abs(t - (current ?? t)), room.capacity, r,
                         suggestion.tightTravel + warnings(t), current.map { part($0) != part(t) } ?? false,
                         usual(t), !spanned.isEmpty))
                }
            }
        }
        candidates.sort { a, b in
            // Outside the hours the programme keeps nobody is there.
            if a.usual != b.usual { return a.usual }
            // A slot that leaves someone too little travel time, or clashes with what its attendees
            // chose or with a plenary, fixes one problem by making another.
            if a.warnings != b.warnings { return a.warnings < b.warnings }
            // Over lunch everyone is at lunch; a long sub-forum spanning its tea break is still offered.
            if a.spansHeld != b.spansHeld { return !a.spansHeld }
            if a.otherPart != b.otherPart { return !a.otherPart }
            if a.sameRoom != b.sameRoom { return a.sameRoom }
            if a.distance != b.distance { return a.distance < b.distance }
            if a.seats != b.seats { return a.seats < b.seats }
            if a.room != b.room { return a.room < b.room }
            return a.0.start < b.0.start
        }
        return candidates.prefix(limit).map(\.0)
    }

    /// How many of the session's people would lack travel time between it and their session
    /// just before or just after, at another site.
    private func tightTravel(_ s: Int, room r: Int, start: Int, end: Int, people: Set<Int>) -> Int {
        let site = index.roomSite[r]
        var count = 0
        for p in people {
            var before: Int?, after: Int?
            for t32 in index.roleSessions[p] {
                let t = Int(t32)
                guard t != s, index.timed[t], index.roomOf[t] >= 0 else { continue }
                if index.end[t] <= start, before.map({ index.end[t] > index.end[$0] }) ?? true { before = t }
                if index.start[t] >= end, after.map({ index.start[t] < index.start[$0] }) ?? true { after = t }
            }
            if let b = before, start - index.end[b] < index.travelMinutes(index.roomSite[Int(index.roomOf[b])], site) {
                count += 1
            }
            if let a = after, index.start[a] - end < index.travelMinutes(site, index.roomSite[Int(index.roomOf[a])]) {
                count += 1
            }
        }
        return count
    }

    private func fitsWithoutError(_ s: Int, room r: Int, start: Int, end: Int, people: Set<Int>) -> Bool {
        let w = index.event.window
        guard start >= w.start.minutes, end <= w.end.minutes, fits(start, end, in: index.roomWindows[r]) else {
            return false
        }
        for t32 in index.sessionsInRoom[r] {
            let t = Int(t32)
            if t != s && index.timed[t] && index.start[t] < end && start < index.end[t] { return false }
        }
        for p in people {
            guard fits(start, end, in: index.personWindows[p]) else { return false }
            for t32 in index.roleSessions[p] {
                let t = Int(t32)
                if t != s && index.timed[t] && index.start[t] < end && start < index.end[t] { return false }
            }
        }
        return true
    }
}
