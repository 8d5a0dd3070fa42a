import Foundation
import Testing
import Fixtures
import PlanningCore
import PlanningStore
@testable import TerminalUI
import TestSupport

/// Opening an event in two steps: the schedule at once, the attendees read behind it.
@Suite struct OpeningTests {
    func stored(_ name: String = "deyang-2026-innovation-summit.json") throws -> (Store, EventPlan) {
        let dir = Scratch.folder("open")
        let store = try Store(path: dir + "/open.sqlite")
        return (store, try store.insert(samplePlan(name)))
    }

    func opening(_ store: Store, _ plan: EventPlan, language: Language = .zh) throws -> Headless {
        var s = try Headless.opening(store: store, event: plan.event.id, language: language)
        s.handle(.resize(width: 120, height: 36))
        return s
    }

    @Test func theFirstFrameShowsTheScheduleAndSaysTheAttendeesAreComing() throws {
        let (store, plan) = try stored()
        var s = try opening(store, plan)
        #expect(s.attendeesPending)
        #expect(s.plan.sessions == plan.sessions && s.plan.rooms == plan.rooms && s.plan.roles == plan.roles)
        #expect(s.plan.registrations.isEmpty)
        #expect(s.statusBar.contains("正在读取参会者…"))
        // Sign-up counts are not known yet, so they are not shown as zero.
        #expect(s.screen.contains("…/"))
        s.handle(.char("4"))
        #expect(s.attendeesPending, "looking at a pane does not wait")
        #expect(s.lines[1].contains("参会者 · …"))
        #expect(s.screen.contains("正在读取参会者…"))

        s.awaitWholePlan()
        #expect(!s.attendeesPending)
        #expect(s.plan == plan)
        #expect(!s.statusBar.contains("正在读取"))
        #expect(s.lines[1].contains("\(plan.registrations.count)人"))
        #expect(Set(s.findings.map(\.finding)) == Set(ConflictEngine.check(plan)))
        #expect(s.findings.contains { $0.finding.code == .overCapacity }, "the sample's full rooms arrive with the attendees")
    }

    #if os(Linux)
    /// Without it a large event read on the loading thread stays counted twice after a reload.
    @Test func freedMemoryCanBeHandedBackOnLinux() {
        #expect(HeapTrim.isAvailable)
        HeapTrim.releaseFreedMemory()
    }
    #endif

    @Test func theScheduleHoldsExactlyThePeopleWithARole() throws {
        let (store, plan) = try stored()
        let first = try store.schedule(plan.event.id)
        let holders = Set(plan.roles.map(\.person))
        #expect(first.people == plan.people.filter { holders.contains($0.id) })
        #expect(first.registrations.isEmpty && first.sessions == plan.sessions && first.travel == plan.travel)
        #expect(first.sites == plan.sites && first.event == plan.event)
    }

    @Test func theSelectedSpeakerStaysSelectedWhenEveryoneArrives() throws {
        let (store, plan) = try stored()
        var s = try opening(store, plan)
        s.handle(.char("3"))
        s.handle(.end)
        s.handle(.up)
        let before = try #require(s.selectedRow.map { s.plan.people[$0].uid })
        s.awaitWholePlan()
        #expect(s.selectedRow.map { s.plan.people[$0].uid } == before)
        #expect(s.plan.people.count > Set(plan.roles.map(\.person)).count, "people indexes moved under the cursor")
    }

    /// A change started before the attendees are in would be built from half an event: deleting
    /// a session would forget who had signed up for it, and undo could not bring them back.
    @Test func aDeleteStartedEarlyWaitsAndItsUndoRestoresTheSignups() throws {
        let (store, plan) = try stored()
        let target = try #require(plan.sessions.max { a, b in
            plan.registrations.filter { $0.signups.contains(a.id) }.count < plan.registrations.filter { $0.signups.contains(b.id) }.count
        })
        let signedUp = Set(plan.registrations.filter { $0.signups.contains(target.id) }.map(\.person))
        #expect(signedUp.count > 10)
        var s = try opening(store, plan)
        s.handle(.char("/"))
        s.type(target.title)
        s.handle(.enter)
        #expect(s.selectedRow.map { s.plan.sessions[$0].id } == target.id)
        #expect(s.attendeesPending)
        s.handle(.char("d"))
        let waited = !s.attendeesPending
        #expect(waited, "the delete waited for the whole event")
        s.handle(.char("y"))
        #expect(try store.plan(plan.event.id).sessions.contains { $0.id == target.id } == false)
        s.handle(.char("u"))
        let after = try store.plan(plan.event.id)
        #expect(Set(after.registrations.filter { $0.signups.contains(target.id) }.map(\.person)) == signedUp)
    }

    @Test func aSaveBySomeoneElseDuringTheOpeningIsInWhatArrives() throws {
        let (store, plan) = try stored()
        var s = try opening(store, plan, language: .en)
        let other = try Store(path: store.path)
        var renamed = plan.sessions[0]
        renamed.title = "改过的标题"
        try other.apply(.session(before: SessionRecord(session: plan.sessions[0]), after: SessionRecord(session: renamed)),
                        event: plan.event.id)
        s.othersChanged()
        #expect(s.attendeesPending, "the read is started again instead of read twice")
        s.awaitWholePlan()
        #expect(s.plan.sessions[0].title == "改过的标题")
        #expect(s.plan.registrations.count == plan.registrations.count)
    }
}
