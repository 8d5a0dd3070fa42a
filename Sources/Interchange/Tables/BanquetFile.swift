import Codecs
import PlanningCore

// The event file's banquets: a person's `"diet": "halal"` (or `{"kind": "other", "text": "不吃海鲜"}`
// when words were given), and three top-level lists, a line each so two versions diff by table and
// by guest: `banquets` (a meal's settings), `banquetTables` and `banquetSeats`, which name the meal.

extension EventFile.Decoder {
    func diet(_ n: Node) throws -> DietaryNeed {
        if case .string = n.value { return DietaryNeed(try n.oneOf(DietKind.self)) }
        var o = try n.object()
        let need = DietaryNeed(try o.required("kind").oneOf(DietKind.self), text: try text(&o, "text"))
        try o.rejectUnknown()
        return need
    }

    mutating func banquets(_ o: inout ObjectNode, sessions: [Session]) throws -> [TablePlan] {
        var plans: [TablePlan] = []
        var slot: [ID<Session>: Int] = [:]
        for n in try o.optional("banquets")?.array() ?? [] {
            var bo = try n.object()
            let mealNode = try bo.required("meal")
            let meal = try ref(mealNode, sessionIDs, "a session")
            if slot[meal] != nil { throw n.fail { BanquetFileWords.mealTwice.text($0) } }
            // A plan on a keynote would make every guest of the event a finding of `check`.
            if let s = sessions.first(where: { $0.id == meal }), s.kind != .meal {
                throw mealNode.fail { BanquetFileWords.notAMeal.text($0, mealNode.shown, s.kind.text($0)) }
            }
            slot[meal] = plans.count
            plans.append(TablePlan(
                meal: meal, headTable: try bo.optional("headTable")?.int(in: 1...9999) ?? 1,
                numberedByHand: try bo.optional("numberedByHand")?.bool() ?? false,
                seatOrder: try bo.optional("seatOrder")?.oneOf(BanquetSeatOrder.self),
                excluded: try bo.optional("exclude")?.strings() ?? []))
            try bo.rejectUnknown()
        }
        func plan(_ n: Node, _ o: inout ObjectNode) throws -> Int {
            let mealNode = try o.required("meal")
            let meal = try ref(mealNode, sessionIDs, "a session")
            guard let i = slot[meal] else {
                throw mealNode.fail { BanquetFileWords.noBanquet.text($0, mealNode.shown) }
            }
            return i
        }
        for n in try o.optional("banquetTables")?.array() ?? [] {
            var to = try n.object()
            let i = try plan(n, &to)
            let numberNode = try to.required("number")
            let number = try numberNode.int(in: 1...9999)
            if plans[i].table(number) != nil {
                throw numberNode.fail { BanquetFileWords.tableTwice.text($0, number) }
            }
            plans[i].tables.append(BanquetTable(
                number: number, seats: try to.optional("seats")?.int(in: 1...BanquetTable.mostSeats)
                    ?? BanquetTable.defaultSeats,
                halal: try to.optional("halal")?.bool() ?? false,
                place: HallPlace(across: try to.optional("across")?.int(in: -99...99) ?? 0,
                                 back: try to.optional("back")?.int(in: -99...99) ?? 0)))
            try to.rejectUnknown()
        }
        var seatNodes: [(node: Node, plan: Int, table: Int, seat: Int)] = []
        for n in try o.optional("banquetSeats")?.array() ?? [] {
            var so = try n.object()
            let i = try plan(n, &so)
            let tableNode = try so.required("table")
            let table = try tableNode.int(in: 1...9999)
            if plans[i].table(table) == nil {
                throw tableNode.fail { BanquetFileWords.noSuchTable.text($0, table) }
            }
            let seatNode = try so.required("seat")
            let seat = try seatNode.int(in: 1...99)
            plans[i].seats.append(TableSeat(
                person: try ref(try so.required("person"), personIDs, "a person"), table: table,
                seat: seat, host: try so.optional("host")?.bool() ?? false))
            seatNodes.append((seatNode, i, table, seat))
            try so.rejectUnknown()
        }
        // An over-full table's extra chairs are numbered on after its seats (as the editor and
        // `dump` write them, and `check` reports the table); any seat beyond those is a mistake.
        var people: [Int: [Int: Int]] = [:]
        for s in seatNodes { people[s.plan, default: [:]][s.table, default: 0] += 1 }
        for s in seatNodes {
            let size = plans[s.plan].table(s.table)?.seats ?? 0
            guard s.seat > max(size, people[s.plan]?[s.table] ?? 0) else { continue }
            throw s.node.fail { BanquetFileWords.seatPastTable.text($0, s.seat, size, s.table) }
        }
        return plans
    }
}

/// What the event file's banquets say is wrong, in both languages.
enum BanquetFileWords: String, Phrasebook {
    case mealTwice, notAMeal, noBanquet, tableTwice, noSuchTable, seatPastTable

    static let tables: [Language: [BanquetFileWords: String]] = [
        .en: [
            .mealTwice: "the meal has a banquet earlier in the list",
            .notAMeal: "%1 is not a meal but of the kind “%2”: only a meal has banquet tables",
            .noBanquet: "%1 has no entry in banquets", .tableTwice: "table %1 is in this banquet twice",
            .noSuchTable: "table %1 is not in this banquet", .seatPastTable: "seat %1 is past the %2 seats of table %3",
        ],
        .zh: [
            .mealTwice: "这场用餐在 banquets 中前面已有一项",
            .notAMeal: "%1 的类型是“%2”，不是用餐：只有用餐场次才有桌次",
            .noBanquet: "%1 在 banquets 中没有对应的一项", .tableTwice: "%1 号桌在本场宴会中出现了两次",
            .noSuchTable: "本场宴会没有 %1 号桌", .seatPastTable: "%3 号桌只有 %2 个座位，没有 %1 号座",
        ],
    ]
}

extension EventFile {
    static func diet(_ d: DietaryNeed) -> String {
        guard !d.text.isEmpty else { return JSONText.quote(d.kind.rawValue) }
        var f = Fields()
        f.text("kind", d.kind.rawValue)
        f.text("text", d.text)
        return f.object
    }

    static func banquet(_ t: TablePlan, _ keys: Keys) -> String {
        var f = Fields()
        f.text("meal", keys.session[t.meal] ?? "")
        f.raw("headTable", String(t.headTable))
        if t.numberedByHand { f.raw("numberedByHand", "true") }
        if let order = t.seatOrder { f.text("seatOrder", order.rawValue) }
        f.list("exclude", t.excluded)
        return f.object
    }

    static func banquetTable(_ b: BanquetTable, of t: TablePlan, _ keys: Keys) -> String {
        var f = Fields()
        f.text("meal", keys.session[t.meal] ?? "")
        f.raw("number", String(b.number))
        f.raw("seats", String(b.seats))
        if b.halal { f.raw("halal", "true") }
        if b.place.across != 0 { f.raw("across", String(b.place.across)) }
        if b.place.back != 0 { f.raw("back", String(b.place.back)) }
        return f.object
    }

    static func banquetSeat(_ s: TableSeat, of t: TablePlan, _ keys: Keys) -> String {
        var f = Fields()
        f.text("meal", keys.session[t.meal] ?? "")
        f.raw("table", String(s.table))
        f.raw("seat", String(s.seat))
        f.text("person", keys.person[s.person] ?? "")
        if s.host { f.raw("host", "true") }
        return f.object
    }
}
