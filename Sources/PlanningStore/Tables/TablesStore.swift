import PlanningCore

/// Meals' table plans (桌次、座次): read with the schedule, written whole by a `.tablePlan`
/// change (a hall of a hundred tables is a thousand seat rows: rewriting them is cheaper than
/// working out which moved), and read again whole when a colleague changed one (`LoggedRows.tables`).
extension Store {
    /// Every table plan of the event, by meal session.
    func readTablePlans(_ event: ID<Event>) throws -> [TablePlan] {
        let ps = try db.prepared("""
            SELECT t.session_id, t.head_table, t.numbered_by_hand, t.seat_order, t.excluded
            FROM table_plans t JOIN sessions s ON s.id = t.session_id WHERE s.event_id = ? ORDER BY t.session_id
            """).bind([event.raw])
        var plans: [TablePlan] = []
        var slot: [Int: Int] = [:]
        while try ps.step() {
            slot[ps.int(0)] = plans.count
            plans.append(TablePlan(
                meal: ID(ps.int(0)), headTable: ps.int(1), numberedByHand: ps.int(2) != 0,
                seatOrder: ps.optionalText(3).flatMap(BanquetSeatOrder.init(rawValue:)),
                excluded: ListColumn.decode(ps.text(4))))
        }
        guard !plans.isEmpty else { return [] }
        let ts = try db.prepared("""
            SELECT b.session_id, b.number, b.seats, b.halal, b.across, b.back FROM banquet_tables b
            JOIN sessions s ON s.id = b.session_id WHERE s.event_id = ? ORDER BY b.session_id, b.position
            """).bind([event.raw])
        while try ts.step() {
            guard let i = slot[ts.int(0)] else { continue }
            plans[i].tables.append(BanquetTable(
                number: ts.int(1), seats: ts.int(2), halal: ts.int(3) != 0,
                place: HallPlace(across: ts.int(4), back: ts.int(5))))
        }
        let ss = try db.prepared("""
            SELECT b.session_id, b.person_id, b.table_number, b.seat, b.host FROM banquet_seats b
            JOIN sessions s ON s.id = b.session_id WHERE s.event_id = ? ORDER BY b.session_id, b.position
            """).bind([event.raw])
        while try ss.step() {
            guard let i = slot[ss.int(0)] else { continue }
            plans[i].seats.append(TableSeat(person: ID(ss.int(1)), table: ss.int(2), seat: ss.int(3),
                                            host: ss.int(4) != 0))
        }
        return plans
    }

    /// One meal's plan as stored now, for checking a change against it.
    func currentTablePlan(_ meal: ID<Session>) throws -> TablePlan? {
        let s = try db.prepared("SELECT event_id FROM sessions WHERE id = ?").bind([meal.raw])
        let event = try s.step() ? s.int(0) : nil
        s.reset()
        guard let event else { return nil }
        return try readTablePlans(ID(event)).first { $0.meal == meal }
    }

    /// Replaces a meal's plan (nil: removes it, its tables and seats with it).
    func writeTablePlan(meal: Int, _ plan: TablePlan?) throws {
        try db.run("DELETE FROM table_plans WHERE session_id = ?", meal)
        guard let t = plan else { return }
        try db.run("""
            INSERT INTO table_plans (session_id, head_table, numbered_by_hand, seat_order, excluded) VALUES (?,?,?,?,?)
            """, meal, t.headTable, t.numberedByHand, t.seatOrder?.rawValue, ListColumn.encode(t.excluded))
        let table = try db.prepared("""
            INSERT INTO banquet_tables (session_id, number, seats, halal, across, back, position) VALUES (?,?,?,?,?,?,?)
            """)
        for (i, b) in t.tables.enumerated() {
            try table.run(meal, b.number, b.seats, b.halal, b.place.across, b.place.back, i)
        }
        let seat = try db.prepared("""
            INSERT INTO banquet_seats (session_id, position, person_id, table_number, seat, host) VALUES (?,?,?,?,?,?)
            """)
        for (i, s) in t.seats.enumerated() { try seat.run(meal, i, s.person.raw, s.table, s.seat, s.host) }
    }

    /// The event's table plans as they are now: what a colleague's table change makes the UI read again.
    func readTables(into plan: inout EventPlan) throws {
        plan.tablePlans = try readTablePlans(plan.event.id)
    }

    /// A whole plan's table plans, with the row ids the load gave its people and sessions.
    func writeTables(of plan: EventPlan, people: [ID<Person>: Int], sessions: [ID<Session>: Int]) throws
        -> [TablePlan]
    {
        var out: [TablePlan] = []
        for t in plan.tablePlans {
            guard let meal = sessions[t.meal] else { continue }
            var row = t
            row.meal = ID(meal)
            row.seats = t.seats.map { s in
                var s = s
                s.person = ID(people[s.person] ?? s.person.raw)
                return s
            }
            try writeTablePlan(meal: meal, row)
            out.append(row)
        }
        return out
    }

    /// A person added back (an undone deletion) takes their seats at meals again.
    func restoreSeats(of record: inout PersonRecord, as id: Int) throws {
        guard let seats = record.banquetSeats, !seats.isEmpty else { return }
        record.banquetSeats = seats.map { s in
            var s = s
            s.seat.person = ID(id)
            return s
        }
        for (meal, back) in Dictionary(grouping: record.banquetSeats ?? [], by: \.meal) {
            guard var plan = try currentTablePlan(meal) else { continue }
            for s in back.sorted(by: { $0.position < $1.position }) where !plan.seats.contains(s.seat) {
                plan.seats.insert(s.seat, at: min(max(0, s.position), plan.seats.count))
            }
            try writeTablePlan(meal: meal.raw, plan)
        }
    }
}
