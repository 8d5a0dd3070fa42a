import PlanningCore

/// Tables as an .xlsx workbook for the hotel, the sign-in desk or a college: one sheet per table,
/// the header frozen and filtered, columns as wide as their text shows (Chinese counting two),
/// text as text (a phone or an id never becomes a number), days as dates and clocks as times in
/// the office's formats. Every cell is a value, never a formula, so a cell that reads
/// `=HYPERLINK(…)` is only that text. The same tables give the same bytes.
public enum WorkbookWriter {
    public static func workbook(_ sheets: [TableExport.Sheet], language: Language) -> [UInt8] {
        var strings = SharedStrings()
        var parts: [(String, [UInt8])] = []
        let names = sheetNames(sheets.map(\.name))
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet, strings: &strings)))
        }
        let n = sheets.count
        let sheetList = names.enumerated().map { i, name in
            "<sheet name=\"\(escaped(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }.joined()
        let filters = zip(sheets, names).enumerated().map { i, pair in
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">'"
                + escaped(pair.1.replacingOccurrences(of: "'", with: "''")) + "'!$A$1:$"
                + column(max(1, pair.0.header.count)) + "$\(pair.0.rows.count + 1)</definedName>"
        }.joined()
        let sheetRels = (0..<n).map { $0 + 1 }.map {
            "<Relationship Id=\"rId\($0)\" Type=\"\(rel)worksheet\" Target=\"worksheets/sheet\($0).xml\"/>"
        }.joined()
        let overrides = (0..<n).map { $0 + 1 }.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"\(ct)spreadsheetml.worksheet+xml\"/>"
        }.joined()
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", utf8(
            head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(ct)spreadsheetml.sheet.main+xml\"/>"
                + overrides
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(ct)spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(ct)spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"\(ct)extended-properties+xml\"/></Types>"))
        zip.add("_rels/.rels", utf8(
            head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(rel)officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                + "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"\(rel)extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>"))
        // Fixed times, so two exports of one event compare equal byte for byte.
        zip.add("docProps/core.xml", utf8(
            head + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:creator>confplan</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:modified>"
                + "</cp:coreProperties>"))
        zip.add("docProps/app.xml", utf8(
            head + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>confplan</Application></Properties>"))
        zip.add("xl/workbook.xml", utf8(
            head + "<workbook xmlns=\"\(main)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships\"><sheets>" + sheetList + "</sheets><definedNames>" + filters
                + "</definedNames></workbook>"))
        zip.add("xl/_rels/workbook.xml.rels", utf8(
            head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + sheetRels
                + "<Relationship Id=\"rId\(n + 1)\" Type=\"\(rel)styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId\(n + 2)\" Type=\"\(rel)sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>"))
        zip.add("xl/styles.xml", utf8(styles(language)))
        for (name, data) in parts { zip.add(name, data, level: 1) }
        zip.add("xl/sharedStrings.xml", strings.part(), level: 1)
        return zip.finish()
    }

    // MARK: a sheet

    /// Styles by index: 0 plain, 1 the header (bold), 2 a date, 3 a time.
    static func worksheet(_ sheet: TableExport.Sheet, strings: inout SharedStrings) -> [UInt8] {
        let columns = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
        let letters = (0..<columns).map { Array(column($0 + 1).utf8) }
        var widths = sheet.header.map { DisplayWidth.of($0) } + Array(repeating: 0, count: columns - sheet.header.count)
        var out: [UInt8] = Array("<row r=\"1\">".utf8)
        out.reserveCapacity(64 + sheet.rows.count * columns * 24)
        func cell(_ c: Int, _ row: [UInt8], _ style: Int, _ type: String, _ value: [UInt8]) {
            out += Array("<c r=\"".utf8) + letters[c] + row + Array("\"".utf8)
            if style != 0 { out += Array(" s=\"\(style)\"".utf8) }
            if !type.isEmpty { out += Array(" t=\"\(type)\"".utf8) }
            out += Array("><v>".utf8) + value + Array("</v></c>".utf8)
        }
        for (c, h) in sheet.header.enumerated() { cell(c, [0x31], 1, "s", Array(String(strings.index(h)).utf8)) }
        out += Array("</row>".utf8)
        for (i, row) in sheet.rows.enumerated() {
            let r = Array(String(i + 2).utf8)
            out += Array("<row r=\"".utf8) + r + Array("\">".utf8)
            for (c, value) in row.enumerated() {
                switch value {
                case .text(let s):
                    guard !s.isEmpty else { continue }
                    let w = DisplayWidth.of(s)
                    if w > widths[c] { widths[c] = w }
                    cell(c, r, 0, "s", Array(String(strings.index(s)).utf8))
                case .number(let n):
                    widths[c] = max(widths[c], String(n).utf8.count)
                    cell(c, r, 0, "", Array(String(n).utf8))
                case .date(let d):
                    widths[c] = max(widths[c], 12)
                    cell(c, r, 2, "", Array(String(d.dayNumber - excelEpoch).utf8))
                case .time(let m):
                    widths[c] = max(widths[c], 5)
                    cell(c, r, 3, "", Array("\(Double(m) / 1440)".utf8))
                }
            }
            out += Array("</row>".utf8)
        }
        let last = column(max(1, columns)) + "\(sheet.rows.count + 1)"
        let cols = widths.enumerated().map { c, w in
            "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(min(60, max(8, w + 2)))\" customWidth=\"1\"/>"
        }.joined()
        let top = utf8(
            head + "<worksheet xmlns=\"\(main)\"><dimension ref=\"A1:\(last)\"/><sheetViews>"
                + "<sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                + "state=\"frozen\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
                + (cols.isEmpty ? "" : "<cols>" + cols + "</cols>") + "<sheetData>")
        return top + out + utf8("</sheetData><autoFilter ref=\"A1:\(last)\"/></worksheet>")
    }

    /// The text of every string cell once, in the order first met.
    struct SharedStrings {
        private var index: [String: Int] = [:]
        private var body: [UInt8] = []
        private var count = 0

        mutating func index(_ s: String) -> Int {
            count += 1
            if let i = index[s] { return i }
            let i = index.count
            index[s] = i
            body += Array("<si><t xml:space=\"preserve\">".utf8) + Array(escaped(s).utf8) + Array("</t></si>".utf8)
            return i
        }

        func part() -> [UInt8] {
            utf8(head + "<sst xmlns=\"\(main)\" count=\"\(count)\" uniqueCount=\"\(index.count)\">") + body
                + utf8("</sst>")
        }
    }

    // MARK: words of the format

    static func styles(_ lang: Language) -> String {
        let date = lang == .zh ? "yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;" : "yyyy-mm-dd"
        return head + "<styleSheet xmlns=\"\(main)\"><numFmts count=\"2\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"\(date)\"/><numFmt numFmtId=\"165\" formatCode=\"hh:mm\"/>"
            + "</numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }

    /// Sheet names as Excel allows them: at most 31 characters, none of `[]:*?/\`, each once.
    static func sheetNames(_ names: [String]) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for name in names {
            var n = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            if n.isEmpty { n = "Sheet" }
            var k = 2
            let base = n
            while seen.contains(n) {
                n = String(base.prefix(28)) + " (\(k))"
                k += 1
            }
            seen.insert(n)
            out.append(n)
        }
        return out
    }

    /// 1 → A, 27 → AA.
    static func column(_ n: Int) -> String {
        var n = n, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// Markup escaped, and the control characters XML 1.0 cannot hold shown as U+FFFD.
    static func escaped(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 < 0x20 }) else {
            return s
        }
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default: if u.value < 0x20 { out += "\u{FFFD}" } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// Day 0 of Excel's 1900 date system (1899-12-30, counting its 29 February 1900), in days since 1970.
    static let excelEpoch = LocalDate(year: 1899, month: 12, day: 30)!.dayNumber

    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let ct = "application/vnd.openxmlformats-officedocument."

    static func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }
}
