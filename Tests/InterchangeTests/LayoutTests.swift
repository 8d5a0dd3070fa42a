import Foundation
import Testing
@testable import Interchange
import PlanningCore

/// Issue 31, items 8–18: layouts registration lists come in that used to lose data silently.
@Suite struct LayoutTests {
    static func read(_ text: String, map: [(column: String, field: AttendeeField)] = []) throws -> AttendeeList {
        try AttendeeList.read(Array(text.utf8), file: "l.csv", map: map, sessions: [])
    }

    static func lines(_ list: AttendeeList) -> [String] {
        list.problems.map { "\(list.file):\($0.line): \($0.column): " + $0.reason(.en) }
    }

    /// Item 9: the mobile column gives the phone; the landline is kept in the notes.
    @Test func aMobileColumnWinsOverATelephoneColumnAndTheOtherIsKept() throws {
        let l = try Self.read("姓名,单位,电话,手机\n王芳,A学院,028-84616001,13800138000\n")
        #expect(l.rows.map(\.phone) == ["13800138000"] && l.rows.map(\.notes) == ["电话：028-84616001"])
    }

    /// Item 14: the first number is the phone, the second kept in the notes; a remark and an
    /// extension are not refused, and the extension stays apart from the number.
    @Test func twoNumbersInACellRemarksAndExtensions() throws {
        let l = try Self.read("""
            姓名,单位,手机,邮箱
            甲,A,13800138000/13900139000,a@x.cn；b@x.cn
            乙,B,13900000001（微信同号）,
            丙,C,028-84616001转8001,
            丁,D,(028)84616002-8002,
            """)
        #expect(l.rows.map(\.phone) == ["13800138000", "13900000001", "02884616001", "02884616002"])
        #expect(l.rows.map(\.email) == ["a@x.cn", "", "", ""])
        #expect(l.rows.map(\.notes) == ["手机：13900139000；邮箱：b@x.cn", "手机：（微信同号）", "手机：分机 8001",
                                        "手机：分机 8002"])
        #expect(Self.lines(l) == [
            "l.csv:2: 手机: \"13900139000\" was kept in the notes: the cell holds more than one",
            "l.csv:2: 邮箱: \"b@x.cn\" was kept in the notes: the cell holds more than one",
            "l.csv:3: 手机: \"（微信同号）\" was kept in the notes",
            "l.csv:4: 手机: extension 8001 was kept in the notes, apart from the number",
            "l.csv:5: 手机: extension 8002 was kept in the notes, apart from the number",
        ])
    }

    /// Item 15: invisible characters go; odd middle dots become `·`; a space or `。` in an
    /// e-mail address is corrected, and said.
    @Test func invisibleCharactersGoAndEmailSlipsAreCorrected() throws {
        let l = try Self.read("姓名,单位,邮箱\n\u{200B}王\u{2060}芳\u{FEFF},A\u{200B}学院,wf\u{200B}@x.cn\n"
                              + "阿卜杜•热合曼,B,caoxue @163.com\n买买提．艾力,C,mm@163。cn\n")
        #expect(l.rows.map(\.name) == ["王芳", "阿卜杜·热合曼", "买买提·艾力"])
        #expect(l.rows.map(\.organisation) == ["A学院", "B", "C"])
        #expect(l.rows.map(\.email) == ["wf@x.cn", "caoxue@163.com", "mm@163.cn"])
        #expect(AttendeeValues.email("Wf\u{200B}@x.cn") == "wf@x.cn")
        #expect(Self.lines(l) == [
            "l.csv:3: 邮箱: \"caoxue @163.com\" was read as \"caoxue@163.com\"",
            "l.csv:4: 邮箱: \"mm@163。cn\" was read as \"mm@163.cn\"",
        ])
    }

    /// Item 18: a long number Excel turned into scientific notation is reported wherever it is;
    /// gender is stored in the event's words.
    @Test func scientificIDNumbersAreReportedAndGenderNormalised() throws {
        let l = try Self.read("姓名,手机,身份证号,性别\n甲,13800000001,5.10104199001011e+17,M\n"
                              + "乙,13800000002,,female\n丙,13800000003,,女士\n丁,13800000004,,男\n")
        #expect(l.rows.map(\.gender) == ["男", "女", "女", "男"])
        #expect(Self.lines(l) == [
            "l.csv:2: 身份证号: \"5.10104199001011e+17\" was turned into a number by Excel and its digits are lost; "
                + "it was kept as it is: type the column as text and import it again",
        ])
    }

    /// Item 10: a name in two columns is one name: Chinese without a space, Latin given name first.
    @Test func aNameInTwoColumnsIsJoined() throws {
        let zh = try Self.read("姓,名,单位 Institution,手机 Mobile\n欧阳,修文,A学院,13800000001\n")
        #expect(zh.rows.map(\.name) == ["欧阳修文"] && zh.rows.map(\.organisation) == ["A学院"])
        #expect(zh.rows.map(\.phone) == ["13800000001"])
        let en = try Self.read("Last Name,First Name,Mobile\nSchmidt,Thomas,13800000002\n")
        #expect(en.rows.map(\.name) == ["Thomas Schmidt"])
        let mapped = try Self.read("A,B,手机\n王,芳,13800000003\n", map: [("A", .name), ("B", .name)])
        #expect(mapped.rows.map(\.name) == ["王芳"])
        let beside = try Self.read("Name,First Name,Mobile\nThomas Schmidt,Tom,13800000004\n")
        #expect(beside.rows.map(\.name) == ["Thomas Schmidt"] && beside.rows.map(\.notes) == ["First Name：Tom"])
    }

    /// Item 11: notes and filler under the list are reported and skipped, not imported as people.
    @Test func notesUnderTheListAreSkippedAndReported() throws {
        let l = try Self.read("""
            姓名,单位,手机
            王芳,A学院,13800000001

            注：请于5月6日前回复,,
            联系人：陈老师,,028-84616000
            填表人：赵磊,,
            """)
        #expect(l.rows.map(\.name) == ["王芳"] && l.rejectedCount == 0)
        #expect(Self.lines(l) == [
            "l.csv:4: 姓名: \"注：请于5月6日前回复\" is a note under the list, not a person: skipped",
            "l.csv:5: 姓名: \"联系人：陈老师\" is a note under the list, not a person: skipped",
            "l.csv:6: 姓名: \"填表人：赵磊\" is a note under the list, not a person: skipped",
        ])
    }

    /// Below the list's last row of people, after a blank row, a row of one cell is a note
    /// whatever its words; a whole row there is still a person, and a one-cell row inside the
    /// list is read as a row.
    @Test func oneCellRowsBelowTheListAreSkippedAndReported() throws {
        let l = try Self.read("""
            姓名,单位,手机
            王芳,A学院,13800000001
            张伟,,

            李明,B学院,13900000002

            以上名单请各单位核对,,
            ,,截止日期5月6日
            """)
        #expect(l.rows.map(\.name) == ["王芳", "张伟", "李明"] && l.rejectedCount == 0)
        #expect(Self.lines(l) == [
            "l.csv:7: 姓名: \"以上名单请各单位核对\" is a note under the list, not a person: skipped",
            "l.csv:8: 手机: \"截止日期5月6日\" is a note under the list, not a person: skipped",
        ])
    }
}

