import Foundation
import Testing
@testable import PlanningCore
@testable import PlanningStore

@Suite struct CheckInStoreTests {
    /// Once per person and session: a second desk is told who was first; a check-in taken back
    /// stays on record and lets the person check in again; every change comes by sequence.
    @Test func oneStandingCheckInAndItsUndoInOrder() throws {
        let store = try Store(path: scratchPath("checkins.sqlite"))
        let plan = try store.insert(smallPlan())
        let event = plan.event.id, zhou = plan.people[0].id
        guard case .done(let first) = try store.checkIn(event, person: zhou, desk: "一号台", items: ["参会证"]) else {
            Issue.record("not checked in"); return
        }
        #expect(try store.checkIn(event, person: zhou, desk: "二号台") == .already(first))
        guard case .done = try store.checkIn(event, person: zhou, session: plan.sessions[0].id, desk: "分论坛") else {
            Issue.record("a session's check-in is its own"); return
        }
        let seen = try store.checkIns(event).map(\.sequence).max() ?? 0
        try store.undoCheckIn(event, id: first.id, reason: "认错人", by: "lin")
        let changed = try store.checkIns(event, after: seen)
        #expect(changed.map(\.id) == [first.id] && changed.first?.undone?.reason == "认错人")
        #expect(changed.first?.undone?.by == "lin" && changed.first?.items == ["参会证"])
        guard case .done(let again) = try store.checkIn(event, person: zhou, desk: "二号台") else {
            Issue.record("not checked in again"); return
        }
        #expect(try store.checkIns(event, after: changed[0].sequence).map(\.id) == [again.id])
        #expect(try store.checkIns(event).count == 3)
        let logged = try store.changeLog(event, limit: 1)
        #expect(logged.first?.note?.action == .undoCheckIn && logged.first?.note?.subject == "周铁农")
        #expect(logged.first?.note?.text(.zh).summary == "“周铁农”：原因：认错人（原在一号台签到）")
    }

    @Test func codesAreKeptAndFound() throws {
        let store = try Store(path: scratchPath("codes.sqlite"))
        let plan = try store.insert(smallPlan())
        let code = CheckInCode.of(uid: plan.people[1].uid)
        #expect(try store.people(plan.event.id, checkInCode: code) == [plan.people[1].id])
        #expect(try store.keepCheckInCodes(plan.event.id) == 0)
        #expect(try store.findPeople(plan.event.id, "0001").map(\.name) == ["周铁农"])
    }
}

/// `confplan checkin` finds a German partner as the desk types them (issue 31, items 21–22).
@Suite struct PartnerCheckInTests {
    @Test func aNameWithoutItsTitleAndANumberWithSpacesFindThePerson() throws {
        let store = try Store(path: scratchPath("partners.sqlite"))
        var sample = smallPlan()
        sample.people[0].name = "Dr. Hans-Jürgen Groß"
        sample.people[0].phone = "+491712345678"
        let plan = try store.insert(sample)
        let event = plan.event.id
        #expect(try store.findPeople(event, "Hans-Jürgen Groß").map(\.name) == ["Dr. Hans-Jürgen Groß"])
        #expect(try store.findPeople(event, "Hans-Juergen Gross").map(\.name) == ["Dr. Hans-Jürgen Groß"])
        #expect(try store.findPeople(event, "+49 171 2345678").map(\.name) == ["Dr. Hans-Jürgen Groß"])
    }
}
