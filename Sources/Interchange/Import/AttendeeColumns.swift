import Codecs
import PlanningCore

/// What a column of a registration list holds.
public enum AttendeeField: String, CaseIterable, Sendable {
    case name, organisation, title, phone, email, category, province, city, gender, notes
    /// A name in two columns (`姓`/`名`, `Last Name`/`First Name`, `Vorname`/`Nachname`): joined into the name.
    case surname
    case givenName = "given-name"
    case subForum = "sub-forum"
    /// The language to write to the person in (their notices).
    case language
    /// Read but not stored (the reason column of a rejects file coming back).
    case ignore
    /// `Dr.`, `Prof.`: written before the name, where the duplicates and the desk pass over it.
    case academicTitle = "academic-title"
    /// Travel (接送站): a whole way in one cell (`5月13日 G8921 14:20 德阳站`), or its parts.
    case arrival
    case arrivalDate = "arrival-date", arrivalTime = "arrival-time", arrivalNumber = "arrival-number"
    case arrivalHub = "arrival-hub", pickup
    case departure
    case departureDate = "departure-date", departureTime = "departure-time", departureNumber = "departure-number"
    case departureHub = "departure-hub", dropoff
    case companions
    /// 饮食禁忌: halal, vegetarian or other, the words kept. (民族 is no field: it stays in the
    /// notes as any column would, and `--halal-from-ethnicity` reads it from there.)
    case diet
    /// Lodging (住宿, issue 36): 住宿要求 (住/不住, or a kind of room), 单住/合住, 合住人 (a person
    /// of the event), 入住日期 and 离店日期.
    case stay, roomShare = "room-share", roommate, checkIn = "check-in", checkOut = "check-out"

