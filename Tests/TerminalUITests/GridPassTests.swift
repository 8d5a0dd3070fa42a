import Testing
import PlanningCore
@testable import TerminalUI
import TestSupport

/// Issue 34 over the grid, the repair plan, free slots, the sessions pane and the bars: narrow
/// terminals, days as dates, and text never cut without a sign.
@Suite struct GridPassTests {
    /// A release with three sessions fewer than the plan: the top bar has `… · 3 处改动` to show.
    func released(_ s: inout Headless) {
        let sessions = Array(s.state.plan.releasedSessions().dropFirst(3))
        s.state.document.take(releases: [
            Release(number: 1, name: "征求意见稿", note: "", at: "2026-05-01T00:00:00Z", by: "", sessions: sessions)
        ])
    }

    @Test func theTopBarKeepsTheReleaseStateAt80Columns() throws {
        var s = try app(width: 80, height: 24)
        released(&s)
        s.handle(.char("5"))
        #expect(s.lines[0].hasSuffix("征求意见稿 · 3 处改动"))
    }

    @Test func theCurrentTabShowsAt60Columns() throws {
        var s = try app(width: 60, height: 15)
        s.handle(.char("6"))
        #expect(s.lines[0].contains(" 6 冲突"))
    }

    @Test func theGridsBarKeepsItsRepairKeyAt80Columns() throws {
        var s = try app(width: 80, height: 24)
        s.handle(.char("5"))
        #expect(s.statusBar.contains("F 自动调整"))
    }

    @Test func aNarrowBarKeepsTheMostImportantHintsWhole() {
        let hints = [HintBar.Hint(text: "a 1", rank: 3), HintBar.Hint(text: "b 2", rank: 1),
                     HintBar.Hint(text: "c 3", rank: 2), HintBar.Hint(text: "? help", rank: 0)]
        #expect(HintBar.fit(hints, width: 14, separator: "  ") == "b 2  ? help")
    }

    /// Cursor moved low in a tall grid, the terminal made smaller on another pane: the grid
    /// opens with the cursor (and its session) on screen.
    @Test func theGridKeepsItsSelectionInViewAfterAResizeElsewhere() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("5"))
        for _ in 0..<20 { s.handle(.down) }
        s.handle(.char("2"))
        s.handle(.resize(width: 80, height: 24))
        s.handle(.char("5"))
        let g = s.state.view.grid
        let geo = GridGeometry(width: 80, height: 24, roomCount: s.state.gridModel.rooms.count)
        let top = gridTop(s.state, s.state.gridModel, geo)
        #expect(g.minute - top < geo.rows * g.zoom)
    }

    @Test func theRepairPlanHasItsOwnKeysOnTheBottomLine() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("5"))
        s.handle(.char("F"))
        #expect(s.statusBar.hasPrefix("  ↑↓ 选择  Enter 全部采纳  a 只采纳这一项  d 不采纳这一项  Esc 取消"))
    }

    @Test func aDroppedMoveIsSaid() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("5"))
        s.handle(.char("F"))
        guard case .repair(let r) = s.state.mode, let m = r.chosen else { Issue.record("no plan"); return }
        let title = s.state.plan.sessions.first { $0.id == m.session }!.title
        s.handle(.char("d"))
        #expect(s.statusBar.hasPrefix(" " + title + "：不移动"))
    }

    @Test func theRepairPlanWritesDaysAsDates() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("5"))
        s.handle(.char("F"))
        #expect(s.lines[4].hasSuffix("→ 5月14日 10:30 三号会议室  │"))
    }

    @Test func theSessionsPaneWritesDaysAsDates() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("2"))
        #expect(s.lines[3].hasPrefix(" 5月14日 "))
    }

    @Test func theSessionsDetailsSayWhichDay() throws {
        var s = try app(width: 120, height: 36, language: .en)
        s.handle(.char("2"))
        #expect(s.lines[3].hasSuffix("│ Time: Day 1 · 14 May 08:30–08:55"))
    }

    @Test func distancesOverAnHourReadInHours() {
        #expect(FreeSlots.awayText(45, .zh) == "相差45分钟")
        #expect(FreeSlots.awayText(420, .zh) == "相差7小时")
        #expect(FreeSlots.awayText(90, .zh) == "相差1小时30分")
        #expect(FreeSlots.awayText(90, .en) == "1 h 30 min from now")
    }

    /// 分论坛三 (14:00–17:30 in 三号会议室): its own room is free at 13:30 and 12:00, and at 07:00,
    /// which came before the clean 14:00 slots in other rooms; an afternoon forum stays in the afternoon.
    /// 12:00 spans 自助午餐 whole, which everyone attends: it comes after the clean 14:00 slots too.
    @Test func anAfternoonSubForumIsOfferedTheAfternoonFirst() throws {
        let plan = samplePlan("deyang-2026-innovation-summit.json")
        let forum = try #require(plan.sessions.first { $0.title.hasPrefix("分论坛三") })
        let slots = ConflictEngine(plan).suggestSlots(for: forum.id, limit: 12, stepMinutes: 15)
        let first = slots.prefix(4).map { "\($0.start.clock) \($0.room.raw)" }
        #expect(first == ["13:30 3", "14:00 13", "14:00 11", "14:00 5"])
    }
}
