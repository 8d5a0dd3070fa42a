import PlanningCore

/// Something wrong with one cell of one row. A rejected row is not imported at all; otherwise
/// the row is imported without the cell's value.
public struct RowProblem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case noName
        case phoneScientific(String)
        case phoneInvalid(String)
        case phoneNotMobile(String)
        case emailInvalid(String)
        case unknownSubForum(String)
        case ambiguousSubForum(String, titles: [String])
        case languageUnknown(String)
    }
    public var line: Int
    public var column: String
    public var kind: Kind
    public var rejected: Bool

    public func reason(_ lang: Language) -> String {
        var text: String
        switch kind {
        case .noName: text = ExportText.noName.text(lang)
        case .phoneScientific(let v): text = ExportText.phoneScientific.text(lang, v)
        case .phoneInvalid(let v): text = PhoneText.notPhone.text(lang, v)
        case .phoneNotMobile(let v): text = PhoneText.notMobile.text(lang, v)
        case .emailInvalid(let v): text = ExportText.emailInvalid.text(lang, v)
        case .unknownSubForum(let v): text = ExportText.unknownSubForum.text(lang, v)
        case .languageUnknown(let v): text = ExportText.languageUnknown.text(lang, v)
        case .ambiguousSubForum(let v, let titles):
            text = ExportText.ambiguousSubForum.text(
                lang, v, titles.count, titles.joined(separator: ExportText.listSeparator.text(lang)))
        }
        switch kind {
        case .phoneScientific, .phoneInvalid, .phoneNotMobile, .emailInvalid, .languageUnknown:
            text += (rejected ? ExportText.onlyContactNotImported : .importedWithout).text(lang)
        default: break
        }
        return Sanitize.forTerminal(text)
    }
}

/// A registration list read and cleaned, before it meets the event's people.
public struct AttendeeList: Sendable {
    public var file: String
    public var encoding: TextEncoding
    public var hadByteOrderMark: Bool
    /// A guess between GB18030 and Windows-1252 the import report states (see `EncodingDoubt`).
    public var encodingDoubt: EncodingDoubt?
    public var delimiter: CSVDelimiter
    public var columns: AttendeeColumns
    public var header: CSVRecord
    /// Rows that can be imported (some may have problems that only dropped a value).
    public var rows: [AttendeeRow]
    public var problems: [RowProblem]
    /// The original records of rejected rows, for the rejects file.
    public var rejectedRecords: [CSVRecord]
    public var blankRows: Int
    /// Records above the header (titles), skipped.
    public var skippedAbove: Int
    /// The worksheet read, when the list was a workbook (`file` then ends with `:` and its name).
    public var sheet: String?

    public var rejectedCount: Int { rejectedRecords.count }

    /// A CSV file or a workbook (.xlsx, or .ods as LibreOffice and WPS save it), told apart by
    /// their bytes, not their names. Lists over `parallelAbove` bytes are read in two halves at
    /// once (see `CSVReader.records`).
    public static func read(
        _ bytes: [UInt8], file: String, encoding: TextEncoding? = nil, sheet: String? = nil,
        map: [(column: String, field: AttendeeField)] = [], sessions: [Session],
        parallelAbove: Int = 1 << 20
    ) throws(InputError) -> AttendeeList {
        // A name that says workbook is taken at its word when the bytes are not one: offices save
        // web pages as .xls, and such a file read as CSV would give nonsense, not a clear refusal.
        let suffix = file.lowercased().split(separator: ".").last.map(String.init) ?? ""
        if !Workbook.looksLikeOne(bytes) {
            if ["xlsx", "xlsm", "ods"].contains(suffix) { throw InputError(file: file, line: 0, .notZip) }
            if ["xls", "et"].contains(suffix) { throw InputError(file: file, line: 0, .compoundDocument) }
        }
        if Workbook.looksLikeOne(bytes) {
            let book = try Workbook(bytes, file: file)
            let (chosen, records) = try book.registrationSheet(sheet, map: map)
            var list = try read(records: records, file: file + ":" + chosen.name, map: map, sessions: sessions,
                                parallel: bytes.count >= parallelAbove)
            list.sheet = chosen.name
            return list
        }
        let decoded = try TextDecoding.decode(bytes, file: file, forced: encoding)
        let delimiter = CSVReader.detectDelimiter(decoded.text)
        let records = try CSVReader.records(
            decoded.text, delimiter: delimiter, file: file, parallelAbove: parallelAbove)
        var list = try read(records: records, file: file, map: map, sessions: sessions,
                            parallel: bytes.count >= parallelAbove)
        list.encoding = decoded.encoding
        list.hadByteOrderMark = decoded.hadByteOrderMark
        list.encodingDoubt = decoded.doubt
        list.delimiter = delimiter
        return list
    }

