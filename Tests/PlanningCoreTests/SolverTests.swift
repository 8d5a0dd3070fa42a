import Foundation
import Fixtures
import Testing
@testable import PlanningCore

/// A one-day event built a line at a time: rooms, sessions at hours, speakers, sign-ups.
struct Scenario {
    var plan: EventPlan
    static let day = LocalDate(year: 2026, month: 5, day: 15)!

    init() {
        plan = EventPlan(event: Event(id: ID(1), key: "t", uid: "e", name: "测试大会", firstDay: Self.day,
                                      lastDay: Self.day))
        plan.sites = [Site(id: ID(1), key: "main", uid: "site", name: "主会场")]
    }

    static func at(_ hour: Int) -> LocalDateTime { LocalDateTime(date: day, hour: hour) }

    @discardableResult
    mutating func room(_ name: String, seats: Int, features: [String] = ["projector"]) -> ID<Room> {
        let id = ID<Room>(plan.rooms.count + 1)
        plan.rooms.append(Room(id: id, key: "r\(id.raw)", uid: "room\(id.raw)", site: ID(1), name: name,
                               capacity: seats, features: features))
        return id
    }

    @discardableResult
    mutating func session(_ title: String, _ room: ID<Room>?, _ from: Int, _ to: Int, kind: SessionKind = .subForum,
                          needs: [String] = [], fixed: Bool = false, speaker: ID<Person>? = nil) -> ID<Session> {
        let id = ID<Session>(plan.sessions.count + 1)
        plan.sessions.append(Session(
            id: id, key: "s\(id.raw)", uid: "session\(id.raw)", title: title, kind: kind, room: room,
            start: from < 0 ? nil : Self.at(from), end: from < 0 ? nil : Self.at(to),
            requiredFeatures: needs, isPlenary: kind.isPlenaryByDefault, isFixed: fixed))
        if let speaker { plan.roles.append(SessionRole(session: id, person: speaker, role: .speaker)) }
        return id
    }

    mutating func person(_ name: String, available: [(Int, Int)] = []) -> ID<Person> {
        let id = ID<Person>(plan.people.count + 1)
        plan.people.append(Person(id: id, key: "p\(id.raw)", uid: "person\(id.raw)", name: name,
                                  availability: available.map { TimeWindow(start: Self.at($0.0), end: Self.at($0.1)) }))
        return id
    }

    /// `count` attendees signed up for the session.
    mutating func signups(_ session: ID<Session>, _ count: Int) {
        for _ in 0..<count {
            let id = ID<Person>(plan.people.count + 1)
            plan.people.append(Person(id: id, key: "a\(id.raw)", uid: "attendee\(id.raw)", name: "参会者\(id.raw)"))
            plan.registrations.append(Registration(person: id, signups: [session]))
        }
    }

    func solve(_ options: SolveOptions = SolveOptions(), policy: FindingPolicy = FindingPolicy()) -> SolvePlan {
        ConflictEngine(plan).solve(policy: policy, options: options)
    }

    func place(_ m: SolveMove) -> (room: ID<Room>?, hour: Int?) { (m.to.room, m.to.start?.hour) }
}

@Suite struct SolverTests {
    /// After an import the sub-forum with 238 sign-ups is in a room of 150 and a parallel one with
    /// 131 in the hall of 500; every other room is taken: the two swap rooms and keep their times.
    @Test func roomsAreSwappedByDemand() {
        var s = Scenario()
        let small = s.room("四号会议室", seats: 150), hall = s.room("一号会议厅", seats: 500)
        let busy = s.room("三号会议室", seats: 300)
        let big = s.session("分论坛二", small, 14, 17), other = s.session("分论坛五", hall, 14, 17)
        s.session("分论坛三", busy, 8, 18)
        s.signups(big, 238)
        s.signups(other, 131)
        for room in [small, hall] {
            s.session("上午报告", room, 8, 14)
            s.session("晚间交流", room, 17, 18)
        }
        let solution = s.solve()
        #expect(solution.after.errors == 0)
        let moved = Dictionary(uniqueKeysWithValues: solution.moves.map { ($0.session, s.place($0)) })
        #expect(moved.count == 2)
        #expect(moved[big]?.room == hall && moved[big]?.hour == 14)
        #expect(moved[other]?.room == small && moved[other]?.hour == 14)
    }