    /// Header names staff and sign-up forms use, compared as `TextFolding.matchKey` forms after
    /// decorations (`*`, `（必填）`, a trailing colon) are taken off.
    static let synonyms: [AttendeeField: [String]] = [
        .name: ["姓名", "名字", "参会人", "参会人姓名", "代表姓名", "name", "fullname", "full name",
                "姓名name"],
        .surname: ["姓", "姓氏", "last name", "lastname", "surname", "family name", "familyname", "nachname",
                   "familienname"],
        .givenName: ["名", "first name", "firstname", "given name", "givenname", "forename", "vorname"],
        .organisation: ["单位", "工作单位", "单位名称", "所在单位", "机构", "机构名称",
                        "organization", "organisation", "company", "institution", "affiliation", "单位organization",
                        "firma", "einrichtung", "institution/organisation", "schule"],
        .title: ["职务", "职称", "职务/职称", "职务职称", "职务、职称", "title", "position",
                 "job title", "jobtitle", "funktion", "position/funktion"],
        .academicTitle: ["academic title", "academic degree", "titel", "akademischer titel", "akademischer grad"],
        .phone: ["手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "联系方式",
                 "phone", "mobile", "mobile phone", "cell", "tel", "telephone", "mobil", "handy", "mobilnummer",
                 "telefon"],
        .email: ["邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址", "email", "e-mail", "mail", "email address"],
        .category: ["类别", "参会类别", "参会身份", "身份", "代表类别", "参会类型", "代表类型", "人员类别",
                    "category", "type"],
        .province: ["省份", "省", "所在省份", "省份/地区", "province"],
        .city: ["城市", "市", "所在城市", "city"],
        // Herr/Frau, Mr/Ms say the gender.
        .gender: ["性别", "gender", "sex", "salutation", "anrede", "称呼"],
        .language: ["语言", "通知语言", "联系语言", "沟通语言", "语种", "language", "preferred language"],
        .notes: ["备注", "说明", "notes", "note", "remarks", "remark", "comment", "comments"],
        .subForum: ["分论坛", "参加分论坛", "选择分论坛", "拟参加分论坛", "分会场", "sub-forum",
                    "subforum", "sub forum", "session", "sessions", "forum", "track", "workshop", "workshops",
                    "工作坊"],
        // Row numbers say where a row was, not who the person is.
        .ignore: [AttendeeColumns.reasonHeader, "序号", "编号", "序", "no", "no.", "#", "行号"],
        .arrival: ["到达信息", "抵达信息", "来程", "来程信息", "到达", "抵达", "到达行程", "来程行程", "arrival",
                   "arrival details", "arrival info"],
        .arrivalDate: ["到达日期", "抵达日期", "来程日期", "到会日期", "arrival date"],
        .arrivalTime: ["到达时间", "抵达时间", "来程时间", "到站时间", "到会时间", "来程到达时间", "arrival time"],
        .arrivalNumber: ["抵达车次/航班", "到达车次/航班", "抵达航班/车次", "到达航班/车次", "到达车次", "抵达车次",
                         "到达航班", "抵达航班", "到达航班号", "抵达航班号", "航班号", "车次", "航班", "车次/航班",
                         "航班/车次", "航班车次", "车次航班", "航班号/车次", "车次/航班号", "来程航班/车次",
                         "来程车次/航班", "来程航班", "来程车次", "来程航班号", "接站车次", "接站航班",
                         "arrival flight", "arrival train", "arrival flight/train", "flight", "train", "flight/train",
                         "flight no", "flight number", "train no"],
        .arrivalHub: ["到达站点", "抵达站点", "到达机场/车站", "到达车站/机场", "抵达机场/车站", "抵达车站/机场",
                      "到达机场", "到达车站", "抵达机场", "抵达车站", "接站地点", "接站站点", "到达地点", "抵达地点",
                      "到达站", "抵达站", "来程到达站", "arrival station", "arrival airport", "arrival hub",
                      "pickup point"],
        .pickup: ["是否接站", "需要接站", "是否需要接站", "接站", "需接站", "pickup", "pick-up", "needs pickup"],
        .departure: ["返程信息", "返程", "离会信息", "返程行程", "departure", "departure details", "return"],
        .departureDate: ["返程日期", "离会日期", "离开日期", "返回日期", "departure date", "return date"],
        .departureTime: ["返程时间", "离会时间", "离开时间", "返程出发时间", "返回时间", "departure time",
                         "return time"],
        .departureNumber: ["返程车次/航班", "返程航班/车次", "返程车次", "返程航班", "返程航班号", "返程车次/航班号",
                           "返程航班号/车次", "离会车次/航班", "离会航班/车次", "送站车次", "送站航班",
                           "departure flight", "departure train", "departure flight/train", "return flight",
                           "return train"],
        .departureHub: ["返程站点", "返程机场/车站", "返程车站/机场", "返程机场", "返程车站", "送站地点", "送站站点",
                        "返程出发站", "离会站点", "departure station", "departure airport", "departure hub"],
        .dropoff: ["是否送站", "需要送站", "是否需要送站", "送站", "需送站", "drop-off", "dropoff", "needs drop-off"],
        .companions: ["随行人数", "随行人员数", "随行人员人数", "随行人员数量", "随行", "同行人数", "随员人数",
                      "companions", "accompanying persons", "accompanying"],
        .diet: ["饮食禁忌", "饮食要求", "饮食", "饮食习惯", "特殊饮食", "特殊饮食要求", "饮食需求", "餐饮要求",
                "用餐要求", "用餐禁忌", "忌口", "饮食禁忌/要求", "diet", "dietary needs",
                "dietary requirements", "dietary restrictions", "dietary requirement", "special diet",
                "allergies"],
        .stay: ["住宿要求", "是否住宿", "住宿", "是否需要住宿", "需要住宿", "住宿安排", "住宿需求", "是否安排住宿",
                "住宿情况", "住宿意向", "accommodation", "lodging", "needs accommodation"],
        .roomShare: ["单住/合住", "合住/单住", "单住合住", "单住或合住", "单住/合住/不住", "是否合住", "是否单住",
                     "住宿方式", "住宿类型", "住房要求", "住房类型", "房间要求", "房间类型", "房型要求",
                     "room sharing", "single/shared", "shared/single"],
        .roommate: ["合住人", "合住人姓名", "同住人", "同住人姓名", "合住者", "拼房人", "合住对象", "同住者",
                    "随行对象", "陪同对象", "随同领导", "所随领导", "随行领导", "roommate", "room mate",
                    "roommate name", "share with", "sharing with", "principal", "travels with"],
        .checkIn: ["入住日期", "入住时间", "到店日期", "入店日期", "入住", "check-in", "check in", "checkin",
                   "check-in date", "check in date", "arrival at hotel"],
        .checkOut: ["离店日期", "离店时间", "退房日期", "退房时间", "退房", "check-out", "check out", "checkout",
                    "check-out date", "check out date"],
    ]

