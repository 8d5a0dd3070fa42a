import Foundation
import Testing
import PlanningCore
@testable import PlanningStore

@Suite struct ReleaseNumberTests {
    /// A release taken away leaves its number behind: the next is not numbered like it.
    @Test func aDeletedReleasesNumberIsNotGivenAgain() throws {
        let store = try Store(path: scratchPath())
        let e = try store.insert(smallPlan()).event.id
        _ = try store.release(e, name: "征求意见稿")
        _ = try store.release(e, name: "第二稿")
        try store.deleteRelease(e, number: 2)
        let third = try store.release(e, name: "第三稿")
        #expect(third.number == 3)
        #expect(try store.releases(e).map(\.number) == [1, 3])
    }
}
