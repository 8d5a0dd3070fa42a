import Foundation
import Testing
import TestSupport
import Fixtures
import PlanningCore
import PlanningStore
@testable import TerminalUI

/// A small event with arrivals at a station and an airport, two vehicles and three runs: 张伟
/// (with one companion) and 李娜 on the van from the station, 王芳 in the car from the airport,
/// 刘洋 asked for a pickup and has none, 陈静 escorts; 张伟 leaves on the drop-off run.
func transportEvent() -> EventPlan {
    let key = "ui-transport"
    var p = EventPlan(event: Event(key: key, uid: StableUID.make(key), name: "职教联盟年会", shortName: "年会",
                                   firstDay: LocalDate(iso: "2026-05-14")!, lastDay: LocalDate(iso: "2026-05-15")!))
    p.sites = [Site(id: ID(1), key: "hotel", uid: StableUID.make(key, "s1"), name: "德阳宾馆"),
               Site(id: ID(2), key: "station", uid: StableUID.make(key, "s2"), name: "德阳站"),
               Site(id: ID(3), key: "airport", uid: StableUID.make(key, "s3"), name: "双流机场T2")]
    p.travel = [TravelTime(from: ID(2), to: ID(1), minutes: 20), TravelTime(from: ID(3), to: ID(1), minutes: 80)]
    let names = ["张伟", "李娜", "王芳", "刘洋", "陈静"]
    p.people = names.enumerated().map { i, n in
        Person(id: ID(i + 1), key: "p\(i + 1)", uid: StableUID.make(key, "p\(i + 1)"), name: n,
               organisation: "四川工程职业技术大学", phone: "1390000000\(i + 1)")
    }
    p.registrations = p.people.map { Registration(person: $0.id, category: "delegate", signups: []) }
    func at(_ iso: String) -> LocalDateTime { LocalDateTime(iso: iso)! }
    p.trips = [
        Trip(person: ID(1), arrival: TripLeg(mode: .train, number: "G8921", hub: ID(2), time: at("2026-05-13T14:20"),
                                             wantsTransfer: true),
             departure: TripLeg(mode: .train, number: "G8694", hub: ID(2), time: at("2026-05-15T17:30"),
                                wantsTransfer: true),
             companions: 1),
        Trip(person: ID(2), arrival: TripLeg(mode: .train, number: "G8921", hub: ID(2), time: at("2026-05-13T14:20"),
                                             wantsTransfer: true)),
        Trip(person: ID(3), arrival: TripLeg(mode: .flight, number: "CA4193", hub: ID(3), time: at("2026-05-13T15:30"),
                                             wantsTransfer: true)),
        Trip(person: ID(4), arrival: TripLeg(mode: .train, number: "D1234", hub: ID(2), time: at("2026-05-13T18:05"),
                                             wantsTransfer: true)),
    ]
    p.vehicles = [
        Vehicle(id: ID(1), key: "v1", uid: StableUID.make(key, "v1"), plate: "川F·12345", kind: .van, driver: "王师傅",
                driverPhone: "13900000011"),
        Vehicle(id: ID(2), key: "v2", uid: StableUID.make(key, "v2"), plate: "川F·67890", kind: .car, driver: "李师傅",
                driverPhone: "13900000012"),
    ]
    p.runs = [
        Run(id: ID(1), key: "r1", uid: StableUID.make(key, "r1"), kind: .pickup, vehicle: ID(1), from: ID(2), to: ID(1),
            depart: at("2026-05-13T14:40"), passengers: [ID(1), ID(2)], escort: ID(5)),
        Run(id: ID(2), key: "r2", uid: StableUID.make(key, "r2"), kind: .pickup, vehicle: ID(2), from: ID(3), to: ID(1),
            depart: at("2026-05-13T16:10"), passengers: [ID(3)]),
        Run(id: ID(3), key: "r3", uid: StableUID.make(key, "r3"), kind: .dropoff, vehicle: ID(1), from: ID(1), to: ID(2),
            depart: at("2026-05-15T16:30"), passengers: [ID(1)]),
    ]
    return p
}

