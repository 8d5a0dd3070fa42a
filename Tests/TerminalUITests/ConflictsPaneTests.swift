import Testing
import PlanningCore
@testable import TerminalUI

@Suite struct ConflictsPaneTests {
    /// v shows one severity at a time, c one kind; the title says what is shown.
    @Test func filtersBySeverityAndKind() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("6"))
        let all = s.rows.count
        s.handle(.char("v"))
        #expect(s.rows.map { s.findings[$0].severity } == Array(repeating: .error, count: 5) && s.lines[1].contains("只看：错误"))
        s.handle(.char("v"))
        #expect(s.rows.map { s.findings[$0].severity } == Array(repeating: .warning, count: 4))
        s.handle(.char("v"))
        s.handle(.char("v"))
        #expect(s.rows.count == all)
        s.handle(.char("c"))
        s.type("renyuan")
        s.handle(.enter)
        #expect(!s.rows.isEmpty && s.rows.allSatisfy { s.findings[$0].finding.code == .personOverlap })
        #expect(s.lines[1].contains("只看：人员冲突"))
    }

    /// `a` on an acknowledged finding (like `A`) takes the acknowledgement back.
    @Test func anAcknowledgementIsTakenBack() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("6"))
        s.handle(.char("a"))
        s.type("已知悉")
        s.handle(.enter)
        #expect(s.findings.filter { !$0.isOpen }.count == 1)
        let acknowledged = try #require(s.rows.firstIndex { !s.findings[$0].isOpen })
        s.handle(.home)
        for _ in 0..<acknowledged { s.handle(.down) }
        #expect(s.list.selected == acknowledged)
        s.handle(.char("a"))
        #expect(s.findings.allSatisfy(\.isOpen) && s.message == "已撤回确认：此问题重新计入")
    }

    /// Two findings of one kind read differently in their rows, even cut to the column.
    @Test func rowsSayWhatDiffers() throws {
        let s = try app(width: 120, height: 36)
        let briefs = s.findings.map { s.document.words.brief($0.finding) }
        #expect(Set(briefs.map { String($0.prefix(16)) }).count == briefs.count, "\(briefs)")
    }
}
