@testable import PlanningCore

/// Random stays, room blocks and rooms for the engine's random walks: few rooms and a small pool
/// of guests, so blocks overbook, guests get two rooms on a night and share across genders.
struct RoomingMaker {
    /// Fresh ids far from the plan's and the other makers'.
    var next = 400_000

    mutating func fresh() -> Int { next += 1; return next }

    static func night(_ plan: EventPlan, _ rng: inout SeededRandom) -> LocalDate {
        plan.event.firstDay.adding(days: Int(rng.next() % UInt64(plan.event.days.count + 1)) - 1)
    }

    /// Guests are drawn from the first people mostly, so their rooms meet.
    static func guest(_ plan: EventPlan, _ rng: inout SeededRandom) -> ID<Person>? {
        guard !plan.people.isEmpty else { return nil }
        let pool = rng.next() % 4 == 0 ? plan.people.count : min(plan.people.count, 30)
        return plan.people[Int(rng.next() % UInt64(pool))].id
    }

    /// A stay for someone, or none (cleared).
    func stay(_ plan: EventPlan, _ rng: inout SeededRandom) -> (ID<Person>, Stay?)? {
        guard let p = Self.guest(plan, &rng) else { return nil }
        guard rng.next() % 7 != 0 else { return (p, nil) }
        let need = StayNeed.allCases[Int(rng.next() % 4)]
        let checkIn = rng.next() % 2 == 0 ? nil : Self.night(plan, &rng)
        let checkOut = checkIn.map { $0.adding(days: 1 + Int(rng.next() % 3)) }
        var mate = rng.next() % 2 == 0 ? Self.guest(plan, &rng) : nil
        if mate == p { mate = nil }
        return (p, Stay(person: p, need: need, checkIn: checkIn, checkOut: rng.next() % 4 == 0 ? nil : checkOut,
                        roommate: mate, principal: need == .companion ? Self.guest(plan, &rng).flatMap { $0 == p ? nil : $0 } : nil))
    }

    mutating func block(_ plan: EventPlan, _ rng: inout SeededRandom) -> RoomBlock? {
        guard let hotel = plan.sites.randomElement(using: &rng)?.id else { return nil }
        let id = plan.roomBlocks.isEmpty || rng.next() % 3 == 0 ? fresh() : plan.roomBlocks.randomElement(using: &rng)!.id.raw
        let type = RoomType.allCases[Int(rng.next() % 3)]
        var nights: [NightCount] = []
        for d in -1...plan.event.days.count where rng.next() % 4 != 0 {
            nights.append(NightCount(night: plan.event.firstDay.adding(days: d), rooms: Int(rng.next() % 4)))
        }
        var numbers = rng.next() % 3 == 0 ? ["1201", "1202", "1203", "1301"].map { RoomNumber($0) } : []
        // A room the hotel holds for fewer nights than the block (it checks out a day earlier).
        if !numbers.isEmpty && rng.next() % 2 == 0 {
            let from = Self.night(plan, &rng)
            numbers[2].nights = NightSpan(checkIn: from, checkOut: from.adding(days: 1 + Int(rng.next() % 2)))
        }
        return RoomBlock(id: ID(id), key: "b\(id)", uid: "b\(id)", hotel: hotel, type: type,
                         beds: rng.next() % 2 == 0 ? nil : 1 + Int(rng.next() % 3), nights: nights, numbers: numbers)
    }

    mutating func assignment(_ plan: EventPlan, _ rng: inout SeededRandom) -> RoomAssignment? {
        guard let block = plan.roomBlocks.randomElement(using: &rng), let person = Self.guest(plan, &rng) else {
            return nil
        }
        let id = plan.roomAssignments.isEmpty || rng.next() % 3 == 0 ? fresh()
            : plan.roomAssignments.randomElement(using: &rng)!.id.raw
        let rooms = block.isNumbered ? block.roomNames : ["1", "2", "3", "4"]
        let checkIn = Self.night(plan, &rng)
        return RoomAssignment(id: ID(id), key: "a\(id)", uid: "a\(id)", person: person, block: block.id,
                              room: rooms[Int(rng.next() % UInt64(rooms.count))],
                              bed: rng.next() % 2 == 0 ? nil : 1 + Int(rng.next() % 2), checkIn: checkIn,
                              checkOut: checkIn.adding(days: 1 + Int(rng.next() % 3)))
    }

    /// A plan's starting lodging: genders and VIP levels, three blocks, stays for half the
    /// people, forty rooms given.
    mutating func populate(_ plan: inout EventPlan, seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        for i in plan.people.indices {
            plan.people[i].gender = ["男", "女", "", "M", "女"][Int(rng.next() % 5)]
            if rng.next() % 6 == 0 { plan.people[i].vipLevel = 1 + Int(rng.next() % 4) }
        }
        for _ in 0..<3 { if let b = block(plan, &rng), !plan.roomBlocks.contains(where: { $0.id == b.id }) { plan.roomBlocks.append(b) } }
        for _ in 0..<plan.people.count / 2 {
            if case let (id, stay?)? = stay(plan, &rng), !plan.stays.contains(where: { $0.person == id }) {
                plan.stays.append(stay)
            }
        }
        for _ in 0..<40 {
            if let a = assignment(plan, &rng), !plan.roomAssignments.contains(where: { $0.id == a.id }) {
                plan.roomAssignments.append(a)
            }
        }
    }

    /// A change to a stay, a block or a room, as the Rooms pane and `rooms assign` make them.
    mutating func change(_ plan: EventPlan, _ rng: inout SeededRandom) -> Change? {
        switch rng.next() % 3 {
        case 0:
            guard let (person, stay) = stay(plan, &rng) else { return nil }
            let before = plan.stays.first { $0.person == person }
            return before == nil && stay == nil ? nil : .stay(before: before, after: stay)
        case 1:
            if rng.next() % 6 == 0, let b = plan.roomBlocks.randomElement(using: &rng) {
                return .roomBlock(before: plan.record(of: b.id), after: nil)
            }
            guard let b = block(plan, &rng) else { return nil }
            return .roomBlock(before: plan.record(of: b.id), after: RoomBlockRecord(block: b))
        default:
            if rng.next() % 4 == 0, let a = plan.roomAssignments.randomElement(using: &rng) {
                return .roomAssignment(before: a, after: nil)
            }
            guard let a = assignment(plan, &rng) else { return nil }
            return .roomAssignment(before: plan.roomAssignments.first { $0.id == a.id }, after: a)
        }
    }

    /// The same as a bare edit, as imports and tests may hand the engine. A block is removed
    /// bare only when it has no rooms given (a `Change` takes them first).
    mutating func edit(_ plan: EventPlan, _ rng: inout SeededRandom) -> PlanEdit? {
        switch rng.next() % 3 {
        case 0:
            return stay(plan, &rng).map { .setStay(person: $0.0, $0.1) }
        case 1:
            if rng.next() % 6 == 0, let b = plan.roomBlocks.randomElement(using: &rng),
               !plan.roomAssignments.contains(where: { $0.block == b.id })
            {
                return .setRoomBlock(b.id, nil)
            }
            return block(plan, &rng).map { .setRoomBlock($0.id, $0) }
        default:
            if rng.next() % 4 == 0, let a = plan.roomAssignments.randomElement(using: &rng) {
                return .setRoomAssignment(a.id, nil)
            }
            return assignment(plan, &rng).map { .setRoomAssignment($0.id, $0) }
        }
    }
}
