import Codecs
import PlanningCore

/// An .xlsx workbook (or an OpenDocument .ods, see `OpenDocumentSheets`) read as staff typed
/// it: each sheet's rows as text, row numbers as Excel shows them. A phone typed as a number is
/// its digits, a date cell a date (`2026-05-13`), rich text one string, a formula its cached
/// value, and a merged range the value of its first cell.
public struct Workbook {
    public struct Sheet: Sendable {
        public var name: String
        public var hidden: Bool
        /// The part holding it, read only when asked for.
        var part: String
    }

    /// The cells an OpenDocument file's repeats and merges may spell out, all sheets together:
    /// about what the largest .xlsx the reader takes could hold.
    public static let maxRepeatedCells = 8_000_000
    /// The rows with something in them an OpenDocument file's repeated rows and merges may add to
    /// those it writes out: real lists repeat a row or merge a cell down a few times, not more.
    public static let maxRepeatedRows = 10_000

    public let file: String
    public let sheets: [Sheet]
    private let zip: ZipArchive
    private let strings: [String]
    private let styles: Styles
    private let date1904: Bool
    /// The inflated sizes of the string table and the styles, held beside any sheet read.
    private let heldBeside: Int
    /// An OpenDocument spreadsheet's tables by name, all read when it is opened (they share one
    /// part, content.xml); nil for an .xlsx workbook.
    private let openDocument: [String: OpenDocumentSheets.Table]?

