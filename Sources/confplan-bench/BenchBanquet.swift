import Foundation
import PlanningCore

extension Bench {
    /// `tables --assign` seating 1,000 guests (and 50 staff who host) at 100 tables of twelve,
    /// against the office's sequential fill: the same guests by precedence, table after table,
    /// with no delegations, halal tables or interpreters kept.
    mutating func measureBanquetAssign() {
        let plan = BanquetBench.event(guests: 1_000, tables: 100)
        let meal = ID<Session>(1)
        var proposal = BanquetProposal()
        let runs = Clock.time(runs: 3, warmup: 1) { proposal = BanquetAssigner.assign(plan, meal: meal) }
        var filled = 0
        let baseRuns = Clock.time(runs: 3, warmup: 1) { filled = BanquetBench.sequentialFill(plan, meal: meal) }
        var after = plan
        for c in proposal.changes { after.apply(c) }
        let errors = ConflictEngine.check(after).filter {
            [.tableOverSeats, .seatedTwice, .halalAtPlainTable].contains($0.code)
        }
        verify("banquet-assign leaves no table over its seats, nobody twice, no halal guest at a plain table",
               errors.isEmpty && proposal.unseated.isEmpty)
        let median = runs.sorted()[runs.count / 2]
        record(Measurement(
            name: "banquet-assign", runs: runs, peakMB: Clock.peakMB(), baseline: "sequential fill by precedence",
            baselineMedian: baseRuns[baseRuns.count / 2], target: "≤ 1 s for 1,000 guests at 100 tables",
            passed: median <= 1_000,
            note: "\(after.tablePlan(of: meal)?.seats.count ?? 0) seated (fill: \(filled)), "
                + "\(after.tablePlan(of: meal)?.tables.filter(\.halal).count ?? 0) halal tables"))
    }
}

/// The generated welcome dinner, and the baseline that seats it.
enum BanquetBench {
    /// Guests of 120 colleges and offices, delegations of one to fifteen; one in 20 a VIP, one in
    /// 30 halal, one in 50 foreign with four interpreters; 50 staff to host. The same dinner for
    /// the same count.
    static func event(guests: Int, tables: Int) -> EventPlan {
        let day = LocalDate(year: 2026, month: 5, day: 14)!
        var plan = EventPlan(event: Event(id: ID(1), key: "bb", uid: "banquet-bench", name: "欢迎晚宴测试",
                                          firstDay: day, lastDay: day))
        plan.sessions = [Session(id: ID(1), key: "dinner", uid: "bb-dinner", title: "欢迎晚宴", kind: .meal,
                                 start: LocalDateTime(date: day, hour: 18, minute: 30),
                                 end: LocalDateTime(date: day, hour: 20, minute: 30)),
                         Session(id: ID(2), key: "k", uid: "bb-k", title: "主旨演讲", kind: .keynote)]
        var seed: UInt64 = 0x2026_0514
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        func add(_ name: String, org: String, vip: Int = 0, category: String, diet: DietaryNeed? = nil,
                 language: String? = nil) -> ID<Person> {
            let id = ID<Person>(plan.people.count + 1)
            plan.people.append(Person(id: id, key: "p\(id.raw)", uid: "bb-p\(id.raw)", name: name, organisation: org,
                                      vipLevel: vip, language: language, diet: diet))
            plan.registrations.append(Registration(person: id, category: category))
            return id
        }
        for i in 0..<50 { _ = add("会务\(i + 1)", org: "会务组", category: "staff") }
        for i in 0..<4 {
            let id = add("翻译\(i + 1)", org: "译声翻译", category: "delegate")
            plan.roles.append(SessionRole(session: ID(2), person: id, role: .interpreter))
        }
        var made = 4
        while made < guests {
            let org = next(120)
            for _ in 0..<min(guests - made, 1 + next(15)) {
                made += 1
                let foreign = org % 50 == 7
                let vip = next(20) == 0 ? 1 + next(3) : 0
                _ = add(foreign ? "Guest \(made)" : "嘉宾\(made)", org: "单位\(org)", vip: vip, category: "delegate",
                        diet: next(30) == 0 ? DietaryNeed(.halal) : nil, language: foreign ? "en" : nil)
            }
        }
        var t = TablePlan.laidOut(meal: ID(1), tables: tables, seats: 12)
        t.excluded = ["staff"]
        plan.tablePlans = [t]
        return plan
    }

    /// The office's fill: hosts at the first tables, then every guest by precedence into the
    /// next free seat. Returns how many it seated.
    static func sequentialFill(_ plan: EventPlan, meal: ID<Session>) -> Int {
        guard let t = plan.tablePlan(of: meal) else { return 0 }
        let precedence = plan.precedence(at: meal)
        let guests = plan.mealGuests(meal).enumerated()
            .sorted { (precedence($0.element), $0.offset) < (precedence($1.element), $1.offset) }.map(\.element)
        let staff = plan.registrations.filter { $0.category == "staff" }.map(\.person)
        var seats: [TableSeat] = []
        var queue = guests[...]
        for (i, number) in BanquetRules.tableOrder(t).enumerated() {
            guard let table = t.table(number) else { continue }
            var n = 0
            if i < staff.count {
                seats.append(TableSeat(person: staff[i], table: number, seat: 1, host: true))
                n = 1
            }
            while n < table.seats, let g = queue.popFirst() {
                n += 1
                seats.append(TableSeat(person: g, table: number, seat: n))
            }
        }
        return seats.count
    }
}
