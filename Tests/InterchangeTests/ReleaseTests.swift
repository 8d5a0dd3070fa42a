import Foundation
import Testing
@testable import Interchange
import PlanningCore
import PlanningStore
import TestSupport

/// Releases of the 德阳 sample with a scripted set of changes between them: a room change, a
/// time change, a cancelled session, a new panelist and a renamed session.
@Suite struct ReleaseTests {
    /// The sample, and the same after the office's changes.
    static func scripted() throws -> (EventPlan, EventPlan) {
        let before = samplePlan("deyang")
        var after = before
        func at(_ key: String) -> Int { after.sessions.firstIndex { $0.key == key }! }
        after.sessions[at("f2")].room = after.rooms.first { $0.key == "lecture" }!.id
        let k2 = at("k2")
        after.sessions[k2].start = after.sessions[k2].start!.adding(minutes: 30)
        after.sessions[k2].end = after.sessions[k2].end!.adding(minutes: 30)
        after.sessions[at("f3")].title = "分论坛三：“双师型”教师队伍建设"
        let rt1 = after.sessions[at("rt1")].id
        let v06 = after.people.first { $0.key == "v06" }!.id
        after.roles.append(SessionRole(session: rt1, person: v06, role: .panelist))
        let cancelled = after.sessions.remove(at: at("press")).id
        after.roles.removeAll { $0.session == cancelled }
        for i in after.registrations.indices { after.registrations[i].signups.removeAll { $0 == cancelled } }
        return (before, after)
    }

    func compare(_ text: String, _ name: String) throws {
        let golden = repoRoot.appendingPathComponent("Tests/InterchangeTests/Golden/\(name)")
        try compareWithGoldenCopy(text, golden)
    }

    /// The diff reads the same, byte for byte, every time, grouped by day in either language.
    @Test(arguments: [Language.zh, .en])
    func theDiffOfScriptedChangesMatchesItsGoldenCopy(_ lang: Language) throws {
        let (before, after) = try Self.scripted()
        let diff = ProgrammeDiff(from: before.releasedSessions(), to: after.releasedSessions())
        #expect(diff.changes.count == 5)
        let first = Release(number: 1, name: "", note: "", at: "2026-05-01T02:00:00Z", by: "王", sessions: [])
        let report = ReleaseReport(plan: after, diff: diff, from: first, to: nil, language: lang)
        try compare(report.text(), "release-diff-\(lang).txt")
        let again = ProgrammeDiff(from: before.releasedSessions(), to: after.releasedSessions())
        #expect(report.text() == ReleaseReport(plan: after, diff: again, from: first, to: nil, language: lang).text())
    }

    /// Releases are numbered per event, frozen as they were made, and the exports say which one
    /// they are: the programme's header, frab's version, each calendar entry's SEQUENCE.
    @Test func releasesAreNumberedFrozenAndNamedInTheExports() throws {
        let (before, after) = try Self.scripted()
        let store = try scratchDatabase()
        let stored = try store.insert(before)
        let one = try store.release(stored.event.id, name: "第一版（讲者单位）")
        #expect(one.number == 1)
        var history = ReleaseHistory(try store.releases(stored.event.id), now: stored.releasedSessions())
        var options = Programme.Options(language: .zh)
        options.releases = history
        #expect(Programme(plan: stored, options: options).render().contains("第一版（讲者单位） · 2026-"))
        // The programme moves on; release 1 stays as it was.
        history = ReleaseHistory(try store.releases(stored.event.id), now: after.releasedSessions())
        options.releases = history
        #expect(Programme(plan: after, options: options).render().contains("草稿（第一版（讲者单位）后有 5 处改动）"))
        #expect(try store.releases(stored.event.id).first?.sessions == before.releasedSessions())
        var calendar = try #require(try store.calendarSequences(stored.event.id))
        calendar.publish(after.releasedSessions(), at: "2026-05-02T02:00:00Z")
        let ical = ICalendarExport(plan: after, language: .zh, sequences: calendar).text()
        #expect(ical.components(separatedBy: "SEQUENCE:1").count - 1 == 4)
        let frab = FrabExport(plan: after, generatorVersion: "0.1.0", scheduleVersion: one.title(.zh)).xml()
        #expect(frab.contains("<version>第一版（讲者单位）</version>"))
        #expect(try store.release(stored.event.id).number == 2)
        try store.deleteRelease(stored.event.id, number: 1)
        #expect(try store.releases(stored.event.id).map(\.number) == [2])
        #expect(throws: StoreError.noSuchRelease(1)) { try store.deleteRelease(stored.event.id, number: 1) }
    }

