import PlanningCore
import Typeset
import Workbook

/// The transport lists the office hands out: 接站表 and 送站表 by hub and day for the desk at the
/// station, 乘车表 a page per vehicle for its driver.
public enum TransportListKind: String, CaseIterable, Sendable {
    case pickups, dropoffs, runs

    public var title: TransportWords {
        switch self {
        case .pickups: .pickupsTitle
        case .dropoffs: .dropoffsTitle
        case .runs: .runsTitle
        }
    }
}

/// What goes on the transport lists, read once from the plan; the text, the sheet and the PDF
/// are drawn from the same rows so they never disagree.
public struct TransportLists: Sendable {
    public let plan: EventPlan
    public let language: Language
    let people: [ID<Person>: Person]
    let siteNames: [ID<Site>: String]
    let vehicles: [ID<Vehicle>: Vehicle]
    let trips: [ID<Person>: Trip]
    /// Only this day's guests and runs (`--day`); nil: the whole event.
    public let day: LocalDate?

    public init(plan: EventPlan, language: Language, day: LocalDate? = nil) {
        self.plan = plan
        self.language = language
        self.day = day
        people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        siteNames = Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        vehicles = Dictionary(plan.vehicles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        trips = Dictionary(plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// One guest on a pickup or drop-off list, with the run that carries them (nil: 未安排).
    public struct Entry: Sendable {
        public var person: Person
        public var leg: TripLeg?
        public var companions: Int
        public var run: Run?
        public var vehicle: Vehicle?
        public var escort: Person?
    }

    /// The guests of one hub on one day.
    public struct Group: Sendable {
        public var hub: String
        public var day: LocalDate?
        public var entries: [Entry]
    }

    public func site(_ id: ID<Site>?) -> String {
        id.flatMap { siteNames[$0] } ?? TransportWords.unknownHub.text(language)
    }

    /// The first run of `kind` a person rides in, by departure.
    public func run(of person: ID<Person>, _ kind: RunKind) -> Run? {
        plan.runs.filter { $0.kind == kind && $0.passengers.contains(person) }
            .min { ($0.depart, $0.key) < ($1.depart, $1.key) }
    }

    /// Everyone who asked to be fetched (or taken), or rides in such a run, grouped by day and hub,
    /// in time order within each.
    public func groups(_ kind: RunKind) -> [Group] {
        var chosen: [ID<Person>] = []
        var seen = Set<ID<Person>>()
        // A guest who withdrew is listed only while a run still carries them (the check says so).
        let expected = plan.expectedPeople
        for t in plan.trips where expected.contains(t.person) {
            let leg = kind == .pickup ? t.arrival : t.departure
            if leg?.wantsTransfer == true, seen.insert(t.person).inserted { chosen.append(t.person) }
        }
        for r in plan.runs where r.kind == kind {
            for p in r.passengers where seen.insert(p).inserted { chosen.append(p) }
        }
        let entries = chosen.compactMap { id -> Entry? in
            guard let person = people[id] else { return nil }
            let trip = trips[id]
            let ride = run(of: id, kind)
            return Entry(person: person, leg: kind == .pickup ? trip?.arrival : trip?.departure,
                         companions: trip?.companions ?? 0, run: ride, vehicle: ride?.vehicle.flatMap { vehicles[$0] },
                         escort: ride?.escort.flatMap { people[$0] })
        }
        func hub(_ e: Entry) -> ID<Site>? { e.leg?.hub ?? e.run.map { kind == .pickup ? $0.from : $0.to } }
        func dayOf(_ e: Entry) -> LocalDate? { (e.leg?.time ?? e.run?.depart)?.date }
        func time(_ e: Entry) -> Int { (e.leg?.time ?? e.run?.depart)?.minutes ?? Int.max }
        var groups: [String: Group] = [:]
        for e in entries {
            let name = site(hub(e))
            let key = "\(dayOf(e)?.dayNumber ?? Int.max)\t\(name)"
            groups[key, default: Group(hub: name, day: dayOf(e), entries: [])].entries.append(e)
        }
        // Within a day, the hub whose first guest comes first: the desk reads the day in time order.
        func order(_ g: Group) -> (Int, Int, String) {
            (g.day?.dayNumber ?? Int.max, g.entries.map(time).min() ?? Int.max, g.hub)
        }
        return groups.values.filter { day == nil || $0.day == day }.sorted { order($0) < order($1) }
            .map { g in
                var g = g
                g.entries.sort { (time($0), NameOrder.key($0.person.name), $0.person.id.raw)
                    < (time($1), NameOrder.key($1.person.name), $1.person.id.raw) }
                return g
            }
    }

    /// A vehicle's runs in time order; the runs no vehicle is given to yet come last, as one page.
    public struct Page: Sendable {
        public var vehicle: Vehicle?
        public var runs: [Run]
    }

    public func pages() -> [Page] {
        let sorted = plan.runs.filter { day == nil || $0.depart.date == day }
            .sorted { ($0.depart, $0.key) < ($1.depart, $1.key) }
        var pages = plan.vehicles.sorted { ($0.plate, $0.key) < ($1.plate, $1.key) }.map { v in
            Page(vehicle: v, runs: sorted.filter { $0.vehicle == v.id })
        }.filter { !$0.runs.isEmpty }
        let unassigned = sorted.filter { r in r.vehicle.map { vehicles[$0] == nil } ?? true }
        if !unassigned.isEmpty { pages.append(Page(vehicle: nil, runs: unassigned)) }
        return pages
    }

    // MARK: the words of a row

    public func kindWord(_ k: VehicleKind) -> String { k.label(language) }

    public func runKindWord(_ k: RunKind) -> String {
        switch k {
        case .pickup: TransportWords.pickup.text(language)
        case .dropoff: TransportWords.dropoff.text(language)
        case .visit: TransportWords.visit.text(language)
        }
    }

    /// The cells of a guest's row on the text and the PDF: time, train or flight, name, phone,
    /// companions, the run's departure (or 未安排), car, driver, driver's phone, escort.
    public func cells(_ e: Entry) -> [String] {
        let car = e.vehicle.map { $0.plate + " " + kindWord($0.kind) } ?? ""
        return [e.leg?.time?.clock ?? "", e.leg?.number ?? "", e.person.name, e.person.phone,
                e.companions > 0 ? String(e.companions) : "",
                e.run?.depart.clock ?? TransportWords.unplanned.text(language), car, e.vehicle?.driver ?? "",
                e.vehicle?.driverPhone ?? "", e.escort?.name ?? ""]
    }

    /// `德阳站 · 5月13日`
    public func heading(_ g: Group) -> String {
        [g.hub, g.day.map { DateText.day($0, language, weekday: false) }].compactMap { $0 }.joined(separator: " · ")
    }

    /// `川F·12345 · 商务车 6座 · 司机 王师傅 13900000001`, or `未派车`.
    public func heading(_ p: Page) -> String {
        guard let v = p.vehicle else { return TransportWords.noVehicle.text(language) }
        let driver = [v.driver, v.driverPhone].filter { !$0.isEmpty }.joined(separator: " ")
        return [v.plate, TransportWords.seats.text(language, kindWord(v.kind), v.seats),
                driver.isEmpty ? nil : TransportWords.driver.text(language, driver)].compactMap { $0 }
            .joined(separator: " · ")
    }

    /// `5月13日 14:40–15:05 接站 德阳站 → 旌湖宾馆 · 陪同 陈老师 13900000002`
    public func heading(_ r: Run) -> String {
        let day = DateText.day(r.depart.date, language, weekday: false)
        var text = day + " " + r.depart.clock + "–" + plan.arrival(of: r).clock + " " + runKindWord(r.kind) + " "
            + site(r.from) + " → " + site(r.to)
        if let e = r.escort.flatMap({ people[$0] }) {
            text += " · " + TransportWords.escort.text(language, [e.name, e.phone].filter { !$0.isEmpty }
                .joined(separator: " "))
        }
        return text
    }

    /// A passenger's row on a driver's page: name, phone, companions, train or flight and its time.
    public func passengerCells(_ r: Run, _ id: ID<Person>) -> [String] {
        let p = people[id]
        let trip = trips[id]
        let leg = r.kind == .dropoff ? trip?.departure : r.kind == .pickup ? trip?.arrival : nil
        let companions = trip?.companions ?? 0
        return [p?.name ?? "", p?.phone ?? "", companions > 0 ? String(companions) : "", leg?.number ?? "",
                leg?.time?.clock ?? ""]
    }

    // MARK: sheets

    /// A row per guest, the day and the hub in its first columns: for Excel and CSV.
    public func sheet(_ kind: TransportListKind) -> TableSheet {
        let lang = language
        switch kind {
        case .pickups, .dropoffs:
            let runKind: RunKind = kind == .pickups ? .pickup : .dropoff
            let rows = groups(runKind).flatMap { g in
                g.entries.map { e -> [TableCell] in
                    let v = e.vehicle
                    return [.text(g.day.map(\.description) ?? ""), .text(g.hub), .text(e.leg?.time?.clock ?? ""),
                            .text(e.leg?.number ?? ""), .text(e.person.name), .text(e.person.phone),
                            .number(e.companions),
                            .text(e.run?.depart.clock ?? TransportWords.unplanned.text(lang)),
                            .text(v?.plate ?? ""), .text(v.map { kindWord($0.kind) } ?? ""), .text(v?.driver ?? ""),
                            .text(v?.driverPhone ?? ""), .text(e.escort?.name ?? "")]
                }
            }
            return TableSheet(name: kind.title.text(lang), header: TransportWords.listHeader.columns(lang), rows: rows)
        case .runs:
            var rows: [[TableCell]] = []
            for page in pages() {
                let v = page.vehicle
                for r in page.runs {
                    let run: [TableCell] = [
                        .text(v?.plate ?? ""), .text(v.map { kindWord($0.kind) } ?? ""), .text(v?.driver ?? ""),
                        .text(v?.driverPhone ?? ""), .text(r.depart.date.description), .text(r.depart.clock),
                        .text(plan.arrival(of: r).clock), .text(runKindWord(r.kind)), .text(site(r.from)),
                        .text(site(r.to)), .text(r.escort.flatMap { people[$0]?.name } ?? ""),
                    ]
                    let riders = r.passengers.isEmpty ? [["", "", "", "", ""]]
                        : r.passengers.map { passengerCells(r, $0) }
                    for p in riders {
                        rows.append(run + [.text(p[0]), .text(p[1]), p[2].isEmpty ? .number(0) : .number(Int(p[2])!),
                                           .text(p[3]), .text(p[4])])
                    }
                }
            }
            return TableSheet(name: kind.title.text(lang), header: TransportWords.runsHeader.columns(lang), rows: rows)
        }
    }

    // MARK: PDF

    /// The list on A4 landscape pages (a driver's: one vehicle to a page, continued when long),
    /// each page headed by the title and numbered.
    public func pdf(_ kind: TransportListKind) -> (bytes: [UInt8], notes: PrintNotes) {
        let lang = language
        let title = TransportWords.title.text(lang, kind.title.text(lang), plan.event.name)
        var blocks: [PrintBlock] = []
        switch kind {
        case .pickups, .dropoffs:
            for g in groups(kind == .pickups ? .pickup : .dropoff) {
                blocks.append(PrintBlock(heading: heading(g), header: TransportWords.columns.columns(lang),
                                         rows: g.entries.map { (person: $0.person.name, cells: cells($0)) },
                                         widths: Self.listColumns, nameColumn: 2, newPage: false))
            }
        case .runs:
            for page in pages() {
                for (i, r) in page.runs.enumerated() {
                    blocks.append(PrintBlock(
                        heading: (i == 0 ? heading(page) + "\n" : "") + heading(r),
                        header: TransportWords.passengerColumns.columns(lang),
                        rows: r.passengers.map { (person: people[$0]?.name, cells: passengerCells(r, $0)) },
                        widths: Self.passengerColumns, nameColumn: 0, newPage: i == 0))
                }
            }
        }
        return PrintBlock.draw(blocks, title: title, date: PrintCanvas.date(of: plan.event), language: lang)
    }

    /// Millimetres across the 277 of a landscape page with 10 mm margins.
    static let listColumns = [16.0, 22, 34, 30, 12, 18, 40, 22, 30, 53]
    static let passengerColumns = [60.0, 45, 20, 40, 30]
}

/// A heading and a table under it, as the transport lists are printed.
struct PrintBlock {
    var heading: String
    var header: [String]
    var rows: [(person: String?, cells: [String])]
    var widths: [Double]
    /// The column of the person's name: what did not fit there is told against them.
    var nameColumn: Int
    /// Starts a page of its own (a driver's sheet).
    var newPage: Bool
    /// A group per row (a room of the 分房表): a group's rows go on one page, unless it is longer
    /// than a page. Empty: rows flow freely.
    var together: [Int] = []

    static let rowHeight = 7.0, top = 24.0, bottom = 195.0, left = 10.0

    static func draw(_ blocks: [PrintBlock], title: String, date: String, language: Language)
        -> (bytes: [UInt8], notes: PrintNotes)
    {
        // Laid out first, so every page can say how many there are.
        enum Item { case heading(String), header([String], [Double]), row(String?, [String], [Double], Int) }
        var pages: [[(Double, Item)]] = [[]]
        var y = top
        func place(_ item: Item, height: Double) {
            if y + height > bottom { pages.append([]); y = top }
            pages[pages.count - 1].append((y, item))
            y += height
        }
        for b in blocks {
            if b.newPage && !(pages.last?.isEmpty ?? true) { pages.append([]); y = top }
            let lines = Double(b.heading.split(separator: "\n").count)
            // A heading is never left alone at the foot of a page (nor with part of its first group).
            let first = b.together.first.map { g in b.together.prefix { $0 == g }.count } ?? 1
            if y + 6 * lines + Double(1 + first) * rowHeight > bottom { pages.append([]); y = top }
            place(.heading(b.heading), height: 6 * lines + 1)
            place(.header(b.header, b.widths), height: rowHeight)
            if b.rows.isEmpty {
                place(.row(nil, [TransportWords.nobody.text(language)], [b.widths.reduce(0, +)], -1), height: rowHeight)
            }
            // A list going on over a page says whose it is again, with its columns' names: a hotel's
            // front desk reading page 3 needs both.
            let continued = TransportWords.continued.text(
                language, String(b.heading.split(separator: "\n").first ?? ""))
            func nextPage() {
                pages.append([])
                y = top
                place(.heading(continued), height: 7)
                place(.header(b.header, b.widths), height: rowHeight)
            }
            for (i, r) in b.rows.enumerated() {
                if i < b.together.count, i == 0 || b.together[i] != b.together[i - 1] {
                    let height = Double(b.together[i...].prefix { $0 == b.together[i] }.count) * rowHeight
                    if y + height > bottom && top + 7 + rowHeight + height <= bottom && i > 0 { nextPage() }
                }
                if y + rowHeight > bottom { nextPage() }
                place(.row(r.person, r.cells, b.widths, b.nameColumn), height: rowHeight)
            }
            y += 4
        }
        // An empty list says so, as its text does, rather than print a blank page.
        if blocks.isEmpty { place(.heading(TransportWords.empty.text(language)), height: 7) }
        let canvas = PrintCanvas(title: title, date: date)
        for (index, page) in pages.enumerated() {
            canvas.canvas.startPage(PageSize.a4.landscape)
            canvas.text(title, in: PrintCanvas.box(left, 9, 277, 9),
                        style: TextStyle(size: 14, minimumSize: 9, alignment: .center, bold: true))
            for (top, item) in page {
                switch item {
                case .heading(let text):
                    let lines = text.split(separator: "\n").map(String.init)
                    for (i, l) in lines.enumerated() {
                        canvas.text(l, in: PrintCanvas.box(left, top + 6 * Double(i), 277, 6),
                                    style: TextStyle(size: 11, minimumSize: 7, bold: true))
                    }
                case .header(let cells, let widths):
                    row(canvas, cells, widths, top: top, person: nil, nameColumn: -1, header: true)
                case .row(let person, let cells, let widths, let name):
                    row(canvas, cells, widths, top: top, person: person, nameColumn: name, header: false)
                }
            }
            canvas.text(PrintWords.page.text(language, index + 1, pages.count), in: PrintCanvas.box(left, 198, 277, 6),
                        style: TextStyle(size: 9, alignment: .center))
        }
        return (canvas.finish(), canvas.notes)
    }

    private static func row(_ canvas: PrintCanvas, _ cells: [String], _ widths: [Double], top: Double,
                            person: String?, nameColumn: Int, header: Bool) {
        var x = left
        for (column, (cell, width)) in zip(cells, widths).enumerated() {
            canvas.canvas.frame(PrintCanvas.box(x, top, width, rowHeight), width: header ? 0.6 : 0.3)
            canvas.text(cell, in: PrintCanvas.box(x + 1, top, width - 2, rowHeight),
                        style: TextStyle(size: header ? 9 : 9.5, minimumSize: 6, bold: header),
                        person: person, field: person != nil && column == nameColumn ? .name : nil)
            x += width
        }
    }
}

/// The words of the transport lists (and of the notices, which speak of the same runs).
public enum TransportWords: String, Phrasebook, Sendable {
    case pickupsTitle, dropoffsTitle, runsTitle, title, unknownHub, unplanned, noVehicle, nobody
    case pickup, dropoff, visit, seats, driver, escort
    case columns, passengerColumns, listHeader, runsHeader, empty, continued

    public static let tables: [Language: [TransportWords: String]] = [
        .en: [
            .pickupsTitle: "Pickups", .dropoffsTitle: "Drop-offs", .runsTitle: "Run sheet", .title: "%1 · %2",
            .unknownHub: "(hub not given)", .unplanned: "not arranged", .noVehicle: "No vehicle yet",
            .nobody: "(no passengers)", .continued: "%1 (continued)",
            .pickup: "pickup", .dropoff: "drop-off", .visit: "visit", .seats: "%1, %2 seats", .driver: "driver %1",
            .escort: "escort %1",
            .columns: "time\ttrain/flight\tname\tphone\twith\trun\tcar\tdriver\tdriver's phone\tescort",
            .passengerColumns: "name\tphone\twith\ttrain/flight\ttime",
            .listHeader: "date\thub\ttime\ttrain/flight\tname\tphone\tcompanions\trun departs\tplate\tvehicle\t"
                + "driver\tdriver's phone\tescort",
            .runsHeader: "plate\tvehicle\tdriver\tdriver's phone\tdate\tdeparts\tarrives\tkind\tfrom\tto\tescort\t"
                + "passenger\tphone\tcompanions\ttrain/flight\ttime",
            .empty: "(nobody)",
        ],
        .zh: [
            .pickupsTitle: "接站表", .dropoffsTitle: "送站表", .runsTitle: "乘车表", .title: "%1 · %2",
            .unknownHub: "（未填站点）", .unplanned: "未安排", .noVehicle: "未派车", .nobody: "（无乘客）",
            .continued: "%1（续）",
            .pickup: "接站", .dropoff: "送站",
            .visit: "参观", .seats: "%1 %2座", .driver: "司机 %1", .escort: "陪同 %1",
            .columns: "时间\t车次/航班\t姓名\t手机\t随行\t发车\t车辆\t司机\t司机电话\t陪同",
            .passengerColumns: "姓名\t手机\t随行\t车次/航班\t时间",
            .listHeader: "日期\t站点\t时间\t车次/航班\t姓名\t手机\t随行人数\t发车时间\t车牌\t车型\t司机\t"
                + "司机电话\t陪同",
            .runsHeader: "车牌\t车型\t司机\t司机电话\t日期\t发车\t到达\t类型\t出发地\t目的地\t陪同\t乘客\t"
                + "手机\t随行人数\t车次/航班\t时间",
            .empty: "（无）",
        ],
    ]

    public func columns(_ lang: Language) -> [String] { text(lang).split(separator: "\t").map(String.init) }
}
