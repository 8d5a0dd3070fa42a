import Testing
@testable import PlanningCore

/// An event with a hotel, a station and a campus, guests who travel, and hired vehicles, built a
/// line at a time. Guests arrive on 13 May, the day before the event.
struct TravelScenario {
    var plan: EventPlan
    static let arrivalDay = LocalDate(year: 2026, month: 5, day: 13)!
    static let hotel = ID<Site>(1), station = ID<Site>(2), campus = ID<Site>(3)

    init() {
        plan = EventPlan(event: Event(id: ID(1), key: "t", uid: "e", name: "测试大会",
                                      firstDay: Self.arrivalDay.adding(days: 1), lastDay: Self.arrivalDay.adding(days: 2)))
        plan.sites = [Site(id: Self.hotel, key: "hotel", uid: "s1", name: "旌湖宾馆"),
                      Site(id: Self.station, key: "station", uid: "s2", name: "德阳站"),
                      Site(id: Self.campus, key: "campus", uid: "s3", name: "天山路校区")]
        plan.travel = [TravelTime(from: Self.hotel, to: Self.station, minutes: 30),
                       TravelTime(from: Self.hotel, to: Self.campus, minutes: 20)]
        plan.rooms = [Room(id: ID(1), key: "hall", uid: "r1", site: Self.hotel, name: "会议厅", capacity: 300),
                      Room(id: ID(2), key: "lecture", uid: "r2", site: Self.campus, name: "报告厅", capacity: 300)]
    }

    static func at(_ clock: String, day: Int = 0) -> LocalDateTime {
        let m = LocalDateTime.minuteOfDay(typed: clock)!
        return LocalDateTime(date: arrivalDay.adding(days: day), hour: m / 60, minute: m % 60)
    }

    @discardableResult
    mutating func guest(_ key: String, vip: Int = 0, category: String = "delegate") -> ID<Person> {
        let id = ID<Person>(plan.people.count + 1)
        plan.people.append(Person(id: id, key: key, uid: "p-\(key)", name: key, vipLevel: vip))
        plan.registrations.append(Registration(person: id, category: category))
        return id
    }

    mutating func arrives(_ p: ID<Person>, _ mode: TravelMode, _ number: String, at clock: String?,
                          companions: Int = 0, hub: ID<Site>? = TravelScenario.station, transfer: Bool = true) {
        var trip = plan.trips.first { $0.person == p } ?? Trip(person: p)
        trip.arrival = TripLeg(mode: mode, number: number, hub: hub, time: clock.map { Self.at($0) },
                               wantsTransfer: transfer)
        trip.companions = companions
        plan.trips.removeAll { $0.person == p }
        plan.trips.append(trip)
    }

    mutating func leaves(_ p: ID<Person>, _ mode: TravelMode, _ number: String, at clock: String, day: Int) {
        var trip = plan.trips.first { $0.person == p } ?? Trip(person: p)
        trip.departure = TripLeg(mode: mode, number: number, hub: Self.station, time: Self.at(clock, day: day),
                                 wantsTransfer: true)
        plan.trips.removeAll { $0.person == p }
        plan.trips.append(trip)
    }

    @discardableResult
    mutating func vehicle(_ plate: String, _ kind: VehicleKind, seats: Int? = nil, driver: String = "")
        -> ID<Vehicle>
    {
        let id = ID<Vehicle>(plan.vehicles.count + 1)
        plan.vehicles.append(Vehicle(id: id, key: "v\(id.raw)", uid: "v\(id.raw)", plate: plate, kind: kind,
                                     seats: seats, driver: driver))
        return id
    }

    /// A session on day 1 (or `day`) at the hotel (or the campus), `who` holding a role in it.
    mutating func session(_ key: String, _ from: String, _ to: String, day: Int = 1, campus: Bool = false,
                          who: [ID<Person>]) {
        let id = ID<Session>(plan.sessions.count + 1)
        plan.sessions.append(Session(id: id, key: key, uid: "x-\(key)", title: key, kind: .keynote,
                                     room: ID(campus ? 2 : 1), start: Self.at(from, day: day),
                                     end: Self.at(to, day: day)))
        for p in who { plan.roles.append(SessionRole(session: id, person: p, role: .speaker)) }
    }

