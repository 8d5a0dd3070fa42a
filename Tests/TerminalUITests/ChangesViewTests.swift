import Testing
import PlanningCore
@testable import TerminalUI

@Suite struct ChangesViewTests {
    /// C shows what changed since the last release; r makes one with a name; the top bar then
    /// says which release the programme is at, and counts what moves after it.
    @Test func aReleaseIsMadeFromTheChangesViewAndTheTopBarFollows() throws {
        var s = try app()
        s.handle(.char("C"))
        guard case .changes(let before) = s.mode else { Issue.record("no changes view"); return }
        #expect(before.changes.count == s.plan.sessions.count)
        s.handle(.char("r"))
        guard case .form = s.mode else { Issue.record("no release form"); return }
        for c in "征求意见稿" { s.handle(.char(c)) }
        s.handle(.enter)
        #expect(try s.database!.releases(s.plan.event.id).map(\.name) == ["征求意见稿"])
        guard case .changes(let after) = s.mode else { Issue.record("not back in the view"); return }
        #expect(after.changes.isEmpty)
        #expect(s.screen.split(separator: "\n").first?.hasSuffix("征求意见稿") == true)
        s.handle(.escape)
        // Move a session: the top bar counts it, and the view lists it with who did it.
        s.handle(.char("5"))
        s.handle(.char("m"))
        s.handle(.down)
        s.handle(.enter)
        #expect(s.screen.split(separator: "\n").first?.contains("征求意见稿 · 1 处改动") == true)
        s.handle(.char("C"))
        guard case .changes(let moved) = s.mode else { Issue.record("no changes view"); return }
        #expect(moved.changes.count == 1 && moved.who.count == 1)
    }

    /// Before the first release a session moved and moved back is nobody's change: C lists no
    /// session as new and credits no one, and says what the first release will publish.
    @Test func beforeTheFirstReleaseAMoveAndItsUndoAreNobodysChange() throws {
        var s = try app()
        s.handle(.char("5"))
        s.handle(.char("m"))
        s.handle(.down)
        s.handle(.enter)
        s.handle(.char("u"))
        s.handle(.char("C"))
        guard case .changes(let view) = s.mode else { Issue.record("no changes view"); return }
        #expect(view.who.isEmpty)
        #expect(!s.screen.contains("新增场次"), "\(s.screen)")
        #expect(s.screen.contains("首次发布（r）将公布全部 \(s.plan.sessions.count) 个场次"), "\(s.screen)")
    }
}