    private static let byKey: [String: AttendeeField] = {
        var out: [String: AttendeeField] = [:]
        for (field, names) in synonyms { for n in names { out[TextFolding.matchKey(n)] = field } }
        for f in allCases { out[f.rawValue] = f }
        out["org"] = .organisation
        out["skip"] = .ignore
        return out
    }()

    var ordinal: Int {
        switch self {
        case .name: 0
        case .organisation: 1
        case .title: 2
        case .phone: 3
        case .email: 4
        case .category: 5
        case .province: 6
        case .city: 7
        case .gender: 8
        case .notes: 9
        case .subForum: 10
        case .ignore: 11
        case .language: 12
        case .surname: 13
        case .givenName: 14
        case .academicTitle: 15
        case .arrival: 16
        case .arrivalDate: 17
        case .arrivalTime: 18
        case .arrivalNumber: 19
        case .arrivalHub: 20
        case .pickup: 21
        case .departure: 22
        case .departureDate: 23
        case .departureTime: 24
        case .departureNumber: 25
        case .departureHub: 26
        case .dropoff: 27
        case .companions: 28
        case .diet: 29
        case .stay: 30
        case .roomShare: 31
        case .roommate: 32
        case .checkIn: 33
        case .checkOut: 34
        }
    }

    /// The travel columns: a list with none of them does no travel work for its rows.
    var isTravel: Bool { (16...28).contains(ordinal) }

    /// The stay columns: a list with none of them leaves stays as they are.
    var isStay: Bool { (30...34).contains(ordinal) }

    /// The field a header names, if any: the whole header, else the word it contains (see
    /// `contained`).
    public static func recognise(_ header: String) -> AttendeeField? { match(header)?.field }

    /// The field and whether the header named it whole (`手机`) or only contains its word
    /// (`联系人手机`); a whole name wins when two columns would feed one field.
    static func match(_ header: String) -> (field: AttendeeField, whole: Bool)? {
        let key = AttendeeColumns.headerKey(header)
        if let f = byKey[key] { return (f, true) }
        return contained(key, header).map { ($0, false) }
    }

    /// Chinese words that qualify a field's word before it (`参会分论坛`, `联系人手机`) but never
    /// after: a Chinese compound's last word says what it is, so `单位地址` is an address and
    /// `单位电话` a phone. Words of one character (`省`, `市`) are too short to trust this way,
    /// and some ends say other things too often: `住宿类别` is a room, `出发城市` a journey.
    private static let chineseEndings: [(key: String, field: AttendeeField)] = {
        let tooCommon: Set<String> = ["类别", "身份", "城市", "省份"]
        var out: [(String, AttendeeField)] = []
        for (field, names) in synonyms where field != .ignore {
            for n in names {
                let k = TextFolding.matchKey(n)
                if k.count >= 2, k.unicodeScalars.contains(where: { !$0.isASCII }), !tooCommon.contains(k) {
                    out.append((k, field))
                }
            }
        }
        return out.sorted { $0.0.count > $1.0.count || ($0.0.count == $1.0.count && $0.0 < $1.0) }
    }()

    /// English names that say one thing wherever they stand in a header, as words, longest
    /// first: `Organization Name` is the organisation (its longest known words), not a name.
    /// Words such as name, type or title do not: `Hotel Name`, `Room Type`, `Talk Title`.
    private static let englishWords: [(words: [String], field: AttendeeField)] = {
        let telling: [AttendeeField: [String]] = [
            .phone: ["phone", "mobile", "telephone"], .email: ["email", "e-mail"],
            .organisation: ["organization", "organisation", "company", "institution", "affiliation"],
            .gender: ["gender"],
        ]
        var out: [([String], AttendeeField)] = []
        for (field, names) in telling { for n in names { out.append((words(n), field)) } }
        return out.sorted { a, b in
            let (la, lb) = (a.0.joined().count, b.0.joined().count)
            return la > lb || (la == lb && a.0.joined(separator: " ") < b.0.joined(separator: " "))
        }
    }()

