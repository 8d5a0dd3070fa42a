import Testing
import PlanningCore
import PlanningStore
@testable import TerminalUI

@Suite struct RepairReviewTests {
    func errors(_ s: Headless) -> Int { s.findings.filter { $0.isOpen && $0.severity == .error }.count }

    /// F in the Conflicts pane shows the plan in the grid; Enter accepts every move as one change,
    /// stored, and one `u` takes all of it back.
    @Test func acceptingAllIsOneUndoStep() throws {
        var s = try app()
        #expect(errors(s) == 5)
        s.handle(.char("6"))
        s.handle(.char("F"))
        guard case .repair(let review) = s.mode else { Issue.record("no repair plan"); return }
        #expect(s.view.pane == .schedule)
        #expect(review.solution.moves.count == 5 && review.solution.after.errors == 0)
        s.handle(.enter)
        #expect(errors(s) == 0)
        let stored = try s.database!.plan(s.plan.event.id)
        #expect(ConflictEngine.check(stored).filter { $0.severity == .error }.isEmpty)
        s.handle(.char("u"))
        #expect(errors(s) == 5)
    }

    /// `d` drops the chosen move: that session stays, and the plan is worked out again without
    /// it; `a` accepts one move alone and the rest is worked out again; Esc changes nothing.
    @Test func droppingAndAcceptingSingleMoves() throws {
        var s = try app()
        s.handle(.char("5"))
        s.handle(.char("F"))
        guard case .repair(let first) = s.mode, let dropped = first.chosen?.session else {
            Issue.record("no repair plan"); return
        }
        s.handle(.char("d"))
        guard case .repair(let again) = s.mode else { Issue.record("no plan after d"); return }
        #expect(!again.solution.moves.contains { $0.session == dropped })
        #expect(again.options.keep == [dropped])
        let accepted = try #require(again.chosen)
        s.handle(.char("a"))
        #expect(s.plan.sessions.first { $0.id == accepted.session }.map(SessionPlace.init) == accepted.to)
        guard case .repair(let rest) = s.mode else { Issue.record("no plan after a"); return }
        // Neither the accepted move nor the dropped one is proposed again.
        #expect(!rest.solution.moves.contains { $0.session == accepted.session })
        #expect(!rest.solution.moves.contains { $0.session == dropped })
        let before = s.plan
        s.handle(.escape)
        #expect(s.plan == before)
        if case .repair = s.mode { Issue.record("still showing the plan") }
    }

    /// Someone else fixes a clash while the plan is shown: the plan is worked out again on theirs.
    @Test func othersChangesAreTakenIntoThePlan() throws {
        var s = try app()
        s.handle(.char("6"))
        s.handle(.char("F"))
        guard case .repair(let first) = s.mode else { Issue.record("no repair plan"); return }
        let other = try Store(path: s.database!.path)
        let plan = try other.plan(s.plan.event.id)
        let bus = try #require(plan.sessions.first { $0.title == "参观车辆集合" })
        var fixed = bus
        fixed.isFixed = true
        var before = try #require(plan.record(of: bus.id)), after = before
        after.session = fixed
        before.session = bus
        try other.apply(.session(before: before, after: after), event: plan.event.id)
        s.othersChanged()
        s.awaitWholePlan()
        guard case .repair(let again) = s.mode else { Issue.record("the plan went away"); return }
        #expect(first.solution.moves.contains { $0.session == bus.id })
        #expect(!again.solution.moves.contains { $0.session == bus.id })
    }
}
