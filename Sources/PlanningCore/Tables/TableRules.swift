/// The banquet findings of one meal: a table over its seats, a person at two tables, a halal
/// guest at a table that is not halal (errors); a VIP below a less senior guest's table, a
/// foreign guest with no interpreter at the table, a guest without a seat or seated without
/// being one (warnings). Worked out a meal at a time: a hall is a thousand seats, and an edit
/// re-checks only the meals with a table plan.
enum BanquetCheck {
    static func findings(_ t: TablePlan, _ facts: BanquetFacts) -> [Finding] {
        var out: [Finding] = []
        let meal = [t.meal]
        let tables = Dictionary(t.tables.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        var count: [Int: Int] = [:], tablesOf: [ID<Person>: [Int]] = [:]
        var interpreters: [Int: [Person]] = [:]
        for s in t.seats {
            count[s.table, default: 0] += 1
            tablesOf[s.person, default: []].append(s.table)
            if facts.isInterpreter(s.person), let p = facts.person(s.person) {
                interpreters[s.table, default: []].append(p)
            }
        }
        for table in t.tables where (count[table.number] ?? 0) > table.seats {
            out.append(Finding(code: .tableOverSeats, sessions: meal, count: count[table.number] ?? 0,
                               limit: table.seats, details: [String(table.number)]))
        }
        // The office gives every table someone to host it; guests alone at a table are a gap.
        let hosted = Set(t.seats.filter(\.host).map(\.table))
        for table in t.tables where (count[table.number] ?? 0) > 0 && !hosted.contains(table.number) {
            out.append(Finding(code: .tableWithoutHost, sessions: meal, details: [String(table.number)]))
        }
        for (person, list) in tablesOf where list.count > 1 {
            out.append(Finding(code: .seatedTwice, sessions: meal, people: [person],
                               details: list.sorted().map(String.init)))
        }
        for s in t.seats {
            guard let p = facts.person(s.person) else { continue }
            if p.diet?.kind == .halal, let table = tables[s.table], !table.halal {
                out.append(Finding(code: .halalAtPlainTable, sessions: meal, people: [p.id],
                                   details: [String(s.table)]))
            }
            let working = s.host || facts.isInterpreter(p.id)
            // Only an interpreter of the guest's language counts, where languages are known. A
            // guest who is not one (withdrawn) is told once, as seated without being one.
            if !working, facts.guests.contains(p.id), BanquetRules.isForeign(p),
               !(interpreters[s.table] ?? []).contains(where: { BanquetRules.interprets($0, for: p) }) {
                out.append(Finding(code: .noInterpreterAtTable, sessions: meal, people: [p.id],
                                   details: [String(s.table)]))
            }
            if !working, !facts.guests.contains(p.id) {
                out.append(Finding(code: .seatedNotSignedUp, sessions: meal, people: [p.id],
                                   details: [String(s.table)]))
            }
        }
        for g in facts.guests where tablesOf[g] == nil {
            out.append(Finding(code: .unseatedGuest, sessions: meal, people: [g]))
        }
        out += inversions(t, facts)
        return out
    }

    /// Each VIP seated below a table where a less senior guest sits, with the least senior of
    /// those (the first seated of them, at the highest table, when several are as junior).
    /// Host representatives and interpreters are working, not ranked.
    static func inversions(_ t: TablePlan, _ facts: BanquetFacts) -> [Finding] {
        let rank = BanquetRules.ranks(t)
        var ranked: [(rank: Int, order: Int, seat: TableSeat, precedence: Precedence)] = []
        for (i, s) in t.seats.enumerated() {
            guard let r = rank[s.table], !s.host, facts.person(s.person) != nil, !facts.isInterpreter(s.person)
            else { continue }
            ranked.append((r, i, s, facts.precedence(s.person)))
        }
        ranked.sort { ($0.rank, $0.order) < ($1.rank, $1.order) }
        var out: [Finding] = []
        // The least senior guest at the tables above the current one, and where.
        var junior: (precedence: Precedence, seat: TableSeat)?
        var start = 0
        while start < ranked.count {
            var end = start
            while end < ranked.count && ranked[end].rank == ranked[start].rank { end += 1 }
            for g in ranked[start..<end] where g.precedence.vip > 0 {
                if let j = junior, g.precedence < j.precedence {
                    out.append(Finding(code: .vipBelowJunior, sessions: [t.meal],
                                       people: [g.seat.person, j.seat.person],
                                       details: [String(g.seat.table), String(j.seat.table)]))
                }
            }
            for g in ranked[start..<end] where junior.map({ $0.precedence < g.precedence }) ?? true {
                junior = (g.precedence, g.seat)
            }
            start = end
        }
        return out
    }
}

/// The engine's copy of the meals' table plans, and the findings of each.
struct TableState {
    var plans: [ID<Session>: TablePlan] = [:]
    var findings: [ID<Session>: [Finding]] = [:]

    init() {}

    init(_ plan: EventPlan) {
        for t in plan.tablePlans {
            plans[t.meal] = t
            findings[t.meal] = BanquetCheck.findings(t, plan.banquetFacts(t.meal))
        }
    }
}

extension PlanIndex {
    func mealFindings(_ meal: ID<Session>) -> [Finding] {
        guard let t = tables.plans[meal] else { return [] }
        return BanquetCheck.findings(t, banquetFacts(meal, excluded: t.excluded))
    }
}
