/// A room of a block: where guests are put.
struct RoomKey: Hashable, Comparable {
    var block: ID<RoomBlock>
    var room: String
    static func < (a: RoomKey, b: RoomKey) -> Bool { (a.block, a.room) < (b.block, b.room) }
}

/// A guest the assignment works for: who needs which nights, and what decides where they go.
struct AssignGuest {
    var person: ID<Person>
    var need: StayNeed
    var nights: NightSpan
    var gender: String
    var vip: Int
    var organisation: String
    /// Arrival (minutes), else the first night: the order shared rooms are filled in.
    var arrival: Int
    var roommate: ID<Person>?
    var principal: ID<Person>?
    /// The hotel their journey names, tried first.
    var hotel: ID<Site>?
    /// Hotels too far from the venue of their first role to be there on time (`hotel-too-far`):
    /// tried only when no other has a fitting room.
    var far: Set<ID<Site>> = []
}

/// One run of `RoomAssigner.assign`: the rooms kept, then extended, then the guests still
/// without a room placed night by night.
struct RoomAssignWork {
    let plan: EventPlan
    let options: RoomAssignOptions
    /// The blocks this run may fill (one hotel's with `--hotel`), in the plan's order.
    var blocks: [RoomBlock] = []
    var blockIndex: [ID<RoomBlock>: Int] = [:]
    /// Who is in each room, night by night (night as day number).
    var occupants: [RoomKey: [Int: [ID<Person>]]] = [:]
    /// Rooms with someone in them, per block and night.
    var used: [ID<RoomBlock>: [Int: Int]] = [:]
    var guests: [ID<Person>: AssignGuest] = [:]
    /// Nights each guest has a room for (kept, or given by this run).
    var covered: [ID<Person>: Set<Int>] = [:]
    var changes: [Change] = []
    var added: [RoomAssignment] = []
    var unassigned: [UnassignedGuest] = []
    /// The kept rooms, by id, as they will be after this run's trims and extensions.
    var kept: [ID<RoomAssignment>: RoomAssignment] = [:]
    /// Rooms with no free bed on any night their block holds: never looked at again (guests are
    /// only added once the kept rooms are settled). With a cursor per list of candidates, a run
    /// over 3,000 guests does not scan the filled rooms from the start for each.
    var exhausted = Set<RoomKey>()
    var candidateLists: [String: [RoomKey]] = [:]
    var cursors: [String: Int] = [:]
    /// Shared rooms with someone in them: where a guest may join.
    var open = Set<RoomKey>()
    /// With `--hotel`: the other hotel each guest already sleeps at (their first such room).
    var elsewhere: [ID<Person>: (hotel: ID<Site>, span: NightSpan)] = [:]
    /// Numbered rooms the hotel holds fewer nights than their block: no guest on the others.
    var roomNights: [RoomKey: NightSpan] = [:]

