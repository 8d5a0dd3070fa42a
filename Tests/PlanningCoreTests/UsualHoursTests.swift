import Testing
@testable import PlanningCore

/// The trial on the Hangzhou sample (issue 34, item 5): free slots and the repair put sessions at
/// 07:00 or 08:00 before a 09:00 opening, and over a lunch everyone attends.
@Suite struct UsualHoursTests {
    /// A workshop at 14:00 whose afternoon is taken: its own room is free at 07:00 (before the
    /// 09:00 opening) and from 18:00 (after the day's last session), the other room at 10:00. The
    /// 10:00 slot comes first, though in another room; those outside the programme's hours last.
    @Test func slotsOutsideTheProgrammesHoursComeLast() {
        var s = Scenario()
        let west = s.room("西湖厅", seats: 120), side = s.room("钱塘厅", seats: 80)
        s.session("开幕式", side, 9, 10, kind: .openingCeremony, fixed: true)
        s.session("上午报告", west, 9, 13, kind: .report, fixed: true)
        s.session("下午报告", west, 15, 18, kind: .report, fixed: true)
        s.session("钱塘厅下午", side, 12, 18, kind: .report, fixed: true)
        let workshop = s.session("工作坊一", west, 13, 15, kind: .workshop)
        let slots = ConflictEngine(s.plan).suggestSlots(for: workshop, limit: 3, stepMinutes: 60)
        #expect(slots.map { "\($0.start.clock) \($0.room.raw) \($0.outsideHours)" }
            == ["10:00 2 false", "18:00 1 true", "07:00 1 true"])
    }

    /// A workshop at 14:00 in a room taken 09:00–11:00 and 13:00–14:00 and after it: its own room
    /// is free 11:00–13:00, which spans lunch whole (the check allows that), the other room
    /// 10:00–12:00, clear of it. The clean slot comes first; the other says it is over lunch.
    @Test func slotsOverLunchComeAfterCleanOnes() {
        var s = Scenario()
        let west = s.room("西湖厅", seats: 120), side = s.room("钱塘厅", seats: 80)
        s.session("开幕式", side, 9, 10, kind: .openingCeremony, fixed: true)
        let lunch = s.session("午餐", side, 12, 13, kind: .meal)
        s.session("上午报告", west, 9, 11, kind: .report, fixed: true)
        s.session("午后报告", west, 13, 14, kind: .report, fixed: true)
        s.session("下午报告", west, 16, 18, kind: .report, fixed: true)
        s.session("钱塘厅下午", side, 13, 18, kind: .report, fixed: true)
        let workshop = s.session("工作坊一", west, 14, 16, kind: .workshop)
        let slots = ConflictEngine(s.plan).suggestSlots(for: workshop, limit: 2, stepMinutes: 60)
        #expect(slots.map { "\($0.start.clock) \($0.room.raw) \($0.spansHeld.map(\.raw))" }
            == ["10:00 2 []", "11:00 1 [\(lunch.raw)]"])
    }

    /// A session without a time, the programme opening at 09:00: the repair puts it after the
    /// opening, not at 08:00 before it (nearest the working day's start, where nobody is yet).
    @Test func theRepairPlacesASessionInsideTheProgrammesHours() throws {
        var s = Scenario()
        let hall = s.room("黄龙厅", seats: 500), side = s.room("钱塘厅", seats: 100)
        s.session("开幕式", hall, 9, 10, kind: .openingCeremony, fixed: true)
        s.session("报告", side, 10, 12, kind: .report)
        s.session("下午", hall, 13, 17, kind: .report)
        let draft = s.session("德方专家答疑", nil, -1, -1, kind: .other)
        let solution = s.solve()
        let move = try #require(solution.moves.first)
        #expect(solution.moves.count == 1)
        #expect(move.session == draft)
        #expect(move.to == SessionPlace(room: hall, start: Scenario.at(10), end: Scenario.at(11)))
    }
}
