import Codecs
import PlanningCore

/// The import report's words for stay cells it could not read and 合住人 it could not find (issue 36).
public enum StayWords: String, Phrasebook {
    case notLodging, notKind, notDate, roommateUnknown, roommateAmbiguous, roommateSelf, outBeforeIn
    case stay, none, noRoom, single, shared, companion, roommate, travelsWith

    public static let tables: [Language: [StayWords: String]] = [
        .en: [
            .notLodging: "\"%1\" says neither whether a room is wanted nor which (住/不住, 单住, 合住)",
            .notKind: "\"%1\" is no kind of room (单住, 合住, 单间, 标间, 随行)",
            .notDate: "\"%1\" is not a date (5月13日, 2026-05-13, 5.13)",
            .roommateUnknown: "\"%1\" is no one of the event or the list: no roommate was set",
            .roommateAmbiguous: "%2 people of the event or the list are called \"%1\": no roommate was set",
            .roommateSelf: "\"%1\" is the guest themselves: no roommate was set",
            .outBeforeIn: "check-out %1 is not after check-in %2: the dates were not stored",
            .stay: "stay", .none: "—", .noRoom: "no room", .single: "single room", .shared: "shared room",
            .companion: "companion's room", .roommate: "with %1", .travelsWith: "travelling with %1",
        ],
        .zh: [
            .notLodging: "“%1”读不出是否住宿或住哪种房（应如：住、不住、单住、合住）",
            .notKind: "“%1”不是房间类型（应如：单住、合住、单间、标间、随行）",
            .notDate: "“%1”不是日期（应如：5月13日、2026-05-13、5.13）",
            .roommateUnknown: "“%1”不是本次会议或本名单中的人：未设合住人",
            .roommateAmbiguous: "本次会议或本名单中有%2人名叫“%1”：未设合住人",
            .roommateSelf: "“%1”即本人：未设合住人",
            .outBeforeIn: "离店日期%1不晚于入住日期%2：未保存这两个日期",
            .stay: "住宿", .none: "—", .noRoom: "不住", .single: "单住", .shared: "合住",
            .companion: "随行", .roommate: "与%1合住", .travelsWith: "随%1",
        ],
    ]

    public static func need(_ n: StayNeed) -> StayWords {
        switch n {
        case .noRoom: .noRoom
        case .single: .single
        case .shared: .shared
        case .companion: .companion
        }
    }
}

/// The stay cells of a 回执 as offices fill them in: 住/不住/单住/合住 in a dozen spellings,
/// days as the travel columns write them or as Excel's day numbers.
public enum StayValues {
    static func key(_ raw: String) -> String { TextFolding.matchKey(TravelValues.folded(raw)) }

    /// The kind of room a cell names; `.noRoom` for 不住. Nil when it names none.
    public static func kind(_ raw: String) -> StayNeed? {
        switch key(raw) {
        case "单住", "单间", "大床", "大床房", "单人间", "单人房", "独住", "单独住", "单独住宿", "单独", "一人一间",
             "套房", "套间", "行政套房", "single", "singleroom", "suite":
            return .single
        case "合住", "标间", "标准间", "双床", "双床房", "拼房", "拼住", "双人间", "同住", "两人一间", "二人一间",
             "合住标间", "shared", "twin", "twinroom", "double", "share":
            return .shared
        case "随行", "随员", "随行人员", "companion":
            return .companion
        case "不住", "不住宿", "不需住宿", "无需住宿", "不需要住宿", "走读", "自行安排", "自理", "自行解决":
            return .noRoom
        default: return nil
        }
    }

    /// What a 住宿要求 cell says: a room (是, 住, 需要), none (否, 不住), or a kind of room.
    public static func lodging(_ raw: String) -> StayCells.Want? {
        if let k = kind(raw) { return .need(k) }
        switch key(raw) {
        case "住", "住宿", "需住宿", "需要住宿", "安排住宿", "需安排", "需要安排", "安排", "要":
            return .room
        default: break
        }
        return TravelValues.yesNo(raw).map { $0 ? .room : .need(.noRoom) }
    }

