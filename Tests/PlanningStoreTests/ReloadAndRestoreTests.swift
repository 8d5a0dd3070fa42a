import Foundation
import Testing
import PlanningCore
@testable import PlanningStore

/// "Dump, edit, load --replace" and "restore a backup" during the conference: what the file or
/// the backup does not carry (arrivals, releases, the log, kept-apart marks, badge numbers) is
/// kept, or the command refuses and says what it would lose.
@Suite struct ReloadAndRestoreTests {
    /// The sample with two arrivals, a release, badge numbers and a kept-apart mark.
    func busyEvent() throws -> (Store, EventPlan) {
        let store = try Store(path: scratchPath())
        let plan = try store.insert(smallPlan())
        let e = plan.event.id
        _ = try store.checkIn(e, person: plan.people[1].id, desk: "一号台")
        _ = try store.checkIn(e, person: plan.people[1].id, session: plan.sessions[0].id, desk: "会场")
        _ = try store.release(e, name: "第一版")
        _ = try store.numberBadges(e)
        try store.keepApart(e, plan.people[0], plan.people[1])
        return (store, try store.plan(e))
    }

    func facts(_ store: Store, _ key: String) throws -> [String] {
        let e = try store.resolveEvent(key).id
        let plan = try store.plan(e)
        let arrivals = try store.checkIns(e).map { c in
            plan.people.first { $0.id == c.person }!.name + "@" + (c.session.flatMap { s in
                plan.sessions.first { $0.id == s }?.title } ?? "大会") + "/" + c.desk
        }
        return arrivals + ["releases \(try store.releases(e).map(\.name))", "badges \(plan.people.map(\.badge))",
                           "kept apart \(try store.keptApart(e).count)"]
    }

    @Test func aReloadKeepsWhatTheFileDoesNotCarry() throws {
        let (store, plan) = try busyEvent()
        let before = try facts(store, "t1")
        let logBefore = try store.changeLog(plan.event.id, limit: 100).count
        // The file as dumped before the badges were printed: no numbers in it.
        var file = smallPlan()
        file.sessions[1].title = "待定（改）"
        let loaded = try store.load(file, replace: true)
        #expect(loaded.kept == KeptHistory(checkIns: 2, releases: 1, changes: logBefore, badges: 2))
        #expect(try facts(store, "t1") == before)
        #expect(try store.changeLog(loaded.plan.event.id, limit: 100).count == logBefore + 1)
        #expect(try store.plan(loaded.plan.event.id).sessions[1].title == "待定（改）")
    }

    @Test func aReloadThatWouldLoseArrivalsIsRefusedAndChangesNothing() throws {
        let (store, _) = try busyEvent()
        let before = try facts(store, "t1")
        var file = smallPlan()
        file.people.removeLast()
        file.roles.removeLast()
        file.registrations = []
        #expect(throws: ReloadWouldDrop(key: "t1", checkIns: ["'); DROP TABLE people;--",
                                                              "'); DROP TABLE people;-- · 开幕式"])) {
            try store.load(file, replace: true)
        }
        #expect(try facts(store, "t1") == before)
        let fresh = try store.load(file, replace: true, discardHistory: true)
        #expect(fresh.kept == KeptHistory())
        #expect(try facts(store, "t1") == ["releases []", "badges [nil]", "kept apart 0"])
    }

    @Test func aRestoreCarriesTheCheckInsMadeSinceTheBackup() throws {
        let (store, plan) = try busyEvent()
        let copy = store.path + ".copy"
        try store.backup(to: copy)
        // After the backup: an arrival at the desk, a release, edits.
        _ = try store.checkIn(plan.event.id, person: plan.people[0].id, desk: "二号台")
        _ = try store.release(plan.event.id, name: "第二版")
        let preview = try store.restore(from: copy, preview: true)
        #expect(preview == RestoreReport(newerCheckIns: 1, newerReleases: 1, newerChanges: 1))
        let report = try store.restore(from: copy)
        #expect(report.carriedCheckIns == 1)
        #expect(try facts(store, "t1") == [
            "'); DROP TABLE people;--@大会/一号台", "'); DROP TABLE people;--@开幕式/会场", "周铁农@大会/二号台",
            "releases [\"第一版\"]", "badges [Optional(1), Optional(2)]", "kept apart 1",
        ])
        // The desks take the carried arrival in by its sequence number.
        let last = try store.checkIns(plan.event.id).map(\.sequence).max() ?? 0
        #expect(last == 3)
    }

    @Test func aRestoreCanLeaveNewerCheckInsInTheKeptCopy() throws {
        let (store, plan) = try busyEvent()
        let copy = store.path + ".copy"
        try store.backup(to: copy)
        _ = try store.checkIn(plan.event.id, person: plan.people[0].id, desk: "二号台")
        let report = try store.restore(from: copy, carryCheckIns: false)
        #expect(report.carriedCheckIns == 0 && report.newerCheckIns == 1)
        #expect(try store.checkIns(plan.event.id).count == 2)
        #expect(try Store(path: report.kept!).checkIns(plan.event.id).count == 3)
    }

    @Test func aRestoreNeverLowersACalendarNumber() throws {
        let (store, plan) = try busyEvent()
        let copy = store.path + ".copy"
        try store.backup(to: copy)
        // After the backup the opening moves and goes out in a calendar as number 1.
        var moved = plan.record(of: plan.sessions[0].id)!
        let before = moved
        moved.session.start = LocalDateTime(iso: "2026-05-14T09:30")!
        moved.session.end = LocalDateTime(iso: "2026-05-14T10:30")!
        try store.apply(.session(before: before, after: moved), event: plan.event.id)
        let uid = plan.sessions[0].uid
        let published = try store.publishCalendar(plan.event.id, try store.plan(plan.event.id).releasedSessions())
        #expect(published?.entries[uid]?.sequence == 1)
        try store.restore(from: copy)
        #expect(try store.calendarSequences(plan.event.id)?.entries[uid]?.sequence == 1)
        // Restored to 09:00, it differs from what number 1 said: the next calendar says 2.
        let again = try store.publishCalendar(plan.event.id, try store.plan(plan.event.id).releasedSessions())
        #expect(again?.entries[uid]?.sequence == 2)
    }

    @Test func aSessionTheReloadedFileLacksIsCancelledForItsAttendees() throws {
        let (store, plan) = try busyEvent()
        var file = smallPlan()
        file.sessions.removeLast()
        file.registrations[0].signups = [ID(1)]
        let loaded = try store.load(file, replace: true)
        #expect(try store.cancelledSignups(loaded.plan.event.id) == [plan.sessions[1].uid: [plan.people[1].uid]])
    }
}