/// A plan the planner might propose on `transportEvent()`: 李娜 off the van, onto a new run at
/// 18:25 with 刘洋; 陈静 left out for want of a hub and time.
func aProposal(_ s: Headless) throws -> TransportProposal {
    let van = try #require(s.plan.runs.first { $0.depart.clock == "14:40" })
    func person(_ name: String) throws -> ID<Person> { try #require(s.plan.people.first { $0.name == name }).id }
    var lighter = van
    lighter.passengers.removeAll { $0 == van.passengers[1] }
    let new = Run(id: ID(0), key: "", uid: "", kind: .pickup, vehicle: van.vehicle, from: van.from, to: van.to,
                  depart: LocalDateTime(iso: "2026-05-13T18:25")!, passengers: [try person("李娜"), try person("刘洋")])
    return TransportProposal(
        changes: [.run(before: van, after: lighter), .run(before: nil, after: new)],
        unplanned: [UnplannedTransfer(person: try person("陈静"), direction: .pickup, reason: .incompleteJourney)])
}

/// The UI on `transportEvent()` stored in a fresh database, on the Transport pane.
func transportApp(width: Int = 80, height: Int = 24, language: Language = .zh, plan: EventPlan = transportEvent())
    throws -> Headless {
    let store = try Store(path: Scratch.folder("ui-transport") + "/ui.sqlite")
    var s = try Headless(store: store, event: try store.insert(plan).event.id, language: language)
    s.handle(.resize(width: width, height: height))
    s.handle(.char("7"))
    return s
}

@Suite struct TransportPaneTests {
    func compare(_ screen: String, _ name: String) throws {
        try compareWithSnapshot(screen, repoRoot.appendingPathComponent("Tests/TerminalUITests/Snapshots/\(name).txt"))
    }

    func person(_ s: Headless, _ name: String) throws -> ID<Person> {
        try #require(s.plan.people.first { $0.name == name }).id
    }

    func run(_ s: Headless, at clock: String) throws -> Run {
        try #require(s.plan.runs.first { $0.depart.clock == clock })
    }

    /// The three lists at 80×24 in both languages: arrivals and departures by day and hub with
    /// their run (刘洋 未安排), the runs with seats used (the van 3/6: 张伟 brings one), the vehicles.
    @Test(arguments: [Language.zh, .en])
    func theThreeListsAt80x24(_ language: Language) throws {
        var s = try transportApp(language: language)
        try compare(s.screen, "transport-journeys-\(language)-80x24")
        s.handle(.char("v"))
        try compare(s.screen, "transport-runs-\(language)-80x24")
        s.handle(.char("v"))
        try compare(s.screen, "transport-vehicles-\(language)-80x24")
    }

    /// `m` on 李娜's arrival puts her on the airport car's run; `u` puts her back on the van.
    @Test func movingAPassengerAndUndoingIt() throws {
        var s = try transportApp()
        let li = try person(s, "李娜")
        s.handle(.char("/"))
        s.type("李娜")
        s.handle(.enter)
        s.handle(.char("m"))
        guard case .form(let form) = s.mode else { Issue.record("no move form: \(s.screen)"); return }
        #expect(form[MoveField.target].chosen == .run(try run(s, at: "16:10").id), "\(s.screen)")
        s.handle(.enter)
        #expect(try run(s, at: "14:40").passengers == [try person(s, "张伟")])
        #expect(try run(s, at: "16:10").passengers == [try person(s, "王芳"), li])
        s.handle(.char("u"))
        #expect(try run(s, at: "14:40").passengers == [try person(s, "张伟"), li])
        #expect(try run(s, at: "16:10").passengers == [try person(s, "王芳")])
    }

    /// A run saved is told with the separator every saved message has, not run into its time.
    @Test func aSavedRunIsToldWithTheSeparator() throws {
        var s = try transportApp()
        s.handle(.char("/"))
        s.type("李娜")
        s.handle(.enter)
        s.handle(.char("m"))
        s.handle(.enter)
        #expect(s.message == "已保存：2026-05-13 16:10")
    }

    /// A guest coming on their own is named in the pane as the finding about them names them:
    /// one phrasebook for the ways of travel, not one in the pane and another in the findings.
    @Test func aWayOfTravelReadsTheSameInThePaneAndItsFinding() throws {
        var plan = transportEvent()
        let liu = try #require(plan.trips.firstIndex { $0.person == ID(4) })
        plan.trips[liu].arrival?.mode = .selfArranged
        plan.trips[liu].arrival?.number = ""
        let s = try transportApp(width: 120, language: .en, plan: plan)
        let finding = try #require(s.findings.first { $0.finding.code == .noTransport }).finding
        let message = FindingText(plan: s.plan, language: .en).message(finding)
        let word = message.components(separatedBy: " arrives by ").last?.components(separatedBy: " at ").first ?? "?"
        let row = s.lines.first { $0.contains("刘洋") } ?? ""
        #expect(row.contains(" " + word + " "), "\(message) | \(row)")
    }

    /// `r` on a journey takes the guest off their run; the row then says 未安排.
    @Test func takingAPassengerOff() throws {
        var s = try transportApp()
        s.handle(.char("/"))
        s.type("王芳")
        s.handle(.enter)
        s.handle(.char("r"))
        #expect(try run(s, at: "16:10").passengers.isEmpty)
        let row = try #require(s.lines.first { $0.contains("王芳") })
        #expect(row.contains("未安排"), "\(s.screen)")
    }

    /// The vehicle form saves a new vehicle with what was typed, and the list selects it.
    @Test func theVehicleFormSavesAVehicle() throws {
        var s = try transportApp()
        s.handle(.char("v"))
        s.handle(.char("v"))
        s.handle(.char("a"))
        s.type("川F·55555")
        s.handle(.tab)
        s.handle(.down) // 轿车 → 商务车
        s.handle(.tab)
        s.type("7")
        s.handle(.tab)
        s.type("赵师傅")
        s.handle(.tab)
        s.type("13900000013")
        s.handle(.enter)
        let v = try #require(s.plan.vehicles.first { $0.plate == "川F·55555" }, "\(s.screen)")
        #expect([v.kind.rawValue, String(v.seats), v.driver, v.driverPhone] == ["van", "7", "赵师傅", "13900000013"])
        #expect(s.state.selectedRow.map { s.plan.vehicles[$0].plate } == "川F·55555", "\(s.screen)")
        #expect(s.database.map { try? $0.plan(s.plan.event.id).vehicles.contains { $0.plate == "川F·55555" } } == true)
    }

    /// The journey form: a new arrival time is read as typed and saved with the person's trip.
    @Test func theJourneyFormSavesANewTime() throws {
        var s = try transportApp()
        s.handle(.char("/"))
        s.type("刘洋")
        s.handle(.enter)
        s.handle(.char("e"))
        for _ in 0..<TripField.arrivalTime.rawValue { s.handle(.tab) }
        s.handle(.ctrl("u"))
        s.type("5-13 19:45")
        s.handle(.enter)
        let liu = try person(s, "刘洋")
        let trip = try #require(s.plan.trips.first { $0.person == liu })
        #expect(trip.arrival?.time == LocalDateTime(iso: "2026-05-13T19:45"), "\(s.screen)")
    }

    /// A proposal of a new run for 刘洋 and 李娜 moved off the van: the dialog lists both at
    /// 80×24, Enter saves them as one entry of the change log, and one `u` takes the whole plan back.
    @Test(arguments: [Language.zh, .en])
    func thePlanDialogAppliesAProposalAsOneUndoStep(_ language: Language) throws {
        var s = try transportApp(language: language)
        let before = Set(s.plan.runs)
        let liu = try person(s, "刘洋"), li = try person(s, "李娜")
        let proposal = try aProposal(s)
        s.state.offerTransportPlan(proposal)
        try compare(s.screen, "transport-plan-\(language)-80x24")
        let logged = try #require(s.database).changeLog(s.plan.event.id, limit: 100).count
        s.handle(.enter)
        let log = try #require(s.database).changeLog(s.plan.event.id, limit: 100)
        #expect(log.count == logged + 1 && log.first?.note?.action == .planTransport, "\(log)")
        #expect(s.plan.runs.count == 4)
        #expect(s.plan.runs.first { $0.depart.clock == "18:25" }?.passengers == [li, liu])
        #expect(s.document.undoStack.count == 1)
        s.handle(.char("u"))
        #expect(Set(s.plan.runs) == before)
    }

    /// The pane's lookups are kept with its order; a change of language reads the days anew.
    @Test func theDaysFollowTheLanguage() throws {
        var s = try transportApp()
        #expect(s.lines.contains { $0.hasPrefix(" 5月13日") }, "\(s.screen)")
        s.state.language = .en
        let days = s.lines.filter { $0.contains("arr. 14:20 G8921") }.map { String($0.prefix(7)) }
        #expect(days == [" 13 May", " 13 May"], "\(s.screen)")
    }

    /// 张伟 speaks in two sessions at once: the engine's finding names him, so both his journeys
    /// carry its mark (as a session's row does) and 李娜's carries none.
    @Test func aPersonsFindingMarksTheirJourneys() throws {
        var plan = transportEvent()
        plan.rooms = (1...2).map { i in
            Room(id: ID(i), key: "hall\(i)", uid: StableUID.make("ui-transport", "room\(i)"), site: ID(1),
                 name: "报告厅\(i)", capacity: 100)
        }
        plan.sessions = (1...2).map { i in
            Session(id: ID(i), key: "s\(i)", uid: StableUID.make("ui-transport", "s\(i)"), title: "报告\(i)",
                    room: ID(i), start: LocalDateTime(iso: "2026-05-14T09:00")!,
                    end: LocalDateTime(iso: "2026-05-14T10:00")!)
        }
        plan.roles = plan.sessions.map { SessionRole(session: $0.id, person: ID(1), role: .speaker) }
        let s = try transportApp(plan: plan)
        let marked = s.lines.filter { $0.hasPrefix(" 5月") && $0.contains("✖") }.map { $0.contains("张伟") }
        #expect(marked == [true, true], "\(s.screen)")
    }

    /// The Transport pane's `?` lists its own keys from its table, its bottom line its hints.
    @Test func helpAndHintsComeFromTheKeyTable() throws {
        var s = try transportApp(width: 120, height: 36)
        #expect(s.statusBar.contains("v 切换") && s.statusBar.contains("m 换车") && s.statusBar.contains("F 排车"),
                "\(s.statusBar)")
        s.handle(.char("?"))
        #expect(s.screen.contains(UIWords.keyPlanTransport.text(.zh)), "\(s.screen)")
    }
}