    /// A list from rows already split into cells (a CSV file's records, a worksheet's rows);
    /// `file` is how problems name where they are (`回执.xlsx:参会回执`).
    public static func read(
        records: [CSVRecord], file: String, map: [(column: String, field: AttendeeField)] = [], sessions: [Session],
        parallel: Bool = false
    ) throws(InputError) -> AttendeeList {
        let columns = try AttendeeColumns.detect(records, map: map, file: file)
        let headerAt = records.firstIndex { $0.line == columns.headerLine }!
        var list = AttendeeList(
            file: file, encoding: .utf8, hadByteOrderMark: false, delimiter: .comma,
            columns: columns, header: records[headerAt], rows: [], problems: [], rejectedRecords: [],
            blankRows: 0, skippedAbove: records[..<headerAt].filter { !$0.isBlank }.count)
        // Folding 6,000 titles is a list's without sub-forums for nothing.
        let choices = columns.columns.contains { $0.field == .subForum }
        let reader = RowReader(columns: columns, matcher: SubForumMatcher(sessions: choices ? sessions : []))
        let body = records[(headerAt + 1)...]
        var halves: [Rows]
        if parallel, body.count > 1 {
            let middle = body.startIndex + body.count / 2
            let first = body[..<middle], second = body[middle...]
            var (a, b) = BothHalves.run({ reader.rows(first) }, { reader.rows(second) })
            list.rows = Rows.joined(&a.rows, &b.rows)
            halves = [a, b]
        } else {
            halves = [reader.rows(body)]
            list.rows = halves[0].rows
        }
        for h in halves {
            list.problems += h.problems
            list.rejectedRecords += h.rejected
            list.blankRows += h.blank
        }
        return list
    }
}

/// What one run of records became.
private struct Rows {
    var rows: [AttendeeRow] = []
    var problems: [RowProblem] = []
    var rejected: [CSVRecord] = []
    var blank = 0

    /// Both halves' rows in one array, moved rather than copied: `+=` would retain each of a
    /// row's dozen texts and then release the originals, 2.4 million times for 100,000 rows.
    /// The halves are left holding empty rows.
    static func joined(_ a: inout [AttendeeRow], _ b: inout [AttendeeRow]) -> [AttendeeRow] {
        let total = a.count + b.count
        return [AttendeeRow](unsafeUninitializedCapacity: total) { out, initialized in
            guard var at = out.baseAddress else { return }
            func move(_ part: inout [AttendeeRow]) {
                part.withUnsafeMutableBufferPointer { source in
                    guard let start = source.baseAddress, !source.isEmpty else { return }
                    at.moveInitialize(from: start, count: source.count)
                    at += source.count
                    // What was moved out must not be destroyed twice: empty rows hold nothing.
                    start.initialize(repeating: AttendeeRow(line: 0), count: source.count)
                }
            }
            move(&a)
            move(&b)
            initialized = total
        }
    }
}

/// Turns one record into a row, given the column mapping.
private struct RowReader: Sendable {
    let columns: AttendeeColumns
    let matcher: SubForumMatcher
    /// The columns of each field, indexed by the field's position in `allCases` (an array, not a
    /// dictionary: it is read ten times for each of 100,000 rows).
    let byField: [[Int]]
    /// The field's column when it has exactly one (the usual case), else -1: read without
    /// touching the list of columns.
    let onlyColumn: [Int]
    let extras: [AttendeeColumns.Column]

    init(columns: AttendeeColumns, matcher: SubForumMatcher) {
        self.columns = columns
        self.matcher = matcher
        var byField = Array(repeating: [Int](), count: AttendeeField.allCases.count)
        for c in columns.columns { if let f = c.field { byField[f.ordinal].append(c.index) } }
        self.byField = byField
        onlyColumn = byField.map { $0.count == 1 ? $0[0] : -1 }
        extras = columns.columns.filter { $0.field == nil }
    }

    func columns(_ f: AttendeeField) -> [Int] { byField[f.ordinal] }

    func header(_ f: AttendeeField) -> String { columns.columns[columns(f)[0]].header }

    /// The first non-empty value among the field's columns.
    func value(_ f: AttendeeField, _ r: CSVRecord) -> String {
        let only = onlyColumn[f.ordinal]
        if only >= 0 { return only < r.fields.count ? AttendeeValues.text(r.fields[only]) : "" }
        for i in columns(f) where i < r.fields.count {
            let v = AttendeeValues.text(r.fields[i])
            if !v.isEmpty { return v }
        }
        return ""
    }

    func rows(_ records: ArraySlice<CSVRecord>) -> Rows {
        var out = Rows()
        out.rows.reserveCapacity(records.count)
        var memo = SubForumMatcher.Memo()
        for record in records {
            if record.isBlank { out.blank += 1; continue }
            let (row, problems) = read(record, memo: &memo)
            if !problems.isEmpty { out.problems += problems }
            if let row { out.rows.append(row) } else { out.rejected.append(record) }
        }
        return out
    }

