import Foundation
import Testing
import Interchange
import PlanningCore
@testable import TerminalUI
import TestSupport

/// The desk without a terminal or a database: keys in, effects out, results fed back as the
/// runner would.
@Suite struct DeskTests {
    static let plan = samplePlan()
    func desk() -> DeskState {
        // 08:30 on the first day in 德阳.
        let now = Date(timeIntervalSince1970: 1_778_718_600)
        var d = DeskState(plan: Self.plan, desk: "一号台", session: nil, language: .zh, now: now)
        _ = d.receive(.key(.resize(width: 110, height: 32)))
        return d
    }

    func name(_ d: DeskState, _ place: Int) -> String { d.index.people[place].name }

    @Test func everyWayOfAskingFindsThePerson() throws {
        let d = desk()
        let index = d.index
        let wang = try #require(index.people.firstIndex { $0.name == "汤文桂" })
        let p = index.people[wang]
        let digits = Array(p.phone)
        let spoken: String = "+86 " + String(digits[0..<3]) + "-" + String(digits[3..<7]) + "-" + String(digits[7...])
        let code = CheckInCode.of(uid: p.uid)
        let queries: [String] = ["汤文桂", "文桂", "tangwengui", "twg", "TWG", String(p.phone.suffix(4)), p.phone,
                                 "四川省教育厅", "教育厅", code, code.lowercased(), spoken]
        for query in queries {
            #expect(index.search(query, limit: 500).found.contains(wang), "\(query)")
        }
        // A surname read its own way: 曾 as zeng.
        let zeng = try #require(index.people.firstIndex { $0.name.hasPrefix("曾") })
        let initials = "z" + String(Pinyin.shared.nameSearchKey(index.people[zeng].name).split(separator: "\u{1}").last!
            .dropFirst())
        #expect(index.search(initials, limit: 500).found.contains(zeng), "\(initials)")
        #expect(index.search("nobody-like-this").found.isEmpty)
    }

    /// A German partner's number as their card prints it, and their name without umlauts.
    @Test func aPartnerIsFoundByTheirCardsNumberAndWithoutUmlauts() {
        var people = Self.plan.people
        people[0].name = "Dr. Jürgen Weiß"
        people[0].phone = "+491712345678"
        let index = DeskIndex(people: people)
        for q in ["+49 (0)171 2345678", "+49 171 2345678", "0049 171 2345678", "weiss", "jurgen"] {
            #expect(index.search(q).found == [0], "\(q)")
        }
    }

    /// Initials, the second person found, two items ticked, Enter: one check-in with those items;
    /// when the store says done, the banner says so and the count goes up.
    @Test func aPersonIsFoundTickedAndCheckedIn() throws {
        var d = desk()
        for c in "tw" { _ = d.receive(.key(.char(c))) }
        #expect(d.found.count >= 2)
        _ = d.receive(.key(.down))
        let place = try #require(d.chosenPlace)
        let person = d.index.people[place]
        _ = d.receive(.key(.function(1)))
        _ = d.receive(.key(.function(2)))
        let effects = d.receive(.key(.enter))
        #expect(effects == [.checkIn(person.id, items: ["参会证", "资料袋"])])
        let record = CheckIn(id: 1, person: person.id, at: "2026-05-14T01:12:00Z", desk: "一号台", by: "lin",
                             items: ["参会证", "资料袋"], sequence: 1)
        _ = d.receive(.checkedIn(person.id, .success(.done(record))))
        #expect(d.flash?.text == "✔ \(person.name) 签到成功" && d.flash?.good == true)
        #expect(d.arrivedCount == 1 && d.query.isEmpty)
        #expect(d.render().text.contains("已到 1 / \(d.expectedCount)"))
        // The same person again, found by a colleague's desk first: said, not counted twice.
        for c in person.phone.suffix(4) { _ = d.receive(.key(.char(c))) }
        let again = d.receive(.key(.enter))
        #expect(again.count == 1)
        _ = d.receive(.checkedIn(person.id, .success(.already(record))))
        #expect(d.flash?.text == "\(person.name)：已于 09:12 在一号台签到" && d.arrivedCount == 1)
    }

    /// A scanner types the code and Enter: checked in at once, with the usual pack.
    @Test func aScannedCodeChecksInAtOnce() throws {
        var d = desk()
        let p = d.index.people[5]
        for c in CheckInCode.of(uid: p.uid) { _ = d.receive(.key(.char(c))) }
        #expect(d.receive(.key(.enter)) == [.checkIn(p.id, items: ["参会证", "资料袋"])])
    }

