import PlanningCore

/// The table editor's edits of a meal's plan, as pure functions: each returns the plan after,
/// which the editor saves as one change (`.tablePlan(before:after:)`), so `u` takes it back.
/// Every table touched is seated again by its order: the hosts first, then the guests, most
/// senior first, each given the seat the seat order puts them in.
enum TableEditing {
    /// The table's people in its order (hosts, then guests) with their seat numbers; those past
    /// the table's seats (an over-full table, which the check reports) get the numbers after.
    static func reseated(_ plan: TablePlan, _ number: Int, order: BanquetSeatOrder) -> TablePlan {
        guard let table = plan.table(number) else { return plan }
        var out = plan
        let here = plan.seats(at: number)
        let hosts = here.filter(\.host), guests = here.filter { !$0.host }
        let numbers = BanquetRules.seatNumbers(hosts: hosts.count, guests: guests.count, seats: table.seats, order)
        var extra = table.seats
        func seatAt(_ list: [Int], _ i: Int) -> Int {
            if i < list.count { return list[i] }
            extra += 1
            return extra
        }
        var seated = hosts.enumerated().map { i, s in
            TableSeat(person: s.person, table: number, seat: seatAt(numbers.hosts, i), host: true)
        }
        seated += guests.enumerated().map { i, s in
            TableSeat(person: s.person, table: number, seat: seatAt(numbers.guests, i))
        }
        // The table keeps its place among the plan's seats, so other tables' orders stay.
        let first = out.seats.firstIndex { $0.table == number } ?? out.seats.count
        out.seats.removeAll { $0.table == number }
        out.seats.insert(contentsOf: seated, at: min(first, out.seats.count))
        return out
    }

    /// A person taken from wherever they sit at the meal and seated last at `table`.
    static func move(_ plan: TablePlan, _ person: ID<Person>, to number: Int, order: BanquetSeatOrder) -> TablePlan {
        let from = Set(plan.seats.filter { $0.person == person }.map(\.table))
        let host = plan.seats.first { $0.person == person }?.host ?? false
        var out = plan
        out.seats.removeAll { $0.person == person }
        out.seats.append(TableSeat(person: person, table: number, seat: 0, host: host))
        for t in from.union([number]).sorted() { out = reseated(out, t, order: order) }
        return out
    }

    /// A person off the meal's tables: back among the guests with no seat.
    static func unseat(_ plan: TablePlan, _ person: ID<Person>, order: BanquetSeatOrder) -> TablePlan {
        let from = Set(plan.seats.filter { $0.person == person }.map(\.table))
        var out = plan
        out.seats.removeAll { $0.person == person }
        for t in from.sorted() { out = reseated(out, t, order: order) }
        return out
    }

    /// The person `by` places up (−1) or down (+1) the table's order, within hosts or guests.
    static func shift(_ plan: TablePlan, _ person: ID<Person>, at number: Int, by step: Int,
                      order: BanquetSeatOrder) -> TablePlan {
        let at = plan.seats.indices.filter { plan.seats[$0].table == number }
        guard let mine = at.firstIndex(where: { plan.seats[$0].person == person }) else { return plan }
        let other = mine + step
        guard at.indices.contains(other), plan.seats[at[other]].host == plan.seats[at[mine]].host else { return plan }
        var out = plan
        out.seats.swapAt(at[mine], at[other])
        return reseated(out, number, order: order)
    }

    /// A host representative (主人, 副主人) becomes a guest again, or a guest one. An official
    /// made host goes before the table's staff hosts, as the assignment seats them: 主人, with the
    /// staff member as 副主人.
    static func toggleHost(_ plan: TablePlan, _ person: ID<Person>, at number: Int,
                           order: BanquetSeatOrder, official: (ID<Person>) -> Bool = { _ in false }) -> TablePlan {
        var out = plan
        for i in out.seats.indices where out.seats[i].person == person && out.seats[i].table == number {
            out.seats[i].host.toggle()
        }
        if official(person), let mine = out.seats.firstIndex(where: { $0.person == person && $0.table == number }),
           out.seats[mine].host,
           let staff = out.seats.indices.first(where: { out.seats[$0].table == number && out.seats[$0].host
               && !official(out.seats[$0].person) }), staff < mine {
            out.seats.insert(out.seats.remove(at: mine), at: staff)
        }
        return reseated(out, number, order: order)
    }

    /// A table with one seat more or fewer (1 to 12), its people seated again.
    static func resize(_ plan: TablePlan, _ number: Int, by step: Int, order: BanquetSeatOrder) -> TablePlan {
        guard let i = plan.tables.firstIndex(where: { $0.number == number }) else { return plan }
        var out = plan
        out.tables[i].seats = min(BanquetTable.mostSeats, max(1, out.tables[i].seats + step))
        return reseated(out, number, order: order)
    }

    /// Another table, numbered after the last, at the first free place of a hall laid out for one
    /// more table (behind the others, nearer the middle first), with as many seats as the last.
    static func addTable(_ plan: TablePlan) -> TablePlan {
        var out = plan
        let number = (plan.tables.map(\.number).max() ?? 0) + 1
        let seats = plan.tables.last?.seats ?? BanquetTable.defaultSeats
        let taken = Set(plan.tables.map(\.place))
        let place = BanquetRules.layout(tables: plan.tables.count + 1, seats: seats).map(\.place)
            .first { !taken.contains($0) } ?? HallPlace(across: 0, back: (plan.tables.map(\.place.back).max() ?? 0) + 1)
        out.tables.append(BanquetTable(number: number, seats: seats, place: place))
        if plan.tables.isEmpty { out.headTable = number }
        return out
    }

    /// Enough tables of ten for the meal's guests, table 1 the head table.
    static func laidOut(meal: ID<Session>, guests: Int, keeping plan: TablePlan?) -> TablePlan {
        let count = max(1, (guests + BanquetTable.defaultSeats - 1) / BanquetTable.defaultSeats)
        var out = TablePlan.laidOut(meal: meal, tables: count)
        if let plan {
            out.numberedByHand = plan.numberedByHand
            out.seatOrder = plan.seatOrder
            out.excluded = plan.excluded
        }
        return out
    }
}
