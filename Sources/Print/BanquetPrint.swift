import PlanningCore
import Typeset
import Workbook

/// A meal's banquet as staff hand it out (issue 37): the hall plan posted at the door, each
/// table's seat chart, the list by name for the door and the kitchen's counts. Text here; the
/// exports wrap it as CSV and workbooks, the editor draws the same hall plan on screen.
public struct BanquetLists {
    public let plan: EventPlan
    public let meal: Session
    public let tables: TablePlan
    public let language: Language
    /// The tables' numbers, the head table first (`BanquetRules.tableOrder`).
    public let order: [Int]
    public let ranks: [Int: Int]
    let people: [ID<Person>: Person]

    /// A meal without a table plan gives empty lists (an export says so, it does not fail).
    public init(plan: EventPlan, meal: Session, language: Language) {
        self.plan = plan
        self.meal = meal
        self.language = language
        tables = plan.tablePlan(of: meal.id) ?? TablePlan(meal: meal.id)
        order = BanquetRules.tableOrder(tables)
        ranks = BanquetRules.ranks(tables)
        people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func person(_ id: ID<Person>) -> Person? { people[id] }

    /// Who sits at a table, by seat number (the host's seat 1 first).
    public func seated(at table: Int) -> [TableSeat] {
        tables.seats(at: table).enumerated().sorted { ($0.element.seat, $0.offset) < ($1.element.seat, $1.offset) }
            .map(\.element)
    }

    /// `欢迎晚宴 · 5月12日 18:30`: what the lists are of.
    public var mealTitle: String {
        guard let start = meal.start else { return meal.title }
        let sep = language == .zh ? "" : " "
        return meal.title + " · " + DateText.day(start.date, language, weekday: false) + sep + start.clock
    }

    /// `3 号桌`, `[1] 号桌` for the head table.
    public func tableName(_ number: Int) -> String { BanquetWords.table.text(language, number) }

    // MARK: the hall plan

    /// `1` for the head table in brackets, `5清` for a halal table: what a hall cell shows.
    public func label(_ table: BanquetTable) -> String {
        let n = table.number == tables.headTable ? "[\(table.number)]" : String(table.number)
        return n + (table.halal ? BanquetWords.halalMark.text(language) : "")
    }

    /// The hall as seen from the door: the head table at the front, the tables in their places
    /// under it, each with its label and `seated/seats`. The head table's right (it faces the
    /// hall) is the reader's left. Tables staff put at one place share it, joined by `/`.
    public func hallLines(cell: Int = 7, counts: Bool = true) -> [String] {
        guard !tables.tables.isEmpty else { return [] }
        let acrossAll = tables.tables.map(\.place.across), backAll = tables.tables.map(\.place.back)
        let left = acrossAll.max()!, right = acrossAll.min()!
        let front = backAll.min()!, back = backAll.max()!
        var at: [HallPlace: [BanquetTable]] = [:]
        for t in tables.tables.sorted(by: { $0.number < $1.number }) { at[t.place, default: []].append(t) }
        let count = Dictionary(grouping: tables.seats, by: \.table).mapValues(\.count)
        var out: [String] = []
        for row in front...back {
            var names = "", sums = ""
            for across in stride(from: left, through: right, by: -1) {
                let here = at[HallPlace(across: across, back: row)] ?? []
                let name = here.map(label).joined(separator: "/")
                let sum = here.map { "\(count[$0.number] ?? 0)/\($0.seats)" }.joined(separator: " ")
                names += Self.centre(name, cell)
                sums += Self.centre(sum, cell)
            }
            out.append(Self.trimmed(names))
            if counts { out.append(Self.trimmed(sums)) }
            if row < back { out.append("") }
        }
        return out
    }

    public func hallText() -> String {
        let lang = language
        var out = [BanquetWords.hallTitle.text(lang, mealTitle)]
        if tables.tables.isEmpty {
            return (out + ["", BanquetWords.noTables.text(lang)]).joined(separator: "\n") + "\n"
        }
        let seated = tables.seats.count, seats = tables.tables.reduce(0) { $0 + $1.seats }
        out.append(BanquetWords.hallSummary.text(lang, tables.tables.count, seats, seated))
        out.append(BanquetWords.hallLegend.text(lang))
        out.append("")
        out += hallLines().map(Sanitize.forTerminal)
        out += ["", BanquetWords.door.text(lang)]
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: seat charts

    /// `主人`, `主宾`, `副主人`, `宾客 4`: who a seat is for by the seat order.
    public func roleName(_ role: SeatRole) -> String {
        switch role {
        case .host: BanquetWords.host.text(language)
        case .deputy: BanquetWords.deputy.text(language)
        case .guest(1): BanquetWords.chiefGuest.text(language)
        case .guest(let k): BanquetWords.guest.text(language, k)
        }
    }

    /// What a seated person is at their table (`here`, seats by `roles`): the seat order's part
    /// for the seat, but a guest in the host's or deputy's seat (a table short of hosts) is a
    /// guest, the next after those in guest seats, deputy's seat first: 主人 is said only of the
    /// host representative, or a guest would be taken for the one who speaks for the office.
    public func roleName(of s: TableSeat, among here: [TableSeat], _ roles: [SeatRole]) -> String {
        func role(_ t: TableSeat) -> SeatRole? { roles.indices.contains(t.seat - 1) ? roles[t.seat - 1] : nil }
        func hostSeat(_ r: SeatRole?) -> Bool { r == .host || r == .deputy }
        guard let mine = role(s) else { return "" }
        guard hostSeat(mine), !s.host else { return roleName(mine) }
        let inGuestSeats = here.filter { role($0) != nil && !hostSeat(role($0)) }.count
        let displaced = here.filter { !$0.host && hostSeat(role($0)) }
            .sorted { (role($0) == .deputy ? 0 : 1, $0.seat) < (role($1) == .deputy ? 0 : 1, $1.seat) }
        return roleName(.guest(inGuestSeats + 1 + (displaced.firstIndex(of: s) ?? 0)))
    }

    /// Who a person is on a chart or list: name, title, organisation.
    public func who(_ id: ID<Person>) -> String {
        guard let p = people[id] else { return "?" }
        return [p.name, p.title, p.organisation].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A table's chart: each seat by number with what it is for and who sits in it; people with a
    /// seat number past the table's seats (an over-full table) after, marked `+`.
    public func chartLines(_ number: Int) -> [String] {
        guard tables.table(number) != nil else { return [] }
        return [chartHeading(number)] + Self.columns(chartRows(number)).map { "  " + $0 }
    }

    /// `1 号桌（第 1 桌次）· 已排 3/4 · 主桌`.
    public func chartHeading(_ number: Int) -> String {
        guard let table = tables.table(number) else { return "" }
        let lang = language
        var head = BanquetWords.chartTitle.text(lang, number, ranks[number] ?? 0, tables.seats(at: number).count,
                                                table.seats)
        if number == tables.headTable { head += BanquetWords.headMark.text(lang) }
        if table.halal { head += BanquetWords.halalTable.text(lang) }
        return head
    }

    /// Seat, what it is for, who: a row each (an empty seat's who is `—`).
    func chartRows(_ number: Int) -> [[String]] {
        guard let table = tables.table(number) else { return [] }
        let here = seated(at: number)
        let roles = BanquetRules.seatOrder(table.seats, plan.banquetSeatOrder(of: meal.id))
        let bySeat = Dictionary(grouping: here, by: \.seat)
        let rows: [[String]] = roles.enumerated().flatMap { i, role -> [[String]] in
            let sitting = bySeat[i + 1] ?? []
            if sitting.isEmpty { return [[String(i + 1), roleName(role), "—"]] }
            return sitting.map { [String(i + 1), roleName(of: $0, among: here, roles), who($0.person)] }
        } + here.filter { $0.seat > table.seats || $0.seat < 1 }.map { ["+\($0.seat)", "", who($0.person)] }
        return rows
    }

    /// Every table's chart in the order of tables, a form feed between them (a page each).
    /// The tables a chart is printed for: those with people, in their order. An empty table's
    /// page would go to the door and the hosts for nothing.
    public var chartedTables: [Int] { order.filter { !tables.seats(at: $0).isEmpty } }

    public func chartsText() -> String {
        guard !chartedTables.isEmpty else {
            let none = order.isEmpty ? BanquetWords.noTables : BanquetWords.noneCharted
            return BanquetWords.chartsTitle.text(language, mealTitle) + "\n\n" + none.text(language) + "\n"
        }
        return chartedTables.map { n in
            ([BanquetWords.chartsTitle.text(language, mealTitle), ""] + chartLines(n)).map(Sanitize.forTerminal)
                .joined(separator: "\n") + "\n"
        }.joined(separator: "\u{0C}")
    }

    // MARK: the door's list

    /// Everyone seated, by name as a reader looks it up, with organisation, table and seat.
    public var seatingList: [(person: Person, seat: TableSeat)] {
        tables.seats.compactMap { s in people[s.person].map { ($0, s) } }
            .sorted { (NameOrder.key($0.person.name), $0.seat.table) < (NameOrder.key($1.person.name), $1.seat.table) }
    }

    public func seatingSheet() -> TableSheet {
        TableSheet(
            name: BanquetWords.listSheet.text(language),
            header: BanquetWords.listHeader.columns(language),
            rows: seatingList.map { p, s in
                [.text(p.name), .text(p.organisation), .number(s.table), .number(s.seat)]
            })
    }

    // MARK: the kitchen

    /// A table's guests by dietary need, and the words guests wrote that say more than the kind.
    public struct KitchenRow: Sendable, Equatable {
        public var table: Int?
        public var halalTable: Bool
        public var guests = 0, halal = 0, vegetarian = 0, other = 0
        /// `不吃海鲜 ×2`, in the order first met.
        public var notes: [String] = []
    }

    /// One row per table in the order of tables, then the guests of the meal with no seat yet
    /// (the kitchen cooks for them too), then the totals. Counts and needs only: no names.
    public func kitchenRows() -> (tables: [KitchenRow], unseated: KitchenRow?, total: KitchenRow) {
        func row(_ table: Int?, _ halal: Bool, _ ids: [ID<Person>]) -> KitchenRow {
            var r = KitchenRow(table: table, halalTable: halal)
            var said: [String: Int] = [:], first: [String] = []
            for id in ids {
                r.guests += 1
                guard let d = people[id]?.diet else { continue }
                switch d.kind {
                case .halal: r.halal += 1
                case .vegetarian: r.vegetarian += 1
                case .other: r.other += 1
                }
                let text = String(d.text.trimmingSpaces)
                guard !text.isEmpty, !Self.plainWords.contains(text.lowercased()) else { continue }
                if said[text] == nil { first.append(text) }
                said[text, default: 0] += 1
            }
            r.notes = first.map { said[$0]! > 1 ? "\($0) ×\(said[$0]!)" : $0 }
            return r
        }
        let rows = order.compactMap { tables.table($0) }.map { t in
            row(t.number, t.halal, self.seated(at: t.number).map(\.person))
        }
        let placed = Set(tables.seats.map(\.person))
        let waiting = plan.mealGuests(meal.id).filter { !placed.contains($0) }
        let unseated = waiting.isEmpty ? nil : row(nil, false, waiting)
        var total = KitchenRow(table: nil, halalTable: false)
        for r in rows + (unseated.map { [$0] } ?? []) {
            total.guests += r.guests
            total.halal += r.halal
            total.vegetarian += r.vegetarian
            total.other += r.other
        }
        return (rows, unseated, total)
    }

    /// A need written as only its kind says nothing more to the kitchen.
    static let plainWords: Set<String> = ["清真", "素食", "素", "halal", "vegetarian", "veg"]

    public func kitchenSheet() -> TableSheet {
        let k = kitchenRows(), lang = language
        func cells(_ r: KitchenRow, _ first: TableCell) -> [TableCell] {
            [first, r.table.flatMap { ranks[$0] }.map(TableCell.number) ?? .text(""),
             .text(r.halalTable ? BanquetWords.yes.text(lang) : ""), .number(r.guests), .number(r.halal),
             .number(r.vegetarian), .number(r.other),
             .text(r.notes.joined(separator: BanquetWords.noteSeparator.text(lang)))]
        }
        // A table's number is a number in the workbook, as its rank is: the kitchen sorts and sums by it.
        var rows = k.tables.map { cells($0, .number($0.table ?? 0)) }
        if let u = k.unseated { rows.append(cells(u, .text(BanquetWords.unseated.text(lang)))) }
        rows.append(cells(k.total, .text(BanquetWords.total.text(lang))))
        return TableSheet(name: BanquetWords.kitchenSheet.text(lang), header: BanquetWords.kitchenHeader.columns(lang),
                          rows: rows)
    }

    public func kitchenText() -> String {
        let sheet = kitchenSheet()
        var out = [BanquetWords.kitchenTitle.text(language, mealTitle)]
        if tables.tables.isEmpty { out += ["", BanquetWords.noTables.text(language)] }
        out.append("")
        out += Self.columns([sheet.header] + sheet.rows.map { $0.map(\.text) })
        return out.map(Sanitize.forTerminal).joined(separator: "\n") + "\n"
    }

    // MARK: layout helpers

    static func centre(_ s: String, _ width: Int) -> String {
        let w = DisplayWidth.of(s)
        guard w < width else { return " " + s }
        let left = (width - w) / 2
        return String(repeating: " ", count: left) + s + String(repeating: " ", count: width - w - left)
    }

    static func trimmed(_ s: String) -> String {
        var s = s
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// Rows in columns as wide as their widest cell, two spaces apart, trailing spaces cut.
    public static func columns(_ rows: [[String]]) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { c in rows.map { $0.count > c ? DisplayWidth.of($0[c]) : 0 }.max() ?? 0 }
        return rows.map { cells in trimmed(zip(cells, widths).map { DisplayWidth.pad($0, to: $1) }
            .joined(separator: "  ")) }
    }
}

// MARK: prints (PDF)

extension BanquetLists {
    /// A4 across: the hall is wider than deep.
    static let landscape = PageSize(width: Length.mm(297), height: Length.mm(210))

    func canvas(_ title: BanquetWords) -> PrintCanvas {
        PrintCanvas(title: title.text(language, mealTitle), date: PrintCanvas.date(of: plan.event))
    }

    /// The hall plan for the door: each table a square where it stands, its number large, the
    /// head table framed heavier and marked, halal tables marked, seated/seats under the number.
    public func hallPDF() -> (bytes: [UInt8], notes: PrintNotes) {
        let c = canvas(.hallTitle)
        c.canvas.startPage(Self.landscape)
        c.text(BanquetWords.hallTitle.text(language, mealTitle), in: PrintCanvas.box(15, 10, 267, 10),
               style: TextStyle(size: 16, minimumSize: 9, alignment: .center, bold: true))
        c.text(BanquetWords.hallLegendPrint.text(language), in: PrintCanvas.box(15, 21, 267, 6),
               style: TextStyle(size: 9, minimumSize: 6, alignment: .center))
        c.text(BanquetWords.door.text(language), in: PrintCanvas.box(15, 193, 267, 8),
               style: TextStyle(size: 12, minimumSize: 8, alignment: .center))
        guard !tables.tables.isEmpty else {
            c.text(BanquetWords.noTables.text(language), in: PrintCanvas.box(15, 40, 267, 10),
                   style: TextStyle(size: 12, minimumSize: 8, alignment: .center))
            return (c.finish(), c.notes)
        }
        let across = tables.tables.map(\.place.across), back = tables.tables.map(\.place.back)
        let left = across.max()!, right = across.min()!, front = back.min()!, last = back.max()!
        let columns = Double(left - right + 1), rows = Double(last - front + 1)
        let cell = min(267 / columns, 160 / rows, 45)
        let x0 = 15 + (267 - cell * columns) / 2
        let count = Dictionary(grouping: tables.seats, by: \.table).mapValues(\.count)
        for t in tables.tables {
            let x = x0 + Double(left - t.place.across) * cell + cell * 0.1
            let y = 30 + Double(t.place.back - front) * cell + cell * 0.1
            let side = cell * 0.8
            let head = t.number == tables.headTable
            c.canvas.frame(PrintCanvas.box(x, y, side, side), width: head ? 2 : 0.7)
            c.text(String(t.number), in: PrintCanvas.box(x, y + side * 0.1, side, side * 0.5),
                   style: TextStyle(size: min(40, side * 1.4), minimumSize: 6, alignment: .center, bold: true))
            let marks = [head ? BanquetWords.headTableWord.text(language) : "",
                         t.halal ? BanquetWords.halalWord.text(language) : "",
                         "\(count[t.number] ?? 0)/\(t.seats)"].filter { !$0.isEmpty }.joined(separator: " ")
            c.text(marks, in: PrintCanvas.box(x, y + side * 0.62, side, side * 0.3),
                   style: TextStyle(size: min(11, side * 0.5), minimumSize: 4, alignment: .center))
        }
        return (c.finish(), c.notes)
    }

    /// A page per table in the order of tables: its seats by number, what each is for and who.
    public func chartsPDF() -> (bytes: [UInt8], notes: PrintNotes) {
        let c = canvas(.chartsTitle)
        for n in chartedTables {
            c.canvas.startPage(.a4)
            c.text(BanquetWords.chartsTitle.text(language, mealTitle), in: PrintCanvas.box(20, 15, 170, 8),
                   style: TextStyle(size: 11, minimumSize: 7))
            c.text(chartHeading(n), in: PrintCanvas.box(20, 26, 170, 10),
                   style: TextStyle(size: 16, minimumSize: 9, bold: true))
            for (i, row) in chartRows(n).enumerated() {
                let y = 42 + Double(i) * 11
                guard y < 280 else { break }
                c.text(row[0], in: PrintCanvas.box(20, y, 12, 9), style: TextStyle(size: 12, minimumSize: 7))
                c.text(row[1], in: PrintCanvas.box(34, y, 28, 9), style: TextStyle(size: 12, minimumSize: 7))
                c.text(row[2], in: PrintCanvas.box(64, y, 126, 9), style: TextStyle(size: 12, minimumSize: 7),
                       person: row[2], field: .name)
            }
        }
        if chartedTables.isEmpty {
            c.canvas.startPage(.a4)
            c.text(BanquetWords.chartsTitle.text(language, mealTitle), in: PrintCanvas.box(20, 15, 170, 8),
                   style: TextStyle(size: 11, minimumSize: 7))
            c.text((order.isEmpty ? BanquetWords.noTables : BanquetWords.noneCharted).text(language),
                   in: PrintCanvas.box(20, 26, 170, 10), style: TextStyle(size: 12, minimumSize: 7))
        }
        return (c.finish(), c.notes)
    }

    /// 桌签: a page across per table, its number as large as the page allows, the head table
    /// and halal tables saying so under it.
    public func signsPDF() -> (bytes: [UInt8], notes: PrintNotes) {
        let c = canvas(.signsTitle)
        for n in order {
            guard let t = tables.table(n) else { continue }
            c.canvas.startPage(Self.landscape)
            c.text(String(n), in: PrintCanvas.box(20, 25, 257, 110),
                   style: TextStyle(size: 300, minimumSize: 60, alignment: .center, bold: true))
            c.text(tableName(n), in: PrintCanvas.box(20, 140, 257, 22),
                   style: TextStyle(size: 48, minimumSize: 20, alignment: .center))
            let marks = [n == tables.headTable ? BanquetWords.headTableWord.text(language) : "",
                         t.halal ? BanquetWords.halalWord.text(language) : ""].filter { !$0.isEmpty }
            c.text(marks.joined(separator: " · "), in: PrintCanvas.box(20, 165, 257, 20),
                   style: TextStyle(size: 40, minimumSize: 16, alignment: .center, bold: true))
        }
        if order.isEmpty { c.canvas.startPage(Self.landscape) }
        return (c.finish(), c.notes)
    }

    /// 座签: two folded cards to an A4 page, table by table in seat order; each face the name
    /// large with the organisation small and `3 号桌 · 2 号座`, the upper face turned half round.
    public func placeCardsPDF() -> (bytes: [UInt8], notes: PrintNotes) {
        let c = canvas(.placeCardsTitle)
        let cards = order.flatMap { seated(at: $0) }.compactMap { s in person(s.person).map { (s, $0) } }
        for (i, card) in cards.enumerated() {
            if i % 2 == 0 { c.canvas.startPage(.a4) }
            let top = Double(i % 2) * 148.5, fold = top + 74.25
            func face() {
                let (seat, p) = card
                c.text(p.name, in: PrintCanvas.box(15, fold + 8, 180, 34),
                       style: TextStyle(size: 72, minimumSize: 20, maxLines: 2, alignment: .center, bold: true),
                       person: p.name, field: .name)
                c.text(p.organisation, in: PrintCanvas.box(15, fold + 44, 180, 10),
                       style: TextStyle(size: 14, minimumSize: 7, alignment: .center), person: p.name,
                       field: .organisation)
                c.text(BanquetWords.placeLine.text(language, tableName(seat.table), seat.seat),
                       in: PrintCanvas.box(15, fold + 58, 180, 8),
                       style: TextStyle(size: 10, minimumSize: 7, alignment: .center))
            }
            face()
            c.canvas.halfTurned(about: Length.mm(105), Length.mm(fold)) { face() }
            var x = 10.0
            while x < 200 {  // the fold, dashed
                c.canvas.line(from: (Length.mm(x), Length.mm(fold)), to: (Length.mm(min(x + 3, 200)), Length.mm(fold)),
                              width: 0.3)
                x += 6
            }
        }
        if cards.isEmpty { c.canvas.startPage(.a4) }
        return (c.finish(), c.notes)
    }

    /// The door's list, forty names to a page under the columns' headings on every page, as the
    /// text and CSV have them: name, organisation, table, seat.
    public func seatingPDF() -> (bytes: [UInt8], notes: PrintNotes) {
        let c = canvas(.listTitle)
        let rows = seatingList, perPage = 40
        let columns: [(x: Double, width: Double)] = [(20, 55), (77, 75), (154, 20), (176, 14)]
        let header = BanquetWords.listHeader.columns(language)
        for start in stride(from: 0, to: max(1, rows.count), by: perPage) {
            c.canvas.startPage(.a4)
            c.text(BanquetWords.listTitle.text(language, mealTitle), in: PrintCanvas.box(20, 12, 170, 10),
                   style: TextStyle(size: 14, minimumSize: 8, bold: true))
            for (word, column) in zip(header, columns) {
                c.text(word, in: PrintCanvas.box(column.x, 25, column.width, 6),
                       style: TextStyle(size: 10, minimumSize: 6, bold: true))
            }
            for (i, entry) in rows.dropFirst(start).prefix(perPage).enumerated() {
                let y = 32 + Double(i) * 6.2
                let style = TextStyle(size: 11, minimumSize: 6)
                c.text(entry.person.name, in: PrintCanvas.box(columns[0].x, y, columns[0].width, 6), style: style,
                       person: entry.person.name, field: .name)
                c.text(entry.person.organisation, in: PrintCanvas.box(columns[1].x, y, columns[1].width, 6),
                       style: style, person: entry.person.name, field: .organisation)
                c.text(tableName(entry.seat.table), in: PrintCanvas.box(columns[2].x, y, columns[2].width, 6),
                       style: style)
                c.text(String(entry.seat.seat), in: PrintCanvas.box(columns[3].x, y, columns[3].width, 6),
                       style: style)
            }
        }
        return (c.finish(), c.notes)
    }
}

/// The words of the banquet's lists and prints.
public enum BanquetWords: String, Phrasebook, Sendable {
    case table, halalMark, hallTitle, hallSummary, hallLegend, door, noTables, noneCharted
    case host, deputy, chiefGuest, guest, chartTitle, headMark, halalTable, chartsTitle
    case listSheet, listHeader, kitchenSheet, kitchenHeader, kitchenTitle, yes, noteSeparator, unseated, total
    case listTitle, headTableWord, halalWord, signsTitle, placeCardsTitle, placeLine, hallLegendPrint

    public static let tables: [Language: [BanquetWords: String]] = [
        .en: [
            .table: "table %1", .halalMark: "H",
            .hallTitle: "Hall plan · %1", .hallSummary: "%1 tables, %2 seats, %3 seated",
            .hallLegend: "Seen from the door; [1] head table, H halal; under each table: seated/seats",
            .door: "(door)", .noTables: "(no tables laid out for this meal)",
            .noneCharted: "(nobody seated yet: no table has a chart to print)",
            .host: "host", .deputy: "deputy host", .chiefGuest: "chief guest", .guest: "guest %1",
            .chartTitle: "Table %1 (rank %2) · %3/%4 seated", .headMark: " · head table", .halalTable: " · halal",
            .chartsTitle: "Seat chart · %1",
            .listSheet: "Seating list", .listHeader: "name\torganisation\ttable\tseat",
            .kitchenSheet: "Kitchen", .kitchenTitle: "Kitchen sheet · %1",
            .kitchenHeader: "table\trank\thalal table\tguests\thalal\tvegetarian\tother\tneeds",
            .yes: "yes", .noteSeparator: "; ", .unseated: "no seat yet", .total: "total",
            .listTitle: "Seating list · %1", .headTableWord: "head table", .halalWord: "halal",
            .signsTitle: "Table signs · %1", .placeCardsTitle: "Place cards · %1", .placeLine: "%1 · seat %2",
            .hallLegendPrint: "Seen from the door; the head table framed heavier; under each number: seated/seats",
        ],
        .zh: [
            .table: "%1 号桌", .halalMark: "清",
            .hallTitle: "桌次图 · %1", .hallSummary: "共 %1 桌 %2 座，已排 %3 人",
            .hallLegend: "从入口看；[1] 为主桌，“清”为清真桌；桌号下为已排/座位",
            .door: "（入口）", .noTables: "（本场用餐还没有布置桌位）", .noneCharted: "（还没有排座：没有座次表可印）",
            .host: "主人", .deputy: "副主人", .chiefGuest: "主宾", .guest: "宾客 %1",
            .chartTitle: "%1 号桌（第 %2 桌次）· 已排 %3/%4", .headMark: " · 主桌", .halalTable: " · 清真",
            .chartsTitle: "座次表 · %1",
            .listSheet: "座位查询", .listHeader: "姓名\t单位\t桌号\t座号",
            .kitchenSheet: "后厨", .kitchenTitle: "后厨用餐单 · %1",
            .kitchenHeader: "桌号\t桌次\t清真桌\t人数\t清真\t素食\t其他\t饮食禁忌",
            .yes: "是", .noteSeparator: "；", .unseated: "未排桌", .total: "合计",
            .listTitle: "座位查询 · %1", .headTableWord: "主桌", .halalWord: "清真",
            .signsTitle: "桌签 · %1", .placeCardsTitle: "座签 · %1", .placeLine: "%1 · %2 号座",
            .hallLegendPrint: "从入口看；主桌框线加粗；桌号下为已排/座位",
        ],
    ]

    public func columns(_ lang: Language) -> [String] { text(lang).split(separator: "\t").map(String.init) }
}