/// The workbook layouts, in files openpyxl wrote (see Workbooks/make-layouts.py).
@Suite struct LayoutWorkbookTests {
    static func list(_ name: String, sheet: String? = nil, includeHidden: Bool = false) throws -> AttendeeList {
        let (bytes, path) = try WorkbookTests.book(name)
        return try AttendeeList.read(bytes, file: path, sheet: sheet, sessions: [], includeHidden: includeHidden)
    }

    static func lines(_ list: AttendeeList) -> [String] {
        list.problems.map { "\(list.file):\($0.line): \($0.column): " + $0.reason(.en) }
    }

    /// Item 8: a group merged over its columns (`联系方式` over `手机`/`邮箱`) is a header of two rows.
    @Test func aHeaderOfTwoRowsIsReadAsOne() throws {
        let l = try Self.list("two-header-rows.xlsx", sheet: "联系方式")
        #expect(l.columns.headerLine == 3 && l.skippedAbove == 1)
        #expect(l.rows.map(\.name) == ["王芳", "李明"] && l.problems.isEmpty)
        #expect(l.rows.map(\.phone) == ["13800138001", "13800138002"])
        #expect(l.rows.map(\.email) == ["wangf@example.org", "liming@example.org"])
    }

    /// Item 10: `姓名 Name` merged over `姓 Surname` and `名 Given name`, with bilingual headers.
    @Test func aNameMergedOverSurnameAndGivenName() throws {
        let l = try Self.list("two-header-rows.xlsx", sheet: "姓名")
        #expect(l.rows.map(\.name) == ["欧阳修文", "Thomas Schmidt"] && l.problems.isEmpty)
        #expect(l.rows.map(\.organisation) == ["成都职业技术学院", "TU Dresden"])
        #expect(l.rows.map(\.phone) == ["13800138003", "13800138004"])
    }

