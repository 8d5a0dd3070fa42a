import Foundation
import Testing
@testable import Codecs
@testable import Print
@testable import Workbook
@testable import Interchange
import PlanningCore
import TestSupport

/// Workbooks as three kinds of writers make them (see Workbooks/make-workbooks.py), read as staff
/// typed them.
@Suite struct WorkbookTests {
    static func book(_ name: String) throws -> (bytes: [UInt8], path: String) {
        let url = repoRoot.appendingPathComponent("Tests/InterchangeTests/Workbooks/" + name)
        return ([UInt8](try Data(contentsOf: url)), name)
    }

    static func list(_ name: String, sheet: String? = nil) throws -> AttendeeList {
        let (bytes, path) = try book(name)
        return try AttendeeList.read(bytes, file: path, sheet: sheet, sessions: [])
    }

    /// The instructions sheet is passed over, the merged title row skipped, the name in two runs
    /// is one name, phones typed as numbers keep their digits, dates are dates, the college
    /// merged down two rows belongs to both, and a formula gives its cached value.
    @Test func aReturnSlipWrittenByXlsxwriter() throws {
        let (bytes, path) = try Self.book("回执-xlsxwriter.xlsx")
        let wb = try Workbook(bytes, file: path)
        #expect(wb.sheets.map(\.name) == ["填写说明", "参会回执"])
        let rows = try wb.records(of: wb.sheets[1])
        #expect(rows.map(\.line) == [1, 2, 3, 4, 5, 6, 8])
        #expect(rows[2].fields == ["1", "曾永涛", "四川工程职业技术大学", "校长", "13981234567", "zyt@example.org",
                                   "2026-05-13", "007"])
        #expect(rows[3].fields[2] == "四川工程职业技术大学" && rows[3].fields[6] == "2026-05-14")
        #expect(rows[4].fields[6] == "2026-05-13 14:30")
        #expect(rows[5].fields.prefix(2) == ["4", "解晓东"])
        let list = try Self.list("回执-xlsxwriter.xlsx")
        #expect(list.file == "回执-xlsxwriter.xlsx:参会回执" && list.columns.headerLine == 2 && list.skippedAbove == 1)
        #expect(list.rows.map(\.name) == ["曾永涛", "覃勇杰", "单丽", "解晓东"])
        #expect(list.rows.map(\.phone) == ["13981234567", "13981234568", "13700000001", "13800000002"])
        #expect(list.problems.map { "\(list.file):\($0.line): \($0.column): " + $0.reason(.en) } == [
            "回执-xlsxwriter.xlsx:参会回执:8: 姓名: no name",
        ])
    }

    /// openpyxl: English headers, booleans, a date and time, a formula without a cached value;
    /// the hidden sheet is not taken, though it has a name column, unless asked for.
    @Test func aListWrittenByOpenpyxl() throws {
        let (bytes, path) = try Self.book("delegates-openpyxl.xlsx")
        let wb = try Workbook(bytes, file: path)
        #expect(wb.sheets.map(\.hidden) == [false, true])
        let rows = try wb.records(of: wb.sheets[0])
        #expect(rows[1].fields == ["Thomas Becker", "BIBB", "4915112345678", "tb@example.org", "TRUE", "2026-05-14 09:00"])
        #expect(rows[2].fields.prefix(5) == ["区志明", "广州番禺职业技术学院", "13900000003", "", "FALSE"])
        let list = try Self.list("delegates-openpyxl.xlsx")
        #expect(list.rows.map(\.name) == ["Thomas Becker", "区志明", "查文"])
        #expect(try Self.list("delegates-openpyxl.xlsx", sheet: "lookup").rows.map(\.name) == ["隐藏的人"])
        #expect(try Self.list("delegates-openpyxl.xlsx", sheet: "2").rows.map(\.name) == ["隐藏的人"])
    }

    /// Inline strings in stored (uncompressed) entries, as streaming writers make them: rich runs
    /// joined, entities decoded, a phone in scientific notation as its digits.
    @Test func inlineStringsWithNoSharedStringsOrStyles() throws {
        let list = try Self.list("inline-strings.xlsx")
        #expect(list.rows.map(\.name) == ["欧阳晓峰", "缪一"])
        #expect(list.rows.map(\.organisation) == ["成都职业技术学院 & 研究院", ""])
        #expect(list.rows.map(\.phone) == ["13981234569", "013800000005"])  // text keeps its zero
        #expect(list.rows.map(\.line) == [2, 4])
    }

    /// Refused with a message that names the part, before memory runs out.
    @Test(arguments: [
        ("bomb.xlsx", "bomb.xlsx: xl/worksheets/sheet1.xml would be over 256 MiB inflated: refused"),
        ("liar.xlsx",
         "liar.xlsx: xl/worksheets/sheet1.xml inflates beyond the 100 bytes it declares: refused (a damaged file or a zip bomb)"),
        ("cut.xlsx", "cut.xlsx: is a damaged workbook: no end of central directory (cut off?)"),
        ("bad-xml.xlsx", "bad-xml.xlsx: xl/worksheets/sheet1.xml is not well-formed XML (an end tag is broken)"),
    ])
    func damagedWorkbooksAreRefusedByName(_ name: String, _ message: String) throws {
        let (bytes, path) = try Self.book(name)
        #expect(throws: InputError.self) { try AttendeeList.read(bytes, file: path, sessions: []) }
        do {
            _ = try AttendeeList.read(bytes, file: path, sessions: [])
        } catch {
            #expect(error.description == message)
        }
    }

    /// Excel 97–2003, WPS and encrypted workbooks are compound documents: asked to be saved as .xlsx.
    @Test func compoundDocumentsAreAskedToBeSavedAsXlsx() throws {
        let xls: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        do {
            _ = try AttendeeList.read(xls, file: "回执.xls", sessions: [])
            Issue.record("an .xls was read")
        } catch {
            #expect(error.text(.zh) == "回执.xls: 是 Excel 97–2003（.xls）、WPS（.et）或设了密码的工作簿（或以此命名的网页）："
                + "请另存为 .xlsx（Excel 2007 或更高版本）再导入")
        }
    }

    /// A file whose name says workbook but whose bytes are not one (a web page saved as .xls, a
    /// CSV renamed .xlsx) is refused by what it claims, not read as text.
    @Test func aNameThatSaysWorkbookIsTakenAtItsWord() throws {
        let page = Array("<html><table><tr><td>姓名</td></tr><tr><td>王芳</td></tr></table></html>".utf8)
        #expect(throws: InputError(file: "名单.xls", line: 0, .compoundDocument)) {
            try AttendeeList.read(page, file: "名单.xls", sessions: [])
        }
        #expect(throws: InputError(file: "名单.xlsx", line: 0, .notZip)) {
            try AttendeeList.read(Array("姓名\n王芳\n".utf8), file: "名单.xlsx", sessions: [])
        }
        #expect(throws: InputError(file: "名单.ods", line: 0, .notZip)) {
            try AttendeeList.read(Array("姓名\n王芳\n".utf8), file: "名单.ods", sessions: [])
        }
    }

    /// An archive whose end record points to a ZIP64 one (as writers do past 65,535 entries or
    /// 4 GiB) is read through it.
    @Test func theZip64EndRecordIsFollowed() throws {
        var bytes = try Self.book("inline-strings.xlsx").bytes
        let eocd = try #require((0...(bytes.count - 22)).last { bytes[$0..<($0 + 4)] == [0x50, 0x4B, 5, 6] })
        func le(_ v: Int, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        func read(_ at: Int, _ n: Int) -> Int { (0..<n).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        let count = read(eocd + 10, 2), size = read(eocd + 12, 4), offset = read(eocd + 16, 4)
        let record = [0x50, 0x4B, 6, 6] + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4)
            + le(count, 8) + le(count, 8) + le(size, 8) + le(offset, 8)
        let locator = [0x50, 0x4B, 6, 7] + le(0, 4) + le(eocd, 8) + le(1, 4)
        var end = Array(bytes[eocd...])
        end.replaceSubrange(8..<20, with: le(0xFFFF, 2) + le(0xFFFF, 2) + le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4))
        bytes = Array(bytes[..<eocd]) + record + locator + end
        let list = try AttendeeList.read(bytes, file: "zip64.xlsx", sessions: [])
        #expect(list.rows.map(\.name) == ["欧阳晓峰", "缪一"])
    }

    /// The CSV reader's limits hold for a sheet: a column past 1,024 or a value over 64 KiB is
    /// refused, naming the sheet and the row, never dropped.
    @Test func aSheetPastTheLimitsIsRefusedByRow() throws {
        func book(_ cell: String) -> [UInt8] {
            var zip = ZipWriter()
            zip.add("xl/workbook.xml", Array(#"<workbook xmlns:r="r"><sheets><sheet name="名单" r:id="r1"/></sheets></workbook>"#.utf8))
            zip.add("xl/_rels/workbook.xml.rels", Array(#"<Relationships><Relationship Id="r1" Target="s.xml"/></Relationships>"#.utf8))
            zip.add("xl/s.xml", Array(("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
                + "<row r=\"2\">" + cell + "</row></sheetData></worksheet>").utf8))
            return zip.finish()
        }
        let wide = book(#"<c r="AMK2" t="inlineStr"><is><t>x</t></is></c>"#)
        #expect(throws: InputError(file: "w.xlsx:名单", line: 2, .tooManyColumns, "1024")) {
            try AttendeeList.read(wide, file: "w.xlsx", sessions: [])
        }
        let long = book("<c r=\"A2\" t=\"inlineStr\"><is><t>" + String(repeating: "长", count: 30_000) + "</t></is></c>")
        #expect(throws: InputError(file: "l.xlsx:名单", line: 2, field: "column 1", .fieldTooLong)) {
            try AttendeeList.read(long, file: "l.xlsx", sessions: [])
        }
    }

    /// A part named in another case than its relationship says (`SharedStrings.xml`) is found.
    @Test func partsAreFoundWhateverTheirCase() throws {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array(#"<workbook xmlns:r="r"><sheets><sheet name="名单" r:id="r1"/></sheets></workbook>"#.utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(
            #"<Relationships><Relationship Id="r1" Target="Worksheets/Sheet1.xml"/><Relationship Id="r2" Target="sharedStrings.xml"/></Relationships>"#.utf8))
        zip.add("xl/worksheets/sheet1.xml", Array(
            #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>"#.utf8))
        zip.add("xl/SharedStrings.xml", Array("<sst><si><t>姓名</t></si><si><t>王芳</t></si></sst>".utf8))
        #expect(try AttendeeList.read(zip.finish(), file: "c.xlsx", sessions: []).rows.map(\.name) == ["王芳"])
    }

    /// A cell naming a string the table lacks is a damaged workbook, not an empty cell.
    @Test func aMissingSharedStringIsRefused() throws {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array(#"<workbook xmlns:r="r"><sheets><sheet name="名单" r:id="r1"/></sheets></workbook>"#.utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(#"<Relationships><Relationship Id="r1" Target="s.xml"/></Relationships>"#.utf8))
        zip.add("xl/s.xml", Array(
            #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row><row r="3"><c r="A3" t="s"><v>7</v></c></row></sheetData></worksheet>"#.utf8))
        #expect(throws: InputError(file: "m.xlsx:名单", line: 3, .missingString)) {
            try AttendeeList.read(zip.finish(), file: "m.xlsx", sessions: [])
        }
    }

    /// ECMA-376 text escapes (ST_Xstring) as Excel writes them, in shared and inline strings:
    /// `_xHHHH_` is the character (hex in either case), `_x005F_` a literal underscore, so
    /// `_x005F_x000D_` is the text `_x000D_`; what is not an escape stays as it is.
    @Test func textEscapesAreDecoded() throws {
        let (bytes, path) = try Self.book("escapes.xlsx")
        let wb = try Workbook(bytes, file: path)
        #expect(try wb.records(of: wb.sheets[0]).map(\.fields) == [
            ["姓名", "单位", "备注"],
            ["王\u{1B}芳", "第一行\r\n第二行", "_x000D_"],
            ["李\u{1B}明", "AB学院", "a_x0041_b _x00ZZ_ _x0041"],
        ])
    }

    /// The same as LibreOffice writes them (lower-case hex; it escapes a typed `_x000D_` and
    /// `_x005F_` itself).
    @Test func textEscapesAsLibreOfficeWritesThem() throws {
        let (bytes, path) = try Self.book("escapes-libreoffice.xlsx")
        let wb = try Workbook(bytes, file: path)
        #expect(try wb.records(of: wb.sheets[0]).map(\.fields) == [
            ["姓名", "单位", "备注"],
            ["王\u{1B}芳", "成都_x000D_学院", "第一行\n第二行"],
            ["李明", "A_x005F_B"],
        ])
    }

    /// A LibreOffice return slip (.ods) is read as its .xlsx would be: the instructions and the
    /// hidden sheet passed over, the merged title skipped, the college merged down two rows
    /// belonging to both, dates as dates, a phone typed as a number as its digits, a comment
    /// left out, a cell repeated over two columns in both, and the 16384-column and
    /// million-row repeats LibreOffice writes at the end costing nothing.
    @Test func aLibreOfficeReturnSlipIsRead() throws {
        let (bytes, path) = try Self.book("回执-libreoffice.ods")
        let wb = try Workbook(bytes, file: path)
        #expect(wb.sheets.map(\.name) == ["填写说明", "参会回执", "lookup"])
        #expect(wb.sheets.map(\.hidden) == [false, false, true])
        let rows = try wb.records(of: wb.sheets[1])
        #expect(rows.map(\.line) == [1, 2, 3, 4, 7, 8])
        #expect(rows.dropFirst(2).map(\.fields) == [
            ["曾永涛", "四川工程职业技术大学", "校长", "13981234567", "2026-05-13", "分论坛一、分论坛二", "素食  少辣\n第二行"],
            ["覃勇杰", "四川工程职业技术大学", "", "", "2026-05-14 09:30", "分论坛二"],
            ["单丽", "德阳职业技术学院", "处长", "137 0000 0001", "", "无", "无"],
            ["欧阳晓峰", "成都职业技术学院", "教师", "13981234569", "", "分论坛一", "无"],
        ])
        let r = try importList(bytes, file: path)
        #expect(r.list.file == "回执-libreoffice.ods:参会回执" && r.list.problems.isEmpty)
        #expect(r.list.rows.map(\.name) == ["曾永涛", "覃勇杰", "单丽", "欧阳晓峰"])
        #expect(r.signupKeys("曾永涛") == ["f1", "f1b", "f2"] && r.person("单丽")?.phone == "13700000001")
    }

    /// OpenDocument text as it may come: spaces as `text:s`, tabs, line breaks, runs in spans
    /// and links, several paragraphs (the XML's own line breaks between them no text); booleans,
    /// times and numbers by their values.
    @Test func openDocumentCellText() throws {
        let cells = #"""
            <table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>
            <table:table-cell><text:p>a</text:p></table:table-cell><table:table-cell><text:p>b</text:p></table:table-cell>
            <table:table-cell><text:p>c</text:p></table:table-cell><table:table-cell><text:p>d</text:p></table:table-cell>
            </table:table-row><table:table-row>
            <table:table-cell office:value-type="string"><text:p>王<text:s/>芳<text:s text:c="3"/>x<text:tab/>y<text:line-break/>z</text:p>
              <text:p><text:span>欧阳</text:span><text:a>&amp;</text:a></text:p></table:table-cell>
            <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
            <table:table-cell office:value-type="time" office:time-value="PT09H30M00S"><text:p>09:30:00 AM</text:p></table:table-cell>
            <table:table-cell office:value-type="float" office:value="1.3981234567E10"><text:p>1.4E+10</text:p></table:table-cell>
            <table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%</text:p></table:table-cell>
            </table:table-row>
            """#
        let wb = try Workbook(Self.ods(cells), file: "t.ods")
        let rows = try wb.records(of: wb.sheets[0])
        #expect(rows.map(\.fields) == [
            ["姓名", "a", "b", "c", "d"],
            ["王 芳   x\ty\nz\n欧阳&", "TRUE", "09:30", "13981234567", "0.5"],
        ])
    }

    /// Repeats are counted, not spelled out: a value repeated past column 1,024 is refused by
    /// row, as a sheet that wide is; a row with something in it repeated (or a cell merged down)
    /// past 10,000 rows, or repeats making over 8 million cells, are refused before they are copied.
    @Test func openDocumentRepeatsAreBounded() throws {
        let wide = Self.ods(#"""
            <table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell></table:table-row>
            <table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>
            """#)
        #expect(throws: InputError(file: "w.ods:名单", line: 2, .tooManyColumns, "1024")) {
            try AttendeeList.read(wide, file: "w.ods", sessions: [])
        }
        let tall = Self.ods(#"""
            <table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="9000"><table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p>王芳</text:p></table:table-cell></table:table-row>
            """#)
        #expect(throws: InputError(file: "t.ods:名单", line: 2, .tooManyCells, "\(Workbook.maxRepeatedCells)")) {
            try AttendeeList.read(tall, file: "t.ods", sessions: [])
        }
        for rows in [#"<table:table-row table:number-rows-repeated="1048575">"#
                        + #"<table:table-cell office:value-type="string"><text:p>王芳</text:p></table:table-cell>"#,
                     #"<table:table-row><table:table-cell table:number-rows-spanned="20000" office:value-type="string">"#
                        + "<text:p>王芳</text:p></table:table-cell>"] {
            let long = Self.ods(#"<table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p>"#
                + "</table:table-cell></table:table-row>" + rows + "</table:table-row>")
            #expect(throws: InputError(file: "r.ods:名单", line: 2, .tooManyRepeats, "10000")) {
                try AttendeeList.read(long, file: "r.ods", sessions: [])
            }
        }
        // A college merged down its delegates' rows is no bomb.
        let merged = Self.ods(#"""
            <table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>
            <table:table-cell office:value-type="string"><text:p>单位</text:p></table:table-cell></table:table-row>
            <table:table-row><table:table-cell office:value-type="string"><text:p>甲</text:p></table:table-cell>
            <table:table-cell table:number-rows-spanned="3" office:value-type="string"><text:p>A学院</text:p></table:table-cell></table:table-row>
            <table:table-row><table:table-cell office:value-type="string"><text:p>乙</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
            <table:table-row><table:table-cell office:value-type="string"><text:p>丙</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
            """#)
        #expect(try AttendeeList.read(merged, file: "m.ods", sessions: []).rows.map(\.organisation) == ["A学院", "A学院", "A学院"])
    }

    /// An OpenDocument that is not a spreadsheet (a text document saved as .ods) is refused as such.
    @Test func anOpenDocumentTextIsNotASpreadsheet() throws {
        var zip = ZipWriter()
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8))
        zip.add("content.xml", Array("<office:document-content><office:body><office:text/></office:body></office:document-content>".utf8))
        #expect(throws: InputError(file: "信.ods", line: 0, .notSpreadsheet, "application/vnd.oasis.opendocument.text")) {
            try AttendeeList.read(zip.finish(), file: "信.ods", sessions: [])
        }
    }

    /// A password-protected .ods (its manifest says its parts are encrypted) is asked to be
    /// saved without the password, not reported as broken XML.
    @Test func aPasswordProtectedOdsIsNamedSo() throws {
        var zip = ZipWriter()
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
        zip.add("content.xml", (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 7) })
        zip.add("META-INF/manifest.xml", Array(("<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">"
            + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>").utf8))
        #expect(throws: InputError(file: "密.ods", line: 0, .protectedWorkbook)) {
            try AttendeeList.read(zip.finish(), file: "密.ods", sessions: [])
        }
    }

    static func ods(_ rows: String) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
        zip.add("content.xml", Array((#"<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x">"#
            + #"<office:body><office:spreadsheet><table:table table:name="名单">"# + rows
            + "</table:table></office:spreadsheet></office:body></office:document-content>").utf8))
        return zip.finish()
    }

    /// Number cells as typed, and date formats told from others.
    @Test func numbersAndDateFormats() {
        #expect(CellNumber.text("1.3981234567E10", date: false, date1904: false) == "13981234567")
        #expect(CellNumber.text("2.5", date: false, date1904: false) == "2.5")
        #expect(CellNumber.text("46155", date: true, date1904: false) == "2026-05-13")
        #expect(CellNumber.text("0.5", date: true, date1904: false) == "12:00")
        #expect(Styles.isDateFormat(#"yyyy"年"m"月"d"日""#) && Styles.isDateFormat("[$-804]aaaa;@"))
        #expect(!Styles.isDateFormat("0.00E+00") && !Styles.isDateFormat(#"#,##0"件""#) && !Styles.isDateFormat("@"))
    }
}
