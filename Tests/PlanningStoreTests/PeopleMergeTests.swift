import Foundation
import Testing
@testable import PlanningCore
@testable import PlanningStore

@Suite struct PeopleMergeTests {
    /// Two records of one guest: the one merged away had checked in first, at the event and at
    /// the opening, and has badge 7; the kept one checked in at the event later, has no badge.
    /// The one merged away was kept apart from a third person.
    func twoRecordsOfOneGuest() throws -> (Store, ID<Event>, keep: Person, other: Person) {
        var plan = smallPlan()
        plan.people.append(Person(id: ID(3), key: "p3", uid: StableUID.make("t1", "p3"), name: "王五"))
        let store = try Store(path: scratchPath("merge.sqlite"))
        let stored = try store.insert(plan)
        let event = stored.event.id
        let (keep, other, third) = (stored.people[0], stored.people[1], stored.people[2])
        try store.db.run("UPDATE people SET badge = 7 WHERE id = ?", other.id.raw)
        let nine = Date(timeIntervalSince1970: 1_778_720_400)  // 2026-05-14 01:00 UTC, 09:00 in Beijing
        _ = try store.checkIn(event, person: other.id, desk: "一号台", at: nine)
        _ = try store.checkIn(event, person: other.id, session: stored.sessions[0].id, desk: "一号厅",
                              at: nine + 600)
        _ = try store.checkIn(event, person: keep.id, desk: "二号台", at: nine + 300)
        try store.keepApart(event, other, third)
        return (store, event, keep, try #require(try store.person(other.id)?.person))
    }

    /// The desk's records, badge number and kept-apart marks go to the kept person (the earlier
    /// arrival stands, the later is taken back and reported), in one log entry; taking the merge
    /// back restores every one of them, also in one entry.
    @Test func aMergeCarriesCheckInsBadgeAndKeptApartAndUnmergeRestoresThem() throws {
        let (store, event, keep, other) = try twoRecordsOfOneGuest()
        let plan = try store.plan(event), records = try store.checkIns(event), apart = try store.keptApart(event)
        let entries = try store.changeLog(event, limit: 100).count

        let merged = try store.mergePeople(event, keep: keep.id, other: other.id, reason: "合并时重复签到")
        #expect(try store.changeLog(event, limit: 100).count == entries + 1)
        let second = try #require(merged.secondCheckIns.first)
        #expect(merged.secondCheckIns.count == 1 && second.stands.desk == "一号台" && second.takenBack.desk == "二号台")
        let after = try store.checkIns(event)
        #expect(after.allSatisfy { $0.person == keep.id })
        #expect(after.filter { $0.undone == nil }.map(\.desk).sorted() == ["一号厅", "一号台"])
        #expect(after.first { $0.desk == "二号台" }?.undone?.reason == "合并时重复签到")
        #expect(try store.checkIn(event, person: keep.id, desk: "三号台") == .already(second.stands.with(person: keep.id,
            sequence: after.first { $0.id == second.stands.id }!.sequence)))
        #expect(try store.person(keep.id)?.person.badge == 7)
        let third = try #require(plan.people.first { $0.name == "王五" })
        #expect(try store.keptApart(event).contains(KeptApart(keep.uid, third.uid)))

        let back = try store.unmergePeople(event, keep.id)
        #expect(back.other.id == other.id)
        #expect(try store.changeLog(event, limit: 100).count == entries + 2)
        #expect(try store.plan(event) == plan)
        #expect(try store.checkIns(event).map(\.withoutSequence) == records.map(\.withoutSequence))
        #expect(try store.keptApart(event) == apart)
        #expect(throws: StoreError.changedSinceMerge(keep.id.raw)) { try store.unmergePeople(event, keep.id) }
    }
}

extension CheckIn {
    func with(person: ID<Person>, sequence: Int) -> CheckIn {
        var c = self
        c.person = person
        c.sequence = sequence
        return c
    }

    /// The record as the desk reads it, its place in the order of changes set aside.
    var withoutSequence: CheckIn { with(person: person, sequence: 0) }
}
