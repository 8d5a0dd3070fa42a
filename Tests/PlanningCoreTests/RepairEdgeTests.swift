import Testing
@testable import PlanningCore

extension Scenario {
    static func at(_ hour: Int, _ minute: Int, day: Int = 0) -> LocalDateTime {
        LocalDateTime(date: Scenario.day.adding(days: day), hour: hour, minute: minute)
    }

    /// A session at minutes, not only whole hours, on the event's first day or a later one.
    @discardableResult
    mutating func session(_ title: String, _ room: ID<Room>?, _ from: (Int, Int), _ to: (Int, Int), day: Int = 0,
                          kind: SessionKind = .subForum, needs: [String] = [], fixed: Bool = false,
                          speaker: ID<Person>? = nil) -> ID<Session> {
        let id = session(title, room, 0, 0, kind: kind, needs: needs, fixed: fixed, speaker: speaker)
        let i = plan.sessions.count - 1
        plan.sessions[i].start = Self.at(from.0, from.1, day: day)
        plan.sessions[i].end = Self.at(to.0, to.1, day: day)
        return id
    }

    mutating func twoDays() { plan.event.lastDay = Scenario.day.adding(days: 1) }
}

/// The edges of the repair the office found (issue 29): held times, spots off the sessions' grid,
/// the same-day rule over a tea break, and a session as long as the meal beside it.
@Suite struct RepairEdgeTests {
    /// A buffet lunch has a time and no room: it is not "unplaced", and the repair leaves it be
    /// while it clears the clash of two reports.
    @Test func aMealWithoutARoomIsNeitherUnplacedNorPlaced() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 500)
        s.room("二号会议室", seats: 100)
        s.session("自助午餐", nil, 12, 13, kind: .meal)
        s.session("报告一", hall, 9, 10, kind: .report, fixed: true)
        let b = s.session("报告二", hall, 9, 10, kind: .report)
        let solution = s.solve()
        #expect(solution.moves.map(\.session) == [b])
        #expect(solution.before.unplaced == 0 && solution.after.unplaced == 0)
    }

    /// Lunch laid in the hall over a fixed report: the meal keeps its time and the clash is
    /// explained; only `--move-held` lets the repair move it.
    @Test func aMealIsMovedOnlyWhenAskedTo() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 500)
        s.room("二号会议室", seats: 100)
        let lunch = s.session("自助午餐", hall, 12, 13, kind: .meal)
        s.session("报告", hall, 12, 13, kind: .report, fixed: true)
        let kept = s.solve()
        #expect(kept.moves.isEmpty)
        #expect(kept.unresolved.map(\.reason) == [.heldTime])
        let moved = s.solve(SolveOptions(moveHeld: true))
        #expect(moved.moves.map(\.session) == [lunch])
        #expect(moved.after.errors == 0)
    }

    /// No session is put into a held time by the repair, even the one spot that would be nearest:
    /// the opening holds 09:00–09:40 in the hall, a report overlapping another moves elsewhere.
    @Test func nothingIsPlacedOverAnOpening() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 500)
        s.session("开幕式", hall, (9, 0), (9, 40), kind: .openingCeremony)
        let a = s.session("报告一", hall, (10, 0), (11, 0), kind: .report, fixed: true)
        let b = s.session("报告二", hall, (10, 0), (11, 0), kind: .report)
        let solution = s.solve()
        #expect(solution.moves.map(\.session) == [b] && a != b)
        #expect(solution.moves.first?.to.start == Scenario.at(11, 0))
        #expect(solution.created.isEmpty)
    }

    /// A guest free only 14:30–15:30, every session on the hour: the one move that clears the
    /// error is to 14:30, an edge of the guest's hours, not on the sessions' grid.
    @Test func aSpotAtTheEdgeOfAGuestsHoursIsTried() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 500)
        let guest = s.person("外宾", available: [])
        s.plan.people[s.plan.people.count - 1].availability =
            [TimeWindow(start: Scenario.at(14, 30), end: Scenario.at(15, 30))]
        let talk = s.session("主旨报告", hall, 9, 10, kind: .report, speaker: guest)
        s.session("上午", hall, 8, 9, kind: .report, fixed: true)
        s.session("中午", hall, 10, 14, kind: .report, fixed: true)
        s.session("下午", hall, 16, 18, kind: .report, fixed: true)
        let solution = s.solve()
        #expect(solution.after.errors == 0)
        #expect(solution.moves.map(\.session) == [talk])
        #expect(solution.moves.first?.to.start == Scenario.at(14, 30))
    }

    /// A guest free only at lunch, with every room free then: the repair does not put the talk
    /// into lunch, and says so, not that no room is free.
    @Test func aGuestFreeOnlyAtLunchIsExplainedByTheLunch() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 500)
        s.room("二号会议室", seats: 100)
        let guest = s.person("外宾", available: [])
        s.plan.people[s.plan.people.count - 1].availability =
            [TimeWindow(start: Scenario.at(12, 0), end: Scenario.at(13, 0))]
        let lunch = s.session("午餐", nil, 12, 13, kind: .meal)
        let talk = s.session("主旨报告", hall, 9, 10, kind: .report, speaker: guest)
        let solution = s.solve()
        #expect(solution.moves.isEmpty)
        #expect(solution.unresolved.map(\.reason) == [.onlyInHeld(session: talk, held: [lunch])])
    }

    /// A room open from 13:15: the nearest clean spot is 13:15, its opening.
    @Test func aSpotAtTheEdgeOfARoomsHoursIsTried() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 500)
        let side = s.room("二号会议室", seats: 500)
        s.plan.rooms[1].availability = [TimeWindow(start: Scenario.at(13, 15), end: Scenario.at(14, 15))]
        s.session("报告一", hall, 8, 18, kind: .report, fixed: true)
        let b = s.session("报告二", hall, 13, 14, kind: .report)
        let solution = s.solve()
        #expect(solution.moves.map(\.session) == [b])
        #expect(solution.moves.first?.to == SessionPlace(room: side, start: Scenario.at(13, 15), end: Scenario.at(14, 15)))
    }

    /// The sub-forum that spans the afternoon tea break is double-booked; a hall is free all
    /// afternoon. It stays on its day, in that hall, tea break inside; the free-slot finder offers
    /// the same spot.
    @Test func aSubForumSpanningATeaBreakStaysOnItsDay() {
        var s = Scenario()
        s.twoDays()
        let room = s.room("三号会议室", seats: 300), hall = s.room("一号会议厅", seats: 500)
        s.session("茶歇", nil, (15, 0), (15, 20), kind: .breakTime)
        s.session("茶歇", nil, (15, 0), (15, 20), day: 1, kind: .breakTime)
        s.session("分论坛一", room, 8, 18, fixed: true)
        s.session("上午论坛", hall, 8, 14, fixed: true)
        let forum = s.session("分论坛二", room, 14, 17)
        let solution = s.solve()
        #expect(solution.moves.map(\.session) == [forum])
        #expect(solution.moves.first?.to == SessionPlace(room: hall, start: Scenario.at(14, 0), end: Scenario.at(17, 0)))
        let slots = ConflictEngine(s.plan).suggestSlots(for: forum, limit: 100)
        #expect(slots.contains { $0.room == hall && $0.start == Scenario.at(14, 0) })
    }

    /// A report as long as lunch, at lunch, in another room runs during it: the check tells it,
    /// and neither the repair nor the free-slot finder puts a session there.
    @Test func aSessionAsLongAsTheMealBesideItRunsDuringIt() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 500), side = s.room("二号会议室", seats: 500)
        let lunch = s.session("自助午餐", hall, 12, 13, kind: .meal)
        let report = s.session("报告", side, 12, 13, kind: .report)
        let told = ConflictEngine.check(s.plan).filter { $0.code == .duringHeldTime }
        #expect(told.map(\.sessions) == [[lunch, report]])
        #expect(ConflictEngine(s.plan).findings.filter { $0.code == .duringHeldTime }.count == 1)

        var t = Scenario()
        let room = t.room("一号会议厅", seats: 500), other = t.room("二号会议室", seats: 500)
        t.session("自助午餐", nil, 12, 13, kind: .meal)
        t.session("全天", room, 8, 12, kind: .report, fixed: true)
        t.session("下午", room, 13, 18, kind: .report, fixed: true)
        t.session("全天二", other, 8, 12, kind: .report, fixed: true)
        t.session("下午二", other, 13, 18, kind: .report, fixed: true)
        let moved = t.session("报告", room, 9, 10, kind: .report)
        let slots = ConflictEngine(t.plan).suggestSlots(for: moved, limit: 5)
        #expect(!slots.contains { $0.start == Scenario.at(12, 0) })
        let solution = t.solve()
        #expect(solution.moves.isEmpty)
    }

    /// Two sessions that need interpretation booths sit in a room without them, and a third, in
    /// another room, overlaps both and shares their chair: moving the two to the booths, clear
    /// of the third, clears everything (2 moves); moving the third first and then the two is one
    /// move too many.
    @Test func theFewestMovesWhenOneSessionOverlapsTwo() {
        var s = Scenario()
        let booths = ["projector", "interpretation"]
        let plain = s.room("二号会议室", seats: 200), side = s.room("三号会议室", seats: 200)
        s.room("多功能厅", seats: 200, features: booths)
        let chair = s.person("主持人")
        let a = s.session("国际论坛一", plain, (9, 0), (10, 0), needs: ["interpretation"], speaker: chair)
        let b = s.session("国际论坛二", plain, (10, 0), (11, 0), needs: ["interpretation"], speaker: chair)
        s.session("座谈", side, (9, 30), (10, 30), speaker: chair)
        let solution = s.solve()
        #expect(solution.after.errors == 0)
        #expect(Set(solution.moves.map(\.session)) == [a, b])
    }
}