    /// The minister's office moves his arrival to the afternoon; the main hall is full all day:
    /// his keynote swaps times with the afternoon keynote.
    @Test func aKeynoteSwapsTimesWithAnother() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 1000)
        let minister = s.person("部长", available: [(13, 18)]), professor = s.person("教授")
        let morning = s.session("主旨演讲一", hall, 9, 10, kind: .report, speaker: minister)
        let afternoon = s.session("主旨演讲二", hall, 14, 15, kind: .report, speaker: professor)
        // The rest of the day is settled (a report moved into the morning would do as well).
        for h in [8, 10, 11, 12, 13, 15, 16, 17] { s.session("报告\(h)", hall, h, h + 1, kind: .report, fixed: true) }
        let solution = s.solve()
        #expect(solution.after.errors == 0)
        let moved = Dictionary(uniqueKeysWithValues: solution.moves.map { ($0.session, s.place($0)) })
        #expect(moved.count == 2)
        #expect(moved[morning]?.hour == 14 && moved[afternoon]?.hour == 9)
    }

    /// A fixed session stays even when moving it would be the one move that clears the clash;
    /// the session it clashes with moves instead.
    @Test func aFixedSessionNeverMoves() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 500), side = s.room("二号会议室", seats: 100)
        let opening = s.session("开幕式", hall, 9, 10, kind: .openingCeremony, fixed: true)
        let talk = s.session("报告", hall, 9, 10, kind: .report)
        s.session("其他", side, 8, 18)
        let solution = s.solve()
        #expect(solution.after.errors == 0)
        #expect(solution.moves.map(\.session) == [talk])
        #expect(!solution.moves.contains { $0.session == opening })
    }

    /// `--keep` holds a session for one run; when everything a clash concerns is held, it is
    /// explained, not cleared.
    @Test func keptSessionsStayAndTheClashIsExplained() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 500)
        let a = s.session("报告一", hall, 9, 10, kind: .report), b = s.session("报告二", hall, 9, 10, kind: .report)
        let solution = s.solve(SolveOptions(keep: [a, b]))
        #expect(solution.moves.isEmpty)
        #expect(solution.unresolved.map(\.reason) == [.cannotMove])
        #expect(!solution.isComplete)
    }

    /// An acknowledged clash is the office's decision: nothing is moved to clear it.
    @Test func anAcknowledgedFindingIsLeftAlone() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 500)
        s.room("二号会议室", seats: 100)
        s.session("报告一", hall, 9, 10, kind: .report)
        s.session("报告二", hall, 9, 10, kind: .report)
        let finding = ConflictEngine.check(s.plan).first { $0.code == .roomOverlap }!
        let key = FindingIdentity(plan: s.plan).key(finding)
        let policy = FindingPolicy(acknowledgements: [key: Acknowledgement(reason: "共用", by: "王", at: "")])
        let solution = s.solve(policy: policy)
        #expect(solution.moves.isEmpty && solution.before.errors == 0)
    }

    /// The example the office gave: the forum needs booths, the only rooms with booths are
    /// taken all afternoon and its speakers are free only then.
    @Test func whatCannotBeClearedIsExplainedInWords() {
        var s = Scenario()
        let booths = ["projector", "interpretation"]
        let hall = s.room("一号会议厅", seats: 800, features: booths)
        let multi = s.room("多功能厅", seats: 300, features: booths)
        let plain = s.room("二号会议室", seats: 200)
        let speakers = (1...3).map { s.person("嘉宾\($0)", available: [(14, 17)]) }
        let forum = s.session("国际分论坛二", plain, 14, 17, needs: ["interpretation"], speaker: speakers[0])
        s.plan.roles += speakers.dropFirst().map { SessionRole(session: forum, person: $0, role: .speaker) }
        s.session("分论坛一", hall, 14, 17, fixed: true)
        s.session("分论坛三", multi, 14, 17, fixed: true)
        let solution = s.solve()
        #expect(solution.moves.isEmpty)
        let reason = solution.unresolved.first.map { SolvePlanWords(plan: s.plan, language: .en).reason($0) }
        #expect(reason == "“国际分论坛二” needs interpretation booths; the rooms that would do "
            + "(一号会议厅, 多功能厅) are taken or closed whenever its 3 speakers and chairs are free, on 15 May")
        let zh = solution.unresolved.first.map { SolvePlanWords(plan: s.plan, language: .zh).reason($0) }
        #expect(zh == "「国际分论坛二」需要同声传译设备；合适的会场（一号会议厅、多功能厅）"
            + "在其3位主讲、主持人都有空的时间均已占用或不开放（5月15日）")
    }

    /// A session without a room or time is placed where it makes no error and, of those, the
    /// fewest warnings: not against the plenary.
    @Test func anUnplacedSessionIsPlacedAwayFromThePlenary() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 800), side = s.room("二号会议室", seats: 100)
        s.session("主旨演讲", hall, 8, 12, kind: .keynote)
        let draft = s.session("专家答疑", nil, -1, -1, kind: .other)
        let solution = s.solve()
        #expect(solution.moves.map(\.session) == [draft])
        #expect(solution.moves.first.map(s.place)?.room == side)
        #expect(solution.after.unplaced == 0 && solution.after.warnings == 0)
        #expect((solution.moves.first?.to.start?.hour ?? 0) >= 12)
    }

    /// `--only-unplaced` places the unplaced and leaves the clashes of placed sessions alone.
    @Test func onlyUnplacedMovesNothingElse() {
        var s = Scenario()
        let hall = s.room("一号会议厅", seats: 800)
        s.session("报告一", hall, 9, 10, kind: .report)
        s.session("报告二", hall, 9, 10, kind: .report)
        let draft = s.session("专家答疑", nil, -1, -1, kind: .other)
        let solution = s.solve(SolveOptions(onlyUnplaced: true))
        #expect(solution.moves.map(\.session) == [draft])
        #expect(solution.after.errors == 1)
    }

    /// `--max-moves` stops the repair; what it did not reach says so.
    @Test func maxMovesStopsAndSaysSo() {
        var s = Scenario()
        let a = s.room("一号会议厅", seats: 800)
        s.room("二号会议室", seats: 800)
        for h in [9, 11] {
            s.session("报告\(h)甲", a, h, h + 1, kind: .report)
            s.session("报告\(h)乙", a, h, h + 1, kind: .report)
        }
        let solution = s.solve(SolveOptions(maxMoves: 1))
        #expect(solution.moves.count == 1)
        #expect(solution.unresolved.map(\.reason) == [.maxMoves(1)])
    }

    /// The same plan gives the same moves, whatever order its sessions come in.
    @Test func theSamePlanGivesTheSameMoves() {
        let plan = SyntheticEvent.small.make()
        let first = ConflictEngine(plan).solve().moves
        var shuffled = plan
        var rng = SeededRandom(seed: 7)
        shuffled.registrations.shuffle(using: &rng)
        shuffled.roles.shuffle(using: &rng)
        #expect(ConflictEngine(shuffled).solve().moves == first)
        #expect(!first.isEmpty)
    }
}
