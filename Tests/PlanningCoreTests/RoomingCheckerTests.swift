import Testing
@testable import PlanningCore

/// The rooming rules as the office would check them by hand, night by night, with nothing kept
/// between questions: what the engine's findings are compared with.
enum BruteForceRooming {
    static func findings(_ plan: EventPlan) -> Set<Finding> {
        var out = Set<Finding>()
        let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let registered = Set(plan.registrations.map(\.person))
        let holders = Set(plan.roles.map(\.person))
        let blocks = Dictionary(plan.roomBlocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let allNights = Set(plan.roomAssignments.flatMap { $0.span.nights }).sorted()
        func gender(_ p: ID<Person>) -> String { RoomingState.genderKey(people[p]?.gender ?? "") }
        for b in plan.roomBlocks {
            let mine = plan.roomAssignments.filter { $0.block == b.id }
            for n in allNights {
                let rooms = Set(mine.filter { $0.span.contains(n) }.map(\.room))
                if rooms.count > b.rooms(on: n) {
                    out.insert(Finding(code: .roomsOverbooked, count: rooms.count, limit: b.rooms(on: n),
                                       details: [n.description], blocks: [b.id]))
                }
            }
            for room in Set(mine.map(\.room)) {
                let here = mine.filter { $0.room == room }
                let over = allNights.first { n in Set(here.filter { $0.span.contains(n) }.map(\.person)).count > b.beds }
                if let n = over {
                    out.insert(Finding(code: .roomsOverbooked, count: Set(here.filter { $0.span.contains(n) }.map(\.person)).count,
                                       limit: b.beds, details: [n.description, room], blocks: [b.id]))
                }
                var mixed = Set<ID<Person>>(), first: LocalDate?
                for n in allNights {
                    let there = Set(here.filter { $0.span.contains(n) }.map(\.person))
                    if Set(there.map(gender).filter { !$0.isEmpty }).count > 1 {
                        mixed.formUnion(there)
                        first = first ?? n
                    }
                }
                if let first {
                    out.insert(Finding(code: .mixedGenderRoom, people: mixed.sorted(),
                                       details: [first.description, room], blocks: [b.id]))
                }
                // Nights the block holds rooms and the hotel not this one, with guests in it.
                let span = b.numbers.first { $0.number == room }?.nights
                let unheld = allNights.filter { n in
                    b.rooms(on: n) > 0 && span.map { !$0.contains(n) } == true && here.contains { $0.span.contains(n) }
                }
                if let n = unheld.first {
                    let lodged = Set(here.filter { a in unheld.contains { a.span.contains($0) } }.map(\.person))
                    out.insert(Finding(code: .roomNotHeld, people: lodged.sorted(), count: unheld.count,
                                       details: [n.description, room], blocks: [b.id]))
                }
            }
        }
        let trips = Dictionary(plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let guests = Set(plan.stays.map(\.person)).union(plan.roomAssignments.map(\.person))
        for p in guests {
            let stay = plan.stays.first { $0.person == p }
            let mine = plan.roomAssignments.filter { $0.person == p }
            let twice = allNights.filter { n in mine.filter { $0.span.contains(n) }.count > 1 }
            if let n = twice.first {
                let involved = Set(mine.filter { a in twice.contains { a.span.contains($0) } }.map(\.block)).sorted()
                out.insert(Finding(code: .guestInTwoRooms, people: [p], count: twice.count, details: [n.description],
                                   blocks: involved))
            }
            let taking = registered.contains(p) || holders.contains(p)
            if !mine.isEmpty && (stay?.need == .noRoom || !taking) {
                out.insert(Finding(code: .cancelledHoldsRoom, people: [p],
                                   count: Set(mine.flatMap { $0.span.nights }).count,
                                   blocks: Set(mine.map(\.block)).sorted()))
                continue
            }
            if let stay, taking, !plan.roomBlocks.isEmpty, let span = plan.nights(of: stay, trip: trips[p]) {
                let missing = span.nights.filter { n in !mine.contains { $0.span.contains(n) } }
                if let n = missing.first {
                    out.insert(Finding(code: .nightsUncovered, people: [p], count: missing.count, limit: span.count,
                                       details: [n.description]))
                }
                // Night by night over the rooms given: those outside the stay's nights.
                var extra: [LocalDate] = []
                var extraBlocks = Set<ID<RoomBlock>>()
                for n in allNights where !span.contains(n) {
                    let holding = mine.filter { $0.span.contains(n) }
                    if !holding.isEmpty { extra.append(n) }
                    extraBlocks.formUnion(holding.map(\.block))
                }
                if let n = extra.first {
                    out.insert(Finding(code: .roomBeyondStay, people: [p], count: extra.count,
                                       details: [n.description, span.checkIn.description, span.checkOut.description],
                                       blocks: extraBlocks.sorted()))
                }
            }
            let due = RoomAssignOptions().grade(forVIP: people[p]?.vipLevel ?? 0)
            let sorted = mine.sorted { ($0.checkIn, $0.id) < ($1.checkIn, $1.id) }
            let below = sorted.filter { (blocks[$0.block]?.type.grade ?? due) < due }
            if let b = below.first {
                out.insert(Finding(code: .roomBelowLevel, people: [p], count: people[p]?.vipLevel ?? 0,
                                   details: [blocks[b.block]?.type.rawValue ?? ""],
                                   blocks: Set(below.map(\.block)).sorted()))
            }
            if let stay, stay.need == .shared, let mate = stay.roommate, !mine.isEmpty {
                let theirs = plan.roomAssignments.filter { $0.person == mate }
                let together = mine.contains { a in
                    theirs.contains { $0.block == a.block && $0.room == a.room && $0.span.overlaps(a.span) }
                }
                if !together {
                    out.insert(Finding(code: .roommateNotHonoured, people: [p, mate],
                                       blocks: Set(mine.map(\.block)).sorted()))
                }
            }
            // Night by night: the first the companion and their principal sleep at two hotels.
            if let stay, stay.need == .companion, let principal = stay.principal, principal != p {
                let theirs = plan.roomAssignments.filter { $0.person == principal }
                    .sorted { ($0.checkIn, $0.id) < ($1.checkIn, $1.id) }
                let hotel = { (a: RoomAssignment) in blocks[a.block]?.hotel }
                for n in allNights {
                    let pairs = sorted.filter { $0.span.contains(n) && hotel($0) != nil }.compactMap { a in
                        theirs.first { $0.span.contains(n) && hotel($0) != nil && hotel($0) != hotel(a) }.map { (a, $0) }
                    }
                    guard let (a, b) = pairs.first else { continue }
                    out.insert(Finding(code: .companionApart, people: [p, principal], details: [n.description],
                                       blocks: [a.block, b.block]))
                    break
                }
            }
        }
        return out
    }
}

@Suite struct RoomingCheckerTests {
    /// Small generated events with random stays, blocks and rooms: the engine's rooming findings
    /// (the hotel's distance aside, which needs the programme) are exactly the brute force's.
    @Test func smallGeneratedEventsAgreeWithTheBruteForceChecker() {
        let codes: Set<FindingCode> = [.roomsOverbooked, .mixedGenderRoom, .roomNotHeld, .guestInTwoRooms, .nightsUncovered,
                                       .roomBeyondStay,                                       .roomBelowLevel, .roommateNotHonoured, .cancelledHoldsRoom, .companionApart]
        var seen = Set<FindingCode>()
        for seed in UInt64(1)...40 {
            var g = SyntheticEvent()
            g.days = 2
            g.sites = 3
            g.rooms = 6
            g.slotsPerDay = 5
            g.peopleWithRoles = 15
            g.attendees = 25
            g.signupsPerAttendee = 3
            var plan = g.make()
            var maker = RoomingMaker()
            maker.populate(&plan, seed: seed)
            // Companions and their principals given rooms too, so that some sleep at two hotels.
            var rng = SeededRandom(seed: seed &+ 1_000)
            for s in plan.stays where s.need == .companion {
                for who in [s.person, s.principal].compactMap({ $0 }) {
                    guard var a = maker.assignment(plan, &rng), !plan.roomAssignments.contains(where: { $0.id == a.id })
                    else { continue }
                    a.person = who
                    plan.roomAssignments.append(a)
                }
            }
            let engine = Set(ConflictEngine.check(plan).filter { codes.contains($0.code) })
            let brute = BruteForceRooming.findings(plan)
            #expect(engine == brute, "seed \(seed): missed \(brute.subtracting(engine)), extra \(engine.subtracting(brute))")
            seen.formUnion(brute.map(\.code))
        }
        #expect(seen == codes)
    }
}

@Suite struct RoomingStabilityTests {
    /// 400 guests assigned, then 50 late registrations and 20 cancellations: a second run gives the
    /// newcomers rooms and moves none of those already roomed (none must: cancellations free beds).
    @Test func lateRegistrationsAndCancellationsMoveNobodyWhoNeedNotMove() {
        var plan = EventPlan(event: Event(key: "s", uid: "s", name: "稳定性", firstDay: LocalDate(iso: "2026-05-13")!,
                                          lastDay: LocalDate(iso: "2026-05-16")!))
        var rng = SeededRandom(seed: 36)
        plan.sites = [Site(id: ID(1), key: "h1", uid: "h1", name: "旌湖宾馆"), Site(id: ID(2), key: "h2", uid: "h2", name: "金鹰酒店")]
        for (i, (hotel, type, n)) in [(1, RoomType.suite, 6), (1, .single, 40), (1, .twin, 150), (2, .twin, 80)].enumerated() {
            plan.roomBlocks.append(RoomBlock(id: ID(i + 1), key: "b\(i + 1)", uid: "b\(i + 1)", hotel: ID(hotel), type: type,
                                             checkIn: plan.event.firstDay, checkOut: plan.event.lastDay, rooms: n))
        }
        func guest(_ i: Int) {
            let id = ID<Person>(i)
            plan.people.append(Person(id: id, key: "g\(i)", uid: "g\(i)", name: "嘉宾\(i)",
                                      organisation: "学院\(rng.next() % 12)", vipLevel: rng.next() % 40 == 0 ? 3 : 0,
                                      gender: rng.next() % 2 == 0 ? "男" : "女"))
            plan.registrations.append(Registration(person: id))
            let first = plan.event.firstDay.adding(days: Int(rng.next() % 2))
            plan.stays.append(Stay(person: id, need: rng.next() % 8 == 0 ? .single : .shared, checkIn: first,
                                   checkOut: first.adding(days: 1 + Int(rng.next() % 2))))
        }
        for i in 1...400 { guest(i) }
        plan = applying(RoomAssigner.assign(plan), to: plan)
        #expect(ConflictEngine.check(plan).isEmpty)
        let before = Dictionary(plan.roomAssignments.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        for i in 401...450 { guest(i) }
        var cancelled = Set<ID<Person>>()
        while cancelled.count < 20 { cancelled.insert(ID(1 + Int(rng.next() % 400))) }
        plan.registrations.removeAll { cancelled.contains($0.person) }
        let proposal = RoomAssigner.assign(plan)
        var moved = Set<ID<Person>>()
        for case .roomAssignment(let b?, let a) in proposal.changes where !cancelled.contains(b.person) {
            if a?.room != b.room || a?.block != b.block { moved.insert(b.person) }
        }
        print("rooms assign after 50 late registrations and 20 cancellations: \(moved.count) of 380 guests moved")
        #expect(moved.isEmpty && proposal.unassigned.isEmpty)
        let after = applying(proposal, to: plan)
        #expect(ConflictEngine.check(after).isEmpty)
        #expect(after.roomAssignments.filter { before[$0.person] != nil }.count == 380)
    }
}