    func key(_ p: ID<Person>) -> String { plan.people.first { $0.id == p }!.key }
    func plate(_ v: ID<Vehicle>?) -> String { plan.vehicles.first { $0.id == v }?.plate ?? "-" }

    /// The runs a proposal makes, as `depart vehicle: passengers` lines in time order.
    func runs(after proposal: TransportProposal) -> [String] {
        var p = plan
        for c in proposal.changes { p.apply(c) }
        return p.runs.sorted { ($0.depart, $0.id) < ($1.depart, $1.id) }.map { r in
            "\(r.depart.clock) \(plate(r.vehicle)): " + r.passengers.map(key).joined(separator: " ")
                + (r.escort.map { " +" + key($0) } ?? "")
        }
    }

    func unplanned(_ proposal: TransportProposal) -> [String] {
        proposal.unplanned.map { "\(key($0.person)) \($0.direction) \($0.reason.rawValue)" }
    }
}

@Suite struct TransportPlannerTests {
    /// Flights ready 10:40, 10:45, 10:50 and 10:55 (two seats each but the last) fill a six-seat
    /// van with the first three; the fourth waits for the van to be back; one ready at 11:30 would
    /// wait past the hour and is told there is no vehicle.
    /// The log's entry for a saved plan says what it did to the runs, in both languages.
    @Test func theLogEntryOfAPlanCountsItsRuns() {
        let at = LocalDateTime(iso: "2026-05-13T10:00")!
        func run(_ n: Int, _ depart: LocalDateTime) -> Run {
            Run(id: ID(n), key: "r\(n)", uid: "r\(n)", kind: .pickup, from: ID(1), to: ID(2), depart: depart)
        }
        let changes: [Change] = [
            .run(before: nil, after: run(1, at)), .run(before: nil, after: run(2, at)),
            .run(before: run(3, at), after: run(3, at.adding(minutes: 30))), .run(before: run(4, at), after: nil),
        ]
        let note = ChangeNote.transportPlanned(changes)
        #expect(note.text(.zh).summary == "新排 2 车次，调整 1 车次，取消 1 车次")
        #expect(note.text(.en).summary == "2 runs new, 1 changed, 1 cancelled")
    }

    @Test func batchesByWindowAndSeats() {
        var s = TravelScenario()
        s.vehicle("川F·00001", .van)
        for (key, clock, companions) in [("a", "10:00", 1), ("b", "10:05", 1), ("c", "10:10", 1), ("d", "10:15", 0),
                                         ("e", "10:50", 0)] {
            s.arrives(s.guest(key), .flight, "CA4193", at: clock, companions: companions)
        }
        let proposal = TransportPlanner.plan(s.plan)
        #expect(s.runs(after: proposal) == ["10:50 川F·00001: a b c", "11:50 川F·00001: d"])
        #expect(s.unplanned(proposal) == ["e pickup no-vehicle"])
    }

