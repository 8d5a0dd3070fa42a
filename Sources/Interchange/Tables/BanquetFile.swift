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

    mutating func banquets(_ o: inout ObjectNode) throws -> [TablePlan] {
        var plans: [TablePlan] = []
        var slot: [ID<Session>: Int] = [:]
        for n in try o.optional("banquets")?.array() ?? [] {
            var bo = try n.object()
            let meal = try ref(try bo.required("meal"), sessionIDs, "a session")
            if slot[meal] != nil { throw n.fail("the meal has a banquet earlier in the list") }
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
            guard let i = slot[meal] else { throw mealNode.fail("\(mealNode.shown) has no entry in banquets") }
            return i
        }
        for n in try o.optional("banquetTables")?.array() ?? [] {
            var to = try n.object()
            let i = try plan(n, &to)
            let numberNode = try to.required("number")
            let number = try numberNode.int(in: 1...9999)
            if plans[i].table(number) != nil { throw numberNode.fail("table \(number) is in this banquet twice") }
            plans[i].tables.append(BanquetTable(
                number: number, seats: try to.optional("seats")?.int(in: 1...BanquetTable.mostSeats)
                    ?? BanquetTable.defaultSeats,
                halal: try to.optional("halal")?.bool() ?? false,
                place: HallPlace(across: try to.optional("across")?.int(in: -99...99) ?? 0,
                                 back: try to.optional("back")?.int(in: -99...99) ?? 0)))
            try to.rejectUnknown()
        }
        for n in try o.optional("banquetSeats")?.array() ?? [] {
            var so = try n.object()
            let i = try plan(n, &so)
            let tableNode = try so.required("table")
            let table = try tableNode.int(in: 1...9999)
            if plans[i].table(table) == nil { throw tableNode.fail("table \(table) is not in this banquet") }
            plans[i].seats.append(TableSeat(
                person: try ref(try so.required("person"), personIDs, "a person"), table: table,
                seat: try so.required("seat").int(in: 1...99), host: try so.optional("host")?.bool() ?? false))
            try so.rejectUnknown()
        }
        return plans
    }
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
