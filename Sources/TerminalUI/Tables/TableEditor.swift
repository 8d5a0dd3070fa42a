import Interchange
import Print
import PlanningCore

/// `b` in the Sessions pane: a meal's tables (桌次) and who sits at each (座次). The tables in
/// their order on the left with rank, halal mark and seated/seats; the chosen table's people on
/// the right in its order, each with the seat the seat order gives them. People are carried
/// between tables (`m` … `m`), moved up and down a table's order; every edit is saved at once
/// as one change of the meal's plan (`u` takes it back), so colleagues and the exports see it.
/// The last entry of the list is the guests with no seat yet, where a carried person is put down
/// to take them off the tables.
struct TableEditor: StateScreen {
    var meal: ID<Session>
    /// Index into the tables in their order; `count` is the unseated guests.
    var table = 0
    var guest = 0
    var carrying: ID<Person>?
    /// `v`: the hall as laid out instead of the list of tables.
    var hall = false
    /// The assignment waiting for a yes (`y`) or a no (`n`).
    var proposal: BanquetProposal?

    enum Command {
        case previousTable, nextTable, up, down, raise, lower, carry, unseat, host, halal, moreSeats, fewerSeats
        case newTable, layout, assign, apply, discard, view, undo, close, help
    }

    var shown: Mode { .tables(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        proposal == nil ? Self.keys : Self.reviewKeys
    }

    static let keys: [Binding<Command>] = [
        Binding([.left, .char("h")], "← → h l", .keyTablesTable, hint: .tablesTable, .previousTable),
        Binding([.right, .char("l")], "", .keyTablesTable, .nextTable),
        Binding([.up, .char("k")], "↑↓ k j", .keyTablesGuest, .up),
        Binding([.down, .char("j")], "", .keyTablesGuest, .down),
        Binding([.char("K")], "K J", .keyTablesOrder, hint: .tablesOrder, .raise),
        Binding([.char("J")], "", .keyTablesOrder, .lower),
        Binding([.char("m")], "m", .keyTablesCarry, hint: .tablesCarry, .carry),
        Binding([.char("x")], "x", .keyTablesUnseat, hint: .tablesUnseat, .unseat),
        Binding([.char("o")], "o", .keyTablesHost, .host),
        Binding([.char("H")], "H", .keyTablesHalal, hint: .tablesHalal, .halal),
        Binding([.char("+"), .char("=")], "+ -", .keyTablesSeats, hint: .tablesSeats, .moreSeats),
        Binding([.char("-")], "", .keyTablesSeats, .fewerSeats),
        Binding([.char("n")], "n", .keyTablesNew, .newTable),
        Binding([.char("L")], "L", .keyTablesLayout, .layout),
        Binding([.char("A")], "A", .keyTablesAssign, hint: .tablesAssign, .assign),
        Binding([.char("v")], "v", .keyTablesView, hint: .tablesView, .view),
        Binding([.char("u")], "u", .keySeatUndo, hint: .seatingUndo, .undo),
        Binding([.char("?")], "?", .keyHelp, hint: .hintHelp, .help),
        Binding([.escape, .char("q")], "Esc q", .keyTablesClose, hint: .seatingClose, .close),
    ]

    static let reviewKeys: [Binding<Command>] = [
        Binding([.char("y"), .enter], "y Enter", .keyTablesAssign, hint: .planApply, .apply),
        Binding([.char("n"), .escape, .char("q")], "n Esc", .keyTablesAssign, hint: .planCancel, .discard),
    ]

    /// What the editor shows of the meal now: its plan (nil before it has tables), the tables in
    /// their order and the guests with no seat, in the order of the plan's people.
    struct Hall {
        var plan: TablePlan?
        var order: [Int]
        var ranks: [Int: Int]
        var unseated: [ID<Person>]
        var seatOrder: BanquetSeatOrder

        init(_ s: AppState, _ meal: ID<Session>) {
            plan = s.plan.tablePlan(of: meal)
            order = plan.map(BanquetRules.tableOrder) ?? []
            ranks = plan.map(BanquetRules.ranks) ?? [:]
            let seated = Set(plan?.seats.map(\.person) ?? [])
            unseated = s.plan.mealGuests(meal).filter { !seated.contains($0) }
            seatOrder = s.plan.banquetSeatOrder(of: meal)
        }

        /// The people listed for entry `i`: a table's in its order, or the unseated guests.
        func people(_ i: Int) -> [ID<Person>] {
            guard let plan, order.indices.contains(i) else { return unseated }
            return plan.seats(at: order[i]).map(\.person)
        }
    }

    func perform(_ command: Command, _ s: inout AppState) -> Mode {
        guard s.plan.sessions.contains(where: { $0.id == meal }) else { return .normal }
        let h = Hall(s, meal)
        var next = self
        let people = h.people(table)
        let chosen = people.indices.contains(guest) ? people[guest] : nil
        let number = h.order.indices.contains(table) ? h.order[table] : nil
        func save(_ after: TablePlan) {
            guard after != h.plan else { return }
            s.commit([.tablePlan(before: h.plan, after: after)], done: .saved)
        }
        switch command {
        case .previousTable, .nextTable:
            next.table = min(h.order.count, max(0, table + (command == .nextTable ? 1 : -1)))
            next.guest = 0
        case .up: next.guest = max(0, guest - 1)
        case .down: next.guest = min(max(0, people.count - 1), guest + 1)
        case .close: return .normal
        case .help: return .help(HelpScreen(tables: self))
        case .view: next.hall.toggle()
        case .undo: s.undo()
        case .raise, .lower:
            guard let plan = h.plan, let number, let chosen else { return shown }
            let after = TableEditing.shift(plan, chosen, at: number, by: command == .raise ? -1 : 1, order: h.seatOrder)
            save(after)
            next.guest = after.seats(at: number).firstIndex { $0.person == chosen } ?? guest
        case .carry:
            if let carried = carrying {
                // An over-full table is a mistake `check` reports, not something to make by hand.
                if let plan = h.plan, let number, let t = plan.table(number),
                   !plan.seats(at: number).contains(where: { $0.person == carried }),
                   plan.seats(at: number).count >= t.seats {
                    s.message = UIWords.tablesFull.text(s.language, number, t.seats)
                    return shown
                }
                next.carrying = nil
                guard let plan = h.plan else { return next.shown }
                save(number.map { TableEditing.move(plan, carried, to: $0, order: h.seatOrder) }
                     ?? TableEditing.unseat(plan, carried, order: h.seatOrder))
            } else if let chosen, h.plan != nil {
                next.carrying = chosen
            }
        case .unseat:
            guard let plan = h.plan, number != nil, let chosen else { return shown }
            save(TableEditing.unseat(plan, chosen, order: h.seatOrder))
            next.guest = max(0, min(guest, people.count - 2))
        case .host:
            guard let plan = h.plan, let number, let chosen else { return shown }
            save(TableEditing.toggleHost(plan, chosen, at: number, order: h.seatOrder,
                                         official: s.plan.hostsAsOfficial(meal)))
        case .halal:
            guard var plan = h.plan, let i = plan.tables.firstIndex(where: { $0.number == number }) else {
                return shown
            }
            plan.tables[i].halal.toggle()
            save(plan)
        case .moreSeats, .fewerSeats:
            guard let plan = h.plan, let number else { return shown }
            let seated = plan.seats(at: number).count
            if command == .fewerSeats, let t = plan.table(number), t.seats - 1 < seated, t.seats > 1 {
                s.message = UIWords.tablesSeatsBelowSeated.text(s.language, number, seated)
                return shown
            }
            save(TableEditing.resize(plan, number, by: command == .moreSeats ? 1 : -1, order: h.seatOrder))
        case .newTable:
            save(TableEditing.addTable(h.plan ?? TablePlan(meal: meal)))
        case .layout:
            guard h.plan?.tables.isEmpty ?? true else {
                s.message = UIWords.tablesHasTables.text(s.language)
                return shown
            }
            save(TableEditing.laidOut(meal: meal, guests: h.unseated.count, keeping: h.plan))
            next.table = 0
        case .assign:
            guard h.plan != nil else { s.message = UIWords.tablesNone.text(s.language); return shown }
            let proposal = BanquetAssigner.assign(s.plan, meal: meal)
            if proposal.changes.isEmpty && proposal.unseated.isEmpty {
                s.message = UIWords.tablesAssignNothing.text(s.language)
            } else {
                next.proposal = proposal
            }
        case .apply:
            if let p = proposal, !p.changes.isEmpty { s.commit(p.changes, done: .saved) }
            next.proposal = nil
        case .discard:
            next.proposal = nil
            s.message = UIWords.seatingPlanCancelled.text(s.language)
        }
        return next.shown
    }

    // MARK: drawing

    /// `✖` for an open error about the table or person, `▲` for a warning, as the panes mark.
    static func mark(_ findings: [ReportedFinding], _ hit: (Finding) -> Bool) -> String {
        let mine = findings.filter { $0.isOpen && hit($0.finding) }
        return mine.contains { $0.severity == .error } ? "✖" : mine.contains { $0.severity == .warning } ? "▲" : ""
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let lang = s.language
        let r = Region(x: 1, y: 1, width: s.width - 2, height: s.height - 2)
        guard let current = s.plan.sessions.first(where: { $0.id == meal }) else { return }
        box(&g, r, title: Sanitize.forTerminal(UIWords.tablesTitle.text(lang, current.title)))
        let inner = r.width - 4, x = r.x + 2
        let h = Hall(s, meal)
        let findings = s.document.catalog.findingsBySession[meal] ?? []
        let hints = proposal == nil ? Self.keys.compactMap { $0.hint?.text(lang) }
            : Self.reviewKeys.compactMap { $0.hint?.text(lang) }
        let keys = hintLines(hints, width: inner)
        let footer = r.y + r.height - 1 - keys.count
        for (i, line) in keys.enumerated() {
            g.put(line, x: x, y: footer + i, style: CellStyle(role: .muted), maxWidth: inner)
        }
        var y = r.y + 1
        guard let plan = h.plan, !plan.tables.isEmpty else {
            let text = UIWords.tablesNone.text(lang, h.unseated.count)
            for line in DisplayWidth.wrap(text, width: inner) {
                g.put(line, x: x, y: y, style: CellStyle(role: .muted), maxWidth: inner)
                y += 1
            }
            return
        }
        let seatsTotal = plan.tables.reduce(0) { $0 + $1.seats }
        var summary = UIWords.tablesSummary.text(lang, plan.tables.count, seatsTotal, plan.seats.count,
                                                 h.unseated.count)
        if let p = proposal {
            let tally = BanquetReport.tallyText(p.tally, language: lang)
            summary = UIWords.tablesProposal.text(lang, tally, p.unseated.count)
        } else if let c = carrying {
            summary = UIWords.tablesCarrying.text(lang, s.plan.people.first { $0.id == c }?.name ?? "?")
        }
        g.put(DisplayWidth.truncate(Sanitize.forTerminal(summary), to: inner), x: x, y: y,
              style: CellStyle(bold: proposal != nil || carrying != nil), maxWidth: inner)
        y += 2
        let rows = footer - 1 - y
        guard rows > 0 else { return }
        if hall {
            drawHall(&g, s, plan, x: x, y: y, width: inner, rows: rows)
            return
        }
        let left = min(26, inner / 3)
        drawTables(&g, s, h, findings, x: x, y: y, width: left, rows: rows)
        drawPeople(&g, s, h, findings, x: x + left + 2, y: y, width: inner - left - 2, rows: rows)
    }

    /// `[1] ✖ 11/10 清`: each table in its order, then the unseated guests' entry.
    func drawTables(_ g: inout CellGrid, _ s: AppState, _ h: Hall, _ findings: [ReportedFinding],
                    x: Int, y: Int, width: Int, rows: Int) {
        let lang = s.language
        guard let plan = h.plan else { return }
        let count = Dictionary(grouping: plan.seats, by: \.table).mapValues(\.count)
        let names = h.order.map { n in UIWords.tablesTableName.text(lang, n == plan.headTable ? "[\(n)]" : "\(n)") }
        let nameWidth = (names.map { DisplayWidth.of($0) }.max() ?? 0) + 1
        var lines: [String] = zip(h.order, names).map { n, name in
            let t = plan.table(n)!
            let mark = Self.mark(findings) { f in f.details.contains(String(n)) || f.people.contains { p in
                plan.seats.contains { $0.person == p && $0.table == n } } }
            let halal = t.halal ? " " + UIWords.tablesHalalMark.text(lang) : ""
            return DisplayWidth.pad(name, to: nameWidth) + DisplayWidth.pad(mark, to: 2) + "\(count[n] ?? 0)/\(t.seats)"
                + halal
        }
        lines.append(UIWords.tablesUnseated.text(lang, h.unseated.count))
        let top = max(0, min(table - rows + 1, lines.count - rows))
        for (i, line) in lines.enumerated().dropFirst(top).prefix(rows) {
            g.put(DisplayWidth.truncate(line, to: width), x: x, y: y + i - top,
                  style: CellStyle(reverse: i == table), maxWidth: width)
        }
    }

    /// The chosen table's people in its order: seat, what the seat is for, name, organisation.
    func drawPeople(_ g: inout CellGrid, _ s: AppState, _ h: Hall, _ findings: [ReportedFinding],
                    x: Int, y: Int, width: Int, rows: Int) {
        let lang = s.language
        let lists = BanquetLists(plan: s.plan, meal: s.plan.sessions.first { $0.id == meal }!, language: lang)
        let seats: [TableSeat]
        let roles: [SeatRole]
        if let plan = h.plan, h.order.indices.contains(table) {
            let n = h.order[table]
            seats = plan.seats(at: n)
            roles = BanquetRules.seatOrder(plan.table(n)?.seats ?? 0, h.seatOrder)
        } else {
            seats = h.unseated.map { TableSeat(person: $0, table: 0, seat: 0) }
            roles = []
        }
        if seats.isEmpty {
            g.put(DisplayWidth.truncate(UIWords.tablesEmpty.text(lang), to: width), x: x, y: y,
                  style: CellStyle(role: .muted), maxWidth: width)
            return
        }
        let top = max(0, min(guest - rows + 1, seats.count - rows))
        let role: (TableSeat) -> String = { s in
            lists.roleName(of: s, among: seats, roles)
        }
        let roleWidth = seats.map { DisplayWidth.of(role($0)) }.max().map { $0 + 1 } ?? 0
        for (i, seat) in seats.enumerated().dropFirst(top).prefix(rows) {
            let mark = Self.mark(findings) { $0.people.contains(seat.person) }
            let number = seat.seat > 0 ? DisplayWidth.pad(String(seat.seat), to: 3) : ""
            let line = number + DisplayWidth.pad(role(seat), to: roleWidth) + DisplayWidth.pad(mark, to: 2)
                + lists.who(seat.person)
            let carried = seat.person == carrying
            g.put(DisplayWidth.truncate(Sanitize.forTerminal(line), to: width), x: x, y: y + i - top,
                  style: CellStyle(bold: carried, reverse: i == guest), maxWidth: width)
        }
    }

    /// The hall as the door sees it (`BanquetLists.hallLines`), the same picture as `export hall-plan`.
    func drawHall(_ g: inout CellGrid, _ s: AppState, _ plan: TablePlan, x: Int, y: Int, width: Int, rows: Int) {
        let lists = BanquetLists(plan: s.plan, meal: s.plan.sessions.first { $0.id == meal }!, language: s.language)
        for (i, line) in lists.hallLines().prefix(rows).enumerated() {
            g.put(DisplayWidth.truncate(Sanitize.forTerminal(line), to: width), x: x, y: y + i, maxWidth: width)
        }
    }
}
