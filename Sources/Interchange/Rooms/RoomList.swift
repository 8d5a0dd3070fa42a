import Codecs
import PlanningCore
import Workbook

/// What a column of a hotel's confirmation (确认函) holds.
public enum RoomField: String, CaseIterable, Sendable {
    case hotel, type, beds, rooms, checkIn = "check-in", checkOut = "check-out", number, floor, notes

    /// Headers as hotels and staff write them, compared as `AttendeeColumns.headerKey` forms.
    static let synonyms: [RoomField: [String]] = [
        .hotel: ["酒店", "宾馆", "饭店", "酒店名称", "宾馆名称", "入住酒店", "住宿酒店", "协议酒店", "hotel",
                 "hotel name"],
        .type: ["房型", "房间类型", "房间类别", "客房类型", "房类", "类型", "room type", "type"],
        .beds: ["床位", "床位数", "床数", "每间床位", "beds", "beds per room"],
        .rooms: ["间数", "房间数", "房数", "预订间数", "预留间数", "数量", "间", "rooms", "number of rooms", "count"],
        .checkIn: ["入住日期", "入住", "入住时间", "到店日期", "check-in", "check in", "checkin", "from"],
        .checkOut: ["离店日期", "离店", "离店时间", "退房日期", "退房", "check-out", "check out", "checkout", "to"],
        .number: ["房号", "房间号", "房间号码", "房间", "room", "room number", "room no", "room no."],
        .floor: ["楼层", "层", "所在楼层", "floor"],
        .notes: ["备注", "说明", "notes", "note", "remarks"],
    ]

    private static let byKey: [String: RoomField] = AttendeeColumns.headerIndex(synonyms)

    public static func recognise(_ header: String) -> RoomField? { byKey[AttendeeColumns.headerKey(header)] }
}

/// The words of `import rooms` (issue 36): the list's problems and what the import did.
public enum RoomListWords: String, Phrasebook {
    case noHotel, noType, unknownType, badBeds, badRooms, noRooms, badDate, noDates, outBeforeIn, badFloor
    case sameNumber, rowNotImported, importedWithout
    case readAs, newHotel, added, updated, unchanged, unchangedOne, rejected, rejectedOne
    case importedInto, dryRun, nothingToChange, noneImported, nights, numbered, roomGone
    case numberedCount, renumbered, renumberGone, notesKept, otherColumns

