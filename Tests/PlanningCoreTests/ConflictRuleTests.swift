import Testing
@testable import PlanningCore

/// A small event to build each case on: two sites 40 minutes apart, three rooms.
struct Fixture {
    var plan: EventPlan
    init() {
        plan = EventPlan(event: Event(key: "e", uid: "u", name: "测试", firstDay: day("2026-05-14"), lastDay: day("2026-05-15"),
                                      dayChangeHour: 4, defaultTravelMinutes: 30))
        plan.sites = [Site(id: ID(1), key: "hotel", uid: "s1", name: "宾馆"), Site(id: ID(2), key: "base", uid: "s2", name: "基地"),
                      Site(id: ID(3), key: "campus", uid: "s3", name: "校区")]
        plan.travel = [TravelTime(from: ID(1), to: ID(2), minutes: 40)]
        plan.rooms = [Room(id: ID(1), key: "hall", uid: "r1", site: ID(1), name: "一号厅", capacity: 10, features: ["interpretation", "stage"]),
                      Room(id: ID(2), key: "small", uid: "r2", site: ID(1), name: "小会议室", capacity: 10),
                      Room(id: ID(3), key: "expo", uid: "r3", site: ID(2), name: "展厅", capacity: 100)]
        for i in 1...20 { plan.people.append(Person(id: ID(i), key: "p\(i)", uid: "p\(i)", name: "人\(i)")) }
    }

    @discardableResult
    mutating func session(_ n: Int, _ from: String, _ to: String, room: Int? = 1, kind: SessionKind = .other,
                          plenary: Bool = false, requires: [String] = [], limit: Int? = nil) -> ID<Session> {
        plan.sessions.append(Session(id: ID(n), key: "s\(n)", uid: "s\(n)", title: "会议\(n)", kind: kind, room: room.map(ID.init),
                                     start: at(from), end: at(to), requiredFeatures: requires, capacityLimit: limit, isPlenary: plenary))
        return ID(n)
    }

    mutating func role(_ person: Int, _ session: Int, _ role: RoleKind = .speaker) {
        plan.roles.append(SessionRole(session: ID(session), person: ID(person), role: role))
    }

    mutating func signups(_ people: ClosedRange<Int>, _ sessions: [Int]) {
        for p in people {
            if let i = plan.registrations.firstIndex(where: { $0.person == ID(p) }) {
                plan.registrations[i].signups += sessions.map(ID.init)
            } else {
                plan.registrations.append(Registration(person: ID(p), signups: sessions.map(ID.init)))
            }
        }
    }

    func findings(_ code: FindingCode) -> [Finding] {
        let all = ConflictEngine.check(plan)
        // Whatever the full check says, the engine built for edits must say too.
        #expect(Set(all) == Set(ConflictEngine(plan).findings))
        return all.filter { $0.code == code }
    }
}

@Suite struct ConflictRuleTests {
    @Test func roomOverlapNeedsARealOverlap() {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.session(2, "2026-05-14T10:00", "2026-05-14T11:00") // touching: fine
        f.session(3, "2026-05-14T09:00", "2026-05-14T10:00", room: 2) // other room: fine
        #expect(f.findings(.roomOverlap).isEmpty)
        f.session(4, "2026-05-14T10:59", "2026-05-14T11:30")
        let found = f.findings(.roomOverlap)
        #expect(found.map(\.sessions) == [[ID(2), ID(4)]])
        #expect(found.first?.severity == .error && found.first?.rooms == [ID(1)])
    }

    @Test func roomOverlapAcrossMidnightIsFound() {
        var f = Fixture()
        f.session(1, "2026-05-14T20:00", "2026-05-15T01:00")
        f.session(2, "2026-05-15T00:30", "2026-05-15T02:00")
        #expect(f.findings(.roomOverlap).count == 1)
    }

    @Test func personOverlapIsPerPersonAndRole() {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.session(2, "2026-05-14T10:00", "2026-05-14T11:00", room: 2)
        f.role(1, 1)
        f.role(1, 2, .chair)
        #expect(f.findings(.personOverlap).isEmpty)
        f.session(3, "2026-05-14T10:30", "2026-05-14T12:00", room: 3)
        f.role(1, 3, .interpreter)
        let found = f.findings(.personOverlap)
        #expect(found.map(\.sessions) == [[ID(2), ID(3)]])
        #expect(found.first?.people == [ID(1)])
    }

