import Foundation
import Testing
import PlanningCore
@testable import PlanningStore

/// `confplan move` in a script reads, changes and saves at once: a colleague's save in between
/// is no "since you opened it", unless it changed the same field.
@Suite struct ScriptedChangeTests {
    /// The opening moved to 11:00 from a read taken before a colleague's `edit` of the same row.
    func moveAfter(_ edit: (inout Session) -> Void) throws -> (Store, ID<Event>, Result<Change, Error>) {
        let path = scratchPath()
        let store = try Store(path: path)
        let plan = try store.insert(smallPlan())
        let mine = plan.record(of: plan.sessions[0].id)!
        // The colleague, on their own connection.
        let colleague = try Store(path: path)
        var theirs = mine
        edit(&theirs.session)
        try colleague.apply(.session(before: mine, after: theirs), event: plan.event.id)
        var moved = mine
        moved.session.start = LocalDateTime(iso: "2026-05-14T11:00")!
        moved.session.end = LocalDateTime(iso: "2026-05-14T12:00")!
        let result = Result { try store.applyFromScript(.session(before: mine, after: moved), event: plan.event.id) }
        return (store, plan.event.id, result)
    }

    @Test func aColleaguesEditOfAnotherFieldIsKeptAndTheMoveSaved() throws {
        let (store, event, result) = try moveAfter { $0.title = "开幕式（更名）" }
        _ = try result.get()
        let s = try store.plan(event).sessions[0]
        #expect([s.title, s.start?.description, s.end?.description]
            == ["开幕式（更名）", "2026-05-14T11:00", "2026-05-14T12:00"])
    }

    @Test func aColleaguesMoveOfTheSameSessionIsARealConflict() throws {
        let (store, event, result) = try moveAfter { $0.start = LocalDateTime(iso: "2026-05-14T14:00")! }
        guard case .failure(StoreError.editConflict) = result else {
            Issue.record("saved over a colleague's move: \(result)")
            return
        }
        #expect(try store.plan(event).sessions[0].start?.description == "2026-05-14T14:00")
    }
}