    public static let tables: [Language: [RoomListWords: String]] = [
        .en: [
            .noHotel: "no hotel", .noType: "no room type",
            .unknownType: "\"%1\" is not a room type (单间/大床, 标间/双床, 套房)",
            .badBeds: "\"%1\" is not a number of beds", .badRooms: "\"%1\" is not a number of rooms",
            .noRooms: "neither a number of rooms (间数) nor a room number (房号)",
            .badDate: "\"%1\" is not a date (5月13日, 2026-05-13, 5.13)", .noDates: "no check-in or check-out date",
            .outBeforeIn: "check-out %1 is not after check-in %2", .badFloor: "\"%1\" is not a floor",
            .sameNumber: "room %1 is on line %2 too: this later row was taken",
            .rowNotImported: " (the row was not imported)", .importedWithout: " (the row was imported without it)",
            .readAs: "%1: header in line %2, %3 rows",
            .newHotel: "\"%1\" is no site of the event: it is added as a hotel; set its travel times",
            .added: "added %1 %2: %3", .updated: "updated %1 %2: %3 → %4",
            .unchanged: "%1 blocks unchanged", .unchangedOne: "1 block unchanged",
            .rejected: "%1 rows not imported", .rejectedOne: "1 row not imported",
            .importedInto: "imported into %1", .dryRun: "dry run: nothing was changed",
            .nothingToChange: "every block is as the list says: nothing to change",
            .noneImported: "no row of the list could be imported",
            .nights: "%1 rooms on %2", .numbered: "rooms %1",
            .roomGone: "room %1 of %2 is not on the hotel's new list: %3 no longer lodged there (place them again "
                + "with `confplan rooms assign`)",
            .numberedCount: "the numbered rooms of %1 %2 are the rooms it held by count, not more of them: "
                + "the block is numbered now, and its guests take the numbers in order",
            .renumbered: "%1: %2 %3 → %4",
            .notesKept: "%1 %2: notes kept with the block: %3",
            .otherColumns: "columns %1 are none confplan reads: what they hold is kept as the blocks' notes",
            .renumberGone: "%1: %2 %3 has no number left for all their nights: the room is taken back (place "
                + "them again with `confplan rooms assign`)",
        ],
        .zh: [
            .noHotel: "没有酒店", .noType: "没有房型",
            .unknownType: "“%1”不是房型（单间/大床、标间/双床、套房）",
            .badBeds: "“%1”不是床位数", .badRooms: "“%1”不是间数",
            .noRooms: "既没有间数也没有房号",
            .badDate: "“%1”不是日期（应如：5月13日、2026-05-13、5.13）", .noDates: "没有入住日期或离店日期",
            .outBeforeIn: "离店日期%1不晚于入住日期%2", .badFloor: "“%1”不是楼层",
            .sameNumber: "第 %2 行也是房间 %1：按后一行导入",
            .rowNotImported: "（该行未导入）", .importedWithout: "（该行已导入，此项未保存）",
            .readAs: "%1：表头在第 %2 行，共 %3 行",
            .newHotel: "“%1”不是本次会议已有的地点：已新建为酒店；请设置它的路程时间",
            .added: "新增 %1 %2：%3", .updated: "修改 %1 %2：%3 → %4",
            .unchanged: "%1 个房源没有变化", .unchangedOne: "1 个房源没有变化",
            .rejected: "%1 行未导入", .rejectedOne: "1 行未导入",
            .importedInto: "已导入 %1", .dryRun: "试运行：没有做任何修改",
            .nothingToChange: "房源都与名单一致：没有要修改的",
            .noneImported: "名单中没有可以导入的行",
            .nights: "%2 %1 间", .numbered: "房号 %1",
            .roomGone: "%2 %1 房不在酒店新的确认单中：%3 的这间房已退回（请用 confplan rooms assign 重新分房）",
            .numberedCount: "%1 %2 的房号就是原按间数预留的房间，不另加：该房源改为按房号，已入住的客人按顺序换到房号",
            .renumbered: "%1：%2 %3 → %4",
            .notesKept: "%1 %2：备注已存为房源备注：%3",
            .otherColumns: "未识别的列 %1：其内容已存为房源备注",
            .renumberGone: "%1：%2 %3 没有住得下全部夜晚的房号：这间房已退回（请用 confplan rooms assign 重新分房）",
        ],
    ]
}

/// One row of the confirmation, cleaned: a block of rooms for a span of nights, or one numbered room.
public struct RoomRow: Hashable, Sendable {
    public var line: Int
    public var hotel: String
    public var type: RoomType
    public var beds: Int?
    /// Rooms a night; 1 for a numbered room.
    public var rooms: Int
    public var span: NightSpan
    public var number: RoomNumber?
    public var notes = ""
}

public struct RoomListProblem: Hashable, Sendable {
    public var line: Int
    public var column: String
    public var text: RoomListWords
    public var arguments: [String]
    public var rejected: Bool

    public func reason(_ lang: Language) -> String {
        let tail: String = if case .sameNumber = text { "" } else {
            (rejected ? RoomListWords.rowNotImported : .importedWithout).text(lang)
        }
        return Sanitize.forTerminal(text.text(lang, arguments: arguments) + tail)
    }
}

/// A hotel's confirmation of the rooms it holds (`酒店、房型、床位、间数、入住日期、离店日期`, or one row
/// per `房号` with its `楼层`), CSV or a workbook, read before it meets the event's blocks.
public struct RoomList: Sendable {
    public var file: String
    public var headerLine: Int
    public var columns: [(header: String, field: RoomField?)]
    public var rows: [RoomRow]
    public var problems: [RoomListProblem]
    /// Rows under the header that hold anything, imported or not.
    public var read = 0

