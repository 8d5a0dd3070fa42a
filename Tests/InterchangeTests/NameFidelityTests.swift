import Foundation
import Testing
import Interchange
import PlanningCore
import PlanningStore

@Suite struct NameFidelityTests {
    /// A private-use or unassigned character imports (it is what the office wrote) but no font
    /// prints it: the import says so per row and cell, not the printer days later.
    @Test func charactersNoFontPrintsAreSaidAtImport() throws {
        let r = try importText("姓名,单位,职务,手机\n王\u{E000}芳,德阳\u{F0001}学院,处\u{0378}长,13900000011\n李雷,德阳职业技术学院,处长,13900000012\n")
        #expect(r.report.problemLines() == [
            "list.csv:2: 姓名: holds U+E000, a character no font prints (private use or unassigned): imported as "
                + "written; ask the office what it should be before printing badges",
            "list.csv:2: 单位: holds U+F0001, a character no font prints (private use or unassigned): imported as "
                + "written; ask the office what it should be before printing badges",
            "list.csv:2: 职务: holds U+0378, a character no font prints (private use or unassigned): imported as "
                + "written; ask the office what it should be before printing badges",
        ])
        #expect(r.person("王\u{E000}芳")?.organisation == "德阳\u{F0001}学院")
    }

    /// The README says names are printed as written: full-width brackets stay full-width.
    @Test func fullWidthBracketsInANameAreKept() throws {
        let r = try importText("姓名,单位,手机\nThomas Müller（托马斯·穆勒）,BIBB,13900000021\n")
        #expect(r.plan.people.map(\.name).contains("Thomas Müller（托马斯·穆勒）"))
    }

    /// A person stored with `(` (older imports folded it) and a list writing `（`, or the other way
    /// round, are one person, and the name has not changed: no update, the stored name stays.
    @Test func aNameDifferingOnlyInBracketWidthIsNoChange() throws {
        for (stored, listed) in [("(", "（"), ("（", "(")] {
            let first = try importText("姓名,单位,手机\nThomas Müller\(stored)托马斯·穆勒),BIBB,13900000021\n")
            let again = try importText("姓名,单位,手机\nThomas Müller\(listed)托马斯·穆勒),BIBB,13900000021\n",
                                       into: first.store)
            #expect(again.roster.updates.isEmpty, "\(stored) then \(listed)")
            #expect(again.plan.people.filter { $0.name.hasPrefix("Thomas") }.map(\.name)
                == ["Thomas Müller\(stored)托马斯·穆勒)"])
        }
    }
}
