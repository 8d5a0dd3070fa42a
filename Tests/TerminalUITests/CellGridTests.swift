import Testing
import PlanningCore
@testable import TerminalUI

@Suite struct CellGridTests {
    @Test func wideCharactersTakeTwoCellsAndRowsKeepTheirWidth() {
        var g = CellGrid(width: 10, height: 2)
        let end = g.put("周铁农ab", x: 1, y: 0)
        #expect(end == 9)
        #expect(g.text(row: 0) == " 周铁农ab")
        #expect(g[1, 0].width == 2 && g[2, 0].width == 0)
        // Every row adds up to the grid's width, and each wide cell is followed by its continuation.
        for y in 0..<2 {
            #expect((0..<10).reduce(0) { $0 + Int(g[$1, y].width) } == 10)
            for x in 0..<9 where g[x, y].width == 2 { #expect(g[x + 1, y].width == 0) }
        }
    }

    @Test func aWideCharacterThatDoesNotFitIsNotSplit() {
        var g = CellGrid(width: 5, height: 1)
        g.put("分论坛", x: 0, y: 0)
        #expect(g.text(row: 0) == "分论")
        #expect(g[4, 0].character == " " && g[4, 0].width == 1)
        var h = CellGrid(width: 10, height: 1)
        h.put("会议室", x: 0, y: 0, maxWidth: 3)
        #expect(h.text(row: 0) == "会")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var g = CellGrid(width: 6, height: 1)
        g.put("会议室", x: 0, y: 0)
        g.put("x", x: 1, y: 0)
        #expect(g.text(row: 0) == " x议室")
        g.put("y", x: 2, y: 0)
        #expect(g.text(row: 0) == " xy 室")
    }

    @Test func controlCharactersNeverReachTheTerminalRaw() {
        var g = CellGrid(width: 20, height: 1)
        g.put("王\u{1B}[2J伟", x: 0, y: 0)
        #expect(!g.text(row: 0).unicodeScalars.contains { $0.value == 0x1B })
        #expect(g.text(row: 0) == "王\u{241B}[2J伟")
    }

    @Test func combiningMarksStayWithTheirBase() {
        var g = CellGrid(width: 8, height: 1)
        g.put("e\u{301}x\u{200B}y", x: 0, y: 0)
        #expect(g.text(row: 0) == "e\u{301}xy") // é stays one cell; a zero-width space takes none
        #expect(g[0, 0].character == "e\u{301}" && g[2, 0].character == "y")
    }

    @Test func fillPaintsAStyledBar() {
        var g = CellGrid(width: 4, height: 2)
        g.fill(x: 0, y: 1, width: 4, height: 1, style: CellStyle(reverse: true))
        #expect((0..<4).allSatisfy { g[$0, 1].style.reverse } && !g[0, 0].style.reverse)
    }
}

@Suite struct WideOverwriteTests {
    @Test func rewritingWideTextInPlaceKeepsIt() {
        var g = CellGrid(width: 10, height: 1)
        g.put("时间表", x: 1, y: 0)
        g.put("时间表 x", x: 1, y: 0)
        #expect(g.text(row: 0) == " 时间表 x")
        g.put("ab", x: 2, y: 0) // into the second half of 时: it goes, whole
        // a lands on 时's second half and b on 间's first: both go whole, leaving spaces.
        #expect(g.text(row: 0) == "  ab 表 x")
    }
}

@Suite struct ThemeTests {
    /// In monochrome every role but plain still looks different from plain text, and in colour
    /// every role but plain has a colour: meaning never rests on colour alone.
    @Test func everyRoleHasAColourAndAMonochromeLook() {
        for role in Role.allCases where role != .plain {
            #expect(Theme.look(role, colour: false) != Look(), "\(role)")
            #expect(Theme.look(role, colour: true).colour != nil, "\(role)")
        }
        #expect(Theme.role(.error) == .error && Theme.role(nil) == .plain)
    }
}

@Suite struct MarkColourTests {
    /// In the Conflicts pane the first column is coloured by what the finding is: an open error
    /// as an error, an acknowledged one as acknowledged (not by the word it shows).
    @Test func anAcknowledgedFindingIsColouredAsAcknowledged() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("6"))
        let table = Layout(state: s.state).table
        let firstRow = table.y + 1, x = table.x + 1
        #expect(render(s.state)[x, firstRow].style.role == .error)
        s.handle(.char("a"))
        s.type("会议主办方已知悉")
        s.handle(.enter)
        let acknowledged = try #require(s.rows.firstIndex { !s.findings[$0].isOpen })
        let y = firstRow + acknowledged - s.list.top
        #expect(render(s.state)[x, y].style.role == .acknowledged)
    }
}
