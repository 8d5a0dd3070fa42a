import Testing
@testable import PlanningCore

@Suite struct DuplicatesTests {
    func plan() -> EventPlan {
        var p = EventPlan(event: Event(key: "d", uid: "d", name: "测试", shortName: "测试",
                                       firstDay: LocalDate(iso: "2026-05-14")!, lastDay: LocalDate(iso: "2026-05-14")!))
        p.sessions = [Session(id: ID(1), key: "s1", uid: "s1", title: "分论坛一"),
                      Session(id: ID(2), key: "s2", uid: "s2", title: "分论坛二")]
        p.people = [
            Person(id: ID(1), key: "a", uid: "u1", name: "王伟", organisation: "四川工程职业技术大学", phone: "13800000001"),
            Person(id: ID(2), key: "b", uid: "u2", name: "王 伟", organisation: "四川工程职业技术大学", phone: "13900000002",
                   email: "ww@example.org", city: "德阳"),
            Person(id: ID(3), key: "c", uid: "u3", name: "李娜", phone: "13700000003"),
            Person(id: ID(4), key: "d", uid: "u4", name: "李丽", phone: "13700000003"),
            Person(id: ID(5), key: "e", uid: "u5", name: "张三", email: "Z@example.org"),
        ]
        p.registrations = [Registration(person: ID(1), category: "delegate", signups: [ID(1)]),
                           Registration(person: ID(2), category: "guest", signups: [ID(1), ID(2)])]
        p.roles = [SessionRole(session: ID(2), person: ID(2), role: .chair)]
        return p
    }

    /// One name and organisation (folded as the import folds them), one phone under two names;
    /// a pair kept apart is not raised again.
    @Test func pairsAreFoundAndKeptApartOnesLeftOut() throws {
        let p = plan()
        let pairs = p.possibleDuplicates()
        #expect(pairs.map { [$0.first.raw, $0.second.raw] } == [[1, 2], [3, 4]])
        #expect(pairs.map(\.why) == [.sameNameAndOrganisation, .samePhone])
        #expect(p.possibleDuplicates(keptApart: [KeptApart("u4", "u3")]).map(\.why) == [.sameNameAndOrganisation])
        let (agree, differ) = try #require(p.record(of: ID<Person>(1))).compare(try #require(p.record(of: ID<Person>(2))))
        #expect(agree == [.name, .organisation] && differ == [.phone, .email, .category, .city])
    }

    /// The first keeps its values and takes what it lacks; sign-ups and roles are joined; the
    /// second goes; applied and undone, the plan is as it was.
    @Test func aMergeJoinsAndUndoes() throws {
        let original = plan()
        let changes = try #require(original.merge(ID(1), ID(2)))
        var p = original
        for c in changes { p.apply(c) }
        let kept = try #require(p.record(of: ID<Person>(1)))
        #expect(p.people.count == 4 && kept.person.phone == "13800000001" && kept.person.email == "ww@example.org")
        #expect(kept.person.city == "德阳" && kept.registration?.category == "delegate")
        #expect(kept.registration?.signups == [ID(1), ID(2)] && kept.roles.map(\.role) == [.chair])
        for c in changes.reversed() { p.apply(c.inverse) }
        #expect(Set(p.people) == Set(original.people) && Set(p.roles) == Set(original.roles))
        #expect(Set(p.registrations.map(\.signups)) == Set(original.registrations.map(\.signups)))
    }

    /// What a merge recorded takes it back later, once; not when the kept person changed since.
    @Test func aMergeIsTakenBackFromWhatItRecorded() throws {
        let original = plan()
        var p = original
        for c in try #require(original.merge(ID(1), ID(2))) { p.apply(c) }
        let (k, o) = (try #require(original.record(of: ID<Person>(1))), try #require(original.record(of: ID<Person>(2))))
        let m = try #require(p.record(of: ID<Person>(1)))
        var edited = p
        edited.people[0].title = "校长"
        #expect(edited.unmerge(before: k, after: m, removed: o) == nil)
        for c in try #require(p.unmerge(before: k, after: m, removed: o)) { p.apply(c) }
        #expect(Set(p.people) == Set(original.people) && Set(p.roles) == Set(original.roles))
        #expect(Set(p.registrations) == Set(original.registrations))
        #expect(p.unmerge(before: k, after: m, removed: o) == nil)
    }

    /// The badge in a guest's hand stays valid: the kept person takes the other's number when
    /// they have none, and keeps their own when both have one.
    @Test func aMergeKeepsTheBadgeNumberTheKeptPersonLacks() throws {
        var original = plan()
        original.people[1].badge = 12
        var p = original
        for c in try #require(original.merge(ID(1), ID(2))) { p.apply(c) }
        #expect(p.record(of: ID<Person>(1))?.person.badge == 12)
        original.people[0].badge = 3
        p = original
        for c in try #require(original.merge(ID(1), ID(2))) { p.apply(c) }
        #expect(p.record(of: ID<Person>(1))?.person.badge == 3)
    }
}
