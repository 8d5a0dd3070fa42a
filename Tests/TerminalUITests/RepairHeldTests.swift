import Testing
import PlanningCore
@testable import TerminalUI
import TestSupport

/// The trial on the Hangzhou sample (issue 34, item 5): the repair plan's "not cleared" said only
/// `用餐、茶歇或开幕式保持原定时间（加 --move-held 才会调整）`, not which problem, and named a flag
/// the screen cannot pass.
@Suite struct RepairHeldTests {
    /// The farewell dinner lies after the event's days and, a meal, keeps its time: the plan names
    /// it and says the key that lets it move; `h` works the plan out again with it free to move.
    @Test func theRepairPlanNamesWhatStaysAndLetsMealsMove() throws {
        var s = try app("hangzhou-2025-sino-german-seminar.json", width: 120, height: 36)
        s.handle(.char("5"))
        s.handle(.char("F"))
        #expect(s.screen.contains("│ ✗ 「告别交流会」"))
        #expect(s.screen.contains("│   用餐、茶歇或开幕式保持原定时间（按 h 才会调整）"))
        #expect(s.statusBar.contains("h 用餐等也调整"))
        s.handle(.char("h"))
        guard case .repair(let r) = s.state.mode else { Issue.record("no plan after h"); return }
        #expect(r.options.moveHeld)
        let moved = r.solution.moves.compactMap { m in s.state.plan.sessions.first { $0.id == m.session }?.title }
        #expect(moved.contains("告别交流会"))
        #expect(s.statusBar.contains("h 用餐等不动"))
    }

    /// In English the reason names the key too, and keeps the flag for the command line.
    @Test func theReasonSaysTheKeyOnScreenAndTheFlagOnTheCommandLine() throws {
        let plan = samplePlan("hangzhou")
        let solution = ConflictEngine(plan).solve()
        let held = try #require(solution.unresolved.first { $0.reason == .heldTime })
        let words = SolvePlanWords(plan: plan, language: .en)
        #expect(words.reason(held, heldKey: "h") == "a meal, break or the opening keeps its time (h lets the repair move it)")
        #expect(words.reason(held) == "a meal, break or the opening keeps its time (--move-held lets the repair move it)")
    }
}
