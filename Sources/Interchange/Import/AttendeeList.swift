import Codecs
import PlanningCore
import Workbook

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
        /// A second number or address in a contact cell, kept in the notes.
        case keptSecond(String)
        /// A remark in a phone cell (`（微信同号）`), or the number of a second phone column.
        case keptInNotes(String)
        case extensionKept(String)
        case emailCorrected(String, to: String)
        /// A long number (an ID card's, a bank account's) Excel turned into scientific notation.
        case numberScientific(String)
        /// A note or signature under the list (`注：…`, `填表人：…`): not imported.
        case filler(String)
        /// A cell holding an error value (`#N/A`), read as empty.
        case errorCell(String)
        /// A row hidden in the workbook, not imported.
        case hiddenRow
        /// Formulas without saved values (this many in the sheet), read as empty: said once.
        case unsavedFormulas(Int)
        /// Characters no font prints (`U+E000`), imported as written.
        case unprintable([String])
        /// A quoted cell over this many lines, to the line given: most likely a quote opened in
        /// error, whose cell took in the rows up to the next quote (imported, and said).
        case longCell(lines: Int, until: Int)
        /// Travel cells that say no date, time, train or flight, yes or no, number of people, or journey.
        case travelDay(String), travelTime(String), travelRoute(String), travelYesNo(String), travelCount(String)
        case travelCell(String)
        /// A date without a time or a time without a date.
        case travelIncomplete(String)
        /// Stay cells that say no lodging, no kind of room, or no date.
        case stayLodging(String), stayKind(String), stayDate(String)
        /// A check-out not after the check-in (both as written).
        case stayOutBeforeIn(String, String)
    }
    public var line: Int
    public var column: String
    public var kind: Kind
    public var rejected: Bool

    public func reason(_ lang: Language) -> String {
        var text: String
        switch kind {
        case .noName: text = ExportWords.noName.text(lang)
        case .phoneScientific(let v): text = ExportWords.phoneScientific.text(lang, v)
        case .phoneInvalid(let v): text = PhoneWords.notPhone.text(lang, v)
        case .phoneNotMobile(let v): text = PhoneWords.notMobile.text(lang, v)
        case .emailInvalid(let v): text = ExportWords.emailInvalid.text(lang, v)
        case .unknownSubForum(let v): text = ExportWords.unknownSubForum.text(lang, v)
        case .languageUnknown(let v): text = ExportWords.languageUnknown.text(lang, v)
        case .keptSecond(let v): text = LayoutWords.keptSecond.text(lang, v)
        case .keptInNotes(let v): text = LayoutWords.keptInNotes.text(lang, v)
        case .extensionKept(let v): text = LayoutWords.extensionKept.text(lang, v)
        case .emailCorrected(let v, let to): text = LayoutWords.emailCorrected.text(lang, v, to)
        case .numberScientific(let v): text = LayoutWords.numberScientific.text(lang, v)
        case .filler(let v): text = LayoutWords.filler.text(lang, v)
        case .errorCell(let v): text = LayoutWords.errorCell.text(lang, v)
        case .hiddenRow: text = LayoutWords.hiddenRow.text(lang)
        case .longCell(let lines, let until): text = LayoutWords.longCell.text(lang, lines, until)
        case .unsavedFormulas(let n): text = LayoutWords.unsavedFormulas.text(lang, n)
        case .unprintable(let codes):
            text = LayoutWords.unprintable.text(lang, codes.joined(separator: ExportWords.listSeparator.text(lang)))
        case .travelDay(let v): text = TravelWords.notDay.text(lang, v)
        case .travelTime(let v): text = TravelWords.notTime.text(lang, v)
        case .travelRoute(let v): text = TravelWords.notRoute.text(lang, v)
        case .travelYesNo(let v): text = TravelWords.notYesNo.text(lang, v)
        case .travelCount(let v): text = TravelWords.notCount.text(lang, v)
        case .travelCell(let v): text = TravelWords.notTravel.text(lang, v)
        case .travelIncomplete(let v): text = TravelWords.incomplete.text(lang, v)
        case .stayLodging(let v): text = StayWords.notLodging.text(lang, v)
        case .stayKind(let v): text = StayWords.notKind.text(lang, v)
        case .stayDate(let v): text = StayWords.notDate.text(lang, v)
        case .stayOutBeforeIn(let out, let inn): text = StayWords.outBeforeIn.text(lang, out, inn)
        case .ambiguousSubForum(let v, let titles):
            text = ExportWords.ambiguousSubForum.text(
                lang, v, titles.count, titles.joined(separator: ExportWords.listSeparator.text(lang)))
        }
        switch kind {
        case .phoneScientific, .phoneInvalid, .phoneNotMobile, .emailInvalid, .languageUnknown, .travelDay, .travelTime,
             .travelRoute, .travelYesNo, .travelCount, .travelCell, .stayLodging, .stayKind, .stayDate:
            text += (rejected ? ExportWords.onlyContactNotImported : .importedWithout).text(lang)
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
    public var rows: AttendeeRows
    public var problems: [RowProblem]
    /// The original records of rejected rows, for the rejects file.
    public var rejectedRecords: [CSVRecord]
    public var blankRows: Int
    /// Records above the header (titles), skipped.
    public var skippedAbove: Int
    /// The worksheet read, when the list was a workbook (`file` then ends with `:` and its name).
    public var sheet: String?

    public var rejectedCount: Int { rejectedRecords.count }
    /// Rows with any problem, rejected or imported without a value: what `--strict` refuses on
    /// ("import nothing if any row has a problem"), a bad travel time as much as a bad phone.
    public var rowsWithProblems: Int { Set(problems.map(\.line)).count }

    /// More lines than this in one cell are said (`RowProblem.Kind.longCell`): notes of a few lines
    /// are usual, a cell of a dozen is rows taken in by a stray quote.
    static let longCellLines = 10

    /// A CSV file or a workbook (.xlsx, or .ods as LibreOffice and WPS save it), told apart by
    /// their bytes, not their names. Lists over `parallelAbove` bytes have their rows cleaned in
    /// two halves at once.
    public static func read(
        _ bytes: [UInt8], file: String, encoding: TextEncoding? = nil, sheet: String? = nil,
        map: [(column: String, field: AttendeeField)] = [], sessions: @autoclosure () -> [Session],
        parallelAbove: Int = 1 << 20, includeHidden: Bool = false, halalFromEthnicity: Bool = false
    ) throws(InputError) -> AttendeeList {
        let lists = try readSheets(bytes, file: file, encoding: encoding, sheet: sheet, map: map, sessions: sessions(),
                                   parallelAbove: parallelAbove, includeHidden: includeHidden,
                                   halalFromEthnicity: halalFromEthnicity)
        guard lists.count == 1 else {
            throw InputError(file: file, line: 0, .severalSheets, lists.compactMap(\.sheet).joined(separator: ", "))
        }
        return lists[0]
    }

    /// The lists of the file: one, or with `sheet` `all`, one for each worksheet that has a name
    /// column (a workbook of one sheet per province or college), each naming its sheet.
    public static func readSheets(
        _ bytes: [UInt8], file: String, encoding: TextEncoding? = nil, sheet: String? = nil,
        map: [(column: String, field: AttendeeField)] = [], sessions: @autoclosure () -> [Session],
        parallelAbove: Int = 1 << 20, includeHidden: Bool = false, halalFromEthnicity: Bool = false
    ) throws(InputError) -> [AttendeeList] {
        // A name that says workbook is taken at its word when the bytes are not one: offices save
        // web pages as .xls, and such a file read as CSV would give nonsense, not a clear refusal.
        let suffix = file.lowercased().split(separator: ".").last.map(String.init) ?? ""
        if !Workbook.looksLikeOne(bytes) {
            if ["xlsx", "xlsm", "ods"].contains(suffix) { throw InputError(file: file, line: 0, .notZip) }
            if ["xls", "et"].contains(suffix) { throw InputError(file: file, line: 0, .compoundDocument) }
        }
        if Workbook.looksLikeOne(bytes) {
            let book = try Workbook(bytes, file: file)
            var lists: [AttendeeList] = []
            for chosen in try book.registrationSheets(sheet, map: map) {
                var list = try read(records: chosen.records, file: file + ":" + chosen.sheet.name, map: map,
                                    sessions: sessions(), parallel: bytes.count >= parallelAbove, notes: chosen.notes,
                                    includeHidden: includeHidden, halalFromEthnicity: halalFromEthnicity)
                list.sheet = chosen.sheet.name
                lists.append(list)
            }
            return lists
        }
        let decoded = try TextDecoding.decode(bytes, file: file, forced: encoding)
        let delimiter = CSVReader.detectDelimiter(decoded.text)
        let records = try CSVReader.lazyRecords(decoded.text, delimiter: delimiter, file: file)
        var list = try read(records: records, file: file, map: map, sessions: sessions(),
                            parallel: bytes.count >= parallelAbove, halalFromEthnicity: halalFromEthnicity)
        list.encoding = decoded.encoding
        list.hadByteOrderMark = decoded.hadByteOrderMark
        list.encodingDoubt = decoded.doubt
        list.delimiter = delimiter
        return [list]
    }

    /// A list from rows already split into cells (a CSV file's records, a worksheet's rows);
    /// `file` is how problems name where they are (`回执.xlsx:参会回执`).
    /// `notes` are what a worksheet's cells hold beyond their text: its hidden rows are reported
    /// and left out (unless `includeHidden`), its error cells reported, and formulas never
    /// calculated said once, at the first, with what to do about them.
    public static func read<Records: RandomAccessCollection<CSVRecord> & Sendable>(
        records: Records, file: String, map: [(column: String, field: AttendeeField)] = [],
        sessions: @autoclosure () -> [Session],
        parallel: Bool = false, notes: SheetNotes = SheetNotes(), includeHidden: Bool = false,
        halalFromEthnicity: Bool = false
    ) throws(InputError) -> AttendeeList where Records.Index == Int {
        let columns = try AttendeeColumns.detect(Array(records.prefix(11)), map: map, file: file)
        let headerAt = records.firstIndex { $0.line == columns.headerLine }!
        let firstAt = records.firstIndex { $0.line == columns.firstHeaderLine }!
        // A header of two rows comes back in a rejects file as the one row it was read as.
        let header = firstAt == headerAt ? records[headerAt]
            : CSVRecord(line: columns.headerLine, fields: columns.columns.map(\.header))
        var list = AttendeeList(
            file: file, encoding: .utf8, hadByteOrderMark: false, delimiter: .comma,
            columns: columns, header: header, rows: [], problems: [], rejectedRecords: [],
            blankRows: 0, skippedAbove: records[..<firstAt].filter { !$0.isBlank }.count)
        // Folding 6,000 titles is a list's without sub-forums for nothing; the sessions are not
        // even read for one (`sessions` is called only here).
        let choices = columns.columns.contains { $0.field == .subForum }
        let reader = RowReader(columns: columns, matcher: SubForumMatcher(sessions: choices ? sessions() : []),
                               halalFromEthnicity: halalFromEthnicity)
        // The body by place in `records`: a record of a CSV text is split again each time it is read.
        var body = Array((headerAt + 1)..<records.endIndex)[...]
        var sheetProblems: [RowProblem] = []
        let nameHeader = (reader.columns(.name) + reader.columns(.surname)).first.map { columns.columns[$0].header }
            ?? "name"
        let hidden = includeHidden ? [] : notes.hiddenRows
        if !hidden.isEmpty {
            for k in body where hidden.contains(records[k].line) && !records[k].isBlank {
                sheetProblems.append(
                    RowProblem(line: records[k].line, column: nameHeader, kind: .hiddenRow, rejected: false))
            }
            body = ArraySlice(body.filter { !hidden.contains(records[$0].line) })
        }
        if let (row, column) = notes.unsavedFormula {
            let header = column - 1 < columns.columns.count ? columns.columns[column - 1].header : ""
            sheetProblems.append(RowProblem(
                line: row, column: header.isEmpty ? "第\(column)列" : header,
                kind: .unsavedFormulas(notes.unsavedFormulas), rejected: false))
        }
        for e in notes.errors where e.row > columns.headerLine && !hidden.contains(e.row) {
            let header = e.column - 1 < columns.columns.count ? columns.columns[e.column - 1].header : ""
            sheetProblems.append(RowProblem(
                line: e.row, column: header.isEmpty ? "第\(e.column)列" : header, kind: .errorCell(e.value),
                rejected: false))
        }
        // Below the list's last row of people, after a blank row, a row of one cell is a note
        // (`以上名单请各单位核对`), not a person. Found before the list is read in halves.
        var end = body.endIndex
        while end > body.startIndex, case let last = records[body[end - 1]],
              last.isBlank || reader.lone(last) != nil || reader.filler(last) != nil {
            end -= 1
        }
        if end > body.startIndex, let gap = body[end...].firstIndex(where: { records[$0].isBlank }) {
            var notesBelow = Set<Int>()
            for r in body[gap...].map({ records[$0] }) where reader.filler(r) == nil {
                guard let (i, text) = reader.lone(r) else { continue }
                notesBelow.insert(r.line)
                let header = i < columns.columns.count ? columns.columns[i].header : "第\(i + 1)列"
                sheetProblems.append(RowProblem(line: r.line, column: header, kind: .filler(text), rejected: false))
            }
            if !notesBelow.isEmpty { body = ArraySlice(body.filter { !notesBelow.contains(records[$0].line) }) }
        }
        var halves: [Rows]
        if parallel, body.count > 1 {
            let middle = body.startIndex + body.count / 2
            let first = body[..<middle], second = body[middle...]
            var (a, b) = BothHalves.run({ reader.rows(first, of: records) }, { reader.rows(second, of: records) })
            a.rows.append(contentsOf: b.rows)
            b.rows = []
            list.rows = a.rows
            a.rows = []
            halves = [a, b]
        } else {
            halves = [reader.rows(body, of: records)]
            list.rows = halves[0].rows
            halves[0].rows = []
        }
        for h in halves {
            list.problems += h.problems
            list.rejectedRecords += h.rejected
            list.blankRows += h.blank
        }
        if let text = records as? CSVRecords {
            // A quote opened in error takes in every row up to the next quote as one cell of one
            // row, silently: Excel and Python read it so too. A cell over many lines is said.
            for k in body where k + 1 < text.endIndex {
                let lines = text.line(of: k + 1) - text.line(of: k)
                guard lines > Self.longCellLines else { continue }
                let r = records[k]
                guard let i = r.fields.firstIndex(where: { $0.contains("\n") || $0.contains("\r") }) else { continue }
                let header = i < columns.columns.count ? columns.columns[i].header : "第\(i + 1)列"
                sheetProblems.append(RowProblem(
                    line: r.line, column: header, kind: .longCell(lines: lines, until: text.line(of: k + 1) - 1),
                    rejected: false))
            }
        }
        if !sheetProblems.isEmpty {
            list.problems = (list.problems + sheetProblems).enumerated()
                .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        }
        return list
    }
}

/// What one run of records became.
private struct Rows {
    var rows = AttendeeRows()
    var problems: [RowProblem] = []
    var rejected: [CSVRecord] = []
    var blank = 0
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
    /// The phone columns, a mobile's first (`手机` before `电话`): the office landline beside it
    /// would reach nobody at the conference.
    let phoneOrder: [Int]
    /// Nil for a list without travel columns, whose rows then cost nothing more.
    let travel: TravelReader?
    /// Nil for a list without stay columns.
    let stay: StayReader?
    /// The 民族 columns (kept in the notes) whose Muslim peoples make a guest's diet halal when
    /// the office asked for it (`--halal-from-ethnicity`); empty otherwise.
    let ethnicity: [Int]

    init(columns: AttendeeColumns, matcher: SubForumMatcher, halalFromEthnicity: Bool = false) {
        self.columns = columns
        self.matcher = matcher
        ethnicity = !halalFromEthnicity ? [] : columns.columns.filter {
            $0.field == nil && AttendeeValues.ethnicityHeaders.contains(AttendeeColumns.headerKey($0.header))
        }.map(\.index)
        travel = TravelReader(columns: columns)
        stay = StayReader(columns: columns)
        var byField = Array(repeating: [Int](), count: AttendeeField.allCases.count)
        for c in columns.columns { if let f = c.field { byField[f.ordinal].append(c.index) } }
        self.byField = byField
        onlyColumn = byField.map { $0.count == 1 ? $0[0] : -1 }
        extras = columns.columns.filter { $0.field == nil }
        let mobile = byField[AttendeeField.phone.ordinal].filter { i in
            let k = AttendeeColumns.headerKey(columns.columns[i].header)
            return ["手机", "移动电话", "mobile", "cell"].contains { k.contains($0) }
        }
        phoneOrder = mobile + byField[AttendeeField.phone.ordinal].filter { !mobile.contains($0) }
    }

    /// Words a note or signature under a list starts with (`注：请于5月6日前回复`,
    /// `联系人：陈老师`), before a colon; and words that sign a form whatever follows.
    static let noteWords = ["注", "备注", "说明", "附注", "注意", "联系人", "联系电话", "负责人", "报送单位",
                            "合计", "总计", "共计"]
    static let signatureWords = ["填表人", "填报人", "审核人", "经办人", "制表人", "填表日期"]
    /// Their first characters, as scalars: asked of every row whose first cell is not ASCII, and a
    /// `Character` is hashed after normalising it.
    static let noteStarts = Set((noteWords + signatureWords).compactMap(\.unicodeScalars.first))
    /// The same as code points, searched one by one (a dozen, cheaper than hashing a scalar).
    static let noteStartValues = noteStarts.map(\.value)

    /// The text and column of a row that is a note under the list rather than a person.
    /// The one filled cell of a row, if it has only one.
    func lone(_ r: CSVRecord) -> (column: Int, text: String)? {
        var found: (Int, String)?
        for (i, f) in r.fields.enumerated() {
            let v = AttendeeValues.text(f)
            if v.isEmpty { continue }
            if found != nil { return nil }
            found = (i, v)
        }
        return found
    }

    func filler(_ r: CSVRecord) -> (column: Int, text: String)? {
        guard let i = r.fields.firstIndex(where: { !$0.isEmpty }) else { return nil }
        var field = r.fields[i]
        // The first visible character, from the bytes when it is a CJK ideograph (nearly always the
        // first of a name): a person's row is passed without cleaning the cell.
        let first = field.withUTF8 { b -> UInt32? in
            guard let k = b.firstIndex(where: { $0 > 0x20 }), b[k] >= 0x80 else { return nil }
            guard k + 2 < b.count, (b[k] >= 0xE4 && b[k] <= 0xE9) || (b[k] == 0xE3 && b[k + 1] >= 0x90) else {
                return 0
            }
            return UInt32(b[k] & 0x0F) << 12 | UInt32(b[k + 1] & 0x3F) << 6 | UInt32(b[k + 2] & 0x3F)
        }
        guard let first else { return nil }
        if first != 0 && !Self.noteStartValues.contains(first) { return nil }
        let cell = AttendeeValues.text(field)
        guard let c = cell.unicodeScalars.first, Self.noteStarts.contains(c) else { return nil }
        if Self.signatureWords.contains(where: cell.hasPrefix) { return (i, cell) }
        if ["合计", "总计", "共计"].contains(cell) { return (i, cell) }
        for w in Self.noteWords where cell.hasPrefix(w) {
            let after = cell.dropFirst(w.count).first
            if after == "：" || after == ":" { return (i, cell) }
        }
        return nil
    }

    /// Two name columns (`--map` of two columns to `name`, `姓`/`名`): Chinese joined as written,
    /// Latin with a space.
    static func joined(_ parts: [String]) -> String {
        let parts = parts.filter { !$0.isEmpty }
        let latin = parts.contains { $0.contains { $0.isLetter && !TextFolding.isHan($0) } }
        return parts.joined(separator: latin ? " " : "")
    }

    func name(_ r: CSVRecord) -> String {
        let names = columns(.name)
        if names.count > 1 {
            return Self.joined(names.filter { $0 < r.fields.count }.map { AttendeeValues.text(r.fields[$0]) })
        }
        let whole = value(.name, r)
        if !whole.isEmpty || (columns(.surname).isEmpty && columns(.givenName).isEmpty) { return whole }
        let surname = value(.surname, r), given = value(.givenName, r)
        // Chinese puts the family name first; a Latin name is written given name first.
        let latin = (surname + given).contains { $0.isLetter && !TextFolding.isHan($0) }
        return latin ? Self.joined([given, surname]) : surname + given
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

    func rows<Records: RandomAccessCollection<CSVRecord>>(_ places: ArraySlice<Int>, of records: Records) -> Rows
    where Records.Index == Int {
        var out = Rows()
        out.rows.reserveCapacity(places.count)
        var memo = SubForumMatcher.Memo()
        for k in places {
            let record = records[k]
            if record.isBlank { out.blank += 1; continue }
            if let (i, text) = filler(record) {
                let header = i < columns.columns.count ? columns.columns[i].header : "第\(i + 1)列"
                out.problems.append(RowProblem(line: record.line, column: header, kind: .filler(text), rejected: false))
                continue
            }
            let (row, problems) = read(record, memo: &memo)
            if !problems.isEmpty { out.problems += problems }
            if let row { out.rows.append(row) } else { out.rejected.append(record) }
        }
        return out
    }

    func read(_ r: CSVRecord, memo: inout SubForumMatcher.Memo) -> (AttendeeRow?, [RowProblem]) {
        var row = AttendeeRow(line: r.line)
        var problems: [RowProblem] = []
        row.name = TextFolding.cleanName(name(r))
        let academic = value(.academicTitle, r)
        if !academic.isEmpty, !row.name.isEmpty, !row.name.hasPrefix(academic) { row.name = academic + " " + row.name }
        row.organisation = value(.organisation, r)
        row.title = value(.title, r)
        row.province = value(.province, r)
        row.city = value(.city, r)
        row.gender = AttendeeValues.gender(value(.gender, r))
        row.category = AttendeeValues.category(value(.category, r))
        // What is printed on a badge or a table card: a character no font has shows only there.
        for (text, field) in [(row.name, AttendeeField.name), (row.organisation, .organisation), (row.title, .title)] {
            let codes = AttendeeValues.unprintable(text)
            if codes.isEmpty { continue }
            // A name may come from surname and given-name columns; the cell is then the first of them.
            let column = field == .name ? (columns(.name) + columns(.surname) + columns(.givenName)).first
                .map { columns.columns[$0].header } ?? "name" : header(field)
            problems.append(RowProblem(line: r.line, column: column, kind: .unprintable(codes), rejected: false))
        }
        let rawLanguage = value(.language, r)
        if !rawLanguage.isEmpty {
            if let code = LanguageName.code(of: rawLanguage) { row.language = code } else {
                problems.append(RowProblem(
                    line: r.line, column: header(.language), kind: .languageUnknown(rawLanguage), rejected: false))
            }
        }
        let rawDiet = value(.diet, r)
        row.diet = AttendeeValues.diet(rawDiet)
        // A Muslim people's guest who wrote nothing, or their people's meal (少数民族餐), eats halal.
        let ethnicMeal = row.diet.map { $0.kind == .other && DietaryNeed.ethnicMeal.contains(where: $0.text.contains) }
        if row.diet == nil && rawDiet.isEmpty || ethnicMeal == true {
            for i in ethnicity where i < r.fields.count {
                let people = AttendeeValues.text(r.fields[i])
                // The words go to the kitchen's sheet: the guest's people stays in the notes only.
                if AttendeeValues.isMuslimPeople(people) { row.diet = DietaryNeed(.halal, text: row.diet?.text ?? "") }
            }
        }
        var contactProblems: [RowProblem] = []
        var contactNotes: [String] = []
        for i in phoneOrder where i < r.fields.count {
            let rawPhone = AttendeeValues.text(r.fields[i])
            if rawPhone.isEmpty { continue }
            let header = columns.columns[i].header
            // The number of another column, once one gave the phone, is kept beside it.
            if !row.phone.isEmpty {
                contactNotes.append(header + "：" + rawPhone)
                problems.append(RowProblem(line: r.line, column: header, kind: .keptInNotes(rawPhone), rejected: false))
                continue
            }
            let cell = AttendeeValues.phoneCell(rawPhone)
            var kind: RowProblem.Kind?
            switch AttendeeValues.phone(cell.first) {
            case .ok(let p): row.phone = p
            case .scientific: kind = .phoneScientific(rawPhone)
            case .invalid: kind = .phoneInvalid(rawPhone)
            case .notMobile: kind = .phoneNotMobile(rawPhone)
            }
            if let kind {
                contactProblems.append(RowProblem(line: r.line, column: header, kind: kind, rejected: false))
            }
            for o in cell.others {
                contactNotes.append(header + "：" + o)
                problems.append(RowProblem(line: r.line, column: header, kind: .keptSecond(o), rejected: false))
            }
            for remark in cell.remarks {
                contactNotes.append(header + "：" + remark)
                problems.append(RowProblem(line: r.line, column: header, kind: .keptInNotes(remark), rejected: false))
            }
            for e in cell.extensions {
                contactNotes.append(header + "：分机 " + e)
                problems.append(RowProblem(line: r.line, column: header, kind: .extensionKept(e), rejected: false))
            }
        }
        for i in columns(.email) where i < r.fields.count {
            let rawEmail = AttendeeValues.text(r.fields[i])
            if rawEmail.isEmpty { continue }
            let header = columns.columns[i].header
            if !row.email.isEmpty { contactNotes.append(header + "：" + rawEmail); continue }
            // One plain address, the usual cell: nothing to split, correct or keep beside it.
            if let e = AttendeeValues.plainEmail(rawEmail, alone: true) { row.email = e; continue }
            let addresses = AttendeeValues.emails(rawEmail)
            let first = addresses.first ?? ""
            if let e = AttendeeValues.email(first) {
                row.email = e
            } else if let e = AttendeeValues.correctedEmail(first) {
                row.email = e
                problems.append(
                    RowProblem(line: r.line, column: header, kind: .emailCorrected(first, to: e), rejected: false))
            } else {
                contactProblems.append(
                    RowProblem(line: r.line, column: header, kind: .emailInvalid(rawEmail), rejected: false))
            }
            for o in addresses.dropFirst() {
                contactNotes.append(header + "：" + o)
                problems.append(RowProblem(line: r.line, column: header, kind: .keptSecond(o), rejected: false))
            }
        }

        var notes: [String] = []
        for i in columns(.notes) where i < r.fields.count {
            let v = AttendeeValues.text(r.fields[i])
            if !v.isEmpty { notes.append(v) }
        }
        for c in extras where c.index < r.fields.count {
            let v = AttendeeValues.text(r.fields[c.index])
            if v.isEmpty { continue }
            let header = c.header.isEmpty ? "第\(c.index + 1)列" : c.header
            notes.append(header + "：" + v)
            if v.utf8.contains(UInt8(ascii: "+")), case .scientific = PhoneNumber.read(v) {
                problems.append(RowProblem(line: r.line, column: header, kind: .numberScientific(v), rejected: false))
            }
        }
        // Cells past the header's last column still hold something someone typed.
        if r.fields.count > columns.columns.count {
            for i in columns.columns.count..<r.fields.count {
                let v = AttendeeValues.text(r.fields[i])
                if !v.isEmpty { notes.append("第\(i + 1)列：" + v) }
            }
        }
        if let travel { row.travel = travel.read(r, problems: &problems, notes: &notes) }
        if let stay { row.stay = stay.read(r, problems: &problems) }
        if let travel, var s = row.stay, s.lodging != nil || s.kind != nil, s.need(before: nil) != .noRoom {
            // A day of arrival without its hour plans no car, but it is the night the room starts
            // (and a day of leaving the day it ends) when the stay's own date columns say none.
            if s.checkIn == nil, let d = travel.dayAlone(arrival: true, r) { s.checkIn = d }
            if s.checkOut == nil, let d = travel.dayAlone(arrival: false, r) { s.checkOut = d }
            row.stay = s
        }
        notes += contactNotes
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
                    column: (columns(.name) + columns(.surname) + columns(.givenName)).first
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
