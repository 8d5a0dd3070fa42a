import Codecs
import PlanningCore

/// Tables as an .xlsx workbook for the hotel, the sign-in desk or a college: one sheet per table,
/// the header frozen and filtered, columns as wide as their text shows (Chinese counting two),
/// text as text (a phone or an id never becomes a number), days as dates and clocks as times in
/// the office's formats. Every cell is a value, never a formula, so a cell that reads
/// `=HYPERLINK(…)` is only that text. The same tables give the same bytes.
public enum WorkbookWriter {
    public static func workbook(_ sheets: [TableSheet], language: Language) -> [UInt8] {
        let names = sheetNames(sheets.map(\.name))
        let n = sheets.count
        let sheetList = names.enumerated().map { i, name in
            "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }.joined()
        let filters = zip(sheets, names).enumerated().map { i, pair in
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">'"
                + XMLText.escaped(pair.1.replacingOccurrences(of: "'", with: "''")) + "'!$A$1:$"
                + column(max(1, pair.0.header.count)) + "$\(pair.0.rows.count + 1)</definedName>"
                + (pair.0.printSetup == nil ? "" : "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">'"
                    + XMLText.escaped(pair.1.replacingOccurrences(of: "'", with: "''")) + "'!$1:$1</definedName>")
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
                + "</Relationships>"))
        zip.add("xl/styles.xml", utf8(styles(language, framed: sheets.contains { $0.printSetup != nil })))
        // Each sheet is deflated as soon as it is made, so only one is ever held as XML.
        for (i, sheet) in sheets.enumerated() { zip.add("xl/worksheets/sheet\(i + 1).xml", packed: worksheet(sheet)) }
        return zip.finish()
    }

    // MARK: a sheet

