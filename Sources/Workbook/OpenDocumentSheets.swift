import Codecs
import PlanningCore

/// The tables of an OpenDocument spreadsheet (.ods, as LibreOffice and WPS save it), read from
/// its content.xml into rows numbered as Calc shows them, as `Workbook` reads an .xlsx sheet:
/// a number by its value, a date as a date, a merged range the value of its first cell.
///
/// Calc writes runs of equal cells and rows once with a repeat count, and ends nearly every row
/// with an empty cell repeated to column 16,384 and every table with an empty row repeated to
/// row 1,048,576: empty repeats only move the position, and the cells repeats would spell out
/// are counted first, so a small file cannot make a huge sheet.
struct OpenDocumentSheets {
    struct Table {
        var name: String
        var hidden: Bool
        var rows: [CSVRecord] = []
        var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
        /// As `CellReader.Result.overLimit`: the first cell past the CSV reader's limits.
        var overLimit: (row: Int, column: Int, tooWide: Bool)?
        /// Hidden rows and error cells, as `CellReader.Result.notes`.
        var notes = SheetNotes()
    }

    static let spreadsheetTypes: Set<String> = [
        "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet-template",
    ]

    static func read(_ bytes: [UInt8], file: String) throws(InputError) -> [Table] {
        var scan = XMLScan(bytes)
        var reader = Reader(file: file)
        do throws(XMLScan.Malformed) {
            while reader.tooMany == nil, let t = try scan.next() { try reader.take(t, &scan) }
        } catch { throw InputError(file: file, line: 0, .badXML, "content.xml", error.what) }
        if let bomb = reader.tooMany { throw bomb }
        return reader.tables
    }

    /// The state of one pass over content.xml.
    private struct Reader {
        let file: String
        var tables: [Table] = []
        var table: Table?
        /// Table styles that hide their table (`table:display="false"`), and the one being read.
        var hiddenStyles: Set<String> = []
        var style: String?
        /// Rows before the current one, counting repeats; its repeat count; its cells so far.
        var row = 0, rowRepeat = 1, rowHidden = false
        /// The current cell holds an error (Calc's `calcext:value-type="error"`, `#N/A`).
        var cellError = false
        var fields: [String] = []
        var column = 0
        /// The current cell: its repeat count, its typed value, its text, paragraphs so far.
        var inCell = false, cellRepeat = 1, typed: String?, text: [UInt8] = [], paragraphs = 0, inParagraph = false
        /// Inside a comment or a drawing in a cell, whose text is not the cell's.
        var skipped = 0
        /// The current cell's merged range, if it starts one.
        var merge: (rows: ClosedRange<Int>, columns: ClosedRange<Int>)?, mergedDown = 0
        var cells = 0, extraRows = 0
        var tooMany: InputError?

        mutating func take(_ t: XMLScan.Token, _ scan: inout XMLScan) throws(XMLScan.Malformed) {
            switch t {
            case .start(let name, let attrs, let empty):
                try start(name, attrs, empty, &scan)
            case .end(let name):
                if scan.equals(name, "table-cell") || scan.equals(name, "covered-table-cell") {
                    endCell()
                } else if scan.equals(name, "table-row") {
                    endRow()
                } else if scan.equals(name, "table"), let done = table {
                    tables.append(done)
                    table = nil
                } else if scan.equals(name, "annotation") || scan.equals(name, "frame") || scan.equals(name, "note") {
                    skipped -= 1
                } else if scan.equals(name, "style") {
                    style = nil
                } else if scan.equals(name, "p") || scan.equals(name, "h") {
                    inParagraph = false
                }
            case .text(let r, let cdata):
                // Between paragraphs is only the layout of the XML, not the cell's text.
                guard inCell, skipped == 0, inParagraph else { return }
                text += cdata ? Array(scan.bytes[r]) : Array(try scan.decoded(r).utf8)
            }
        }