    /// A day as the travel columns read it (`5月13日`, `2026-05-13`, `5.13`, a date and a time),
    /// or a day number Excel shows for a date cell formatted as a number (`46155`).
    public static func day(_ raw: String) -> TravelCells.Day? {
        let s = TravelValues.folded(raw)
        if s.count == 5, s.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(s), (36526...73050).contains(n) {
            // Day 25569 of Excel's count is 1970-01-01; 36526 is 2000 and 73050 is 2099.
            let c = LocalDate(dayNumber: n - 25569).components
            return TravelCells.Day(year: c.year, month: c.month, day: c.day)
        }
        if let d = TravelValues.day(s) { return d }
        guard let w = TravelValues.when(s), let d = w.day else { return nil }
        return d
    }
}

/// Reads a row's stay cells, for a list that has stay columns.
struct StayReader: Sendable {
    let columns: AttendeeColumns
    let byField: [[Int]]

    init?(columns: AttendeeColumns) {
        guard columns.columns.contains(where: { $0.field?.isStay == true }) else { return nil }
        self.columns = columns
        var byField = Array(repeating: [Int](), count: AttendeeField.allCases.count)
        for c in columns.columns { if let f = c.field { byField[f.ordinal].append(c.index) } }
        self.byField = byField
    }

    func has(_ f: AttendeeField) -> Bool { !byField[f.ordinal].isEmpty }

    func cell(_ f: AttendeeField, _ r: CSVRecord) -> (value: String, column: Int)? {
        for i in byField[f.ordinal] where i < r.fields.count {
            let v = AttendeeValues.text(r.fields[i])
            if !v.isEmpty { return (v, i) }
        }
        return nil
    }

    func header(_ i: Int) -> String { columns.columns[i].header.isEmpty ? "第\(i + 1)列" : columns.columns[i].header }

    /// A 是否合住 or 是否单住 column answers yes or no to one kind of room.
    func yesMeans(_ i: Int) -> (yes: StayNeed, no: StayNeed)? {
        let k = AttendeeColumns.headerKey(columns.columns[i].header)
        guard k.hasPrefix("是否") else { return nil }
        if k.contains("合住") { return (.shared, .single) }
        if k.contains("单住") { return (.single, .shared) }
        return nil
    }

    func read(_ r: CSVRecord, problems: inout [RowProblem]) -> StayCells {
        var s = StayCells()
        func problem(_ i: Int, _ kind: RowProblem.Kind) {
            problems.append(RowProblem(line: r.line, column: header(i), kind: kind, rejected: false))
        }
        if has(.stay) { s.given.insert(.need) }
        if has(.roomShare) { s.given.insert(.need) }
        if has(.checkIn) { s.given.insert(.checkIn) }
        if has(.checkOut) { s.given.insert(.checkOut) }
        if has(.roommate) { s.given.insert(.roommate) }
        if let (v, i) = cell(.stay, r) {
            if let w = StayValues.lodging(v) { s.lodging = w } else {
                problem(i, .stayLodging(v))
                s.given.remove(.need)
            }
        }
        if let (v, i) = cell(.roomShare, r) {
            if let k = StayValues.kind(v) {
                if k == .noRoom { s.lodging = .need(.noRoom) } else { s.kind = k }
            } else if let means = yesMeans(i), let yes = TravelValues.yesNo(v) {
                s.kind = yes ? means.yes : means.no
            } else {
                problem(i, .stayKind(v))
                s.given.remove(.need)
            }
        }
        var dates: [(TravelCells.Day, Int)] = []
        for (field, part) in [(AttendeeField.checkIn, StayCells.Parts.checkIn), (.checkOut, .checkOut)] {
            guard let (v, i) = cell(field, r) else { continue }
            if let d = StayValues.day(v) {
                if field == .checkIn { s.checkIn = d } else { s.checkOut = d }
                dates.append((d, i))
            } else {
                problem(i, .stayDate(v))
                s.given.remove(part)
            }
        }
        if let a = s.checkIn, let b = s.checkOut, a.year == b.year,
           (b.month, b.day) <= (a.month, a.day), let (_, i) = dates.last {
            // A check-out on or before the check-in is a slip of one of them; which one is not known.
            problem(i, .stayOutBeforeIn("\(b.month)月\(b.day)日", "\(a.month)月\(a.day)日"))
            s.checkIn = nil
            s.checkOut = nil
            s.given.subtract([.checkIn, .checkOut])
        }
        if let (v, _) = cell(.roommate, r) { s.roommate = TextFolding.cleanName(v) }
        return s
    }
}