    public init(_ bytes: [UInt8], file: String) throws(InputError) {
        self.file = file
        zip = try ZipArchive(bytes, file: file)
        if let tables = try Self.openDocumentTables(zip, file: file) {
            guard !tables.isEmpty else { throw InputError(file: file, line: 0, .noSheets) }
            sheets = tables.map { Sheet(name: $0.name, hidden: $0.hidden, part: "content.xml") }
            openDocument = Dictionary(tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            (strings, styles, date1904, heldBeside) = ([], Styles(), false, 0)
            return
        }
        openDocument = nil
        let book = try Self.officeDocument(zip, file: file)
        let rels = try Self.relationships(zip, of: book, file: file)
        var sheets: [Sheet] = [], date1904 = false
        var scan = XMLScan(try zip.read(book))
        do throws(XMLScan.Malformed) {
            while let t = try scan.next() {
                guard case .start(let name, let attrs, _) = t else { continue }
                if scan.equals(name, "workbookPr") {
                    let v = try scan.attribute("date1904", in: attrs)
                    date1904 = v == "1" || v == "true"
                } else if scan.equals(name, "sheet") {
                    let id = try scan.attribute("id", in: attrs) ?? ""
                    guard let target = rels[id] else { continue }  // a chart sheet has no worksheet part
                    let state = try scan.attribute("state", in: attrs) ?? "visible"
                    sheets.append(
                        Sheet(name: try scan.attribute("name", in: attrs) ?? id, hidden: state != "visible",
                              part: target))
                }
            }
        } catch { throw InputError(file: file, line: 0, .badXML, book, error.what) }
        guard !sheets.isEmpty else { throw InputError(file: file, line: 0, .noSheets) }
        self.sheets = sheets
        self.date1904 = date1904
        let folder = book.split(separator: "/").dropLast().joined(separator: "/")
        // Parts by their usual names in any case: writers on Windows spell them as they like.
        let typed = rels.values.first { $0.lowercased().hasSuffix("sharedstrings.xml") }
            ?? folder + "/sharedStrings.xml"
        strings = zip.entry(typed) == nil ? [] : try Self.sharedStrings(try zip.read(typed), typed, file)
        let stylePart = rels.values.first { $0.lowercased().hasSuffix("styles.xml") } ?? folder + "/styles.xml"
        styles = zip.entry(stylePart) == nil ? Styles() : try Styles(try zip.read(stylePart), stylePart, file)
        heldBeside = (zip.entry(typed)?.size ?? 0) + (zip.entry(stylePart)?.size ?? 0)
    }

    /// The sheet's rows, each numbered as Excel numbers it; empty rows are left out.
    public func records(of sheet: Sheet) throws(InputError) -> [CSVRecord] { try read(sheet).records }

    /// The sheet's rows, and what they do not say: hidden rows, error cells, formulas never calculated.
    public func read(_ sheet: Sheet) throws(InputError) -> (records: [CSVRecord], notes: SheetNotes) {
        if let table = openDocument?[sheet.name] {
            if let over = table.overLimit { throw Self.refusal(over, at: file + ":" + sheet.name) }
            return (table.merges.isEmpty ? table.rows : Self.fill(table.rows, table.merges), table.notes)
        }
        // What is held inflated at once: the sheet, beside the strings and styles read already.
        let held = (zip.entry(sheet.part)?.size ?? 0) + heldBeside
        guard held <= ZipArchive.maxTotalBytes else { throw InputError(file: file, line: 0, .workbookTooLarge) }
        let bytes = try zip.read(sheet.part)
        let reader = CellReader(strings: strings, styles: styles, date1904: date1904)
        var read: CellReader.Result
        if bytes.count > 4 << 20, let halves = Self.halves(of: bytes) {
            // Two halves at once, split where a row with its number starts; if the halves do not
            // meet exactly there (a split inside a comment, say), the whole part is read again.
            let (a, b) = BothHalves.run({ () -> (CellReader.Result, Int)? in
                var scan = XMLScan(bytes, upTo: halves.split)
                guard let r = try? reader.read(&scan), scan.at == halves.split, scan.open == halves.open else {
                    return nil
                }
                return (r, 0)
            }, { () -> CellReader.Result? in
                var scan = XMLScan(bytes, from: halves.split, open: halves.open)
                return try? reader.read(&scan)
            })
            if let (first, _) = a, let second = b {
                read = first
                read.rows += second.rows
                read.merges += second.merges
                // The second half's first refusals stand when the first half had none.
                read.overLimit = first.overLimit ?? second.overLimit
                read.missingString = first.missingString ?? second.missingString
                read.notes.add(second.notes)
            } else {
                read = try whole(bytes, reader, sheet.part)
            }
        } else {
            read = try whole(bytes, reader, sheet.part)
        }
        if let row = read.missingString {
            throw InputError(file: file + ":" + sheet.name, line: row, .missingString)
        }
        if let over = read.overLimit { throw Self.refusal(over, at: file + ":" + sheet.name) }
        return (read.merges.isEmpty ? read.rows : Self.fill(read.rows, read.merges), read.notes)
    }

    /// A sheet refused at its first cell past the CSV reader's limits.
    private static func refusal(_ over: (row: Int, column: Int, tooWide: Bool), at: String) -> InputError {
        over.tooWide
            ? InputError(file: at, line: over.row, .tooManyColumns, "\(CSVReader.maxColumns)")
            : InputError(
                file: at, line: over.row, field: FileWords.column.text(code: "en", arguments: ["\(over.column)"]),
                .fieldTooLong)
    }

    /// An OpenDocument package's tables, or nil when the archive is not one (no OpenDocument
    /// `mimetype`, and an .xlsx's workbook part or no content.xml). One of another kind (a text
    /// document) is refused by what it is.
    static func openDocumentTables(_ zip: ZipArchive, file: String) throws(InputError) -> [OpenDocumentSheets.Table]? {
        var kind: String?
        if let entry = zip.entry("mimetype"), entry.size < 200 {
            kind = String(decoding: try zip.read("mimetype"), as: UTF8.self).trimmingSpaces.description
        }
        if let kind, kind.hasPrefix("application/vnd.oasis.opendocument.") {
            guard OpenDocumentSheets.spreadsheetTypes.contains(kind) else {
                throw InputError(file: file, line: 0, .notSpreadsheet, kind)
            }
        } else if zip.entry("content.xml") == nil || zip.entry("xl/workbook.xml") != nil
            || zip.entry("_rels/.rels") != nil
        {
            return nil
        }
        guard zip.entry("content.xml") != nil else {
            throw InputError(file: file, line: 0, .damagedZip, "no part content.xml")
        }
        // A password-protected document keeps its manifest readable and its parts encrypted,
        // which would otherwise read as XML that is not well-formed.
        if let manifest = zip.entry("META-INF/manifest.xml"), manifest.size < 1 << 20,
           try zip.read("META-INF/manifest.xml").firstRange(of: Array("encryption-data".utf8)) != nil
        {
            throw InputError(file: file, line: 0, .protectedWorkbook)
        }
        return try OpenDocumentSheets.read(try zip.read("content.xml"), file: file)
    }

    private func whole(_ bytes: [UInt8], _ reader: CellReader, _ part: String) throws(InputError) -> CellReader.Result {
        var scan = XMLScan(bytes)
        do throws(XMLScan.Malformed) {
            return try reader.read(&scan)
        } catch { throw InputError(file: file, line: 0, .badXML, part, error.what) }
    }

    /// Where to cut a large sheet in two: at a `<row r="…">` near the middle, with the elements
    /// open there (the worksheet and its sheetData), found by reading the head of the part.
    static func halves(of bytes: [UInt8]) -> (split: Int, open: [Range<Int>])? {
        var head = XMLScan(bytes)
        var open: [Range<Int>]?
        while open == nil, let t = try? head.next() {
            if case .start(let name, _, false) = t, head.equals(name, "sheetData") { open = head.open }
        }
        guard let open else { return nil }
        let row = Array("<row r=\"".utf8)
        var i = bytes.count / 2
        while i + row.count < bytes.count {
            if bytes[i] == 0x3C && bytes[i..<(i + row.count)].elementsEqual(row) { return (i, open) }
            i += 1
        }
        return nil
    }
}

/// Turns a sheet's XML into rows of text, cell by cell, as `Workbook.records` describes.
struct CellReader: Sendable {
    let strings: [String]
    let styles: Styles
    let date1904: Bool