        private mutating func start(
            _ name: Range<Int>, _ attrs: Range<Int>, _ empty: Bool, _ scan: inout XMLScan
        ) throws(XMLScan.Malformed) {
            if inCell {
                if scan.equals(name, "annotation") || scan.equals(name, "frame") || scan.equals(name, "note") {
                    skipped += empty ? 0 : 1
                } else if skipped > 0 {
                    return
                } else if scan.equals(name, "p") || scan.equals(name, "h") {
                    if paragraphs > 0 { text.append(0x0A) }
                    paragraphs += 1
                    inParagraph = !empty
                } else if scan.equals(name, "s") {
                    let n = try scan.attributeRange("c", in: attrs).flatMap(scan.int) ?? 1
                    text += Array(repeating: 0x20, count: min(max(n, 1), CSVReader.maxFieldBytes))
                } else if scan.equals(name, "tab") {
                    text.append(0x09)
                } else if scan.equals(name, "line-break") {
                    text.append(0x0A)
                }
                return
            }
            if scan.equals(name, "table-cell") || scan.equals(name, "covered-table-cell") {
                guard table != nil else { return }
                try startCell(attrs, covered: scan.equals(name, "covered-table-cell"), &scan)
                if empty { endCell() }
            } else if scan.equals(name, "table-row") {
                guard table != nil else { return }
                // Clamped far past Calc's 1,048,576 rows, so counts cannot overflow.
                let repeated = try scan.attributeRange("number-rows-repeated", in: attrs).flatMap(scan.int) ?? 1
                rowRepeat = min(max(1, repeated), 1 << 24)
                let visibility = try scan.attribute("visibility", in: attrs)
                rowHidden = visibility == "collapse" || visibility == "filter"
                fields = []
                column = 0
                if empty { endRow() }
            } else if scan.equals(name, "table") {
                let styleName = try scan.attribute("style-name", in: attrs)
                table = Table(name: try scan.attribute("name", in: attrs) ?? "\(tables.count + 1)",
                              hidden: styleName.map(hiddenStyles.contains) ?? false)
                row = 0
            } else if scan.equals(name, "style") {
                style = try scan.attribute("family", in: attrs) == "table" ? try scan.attribute("name", in: attrs) : nil
            } else if scan.equals(name, "table-properties"), let style,
                      try scan.attribute("display", in: attrs) == "false" {
                hiddenStyles.insert(style)
            }
        }

        private mutating func startCell(
            _ attrs: Range<Int>, covered: Bool, _ scan: inout XMLScan
        ) throws(XMLScan.Malformed) {
            var repeatRange: Range<Int>?, valueType: String?, spanRows = 1, spanColumns = 1
            var value: String?, date: String?, time: String?, boolean: String?
            cellError = false
            try scan.attributes(in: attrs) { key, v in
                if scan.equals(key, "number-columns-repeated") { repeatRange = v }
                else if scan.equals(key, "value-type") {
                    // office:value-type says string for an error; calcext:value-type says error.
                    if valueType == nil { valueType = scan.text(v) }
                    if scan.text(v) == "error" { cellError = true }
                }
                else if scan.equals(key, "value") { value = scan.text(v) }
                else if scan.equals(key, "date-value") { date = scan.text(v) }
                else if scan.equals(key, "time-value") { time = scan.text(v) }
                else if scan.equals(key, "boolean-value") { boolean = scan.text(v) }
                else if scan.equals(key, "number-rows-spanned") { spanRows = max(1, scan.int(v) ?? 1) }
                else if scan.equals(key, "number-columns-spanned") { spanColumns = max(1, scan.int(v) ?? 1) }
            }
            inCell = true
            cellRepeat = min(max(1, repeatRange.flatMap(scan.int) ?? 1), 1 << 24)
            text = []
            paragraphs = 0
            inParagraph = false
            skipped = 0
            typed = covered ? nil : Self.typed(valueType, value: value, date: date, time: time, boolean: boolean)
            merge = nil
            if !covered, spanRows > 1 || spanColumns > 1 {
                // A merged range: filled with its first cell's value later, as an .xlsx merge is.
                mergedDown = spanRows - 1
                let rows = (row + 1)...(row + min(spanRows, Workbook.maxRepeatedRows + 1))
                merge = (rows, (column + 1)...(column + min(spanColumns, CSVReader.maxColumns)))
            }
        }

