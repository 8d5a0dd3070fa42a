import Testing
import PlanningCore
@testable import TerminalUI

/// What the grid is for: on the largest sample, find each clash from the grid (n), fix it by
/// moving the session to a free slot (f, Enter), and watch the count in the status bar fall to zero.
@Suite struct GridWalkthroughTests {
    @Test func everyClashOfTheLargestSampleIsFixedFromTheGrid() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("5"))
        var counts: [String] = [String(s.statusBar.split(separator: " ").suffix(5).joined(separator: " "))]
        for _ in 0..<20 {
            let open = s.findings.filter { $0.isOpen && $0.severity != .info }
            if open.isEmpty { break }
            s.handle(.char("n"))
            let selected = try #require(s.gridSelectedSession)
            #expect(s.catalog.findingsBySession[selected.id] != nil, "n stops on a session with a clash")
            s.handle(.char("f"))
            guard case .slots = s.mode else { Issue.record("no free slot for \(selected.title)"); return }
            s.handle(.enter)
            counts.append(String(s.statusBar.split(separator: " ").suffix(5).joined(separator: " ")))
        }
        #expect(s.statusBar.hasSuffix("0 个错误 · 0 个警告"))
        #expect(try s.database!.plan(s.plan.event.id).sessions == s.plan.sessions)
        #expect(counts.first == "5 个错误 · 1 个警告")
    }
}
