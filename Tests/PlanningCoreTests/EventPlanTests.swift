import Testing
@testable import PlanningCore

func day(_ s: String) -> LocalDate { LocalDate(iso: s)! }
func at(_ s: String) -> LocalDateTime { LocalDateTime(iso: s)! }

func smallPlan() -> EventPlan {
    var p = EventPlan(event: Event(key: "e", uid: StableUID.make("e"), name: "测试大会", firstDay: day("2026-05-14"), lastDay: day("2026-05-15")))
    p.sites = [Site(id: ID(1), key: "hotel", uid: StableUID.make("s1"), name: "宾馆"),
               Site(id: ID(2), key: "base", uid: StableUID.make("s2"), name: "基地")]
    p.travel = [TravelTime(from: ID(1), to: ID(2), minutes: 45)]
    p.rooms = [Room(id: ID(1), key: "hall", uid: StableUID.make("r1"), site: ID(1), name: "一号厅", capacity: 100)]
    p.sessions = [Session(id: ID(1), key: "s1", uid: StableUID.make("x1"), title: "开幕式", kind: .openingCeremony, room: ID(1),
                          start: at("2026-05-14T09:00"), end: at("2026-05-14T10:00"))]
    p.people = [Person(id: ID(1), key: "p1", uid: StableUID.make("p1"), name: "周铁农")]
    p.roles = [SessionRole(session: ID(1), person: ID(1), role: .speaker)]
    p.registrations = [Registration(person: ID(1), signups: [ID(1)])]
    return p
}

@Suite struct EventPlanTests {
    @Test func aWellFormedPlanHasNoProblems() {
        #expect(smallPlan().structuralProblems().isEmpty)
    }

    @Test func brokenReferencesAreNamedByPath() {
        var p = smallPlan()
        p.sessions[0].room = ID(9)
        p.roles.append(SessionRole(session: ID(1), person: ID(7), role: .chair))
        p.registrations[0].signups.append(ID(1))
        let paths = p.structuralProblems().map(\.path)
        #expect(paths == ["sessions[0].room", "roles[1].person", "registrations[0].signups[1]"])
    }

    @Test func duplicateKeysAndHalfScheduledSessionsAreProblems() {
        var p = smallPlan()
        p.sessions.append(Session(id: ID(2), key: "s1", uid: StableUID.make("x2"), title: "重复", start: at("2026-05-14T09:00")))
        let problems = p.structuralProblems()
        #expect(problems.contains { $0.path == "sessions[1].id" && $0.message.contains("used twice") })
        #expect(problems.contains { $0.path == "sessions[1]" && $0.message.contains("start without an end") })
    }

    @Test func travelIsSymmetricWithADefault() {
        var p = smallPlan()
        #expect(p.travelMinutes(ID(2), ID(1)) == 45)
        #expect(p.travelMinutes(ID(1), ID(1)) == 0)
        p.sites.append(Site(id: ID(3), key: "c", uid: "u3", name: "校区"))
        #expect(p.travelMinutes(ID(1), ID(3)) == p.event.defaultTravelMinutes)
    }

    @Test func stableUIDsAreDeterministicUUIDs() {
        let a = StableUID.make("dy2026/session/s1")
        #expect(a == StableUID.make("dy2026/session/s1"))
        #expect(a != StableUID.make("dy2026/session/s2"))
        #expect(StableUID.isUUID(a))
        #expect(!StableUID.isUUID("not-a-uuid"))
    }

    /// Calendars and other tools keep these: the same input must give the same text in every
    /// version (these were written by the first implementation).
    @Test func stableUIDsKeepTheirTextAcrossVersions() {
        #expect(StableUID.make("德阳大会", "p1") == "f9d88586-2bf3-8e50-b46a-4da01c4501a5")
        #expect(StableUID.sequential("fam", "imported-person", 123456) == "bb88a93c-0ae9-863d-af9c-00000001e240")
        #expect(StableUID.make("") == "efd01f60-ba99-8926-841d-b69abc12afb1")
        let uid = StableUID.make("x")
        #expect(StableUID.packed(uid).map { $0.withUnsafeBytes { StableUID.unpacked($0) } } == uid)
    }
}