    /// Each person a change concerns gets one notice: their own role first (new, or cancelled with
    /// the session), the change itself otherwise; a VIP's office the whole timetable as it is now.
    @Test func noticesOfScriptedChangesMatchTheirGoldenCopy() throws {
        let (before, after) = try Self.scripted()
        let first = Release(number: 1, name: "", note: "", at: "2026-05-01T02:00:00Z", by: "王",
                            sessions: before.releasedSessions())
        let speakers = Notices(plan: after, since: first, to: .speakers)
        try compare(speakers.text(), "notices-speakers-zh.txt")
        #expect(speakers.text().contains("5月14日 新闻发布会：您的主讲已取消"))
        #expect(speakers.notices.filter { $0.person.vipLevel < 2 }.allSatisfy { $0.message.count <= Notices.limit })
        let everyone = Notices(plan: after, since: first, to: .all)
        #expect(everyone.notices.count > speakers.notices.count)
        let sheet = everyone.sheet(.zh)
        #expect(sheet.header == ["手机", "邮箱", "姓名", "通知内容"] && sheet.rows.count == everyone.notices.count)
        let unchanged = Notices(plan: before, since: first, to: .all)
        #expect(unchanged.notices.isEmpty)
        // A person's own language wins over their name's.
        var english = after
        english.people[english.people.firstIndex { $0.key == "v04" }!].language = "en"
        let notice = Notices(plan: english, since: first, to: .speakers).notices.first { $0.person.key == "v04" }
        #expect(notice?.message.hasPrefix("Dear 孔勇涛, the programme has changed:\n14 May 主旨演讲") == true)
    }

    /// Deleting a session takes its sign-ups with it; its attendees still hear it is cancelled.
    @Test func attendeesOfADeletedSessionAreToldItIsCancelled() throws {
        let store = try scratchDatabase()
        let stored = try store.insert(samplePlan("foshan"))
        let release = try store.release(stored.event.id)
        let p2 = try #require(stored.sessions.first { $0.key == "p2" })
        let signedUp = Set(stored.registrations.filter { $0.signups.contains(p2.id) }.compactMap { r in
            stored.people.first { $0.id == r.person }?.uid
        })
        #expect(signedUp.count == 117)
        try store.apply(.session(before: stored.record(of: p2.id), after: nil), event: stored.event.id)
        let notices = Notices(plan: try store.plan(stored.event.id), since: release, to: .attendees,
                              cancelled: try store.cancelledSignups(stored.event.id))
        #expect(Set(notices.notices.map(\.person.uid)) == signedUp)
        let cao = try #require(notices.notices.first { $0.person.name == "曹华立" })
        #expect(cao.message == "曹华立您好，会议日程有以下调整：\n3月26日 平行论坛二：企业深度参与的利益纽带：已取消")
    }

    /// A name in Latin script says more about the language to write in than the organisation: a
    /// German guest registered under a Chinese organisation's name is written to in English.
    @Test func aLatinNameUnderAChineseOrganisationIsWrittenToInEnglish() throws {
        let (before, after) = try Self.scripted()
        let first = Release(number: 1, name: "", note: "", at: "2026-05-01T02:00:00Z", by: "王",
                            sessions: before.releasedSessions())
        var guest = after
        let v04 = try #require(guest.people.firstIndex { $0.key == "v04" })
        guest.people[v04].name = "Michael Schulz"
        guest.people[v04].organisation = "德国国际合作机构（GIZ）"
        let notice = Notices(plan: guest, since: first, to: .speakers).notices.first { $0.person.key == "v04" }
        #expect(notice?.language == .en)
        #expect(notice?.message.hasPrefix("Dear Michael Schulz, the programme has changed:\n14 May ") == true)
    }

    /// An event released before calendar numbers were kept gets them from its releases, as they
    /// were worked out then: each release that changed a session added one.
    @Test func numbersOfAnEventReleasedBeforeTheyWereKeptComeFromItsReleases() throws {
        let (before, after) = try Self.scripted()
        var again = after
        let k2 = try #require(again.sessions.firstIndex { $0.key == "k2" })
        again.sessions[k2].start = again.sessions[k2].start!.adding(minutes: 30)
        again.sessions[k2].end = again.sessions[k2].end!.adding(minutes: 30)
        let releases = [before, after, again].enumerated().map { i, plan in
            Release(number: i + 1, name: "", note: "", at: "2026-05-0\(i + 1)T02:00:00Z", by: "王",
                    sessions: plan.releasedSessions())
        }
        let calendar = CalendarSequences(replaying: releases)
        let uid = { (key: String) in before.sessions.first { $0.key == key }!.uid }
        #expect(calendar.sequence(of: uid("k2")) == 2 && calendar.lastModified(of: uid("k2")) == "2026-05-03T02:00:00Z")
        #expect(calendar.sequence(of: uid("f2")) == 1 && calendar.lastModified(of: uid("f2")) == "2026-05-02T02:00:00Z")
        #expect(calendar.sequence(of: uid("press")) == 0)
        #expect(calendar.sequence(of: uid("k1")) == 0 && calendar.lastModified(of: uid("k1")) == "2026-05-01T02:00:00Z")
    }
}