    /// Items 12 and 13: an error value is no organisation; hidden rows are said and skipped.
    @Test func errorCellsAndHiddenRowsAreReported() throws {
        let l = try Self.list("hidden-and-errors.xlsx")
        #expect(l.rows.map(\.name) == ["王芳", "李明", "刘洋"] && l.rows.map(\.organisation).first == "")
        #expect(Self.lines(l) == [
            "hidden-and-errors.xlsx:回执:2: 单位: the cell holds the error #N/A (a formula that failed); "
                + "it was read as empty",
            "hidden-and-errors.xlsx:回执:4: 姓名: the row is hidden in the workbook: skipped "
                + "(--include-hidden imports it)",
        ])
        let all = try Self.list("hidden-and-errors.xlsx", includeHidden: true)
        #expect(all.rows.map(\.name) == ["王芳", "李明", "张敏（已取消）", "刘洋"])
    }

    /// Items 12 and 13 in the .ods LibreOffice saves of the same list.
    @Test func errorCellsAndHiddenRowsOfAnOpenDocumentSheet() throws {
        let l = try Self.list("hidden-and-errors-libreoffice.ods")
        #expect(l.rows.map(\.name) == ["王芳", "李明", "刘洋"] && l.rows.map(\.organisation).first == "")
        #expect(l.problems.map(\.kind) == [.errorCell("#N/A"), .hiddenRow])
        #expect(l.problems.map(\.line) == [2, 4])
    }

    /// Item 12: formulas a program wrote without values are said once, with what to do.
    @Test func formulasWithoutSavedValuesAreSaidOnce() throws {
        let l = try Self.list("formulas-unsaved.xlsx", sheet: "汇总")
        #expect(Self.lines(l) == [
            "formulas-unsaved.xlsx:汇总:2: 姓名: 6 cells of the sheet, this the first, hold formulas whose values "
                + "were never saved (a program wrote the file without calculating it) and were read as empty: "
                + "open and save it in Excel or WPS first",
        ])
        #expect(l.rows.isEmpty && l.blankRows == 2)
    }

    /// Item 17: `--sheet all` reads each sheet with a name column, its messages naming it.
    @Test func everySheetWithANameColumn() throws {
        let (bytes, path) = try WorkbookTests.book("by-province.xlsx")
        let lists = try AttendeeList.readSheets(bytes, file: path, sheet: "all", sessions: [])
        #expect(lists.map(\.sheet) == ["四川", "重庆"])
        #expect(lists.map { $0.rows.map(\.name) } == [["王芳"], ["张敏"]])
        #expect(lists.flatMap(Self.lines) == [
            "by-province.xlsx:四川:3: 手机: \"1380013800\" is not a mobile number: a mainland mobile has 11 digits "
                + "starting 13–19; it is the row's only contact, so the row was not imported",
        ])
    }
}
