import Foundation
import Testing
import Fixtures
import Interchange
import PlanningCore
import PlanningStore
@testable import TerminalUI
import TestSupport

@Suite struct HostileNamesTests {
    /// Escape sequences, controls, right-to-left and zero-width characters in a name stay in
    /// the name's own cells: the next column starts where it does on every other row.
    @Test func escapesAndInvisibleCharactersStayInTheirCells() throws {
        var plan = samplePlan()
        let hostile = "阿\u{1B}[2J\u{1B}]0;owned\u{7}伟\u{202E}反\u{200B}x\u{0}\r\n"
        let i = plan.people.firstIndex { $0.id == plan.registrations[0].person }!
        plan.people[i].name = hostile
        var s = Headless(plan: plan, language: .en)
        s.handle(.resize(width: 100, height: 30))
        s.handle(.char("4"))
        let grid = render(s.state)
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let c = grid[x, y].character
                #expect(!c.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x202E || $0.value == 0x200B },
                        "cell \(x),\(y) holds a control character")
            }
        }
        // The organisation column starts where its header does, on the hostile row too.
        let lines = grid.text.components(separatedBy: "\n")
        let header = try #require(lines.first { $0.contains("Organisation") })
        let column = DisplayWidth.of(header[..<header.range(of: "Organisation")!.lowerBound])
        let row = try #require(lines.first { $0.hasPrefix(" 阿") }, "the hostile name sorts first: \(grid.text)")
        let org = plan.people[i].organisation
        let at = try #require(row.range(of: String(org.prefix(4))))
        #expect(DisplayWidth.of(row[..<at.lowerBound]) == column, "\(row)")
    }

    @Test func namesThatLookLikeSQLImportAndAreFoundBySearch() throws {
        var s = try app(width: 100, height: 30, language: .en)
        let path = Scratch.file("sql", "file.csv")
        try "姓名,单位,手机\n\"'); DROP TABLE people;--\",Robert'); DROP TABLE students;--,13800000009\n".write(toFile: path, atomically: true, encoding: .utf8)
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(path)
        s.handle(.enter)
        s.handle(.enter)
        s.handle(.char("/"))
        s.type("DROP TABLE")
        s.handle(.enter)
        let row = try #require(s.selectedRow)
        let person = s.plan.people.first { $0.id == s.plan.registrations[row].person }
        #expect(person?.name == "'); DROP TABLE people;--")
        #expect(person?.organisation == "Robert'); DROP TABLE students;--")
        #expect(try s.database!.plan(s.plan.event.id).people.count == s.plan.people.count)
    }
}
