import Foundation
import Testing
import Fixtures
import Interchange
import PlanningCore
import PlanningStore
import TestSupport

/// The 回执's dietary columns (issue 37): 饮食禁忌 and its usual names read into each person's
/// diet, the words kept; 民族 kept in the notes, and read for halal only when the office asks.
@Suite struct DietImportTests {
    func diets(_ i: Imported) -> [String] {
        i.plan.people.map { p in "\(p.name) " + (p.diet.map { "\($0.kind.rawValue) \($0.text)" } ?? "-") }
    }

    @Test func aCSVWithADietColumnUnderItsUsualNames() throws {
        for header in ["饮食禁忌", "饮食要求", "用餐要求", "Dietary requirements"] {
            let i = try importText("姓名,单位,\(header)\n马立新,A,清真\n王芳,B,吃素\n张伟,C,不吃辣\n刘洋,D,无\n")
            #expect(diets(i).suffix(4) == ["马立新 halal 清真", "王芳 vegetarian 吃素", "张伟 other 不吃辣", "刘洋 -"],
                    "\(header)")
            #expect(i.list.columns.columns[2].field == .diet, "\(header)")
        }
    }

    @Test func aWorkbookWithDietAndEthnicity() throws {
        let (bytes, path) = try WorkbookTests.book("diet-openpyxl.xlsx")
        let i = try TravelImportTests.importBytes(bytes, into: try TravelImportTests.store(), file: path)
        #expect(diets(i).suffix(5) == ["马立新 halal 清真", "艾力 -", "王芳 vegetarian 素食（不吃蛋）",
                                       "张伟 other 海鲜过敏", "刘洋 -"])
        // 民族 stays a note, as any column confplan does not read.
        #expect(i.person("艾力")?.notes == "民族：维吾尔族")
    }

    /// `--halal-from-ethnicity`: a Muslim people in 民族 makes the diet halal where the diet
    /// column says nothing, without the people's name as the diet's words (the kitchen's sheet
    /// prints those); what the guest wrote wins.
    @Test func halalDerivedFromEthnicityWhenTheOfficeAsks() throws {
        let (bytes, path) = try WorkbookTests.book("diet-openpyxl.xlsx")
        let list = try AttendeeList.read(bytes, file: path, sessions: [], halalFromEthnicity: true)
        #expect(list.rows.map { $0.diet.map { "\($0.kind.rawValue) \($0.text)" } ?? "-" } == [
            "halal 清真", "halal ", "vegetarian 素食（不吃蛋）", "other 海鲜过敏", "-",
        ])
    }

    /// A second copy of the list is the truth for the diet column: a diet taken back is taken back.
    @Test func aReimportReplacesTheDiet() throws {
        let store = try TravelImportTests.store()
        _ = try TravelImportTests.importBytes(Array("姓名,手机,饮食禁忌\n马立新,13900000301,清真\n".utf8), into: store,
                                              file: "回执.csv")
        let again = try TravelImportTests.importBytes(Array("姓名,手机,饮食禁忌\n马立新,13900000301,无\n".utf8),
                                                      into: store, file: "回执.csv")
        #expect(again.person("马立新")?.diet == nil)
    }

    /// The preview says a diet changed as a diet, with what it was and what it becomes.
    @Test func thePreviewSaysADietChangeIsADiet() throws {
        let store = try TravelImportTests.store()
        _ = try TravelImportTests.importBytes(Array("姓名,手机,饮食禁忌\n马立新,13900000301,清真\n".utf8), into: store,
                                              file: "回执.csv")
        let again = try TravelImportTests.importBytes(Array("姓名,手机,饮食禁忌\n马立新,13900000301,无\n".utf8),
                                                      into: store, file: "回执.csv")
        #expect(again.report.changeLines(sessions: []) == ["马立新: diet 清真 → —"])
    }

    @Test func dietWordsAndMuslimPeoples() {
        #expect(AttendeeValues.diet("Halal food") == DietaryNeed(.halal, text: "Halal food"))
        #expect(AttendeeValues.diet(" － ") == nil)
        #expect(AttendeeValues.isMuslimPeople("回") && AttendeeValues.isMuslimPeople("哈萨克族"))
        #expect(!AttendeeValues.isMuslimPeople("汉族"))
    }

    /// A cell that denies halal, or says there is no need, is not halal: such a guest would take
    /// a halal seat and make a table halal for nothing.
    @Test(arguments: ["非清真", "不需要清真", "无", "否", "非清真，不吃辣", "non-halal"])
    func deniedOrNothingIsNotHalal(_ cell: String) {
        #expect(AttendeeValues.diet(cell)?.kind != .halal)
    }

    /// The words offices write for a Muslim guest's meal.
    @Test(arguments: ["回民", "伊斯兰", "穆斯林", "halal", "回民餐，不吃辣"])
    func muslimWordsAreHalal(_ cell: String) {
        #expect(AttendeeValues.diet(cell)?.kind == .halal)
    }
}
