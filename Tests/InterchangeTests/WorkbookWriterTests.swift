import Foundation
import Testing
@testable import Codecs
@testable import Print
@testable import Workbook
@testable import Interchange
import PlanningCore
import TestSupport

@Suite struct WorkbookWriterTests {
    /// What the workbook holds reads back, through the workbook reader, as the CSV of the same
    /// table: every row, phones and ids as their text, days as dates.
    @Test func aWorkbookReadsBackAsTheSameTable() throws {
        let plan = samplePlan("deyang")
        for table in TableExport.Table.allCases {
            let sheet = TableExport.sheet(table, plan: plan, language: .zh)
            let book = try Workbook(WorkbookWriter.workbook([sheet], language: .zh), file: "t.xlsx")
            #expect(book.sheets.map(\.name) == [sheet.name])
            let back = try book.records(of: book.sheets[0]).map(\.fields)
            let expected = [sheet.header] + sheet.rows.map { $0.map(\.text) }
            // The reader leaves out trailing empty cells a row does not have.
            #expect(back.count == expected.count, "\(table)")
            for (a, b) in zip(back, expected) where a != Array(b.prefix(a.count)) || b.dropFirst(a.count).contains(where: { !$0.isEmpty }) {
                Issue.record("\(table): \(a) is not \(b)")
                break
            }
        }
    }

    /// A large sheet is written and deflated in chunks on two cores; they make one stream that
    /// inflates, and passes its CRC, as a whole, and is read in two halves again.
    @Test func aLargeSheetDeflatedInTwoHalvesReadsBack() throws {
        let rows = (0..<60_000).map { i in [TableExport.Cell.text("参会者\(i)"), .text("单位\(i % 97)"), .number(13_900_000_000 + i)] }
        let bytes = WorkbookWriter.workbook([TableExport.Sheet(name: "名单", header: ["姓名", "单位", "手机"], rows: rows)],
                                            language: .zh)
        let zip = try ZipArchive(bytes, file: "big.xlsx")
        let entry = try #require(zip.entry("xl/worksheets/sheet1.xml"))
        #expect(entry.size > 4 << 20)
        let back = try Workbook(bytes, file: "big.xlsx")
        let records = try back.records(of: back.sheets[0])
        #expect(records.count == 60_001 && records.last?.fields == ["参会者59999", "单位53", "13900059999"])
    }

    /// Text that would read as an escape is escaped, as Excel does: a typed `_x000D_` is written
    /// `_x005F_x000D_`, a control character XML cannot hold `_x001B_`, a carriage return
    /// `_x000D_`; all read back as they were.
    @Test func textThatLooksLikeAnEscapeIsEscaped() throws {
        let texts = ["_x000D_", "王\u{1B}芳", "a\r\nb", "_x005F_", "_x12_ stays", "&<_x0041_>"]
        let sheet = TableExport.Sheet(name: "名单", header: ["备注"], rows: texts.map { [.text($0)] })
        let bytes = WorkbookWriter.workbook([sheet], language: .zh)
        let xml = String(decoding: try ZipArchive(bytes, file: "e.xlsx").read("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(xml.contains("<t>_x005F_x000D_</t>") && xml.contains("<t>王_x001B_芳</t>") && xml.contains("<t>a_x000D_\nb</t>"))
        let book = try Workbook(bytes, file: "e.xlsx")
        #expect(try book.records(of: book.sheets[0]).dropFirst().map(\.fields) == texts.map { [$0] })
    }

    /// Two exports of one event are the same bytes (fixed times in the archive and properties).
    @Test func theSameTablesGiveTheSameBytes() throws {
        let plan = samplePlan("hangzhou")
        let a = ExportKind.xlsx(.attendees).contents(plan, Programme.Options(language: .zh), version: "t").bytes
        let b = ExportKind.xlsx(.attendees).contents(plan, Programme.Options(language: .zh), version: "t").bytes
        #expect(a == b && a.count > 1_000)
    }

    /// A cell that Excel would run as a formula is written as text: the sheet holds no formula
    /// at all, and the text reads back as typed.
    @Test func aFormulaIsOnlyText() throws {
        let evil = "=HYPERLINK(\"http://example.org/x\",\"点我\")"
        let sheet = TableExport.Sheet(name: "名单", header: ["姓名", "备注"], rows: [[.text(evil), .text("+1")]])
        let bytes = WorkbookWriter.workbook([sheet], language: .zh)
        let zip = try ZipArchive(bytes, file: "t.xlsx")
        let xml = String(decoding: try zip.read("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(!xml.contains("<f>") && !xml.contains("<f "))
        let book = try Workbook(bytes, file: "t.xlsx")
        #expect(try book.records(of: book.sheets[0])[1].fields == [evil, "+1"])
    }

    /// Columns are as wide as their widest text shows, a Chinese character counting two.
    @Test func columnsAreAsWideAsTheirText() throws {
        let sheet = TableExport.Sheet(name: "名单", header: ["姓名", "单位"],
                                      rows: [[.text("王芳"), .text("四川工程职业技术大学")]])
        let zip = try ZipArchive(WorkbookWriter.workbook([sheet], language: .zh), file: "t.xlsx")
        let xml = String(decoding: try zip.read("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(xml.contains("<col min=\"1\" max=\"1\" width=\"8\" customWidth=\"1\"/>"))
        #expect(xml.contains("<col min=\"2\" max=\"2\" width=\"22\" customWidth=\"1\"/>"))
    }
}