    struct Result {
        var rows: [CSVRecord] = []
        var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
        /// The first cell past the limits the CSV reader keeps (a column past 1,024, a value over
        /// 64 KiB): the sheet is refused there, as a CSV file would be.
        var overLimit: (row: Int, column: Int, tooWide: Bool)?
        /// The first cell that names a shared string the workbook does not have: a damaged or
        /// half-written file, refused rather than read as empty cells.
        var missingString: Int?
        var notes = SheetNotes()
    }

    func read(_ scan: inout XMLScan) throws(XMLScan.Malformed) -> Result {
        var out = Result()
        var row = 0, column = 0
        var fields: [String] = []
        var type = CellType.number, style = 0, inValue = false, inline = false, phonetic = 0, formula = false
        // A value is almost always one run of text: kept as where it lies until the cell ends.
        var valueRange: Range<Int>?, value = "", pieces = 0
        let first = scan.at
        func flush() {
            if !fields.isEmpty { out.rows.append(CSVRecord(line: row, fields: fields)) }
            if out.rows.count == 256 {
                // Room for the rows the rest of the part holds at this rate, made once: grown by
                // doubling, the array of a 100,000-row sheet was copied a dozen times.
                let rate = max(1, (scan.at - first) / 256)
                out.rows.reserveCapacity(256 + (scan.end - scan.at) / rate + 64)
            }
            // Rows are as wide as the one before, nearly always: room made once, not cell by cell.
            let width = fields.count
            fields = []
            fields.reserveCapacity(width)
        }
        func put(_ text: String) {
            guard column >= 1 else { return }
            if column > CSVReader.maxColumns || text.utf8.count > CSVReader.maxFieldBytes {
                if out.overLimit == nil { out.overLimit = (row, column, column > CSVReader.maxColumns) }
                return
            }
            // Appended, not padded with an array made for the purpose: the next cell is nearly always
            // the next column, and that array was made for every one of a million cells.
            if fields.count == column - 1 { return fields.append(text) }
            while fields.count < column { fields.append("") }
            fields[column - 1] = text
        }
        while let t = try scan.next() {
            switch t {
            case .start(let name, let attrs, let empty):
                if scan.equals(name, "c") {
                    // r, t and s in one pass over the tag: this runs for every one of a million cells.
                    // Read from the bytes the scanner hands over, not through `scan` or its array: each
                    // look through either held and let go of the buffer, a fifth of reading a sheet.
                    var r: Int?, t = CellType.number, s = 0
                    try scan.attributes(in: attrs) { bytes, key, value in
                        guard key.count == 1 else { return }
                        switch bytes[key.lowerBound] {
                        case 0x72: r = Workbook.column(of: bytes, value)
                        case 0x74: t = CellType(bytes, value)
                        case 0x73: s = XMLScan.int(bytes, value) ?? 0
                        default: break
                        }
                    }
                    column = r ?? column + 1
                    type = t
                    style = s
                    valueRange = nil
                    value = ""
                    pieces = 0
                    inline = false
                    formula = false
                    if empty { put("") }
                    // A plain value or inline string, read at once: what the tokens would give it.
                    guard !empty, type != .error else { continue }
                    let plain = scan.text(between: "<v>", "</v></c>", closing: "c")
                        ?? (type == .text ? scan.text(between: "<is><t>", "</t></is></c>", closing: "c") : nil)
                    if let plain {
                        let t = try text(type, style, plain, "", scan)
                        if t == nil && out.missingString == nil { out.missingString = row }
                        put(t ?? "")
                    }
                } else if scan.equals(name, "v") {
                    inValue = !empty
                } else if scan.equals(name, "f") {
                    formula = true
                } else if scan.equals(name, "row") {
                    flush()
                    row = try scan.attributeRange("r", in: attrs).flatMap(scan.int) ?? row + 1
                    column = 0
                    if let h = try scan.attribute("hidden", in: attrs), h == "1" || h == "true" {
                        out.notes.hiddenRows.insert(row)
                    }
                } else if scan.equals(name, "is") {
                    inline = true
                } else if scan.equals(name, "t") && inline && phonetic == 0 {
                    inValue = !empty
                } else if scan.equals(name, "rPh") {
                    phonetic += empty ? 0 : 1
                } else if scan.equals(name, "mergeCell"), let ref = try scan.attribute("ref", in: attrs),
                          let range = Workbook.range(ref) {
                    out.merges.append(range)
                }
            case .end(let name):
                if scan.equals(name, "c") {
                    if type == .error {
                        // A failed formula's `#N/A` is no one's organisation: an empty cell, said.
                        let shown = try valueRange.map { r throws(XMLScan.Malformed) in try scan.decoded(r) } ?? value
                        out.notes.errors.append((row, column, shown))
                        put("")
                        continue
                    }
                    if formula && valueRange == nil && value.isEmpty && type == .number {
                        // Written by a program that cannot calculate: no value was ever saved.
                        if out.notes.unsavedFormula == nil { out.notes.unsavedFormula = (row, column) }
                        out.notes.unsavedFormulas += 1
                    }
                    let t = try text(type, style, valueRange, value, scan)
                    if t == nil && out.missingString == nil { out.missingString = row }
                    put(t ?? "")
                } else if scan.equals(name, "v") || scan.equals(name, "t") {
                    inValue = false
                } else if scan.equals(name, "row") {
                    flush()
                } else if scan.equals(name, "rPh") {
                    phonetic -= 1
                }
            case .text(let r, let cdata):
                guard inValue else { continue }
                pieces += 1
                if pieces == 1 && !cdata {
                    valueRange = r
                } else {
                    if let first = valueRange { value = try scan.decoded(first) }
                    valueRange = nil
                    value += cdata ? scan.text(r) : try scan.decoded(r)
                }
            }
        }
        flush()
        return out
    }

