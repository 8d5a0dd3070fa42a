import Testing
@testable import PlanningCore

/// The Fixture with a station 25 minutes from the hotel (宾馆, where 一号厅 is), and ways to add
/// journeys, vehicles and runs.
extension Fixture {
    static let station = ID<Site>(4)

    mutating func addStation() {
        plan.sites.append(Site(id: Self.station, key: "station", uid: "s4", name: "德阳站"))
        plan.travel.append(TravelTime(from: Self.station, to: ID(1), minutes: 25))
    }

    mutating func arrival(_ person: Int, _ time: String, mode: TravelMode = .train, number: String = "G8921",
                          transfer: Bool = false, companions: Int = 0) {
        trip(person) { t in
            t.arrival = TripLeg(mode: mode, number: number, hub: Self.station, time: at(time), wantsTransfer: transfer)
            t.companions = companions
        }
    }

    mutating func departure(_ person: Int, _ time: String, mode: TravelMode = .train, transfer: Bool = false) {
        trip(person) { $0.departure = TripLeg(mode: mode, number: "G8922", hub: Self.station, time: at(time),
                                               wantsTransfer: transfer) }
    }

    /// A journey is a registered guest's (one who withdrew is no one to fetch).
    mutating func trip(_ person: Int, _ edit: (inout Trip) -> Void) {
        if !plan.registrations.contains(where: { $0.person == ID(person) }) {
            plan.registrations.append(Registration(person: ID(person)))
        }
        var t = plan.trips.first { $0.person == ID(person) } ?? Trip(person: ID(person))
        edit(&t)
        plan.trips.removeAll { $0.person == ID(person) }
        plan.trips.append(t)
    }

    mutating func vehicle(_ n: Int, _ plate: String, _ kind: VehicleKind = .van, driver: String = "王师傅",
                          phone: String = "") {
        plan.vehicles.append(Vehicle(id: ID(n), key: "v\(n)", uid: "v\(n)", plate: plate, kind: kind, driver: driver,
                                     driverPhone: phone))
    }

    mutating func run(_ n: Int, _ kind: RunKind = .pickup, vehicle: Int?, _ depart: String, _ passengers: [Int] = [],
                      from: ID<Site> = Fixture.station, to: ID<Site> = ID(1), session: Int? = nil) {
        plan.runs.append(Run(id: ID(n), key: "r\(n)", uid: "r\(n)", kind: kind, vehicle: vehicle.map(ID.init),
                             from: from, to: to, depart: at(depart), passengers: passengers.map(ID.init),
                             session: session.map(ID.init)))
    }

    func text(_ f: Finding?, _ lang: Language = .zh) -> String {
        f.map { FindingText(plan: plan, language: lang).message($0) } ?? "none"
    }
}