    /// English words that make a header something else than the field its other words name:
    /// `Company Address`, `Phone Code`, `Company ID`.
    private static let otherThings: Set<String> = ["address", "date", "time", "zip", "postcode", "code", "id"]

    private static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
    }

    /// The field whose word the header ends with (Chinese) or holds (English words).
    static func contained(_ key: String, _ header: String) -> AttendeeField? {
        // 是否参加分论坛 asks yes or no; its answers are no sub-forum's names.
        if key.hasPrefix("是否") { return nil }
        if key.unicodeScalars.contains(where: { !$0.isASCII }) {
            // A bilingual header (`手机 Mobile`) is read by its Chinese.
            let chinese = String(key.reversed().drop { $0.isASCII }.reversed())
            if let f = byKey[chinese] { return f }
            return chineseEndings.first { chinese.hasSuffix($0.key) }?.field
        }
        let said = words(header)
        for (w, field) in englishWords where w.count <= said.count {
            for start in 0...(said.count - w.count) where Array(said[start..<(start + w.count)]) == w {
                return field != .email && said.contains(where: otherThings.contains) ? nil : field
            }
        }
        return nil
    }
}

/// Which column feeds which field, decided from the header row (and `--map`).
public struct AttendeeColumns: Sendable {
    public static let reasonHeader = "未导入原因 reason"

    public struct Column: Sendable {
        public var index: Int
        public var header: String
        /// nil: not a known field; the value is kept in the person's notes under the header.
        public var field: AttendeeField?
    }
    public var columns: [Column]
    /// The record the header was found in (rows above it are titles Excel users put there); of a
    /// header in two rows, the lower.
    public var headerLine: Int
    /// The header's first record: `headerLine`, or the group row above it.
    public var firstHeaderLine: Int

    public init(columns: [Column], headerLine: Int) {
        self.columns = columns
        self.headerLine = headerLine
        firstHeaderLine = headerLine
    }

    /// The columns the headers name. A column named for a field whole wins over one that only
    /// contains its word (`单位` over `主管单位`): the second goes to the notes, as it would have before.
    static func columns(_ headers: [String]) -> [Column] {
        let matched = headers.map(AttendeeField.match)
        let named = Set(matched.compactMap { $0?.whole == true ? $0?.field : nil })
        return headers.enumerated().map { i, h in
            let field = matched[i].flatMap { m in m.whole || !named.contains(m.field) ? m.field : nil }
            return Column(index: i, header: h, field: field)
        }
    }

    /// Whether the columns hold a name (whole, or as a surname and a given name).
    static func names(_ cols: [Column]) -> Bool {
        cols.contains { $0.field == .name }
            || (cols.contains { $0.field == .surname } && cols.contains { $0.field == .givenName })
    }

    /// The columns with `--map` applied: a header (or 1-based column number) and its field.
    static func mapped(_ cols: [Column], _ map: [(column: String, field: AttendeeField)]) -> [Column] {
        var cols = cols
        for (column, field) in map {
            if let n = Int(column), n >= 1, n <= cols.count { cols[n - 1].field = field; continue }
            if let i = cols.firstIndex(where: { headerKey($0.header) == headerKey(column) }) {
                cols[i].field = field
            }
        }
        return cols
    }

    /// The headers of a header of two rows, when `record` is its lower row under `upper`: each of
    /// its cells either repeats the cell above (a header merged down both rows) or names a field,
    /// and at least one names a field the cell above does not say. Nil when it is a row of data.
    static func subHeader(_ record: CSVRecord, under upper: [String]) -> [String]? {
        var headers = upper
        var differs = false
        for (i, cell) in record.fields.enumerated() {
            let h = String(cell.trimmingSpaces)
            if h.isEmpty { continue }
            let above = i < upper.count ? upper[i] : ""
            if h == above { continue }
            guard AttendeeField.match(h) != nil else { return nil }
            differs = true
            if i < headers.count { headers[i] = h } else {
                headers += Array(repeating: "", count: i - headers.count) + [h]
            }
        }
        return differs ? headers : nil
    }