    /// Five passengers of G8921 ride together even though a party ready earlier leaves room for
    /// only four of them in the first van.
    @Test func aTrainsPassengersRideTogether() {
        var s = TravelScenario()
        s.vehicle("川F·00001", .van)
        s.vehicle("川F·00002", .van)
        s.arrives(s.guest("x"), .flight, "3U8888", at: "13:50", companions: 1)
        for k in 1...5 { s.arrives(s.guest("t\(k)"), .train, "G8921", at: "14:20") }
        #expect(s.runs(after: TransportPlanner.plan(s.plan))
            == ["14:30 川F·00001: x", "14:35 川F·00002: t1 t2 t3 t4 t5"])
    }

    /// A VIP (level 3, with one companion, who asked for nothing) gets the saloon alone and a
    /// staff escort who is free then; the staff member speaking at that hour is not asked.
    @Test func aVIPRidesAloneWithAnEscort() {
        var s = TravelScenario()
        s.vehicle("川F·00001", .minibus)
        s.vehicle("川F·00002", .car)
        let busy = s.guest("s1", category: "staff")
        s.guest("s2", category: "staff")
        s.session("briefing", "10:00", "12:00", day: 0, who: [busy])
        s.arrives(s.guest("vip", vip: 3), .flight, "CA4193", at: "10:20", companions: 1, transfer: false)
        s.arrives(s.guest("g"), .flight, "CA4193", at: "10:20")
        #expect(s.runs(after: TransportPlanner.plan(s.plan))
            == ["11:00 川F·00002: vip +s2", "11:00 川F·00001: g"])
    }

    /// Eight passengers of one train while the coach is hired only for the morning: two vans take
    /// them, six and two, rather than nobody.
    @Test func aTrainTooBigForAnyFreeVehicleIsSplit() {
        var s = TravelScenario()
        let coach = s.vehicle("川F·00001", .coach)
        s.plan.vehicles[Int(coach.raw) - 1].availability = [TimeWindow(start: TravelScenario.at("07:00"),
                                                                        end: TravelScenario.at("10:00"))]
        s.vehicle("川F·00002", .van)
        s.vehicle("川F·00003", .van)
        for k in 1...8 { s.arrives(s.guest("t\(k)"), .train, "G8921", at: "14:20") }
        let proposal = TransportPlanner.plan(s.plan)
        #expect(s.runs(after: proposal) == ["14:35 川F·00002: t1 t2 t3 t4 t5 t6", "14:35 川F·00003: t7 t8"])
        #expect(s.unplanned(proposal) == [])
    }

    /// A van that took guests to the hotel is there: the plan sends it on from the hotel at once
    /// for a guest leaving by train, rather than waiting for it to be back at the station.
    @Test func aVehicleGoesOnFromWhereItsRunEnded() {
        var s = TravelScenario()
        s.vehicle("川F·00001", .van)
        s.arrives(s.guest("a"), .train, "G8921", at: "09:00")
        // At the station 10:20 for the 10:50 train: away from the hotel by 09:50.
        s.leaves(s.guest("b"), .train, "G8922", at: "10:50", day: 0)
        #expect(s.runs(after: TransportPlanner.plan(s.plan)) == ["09:15 川F·00001: a", "09:50 川F·00001: b"])
    }

    /// One van and two guests at once, a delegate ready first and a VIP: the VIP gets the car.
    @Test func aVIPIsServedBeforeDelegates() {
        var s = TravelScenario()
        s.vehicle("川F·00001", .van)
        s.arrives(s.guest("d"), .train, "G8921", at: "14:00")
        s.arrives(s.guest("vip", vip: 2), .train, "G1234", at: "14:10", transfer: false)
        let proposal = TransportPlanner.plan(s.plan)
        #expect(s.runs(after: proposal) == ["14:25 川F·00001: vip"])
        #expect(s.unplanned(proposal) == ["d pickup no-vehicle"])
    }

    /// The escort's seat counts: a VIP with three companions already in a saloon gets no escort
    /// squeezed in.
    @Test func noEscortWhereNoSeatIsLeft() {
        var s = TravelScenario()
        let car = s.vehicle("川F·00001", .car)
        s.guest("s1", category: "staff")
        let vip = s.guest("vip", vip: 3)
        s.arrives(vip, .flight, "CA4193", at: "10:20", companions: 3)
        s.plan.runs = [Run(id: ID(1), key: "r1", uid: "r1", kind: .pickup, vehicle: car, from: TravelScenario.station,
                           to: TravelScenario.hotel, depart: TravelScenario.at("11:00"), passengers: [vip])]
        #expect(TransportPlanner.plan(s.plan).changes == [])
    }

    /// A guest who withdrew is taken out of the run they were in; one whose date lies a month off
    /// the event gets no car until staff confirm it.
    @Test func withdrawnGuestsLeaveTheirRunAndDoubtfulDatesWait() {
        var s = TravelScenario()
        let van = s.vehicle("川F·00001", .van)
        let a = s.guest("a"), b = s.guest("b")
        s.arrives(a, .train, "G8921", at: "14:20")
        s.arrives(b, .train, "G8921", at: "14:20")
        s.plan.runs = [Run(id: ID(1), key: "r1", uid: "r1", kind: .pickup, vehicle: van, from: TravelScenario.station,
                           to: TravelScenario.hotel, depart: TravelScenario.at("14:35"), passengers: [a, b])]
        s.plan.registrations.removeAll { $0.person == b }
        var far = s.plan.trips.first { $0.person == a }!
        far.person = s.guest("c")
        far.arrival?.time = TravelScenario.at("14:20", day: 31)
        s.plan.trips.append(far)
        let proposal = TransportPlanner.plan(s.plan)
        #expect(s.runs(after: proposal) == ["14:35 川F·00001: a"])
        #expect(s.unplanned(proposal) == ["c pickup date-in-doubt"])
    }

    /// One guest off a train, a coach and a saloon free: the saloon takes them, not 45 seats.
    @Test func oneGuestGetsTheSmallestVehicleThatFits() {
        var s = TravelScenario()
        s.vehicle("川F·00001", .coach)
        s.vehicle("川F·00002", .car)
        s.arrives(s.guest("g"), .train, "G8921", at: "14:20")
        #expect(s.runs(after: TransportPlanner.plan(s.plan)) == ["14:35 川F·00002: g"])
    }

    /// Drop-offs: at the station 30 minutes before the train, and not before the guest's last
    /// part ends and they are back at the hotel. b speaks at the campus until 16:50 (20 minutes
    /// away) so cannot share a's 17:00 run; c, free at 16:20, can.
    @Test func departuresLeaveAfterTheLastCommitment() {
        var s = TravelScenario()
        s.vehicle("川F·00001", .van)
        s.vehicle("川F·00002", .van)
        let a = s.guest("a"), b = s.guest("b"), c = s.guest("c")
        s.session("late", "15:00", "16:50", day: 2, campus: true, who: [b])
        s.session("early", "15:00", "16:00", day: 2, campus: true, who: [c])
        s.leaves(a, .train, "G8922", at: "18:00", day: 2)
        s.leaves(b, .train, "G8924", at: "18:10", day: 2)
        s.leaves(c, .train, "G8926", at: "18:20", day: 2)
        #expect(s.runs(after: TransportPlanner.plan(s.plan)) == ["17:00 川F·00001: a c", "17:10 川F·00002: b"])
    }

    /// After the plan is applied, b's flight lands two hours later: the re-plan takes b out of
    /// the shared run and gives b a run of their own; nobody else moves.
    @Test func aReplanAfterAFlightMovesChangesOnlyThatPassenger() {
        var s = TravelScenario()
        s.vehicle("川F·00001", .minibus)
        let b = s.guest("b")
        for key in ["a", "c", "d"] { s.arrives(s.guest(key), .flight, "CA4193", at: "10:00") }
        s.arrives(b, .flight, "CA4193", at: "10:00")
        for c in TransportPlanner.plan(s.plan).changes { s.plan.apply(c) }
        #expect(TransportPlanner.plan(s.plan).changes.isEmpty)
        s.arrives(b, .flight, "CA4195", at: "12:00")
        let replan = TransportPlanner.plan(s.plan)
        #expect(s.runs(after: replan) == ["10:40 川F·00001: a c d", "12:40 川F·00001: b"])
        #expect(Self.movedPassengers(replan).map(s.key) == ["b"])
    }

    /// A van booked with nine passengers for six seats whose driver is also booked on another
    /// van then, and that driver booked twice again later: the re-plan puts each run in a free
    /// vehicle that seats it and moves no passenger.
    @Test func anOverfullRunAndADoubleBookedDriverChangeVehiclesNotPassengers() {
        var s = TravelScenario()
        let van = s.vehicle("川F·00001", .van, driver: "王师傅")
        let other = s.vehicle("川F·00002", .van, driver: "王师傅")
        s.vehicle("川F·00003", .minibus, driver: "李师傅")
        s.vehicle("川F·00004", .van, driver: "张师傅")
        var people: [ID<Person>] = []
        for (k, train, clock) in (1...9).map({ ($0, "G8921", "14:20") }) + [(10, "G8923", "14:25"), (11, "G8923", "14:25"),
                                                                            (12, "G8925", "14:45")] {
            let p = s.guest("g\(k)")
            s.arrives(p, .train, train, at: clock)
            people.append(p)
        }
        func run(_ n: Int, _ vehicle: ID<Vehicle>, _ clock: String, _ riders: ArraySlice<ID<Person>>) -> Run {
            Run(id: ID(n), key: "r\(n)", uid: "r\(n)", kind: .pickup, vehicle: vehicle, from: TravelScenario.station,
                to: TravelScenario.hotel, depart: TravelScenario.at(clock), passengers: Array(riders))
        }
        s.plan.runs = [run(1, van, "14:40", people[9..<11]), run(2, other, "14:45", people[0..<9]),
                       run(3, other, "15:00", people[11...])]
        let proposal = TransportPlanner.plan(s.plan)
        #expect(s.runs(after: proposal) == ["14:40 川F·00001: g10 g11", "14:45 川F·00003: g1 g2 g3 g4 g5 g6 g7 g8 g9",
                                            "15:00 川F·00004: g12"])
        #expect(Self.movedPassengers(proposal).isEmpty)
    }

    /// Someone staff put in a run without a journey of their own (a colleague riding along)
    /// stays in it; a guest whose train now reaches another hub leaves it.
    @Test func onlyAJourneyThatSaysOtherwiseMovesAPassenger() {
        var s = TravelScenario()
        s.vehicle("川F·00001", .van)
        let rider = s.guest("rider"), guest = s.guest("g"), moved = s.guest("m")
        s.arrives(guest, .train, "G8921", at: "14:20")
        s.arrives(moved, .train, "G8921", at: "14:20", hub: TravelScenario.campus)
        s.plan.runs = [Run(id: ID(1), key: "r1", uid: "r1", kind: .pickup, vehicle: ID(1), from: TravelScenario.station,
                           to: TravelScenario.hotel, depart: TravelScenario.at("14:40"),
                           passengers: [rider, guest, moved])]
        let proposal = TransportPlanner.plan(s.plan)
        #expect(Self.movedPassengers(proposal).map(s.key) == ["m"])
    }

    /// A guest who asked for a pickup without saying where or when is reported, one direction at a
    /// time; with no vehicle hired, a complete journey is reported as lacking a vehicle.
    @Test func unplannedGuestsSayWhy() {
        var s = TravelScenario()
        s.arrives(s.guest("nohub"), .train, "G8921", at: "14:20", hub: nil)
        s.arrives(s.guest("notime"), .flight, "CA4193", at: nil)
        let ok = s.guest("ok")
        s.arrives(ok, .train, "G8921", at: "14:20")
        s.leaves(ok, .train, "G8922", at: "18:00", day: 2)
        s.arrives(s.guest("self"), .selfArranged, "", at: nil)
        #expect(s.unplanned(TransportPlanner.plan(s.plan)) == [
            "nohub pickup incomplete-journey", "notime pickup incomplete-journey", "ok pickup no-vehicle",
            "ok dropoff no-vehicle",
        ])
    }

    /// Passengers whose seat changed: left a run, joined one, or are in a new run.
    static func movedPassengers(_ proposal: TransportProposal) -> [ID<Person>] {
        var moved = Set<ID<Person>>()
        for case .run(let before, let after) in proposal.changes {
            let a = Set(before?.passengers ?? []), b = Set(after?.passengers ?? [])
            moved.formUnion(a.symmetricDifference(b))
        }
        return moved.sorted()
    }
}