    /// `year`: the event's, for days written without one.
    public static func read(_ bytes: [UInt8], file: String, encoding: TextEncoding? = nil, sheet: String? = nil,
                            year: Int) throws(InputError) -> RoomList {
        if Workbook.looksLikeOne(bytes) {
            let book = try Workbook(bytes, file: file)
            if let sheet {
                guard let picked = book.sheets.first(where: { $0.name == sheet })
                    ?? Int(sheet).flatMap({ n in n >= 1 && n <= book.sheets.count ? book.sheets[n - 1] : nil })
                else {
                    throw InputError(file: file, line: 0, .noSuchSheet, sheet,
                                     book.sheets.map(\.name).joined(separator: ", "))
                }
                return try read(records: try book.records(of: picked), file: file + ":" + picked.name, year: year)
            }
            var first: InputError?
            for s in book.sheets where !s.hidden {
                do throws(InputError) {
                    return try read(records: try book.records(of: s), file: file + ":" + s.name, year: year)
                } catch {
                    if first == nil { first = error }
                }
            }
            throw first ?? InputError(file: file, line: 0, .noSheets)
        }
        let decoded = try TextDecoding.decode(bytes, file: file, forced: encoding)
        let records = try CSVReader.records(decoded.text, delimiter: CSVReader.detectDelimiter(decoded.text),
                                            file: file)
        return try read(records: records, file: file, year: year)
    }

    public static func read(records: [CSVRecord], file: String, year: Int) throws(InputError) -> RoomList {
        guard let at = records.prefix(10).firstIndex(where: { r in
            r.fields.contains { RoomField.recognise(String($0.trimmingSpaces)) == .hotel }
        }) else {
            guard let first = records.first(where: { !$0.isBlank }) else {
                throw InputError(file: file, line: 0, .noHotelColumn, "")
            }
            let seen = first.fields.map { String($0.trimmingSpaces) }.joined(separator: ", ")
            throw InputError(file: file, line: first.line, .noHotelColumn, seen)
        }
        var columns: [(header: String, field: RoomField?)] = []
        var taken = Set<RoomField>()
        for h in records[at].fields.map({ String($0.trimmingSpaces) }) {
            let f = RoomField.recognise(h).flatMap { taken.contains($0) ? nil : $0 }
            if let f { taken.insert(f) }
            columns.append((h, f))
        }
        var list = RoomList(file: file, headerLine: records[at].line, columns: columns, rows: [], problems: [])
        var byNumber: [String: Int] = [:]
        for r in records[(at + 1)...] where !r.isBlank {
            list.read += 1
            guard let row = list.row(r, year: year) else { continue }
            if let n = row.number {
                let key = TextFolding.matchKey(row.hotel) + "\u{1}" + n.number
                if let first = byNumber[key] {
                    // A room twice is one room: the later row is the hotel's correction.
                    list.problems.append(RoomListProblem(
                        line: r.line, column: list.header(.number), text: .sameNumber,
                        arguments: [n.number, "\(list.rows[first].line)"], rejected: false))
                    list.rows[first] = row
                    continue
                }
                byNumber[key] = list.rows.count
            }
            list.rows.append(row)
        }
        return list
    }

    /// Headers of columns no field is read from (their cells go to the blocks' notes), as written;
    /// an unnamed one as `第3列`.
    public var otherColumns: [String] {
        columns.enumerated().filter { $0.element.field == nil }.map { i, c in
            c.header.isEmpty ? "第\(i + 1)列" : c.header
        }
    }

    /// The column's header as the file writes it; for a column the file lacks, its usual name (`房型`).
    func header(_ f: RoomField) -> String {
        columns.first { $0.field == f }?.header ?? RoomField.synonyms[f]?.first ?? f.rawValue
    }

