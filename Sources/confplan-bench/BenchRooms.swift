import Foundation
import PlanningCore

extension Bench {
    /// `rooms assign` on 3,000 guests (large scale) over five hotels and four nights, against the
    /// office's first fit in the same run: guests in registration order, each into the first room
    /// with a free bed for all their nights, one gender to a room.
    mutating func measureRoomsAssign() {
        let count = large ? 3_000 : options.scale == "medium" ? 1_000 : 300
        let plan = RoomsBench.event(guests: count)
        var proposal = RoomProposal()
        let runs = Clock.time(runs: large ? 3 : 1, warmup: 0) { proposal = RoomAssigner.assign(plan) }
        var firstFit = 0
        let baseRuns = Clock.time(runs: 1, warmup: 0) { firstFit = RoomsBench.firstFitUnplaced(plan) }
        let placed = count - Set(proposal.unassigned.map(\.person)).count
        verify("rooms-assign leaves no more guests without a room than first fit",
               count - placed <= firstFit)
        let target = 2_000.0
        record(Measurement(
            name: "rooms-assign", runs: runs, peakMB: Clock.peakMB(), baseline: "first fit by registration",
            baselineMedian: baseRuns[0], target: "≤ 2 s for 3,000 guests, 5 hotels, 4 nights",
            passed: large ? runs.sorted()[runs.count / 2] <= target : nil,
            note: "\(count) guests, \(plan.roomBlocks.count) blocks: \(placed) roomed "
                + "(\(proposal.changes.count) rooms given), first fit leaves \(firstFit) without"))
    }
}

/// The generated event of the rooming row, and the baseline that fills it.
enum RoomsBench {
    static let day = LocalDate(year: 2026, month: 5, day: 13)!

    /// Five hotels with suites, singles and twins for four nights, a tenth more beds than guests;
    /// guests of twenty organisations, both genders, a few officials, one in eight asking for a
    /// room of their own and one in six naming a roommate; arrivals over the first two days.
    static func event(guests count: Int) -> EventPlan {
        var plan = EventPlan(event: Event(id: ID(1), key: "rb", uid: "rooms-bench", name: "分房测试",
                                          firstDay: day, lastDay: day.adding(days: 4)))
        var seed: UInt64 = 0x2026_0512
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let hotels = 5
        for h in 0..<hotels {
            plan.sites.append(Site(id: ID(h + 1), key: "h\(h + 1)", uid: "rb-h\(h + 1)", name: "酒店\(h + 1)"))
        }
        let twins = (count * 11 / 10) / 2 / hotels + 1, singles = count / 8 / hotels + 2, suites = 3
        for h in 0..<hotels {
            for (type, n) in [(RoomType.suite, suites), (.single, singles), (.twin, twins)] {
                let k = plan.roomBlocks.count + 1
                let floor = type == .suite ? 1800 : 1600
                let numbers = type == .twin ? [] : (0..<n).map { RoomNumber(String(floor + $0)) }
                plan.roomBlocks.append(RoomBlock(
                    id: ID(k), key: "b\(k)", uid: "rb-b\(k)", hotel: ID(h + 1), type: type, checkIn: day,
                    checkOut: day.adding(days: 4), rooms: n, numbers: numbers))
            }
        }
        for i in 0..<count {
            let id = ID<Person>(i + 1)
            plan.people.append(Person(id: id, key: "g\(i + 1)", uid: "rb-g\(i + 1)", name: "嘉宾\(i + 1)",
                                      organisation: "学院\(next(20))", vipLevel: next(100) == 0 ? 1 + next(3) : 0,
                                      gender: next(2) == 0 ? "男" : "女"))
            plan.registrations.append(Registration(person: id))
            let first = day.adding(days: next(2)), last = day.adding(days: 3 + next(2))
            let need: StayNeed = next(8) == 0 ? .single : .shared
            let mate = need == .shared && next(6) == 0 && i > 0 ? ID<Person>(1 + next(i)) : nil
            plan.stays.append(Stay(person: id, need: need, checkIn: first, checkOut: last, roommate: mate))
        }
        return plan
    }

    /// Guests the first fit leaves without a room for some night.
    static func firstFitUnplaced(_ plan: EventPlan) -> Int {
        let genders = Dictionary(plan.people.map { ($0.id, $0.gender) }, uniquingKeysWith: { a, _ in a })
        var beds: [(block: Int, room: Int, capacity: Int)] = []
        for (b, block) in plan.roomBlocks.enumerated() {
            for r in 0..<block.peakRooms { beds.append((b, r, block.beds)) }
        }
        // Per room and night: guests and their gender.
        var taken = Array(repeating: [Int: (Int, String)](), count: beds.count)
        var unplaced = 0
        for s in plan.stays {
            let nights = (s.checkIn!.dayNumber..<s.checkOut!.dayNumber).map { $0 }
            let gender = genders[s.person] ?? ""
            let alone = s.need == .single
            if let i = beds.indices.first(where: { i in
                nights.allSatisfy { n in
                    guard let (k, g) = taken[i][n] else { return true }
                    return !alone && k < beds[i].capacity && g == gender
                }
            }) {
                for n in nights { taken[i][n] = ((taken[i][n]?.0 ?? 0) + (alone ? beds[i].capacity : 1), gender) }
            } else {
                unplaced += 1
            }
        }
        return unplaced
    }
}