    /// A supplier's list's headers (a car company's, a hotel's) by their folded names, each
    /// field's own name (`plate`) beside its synonyms.
    static func headerIndex<F: CaseIterable & RawRepresentable>(_ synonyms: [F: [String]]) -> [String: F]
        where F.RawValue == String
    {
        var out: [String: F] = [:]
        for (field, names) in synonyms { for n in names { out[headerKey(n)] = field } }
        for f in F.allCases { out[f.rawValue] = f }
        return out
    }

    /// A header without `*`, a trailing `（必填）`-style remark or colon, compared folded.
    static func headerKey(_ header: String) -> String {
        var k = TextFolding.matchKey(header)
        var changed = true
        while changed && !k.isEmpty {
            changed = false
            if k.hasPrefix("*") { k.removeFirst(); changed = true }
            if k.hasSuffix("*") || k.hasSuffix(":") { k.removeLast(); changed = true }
            if k.hasSuffix(")"), let open = k.lastIndex(of: "("), open != k.startIndex {
                k = String(k[..<open]); changed = true
            }
        }
        return k
    }

    /// `--map '手机号码(必填)=phone,Col 7=notes,3=ignore'`: a header (or 1-based column
    /// number) and a field name.
    public static func parseMap(_ text: String) throws(InputError) -> [(column: String, field: AttendeeField)] {
        var out: [(String, AttendeeField)] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1).map { String($0.trimmingSpaces) }
            guard pieces.count == 2, !pieces[0].isEmpty else {
                throw InputError(file: "--map", line: 0, .mapNotPair, String(part))
            }
            guard let field = AttendeeField.recognise(pieces[1]) ?? AttendeeField(rawValue: pieces[1].lowercased())
            else {
                throw InputError(
                    file: "--map", line: 0, .mapNotField, pieces[1],
                    AttendeeField.allCases.map(\.rawValue).joined(separator: ", "))
            }
            out.append((pieces[0], field))
        }
        return out
    }

    /// Finds the header among the first records: the first that has a name column (or a surname
    /// and a given name column). A header of two rows, a group merged over its columns
    /// (`联系方式` over `手机`/`邮箱`), is read as one: each column by its lower cell.
    public static func detect(
        _ records: [CSVRecord], map: [(column: String, field: AttendeeField)], file: String
    ) throws(InputError) -> AttendeeColumns {
        let candidates = records.prefix(10)
        for (at, record) in zip(candidates.indices, candidates) where !record.isBlank {
            var headers = record.fields.map { String($0.trimmingSpaces) }
            var line = record.line
            var cols = mapped(columns(headers), map)
            // Only a header can head a header of two rows: a title merged above it is no group.
            if names(cols), at + 1 < records.endIndex, let lower = subHeader(records[at + 1], under: headers) {
                headers = lower
                line = records[at + 1].line
                cols = mapped(columns(headers), map)
            }
            let named = names(cols)
            if named, cols.contains(where: { $0.field == .name }) {
                // Beside a whole name, a given name or surname column says nothing more: kept in the notes.
                for i in cols.indices where cols[i].field == .surname || cols[i].field == .givenName {
                    cols[i].field = nil
                }
            }
            if named {
                for (column, _) in map
                where Int(column) == nil && !cols.contains(where: { headerKey($0.header) == headerKey(column) }) {
                    throw InputError(
                        file: file, line: line, field: "--map", .mapNoColumn, column,
                        cols.map(\.header).joined(separator: ", "))
                }
                var found = AttendeeColumns(columns: cols, headerLine: line)
                found.firstHeaderLine = record.line
                return found
            }
        }
        let first = candidates.first { !$0.isBlank }
        guard let first else { throw InputError(file: file, line: 0, .emptyFile) }
        let seen = first.fields.map { String($0.trimmingSpaces) }.joined(separator: ", ")
        throw InputError(file: file, line: first.line, .noNameColumn, seen)
    }
}

// Blank as the import sees a cell (PlanningCore's idea of a space), so it stays beside the import.
extension CSVRecord {
    public var isBlank: Bool {
        fields.allSatisfy { f in
            guard let first = f.utf8.first else { return true }
            // Text that starts with a visible ASCII character, or holds no kind of space at all
            // (most Chinese text), is not blank: no need to trim it.
            if first > 0x20 && first < 0x7F { return false }
            if TextFolding.isPlain(f) { return false }
            return f.trimmingSpaces.isEmpty
        }
    }
}