    /// A guest seated on a rostrum is busy for that session like anyone with a part in it.
    @Test func aGuestOnTheRostrumCannotSpeakElsewhereMeanwhile() {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.session(2, "2026-05-14T09:30", "2026-05-14T10:30", room: 2)
        f.role(1, 1, .guest)
        f.role(1, 2, .speaker)
        #expect(f.findings(.personOverlap).map(\.sessions) == [[ID(1), ID(2)]])
    }

    @Test func travelTimeLooksPastAnOverlappingLaterStartingSession() {
        // 人1 is at the base until 11:00; a short talk at the hotel starts later (09:30) but ends
        // early, and a hotel session at 11:10 leaves 10 minutes for a 40-minute drive.
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T11:00", room: 3)
        f.session(2, "2026-05-14T09:30", "2026-05-14T10:00", room: 1)
        f.session(3, "2026-05-14T11:10", "2026-05-14T12:00", room: 2)
        for s in 1...3 { f.role(1, s) }
        let found = f.findings(.travelTime)
        #expect(found.map(\.sessions) == [[ID(1), ID(3)]])
        #expect(found.first?.count == 10 && found.first?.limit == 40)
    }

    @Test func aTimeTheClocksSkipIsAnErrorAndOneTheyRepeatAWarning() {
        var f = Fixture()
        f.plan.event.clockChanges = [
            ClockChange(kind: .skipped, start: at("2026-05-14T02:00"), end: at("2026-05-14T03:00"), offsetBefore: 60, offsetAfter: 120),
            ClockChange(kind: .repeated, start: at("2026-05-15T02:00"), end: at("2026-05-15T03:00"), offsetBefore: 120, offsetAfter: 60),
        ]
        f.plan.event.dayChangeHour = 0
        f.session(1, "2026-05-14T02:15", "2026-05-14T04:00")
        f.session(2, "2026-05-14T03:00", "2026-05-14T04:00", room: 2) // just after the gap: fine
        f.session(3, "2026-05-15T01:00", "2026-05-15T02:30", room: 3)
        #expect(f.findings(.nonexistentTime).map(\.sessions) == [[ID(1)]])
        #expect(f.findings(.ambiguousTime).map(\.sessions) == [[ID(3)]])
        #expect(f.findings(.ambiguousTime).first?.severity == .warning && f.findings(.nonexistentTime).first?.severity == .error)
        let text = FindingText(plan: f.plan, language: .en).message(f.findings(.nonexistentTime)[0])
        #expect(text == "“会议1” is timed 2026-05-14T02:15–2026-05-14T04:00, but on 14 May the clocks go forward from 02:00 to 03:00: that local time does not exist")
    }

    @Test func featuresTypedInEitherLanguageAreTheVocabulary() {
        var f = Fixture()
        f.plan.rooms[2].features = ["投影", "同声传译设备"]
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00", room: 3, requires: ["interpretation"])
        f.session(2, "2026-05-14T10:00", "2026-05-14T11:00", room: 3, requires: ["直播"])
        #expect(f.findings(.missingFeature).map(\.sessions) == [[ID(2)]])
        #expect(RoomFeature.parse("投影、Interpretation booths, 同传") == .success(["projector", "interpretation"]))
        #expect(RoomFeature.parse("投影, 咖啡机") == .failure(UnknownFeatures(words: ["咖啡机"])))
    }

    @Test func travelTimeComparesConsecutiveSessionsAtDifferentSites() {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00", room: 1)
        f.session(2, "2026-05-14T10:40", "2026-05-14T11:00", room: 3) // exactly 40 minutes: enough
        f.role(1, 1)
        f.role(1, 2)
        #expect(f.findings(.travelTime).isEmpty)
        f.session(3, "2026-05-14T11:39", "2026-05-14T12:00", room: 2) // 39 of 40 minutes back
        f.role(1, 3)
        let found = f.findings(.travelTime)
        #expect(found.count == 1)
        #expect(found.first?.sessions == [ID(2), ID(3)] && found.first?.count == 39 && found.first?.limit == 40)
        // Between two sites with no travel entry, the event's default (30) applies.
        var g = Fixture()
        g.session(1, "2026-05-14T09:00", "2026-05-14T10:00", room: 3)
        g.plan.rooms.append(Room(id: ID(4), key: "c", uid: "r4", site: ID(3), name: "教室", capacity: 10))
        g.session(2, "2026-05-14T10:30", "2026-05-14T11:00", room: 4)
        g.role(2, 1)
        g.role(2, 2)
        #expect(g.findings(.travelTime).isEmpty)
        g.plan.sessions[1].start = at("2026-05-14T10:29")
        #expect(g.findings(.travelTime).count == 1)
    }

