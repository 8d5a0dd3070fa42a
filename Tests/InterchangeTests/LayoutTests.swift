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
}