    private func text(_ type: CellType, _ style: Int, _ range: Range<Int>?, _ value: String,
                      _ scan: XMLScan) throws(XMLScan.Malformed) -> String? {
        if type == .shared {
            if let i = range.flatMap(scan.int) { return i < strings.count ? strings[i] : nil }
            // `<c t="s"></c>` and `<v/>` hold no string: an empty cell, as Excel shows it; white space
            // around the index is XML's, not the value's.
            let typed = try range.map { r throws(XMLScan.Malformed) in try scan.decoded(r) } ?? value
            let index = typed.trimmingSpaces
            if index.isEmpty { return "" }
            return Int(index).flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil }
        }
        let text = try range.map { r throws(XMLScan.Malformed) in try scan.decoded(r) } ?? value
        switch type {
        case .bool: return text == "1" ? "TRUE" : text == "0" ? "FALSE" : text
        case .number:
            return CellNumber.text(String(text.trimmingSpaces), date: styles.isDate(style), date1904: date1904,
                                   percent: styles.isPercent(style))
        case .date: return CellNumber.isoDate(text)
        default:
            // WPS keeps a picture placed in a cell as a formula whose saved value is its own text.
            // Asked of the bytes: `hasPrefix` compares characters, a seventh of reading a sheet of text cells.
            if text.utf8.first == UInt8(ascii: "="), text.utf8.starts(with: "=DISPIMG(".utf8) {
                return Workbook.pictureCell
            }
            return Workbook.unescaped(text)
        }
    }