        /// A typed cell's value as the .xlsx reader gives it; nil for text, read from its paragraphs.
        static func typed(_ type: String?, value: String?, date: String?, time: String?, boolean: String?) -> String? {
            switch type {
            case "float", "percentage", "currency": value.map { CellNumber.text($0, date: false, date1904: false) }
            case "date": date.map(Self.date)
            case "time": time.map(Self.time)
            case "boolean": boolean.map { $0 == "true" ? "TRUE" : "FALSE" }
            default: nil
            }
        }

        /// `2026-05-14T09:30:00` → `2026-05-14 09:30`; a date at midnight is the date alone.
        static func date(_ v: String) -> String {
            let parts = v.split(separator: "T", maxSplits: 1)
            guard parts.count == 2 else { return String(v) }
            let clock = parts[1].split(separator: ":")
            guard clock.count >= 2 else { return String(parts[0]) }
            let hm = clock[0] + ":" + clock[1]
            return hm == "00:00" ? String(parts[0]) : parts[0] + " " + hm
        }

        /// `PT09H30M00S` → `09:30`.
        static func time(_ v: String) -> String {
            var hours = 0, minutes = 0, n = 0
            for c in v.uppercased() {
                if let d = c.wholeNumberValue, c.isASCII { n = n * 10 + d; continue }
                if c == "H" { hours = n } else if c == "M" { minutes = n }
                n = 0
            }
            func pad(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
            return pad(hours) + ":" + pad(minutes)
        }

        private mutating func endCell() {
            guard inCell else { return }
            inCell = false
            var value = typed ?? String(decoding: text, as: UTF8.self)
            if cellError {
                table?.notes.errors.append((row + 1, column + 1, value))
                value = ""
            }
            guard !value.isEmpty else {
                column += cellRepeat
                return
            }
            count(cellRepeat * rowRepeat)
            if let merge {
                // An empty merge fills nothing; one with a value spells out its rows and columns.
                moreRows(mergedDown)
                count(merge.rows.count * merge.columns.count)
                table?.merges.append(merge)
            }
            for _ in 0..<cellRepeat {
                column += 1
                if column > CSVReader.maxColumns || value.utf8.count > CSVReader.maxFieldBytes {
                    if table?.overLimit == nil { table?.overLimit = (row + 1, column, column > CSVReader.maxColumns) }
                    column += cellRepeat
                    return
                }
                if fields.count < column { fields += Array(repeating: "", count: column - fields.count) }
                fields[column - 1] = value
            }
        }

        private mutating func endRow() {
            if !fields.isEmpty { moreRows(rowRepeat - 1) }
            if !fields.isEmpty, tooMany == nil {
                for k in 0..<rowRepeat { table?.rows.append(CSVRecord(line: row + 1 + k, fields: fields)) }
                if rowHidden { for k in 0..<rowRepeat { table?.notes.hiddenRows.insert(row + 1 + k) } }
            }
            fields = []
            row += rowRepeat
            rowRepeat = 1
        }

        /// Rows with something in them that a repeat or a merge adds to those written out: each
        /// is a row for the importer, so a few bytes must not make a million of them.
        private mutating func moreRows(_ n: Int) {
            extraRows += n
            if extraRows > Workbook.maxRepeatedRows, tooMany == nil {
                tooMany = InputError(file: file + ":" + (table?.name ?? ""), line: row + 1, .tooManyRepeats,
                                     "\(Workbook.maxRepeatedRows)")
            }
        }

        /// Cells about to be spelled out; past the limit the file is refused where it is.
        private mutating func count(_ n: Int) {
            cells += n
            if cells > Workbook.maxRepeatedCells, tooMany == nil {
                tooMany = InputError(file: file + ":" + (table?.name ?? ""), line: row + 1, .tooManyCells,
                                     "\(Workbook.maxRepeatedCells)")
            }
        }
    }
}