    /// 单间/大床 (one guest), 标间/双床 (two beds), 套房.
    public static func type(_ raw: String) -> RoomType? {
        let s = TextFolding.matchKey(TravelValues.folded(raw))
        let words: [(RoomType, [String])] = [
            (.suite, ["套房", "套间", "suite"]),
            (.twin, ["标间", "标准间", "标准房", "双床", "双人间", "两人间", "二人间", "双人房", "双标", "twin",
                      "standard"]),
            (.single, ["单间", "大床", "单人间", "单人房", "商务单间", "single", "king", "queen",
                        "double"]),
        ]
        for (type, names) in words where names.contains(where: s.contains) { return type }
        return nil
    }

    mutating func row(_ r: CSVRecord, year: Int) -> RoomRow? {
        let line = r.line
        var rejected = false
        func value(_ f: RoomField) -> String {
            guard let i = columns.firstIndex(where: { $0.field == f }), i < r.fields.count else { return "" }
            return AttendeeValues.text(r.fields[i])
        }
        func problem(_ f: RoomField, _ text: RoomListWords, _ args: [String] = [], reject: Bool = false) {
            problems.append(RoomListProblem(line: line, column: header(f), text: text, arguments: args,
                                            rejected: reject))
            if reject { rejected = true }
        }
        let hotel = value(.hotel)
        if hotel.isEmpty { problem(.hotel, .noHotel, reject: true) }
        let rawType = value(.type)
        let type = Self.type(rawType)
        if rawType.isEmpty { problem(.type, .noType, reject: true) } else if type == nil {
            problem(.type, .unknownType, [rawType], reject: true)
        }
        var beds: Int?
        let rawBeds = value(.beds)
        if !rawBeds.isEmpty {
            if let n = TravelValues.count(rawBeds.replacingOccurrences(of: "床", with: "")), n >= 1 { beds = n } else {
                problem(.beds, .badBeds, [rawBeds])
            }
        }
        let rawNumber = value(.number)
        var number: RoomNumber?
        if !rawNumber.isEmpty {
            var floor: Int?
            let rawFloor = value(.floor)
            if !rawFloor.isEmpty {
                let f = TravelValues.folded(rawFloor).replacingOccurrences(of: "楼", with: "")
                    .replacingOccurrences(of: "层", with: "").replacingOccurrences(of: "F", with: "")
                if let n = Int(f) ?? ChineseNumbers.value(Substring(f)) { floor = n } else {
                    problem(.floor, .badFloor, [rawFloor])
                }
            }
            number = RoomNumber(rawNumber, floor: floor)
        }
        var rooms = 1
        let rawRooms = value(.rooms)
        if number == nil {
            if rawRooms.isEmpty {
                problem(columns.contains { $0.field == .rooms } ? .rooms : .number, .noRooms, reject: true)
            } else if let n = TravelValues.count(rawRooms.replacingOccurrences(of: "间", with: "")) {
                rooms = n
            } else {
                problem(.rooms, .badRooms, [rawRooms], reject: true)
            }
        }
        var days: [LocalDate?] = []
        for f in [RoomField.checkIn, .checkOut] {
            let raw = value(f)
            if raw.isEmpty {
                problem(f, .noDates, reject: true)
                days.append(nil)
            } else if let d = StayValues.day(raw),
                      let date = LocalDate(year: d.year == 0 ? year : d.year, month: d.month, day: d.day) {
                days.append(date)
            } else {
                problem(f, .badDate, [raw], reject: true)
                days.append(nil)
            }
        }
        if let a = days[0], let b = days[1], b <= a {
            problem(.checkOut, .outBeforeIn, [value(.checkOut), value(.checkIn)], reject: true)
        }
        guard !rejected, let type, let a = days[0], let b = days[1] else { return nil }
        var row = RoomRow(line: line, hotel: hotel, type: type, beds: beds, rooms: rooms,
                          span: NightSpan(checkIn: a, checkOut: b), number: number)
        var notes = [value(.notes)].filter { !$0.isEmpty }
        for (i, c) in columns.enumerated() where c.field == nil && i < r.fields.count {
            let v = AttendeeValues.text(r.fields[i])
            if !v.isEmpty { notes.append((c.header.isEmpty ? "第\(i + 1)列" : c.header) + "：" + v) }
        }
        row.notes = notes.joined(separator: "；")
        return row
    }

