import Testing
@testable import PlanningCore

/// Issue 31, item 16: one person typed in traditional and simplified characters, or with another
/// middle dot, is one name for the duplicates list.
@Suite struct DuplicateFoldingTests {
    @Test func traditionalCharactersAndMiddleDotsFoldForDuplicates() {
        var p = EventPlan(event: Event(key: "d", uid: "d", name: "测试", shortName: "测试",
                                       firstDay: LocalDate(iso: "2026-05-14")!, lastDay: LocalDate(iso: "2026-05-14")!))
        p.people = [
            Person(id: ID(1), key: "a", uid: "u1", name: "劉東", organisation: "新疆職業大學", phone: "13800000001"),
            Person(id: ID(2), key: "b", uid: "u2", name: "刘东", organisation: "新疆职业大学", phone: "13900000002"),
            Person(id: ID(3), key: "c", uid: "u3", name: "阿卜杜•热合曼", organisation: "喀什职业技术学院",
                   phone: "13700000003"),
            Person(id: ID(4), key: "d", uid: "u4", name: "阿卜杜·热合曼", organisation: "喀什职业技术学院",
                   phone: "13700000004"),
        ]
        #expect(p.possibleDuplicates().map { [$0.first.raw, $0.second.raw] } == [[1, 2], [3, 4]])
    }
}