    /// A cell's `t`: what its value is.
    enum CellType {
        case number, shared, bool, date, text, error

        /// From the value of `t` at `r` in `bytes`: one letter for all but text (`str`, `inlineStr`).
        init(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) {
            guard r.count == 1 else { self = .text; return }
            switch bytes[r.lowerBound] {
            case UInt8(ascii: "s"): self = .shared
            case UInt8(ascii: "b"): self = .bool
            case UInt8(ascii: "n"): self = .number
            case UInt8(ascii: "d"): self = .date
            case UInt8(ascii: "e"): self = .error
            default: self = .text
            }
        }
    }
}

extension Workbook {
    /// What a picture placed in a cell (WPS's DISPIMG) reads as: the list keeps that there was one.
    static let pictureCell = "（图片）"

    /// A ZIP archive (a workbook, or something posing as one) or a compound document (.xls, .et,
    /// a password-protected workbook), which the workbook reader refuses by name.
    public static func looksLikeOne(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
            || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    // MARK: parts

    /// Where the workbook part is: the package's relationships say (`xl/workbook.xml` by custom).
    static func officeDocument(_ zip: ZipArchive, file: String) throws(InputError) -> String {
        guard zip.entry("_rels/.rels") != nil else {
            guard zip.entry("xl/workbook.xml") != nil else { throw InputError(file: file, line: 0, .notZip) }
            return "xl/workbook.xml"
        }
        let rels = try relationships(zip, of: "", file: file, part: "_rels/.rels")
        // Excel's binary workbook (.xlsb) is a package too, but its parts are not XML.
        if rels.values.contains(where: { $0.lowercased().hasSuffix(".bin") && $0.lowercased().contains("workbook") })
            || zip.entry("xl/workbook.bin") != nil
        {
            throw InputError(file: file, line: 0, .binaryWorkbook)
        }
        let named = rels.first { $0.value.lowercased().hasSuffix(".xml") && $0.value.lowercased().contains("workbook") }
        let book = named?.value ?? "xl/workbook.xml"
        guard zip.entry(book) != nil else { throw InputError(file: file, line: 0, .damagedZip, "no part \(book)") }
        return book
    }

    /// A part's relationships by id, their targets as paths inside the package.
    static func relationships(_ zip: ZipArchive, of partName: String, file: String,
                              part: String? = nil) throws(InputError) -> [String: String] {
        let folder = partName.split(separator: "/").dropLast().joined(separator: "/")
        let base = partName.split(separator: "/").last.map(String.init) ?? ""
        let relsName: String = part ?? ((folder.isEmpty ? "" : folder + "/") + "_rels/" + base + ".rels")
        guard zip.entry(relsName) != nil else { return [:] }
        var scan = XMLScan(try zip.read(relsName))
        var out: [String: String] = [:]
        do throws(XMLScan.Malformed) {
            while let t = try scan.next() {
                guard case .start(let name, let attrs, _) = t, scan.equals(name, "Relationship") else { continue }
                guard let id = try scan.attribute("Id", in: attrs),
                      let target = try scan.attribute("Target", in: attrs),
                      try scan.attribute("TargetMode", in: attrs) != "External"
                else { continue }
                out[id] = resolve(target, from: folder)
            }
        } catch { throw InputError(file: file, line: 0, .badXML, relsName, error.what) }
        return out
    }

    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for p in target.split(separator: "/") {
            if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(String(p)) }
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings in order; a rich-text string is its runs joined, phonetic guides left out.
    static func sharedStrings(_ bytes: [UInt8], _ part: String, _ file: String) throws(InputError) -> [String] {
        var scan = XMLScan(bytes)
        var out: [String] = [], current = "", inText = false, phonetic = 0
        do throws(XMLScan.Malformed) {
            while let t = try scan.next() {
                switch t {
                case .start(let name, _, let empty):
                    if scan.equals(name, "si") { current = "" }
                    else if scan.equals(name, "t") { inText = !empty && phonetic == 0 }
                    else if scan.equals(name, "rPh") && !empty { phonetic += 1 }
                    if scan.equals(name, "si") && empty { out.append("") }
                case .end(let name):
                    if scan.equals(name, "si") { out.append(Self.unescaped(current)) }
                    else if scan.equals(name, "t") { inText = false }
                    else if scan.equals(name, "rPh") { phonetic -= 1 }
                case .text(let r, let cdata):
                    if inText { current += cdata ? scan.text(r) : try scan.decoded(r) }
                }
            }
        } catch { throw InputError(file: file, line: 0, .badXML, part, error.what) }
        return out
    }

    // MARK: text

    /// A cell's text with its ECMA-376 escapes (ST_Xstring) decoded: `_xHHHH_` is the character
    /// U+HHHH (how Excel and LibreOffice keep a carriage return or a control character XML
    /// cannot hold), so `_x005F_` is an underscore and `_x005F_x000D_` the text `_x000D_`. An
    /// escaped surrogate pair is one character; anything else that only looks like one stays.
    static func unescaped(_ text: String) -> String {
        var copy = text
        let has = copy.withUTF8 { b in
            b.count >= 7 && b.indices.dropLast(6).contains { b[$0] == 0x5F && b[$0 + 1] == 0x78 }
        }
        guard has else { return text }
        let u = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        func code(_ at: Int) -> UInt32? {
            guard at + 7 <= u.count, u[at] == 0x5F, u[at + 1] == 0x78, u[at + 6] == 0x5F else { return nil }
            var n: UInt32 = 0
            for b in u[(at + 2)..<(at + 6)] {
                guard let d = hexDigit(b) else { return nil }
                n = n << 4 | d
            }
            return n
        }
        var i = 0
        while i < u.count {
            if u[i] == 0x5F, var n = code(i) {
                var length = 7
                if (0xD800...0xDBFF).contains(n), let low = code(i + 7), (0xDC00...0xDFFF).contains(low) {
                    n = 0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00)
                    length = 14
                }
                if let scalar = Unicode.Scalar(n) {
                    out += Array(String(Character(scalar)).utf8)
                    i += length
                    continue
                }
            }
            out.append(u[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: UInt32(b - 0x30)
        case 0x41...0x46: UInt32(b - 0x41 + 10)
        case 0x61...0x66: UInt32(b - 0x61 + 10)
        default: nil
        }
    }

    // MARK: references

    /// `C12` → column 3, from the letters it starts with (at most three: XFD is the last column),
    /// for the reference at `r` in `bytes`, read where it lies.
    static func column(of bytes: [UInt8], _ r: Range<Int>) -> Int? {
        bytes.withUnsafeBufferPointer { column(of: $0, r) }
    }

    static func column(of bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        var n = 0, letters = 0
        for i in r {
            let u = bytes[i] | 0x20
            guard u >= 0x61 && u <= 0x7A else { break }
            n = n * 26 + Int(u - 0x60)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : n
    }

    /// The same of a reference's bytes (a merged range's ends).
    static func column(of ref: some Sequence<UInt8>) -> Int? {
        let bytes = Array(ref)
        return column(of: bytes, bytes.indices)
    }

    static func row(of ref: String) -> Int? { Int(ref.drop { $0.isLetter }) }

    static func range(_ ref: String) -> (rows: ClosedRange<Int>, columns: ClosedRange<Int>)? {
        let ends = ref.split(separator: ":").map(String.init)
        guard ends.count == 2, let c0 = column(of: ends[0].utf8), let r0 = row(of: ends[0]),
              let c1 = column(of: ends[1].utf8),
              let r1 = row(of: ends[1]), c0 <= c1, r0 <= r1, r1 - r0 < 100_000
        else { return nil }
        return (r0...r1, c0...c1)
    }

    /// Every cell of a merged range takes the value of its first cell (a college's name merged
    /// down its delegates' rows belongs to each of them).
    static func fill(
        _ rows: [CSVRecord], _ merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)]
    ) -> [CSVRecord] {
        var byLine = Dictionary(rows.enumerated().map { ($1.line, $0) }, uniquingKeysWith: { first, _ in first })
        var out = rows
        for m in merges {
            guard let first = byLine[m.rows.lowerBound] else { continue }
            let c = m.columns.lowerBound - 1
            let value = c < out[first].fields.count ? out[first].fields[c] : ""
            guard !value.isEmpty else { continue }
            for line in m.rows {
                if byLine[line] == nil {
                    out.append(CSVRecord(line: line, fields: []))
                    byLine[line] = out.count - 1
                }
                let i = byLine[line]!
                for col in m.columns where col - 1 < CSVReader.maxColumns {
                    if out[i].fields.count < col {
                        out[i].fields += Array(repeating: "", count: col - out[i].fields.count)
                    }
                    if out[i].fields[col - 1].isEmpty { out[i].fields[col - 1] = value }
                }
            }
        }
        return out.sorted { $0.line < $1.line }
    }
}

/// What a sheet's cells hold beyond their text, for the import to tell staff.
public struct SheetNotes: Sendable {
    /// Rows hidden in the workbook (offices hide cancelled people), by their numbers.
    public var hiddenRows: Set<Int> = []
    /// Cells that hold an error (`#N/A`), read as empty.
    public var errors: [(row: Int, column: Int, value: String)] = []
    /// Formulas a program wrote without calculating them: no value to read.
    public var unsavedFormulas = 0
    public var unsavedFormula: (row: Int, column: Int)?

    public init() {}

    mutating func add(_ other: SheetNotes) {
        hiddenRows.formUnion(other.hiddenRows)
        errors += other.errors
        unsavedFormulas += other.unsavedFormulas
        if unsavedFormula == nil { unsavedFormula = other.unsavedFormula }
    }
}