    /// The hotels the list names that no site of the event is (by the name folded), in order.
    public func newHotels(against plan: EventPlan) -> [String] {
        let known = Set(plan.sites.map { TextFolding.matchKey($0.name) })
        var out: [String] = [], seen = Set<String>()
        for r in rows where !known.contains(TextFolding.matchKey(r.hotel)) {
            if seen.insert(TextFolding.matchKey(r.hotel)).inserted { out.append(r.hotel) }
        }
        return out
    }

    /// The blocks the list makes: its rows of one hotel, type and beds, numbered or not, as one
    /// block whose nights hold the rows' rooms added up. A hotel no site is has the provisional
    /// id `ID(-1 - k)`, k its place in `newHotels`, until `Store.importRooms` makes it.
    public func blocks(against plan: EventPlan) -> [RoomBlock] {
        var sites: [String: ID<Site>] = [:]
        for s in plan.sites where sites[TextFolding.matchKey(s.name)] == nil {
            sites[TextFolding.matchKey(s.name)] = s.id
        }
        for (k, name) in newHotels(against: plan).enumerated() { sites[TextFolding.matchKey(name)] = ID(-1 - k) }
        struct Key: Hashable { var hotel: ID<Site>, type: RoomType, beds: Int, numbered: Bool }
        var order: [Key] = []
        var nights: [Key: [LocalDate: Int]] = [:], numbers: [Key: [RoomNumber]] = [:], notes: [Key: [String]] = [:]
        for r in rows {
            let key = Key(hotel: sites[TextFolding.matchKey(r.hotel)]!, type: r.type,
                          beds: r.beds ?? r.type.defaultBeds, numbered: r.number != nil)
            if nights[key] == nil { order.append(key) }
            for n in r.span.nights { nights[key, default: [:]][n, default: 0] += r.rooms }
            if var n = r.number {
                n.nights = r.span
                numbers[key, default: []].append(n)
            }
            if !r.notes.isEmpty && !(notes[key] ?? []).contains(r.notes) { notes[key, default: []].append(r.notes) }
        }
        return order.map { k in
            // A room held every night of its block says no nights of its own.
            let held = nights[k]!.keys
            let whole = NightSpan(checkIn: held.min()!, checkOut: held.max()!.adding(days: 1))
            let rooms = (numbers[k] ?? []).map { n in
                var n = n
                if n.nights == whole { n.nights = nil }
                return n
            }
            return RoomBlock(id: ID(0), key: "", uid: "", hotel: k.hotel, type: k.type, beds: k.beds,
                             nights: nights[k]!.map { NightCount(night: $0.key, rooms: $0.value) },
                             numbers: rooms, notes: (notes[k] ?? []).joined(separator: "；"))
        }
    }

    /// The changes that make the event's blocks what the list says: a block of the hotel, type
    /// and beds the event has (numbered alike) is updated to the list's nights and numbers (its
    /// guests stay); any other is added. Blocks the list does not name stay.
    /// A numbered block updated to numbers without a room its guests are lodged in takes those
    /// rooms back in the same change (said by `gone(in:)`), so nobody is left in a room the hotel
    /// no longer holds.
    /// A hotel's numbered list after its count (间数 first, 房号 a week later) are the same rooms:
    /// the count block becomes the numbered one, and its guests move to the numbers in order in
    /// the same change (said by `renumbered(_:_:)`), or the hotel's rooms would double.
    public func changes(against plan: EventPlan) -> [Change] {
        let blocks = blockChanges(against: plan)
        return blocks + Self.gone(blocks, plan).map { .roomAssignment(before: $0, after: nil) }
            + Self.renumbered(blocks, plan).map { .roomAssignment(before: $0.before, after: $0.after) }
    }