@Suite struct TransportRuleTests {
    @Test func aSpeakerWhoseTrainArrivesTooLateForTheirTalkIsAnError() {
        var f = Fixture()
        f.addStation()
        f.session(1, "2026-05-14T15:00", "2026-05-14T16:00")
        f.role(1, 1)
        // 14:20 + 15 to leave the station + 25 to the hotel: there at 15:00, just in time.
        f.arrival(1, "2026-05-14T14:20")
        #expect(f.findings(.lateArrival).isEmpty)
        f.arrival(1, "2026-05-14T14:30")
        let found = f.findings(.lateArrival)
        #expect(found == [Finding(code: .lateArrival, severity: .error, sessions: [ID(1)], rooms: [ID(1)],
                                  people: [ID(1)], count: 10, limit: 40)])
        #expect(f.text(found.first) == "人1乘G8921于5月14日 14:30抵达德阳站，赶不上「会议1」在一号厅开始（5月14日 15:00），晚10分钟")
        #expect(f.text(found.first, .en)
            == "人1 arrives by G8921 at 德阳站 14 May 14:30 and cannot be at 一号厅 before “会议1” starts (14 May 15:00): 10 min late")
    }

    @Test func anAttendeeLateForTheirFirstSessionIsAWarning() {
        var f = Fixture()
        f.addStation()
        f.session(1, "2026-05-14T15:00", "2026-05-14T16:00")
        f.session(2, "2026-05-14T16:30", "2026-05-14T17:00")
        f.signups(2...2, [2, 1])
        f.arrival(2, "2026-05-14T14:30")
        #expect(f.findings(.lateArrival) == [Finding(code: .lateArrival, severity: .warning, sessions: [ID(1)],
                                                     rooms: [ID(1)], people: [ID(2)], count: 10, limit: 40)])
    }

    @Test func aSpeakerWhoseTrainLeavesBeforeTheyCanReachItIsAnError() {
        var f = Fixture()
        f.addStation()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.session(2, "2026-05-14T15:00", "2026-05-14T16:00")
        f.role(1, 1)
        f.role(1, 2, .chair)
        // Last role ends 16:00, 25 min to the station, at the gate 30 min before: 16:55.
        f.departure(1, "2026-05-14T16:55")
        #expect(f.findings(.earlyDeparture).isEmpty)
        f.departure(1, "2026-05-14T16:50")
        let found = f.findings(.earlyDeparture)
        #expect(found == [Finding(code: .earlyDeparture, sessions: [ID(2)], rooms: [ID(1)], people: [ID(1)],
                                  count: 5, limit: 55)])
        #expect(f.text(found.first) == "人1乘G8922于5月14日 16:50从德阳站返程，但「会议2」到5月14日 16:00才结束，赶过去需要55分钟，差5分钟")
    }

    /// The staff member who goes with the guests takes a seat: six guests and an escort do not fit a six-seat van.
    @Test func theEscortTakesASeat() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345") // a van: 6 seats
        f.run(1, vehicle: 1, "2026-05-14T14:40", [1, 2, 3, 4, 5, 6])
        #expect(f.findings(.runOverSeats).isEmpty)
        f.plan.runs[0].escort = ID(7)
        #expect(f.findings(.runOverSeats).map { [$0.count, $0.limit] } == [[7, 6]])
    }

    /// A van the company gives 08:00–12:00 cannot fetch guests at 11:40: it is back at the station 12:30.
    @Test func aRunOutsideItsVehiclesHoursIsAnError() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345")
        f.plan.vehicles[0].availability = [TimeWindow(start: at("2026-05-14T08:00"), end: at("2026-05-14T12:00"))]
        f.run(1, vehicle: 1, "2026-05-14T11:10")
        #expect(f.findings(.vehicleUnavailable).isEmpty)
        f.plan.runs[0].depart = at("2026-05-14T11:40")
        let found = f.findings(.vehicleUnavailable)
        #expect(found == [Finding(code: .vehicleUnavailable, runs: [ID(1)], vehicles: [ID(1)])])
        #expect(f.text(found.first) == "5月14日 11:40 德阳站→宾馆（川F·12345）用车到5月14日 12:30，"
            + "超出川F·12345的可用时间（5月14日 08:00–12:00）")
    }

    /// One staff member cannot go with two cars that are on the road at once.
    @Test func anEscortInTwoRunsAtOnceIsAnError() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345")
        f.vehicle(2, "川F·67890", driver: "李师傅")
        f.run(1, vehicle: 1, "2026-05-14T14:00")
        f.run(2, vehicle: 2, "2026-05-14T14:20")
        f.plan.runs[0].escort = ID(9)
        f.plan.runs[1].escort = ID(9)
        #expect(f.findings(.escortDoubleBooked) == [Finding(code: .escortDoubleBooked, people: [ID(9)],
                                                            runs: [ID(1), ID(2)])])
        // Back at the hotel by 14:25, the escort can go with the 14:30 run from there.
        f.plan.runs[1].depart = at("2026-05-14T14:30")
        f.plan.runs[1].from = ID(1)
        f.plan.runs[1].to = Fixture.station
        #expect(f.findings(.escortDoubleBooked).isEmpty)
    }

    /// After a run a vehicle is where it went: from the hotel it can take a run from the hotel at
    /// once, but needs the drive back before another pickup at the station.
    @Test func aVehicleNeedsTheDriveToWhereItsNextRunLeaves() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345")
        f.run(1, vehicle: 1, "2026-05-14T14:00") // station → hotel, there 14:25
        f.run(2, .dropoff, vehicle: 1, "2026-05-14T14:30", from: ID(1), to: Fixture.station)
        #expect(f.findings(.vehicleDoubleBooked).isEmpty)
        f.plan.runs[1] = Run(id: ID(2), key: "r2", uid: "r2", kind: .pickup, vehicle: ID(1), from: Fixture.station,
                             to: ID(1), depart: at("2026-05-14T14:45"))
        #expect(f.findings(.vehicleDoubleBooked) == [Finding(code: .vehicleDoubleBooked, runs: [ID(1), ID(2)],
                                                             vehicles: [ID(1)])])
    }

    /// A guest whose registration was withdrawn still sitting in a run is told, with the run.
    @Test func aWithdrawnGuestStillInARunIsAWarning() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345")
        f.signups(1...3, [])
        f.run(1, vehicle: 1, "2026-05-14T14:40", [1, 2, 3])
        #expect(f.findings(.passengerNotComing).isEmpty)
        f.plan.registrations.removeAll { $0.person == ID(2) }
        let found = f.findings(.passengerNotComing)
        #expect(found == [Finding(code: .passengerNotComing, people: [ID(2)], count: 1, runs: [ID(1)],
                                  vehicles: [ID(1)])])
        #expect(f.text(found.first) == "5月14日 14:40 德阳站→宾馆（川F·12345）仍载有人2，已不参会（未报名、无任务）")
    }

    /// A run whose vehicle was deleted still carries its guests: told, as is a run left with nobody.
    @Test func aRunWithoutVehicleAndARunWithNobodyAreWarnings() {
        var f = Fixture()
        f.addStation()
        f.signups(1...2, [])
        f.run(1, vehicle: 1, "2026-05-14T14:40", [1, 2])
        f.run(2, vehicle: nil, "2026-05-14T15:40")
        #expect(f.findings(.runWithoutVehicle) == [Finding(code: .runWithoutVehicle, people: [ID(1), ID(2)],
                                                           runs: [ID(1)])])
        #expect(f.findings(.emptyRun) == [Finding(code: .emptyRun, runs: [ID(2)])])
        #expect(f.text(f.findings(.emptyRun).first) == "5月14日 15:40 德阳站→宾馆（未派车）没有乘客，司机会空跑一趟")
    }

    /// A guest who withdrew is no one to fetch: no "no pickup" for them; a VIP leaving by train is
    /// due a car to the station whether or not the form asked.
    @Test func aWithdrawnGuestIsNotMissedAndAVIPLeavingIsDueACar() {
        var f = Fixture()
        f.addStation()
        f.arrival(1, "2026-05-14T10:00", transfer: true)
        #expect(f.findings(.noTransport).map(\.people) == [[ID(1)]])
        f.plan.registrations.removeAll { $0.person == ID(1) }
        #expect(f.findings(.noTransport).isEmpty)
        f.signups(1...1, [])
        f.plan.people[1].vipLevel = 2
        f.departure(2, "2026-05-15T18:00")
        #expect(f.findings(.noTransport).map { "\($0.people[0].raw) \($0.details[0])" }.sorted()
            == ["1 pickup", "2 dropoff"])
    }

    @Test func companionsCountAgainstARunsSeats() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345") // a van: 6 seats
        f.run(1, vehicle: 1, "2026-05-14T14:40", [1, 2, 3, 4, 5])
        for p in 1...5 { f.arrival(p, "2026-05-14T14:20") }
        #expect(f.findings(.runOverSeats).isEmpty)
        f.arrival(3, "2026-05-14T14:20", companions: 2)
        let found = f.findings(.runOverSeats)
        #expect(found == [Finding(code: .runOverSeats, people: [1, 2, 3, 4, 5].map(ID.init), count: 7, limit: 6,
                                  runs: [ID(1)], vehicles: [ID(1)])])
        #expect(f.text(found.first) == "5月14日 14:40 德阳站→宾馆（川F·12345）坐7人（含随行与陪同），只有6个座位")
    }

    @Test func aVehicleIsBusyUntilItIsBack() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345")
        // Station → hotel takes 25 minutes: the van is back at the station at 14:50.
        f.run(1, vehicle: 1, "2026-05-14T14:00")
        f.run(2, vehicle: 1, "2026-05-14T14:50")
        #expect(f.findings(.vehicleDoubleBooked).isEmpty)
        f.plan.runs[1].depart = at("2026-05-14T14:45")
        let found = f.findings(.vehicleDoubleBooked)
        #expect(found == [Finding(code: .vehicleDoubleBooked, runs: [ID(1), ID(2)], vehicles: [ID(1)])])
        #expect(f.text(found.first) == "川F·12345同时排了两趟：5月14日 14:00 德阳站→宾馆（川F·12345）与5月14日 14:45 德阳站→宾馆（川F·12345）")
    }

    @Test func oneDriverInTwoVehiclesAtOnceIsDoubleBooked() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345", phone: "139 0000 0001")
        f.vehicle(2, "川F·67890", .coach, phone: "13900000001")
        f.vehicle(3, "川F·11111", driver: "王师傅", phone: "13900000002") // another 王师傅
        f.session(1, "2026-05-14T14:00", "2026-05-14T17:00", room: 3, kind: .siteVisit)
        f.run(1, vehicle: 1, "2026-05-14T14:00")
        f.run(2, .visit, vehicle: 2, "2026-05-14T13:30", from: ID(1), to: ID(2), session: 1)
        f.run(3, vehicle: 3, "2026-05-14T14:00")
        let found = f.findings(.vehicleDoubleBooked)
        #expect(found == [Finding(code: .vehicleDoubleBooked, runs: [ID(1), ID(2)], vehicles: [ID(1), ID(2)])])
        #expect(f.text(found.first, .en)
            == "Driver 王师傅 drives two runs at once: 14 May 14:00 德阳站→宾馆 (川F·12345) and 14 May 13:30 宾馆→基地 (川F·67890)")
    }

    @Test func aPickupThatLeavesBeforeTheFlightsPassengersAreOutIsAWarning() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345")
        // Landing 14:00, 40 minutes for luggage: out at 14:40.
        f.arrival(1, "2026-05-14T14:00", mode: .flight, number: "CA4193")
        f.run(1, vehicle: 1, "2026-05-14T14:40", [1])
        #expect(f.findings(.runBeforeArrival).isEmpty)
        f.plan.runs[0].depart = at("2026-05-14T14:30")
        let found = f.findings(.runBeforeArrival)
        #expect(found == [Finding(code: .runBeforeArrival, people: [ID(1)], count: 10, runs: [ID(1)], vehicles: [ID(1)])])
        #expect(f.text(found.first) == "人1乘CA4193于5月14日 14:00抵达德阳站，但5月14日 14:30 德阳站→宾馆（川F·12345）比其可上车时间早10分钟发车")
    }

    /// A guest put in a run from another station: the car waits where the guest is not.
    @Test func aPassengerInARunFromAnotherStationIsAnError() {
        var f = Fixture()
        f.addStation()
        f.plan.sites.append(Site(id: ID(5), key: "north", uid: "s5", name: "德阳北站"))
        f.vehicle(1, "川F·12345")
        f.arrival(1, "2026-05-14T14:00")
        f.run(1, vehicle: 1, "2026-05-14T14:20", [1])
        #expect(f.findings(.wrongHub).isEmpty)
        f.plan.runs[0].from = ID(5)
        let found = f.findings(.wrongHub)
        #expect(found == [Finding(code: .wrongHub, people: [ID(1)], details: ["pickup"], runs: [ID(1)], vehicles: [ID(1)])])
        #expect(f.text(found.first) == "人1乘G8921于5月14日 14:00抵达德阳站，但所在车次5月14日 14:20 德阳北站→宾馆（川F·12345）不从该站出发")
    }

    /// A month mistyped in the 回执 (6月13日 for 5月13日): an arrival 29 days after the event's
    /// last day (15 May) is told, with the way it concerns.
    @Test func anArrivalWeeksAfterTheEventIsAWarning() {
        var f = Fixture()
        f.addStation()
        f.arrival(1, "2026-06-13T14:20")
        #expect(f.findings(.tripOutsideEvent)
            == [Finding(code: .tripOutsideEvent, people: [ID(1)], count: 29, limit: 3, details: ["arrival"])])
    }

    /// Three days before the first day is a delegation come early, not a typo; four is told.
    @Test func theMarginIsThreeDays() {
        var f = Fixture()
        f.addStation()
        f.arrival(1, "2026-05-11T14:20")
        f.departure(1, "2026-05-19T09:00")
        #expect(f.findings(.tripOutsideEvent).map { $0.details + ["\($0.count)"] } == [["departure", "4"]])
    }

    @Test func waitingMoreThanAnHourForAPickupIsAWarning() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345")
        f.arrival(1, "2026-05-14T13:00") // out of the station at 13:15
        f.run(1, vehicle: 1, "2026-05-14T14:15", [1])
        #expect(f.findings(.longWait).isEmpty)
        f.plan.runs[0].depart = at("2026-05-14T14:20")
        let found = f.findings(.longWait)
        #expect(found == [Finding(code: .longWait, people: [ID(1)], count: 65, limit: 60, runs: [ID(1)], vehicles: [ID(1)])])
        #expect(f.text(found.first) == "人1乘G8921于5月14日 13:00抵达德阳站，要等65分钟才坐上5月14日 14:20 德阳站→宾馆（川F·12345）")
    }

    @Test func waitingMoreThanAnHourAtTheStationAfterADropOffIsAWarning() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345")
        // The train leaves 16:00, its gate 30 minutes before; the hotel is 25 minutes away.
        f.departure(1, "2026-05-14T16:00")
        f.run(1, .dropoff, vehicle: 1, "2026-05-14T14:25", [1], from: ID(1), to: Fixture.station)
        #expect(f.findings(.longWait).isEmpty) // at the station 14:50, gate 15:30: 40 min
        f.plan.runs[0].depart = at("2026-05-14T14:04")
        #expect(f.findings(.longWait) == [Finding(code: .longWait, people: [ID(1)], count: 61, limit: 60, runs: [ID(1)],
                                                  vehicles: [ID(1)])])
    }

    @Test func aVIPArrivingWithNoCarAndAGuestWhoAskedAndHasNoRunAreWarnings() {
        var f = Fixture()
        f.addStation()
        f.plan.people[0].vipLevel = 1
        f.plan.people[1].vipLevel = 2
        f.arrival(1, "2026-05-14T14:00")
        f.arrival(2, "2026-05-14T14:00")
        f.departure(3, "2026-05-15T14:00", transfer: true)
        let found = f.findings(.noTransport)
        #expect(Set(found) == [Finding(code: .noTransport, people: [ID(2)], details: ["pickup"]),
                               Finding(code: .noTransport, people: [ID(3)], details: ["dropoff"])])
        #expect(found.map { f.text($0) }.sorted() == ["人2乘G8921于5月14日 14:00抵达德阳站，没有安排接站",
                                                       "人3乘G8922于5月15日 14:00从德阳站返程，要求送站但没有安排"])
        f.vehicle(1, "川F·12345")
        f.run(1, vehicle: 1, "2026-05-14T14:20", [2])
        f.run(2, .dropoff, vehicle: 1, "2026-05-15T12:30", [3], from: ID(1), to: Fixture.station)
        #expect(f.findings(.noTransport).isEmpty)
    }

    @Test func aSiteVisitWhoseBusesSeatFewerThanSignedUpIsAWarning() {
        var f = Fixture()
        f.vehicle(1, "川F·12345") // 6 seats
        f.session(1, "2026-05-14T14:00", "2026-05-14T17:00", room: 3, kind: .siteVisit)
        f.signups(1...7, [1])
        #expect(f.findings(.visitShortOfSeats).isEmpty) // no bus yet: maybe on foot
        f.run(1, .visit, vehicle: 1, "2026-05-14T13:20", from: ID(1), to: ID(2), session: 1)
        let found = f.findings(.visitShortOfSeats)
        #expect(found == [Finding(code: .visitShortOfSeats, sessions: [ID(1)], rooms: [ID(3)], count: 7, limit: 6,
                                  runs: [ID(1)], vehicles: [ID(1)])])
        #expect(f.text(found.first) == "「会议1」报名7人，车辆只有6个座位：5月14日 13:20 宾馆→基地（川F·12345）")
        f.vehicle(2, "川F·67890", .car)
        f.run(2, .visit, vehicle: 2, "2026-05-14T13:20", from: ID(1), to: ID(2), session: 1)
        #expect(f.findings(.visitShortOfSeats).isEmpty)
    }

    @Test func transportFindingsHaveKeysOfTheirOwnAndOldKeysStay() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345")
        f.signups(1...1, [])
        f.run(1, vehicle: 1, "2026-05-14T14:00", [1])
        f.run(2, vehicle: 1, "2026-05-14T14:10", [1])
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.session(2, "2026-05-14T09:30", "2026-05-14T10:30")
        let identity = FindingIdentity(plan: f.plan)
        let keys = ConflictEngine.check(f.plan).map(identity.key).sorted()
        #expect(keys == ["room-overlap|s1,s2||r1", "vehicle-double-booked||||r1,r2|v1"])
    }

    @Test func aFullCarIsLeftToTheRunsByTheRepair() {
        var f = Fixture()
        f.addStation()
        f.vehicle(1, "川F·12345", .car) // 4 seats
        f.run(1, vehicle: 1, "2026-05-14T14:40", [1, 2, 3, 4, 5])
        let solved = ConflictEngine(f.plan).solve()
        #expect(solved.moves.isEmpty)
        #expect(solved.unresolved.map(\.reason) == [.notAboutPlace])
    }

    @Test func theRepairMovesATalkToWhenItsSpeakerIsThere() {
        var f = Fixture()
        f.addStation()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.role(1, 1)
        f.arrival(1, "2026-05-14T09:30") // at the hall 10:10
        let solved = ConflictEngine(f.plan).solve()
        #expect(solved.cleared.map(\.code) == [.lateArrival] && solved.after.errors == 0)
        // The first hour on the repair's grid after 10:10, in the same room.
        #expect(solved.moves.map { "\($0.session) \($0.to.room!) \($0.to.start!)" } == ["#1 #1 2026-05-14T11:00"])
    }
}
