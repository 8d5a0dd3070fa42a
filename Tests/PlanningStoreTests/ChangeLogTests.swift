import Testing
@testable import PlanningCore
@testable import PlanningStore

@Suite struct ChangeLogTests {
    /// One stored entry reads in the reader's language, and `matching` searches the words read.
    @Test func theLogIsToldAndSearchedInTheReadersLanguage() throws {
        let store = try Store(path: scratchPath("log.sqlite"))
        let plan = try store.insert(smallPlan(key: "log"))
        var record = try #require(plan.record(of: plan.sessions[0].id))
        let before = record
        record.session.title = "开幕典礼"
        _ = try store.apply(.session(before: before, after: record), event: plan.event.id)
        let zh = try #require(try store.changeLog(plan.event.id, limit: 1).first).text(.zh)
        #expect(zh == ("修改场次", "“开幕典礼”：题目 “开幕式” → “开幕典礼”"))
        #expect(try store.changeLog(plan.event.id, matching: "修改场次", in: .zh).count == 1)
        #expect(try store.changeLog(plan.event.id, matching: "修改场次", in: .en).isEmpty)
    }

    /// An entry stored as an English sentence by an earlier version keeps its sentence; its
    /// action, one of the known ones, is translated.
    @Test func olderEntriesKeepTheirSentence() throws {
        let store = try Store(path: scratchPath("legacy.sqlite"))
        let plan = try store.insert(smallPlan(key: "legacy"))
        try store.db.run(
            "INSERT INTO change_log (event_id, at, by_user, action, summary) VALUES (?,?,?,?,?)",
            plan.event.id.raw, "2026-05-01T08:00:00Z", "wang", "delete room", "“一号厅”")
        let entry = try #require(try store.changeLog(plan.event.id, limit: 1).first)
        #expect(entry.text(.zh) == ("删除会场", "“一号厅”"))
    }
}