    /// Guests lodged by ordinal (标间-3) in a count block these changes number: each ordinal room,
    /// in order, gets the first number left that the hotel holds on all its guests' nights (of
    /// those, one held the fewest nights), its guests together; nil when no number is left for it
    /// (its room is taken back).
    public static func renumbered(_ changes: [Change], _ plan: EventPlan)
        -> [(before: RoomAssignment, after: RoomAssignment?)]
    {
        var out: [(before: RoomAssignment, after: RoomAssignment?)] = []
        for case .roomBlock(let before?, let after?) in changes
        where !before.block.isNumbered && after.block.isNumbered {
            let byRoom = Dictionary(grouping: plan.roomAssignments.filter { $0.block == before.block.id }, by: \.room)
            var free = after.block.numbers
            for room in byRoom.keys.sorted(by: { (Int($0) ?? .max, $0) < (Int($1) ?? .max, $1) }) {
                let given = byRoom[room]!.sorted { ($0.checkIn, $0.id) < ($1.checkIn, $1.id) }
                let nights = Set(given.flatMap(\.span.nights))
                // The room held fewest nights that fits: 1216, out on the 15th, for guests leaving
                // then, so 1201 is left for those staying to the 16th.
                let fits = free.indices.filter { i in nights.allSatisfy { after.block.holds(free[i].number, on: $0) } }
                let at = fits.min { (free[$0].nights?.count ?? .max, $0) < (free[$1].nights?.count ?? .max, $1) }
                let number = at.map { free.remove(at: $0).number }
                for a in given {
                    var moved = a
                    if let number { moved.room = number }
                    out.append((a, number == nil ? nil : moved))
                }
            }
        }
        return out
    }

    /// Rooms guests hold in numbered blocks that these changes leave without that number.
    public static func gone(_ changes: [Change], _ plan: EventPlan) -> [RoomAssignment] {
        var out: [RoomAssignment] = []
        for case .roomBlock(let before?, let after?) in changes where before.block.isNumbered {
            let kept = Set(after.block.numbers.map(\.number))
            out += plan.roomAssignments.filter { $0.block == before.block.id && !kept.contains($0.room) }
                .sorted { ($0.room, $0.checkIn, $0.id) < ($1.room, $1.checkIn, $1.id) }
        }
        return out
    }

    func blockChanges(against plan: EventPlan) -> [Change] {
        let listed = blocks(against: plan)
        func alike(_ a: RoomBlock, _ b: RoomBlock) -> Bool {
            a.hotel == b.hotel && a.type == b.type && a.beds == b.beds
        }
        return listed.compactMap { b in
            var old = plan.roomBlocks.first { alike($0, b) && $0.isNumbered == b.isNumbered }
            // Numbers for rooms held by count: the count block is numbered, unless this list
            // gives that count again itself.
            if old == nil, b.isNumbered, !listed.contains(where: { alike($0, b) && !$0.isNumbered }) {
                old = plan.roomBlocks.first { alike($0, b) && !$0.isNumbered }
            }
            guard let old else { return .roomBlock(before: nil, after: RoomBlockRecord(block: b)) }
            var new = old
            new.nights = b.nights
            new.numbers = b.numbers
            if !b.notes.isEmpty { new.notes = b.notes }
            return new == old ? nil
                : .roomBlock(before: RoomBlockRecord(block: old), after: RoomBlockRecord(block: new))
        }
    }

    /// `标间`, or `标间×3` when its rooms have other than the type's usual beds: a block's kind as
    /// the import and the Rooms pane name it.
    public static func kind(_ b: RoomBlock, _ lang: Language) -> String {
        b.type.text(lang) + (b.beds == b.type.defaultBeds ? "" : "×\(b.beds)")
    }

    /// `5月13日 40 间, 5月14日 45 间` or `房号 1208, 1209`: what a block holds, for the report.
    public static func summary(_ b: RoomBlock, _ lang: Language) -> String {
        if b.isNumbered { return RoomListWords.numbered.text(lang, b.numbers.map(\.number).joined(separator: ", ")) }
        let sep = ExportWords.listSeparator.text(lang)
        return b.nights.map { n in
            RoomListWords.nights.text(lang, n.rooms, DateText.day(n.night, lang, weekday: false))
        }.joined(separator: sep)
    }
}