    /// Another desk's arrival and its taking back, taken in by sequence: counts follow.
    @Test func anotherDesksCheckInsAreTakenIn() {
        var d = desk()
        let a = d.index.people[0].id, b = d.index.people[1].id
        let first = CheckIn(id: 7, person: a, at: "2026-05-14T01:02:00Z", desk: "二号台", by: "wu", sequence: 3)
        let second = CheckIn(id: 8, person: b, at: "2026-05-14T01:15:00Z", desk: "二号台", by: "wu", sequence: 4)
        _ = d.receive(.taken([first, second], strangers: []))
        #expect(d.arrivedCount == 2 && d.lastSequence == 4)
        var undone = first
        undone.undone = TakenBack(at: "2026-05-14T01:20:00Z", by: "wu", reason: "认错人")
        undone.sequence = 5
        _ = d.receive(.taken([undone], strangers: []))
        #expect(d.arrivedCount == 1 && d.lastSequence == 5)
        #expect(d.perTenMinutes == [54: 0, 55: 1])
    }

    /// Ctrl-N with the typed name: the short form, then a walk-in row for the importer's matching.
    @Test func aWalkInIsRegisteredThroughTheForm() {
        var d = desk()
        for c in "马晓" { _ = d.receive(.key(.char(c))) }
        _ = d.receive(.key(.ctrl("n")))
        #expect(d.render().text.contains("现场报名"))
        _ = d.receive(.key(.tab))
        for c in "德阳职业技术学院" { _ = d.receive(.key(.char(c))) }
        _ = d.receive(.key(.tab))
        for c in "13900001234" { _ = d.receive(.key(.char(c))) }
        var row = AttendeeRow(line: 1)
        (row.name, row.organisation, row.phone) = ("马晓", "德阳职业技术学院", "13900001234")
        #expect(d.receive(.key(.enter)) == [.walkIn(row)])
        let person = Person(id: ID(99_999), key: "w1", uid: "walk-in-1", name: "马晓", organisation: "德阳职业技术学院")
        let next = d.receive(.walkedIn(.success((person, "delegate"))))
        #expect(next == [.checkIn(person.id, items: ["参会证", "资料袋"])])
        #expect(d.expectedCount == Self.plan.badgeHolders.count + 1)
    }

    /// A walk-in's mobile typed a digit short is refused with the reason; the form stays to correct it.
    @Test func aWalkInsMalformedMobileIsRefused() {
        var d = desk()
        for c in "马晓" { _ = d.receive(.key(.char(c))) }
        _ = d.receive(.key(.ctrl("n")))
        _ = d.receive(.key(.tab))
        _ = d.receive(.key(.tab))
        for c in "1390000123" { _ = d.receive(.key(.char(c))) }
        #expect(d.receive(.key(.enter)) == [])
        #expect(d.render().text.contains("“1390000123”不是手机号码：中国大陆手机号是 13–19 开头的 11 位数字"))
        #expect(d.render().text.contains("现场报名"))
        _ = d.receive(.key(.char("4")))
        #expect(!d.render().text.contains("不是手机号码"))
        var row = AttendeeRow(line: 1)
        (row.name, row.phone) = ("马晓", "13900001234")
        #expect(d.receive(.key(.enter)) == [.walkIn(row)])
    }

    /// The Sino-German seminar hands out interpretation headsets; the press gets its own pack.
    @Test func theEventSaysWhatIsHandedOver() throws {
        let plan = samplePlan("hangzhou-2025-sino-german-seminar.json")
        var d = DeskState(plan: plan, desk: "1", session: nil, language: .zh, now: Date(timeIntervalSince1970: 0))
        _ = d.receive(.key(.resize(width: 110, height: 32)))
        let press = try #require(plan.registrations.first { $0.category == "press" })
        let name = try #require(plan.people.first { $0.id == press.person }?.name)
        for c in name { _ = d.receive(.key(.char(c))) }
        #expect(d.render().text.contains("领取：F1 [ ] 参会证  F2 [ ] 媒体资料"))
        _ = d.receive(.key(.ctrl("u")))
        for c in "Schulz" { _ = d.receive(.key(.char(c))) }
        #expect(d.render().text.contains("F3 [ ] 同传耳机"))
    }
}
