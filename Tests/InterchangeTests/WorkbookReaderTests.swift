import Foundation
import Testing
@testable import Codecs
@testable import Print
@testable import Workbook
@testable import Interchange
import PlanningCore

/// The workbook reader's checks and cell kinds (issue 31, items 23–25).
@Suite struct WorkbookReaderTests {
    static func book(_ sheet: String, files: [(String, String)] = []) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array(#"<workbook xmlns:r="r"><sheets><sheet name="名单" r:id="r1"/></sheets></workbook>"#.utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array((#"<Relationships><Relationship Id="r1" Target="s.xml"/>"#
            + #"<Relationship Id="r2" Target="sharedStrings.xml"/></Relationships>"#).utf8))
        zip.add("xl/s.xml", Array(("<worksheet><sheetData>" + sheet + "</sheetData></worksheet>").utf8))
        for (name, text) in files { zip.add(name, Array(text.utf8)) }
        return zip.finish()
    }

    /// Rows 2…30,001 of about 170 bytes each (a sheet over 4 MiB, read in two halves), with `cell`
    /// as the second column of row 25,000.
    static func largeSheet(_ cell: String) -> [UInt8] {
        var xml = #"<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>备注</t></is></c></row>"#
        for r in 2...30_001 {
            xml += "<row r=\"\(r)\"><c r=\"A\(r)\" t=\"inlineStr\"><is><t>参会人\(r)</t></is></c>"
            xml += r == 25_000 ? cell : "<c r=\"B\(r)\" t=\"inlineStr\"><is><t>备注备注备注备注备注备注备注备注备注备注备注</t></is></c>"
            xml += "</row>"
        }
        return book(xml, files: [("xl/sharedStrings.xml", "<sst><si><t>x</t></si></sst>")])
    }