    /// Styles by index: 0 plain, 1 the header (bold), 2 a date, 3 a time, and 4 to 7 the same framed
    /// and wrapped, for a sheet that prints (`TableSheet.PrintSetup`). Text is written in
    /// its cell (an inline string): most columns of a list are names, phones and e-mails that
    /// never repeat, and a shared-string table costs a hash of every cell for little.
    ///
    /// A sheet of 100,000 rows is a million cells and 60 MB of XML, never held whole: rows are
    /// written and deflated in chunks of 8,192, on both cores, each chunk ending with a full
    /// flush so the chunks join into one stream (as pigz does); the head, which holds the
    /// column widths known only at the end, is deflated last and put first.
    static func worksheet(_ sheet: TableSheet) -> ZipWriter.Packed {
        let columns = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
        let letters = (0..<columns).map { Array(column($0 + 1).utf8) }
        let setup = sheet.printSetup
        let empty = Rows(letters: letters, columns: columns, framed: setup != nil)
        var head = empty
        head.height = setup.map { _ in 20 }
        head.row(sheet.header.map(TableCell.text), number: 1, style: 1)
        var body = empty
        body.height = setup?.rowHeight
        body.columnWidths = setup?.columnWidths ?? []
        let rows = sheet.rows, size = 8_192
        let chunks = stride(from: 0, to: rows.count, by: size).map { $0..<min($0 + size, rows.count) }
        // Chunks 0, 2, 4… here and 1, 3, 5… on the other core.
        func pack(_ parity: Int) -> [(ZipWriter.Packed, [Int])] {
            stride(from: parity, to: chunks.count, by: 2).map { k in
                var part = body
                for i in chunks[k] { part.row(rows[i], number: i + 2) }
                return (ZipWriter.Packed(part.out, level: 1, last: false), part.widths)
            }
        }
        let (even, odd) = BothHalves.run({ pack(0) }, { pack(1) })
        var packed: [ZipWriter.Packed] = []
        var widths = head.widths
        for k in chunks.indices {
            let (p, w) = k % 2 == 0 ? even[k / 2] : odd[k / 2]
            packed.append(p)
            for c in 0..<columns { widths[c] = max(widths[c], w[c]) }
        }
        let last = column(max(1, columns)) + "\(rows.count + 1)"
        let cols = widths.enumerated().map { c, w in
            let width = setup.map { c < $0.columnWidths.count ? number($0.columnWidths[c]) : "8" }
                ?? "\(min(60, max(8, w + 2)))"
            return "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }.joined()
        let top = utf8(
            Self.head + "<worksheet xmlns=\"\(main)\">"
                + (setup == nil ? "" : "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                + "<dimension ref=\"A1:\(last)\"/><sheetViews>"
                + "<sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                + "state=\"frozen\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
                + (cols.isEmpty ? "" : "<cols>" + cols + "</cols>") + "<sheetData>") + head.out
        let tail = utf8("</sheetData><autoFilter ref=\"A1:\(last)\"/>" + (setup.map(pageSetup) ?? "") + "</worksheet>")
        return ZipWriter.Packed.joined(
            [ZipWriter.Packed(top, level: 1, last: false)] + packed + [ZipWriter.Packed(tail, level: 1, last: true)])
    }

    /// A4 portrait at the width of one page (`fitToHeight` 0: as many pages down as the rows take),
    /// centred, with the title at the top and the page number at the foot of every page; the
    /// header row repeats through the `_xlnm.Print_Titles` name the workbook gives the sheet.
    static func pageSetup(_ setup: TableSheet.PrintSetup) -> String {
        // `&` starts a code in a header or footer; `&&` is the character itself.
        // The subtitle on a line of its own, smaller and regular, as the PDF sets it: on the title's
        // bold 14-point line LibreOffice wraps it to a second bold line, and fewer rows fit a page.
        func escaped(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&&") }
        // Each size before its font: a size's digits run on into text that starts with a digit
        // (`&105月15日` is 105 points), a font's name ends at its quote.
        let header = XMLText.escaped("&C&14&\"-,Bold\"" + escaped(setup.header)
            + (setup.subtitle.isEmpty ? "" : "\n&10&\"-,Regular\"" + escaped(setup.subtitle)))
        return "<printOptions horizontalCentered=\"1\"/><pageMargins left=\"0.4\" right=\"0.4\" top=\"0.9\" "
            + "bottom=\"0.6\" header=\"0.35\" footer=\"0.3\"/><pageSetup paperSize=\"9\" fitToWidth=\"1\" "
            + "fitToHeight=\"0\" orientation=\"portrait\"/><headerFooter><oddHeader>" + header
            + "</oddHeader><oddFooter>" + XMLText.escaped("&C" + setup.footer) + "</oddFooter></headerFooter>"
    }

    /// Lines of wrapped text a fixed row of the print setup holds, and a line's height in points
    /// (11-point text in the CJK font LibreOffice and Excel fall back on, whose lines are the tallest).
    static let linesInFixedRow = 2, lineHeight = 16.0

    /// Lines `text` takes wrapped in a column `width` characters wide, as a spreadsheet wraps it:
    /// between words, Chinese between any two characters, a word wider than the column across
    /// lines. Widths count digits of the default font: a Han character two, a Latin or Cyrillic
    /// letter a little over one, as a proportional font's capitals and a substituted font are wider.
    static func wrappedLines(_ text: String, width: Double) -> Int {
        let room = max(2, width - 1)
        var lines = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += 1
            var used = 0.0, word = 0.0, gap = 0.0
            func place(_ wide: Double) {
                if used > 0, used + gap + wide > room {
                    lines += 1
                    used = 0
                } else if used > 0 {
                    used += gap
                }
                var rest = wide
                while rest > room {
                    lines += 1
                    rest -= room
                }
                used += rest
                gap = 0
            }
            for letter in paragraph {
                if letter.isWhitespace {
                    if word > 0 { place(word) }
                    word = 0
                    gap = 1
                } else if DisplayWidth.of(String(letter)) > 1 {
                    if word > 0 { place(word) }
                    word = 0
                    place(2)
                } else {
                    word += 1.1
                }
            }
            if word > 0 { place(word) }
        }
        return max(1, lines)
    }

    /// A width or height as the format writes it: no trailing ".0".
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Rows of a sheet as bytes, and the widest text met in each column.
    struct Rows {
        let letters: [[UInt8]]
        var widths: [Int]
        var out: [UInt8] = []
        /// Every cell framed, empty ones too (the column to sign in), in styles 4 to 7.
        let framed: Bool
        /// Each row's height in points; nil: as tall as its text.
        var height: Double?
        /// The print setup's widths, in characters: a row whose text wraps to more lines than
        /// `height` holds is made taller, since a fixed height is what the program that prints
        /// it keeps, clipping the rest (LibreOffice draws the lines cut off over the row above).
        var columnWidths: [Double] = []

        init(letters: [[UInt8]], columns: Int, framed: Bool = false) {
            self.letters = letters
            self.framed = framed
            widths = Array(repeating: 0, count: columns)
        }

        mutating func row(_ row: [TableCell], number r: Int, style header: Int = 0) {
            out.put("<row r=\"")
            out.put(r)
            if let height {
                let lines = row.enumerated().map { c, cell in
                    guard c < columnWidths.count, case .text(let s) = cell else { return 1 }
                    return WorkbookWriter.wrappedLines(s, width: columnWidths[c])
                }.max() ?? 1
                let tall = lines <= WorkbookWriter.linesInFixedRow ? height
                    : max(height, Double(lines) * WorkbookWriter.lineHeight + 3)
                out += Array("\" ht=\"\(WorkbookWriter.number(tall))\" customHeight=\"1".utf8)
            }
            out.put("\">")
            for (c, value) in row.enumerated() {
                if case .text(let s) = value, s.isEmpty {
                    // An empty cell is no cell, unless it has a frame to print.
                    guard framed else { continue }
                    out.put("<c r=\"")
                    out += letters[c]
                    out.put(r)
                    out.put(header == 1 ? "\" s=\"5\"/>" : "\" s=\"4\"/>")
                    continue
                }
                out.put("<c r=\"")
                out += letters[c]
                out.put(r)
                switch value {
                case .text(let s):
                    let width = DisplayWidth.of(s)
                    if width > widths[c] { widths[c] = width }
                    switch (header == 1, framed) {
                    case (true, false): out.put("\" s=\"1\" t=\"inlineStr\"><is><t")
                    case (false, false): out.put("\" t=\"inlineStr\"><is><t")
                    case (true, true): out.put("\" s=\"5\" t=\"inlineStr\"><is><t")
                    case (false, true): out.put("\" s=\"4\" t=\"inlineStr\"><is><t")
                    }
                    // Spaces at either end are kept only when the text says so.
                    if s.first?.isWhitespace == true || s.last?.isWhitespace == true {
                        out.put(" xml:space=\"preserve\"")
                    }
                    out.put(">")
                    appendEscaped(s)
                    out.put("</t></is></c>")
                    continue
                case .number(let n):
                    widths[c] = max(widths[c], n < 0 ? 12 : n < 1_000_000 ? 6 : 12)
                    out.put(framed ? "\" s=\"4\"><v>" : "\"><v>")
                    out.put(n)
                case .date(let d):
                    widths[c] = max(widths[c], 12)
                    out.put(framed ? "\" s=\"6\"><v>" : "\" s=\"2\"><v>")
                    out.put(d.dayNumber - excelEpoch)
                case .time(let m):
                    widths[c] = max(widths[c], 5)
                    out.put(framed ? "\" s=\"7\"><v>" : "\" s=\"3\"><v>")
                    out += Array("\(Double(m) / 1440)".utf8)
                }
                out.put("</v></c>")
            }
            out.put("</row>")
        }

        /// As `XMLText.escaped`, byte by byte: a cell's text is appended where it lies unless it
        /// has a character to escape. Characters XML cannot hold (and a carriage return, which
        /// XML would read as a line feed) are written `_xHHHH_` as Excel writes them, and text
        /// that reads as such an escape has its underscore escaped (`_x005F_x000D_`), so the
        /// cell reads back as it was, here and in Excel.
        mutating func appendEscaped(_ s: String) {
            var s = s
            s.withUTF8 { b in
                guard XMLText.needsWork(b, quotes: false) || b.contains(0x0D) || Self.mayLookEscaped(b) else {
                    out.append(contentsOf: b)
                    return
                }
                out += Array(XMLText.escaped(Self.xstring(String(decoding: b, as: UTF8.self))).utf8)
            }
        }

        static func mayLookEscaped(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            b.count >= 7 && b.indices.dropLast(6).contains { b[$0] == 0x5F && b[$0 + 1] == 0x78 }
        }

        /// The text as ECMA-376 ST_Xstring: see `appendEscaped`.
        static func xstring(_ s: String) -> String {
            let u = Array(s.unicodeScalars)
            var out = String.UnicodeScalarView()
            for (i, c) in u.enumerated() {
                let controlled = (c.value < 0x20 && c != "\t" && c != "\n") || c.value == 0xFFFE || c.value == 0xFFFF
                let looksEscaped = c == "_" && i + 6 < u.count && u[i + 1] == "x" && u[i + 6] == "_"
                    && u[(i + 2)..<(i + 6)].allSatisfy { $0.isASCII && Workbook.hexDigit(UInt8($0.value)) != nil }
                if controlled || looksEscaped {
                    let hex = String(c.value, radix: 16, uppercase: true)
                    let padded = String(repeating: "0", count: 4 - hex.count) + hex
                    out.append(contentsOf: ("_x" + padded + "_").unicodeScalars)
                } else {
                    out.append(c)
                }
            }
            return String(out)
        }
    }

    // MARK: words of the format

    static func styles(_ lang: Language, framed: Bool = false) -> String {
        let date = lang == .zh ? "yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;" : "yyyy-mm-dd"
        // Thin lines round every cell, text wrapped and set in the middle of its row's height.
        let thin = "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/>"
            + "</right><top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/>"
            + "</bottom><diagonal/></border>"
        let framedStyles = [(0, 0), (0, 1), (164, 0), (165, 0)].map { format, font in
            "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"1\" xfId=\"0\""
                + (font == 1 ? " applyFont=\"1\"" : "") + (format == 0 ? "" : " applyNumberFormat=\"1\"")
                + " applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
        }.joined()
        return head + "<styleSheet xmlns=\"\(main)\"><numFmts count=\"2\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"\(date)\"/><numFmt numFmtId=\"165\" formatCode=\"hh:mm\"/>"
            + "</numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"\(framed ? 2 : 1)\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + (framed ? thin : "") + "</borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(framed ? 8 : 4)\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + (framed ? framedStyles : "")
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

    /// Day 0 of Excel's 1900 date system (1899-12-30, counting its 29 February 1900), in days since 1970.
    static let excelEpoch = LocalDate(year: 1899, month: 12, day: 30)!.dayNumber

    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let ct = "application/vnd.openxmlformats-officedocument."

    static func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }
}

extension [UInt8] {
    mutating func put(_ s: StaticString) { s.withUTF8Buffer { append(contentsOf: $0) } }

    /// A whole number in decimal, with no text made for it.
    mutating func put(_ n: Int) {
        if n < 0 {
            append(0x2D)
            put(-n)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var k = 0, v = n
        Swift.withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[19 - k] = UInt8(48 + v % 10)
                v /= 10
                k += 1
            } while v > 0
            append(contentsOf: d[(20 - k)...])
        }
    }
}