    init(_ plan: EventPlan, options: RoomAssignOptions) {
        self.plan = plan
        self.options = options
        blocks = plan.roomBlocks.filter { options.hotel == nil || $0.hotel == options.hotel }
        for (i, b) in blocks.enumerated() {
            blockIndex[b.id] = i
            for n in b.numbers { if let span = n.nights { roomNights[RoomKey(block: b.id, room: n.number)] = span } }
        }
        let registered = Set(plan.registrations.map(\.person))
        let holders = Set(plan.roles.map(\.person))
        let trips = Dictionary(plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for s in plan.stays {
            guard let p = people[s.person], registered.contains(p.id) || holders.contains(p.id),
                  let nights = s.nights(event: plan.event, trip: trips[p.id]) else { continue }
            let trip = trips[p.id]
            let arrival = trip?.arrival?.time?.minutes ?? nights.checkIn.dayNumber * 1440 + 18 * 60
            guests[p.id] = AssignGuest(
                person: p.id, need: s.need, nights: nights, gender: RoomingState.genderKey(p.gender), vip: p.vipLevel,
                organisation: p.organisation, arrival: arrival, roommate: s.roommate, principal: s.principal,
                hotel: trip?.stay)
        }
        markFarHotels()
    }

    /// Each guest's hotels that would make them late for their first role, as the finding
    /// `hotel-too-far` judges it: leaving at 07:30 on its day after the night before.
    mutating func markFarHotels() {
        let hotels = Set(blocks.map(\.hotel))
        guard hotels.count > 1 else { return }
        let sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var first: [ID<Person>: Session] = [:]
        for r in plan.roles where guests[r.person] != nil {
            guard let s = sessions[r.session], let a = s.start, let b = s.end, b.minutes > a.minutes,
                  b.minutes - a.minutes <= 24 * 60 else { continue }
            if let f = first[r.person], (f.start!.minutes, f.end!.minutes, f.id) <= (a.minutes, b.minutes, s.id) {
                continue
            }
            first[r.person] = s
        }
        let rooms = Dictionary(plan.rooms.map { ($0.id, $0.site) }, uniquingKeysWith: { a, _ in a })
        for (p, s) in first {
            guard let start = s.start, let venue = s.room.flatMap({ rooms[$0] }),
                  let span = guests[p]?.nights, span.contains(start.date.adding(days: -1)) else { continue }
            let leave = start.minutes - start.minuteOfDay + earliestHotelDeparture
            guests[p]?.far = hotels.filter { h in leave + plan.travelMinutes(h, venue) > start.minutes }
        }
    }

    // MARK: rooms night by night

    func beds(_ k: RoomKey) -> Int { blockIndex[k.block].map { blocks[$0].beds } ?? 0 }
    func held(_ b: ID<RoomBlock>, _ night: Int) -> Int {
        blockIndex[b].map { blocks[$0].rooms(on: LocalDate(dayNumber: night)) } ?? 0
    }
    func who(_ k: RoomKey, _ night: Int) -> [ID<Person>] { occupants[k]?[night] ?? [] }

    /// Whether a room can take one more guest on a night: a free bed, and the room already in
    /// use that night or the block still holding one more.
    func canTake(_ k: RoomKey, _ night: Int) -> Bool {
        if !roomNights.isEmpty, let span = roomNights[k], !span.contains(LocalDate(dayNumber: night)) { return false }
        let there = who(k, night)
        if there.isEmpty { return (used[k.block]?[night] ?? 0) < held(k.block, night) }
        return there.count < beds(k)
    }

    /// Free of anyone, and the block holding one more room, on a night.
    func isEmpty(_ k: RoomKey, _ night: Int) -> Bool { who(k, night).isEmpty && canTake(k, night) }

    mutating func occupy(_ k: RoomKey, _ p: ID<Person>, _ nights: [Int]) {
        for n in nights {
            if who(k, n).isEmpty { used[k.block, default: [:]][n, default: 0] += 1 }
            occupants[k, default: [:]][n, default: []].append(p)
            covered[p, default: []].insert(n)
        }
        guard let bi = blockIndex[k.block] else { return }
        let block = blocks[bi]
        if block.beds > 1 { open.insert(k) }
        let span = roomNights.isEmpty ? nil : roomNights[k]
        let full = block.nights.allSatisfy {
            $0.rooms == 0 || !(span?.contains($0.night) ?? true) || who(k, $0.night.dayNumber).count >= block.beds
        }
        if full {
            exhausted.insert(k)
            open.remove(k)
        }
    }

    /// Genders of a room's guests on some nights (unknown ones not counted).
    func genders(_ k: RoomKey, _ nights: [Int]) -> Set<String> {
        var out = Set<String>()
        for n in nights {
            for p in who(k, n) { if let g = guests[p]?.gender ?? gender(p), !g.isEmpty { out.insert(g) } }
        }
        return out
    }

    func gender(_ p: ID<Person>) -> String? {
        plan.people.first { $0.id == p }.map { RoomingState.genderKey($0.gender) }
    }

    /// Whether a guest fits a room on their nights beside who is there: a bed each night, one
    /// gender, and a guest who wants a room of their own alone in it.
    func fits(_ g: AssignGuest, _ k: RoomKey, _ nights: [Int], alone: Bool) -> Bool {
        for n in nights {
            guard canTake(k, n) else { return false }
            if alone && !who(k, n).isEmpty { return false }
            // Sharing with someone who wants to be alone is no fit either.
            for p in who(k, n) where guests[p].map({ wantsAlone($0) }) ?? false { return false }
        }
        if !alone {
            let there = genders(k, nights)
            if !there.isEmpty && (g.gender.isEmpty || there != [g.gender]) { return false }
        }
        return true
    }

    /// A companion (随行) sleeps near their principal but not alone in a twin: their spare bed is
    /// for a guest of their gender, or a 合住 guest is told the rooms are full while it stands empty.
    func wantsAlone(_ g: AssignGuest) -> Bool {
        (g.need != .shared && g.need != .companion) || options.grade(forVIP: g.vip) > 0
    }

    // MARK: the run

    mutating func run() -> RoomProposal {
        keep()
        extend()
        place()
        var out: [Change] = changes
        out += added.map { .roomAssignment(before: nil, after: $0) }
        let order: [ID<Person>: Int] = Dictionary(
            plan.people.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sorted = unassigned.sorted { (order[$0.person] ?? 0, $0.night ?? LocalDate(dayNumber: 0))
            < (order[$1.person] ?? 0, $1.night ?? LocalDate(dayNumber: 0)) }
        let alone = Set(added.filter { a in
            guests[a.person]?.need == .shared && options.grade(forVIP: guests[a.person]!.vip) == 0
                && blockIndex[a.block].map { blocks[$0].type != .twin } ?? false
        }.map(\.person))
        return RoomProposal(changes: out, unassigned: sorted,
                            alone: plan.people.map(\.id).filter { alone.contains($0) })
    }

    /// An official due a suite and lodged below it, while a suite of this run's blocks is held by
    /// someone not due one: both rooms are given up, so that the official is placed first (into
    /// the suite) and the other guest after (`room-below-level` would otherwise stay for good).
    /// Returns the assignments to give up.
    func movingUp() -> Set<ID<RoomAssignment>> {
        let suiteGrade = RoomType.suite.grade
        func isSuite(_ a: RoomAssignment) -> Bool {
            blockIndex[a.block].map { blocks[$0].type == .suite } ?? false
        }
        func dueSuite(_ p: ID<Person>) -> Bool {
            guests[p].map { options.grade(forVIP: $0.vip) >= suiteGrade } ?? false
        }
        let mine = plan.roomAssignments.filter { blockIndex[$0.block] != nil }
        let below = Set(mine.filter { dueSuite($0.person) }.map(\.person))
            .subtracting(mine.filter { isSuite($0) && dueSuite($0.person) }.map(\.person)).sorted()
        let held = mine.filter { isSuite($0) && !dueSuite($0.person) && guests[$0.person] != nil }
        var suites: [String] = []
        for a in held where !suites.contains("\(a.block.raw)/\(a.room)") { suites.append("\(a.block.raw)/\(a.room)") }
        let moving = min(below.count, suites.count)
        guard moving > 0 else { return [] }
        let freed = Set(suites.prefix(moving))
        let up = Set(below.prefix(moving))
        return Set(mine.filter { up.contains($0.person) }.map(\.id))
            .union(held.filter { freed.contains("\($0.block.raw)/\($0.room)") }.map(\.id))
    }

    /// Rooms given before stay where they are when they still fit: trimmed to the nights still
    /// needed, taken back from guests who no longer need them, and a room that no longer fits
    /// (a block cut back, a roommate of the other gender) given up by the later-given guest.
    mutating func keep() {
        var tentative: [RoomAssignment] = []
        let released = movingUp()
        for a in plan.roomAssignments.sorted(by: { $0.id < $1.id }) {
            if released.contains(a.id) {
                changes.append(.roomAssignment(before: a, after: nil))
                continue
            }
            guard let bi = blockIndex[a.block] else {
                // Another hotel's (with --hotel): untouched, and its nights count as covered.
                if let b = plan.roomBlocks.first(where: { $0.id == a.block }) {
                    covered[a.person, default: []].formUnion(a.span.nights.map(\.dayNumber))
                    if elsewhere[a.person] == nil { elsewhere[a.person] = (b.hotel, a.span) }
                }
                continue
            }
            guard let g = guests[a.person] else {
                // A room given by hand to someone without a stay stays theirs while they take part.
                let taking = plan.registrations.contains { $0.person == a.person }
                    || plan.roles.contains { $0.person == a.person }
                if taking && !plan.stays.contains(where: { $0.person == a.person }) {
                    occupy(RoomKey(block: a.block, room: a.room), a.person, a.span.nights.map(\.dayNumber))
                    kept[a.id] = a
                } else {
                    changes.append(.roomAssignment(before: a, after: nil))
                }
                continue
            }
            let from = max(a.checkIn, g.nights.checkIn), to = min(a.checkOut, g.nights.checkOut)
            let have = covered[a.person] ?? []
            let nights = (from.dayNumber..<max(from.dayNumber, to.dayNumber)).filter { !have.contains($0) }
            let key = RoomKey(block: a.block, room: a.room)
            let contiguous = nights.count == (to.dayNumber - from.dayNumber)
            guard !nights.isEmpty, contiguous, blocks[bi].roomNames.contains(a.room),
                  fits(g, key, nights, alone: wantsAlone(g))
            else {
                changes.append(.roomAssignment(before: a, after: nil))
                continue
            }
            var trimmed = a
            trimmed.checkIn = from
            trimmed.checkOut = to
            let due = options.grade(forVIP: g.vip)
            if blocks[bi].type.grade < due { tentative.append(trimmed) }
            occupy(key, a.person, nights)
            kept[a.id] = trimmed
        }
        // A VIP below their level moves only when a room of their grade is free for their nights.
        for a in tentative {
            guard let g = guests[a.person] else { continue }
            let nights = a.span.nights.map(\.dayNumber)
            let due = options.grade(forVIP: g.vip)
            let better = candidates(types: RoomType.allCases.filter { $0.grade >= due }, hotel: g.hotel, far: g.far)
            guard better.contains(where: { k in nights.allSatisfy { isEmpty(k, $0) } }) else { continue }
            vacate(RoomKey(block: a.block, room: a.room), a.person, nights)
            kept[a.id] = nil
            changes.append(.roomAssignment(before: plan.roomAssignments.first { $0.id == a.id }, after: nil))
        }
    }

    mutating func vacate(_ k: RoomKey, _ p: ID<Person>, _ nights: [Int]) {
        for n in nights {
            occupants[k]?[n]?.removeAll { $0 == p }
            if who(k, n).isEmpty { used[k.block]?[n, default: 1] -= 1 }
            covered[p]?.remove(n)
        }
        exhausted.remove(k)
    }

    /// A kept room stretched over the nights its guest now needs on either side, where it is free.
    mutating func extend() {
        for id in kept.keys.sorted() {
            guard var a = kept[id], let g = guests[a.person] else { continue }
            let key = RoomKey(block: a.block, room: a.room)
            let alone = wantsAlone(g)
            while a.checkOut < g.nights.checkOut, !(covered[a.person] ?? []).contains(a.checkOut.dayNumber),
                  fits(g, key, [a.checkOut.dayNumber], alone: alone)
            {
                occupy(key, a.person, [a.checkOut.dayNumber])
                a.checkOut = a.checkOut.adding(days: 1)
            }
            while a.checkIn > g.nights.checkIn, !(covered[a.person] ?? []).contains(a.checkIn.dayNumber - 1),
                  fits(g, key, [a.checkIn.dayNumber - 1], alone: alone)
            {
                a.checkIn = a.checkIn.adding(days: -1)
                occupy(key, a.person, [a.checkIn.dayNumber])
            }
            kept[id] = a
        }
        for (id, a) in kept.sorted(by: { $0.key < $1.key }) {
            guard let before = plan.roomAssignments.first(where: { $0.id == id }), before != a else { continue }
            changes.append(.roomAssignment(before: before, after: a))
        }
    }

    /// The nights a guest still has no room for.
    func missing(_ g: AssignGuest) -> [Int] {
        let have = covered[g.person] ?? []
        return g.nights.nights.map(\.dayNumber).filter { !have.contains($0) }
    }

    /// Rooms of some types, their guest's hotel first, then in the blocks' order; hotels too far
    /// for the guest's first role after all the others.
    func candidates(types: [RoomType], hotel: ID<Site>?, beds: Int = 1, far: Set<ID<Site>> = []) -> [RoomKey] {
        var near: [RoomKey] = [], late: [RoomKey] = []
        for type in types {
            let fitting = blocks.filter { $0.type == type && $0.beds >= beds }
            let ordered = fitting.filter { $0.hotel == hotel } + fitting.filter { $0.hotel != hotel }
            for b in ordered {
                let rooms = b.roomNames.map { RoomKey(block: b.id, room: $0) }
                if far.contains(b.hotel) { late += rooms } else { near += rooms }
            }
        }
        return near + late
    }

    /// The same, built once per kind of list and read from the first room not yet filled.
    mutating func openCandidates(types: [RoomType], hotel: ID<Site>?, beds: Int = 1,
                                 far: Set<ID<Site>> = []) -> ArraySlice<RoomKey> {
        let key = "\(types.map(\.rawValue))|\(hotel?.raw ?? -1)|\(beds)|\(far.map(\.raw).sorted())"
        if candidateLists[key] == nil {
            candidateLists[key] = candidates(types: types, hotel: hotel, beds: beds, far: far)
        }
        let list = candidateLists[key]!
        var start = cursors[key] ?? 0
        while start < list.count && exhausted.contains(list[start]) { start += 1 }
        cursors[key] = start
        return list[start...]
    }

    // MARK: placing

    mutating func place() {
        let waiting = guests.values.filter { !missing($0).isEmpty }
        func order(_ a: AssignGuest, _ b: AssignGuest) -> Bool { (a.arrival, a.person) < (b.arrival, b.person) }
        // Officials by level, then guests who asked for a room of their own, then companions.
        let officials = waiting.filter { options.grade(forVIP: $0.vip) > 0 }
            .sorted { ($1.vip, $0.arrival, $0.person) < ($0.vip, $1.arrival, $1.person) }
        for g in officials {
            let due = options.grade(forVIP: g.vip)
            let types: [RoomType] = due >= RoomType.suite.grade ? [.suite, .single, .twin] : [.single, .twin, .suite]
            placeAlone(g, types: types, near: nil)
        }
        // Suites are kept for officials: nobody below is given one, a companion beside their principal's
        // neither, or the official arriving late finds them taken.
        for g in waiting.filter({ options.grade(forVIP: $0.vip) == 0 && $0.need == .single }).sorted(by: order) {
            placeAlone(g, types: [.single, .twin], near: nil)
        }
        let companions = waiting.filter { options.grade(forVIP: $0.vip) == 0 && $0.need == .companion }
            .sorted(by: order)
        var roomed = Set<ID<Person>>()
        for g in companions where !roomed.contains(g.person) {
            roomed.insert(g.person)
            let principal = g.principal.flatMap { p in
                kept.values.first { $0.person == p } ?? added.first { $0.person == p }
            }
            let near = principal.map { RoomKey(block: $0.block, room: $0.room) }
            // A principal's secretary and driver of one gender share a twin (nights matching first)
            // rather than each taking one and a stranger its spare bed.
            let mates = g.principal == nil || g.gender.isEmpty ? [] : companions.filter {
                !roomed.contains($0.person) && $0.principal == g.principal && $0.gender == g.gender
            }
            if let mate = mates.first(where: { missing($0) == missing(g) }) ?? mates.first {
                roomed.insert(mate.person)
                placeTogether([g, mate], near: near)
            } else {
                placeAlone(g, types: [.twin, .single], near: near)
            }
        }
        let shared = waiting.filter { options.grade(forVIP: $0.vip) == 0 && $0.need == .shared }.sorted(by: order)
        placeShared(shared)
    }

    /// Rooms for a guest alone, run of nights by run: the room free for the most of the nights
    /// from the first still open (the nearest to `near` among equals), until none is.
    mutating func placeAlone(_ g: AssignGuest, types: [RoomType], near: RoomKey?) {
        let hotel = near.flatMap { blockIndex[$0.block].map { blocks[$0].hotel } } ?? g.hotel
        let rooms = nearestFirst(openCandidates(types: types, hotel: hotel, far: g.far), near)
        var nights = missing(g)
        var refused: Int?
        while let first = nights.first {
            var run = [first]
            for n in nights.dropFirst() where n == run.last! + 1 { run.append(n) }
            var best: (RoomKey, Int)?
            for k in rooms where !exhausted.contains(k) {
                var n = 0
                while n < run.count && isEmpty(k, run[n]) { n += 1 }
                if n > (best?.1 ?? 0) { best = (k, n) }
                if n == run.count { break }
            }
            guard let (k, n) = best else {
                // Only this night is lost: a room free on the next is still theirs. A stretch of
                // nights without one is said once, from its first.
                if refused != first - 1 {
                    unassigned.append(UnassignedGuest(person: g.person, reason: reason(first, types: types),
                                                      night: LocalDate(dayNumber: first)))
                }
                refused = first
                nights.removeFirst()
                continue
            }
            give(g.person, k, Array(run.prefix(n)))
            nights.removeAll { run.prefix(n).contains($0) }
        }
    }

    /// Rooms with the numbered ones of `near`'s hotel first, nearest to it first, when it is
    /// numbered; else as they are.
    func nearestFirst(_ rooms: ArraySlice<RoomKey>, _ near: RoomKey?) -> ArraySlice<RoomKey> {
        guard let near, let nb = blockIndex[near.block], blocks[nb].isNumbered else { return rooms }
        let hotel = blocks[nb].hotel
        func isMine(_ k: RoomKey) -> Bool {
            blockIndex[k.block].map { blocks[$0].hotel == hotel && blocks[$0].isNumbered } ?? false
        }
        let mine = rooms.filter(isMine).sorted { distance($0, near) < distance($1, near) }
        return ArraySlice(mine + rooms.filter { !isMine($0) })
    }

    /// Two companions of one principal into a twin near them with a bed each over all their
    /// nights; else the first as alone and the second beside them where that room has a bed.
    mutating func placeTogether(_ pair: [AssignGuest], near: RoomKey?) {
        let nights = Array(Set(pair.flatMap { missing($0) })).sorted()
        let hotel = near.flatMap { blockIndex[$0.block].map { blocks[$0].hotel } } ?? pair[0].hotel
        let far = pair[0].far.union(pair[1].far)
        let rooms = nearestFirst(openCandidates(types: [.twin], hotel: hotel, beds: 2, far: far), near)
        if let k = rooms.first(where: { k in !exhausted.contains(k) && nights.allSatisfy { isEmpty(k, $0) } }) {
            for g in pair { give(g.person, k, missing(g)) }
            return
        }
        placeAlone(pair[0], types: [.twin, .single], near: near)
        joinRooms(of: pair[0].person, pair[1])
        placeAlone(pair[1], types: [.twin, .single], near: near)
    }

    /// Beside a partner in each room this run gave them, for the nights of it the guest still
    /// needs and has a bed for: a pair no one room holds every night is not split among strangers.
    mutating func joinRooms(of mate: ID<Person>, _ g: AssignGuest) {
        for a in added where a.person == mate {
            let nights = missing(g).filter { $0 >= a.checkIn.dayNumber && $0 < a.checkOut.dayNumber }
            guard let first = nights.first, nights.last! - first + 1 == nights.count else { continue }
            let k = RoomKey(block: a.block, room: a.room)
            if fits(g, k, nights, alone: false) { give(g.person, k, nights) }
        }
    }

    /// How far apart two rooms are: another floor counts as far.
    func distance(_ a: RoomKey, _ b: RoomKey) -> Int {
        let fa = floorOf(a), fb = floorOf(b)
        let na = Int(a.room.filter(\.isNumber)) ?? 0, nb = Int(b.room.filter(\.isNumber)) ?? 0
        return (fa == fb ? 0 : 10_000 * (1 + abs((fa ?? 0) - (fb ?? 0)))) + abs(na - nb)
    }

    func floorOf(_ k: RoomKey) -> Int? {
        blockIndex[k.block].flatMap { blocks[$0].numbers.first { $0.number == k.room }?.effectiveFloor }
    }

    func reason(_ night: Int, types: [RoomType]) -> UnassignedGuest.Reason {
        blocks.contains { $0.rooms(on: LocalDate(dayNumber: night)) > 0 } ? .full : .noRoomsThatNight
    }

    mutating func give(_ p: ID<Person>, _ k: RoomKey, _ nights: [Int]) {
        guard let first = nights.first, let last = nights.last else { return }
        occupy(k, p, nights)
        added.append(RoomAssignment(id: ID(0), person: p, block: k.block, room: k.room,
                                    checkIn: LocalDate(dayNumber: first), checkOut: LocalDate(dayNumber: last + 1)))
    }

    /// Shared rooms, one gender each: requested roommates first, then colleagues of one
    /// organisation, then by arrival; a half-empty room kept from before is filled before a new one.
    mutating func placeShared(_ list: [AssignGuest]) {
        var left = list
        var pairs: [[AssignGuest]] = []
        func take(_ p: ID<Person>) -> AssignGuest? {
            guard let i = left.firstIndex(where: { $0.person == p }) else { return nil }
            return left.remove(at: i)
        }
        // Guests at another hotel who asked for someone here: a pair whichever of them named the other.
        var askedBy: [ID<Person>: ID<Person>] = [:]
        for p in elsewhere.keys.sorted() {
            if let r = guests[p]?.roommate, askedBy[r] == nil { askedBy[r] = p }
        }
        // Requested roommates: together in a room the roommate has, else as a pair.
        for g in list {
            guard left.contains(where: { $0.person == g.person }) else { continue }
            // With --hotel, a roommate already at another hotel: a bed here would split them, so
            // none is given and the proposal says where the roommate is.
            if let r = g.roommate ?? askedBy[g.person], let (hotel, span) = elsewhere[r],
               span.overlaps(g.nights), sharesWith(g, r)
            {
                _ = take(g.person)
                unassigned.append(UnassignedGuest(person: g.person, reason: .roommateElsewhere, roommate: r,
                                                  hotel: hotel))
                continue
            }
            guard let r = g.roommate else { continue }
            let mine = guests[r]
            let mutual = mine?.roommate == g.person
            let sameGender = !g.gender.isEmpty && mine?.gender == g.gender
            guard sameGender || (mutual && g.gender.isEmpty && mine?.gender.isEmpty == true) else { continue }
            if joinRoom(of: r, g) { _ = take(g.person); continue }
            if let mate = take(r) {
                _ = take(g.person)
                pairs.append([g, mate])
            }
        }
        // Nobody can share with a guest whose gender is unknown, but a single standing free takes
        // them alone (said in the proposal); only the nights none does are left, for want of it.
        for g in left where g.gender.isEmpty {
            let before = unassigned.count
            placeAlone(g, types: [.single], near: nil)
            guard unassigned.count > before else { continue }
            unassigned.removeSubrange(before...)
            unassigned.append(UnassignedGuest(person: g.person, reason: .noGender))
        }
        left.removeAll { $0.gender.isEmpty }
        // Colleagues: into a half-empty room of their organisation, else paired within it.
        var rest: [AssignGuest] = []
        let byOrg = Dictionary(grouping: left, by: { "\($0.gender)|\($0.organisation)" })
        for key in byOrg.keys.sorted() {
            var group = byOrg[key]!.sorted { ($0.arrival, $0.person) < ($1.arrival, $1.person) }
            group.removeAll { g in !g.organisation.isEmpty && joinHalfRoom(g, sameOrganisation: true) }
            if group.first?.organisation.isEmpty ?? true {
                rest += group
                continue
            }
            let (paired, single) = pairUp(group)
            pairs += paired
            rest += single
        }
        // The rest by arrival: a half-empty room of their gender, else with the next to arrive.
        rest.sort { ($0.arrival, $0.person) < ($1.arrival, $1.person) }
        rest.removeAll { joinHalfRoom($0, sameOrganisation: false) }
        for gender in ["m", "f"] {
            let (paired, single) = pairUp(rest.filter { $0.gender == gender })
            pairs += paired
            if let last = single.first { pairs.append([last]) }
        }
        for pair in pairs { placePair(pair) }
    }

    /// Guests two by two in their order, those needing the same nights together first (else one
    /// of a pair leaves a bed empty for a stranger on a night the other has gone); then the rest
    /// in order. Returns the pairs and the one left over, if any.
    func pairUp(_ list: [AssignGuest]) -> (pairs: [[AssignGuest]], left: [AssignGuest]) {
        var pairs: [[AssignGuest]] = [], waiting: [[Int]: Int] = [:], paired = Set<Int>()
        for (i, g) in list.enumerated() {
            let nights = missing(g)
            if let j = waiting.removeValue(forKey: nights) {
                pairs.append([list[j], g])
                paired.formUnion([i, j])
            } else {
                waiting[nights] = i
            }
        }
        var rest = list.indices.filter { !paired.contains($0) }.map { list[$0] }
        while rest.count >= 2 { pairs.append([rest.removeFirst(), rest.removeFirst()]) }
        return (pairs, rest)
    }

    /// Whether a guest and the roommate they named (or who named them) could share: one gender.
    func sharesWith(_ g: AssignGuest, _ r: ID<Person>) -> Bool {
        let theirs = guests[r]?.gender ?? gender(r) ?? ""
        return !g.gender.isEmpty && theirs == g.gender
    }

    /// Into a room the roommate already has (kept or given by this run), when it fits.
    mutating func joinRoom(of mate: ID<Person>, _ g: AssignGuest) -> Bool {
        let theirs = kept.values.filter { $0.person == mate } + added.filter { $0.person == mate }
        let nights = missing(g)
        for a in theirs {
            let k = RoomKey(block: a.block, room: a.room)
            if fits(g, k, nights, alone: false) {
                give(g.person, k, nights)
                return true
            }
        }
        return false
    }

    /// Into a room with a free bed and a guest of the same gender (and organisation) in it.
    mutating func joinHalfRoom(_ g: AssignGuest, sameOrganisation: Bool) -> Bool {
        let nights = missing(g)
        let rooms = open.sorted()
        let far = g.far.isEmpty ? [] : rooms.filter { k in
            blockIndex[k.block].map { g.far.contains(blocks[$0].hotel) } ?? false
        }
        let farSet = Set(far)
        for k in far.isEmpty ? rooms : rooms.filter({ !farSet.contains($0) }) + far {
            guard let byNight = occupants[k] else { continue }
            let there = Set(nights.flatMap { byNight[$0] ?? [] })
            guard !there.isEmpty else { continue }
            if sameOrganisation && !there.allSatisfy({ guests[$0]?.organisation == g.organisation }) { continue }
            if fits(g, k, nights, alone: false) {
                give(g.person, k, nights)
                return true
            }
        }
        return false
    }

    /// A pair (or one left over) into an empty room with beds for both over all their nights,
    /// else each alone night by night.
    mutating func placePair(_ pair: [AssignGuest]) {
        let nights = Array(Set(pair.flatMap { missing($0) })).sorted()
        let rooms = openCandidates(types: [.twin, .single], hotel: pair[0].hotel, beds: pair.count,
                                   far: pair.reduce(into: Set<ID<Site>>()) { $0.formUnion($1.far) })
        if let k = rooms.first(where: { k in !exhausted.contains(k) && nights.allSatisfy { isEmpty(k, $0) } }) {
            for g in pair { give(g.person, k, missing(g)) }
            return
        }
        // Twins first; when none is left, a room of one's own rather than none (said in the proposal).
        placeAlone(pair[0], types: [.twin, .single], near: nil)
        guard pair.count > 1 else { return }
        joinRooms(of: pair[0].person, pair[1])
        placeAlone(pair[1], types: [.twin, .single], near: nil)
    }
}
