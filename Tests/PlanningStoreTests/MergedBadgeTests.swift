import Foundation
import Testing
import PlanningCore
@testable import PlanningStore

@Suite struct MergedBadgeTests {
    /// A badge printed before its holder was merged into someone else scans as that someone.
    @Test func aMergedAwayPersonsBadgeFindsTheKeptPerson() throws {
        let store = try Store(path: scratchPath())
        let plan = try store.insert(smallPlan())
        let e = plan.event.id
        let kept = plan.people[0], other = plan.people[1]
        let code = CheckInCode.of(uid: other.uid)
        #expect(try store.people(e, checkInCode: code) == [other.id])
        _ = try store.mergePeople(e, keep: kept.id, other: other.id, reason: "同一人")
        #expect(try store.people(e, checkInCode: code) == [kept.id])
        #expect(try store.mergedCheckInCodes(e) == [code: kept.uid])
    }
}