    @Test func theSecondHalfOfALargeSheetIsCheckedToo() throws {
        let long = Self.largeSheet("<c r=\"B25000\" t=\"inlineStr\"><is><t>" + String(repeating: "x", count: 90_000)
            + "</t></is></c>")
        #expect(long.count > 4 << 20)
        #expect(throws: InputError(file: "l.xlsx:名单", line: 25_000, field: "column 2", .fieldTooLong)) {
            try AttendeeList.read(long, file: "l.xlsx", sessions: [])
        }
        let damaged = Self.largeSheet(#"<c r="B25000" t="s"><v>7</v></c>"#)
        #expect(throws: InputError(file: "d.xlsx:名单", line: 25_000, .missingString)) {
            try AttendeeList.read(damaged, file: "d.xlsx", sessions: [])
        }
    }

    @Test func emptyValuesAndPaddedNumbersAreCellsNotDamage() throws {
        let bytes = Self.book(
            #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>"#
                + #"<row r="2"><c r="A2" t="s"><v> 3 </v></c><c r="B2" t="s"></c><c r="C2"><v>  13981234567 </v></c></row>"#
                + #"<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v/></c><c r="C3"><v/></c></row>"#,
            files: [("xl/sharedStrings.xml",
                     "<sst><si><t>姓名</t></si><si><t>单位</t></si><si><t>手机</t></si><si><t>王芳</t></si><si><t>李娜</t></si></sst>")])
        let list = try AttendeeList.read(bytes, file: "e.xlsx", sessions: [])
        #expect(list.rows.map { [$0.name, $0.organisation, $0.phone] } == [["王芳", "", "13981234567"], ["李娜", "", ""]])
    }

    @Test func isoDatesAndPercentsAsOpenpyxlWritesThem() throws {
        let (bytes, path) = try WorkbookTests.book("iso-dates-openpyxl.xlsx")
        let wb = try Workbook(bytes, file: path)
        let rows = try wb.records(of: wb.sheets[0])
        #expect(rows.map(\.fields) == [
            ["姓名", "到达", "离开", "出席率"],
            ["Jürgen Müller", "2026-05-13", "2026-05-15 14:30", "50%"],
            ["Anna Schmidt", "2026-05-14", "", "12.5%"],
        ])
    }

    @Test func aTimeInAMacWorkbookIsATime() throws {
        let (bytes, path) = try WorkbookTests.book("mac-1904-openpyxl.xlsx")
        let wb = try Workbook(bytes, file: path)
        #expect(try wb.records(of: wb.sheets[0])[1].fields == ["Jürgen Müller", "14:20", "2026-05-13"])
    }

    /// A `t="d"` cell holding a time of day alone reads as a number cell's time does.
    @Test func anISOTimeOfDayIsATime() throws {
        let bytes = Self.book(
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>到达</t></is></c></row>"#
                + #"<row r="2"><c r="A2" t="inlineStr"><is><t>王芳</t></is></c><c r="B2" t="d"><v>14:20:00</v></c></row>"#
                + #"<row r="3"><c r="A3" t="inlineStr"><is><t>李强</t></is></c>"#
                + #"<c r="B3" t="d"><v>1899-12-30T16:45:00</v></c></row>"#)
        let wb = try Workbook(bytes, file: "t.xlsx")
        // A time on Excel's day zero is a time alone (the trial's arrival stored as 1899-12-30).
        #expect(try wb.records(of: wb.sheets[0])[1...].map(\.fields) == [["王芳", "14:20"], ["李强", "16:45"]])
    }

    /// WPS keeps an in-cell picture as a formula whose saved value is its own text.
    @Test func aWPSInCellPictureIsAPicture() throws {
        let bytes = Self.book(
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>照片</t></is></c></row>"#
                + #"<row r="2"><c r="A2" t="inlineStr"><is><t>王芳</t></is></c><c r="B2" t="str">"#
                + #"<f>_xlfn.DISPIMG("ID_4A3F1C2B9E",1)</f><v>=DISPIMG("ID_4A3F1C2B9E",1)</v></c></row>"#)
        let list = try AttendeeList.read(bytes, file: "p.xlsx", sessions: [])
        #expect(list.rows.map(\.notes) == ["照片：（图片）"])
    }

    /// A cell holding only a value or one inline run is read in one step; any other shape token by
    /// token. Both give what the cell says: entities decoded, runs joined, a picture a picture.
    @Test func cellsReadAtOnceAndTokenByTokenSayTheSame() throws {
        let header = #"<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>单位</t></is></c>"#
            + #"<c r="C1" t="inlineStr"><is><t>手机</t></is></c><c r="D1" t="inlineStr"><is><t>照片</t></is></c></row>"#
        let bytes = Self.book(header
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t>王芳</t></is></c><c r="B2" t="str"><v>A&amp;B 学院</v></c>"#
            + #"<c r="C2"><v>13981234567</v></c><c r="D2" t="str"><v>=DISPIMG("ID_1",1)</v></c></row>"#
            + #"<row r="3"><c r="A3" t="inlineStr"><is><r><t>欧阳</t></r><r><t>修文</t></r></is></c>"#
            + #"<c r="B3" t="inlineStr"><is><t xml:space="preserve"> 德阳职院 </t></is></c>"#
            + #"<c r="C3" t="inlineStr"><is><t>13981234568</t><rPh><t>x</t></rPh></is></c></row>"#)
        let list = try AttendeeList.read(bytes, file: "c.xlsx", sessions: [])
        #expect(list.rows.map { [$0.name, $0.organisation, $0.phone, $0.notes] } == [
            ["王芳", "A&B 学院", "13981234567", "照片：（图片）"], ["欧阳修文", "德阳职院", "13981234568", ""],
        ])
    }

    @Test func anXlsbIsAskedToBeSavedAsXlsx() throws {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array("<Types/>".utf8))
        zip.add("_rels/.rels", Array(
            #"<Relationships><Relationship Id="rId1" Target="xl/workbook.bin"/></Relationships>"#.utf8))
        zip.add("xl/workbook.bin", [0x83, 0x01, 0x00])
        do {
            _ = try AttendeeList.read(zip.finish(), file: "回执.xlsb", sessions: [])
            Issue.record("an .xlsb was read")
        } catch {
            #expect(error.text(.zh) == "回执.xlsb: 是 Excel 二进制工作簿（.xlsb）：请另存为 .xlsx（Excel 工作簿）再导入")
        }
    }
}
