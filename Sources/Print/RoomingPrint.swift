import PlanningCore
import Typeset
import Workbook

/// What goes on the rooming lists, read once from the plan: the 分房表 each hotel's front desk
/// gets (a row per guest, sorted by room), the nightly counts for the contract (间夜), and the
/// line the check-in desk and the notices say. The text, the sheets and the PDF are drawn from
/// the same rows so they never disagree.
public struct RoomingLists: Sendable {
    public let plan: EventPlan
    public let language: Language
    /// Only this hotel's rooms (`--hotel`); nil: every hotel that holds a block.
    public let hotel: ID<Site>?
    let people: [ID<Person>: Person]
    let blocks: [ID<RoomBlock>: RoomBlock]
    let siteNames: [ID<Site>: String]

    /// `row`: where a person is in the plan's people, when the caller keeps that (the UI does):
    /// only the lodged are then looked up, not a dictionary made of 100,000 attendees per frame's
    /// edit.
    public init(plan: EventPlan, language: Language, hotel: ID<Site>? = nil, row: ((ID<Person>) -> Int?)? = nil) {
        self.plan = plan
        self.language = language
        self.hotel = hotel
        if let row {
            var lodged: [ID<Person>: Person] = [:]
            for a in plan.roomAssignments where lodged[a.person] == nil {
                if let i = row(a.person) { lodged[a.person] = plan.people[i] }
            }
            people = lodged
        } else {
            people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
        blocks = Dictionary(plan.roomBlocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        siteNames = Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// One guest in one room for a run of nights: a line of a hotel's 分房表.
    public struct Entry: Sendable {
        public var assignment: RoomAssignment
        public var block: RoomBlock
        public var person: Person?
        public var room: String
    }

    /// A hotel's front-desk list.
    public struct Hotel: Sendable {
        public var id: ID<Site>
        public var name: String
        public var entries: [Entry]
    }

    public func site(_ id: ID<Site>) -> String { siteNames[id] ?? "" }

    /// The hotels with a block (the one asked for, or all), by name in the plan's site order,
    /// each with its guests sorted by room, then check-in, then name.
    public func hotels() -> [Hotel] {
        var order: [ID<Site>] = []
        for b in plan.roomBlocks where hotel == nil || b.hotel == hotel {
            if !order.contains(b.hotel) { order.append(b.hotel) }
        }
        let sites = plan.sites.map(\.id)
        order.sort { (sites.firstIndex(of: $0) ?? Int.max) < (sites.firstIndex(of: $1) ?? Int.max) }
        // One pass over the assignments, each entry's sort key made once: the Rooms pane orders
        // its guests by these lists after every edit.
        // Entries are sorted as indices: moving the entries themselves (a person and a block
        // each) costs more than comparing them.
        var entries: [Entry] = [], keys: [RoomOrder] = []
        var byHotel: [ID<Site>: [Int]] = [:]
        for a in plan.roomAssignments {
            guard let b = blocks[a.block], hotel == nil || b.hotel == hotel else { continue }
            let e = Entry(assignment: a, block: b, person: people[a.person],
                          room: plan.roomLabel(block: b, room: a.room, language))
            byHotel[b.hotel, default: []].append(entries.count)
            keys.append(Self.roomOrder(e))
            entries.append(e)
        }
        return order.map { h in
            let sorted = (byHotel[h] ?? []).sorted { i, j in
                if keys[i] != keys[j] { return keys[i] < keys[j] }
                let (a, b) = (entries[i], entries[j])
                if a.assignment.checkIn != b.assignment.checkIn { return a.assignment.checkIn < b.assignment.checkIn }
                return (a.person?.name ?? "", a.assignment.key) < (b.person?.name ?? "", b.assignment.key)
            }
            return Hotel(id: h, name: site(h), entries: sorted.map { entries[$0] })
        }
    }

    /// Numbered rooms by their number as a number (`908` before `1208`), then labelled ones by
    /// type and ordinal (`标间-2` before `标间-10`): the order the front desk walks its keys in.
    static func roomOrder(_ e: Entry) -> RoomOrder {
        let n = Int(e.assignment.room) ?? Int.max
        return RoomOrder(labelled: e.block.isNumbered ? 0 : 1, type: e.block.isNumbered ? "" : e.block.type.rawValue,
                         block: e.block.isNumbered ? "" : e.block.key, number: n, text: e.assignment.room)
    }

    struct RoomOrder: Comparable {
        var labelled: Int, type: String, block: String, number: Int, text: String
        static func < (a: Self, b: Self) -> Bool {
            (a.labelled, a.type, a.block, a.number, a.text) < (b.labelled, b.type, b.block, b.number, b.text)
        }
    }

    /// `5月13–15日` (the nights of the 13th and 14th, leaving the 15th), `5月31日–6月2日`;
    /// `13–15 May`, `31 May–2 June`.
    public static func nights(_ checkIn: LocalDate, _ checkOut: LocalDate, _ lang: Language) -> String {
        let a = checkIn.components, b = checkOut.components
        if lang == .zh {
            return a.month == b.month && a.year == b.year
                ? "\(a.month)月\(a.day)–\(b.day)日" : "\(a.month)月\(a.day)日–\(b.month)月\(b.day)日"
        }
        return a.month == b.month && a.year == b.year
            ? "\(a.day)–" + DateText.day(checkOut, lang, weekday: false)
            : DateText.day(checkIn, lang, weekday: false) + "–" + DateText.day(checkOut, lang, weekday: false)
    }

    /// `德阳旌湖宾馆 1208，5月13–15日`: where a guest sleeps, as the check-in desk and the notices
    /// say it; a guest moved mid-stay has each room in order. nil when they have none.
    public func stay(of person: ID<Person>) -> String? { Self.stay(of: person, in: plan, language) }

    /// The same, read off the plan without the lists' lookups: the desk asks for one guest at a
    /// time, and gathering every person for that would cost a frame.
    public static func stay(of person: ID<Person>, in plan: EventPlan, _ lang: Language) -> String? {
        let mine = plan.roomAssignments.filter { $0.person == person }.sorted { $0.checkIn < $1.checkIn }
        guard !mine.isEmpty else { return nil }
        return mine.compactMap { a -> String? in
            guard let b = plan.roomBlocks.first(where: { $0.id == a.block }) else { return nil }
            let hotel = plan.sites.first { $0.id == b.hotel }?.name ?? ""
            return RoomingWords.where.text(lang, hotel, plan.roomLabel(block: b, room: a.room, lang),
                                           nights(a.checkIn, a.checkOut, lang))
        }.joined(separator: RoomingWords.separator.text(lang))
    }

    /// A 分房表 line: room, type, name, gender, nights (with how many), phone.
    public func cells(_ e: Entry) -> [String] {
        let span = e.assignment.span
        return [e.room, e.block.type.text(language), e.person?.name ?? "", e.person?.gender ?? "",
                Self.nights(span.checkIn, span.checkOut, language)
                    + Plural(one: RoomingWords.nightCountOne, other: .nightCount).text(language, span.count),
                e.person?.phone ?? ""]
    }

    public func heading(_ h: Hotel) -> String {
        let rooms = Set(h.entries.map { "\($0.block.id.raw)/\($0.assignment.room)" }).count
        return RoomingWords.hotelHeading.text(language, h.name, rooms, h.entries.count)
    }

    /// A sheet per hotel, for the front desk's workbook.
    public func sheets() -> [TableSheet] {
        let header = RoomingWords.columns.columns(language)
        let list = hotels()
        if list.isEmpty { return [TableSheet(name: RoomingWords.listTitle.text(language), header: header, rows: [])] }
        var used = Set<String>()
        return list.map { h in
            // Sheet names are unique and at most 31 characters, as spreadsheets demand.
            var name = String(h.name.prefix(28))
            if name.isEmpty { name = RoomingWords.listTitle.text(language) }
            var n = 2
            let base = name
            while !used.insert(name).inserted { name = base + "-\(n)"; n += 1 }
            return TableSheet(name: name, header: header, rows: h.entries.map { cells($0).map(TableCell.text) })
        }
    }

    /// One table of every hotel's guests, the hotel first: the CSV's one sheet.
    public func sheet() -> TableSheet {
        TableSheet(
            name: RoomingWords.listTitle.text(language),
            header: [RoomingWords.hotel.text(language)] + RoomingWords.columns.columns(language),
            rows: hotels().flatMap { h in h.entries.map { ([h.name] + cells($0)).map(TableCell.text) } })
    }

    // MARK: room-nights (间夜) for the contract

    /// Rooms held and used on each night of one hotel's blocks of one type.
    public struct NightRow: Sendable {
        public var hotel: String
        public var type: RoomType
        /// Per night (the columns, `nights`): rooms used and rooms held.
        public var counts: [(used: Int, held: Int)]
        public var usedTotal: Int { counts.map(\.used).reduce(0, +) }
        public var heldTotal: Int { counts.map(\.held).reduce(0, +) }
    }

    /// Every night any block of the hotels holds rooms, in order.
    public var nightColumns: [LocalDate] {
        Set(plan.roomBlocks.filter { hotel == nil || $0.hotel == hotel }.flatMap { $0.nights.map(\.night) }).sorted()
    }

    /// A row per hotel and room type (blocks of one type summed), in the hotels' order, then
    /// single, twin, suite.
    public func nightRows() -> [NightRow] {
        let nights = nightColumns
        var used: [ID<RoomBlock>: [LocalDate: Set<String>]] = [:]
        for a in plan.roomAssignments {
            for n in a.span.nights { used[a.block, default: [:]][n, default: []].insert(a.room) }
        }
        return hotels().flatMap { h in
            RoomType.allCases.compactMap { type -> NightRow? in
                let mine = plan.roomBlocks.filter { $0.hotel == h.id && $0.type == type }
                guard !mine.isEmpty else { return nil }
                let counts = nights.map { n in
                    (used: mine.map { used[$0.id]?[n]?.count ?? 0 }.reduce(0, +),
                     held: mine.map { $0.rooms(on: n) }.reduce(0, +))
                }
                return NightRow(hotel: h.name, type: type, counts: counts)
            }
        }
    }

    /// 酒店, 房型, then `used/held` per night, then the room-nights used and held.
    public func nightsSheet() -> TableSheet {
        let lang = language
        let header = [RoomingWords.hotel.text(lang), RoomingWords.type.text(lang)]
            + nightColumns.map { DateText.day($0, lang, weekday: false) }
            + [RoomingWords.roomNightsUsed.text(lang), RoomingWords.roomNightsHeld.text(lang)]
        return TableSheet(
            name: RoomingWords.nightsTitle.text(lang), header: header,
            rows: nightRows().map { r in
                // Not `3/3`: a spreadsheet opening the CSV reads that as the 3rd of March.
                ([r.hotel, r.type.text(lang)] + r.counts.map { RoomingWords.usedOfHeld.text(lang, $0.used, $0.held) })
                    .map(TableCell.text)
                    + [.number(r.usedTotal), .number(r.heldTotal)]
            })
    }

    // MARK: PDF

    /// The 分房表 on A4 landscape pages, a hotel to a page (continued when long, a room's guests
    /// never split between two pages), headed by the title and numbered.
    public func pdf() -> (bytes: [UInt8], notes: PrintNotes) {
        let lang = language
        let title = RoomingWords.title.text(lang, RoomingWords.listTitle.text(lang), plan.event.name)
        let blocks = hotels().map { h in
            // A room's guests stay on one page: the front desk hands its key to them together.
            var room = 0
            let together = h.entries.indices.map { i in
                if i > 0, (h.entries[i].block.id, h.entries[i].assignment.room)
                    != (h.entries[i - 1].block.id, h.entries[i - 1].assignment.room) { room += 1 }
                return room
            }
            return PrintBlock(heading: heading(h), header: RoomingWords.columns.columns(lang),
                              rows: h.entries.map { (person: $0.person?.name, cells: cells($0)) },
                              widths: Self.columnWidths, nameColumn: 2, newPage: true, together: together)
        }
        return PrintBlock.draw(blocks, title: title, date: PrintCanvas.date(of: plan.event), language: lang)
    }

    /// Millimetres across the 277 of a landscape page with 10 mm margins.
    static let columnWidths = [35.0, 30, 60, 22, 70, 60]
}

/// The words of the rooming lists, the desk's line and the notices.
public enum RoomingWords: String, Phrasebook {
    case listTitle, nightsTitle, title, hotel, type, columns, hotelHeading, nightCount, roomNightsUsed, roomNightsHeld
    case nightCountOne, usedOfHeld
    case `where`, separator, empty, noBlocks

    public static let tables: [Language: [RoomingWords: String]] = [
        .en: [
            .listTitle: "Rooming list", .nightsTitle: "Room-nights", .title: "%1 · %2", .hotel: "Hotel",
            .type: "Room type", .columns: "Room\tType\tName\tGender\tNights\tPhone",
            .hotelHeading: "%1 · rooms: %2, guests: %3", .nightCount: " (%1 nights)", .nightCountOne: " (1 night)",
            .roomNightsUsed: "Room-nights used", .roomNightsHeld: "Room-nights held", .usedOfHeld: "%1 of %2",
            .where: "%1 %2, %3", .separator: "; ", .empty: "No rooms assigned.", .noBlocks: "No hotel holds rooms yet.",
        ],
        .zh: [
            .listTitle: "分房表", .nightsTitle: "间夜统计", .title: "%1 · %2", .hotel: "酒店",
            .type: "房型", .columns: "房号\t房型\t姓名\t性别\t入住日期\t电话",
            .hotelHeading: "%1 · %2间，%3人", .nightCount: "（%1晚）", .nightCountOne: "（1晚）",
            .roomNightsUsed: "已用间夜", .roomNightsHeld: "预留间夜", .usedOfHeld: "%1（订%2）",
            .where: "%1 %2，%3", .separator: "；", .empty: "尚未分房。", .noBlocks: "尚未预留酒店房间。",
        ],
    ]

    /// A tab-separated list of column names, as the header of a table.
    public func columns(_ lang: Language) -> [String] { text(lang).split(separator: "\t").map(String.init) }
}
