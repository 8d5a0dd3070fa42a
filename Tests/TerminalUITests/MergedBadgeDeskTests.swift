import Testing
import PlanningCore
@testable import TerminalUI

@Suite struct MergedBadgeDeskTests {
    /// At the desk, a badge printed for someone since merged into another finds the kept person.
    @Test func aMergedAwayBadgeCodeFindsTheKeptPerson() {
        let kept = Person(id: ID(1), key: "a1", uid: "kept-uid", name: "王芳")
        let code = CheckInCode.of(uid: "merged-uid")
        #expect(DeskIndex(people: [kept]).code(code) == [])
        #expect(DeskIndex(people: [kept], aliases: [code: "kept-uid"]).code(code) == [0])
    }
}
