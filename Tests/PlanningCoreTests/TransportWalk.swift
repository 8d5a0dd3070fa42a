@testable import PlanningCore

/// Random journeys, vehicles and runs for the engine's random walks: few vehicles and drivers,
/// so runs often clash; times around the event, so people arrive late and leave early.
struct TransportMaker {
    /// Fresh ids far from the plan's and the other makers'.
    var next = 300_000
    static let drivers: [(String, String)] = [("王师傅", "13900000001"), ("王师傅", "13900000002"), ("李师傅", ""), ("", "")]

    mutating func fresh() -> Int { next += 1; return next }

    static func time(_ plan: EventPlan, _ rng: inout SeededRandom) -> LocalDateTime {
        // Now and then a month off, as a mistyped 回执 gives: trip-outside-event.
        let far = rng.next() % 16 == 0 ? (rng.next() % 2 == 0 ? 30 : -31) : 0
        let day = plan.event.firstDay.adding(days: Int(rng.next() % UInt64(plan.event.days.count + 1)) - 1 + far)
        return LocalDateTime(date: day, hour: 6).adding(minutes: Int(rng.next() % 64) * 15)
    }

    static func hub(_ plan: EventPlan, _ rng: inout SeededRandom) -> ID<Site>? {
        // Mostly the station, when it is still there.
        if let s = plan.sites.first(where: { $0.name == "德阳站" }), rng.next() % 4 != 0 { return s.id }
        return rng.next() % 8 == 0 ? nil : plan.sites.randomElement(using: &rng)?.id
    }

    static func leg(_ plan: EventPlan, _ rng: inout SeededRandom) -> TripLeg? {
        guard rng.next() % 5 != 0 else { return nil }
        let mode = TravelMode.allCases[Int(rng.next() % 4)]
        return TripLeg(mode: mode, number: mode == .flight ? "CA4193" : "G8921", hub: hub(plan, &rng),
                       time: rng.next() % 10 == 0 ? nil : time(plan, &rng), wantsTransfer: rng.next() % 2 == 0)
    }

    /// A journey for someone, or none (cleared).
    func trip(_ plan: EventPlan, _ rng: inout SeededRandom) -> (ID<Person>, Trip?)? {
        guard let p = plan.people.randomElement(using: &rng) else { return nil }
        guard rng.next() % 7 != 0 else { return (p.id, nil) }
        return (p.id, Trip(person: p.id, arrival: Self.leg(plan, &rng), departure: Self.leg(plan, &rng),
                           companions: Int(rng.next() % 4)))
    }

    mutating func vehicle(_ plan: EventPlan, _ rng: inout SeededRandom) -> Vehicle {
        let id = plan.vehicles.isEmpty || rng.next() % 3 == 0 ? fresh() : plan.vehicles.randomElement(using: &rng)!.id.raw
        let kind = VehicleKind.allCases[Int(rng.next() % 4)]
        let (driver, phone) = Self.drivers[Int(rng.next() % UInt64(Self.drivers.count))]
        // Now and then hired for some hours only, so runs fall outside them.
        // (From the id, not the generator: the walks' other draws stay as they were.)
        let morning = LocalDateTime(date: plan.event.firstDay, hour: 8)
        let hours = id % 3 == 0 ? [TimeWindow(start: morning, end: morning.adding(minutes: 240))] : []
        return Vehicle(id: ID(id), key: "v\(id)", uid: "v\(id)", plate: "川F·\(id)", kind: kind,
                       seats: rng.next() % 2 == 0 ? nil : 1 + Int(rng.next() % 8), driver: driver, driverPhone: phone,
                       availability: hours)
    }

