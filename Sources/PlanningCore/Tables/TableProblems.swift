extension EventPlan {
    /// What a stored table plan must be: a meal that exists and has one plan, tables numbered
    /// once with 1 to 12 seats, a head table among them, seats at tables that exist naming
    /// people who exist. Over-full tables and a person seated twice are findings, not problems:
    /// staff make them while moving guests about.
    func tableProblems(sessionIDs: SlotMap<Session>, personIDs: SlotMap<Person>, _ problems: inout [PlanProblem]) {
        func need(_ ok: Bool, _ path: String, _ message: String) {
            if !ok { problems.append(PlanProblem(path: path, message: message)) }
        }
        var planned = Set<ID<Session>>()
        for (i, t) in tablePlans.enumerated() {
            let at = "tablePlans[\(i)]"
            need(sessionIDs.contains(t.meal), "\(at).meal", "names a session that does not exist")
            need(planned.insert(t.meal).inserted, "\(at).meal", "has a second table plan")
            var numbers = Set<Int>()
            for (j, table) in t.tables.enumerated() {
                need(table.number > 0, "\(at).tables[\(j)].number", "must be at least 1")
                need(numbers.insert(table.number).inserted, "\(at).tables[\(j)].number",
                     "\(table.number) is used twice")
                need((1...BanquetTable.mostSeats).contains(table.seats), "\(at).tables[\(j)].seats",
                     "must be between 1 and \(BanquetTable.mostSeats)")
            }
            if !t.tables.isEmpty {
                need(numbers.contains(t.headTable), "\(at).headTable", "names a table that does not exist")
            }
            for (j, s) in t.seats.enumerated() {
                need(personIDs.contains(s.person), "\(at).seats[\(j)].person", "names a person who does not exist")
                need(numbers.contains(s.table), "\(at).seats[\(j)].table", "names a table that does not exist")
                need(s.seat > 0, "\(at).seats[\(j)].seat", "must be at least 1")
            }
        }
    }
}
