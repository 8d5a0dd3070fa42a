import Foundation
import Testing
import PlanningCore
@testable import TerminalUI

@Suite struct SeatingEditorTests {
    /// `+` gives the opening's rostrum an eighth seat and `t` the other rule, which puts the empty
    /// seat at the chart's left: every title is still drawn under its own name.
    @Test func anAddedSeatKeepsTitlesUnderTheirNames() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("2"))
        s.handle(.char("/"))
        s.type("开幕式")
        s.handle(.enter)
        s.handle(.char("z"))
        s.handle(.char("+"))
        s.handle(.char("t"))
        let lines = s.lines
        let names = try #require(lines.firstIndex { $0.contains("（空）") }, "\(s.screen)")
        // The chart's column of a text on a line, as the terminal shows it.
        func column(_ text: String, _ line: String) -> Int? {
            line.range(of: text).map { DisplayWidth.of(line[..<$0.lowerBound]) }
        }
        let name = lines[names], title = lines[names + 1]
        #expect(column("吴涛强", name) != nil && column("吴涛强", name) == column("董事长", title), "\(s.screen)")
        #expect(column("刘东", name) != nil && column("刘东", name) == column("副司长", title), "\(s.screen)")
    }
}
