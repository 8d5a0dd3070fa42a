import Foundation
import Testing
import Fixtures
import Interchange
import PlanningCore
import PlanningStore
@testable import TerminalUI
import TestSupport

/// The desk with its database: walk-ins through the importer's matching, undo through a reason,
/// and the Sessions pane counting who came to a session.
@Suite struct DeskRunnerTests {
    func desk(_ store: Store, _ event: ID<Event>, session: ID<Session>? = nil) throws -> (DeskState, DeskRunner) {
        var d = DeskState(plan: try store.plan(event), desk: "一号台", session: session, language: .zh,
                          now: Date(timeIntervalSince1970: 1_778_718_600))
        _ = d.receive(.key(.resize(width: 110, height: 32)))
        return (d, DeskRunner(store: store, event: event, session: session, desk: "一号台"))
    }

    func send(_ m: DeskMessage, _ d: inout DeskState, _ r: DeskRunner) {
        var queue = [m]
        while !queue.isEmpty { for e in d.receive(queue.removeFirst()) { queue += r.run(e, state: d) } }
    }

    /// A walk-in who registered after all (their name and phone) is that person, checked in, not a
    /// second one; a new walk-in is added, found from then on, and checked in too.
    @Test func walkInsAreMatchedLikeAnImport() throws {
        let store = try Store(path: Scratch.folder("desk") + "/walk.sqlite")
        // The samples' phones are made up (125…, no network's); staff type real mobiles.
        var sample = samplePlan()
        let registered = sample.people.firstIndex { sample.registrations.map(\.person).contains($0.id) }!
        sample.people[registered].phone = "13912345678"
        let plan = try store.insert(sample)
        var (d, r) = try desk(store, plan.event.id)
        let known = plan.people.first { $0.phone == "13912345678" }!
        let before = try store.plan(plan.event.id).people.count
        send(.key(.ctrl("n")), &d, r)
        for c in known.name { send(.key(.char(c)), &d, r) }
        send(.key(.tab), &d, r)
        send(.key(.tab), &d, r)
        for c in known.phone { send(.key(.char(c)), &d, r) }
        send(.key(.enter), &d, r)
        #expect(try store.plan(plan.event.id).people.count == before)
        #expect(try store.checkIns(plan.event.id).map(\.person) == [known.id])
        send(.key(.ctrl("n")), &d, r)
        for c in "现场新人" { send(.key(.char(c)), &d, r) }
        send(.key(.enter), &d, r)
        #expect(try store.plan(plan.event.id).people.count == before + 1)
        // Numbered at once for a badge: the next after every badge holder's.
        #expect(d.flash?.text == "✔ 现场新人 签到成功 · 编号 0\(plan.badgeHolders.count + 1)" && d.arrivedCount == 2)
        for c in "xcxr" { send(.key(.char(c)), &d, r) }
        #expect(d.found.map { d.index.people[$0].name } == ["现场新人"])
        // Taken back with a reason: the count drops, the log says who and why.
        send(.key(.ctrl("d")), &d, r)
        for c in "重复登记" { send(.key(.char(c)), &d, r) }
        send(.key(.enter), &d, r)
        #expect(d.arrivedCount == 1 && d.flash?.text == "已撤销 现场新人 的签到")
        #expect(try store.changeLog(plan.event.id, limit: 1).first?.note?.text(.zh).summary
            == "“现场新人”：原因：重复登记（原在一号台签到）")
    }

    /// A walk-in is logged as a walk-in at the desk (it was `import attendees: 一号台: 1 new, 0
    /// updated`), and one who registered after all says so.
    @Test func aWalkInIsLoggedAsAWalkIn() throws {
        let store = try Store(path: Scratch.folder("desk") + "/logged.sqlite")
        let plan = try store.insert(samplePlan())
        var (d, r) = try desk(store, plan.event.id)
        send(.key(.ctrl("n")), &d, r)
        for c in "Ünal Test" { send(.key(.char(c)), &d, r) }
        send(.key(.enter), &d, r)
        let entry = try #require(try store.changeLog(plan.event.id, limit: 1).first)
        let said = { (l: Language) in LogWords.about.text(l, entry.text(l).action, entry.text(l).summary) }
        #expect(said(.en) == "walk-in at 一号台: Ünal Test")
        #expect(said(.zh) == "一号台现场登记：Ünal Test")
        #expect(try store.changeLog(plan.event.id, matching: "walk-in at 一号台", in: .en).count == 1)
        let known = ChangeNote(.walkIn, subject: "Ünal Test", [.walkIn(desk: "一号台", registered: true)])
        #expect(known.text(.zh).summary == "Ünal Test（已报名）")
    }

    /// A walk-in is given a badge number at once, as printing badges would give it: with nobody
    /// numbered yet, everyone is, the walk-in last; with everyone numbered, the next one. The
    /// banner says it, so the badge can be printed there and then.
    @Test func aWalkInIsNumberedAtOnce() throws {
        let store = try Store(path: Scratch.folder("desk") + "/numbered.sqlite")
        let plan = try store.insert(samplePlan())
        let holders = plan.badgeHolders.count
        var (d, r) = try desk(store, plan.event.id)
        for name in ["现场新人", "第二位新人"] {
            send(.key(.ctrl("n")), &d, r)
            for c in name { send(.key(.char(c)), &d, r) }
            send(.key(.enter), &d, r)
        }
        let numbers = try store.plan(plan.event.id).people.filter { ["现场新人", "第二位新人"].contains($0.name) }
            .map(\.badge)
        #expect(numbers == [holders + 1, holders + 2])
        #expect(d.flash?.text == "✔ 第二位新人 签到成功 · 编号 0\(holders + 2)")
        #expect(try store.plan(plan.event.id).people.filter { $0.badge == nil }.count
            == plan.people.count - holders)
    }

    /// Session check-in: the Sessions pane shows the head count beside the sign-ups.
    @Test func theSessionsPaneCountsWhoCame() throws {
        var s = try app()
        let store = try #require(s.database)
        let f1 = try #require(s.plan.sessions.first { $0.key == "f1" })
        let came = s.plan.registrations.filter { $0.signups.contains(f1.id) }.prefix(3)
        for r in came { _ = try store.checkIn(s.plan.event.id, person: r.person, session: f1.id, desk: "分论坛一") }
        s.othersChanged()
        s.waitUntilRead()
        s.takeLoadedPlan()
        s.handle(.char("2"))
        s.handle(.char("/"))
        s.type("分论坛一")
        s.handle(.enter)
        #expect(s.screen.contains("· 到场 3"), "\(s.screen)")
    }
}
