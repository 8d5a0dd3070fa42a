import Foundation
import Testing
@testable import PlanningCore

/// Random banquet tables for the engine's random walks: a few small tables, some halal, guests
/// seated round-robin with the office's usual mistakes, and changes of the kinds the table
/// editor and the person form make.
enum TablesMaker {
    /// The session with most sign-ups becomes a dinner of five tables of six, half its guests
    /// seated; a guest seated twice, a table over its seats, someone seated who is not a guest,
    /// halal guests, a foreign guest at table 3 and a VIP at the last table.
    static func populate(_ plan: inout EventPlan) {
        var count: [ID<Session>: Int] = [:]
        for r in plan.registrations { for s in r.signups { count[s, default: 0] += 1 } }
        guard let meal = plan.sessions.max(by: { (count[$0.id] ?? 0, $1.id) < (count[$1.id] ?? 0, $0.id) })?.id
        else { return }
        for i in plan.people.indices {
            if i % 9 == 4 { plan.people[i].diet = DietaryNeed(.halal) }
            if i % 13 == 6 { plan.people[i].language = "en" }
        }
        var tables = TablePlan.laidOut(meal: meal, tables: 5, seats: 6)
        tables.tables[2].halal = true
        let guests = plan.mealGuests(meal)
        for (k, g) in guests.prefix(max(2, guests.count / 2)).enumerated() {
            tables.seats.append(TableSeat(person: g, table: k % 5 + 1, seat: k / 5 + 1, host: k == 0))
        }
        if let first = guests.first { tables.seats.append(TableSeat(person: first, table: 5, seat: 6)) }
        let outsider = plan.people.first { !guests.contains($0.id) }
        for k in 0..<6 {
            let p = k == 0 ? outsider?.id ?? plan.people[0].id : plan.people[k].id
            tables.seats.append(TableSeat(person: p, table: 2, seat: 7 + k))
        }
        if let last = tables.seats.last(where: { $0.table == 5 && !$0.host }),
           let i = plan.people.firstIndex(where: { $0.id == last.person }) {
            plan.people[i].vipLevel = 3
        }
        if let foreign = tables.seats.first(where: { $0.table == 3 && !$0.host }),
           let i = plan.people.firstIndex(where: { $0.id == foreign.person }) {
            plan.people[i].language = "en"
        }
        plan.tablePlans = [tables]
    }

    static func change(_ plan: EventPlan, _ rng: inout SeededRandom) -> Change? {
        func int(_ n: Int) -> Int { Int(rng.next() % UInt64(max(1, n))) }
        guard let before = plan.tablePlans.first else {
            guard let s = plan.sessions.randomElement(using: &rng) else { return nil }
            return .tablePlan(before: nil, after: TablePlan.laidOut(meal: s.id, tables: 1 + int(6), seats: 2 + int(8)))
        }
        var t = before
        switch int(11) {
        case 0, 1:
            guard !t.seats.isEmpty, let table = t.tables.randomElement(using: &rng) else { return nil }
            let i = int(t.seats.count)
            t.seats[i].table = table.number
            t.seats[i].seat = 1 + int(table.seats)
        case 2:
            guard let p = plan.people.randomElement(using: &rng), let table = t.tables.randomElement(using: &rng)
            else { return nil }
            t.seats.append(TableSeat(person: p.id, table: table.number, seat: 1 + int(table.seats), host: int(6) == 0))
        case 3:
            guard !t.seats.isEmpty else { return nil }
            t.seats.remove(at: int(t.seats.count))
        case 4:
            guard !t.tables.isEmpty else { return nil }
            t.tables[int(t.tables.count)].halal.toggle()
        case 5:
            guard !t.tables.isEmpty else { return nil }
            let i = int(t.tables.count)
            t.tables[i].seats = 1 + int(12)
            t.tables[i].place = HallPlace(across: int(5) - 2, back: int(4))
        case 6:
            t.headTable = t.tables.randomElement(using: &rng)?.number ?? 1
            t.numberedByHand = int(2) == 0
        case 7:
            t.excluded = t.excluded.isEmpty ? ["delegate"] : []
        case 8:
            return .tablePlan(before: before, after: nil)
        case 9:
            guard let p = plan.people.randomElement(using: &rng), var after = plan.record(of: p.id) else { return nil }
            let record = after
            switch int(3) {
            case 0: after.person.diet = after.person.diet == nil ? DietaryNeed(.halal) : nil
            case 1: after.person.language = after.person.language == nil ? "en" : nil
            default: after.person.vipLevel = int(4)
            }
            return .person(before: record, after: after)
        default:
            guard let s = plan.sessions.first(where: { $0.id == t.meal }), let record = plan.record(of: s.id)
            else { return nil }
            var after = record
            let order = (0..<4).compactMap { _ in plan.people.randomElement(using: &rng)?.id }
            var once = Set<ID<Person>>()
            after.session.seating = SeatingPlan(order: order.filter { once.insert($0).inserted })
            return .session(before: record, after: after)
        }
        return .tablePlan(before: before, after: t)
    }
}

@Suite struct BanquetWalkTests {
    static let banquetCodes: Set<FindingCode> = [.tableOverSeats, .seatedTwice, .halalAtPlainTable, .vipBelowJunior,
                                                 .noInterpreterAtTable, .unseatedGuest, .seatedNotSignedUp, .tableWithoutHost]

    /// Table edits among all the other changes staff make (people deleted and put back, roles,
    /// sign-ups, sessions): the findings the engine keeps equal a full check after each.
    @Test func incrementalEqualsFullWithBanquetTables() throws {
        var plan = IncrementalEngineTests.generated()
        TablesMaker.populate(&plan)
        #expect(plan.structuralProblems().isEmpty)
        var engine = ConflictEngine(plan)
        #expect(Set(engine.findings) == Set(ConflictEngine.check(plan)))
        var maker = ChangeMaker(rng: SeededRandom(seed: 23))
        var rng = SeededRandom(seed: 29)
        var current = Set(engine.findings)
        var seen = Set<FindingCode>()
        for step in 1...IncrementalEngineTests.steps / 5 {
            var edits: [PlanEdit] = []
            var made = "table change"
            if rng.next() % 2 == 0, let c = TablesMaker.change(plan, &rng) {
                edits = plan.apply(c)
                made = "\(c)"
            } else {
                switch maker.step(plan) {
                case .changes(let changes): for c in changes { edits += plan.apply(c) }
                case .edit(let edit, let after):
                    edits = [edit]
                    plan = after
                }
            }
            for edit in edits {
                let delta = try engine.apply(edit)
                current.subtract(delta.removed)
                current.formUnion(delta.added)
            }
            let full = Set(ConflictEngine.check(plan))
            seen.formUnion(full.map(\.code))
            if Set(engine.findings) != full || current != full {
                Issue.record("step \(step) after \(made): extra \(Set(engine.findings).subtracting(full)), missing \(full.subtracting(Set(engine.findings)))")
                return
            }
            if step % 50 == 0, engine.plan.tablePlans != plan.tablePlans.sorted(by: { $0.meal < $1.meal }) {
                Issue.record("step \(step): the engine's table plans are no longer the plan's")
                return
            }
        }
        #expect(Self.banquetCodes.subtracting(seen) == [])
    }
}
