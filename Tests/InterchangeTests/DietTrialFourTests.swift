import Testing
import Interchange
import PlanningCore

/// The third trial's diet words (issue 37): 不吃猪肉 and a Muslim people's 少数民族餐 are halal,
/// German and French vegetarians are vegetarian, and the preview counts what was read.
@Suite struct DietTrialFourTests {
    static let csv = """
        姓名,单位,手机,饮食禁忌,民族
        甲一,某校,13900000001,vegetarisch,汉族
        甲三,某校,13900000003,不吃猪肉,回族
        甲四,某校,13900000004,no pork,
        甲五,某校,13900000005,Vegetarier,
        甲六,某校,13900000006,végétarien,
        甲九,某校,13900000009,少数民族餐,回族
        甲十,某校,13900000010,少数民族餐,汉族
        甲十一,某校,13900000011,无猪肉,

        """

    static func list() throws -> AttendeeList {
        try AttendeeList.read(Array(csv.utf8), file: "回执.csv", sessions: [], halalFromEthnicity: true)
    }

    @Test(arguments: ["不吃猪肉", "无猪肉", "No pork", "忌猪肉，不吃辣"])
    func noPorkIsHalal(_ cell: String) {
        #expect(AttendeeValues.diet(cell)?.kind == .halal)
    }

    @Test(arguments: ["vegetarisch", "Vegetarier", "végétarien", "Végétarienne"])
    func germanAndFrenchVegetarians(_ cell: String) {
        #expect(AttendeeValues.diet(cell)?.kind == .vegetarian)
    }

    /// A Hui guest's 少数民族餐 is halal, the words kept for the kitchen; a Han guest's stays other.
    @Test func aMuslimPeoplesEthnicMealIsHalal() throws {
        let rows = try Self.list().rows
        #expect(rows.map { $0.diet.map { "\($0.kind.rawValue) \($0.text)" } ?? "-" } == [
            "vegetarian vegetarisch", "halal 不吃猪肉", "halal no pork", "vegetarian Vegetarier",
            "vegetarian végétarien", "halal 少数民族餐", "other 少数民族餐", "halal 无猪肉",
        ])
    }

    @Test func thePreviewCountsTheDietsRead() throws {
        let list = try Self.list()
        let day = LocalDate(year: 2026, month: 5, day: 14)!
        let plan = EventPlan(event: Event(key: "e", uid: "e", name: "大会", firstDay: day, lastDay: day))
        let report = RosterReport(list: list, roster: Roster.match(list.rows, into: plan), language: .zh)
        #expect(report.dietLine() == "饮食禁忌读作：清真 4 人，素食 3 人，其他 1 人")
    }

    /// A long list is read in two halves at once: the counts the report gives are both halves'.
    @Test func theCountsOfAListReadInTwoHalvesAreTheWholeList() throws {
        let list = try AttendeeList.read(Array(Self.csv.utf8), file: "回执.csv", sessions: [], parallelAbove: 0,
                                         halalFromEthnicity: true)
        let day = LocalDate(year: 2026, month: 5, day: 14)!
        let plan = EventPlan(event: Event(key: "e", uid: "e", name: "大会", firstDay: day, lastDay: day))
        let report = RosterReport(list: list, roster: Roster.match(list.rows, into: plan), language: .zh)
        #expect(report.dietLine() == "饮食禁忌读作：清真 4 人，素食 3 人，其他 1 人")
    }
}