    mutating func run(_ plan: EventPlan, _ rng: inout SeededRandom) -> Run? {
        guard plan.sites.count >= 2 else { return nil }
        let id = plan.runs.isEmpty || rng.next() % 3 == 0 ? fresh() : plan.runs.randomElement(using: &rng)!.id.raw
        let kind = RunKind.allCases[Int(rng.next() % 3)]
        let hub = Self.hub(plan, &rng) ?? plan.sites[0].id
        let site = plan.sites.randomElement(using: &rng)!.id
        // People who travel, mostly: they are the ones whose runs can be early or late.
        var passengers: [ID<Person>] = []
        for _ in 0..<Int(rng.next() % 7) {
            let p = rng.next() % 4 != 0 ? plan.trips.randomElement(using: &rng)?.person
                : plan.people.randomElement(using: &rng)?.id
            if let p, !passengers.contains(p) { passengers.append(p) }
        }
        let visits = plan.sessions.filter { $0.kind == .siteVisit }
        let session = kind == .visit ? (visits.randomElement(using: &rng) ?? plan.sessions.randomElement(using: &rng))?.id
            : nil
        return Run(id: ID(id), key: "r\(id)", uid: "r\(id)", kind: kind,
                   vehicle: rng.next() % 8 == 0 ? nil : plan.vehicles.randomElement(using: &rng)?.id,
                   from: kind == .dropoff ? site : hub, to: kind == .dropoff ? hub : site,
                   depart: Self.time(plan, &rng), passengers: passengers,
                   // A few staff escort, so that one of them now and then goes with two runs at once.
                   escort: rng.next() % 3 == 0 ? plan.people.prefix(3).randomElement(using: &rng)?.id : nil,
                   session: session)
    }

    /// A plan's starting transport: a station, journeys for a third of the people, four vehicles
    /// (two of one driver), a dozen runs, and two sessions turned into site visits.
    mutating func populate(_ plan: inout EventPlan, seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let station = fresh()
        plan.sites.append(Site(id: ID(station), key: "station", uid: "station", name: "德阳站"))
        for s in plan.sites where s.id != ID(station) {
            plan.travel.append(TravelTime(from: ID(station), to: s.id, minutes: 15 + Int(rng.next() % 40)))
        }
        // Not the meals and breaks: the walks need them for the findings about held times.
        for i in plan.sessions.indices where i % 17 == 3 && !plan.sessions[i].kind.holdsItsTime {
            plan.sessions[i].kind = .siteVisit
        }
        for _ in 0..<plan.people.count / 3 {
            if case let (id, trip?)? = trip(plan, &rng), !plan.trips.contains(where: { $0.person == id }) {
                plan.trips.append(trip)
            }
        }
        for _ in 0..<4 {
            let v = vehicle(plan, &rng)
            if !plan.vehicles.contains(where: { $0.id == v.id }) { plan.vehicles.append(v) }
        }
        for _ in 0..<12 {
            if let r = run(plan, &rng), !plan.runs.contains(where: { $0.id == r.id }) { plan.runs.append(r) }
        }
    }

    /// A change to a journey, a vehicle or a run, as the transport pane makes it.
    mutating func change(_ plan: EventPlan, _ rng: inout SeededRandom) -> Change? {
        switch rng.next() % 3 {
        case 0:
            guard let (person, trip) = trip(plan, &rng) else { return nil }
            let before = plan.trips.first { $0.person == person }
            return before == nil && trip == nil ? nil : .trip(before: before, after: trip)
        case 1:
            if rng.next() % 5 == 0, let v = plan.vehicles.randomElement(using: &rng) {
                return .vehicle(before: plan.record(of: v.id), after: nil)
            }
            let v = vehicle(plan, &rng)
            return .vehicle(before: plan.record(of: v.id), after: VehicleRecord(vehicle: v))
        default:
            if rng.next() % 5 == 0, let r = plan.runs.randomElement(using: &rng) { return .run(before: r, after: nil) }
            guard let r = run(plan, &rng) else { return nil }
            return .run(before: plan.runs.first { $0.id == r.id }, after: r)
        }
    }

    /// The same as a bare edit, as imports and tests may hand the engine.
    mutating func edit(_ plan: EventPlan, _ rng: inout SeededRandom) -> PlanEdit? {
        switch rng.next() % 3 {
        case 0:
            return trip(plan, &rng).map { .setTrip(person: $0.0, $0.1) }
        case 1:
            if rng.next() % 5 == 0, let v = plan.vehicles.randomElement(using: &rng) { return .setVehicle(v.id, nil) }
            let v = vehicle(plan, &rng)
            return .setVehicle(v.id, v)
        default:
            if rng.next() % 5 == 0, let r = plan.runs.randomElement(using: &rng) { return .setRun(r.id, nil) }
            return run(plan, &rng).map { .setRun($0.id, $0) }
        }
    }
}
