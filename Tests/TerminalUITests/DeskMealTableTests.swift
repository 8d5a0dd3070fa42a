import Foundation
import Testing
import Interchange
import PlanningCore
@testable import TerminalUI

/// The desk answers "which table am I" for the day's meals with a table plan; the person form
/// reads a dietary need from the words typed.
@Suite struct DeskMealTableTests {
    static func plan() throws -> EventPlan { try EventFile.read(Array(TableEditorTests.file.utf8), file: "t.json") }

    @Test(arguments: zip([Language.zh, .en], ["用餐：18:30 欢迎晚宴 1 号桌 2 号座",
                                              "Meal: 18:30 欢迎晚宴, table 1, seat 2"]))
    func theGuestsTableOnTheDayOfTheMeal(_ lang: Language, _ line: String) throws {
        let plan = try Self.plan()
        let guest = try #require(plan.people.first { $0.name == "张伟" }).id
        #expect(DeskState.mealTables(of: guest, in: plan, on: LocalDate(iso: "2026-05-13")!, lang) == line)
    }

    @Test func noLineOnAnotherDay() throws {
        let plan = try Self.plan()
        let guest = try #require(plan.people.first { $0.name == "张伟" }).id
        #expect(DeskState.mealTables(of: guest, in: plan, on: LocalDate(iso: "2026-05-14")!, .zh) == nil)
    }

    /// A guest of the dinner nobody seated yet hears so at the desk, not nothing.
    @Test func aGuestWithoutASeatIsToldSo() throws {
        let plan = try Self.plan()
        let unseated = try #require(plan.people.first { $0.name == "赵强" }).id
        #expect(DeskState.mealTables(of: unseated, in: plan, on: LocalDate(iso: "2026-05-13")!, .zh)
            == "用餐：18:30 欢迎晚宴：未排座")
    }

    @Test(arguments: zip(["清真，不吃牛肉", "素食", "Halal", "不吃海鲜"],
                         [DietaryNeed(.halal, text: "清真，不吃牛肉"), DietaryNeed(.vegetarian),
                          DietaryNeed(.halal), DietaryNeed(.other, text: "不吃海鲜")]))
    func theFormReadsTheKindFromTheWords(_ typed: String, _ need: DietaryNeed) {
        #expect(DietField.read(typed) == need)
    }

    @Test func anEmptyDietFieldIsNoNeed() {
        #expect(DietField.read("　 ") == nil)
    }

    /// The form reads as the 回执's column does: a denial is no halal need, `无` no need at all.
    @Test(arguments: zip(["非清真", "不需要清真", "无", "否", "回民", "伊斯兰"],
                         [nil, nil, nil, nil, DietKind.halal, .halal]))
    func theFormReadsDenialsAndMuslimWords(_ typed: String, _ kind: DietKind?) {
        #expect(DietField.read(typed)?.kind == kind)
    }
}