    /// A name given in two columns: a Chinese one surname first without a space (张 + 敏), a
    /// Latin one as its owner says it, given name first (Thomas Schmidt).
    static func joinedName(_ given: String, _ family: String) -> String {
        if given.isEmpty || family.isEmpty { return TextFolding.cleanName(given + family) }
        let chinese = (given + family).allSatisfy { TextFolding.isHan($0) }
        return TextFolding.cleanName(chinese ? family + given : given + " " + family)
    }

    func read(_ r: CSVRecord, memo: inout SubForumMatcher.Memo) -> (AttendeeRow?, [RowProblem]) {
        var row = AttendeeRow(line: r.line)
        var problems: [RowProblem] = []
        row.name = TextFolding.cleanName(value(.name, r))
        if row.name.isEmpty { row.name = Self.joinedName(value(.givenName, r), value(.familyName, r)) }
        let academic = value(.academicTitle, r)
        if !academic.isEmpty, !row.name.isEmpty, !row.name.hasPrefix(academic) { row.name = academic + " " + row.name }
        row.organisation = value(.organisation, r)
        row.title = value(.title, r)
        row.province = value(.province, r)
        row.city = value(.city, r)
        row.gender = value(.gender, r)
        row.category = AttendeeValues.category(value(.category, r))
        let rawLanguage = value(.language, r)
        if !rawLanguage.isEmpty {
            if let code = LanguageName.code(of: rawLanguage) { row.language = code } else {
                problems.append(RowProblem(
                    line: r.line, column: header(.language), kind: .languageUnknown(rawLanguage), rejected: false))
            }
        }
        var contactProblems: [RowProblem] = []
        let rawPhone = value(.phone, r)
        switch AttendeeValues.phone(rawPhone) {
        case .ok(let p): row.phone = p
        case .scientific:
            contactProblems.append(
                RowProblem(line: r.line, column: header(.phone), kind: .phoneScientific(rawPhone), rejected: false))
        case .invalid:
            contactProblems.append(
                RowProblem(line: r.line, column: header(.phone), kind: .phoneInvalid(rawPhone), rejected: false))
        case .notMobile:
            contactProblems.append(
                RowProblem(line: r.line, column: header(.phone), kind: .phoneNotMobile(rawPhone), rejected: false))
        }
        let rawEmail = value(.email, r)
        if let e = AttendeeValues.email(rawEmail) {
            row.email = e
        } else {
            contactProblems.append(
                RowProblem(line: r.line, column: header(.email), kind: .emailInvalid(rawEmail), rejected: false))
        }

        var notes: [String] = []
        for i in columns(.notes) where i < r.fields.count {
            let v = AttendeeValues.text(r.fields[i])
            if !v.isEmpty { notes.append(v) }
        }
        for c in extras where c.index < r.fields.count {
            let v = AttendeeValues.text(r.fields[c.index])
            if !v.isEmpty { notes.append((c.header.isEmpty ? "第\(c.index + 1)列" : c.header) + "：" + v) }
        }
        // Cells past the header's last column still hold something someone typed.
        if r.fields.count > columns.columns.count {
            for i in columns.columns.count..<r.fields.count {
                let v = AttendeeValues.text(r.fields[i])
                if !v.isEmpty { notes.append("第\(i + 1)列：" + v) }
            }
        }
        if !notes.isEmpty { row.notes = notes.joined(separator: "；") }

        for i in columns(.subForum) where i < r.fields.count {
            matcher.resolve(r.fields[i], memo: &memo) { res in
                switch res {
                case .sessions(let ids): for id in ids where !row.signups.contains(id) { row.signups.append(id) }
                case .unknown(let v):
                    problems.append(
                        RowProblem(
                            line: r.line, column: columns.columns[i].header, kind: .unknownSubForum(v), rejected: true))
                case .ambiguous(let v, let titles):
                    problems.append(
                        RowProblem(
                            line: r.line, column: columns.columns[i].header,
                            kind: .ambiguousSubForum(v, titles: titles), rejected: true))
                }
            }
        }
        if row.name.isEmpty {
            problems.insert(
                RowProblem(
                    line: r.line,
                    column: (columns(.name) + columns(.givenName) + columns(.familyName)).first
                        .map { columns.columns[$0].header } ?? "name",
                    kind: .noName, rejected: true), at: 0)
        }
        // A bad phone or email costs the row when it leaves no usable contact: importing a VIP's
        // office with a phone Excel mangled would look done and reach nobody.
        let identified = !row.phone.isEmpty || !row.email.isEmpty
        for var p in contactProblems {
            p.rejected = !identified
            problems.append(p)
        }
        let rejected = problems.contains(where: \.rejected)
        return (rejected ? nil : row, problems)
    }
}
