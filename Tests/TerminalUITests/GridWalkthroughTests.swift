import Testing
import PlanningCore
@testable import TerminalUI

/// What the grid is for: on the largest sample, find each clash from the grid (n), fix it by
/// moving the session to a free slot (f, Enter), and watch the count in the status bar fall to zero.
/// A session with no free slot is passed over: the clash is fixed by moving the other session in it.
@Suite struct GridWalkthroughTests {
    @Test func everyClashOfTheLargestSampleIsFixedFromTheGrid() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("5"))
        var counts: [String] = [String(s.statusBar.split(separator: " ").suffix(5).joined(separator: " "))]
        var passedOver: [String] = []
        for _ in 0..<30 {
            let open = s.findings.filter { $0.isOpen && $0.severity != .info }
            let titles = { (f: ReportedFinding) in f.finding.sessions.compactMap { id in s.plan.sessions.first { $0.id == id }?.title } }
            // Done when nothing is open, or only clashes whose every session has no free slot.
            if open.allSatisfy({ titles($0).allSatisfy(passedOver.contains) }) { break }
            s.handle(.char("n"))
            let selected = try #require(s.gridSelectedSession)
            #expect(s.document.catalog.findingsBySession[selected.id] != nil, "n stops on a session with a clash")
            if passedOver.contains(selected.title) { continue } // no free slot: the other session of its clash may have
            s.handle(.char("f"))
            guard case .freeSlots = s.mode else {
                #expect(s.message == "这一天没有空档", "\(selected.title)")
                passedOver.append(selected.title)
                continue
            }
            s.handle(.enter)
            counts.append(String(s.statusBar.split(separator: " ").suffix(5).joined(separator: " ")))
        }
        // Moves make no new problem, and none is left: the sub-forum that needs booths spans the
        // afternoon tea break, which the free-slot finder, like the check, lets it have inside.
        let left = s.findings.filter { $0.isOpen && $0.severity != .info }.map { s.document.words.message($0.finding) }
        #expect(left == [])
        #expect(s.statusBar.hasSuffix("0 个错误 · 0 个警告"))
        #expect(try s.database!.plan(s.plan.event.id).sessions == s.plan.sessions)
        #expect(counts.first == "5 个错误 · 4 个警告")
    }
}
