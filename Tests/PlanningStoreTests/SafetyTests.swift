import Foundation
import Testing
import PlanningCore
@testable import PlanningStore

@Suite struct SafetyTests {
    @Test func backupIsCheckedAndRestorePutsItBackKeepingWhatWasThere() throws {
        let path = scratchPath()
        let store = try Store(path: path)
        try store.insert(smallPlan(key: "before"))
        let copy = path + ".copy"
        try store.backup(to: copy)
        #expect(throws: StoreError.self) { try store.backup(to: copy) } // never overwrites
        try store.insert(smallPlan(key: "after"))
        let kept = try #require(try store.restore(from: copy).kept)
        #expect(try store.events().map(\.key) == ["before"])
        #expect(try Store(path: kept).events().map(\.key).sorted() == ["after", "before"])
        // A file that is not a database is refused and nothing changes.
        let junk = path + ".junk"
        try Data("not a database at all, just text".utf8).write(to: URL(fileURLWithPath: junk))
        #expect(throws: (any Error).self) { try store.restore(from: junk) }
        #expect(try store.events().map(\.key) == ["before"])
    }

    @Test func doctorFindsReferencesThatCrossEvents() throws {
        let store = try Store(path: scratchPath())
        let a = try store.insert(smallPlan(key: "a"))
        let b = try store.insert(smallPlan(key: "b"))
        #expect(try store.doctor().allSatisfy(\.ok))
        // Damage no confplan command makes: a session of a in a room of b.
        try store.db.run("UPDATE sessions SET room_id = ? WHERE id = ?", b.rooms[0].id.raw, a.sessions[0].id.raw)
        let report = try store.doctor()
        #expect(report.contains { !$0.ok && $0.text.hasPrefix("1 sessions in another event's room") })
    }

    @Test func readOnlyOpensForReadingAndRefusesWritesWithAClearMessage() throws {
        let path = scratchPath()
        let plan = try Store(path: path).insert(smallPlan())
        let ro = try Store(path: path, readOnly: true)
        #expect(ro.isReadOnly)
        #expect(try ro.plan(plan.event.id).sessions.count == plan.sessions.count)
        do {
            try ro.deleteEvent(plan.event.id)
            Issue.record("a read-only store deleted")
        } catch let e as StoreError {
            #expect(e == .readOnly(path: path))
            #expect(e.description == "\(path) is read-only: nothing was changed")
        }
        #expect(try Store(path: path).events().count == 1)
    }

    @Test func aFullDiskIsAClearMessageAndNothingHalfWritten() throws {
        let path = scratchPath()
        let store = try Store(path: path)
        try store.insert(smallPlan(key: "small"))
        let pages = try store.db.scalarInt("PRAGMA page_count") ?? 0
        // SQLite's own size limit stands in for a full disk.
        _ = try store.db.rows("PRAGMA max_page_count = \(pages + 2)")
        var big = smallPlan(key: "big")
        for i in 0..<3_000 {
            big.people.append(Person(id: ID(1_000 + i), key: "x\(i)", uid: StableUID.make("x", String(i)), name: "人员\(i)",
                                     organisation: String(repeating: "单位", count: 40)))
        }
        do {
            try store.insert(big)
            Issue.record("the insert fitted")
        } catch let e as StoreError {
            #expect(e == .diskFull(path: path))
        }
        #expect(try store.events().map(\.key) == ["small"])
    }

    /// The import stores new people while later rows are still matched on another thread: a
    /// write that fails half-way must stop both and leave nothing of the list behind.
    @Test func aDiskThatFillsDuringAnImportLeavesNothingOfIt() throws {
        let path = scratchPath()
        let store = try Store(path: path)
        let event = try store.insert(smallPlan(key: "small")).event.id
        let before = try store.plan(event)
        let pages = try store.db.scalarInt("PRAGMA page_count") ?? 0
        _ = try store.db.rows("PRAGMA max_page_count = \(pages + 100)")
        let rows = (0..<5_000).map { i -> AttendeeRow in
            var r = AttendeeRow(line: i + 2)
            r.name = "人员\(i)"
            r.organisation = String(repeating: "单位", count: 40)
            r.phone = "139\(String(format: "%08d", i))"
            return r
        }
        var reported = 0
        do {
            try store.importRoster(event: event, rows: rows, progress: { done, _ in reported = done })
            Issue.record("the import fitted")
        } catch let e as StoreError {
            #expect(e == .diskFull(path: path))
        }
        #expect(reported > 0 && reported < rows.count, "it failed part-way, after some batches were written")
        #expect(try store.plan(event) == before)
    }

    @Test func namesThatLookLikeSQLAreStoredAndFoundAsText() throws {
        let store = try Store(path: scratchPath())
        var plan = smallPlan(key: "sql")
        plan.people[0].name = "'); DROP TABLE people;--"
        plan.sessions[0].title = "\" OR 1=1 --"
        let stored = try store.insert(plan)
        let back = try store.plan(stored.event.id)
        #expect(back.people[0].name == "'); DROP TABLE people;--")
        #expect(back.sessions[0].title == "\" OR 1=1 --")
        #expect(try store.changeLog(stored.event.id, matching: "'); DROP").isEmpty)
        #expect(try store.db.scalarInt("SELECT count(*) FROM people") == plan.people.count)
    }
}