    @Test func roomAvailabilityJoinsTouchingWindows() {
        var f = Fixture()
        f.plan.rooms[0].availability = [TimeWindow(start: at("2026-05-14T08:00"), end: at("2026-05-14T12:00")),
                                        TimeWindow(start: at("2026-05-14T12:00"), end: at("2026-05-14T18:00"))]
        f.session(1, "2026-05-14T11:00", "2026-05-14T13:00")
        f.session(2, "2026-05-14T17:00", "2026-05-14T18:00")
        #expect(f.findings(.roomUnavailable).isEmpty)
        f.session(3, "2026-05-14T17:30", "2026-05-14T18:01")
        #expect(f.findings(.roomUnavailable).map(\.sessions) == [[ID(3)]])
    }

    @Test func personUnavailableForTheVIPWhoArrivesLate() {
        var f = Fixture()
        f.plan.people[0].availability = [TimeWindow(start: at("2026-05-15T14:00"), end: at("2026-05-15T18:00"))]
        f.session(1, "2026-05-15T14:00", "2026-05-15T15:00")
        f.role(1, 1)
        #expect(f.findings(.personUnavailable).isEmpty)
        f.session(2, "2026-05-15T09:30", "2026-05-15T10:10", room: 2)
        f.role(1, 2)
        let found = f.findings(.personUnavailable)
        #expect(found.map(\.sessions) == [[ID(2)]] && found.first?.people == [ID(1)])
    }

    @Test func outsideEventRespectsTheDayChangeHour() {
        var f = Fixture()
        f.session(1, "2026-05-15T22:00", "2026-05-16T04:00") // a late banquet: still day 2
        f.session(2, "2026-05-14T04:00", "2026-05-14T05:00", room: 2)
        #expect(f.findings(.outsideEvent).isEmpty)
        f.session(3, "2026-05-16T09:00", "2026-05-16T10:00", room: 3)
        f.session(4, "2026-05-14T03:59", "2026-05-14T05:00", room: 3)
        #expect(Set(f.findings(.outsideEvent).flatMap(\.sessions)) == [ID(3), ID(4)])
    }

    @Test func overCapacityIsAnErrorAboveAndAWarningAboveNinetyPercent() {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00") // room of 10
        f.signups(1...9, [1])
        #expect(f.findings(.overCapacity).isEmpty) // 90 % exactly: fine
        f.signups(10...10, [1])
        #expect(f.findings(.overCapacity).map(\.severity) == [.warning]) // exactly full
        f.signups(11...11, [1])
        let found = f.findings(.overCapacity)
        #expect(found.map(\.severity) == [.error] && found.first?.count == 11 && found.first?.limit == 10)
        // The session's own limit counts when lower than the room's.
        var g = Fixture()
        g.session(1, "2026-05-14T09:00", "2026-05-14T10:00", room: 3, limit: 5)
        g.signups(1...5, [1])
        #expect(g.findings(.overCapacity).map(\.limit) == [5])
        g.signups(6...6, [1])
        #expect(g.findings(.overCapacity).map(\.severity) == [.error])
    }

    @Test func attendeeClashCountsAttendeesPerPairOfSessions() {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.session(2, "2026-05-14T10:00", "2026-05-14T11:00", room: 2)
        f.signups(1...5, [1, 2])
        #expect(f.findings(.attendeeClash).isEmpty)
        f.session(3, "2026-05-14T09:30", "2026-05-14T10:30", room: 3)
        f.signups(1...3, [3])
        let found = f.findings(.attendeeClash)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.count == 3 && $0.people == [ID(1), ID(2), ID(3)] && $0.severity == .warning })
    }

    @Test func missingFeatureNamesWhatIsLacking() {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00", requires: ["Interpretation", "stage"])
        #expect(f.findings(.missingFeature).isEmpty)
        f.session(2, "2026-05-14T09:00", "2026-05-14T10:00", room: 2, requires: ["interpretation", "livestream"])
        #expect(f.findings(.missingFeature).map(\.details) == [["interpretation", "livestream"]])
    }

    @Test func parallelToPlenaryPairsEachSessionWithThePlenary() {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00", kind: .openingCeremony, plenary: true)
        f.session(2, "2026-05-14T10:00", "2026-05-14T11:00", room: 2)
        f.session(3, "2026-05-14T08:00", "2026-05-14T09:00", room: 3)
        #expect(f.findings(.parallelToPlenary).isEmpty)
        f.session(4, "2026-05-14T09:50", "2026-05-14T10:30", room: 3)
        f.session(5, "2026-05-14T09:30", "2026-05-14T09:45", room: 2, plenary: true)
        let found = f.findings(.parallelToPlenary)
        #expect(Set(found.map(\.sessions)) == [[ID(1), ID(4)], [ID(1), ID(5)]])
    }

    /// A session that runs into part of lunch or a break is told; one that spans the whole of it
    /// has it inside (a sub-forum with its tea break); a plenary is told as parallel instead.
    @Test func sessionsRunningIntoPartOfAMealOrBreak() {
        var f = Fixture()
        f.session(1, "2026-05-14T12:00", "2026-05-14T13:30", room: 4, kind: .meal)
        f.session(2, "2026-05-14T11:00", "2026-05-14T12:00", room: 2)
        f.session(3, "2026-05-14T11:30", "2026-05-14T14:00", room: 3)
        f.session(5, "2026-05-14T12:00", "2026-05-14T12:30", room: 5, kind: .breakTime)
        f.session(6, "2026-05-14T12:30", "2026-05-14T13:00", room: 6, plenary: true)
        #expect(f.findings(.duringHeldTime).isEmpty)
        f.session(7, "2026-05-14T13:00", "2026-05-14T14:00", room: 2)
        f.session(8, "2026-05-14T12:10", "2026-05-14T12:20", room: 3)
        #expect(Set(f.findings(.duringHeldTime).map(\.sessions)) == [[ID(1), ID(7)], [ID(1), ID(8)], [ID(5), ID(8)]])
    }

    @Test func invalidTimeAndUnplacedAndMissingRole() {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-15T09:00") // exactly 24 hours: allowed
        f.session(2, "2026-05-14T09:00", "2026-05-14T10:00", kind: .keynote)
        f.role(1, 2, .interpreter)
        #expect(f.findings(.invalidTime).isEmpty && f.findings(.unplaced).isEmpty)
        #expect(f.findings(.missingRole).map(\.sessions) == [[ID(2)]]) // an interpreter does not count
        f.role(2, 2, .chair)
        #expect(f.findings(.missingRole).isEmpty)
        f.session(3, "2026-05-14T10:00", "2026-05-14T10:00", room: 2) // ends as it starts
        f.session(4, "2026-05-14T09:00", "2026-05-15T09:01", room: 3) // longer than a day
        #expect(Set(f.findings(.invalidTime).flatMap(\.sessions)) == [ID(3), ID(4)])
        f.plan.sessions.append(Session(id: ID(5), key: "s5", uid: "s5", title: "待定", room: ID(1)))
        f.session(6, "2026-05-14T12:00", "2026-05-14T13:00", room: nil)
        #expect(Set(f.findings(.unplaced).flatMap(\.sessions)) == [ID(5), ID(6)])
        #expect(f.findings(.unplaced).allSatisfy { $0.severity == .info })
    }

    /// A buffet lunch or a tea break in the foyer has its time and no room: it is in place.
    /// An opening without a hall is not.
    @Test func aMealOrBreakWithATimeNeedsNoRoom() {
        var f = Fixture()
        f.session(1, "2026-05-14T12:00", "2026-05-14T13:00", room: nil, kind: .meal)
        f.session(2, "2026-05-14T15:30", "2026-05-14T15:50", room: nil, kind: .breakTime)
        f.session(3, "2026-05-14T09:00", "2026-05-14T10:00", room: nil, kind: .openingCeremony)
        f.plan.sessions.append(Session(id: ID(4), key: "s4", uid: "s4", title: "晚宴", kind: .meal))
        #expect(f.findings(.unplaced).map(\.sessions) == [[ID(3)], [ID(4)]])
    }

    @Test func invalidSessionsTakeNoPartInTimeRules() {
        var f = Fixture()
        f.session(1, "2026-05-14T10:00", "2026-05-14T09:00")
        f.session(2, "2026-05-14T09:00", "2026-05-14T10:00")
        f.role(1, 1)
        f.role(1, 2)
        #expect(f.findings(.roomOverlap).isEmpty && f.findings(.personOverlap).isEmpty)
    }
}
