import PlanningCore

/// Journeys, vehicles and runs (接送站): read with the event, written by changes and whole loads.
/// A handful of thousand rows at most, so a change re-reads them whole (see `LoggedRows.transport`).
extension Store {
    static let tripColumns = """
        t.person_id, t.companions, t.stay_site, t.arrival_mode, t.arrival_number, t.arrival_hub, t.arrival_time,
        t.arrival_transfer, t.departure_mode, t.departure_number, t.departure_hub, t.departure_time,
        t.departure_transfer
        """

    func trip(from s: Statement) -> Trip {
        func leg(_ at: Int) -> TripLeg? {
            // A leg is stored when its mode is: a leg with no mode was never given.
            guard let mode = s.optionalText(at) else { return nil }
            return TripLeg(
                mode: TravelMode(rawValue: mode) ?? .train, number: s.text(at + 1),
                hub: s.optionalInt(at + 2).map(ID.init),
                time: s.optionalText(at + 3).flatMap { LocalDateTime(iso: $0) }, wantsTransfer: s.int(at + 4) != 0)
        }
        return Trip(
            person: ID(s.int(0)), arrival: leg(3), departure: leg(8), companions: s.int(1),
            stay: s.optionalInt(2).map(ID.init))
    }

    func readTrips(_ event: ID<Event>) throws -> [Trip] {
        let s = try db.prepared("""
            SELECT \(Store.tripColumns) FROM trips t JOIN people p ON p.id = t.person_id
            WHERE p.event_id = ? ORDER BY t.person_id
            """).bind([event.raw])
        var out: [Trip] = []
        while try s.step() { out.append(trip(from: s)) }
        return out
    }

    func currentTrip(_ person: ID<Person>) throws -> Trip? {
        let s = try db.prepared("SELECT \(Store.tripColumns) FROM trips t WHERE t.person_id = ?").bind([person.raw])
        defer { s.reset() }
        return try s.step() ? trip(from: s) : nil
    }

    /// Replaces a person's journey (nil: removes it).
    func writeTrip(person: Int, _ trip: Trip?) throws {
        try db.prepared("DELETE FROM trips WHERE person_id = ?").run(person)
        guard let t = trip else { return }
        let a = t.arrival, d = t.departure
        try db.prepared("""
            INSERT INTO trips (person_id, companions, stay_site, arrival_mode, arrival_number, arrival_hub,
                               arrival_time, arrival_transfer, departure_mode, departure_number, departure_hub,
                               departure_time, departure_transfer)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).run(
            person, t.companions, t.stay?.raw, a?.mode.rawValue, a?.number ?? "", a?.hub?.raw, a?.time?.description,
            a?.wantsTransfer ?? false, d?.mode.rawValue, d?.number ?? "", d?.hub?.raw, d?.time?.description,
            d?.wantsTransfer ?? false)
    }

    static let vehicleColumns = "id, key, uid, plate, kind, seats, driver, driver_phone, availability, notes"

    func vehicle(from s: Statement) -> Vehicle {
        Vehicle(
            id: ID(s.int(0)), key: s.text(1), uid: s.text(2), plate: s.text(3),
            kind: VehicleKind(rawValue: s.text(4)) ?? .car, seats: s.int(5), driver: s.text(6), driverPhone: s.text(7),
            availability: ListColumn.decodeWindows(s.text(8)), notes: s.text(9))
    }

    func currentVehicle(_ id: ID<Vehicle>) throws -> Vehicle? {
        let s = try db.prepared("SELECT \(Store.vehicleColumns) FROM vehicles WHERE id = ?").bind([id.raw])
        defer { s.reset() }
        return try s.step() ? vehicle(from: s) : nil
    }

    /// Inserts with the given row id, or a new one when it is 0. Returns the row id.
    func insertRow(_ v: Vehicle, event: Int) throws -> Int {
        try db.prepared("""
            INSERT INTO vehicles (id, event_id, key, uid, plate, kind, seats, driver, driver_phone, availability, notes)
            VALUES (?,?,?,?,?,?,?,?,?,?,?)
            """).run(
            v.id.raw == 0 ? nil : v.id.raw, event, v.key, v.uid, v.plate, v.kind.rawValue, v.seats, v.driver,
            v.driverPhone, ListColumn.encode(v.availability), v.notes)
        return db.lastInsertRowID
    }

    func updateRow(_ v: Vehicle) throws {
        try db.prepared("""
            UPDATE vehicles SET key = ?, plate = ?, kind = ?, seats = ?, driver = ?, driver_phone = ?,
                availability = ?, notes = ? WHERE id = ?
            """).run(
            v.key, v.plate, v.kind.rawValue, v.seats, v.driver, v.driverPhone, ListColumn.encode(v.availability),
            v.notes, v.id.raw)
    }

    static let runColumns = "id, key, uid, kind, vehicle_id, from_site, to_site, depart, escort_id, session_id, notes"

    /// A run without its passengers (`readPassengers` adds them).
    func run(from s: Statement) -> Run {
        Run(
            id: ID(s.int(0)), key: s.text(1), uid: s.text(2), kind: RunKind(rawValue: s.text(3)) ?? .pickup,
            vehicle: s.optionalInt(4).map(ID.init), from: ID(s.int(5)), to: ID(s.int(6)),
            depart: LocalDateTime(iso: s.text(7)) ?? LocalDateTime(minutes: 0), escort: s.optionalInt(8).map(ID.init),
            session: s.optionalInt(9).map(ID.init), notes: s.text(10))
    }

    func currentRun(_ id: ID<Run>) throws -> Run? {
        let s = try db.prepared("SELECT \(Store.runColumns) FROM runs WHERE id = ?").bind([id.raw])
        guard try s.step() else {
            s.reset()
            return nil
        }
        var r = run(from: s)
        s.reset()
        r.passengers = try passengers(of: r.id.raw)
        return r
    }

    private func passengers(of run: Int) throws -> [ID<Person>] {
        let s = try db.prepared("SELECT person_id FROM run_passengers WHERE run_id = ? ORDER BY position").bind([run])
        var out: [ID<Person>] = []
        while try s.step() { out.append(ID(s.int(0))) }
        return out
    }

    func insertRow(_ r: Run, event: Int) throws -> Int {
        // The planner numbers new runs after its own event's; another event in this database may
        // hold that number already: then the database gives one (the written change carries it).
        var taken = false
        if r.id.raw != 0 { taken = try db.scalarInt("SELECT count(*) FROM runs WHERE id = ?", r.id.raw) ?? 0 > 0 }
        try db.prepared("""
            INSERT INTO runs (id, event_id, key, uid, kind, vehicle_id, from_site, to_site, depart, escort_id,
                              session_id, notes)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
            """).run(
            r.id.raw == 0 || taken ? nil : r.id.raw, event, r.key, r.uid, r.kind.rawValue, r.vehicle?.raw, r.from.raw,
            r.to.raw,
            r.depart.description, r.escort?.raw, r.session?.raw, r.notes)
        let id = db.lastInsertRowID
        try writePassengers(run: id, r.passengers.map(\.raw))
        return id
    }

    func updateRow(_ r: Run) throws {
        try db.prepared("""
            UPDATE runs SET key = ?, kind = ?, vehicle_id = ?, from_site = ?, to_site = ?, depart = ?, escort_id = ?,
                session_id = ?, notes = ? WHERE id = ?
            """).run(
            r.key, r.kind.rawValue, r.vehicle?.raw, r.from.raw, r.to.raw, r.depart.description, r.escort?.raw,
            r.session?.raw, r.notes, r.id.raw)
        try writePassengers(run: r.id.raw, r.passengers.map(\.raw))
    }

    func writePassengers(run: Int, _ people: [Int]) throws {
        try db.prepared("DELETE FROM run_passengers WHERE run_id = ?").run(run)
        let insert = try db.prepared("INSERT INTO run_passengers (run_id, person_id, position) VALUES (?,?,?)")
        for (i, p) in people.enumerated() { try insert.run(run, p, i) }
    }

    /// Vehicles and runs, with the schedule (few rows; the Transport pane and the check need them).
    func readVehiclesAndRuns(into plan: inout EventPlan) throws {
        let id = plan.event.id.raw
        let vs = try db.prepared("SELECT \(Store.vehicleColumns) FROM vehicles WHERE event_id = ? ORDER BY id")
            .bind([id])
        plan.vehicles = []
        while try vs.step() { plan.vehicles.append(vehicle(from: vs)) }
        let rs = try db.prepared("SELECT \(Store.runColumns) FROM runs WHERE event_id = ? ORDER BY id").bind([id])
        plan.runs = []
        var slot: [Int: Int] = [:]
        while try rs.step() {
            slot[rs.int(0)] = plan.runs.count
            plan.runs.append(run(from: rs))
        }
        let ps = try db.prepared("""
            SELECT g.run_id, g.person_id FROM run_passengers g JOIN runs r ON r.id = g.run_id
            WHERE r.event_id = ? ORDER BY g.run_id, g.position
            """).bind([id])
        while try ps.step() {
            if let i = slot[ps.int(0)] { plan.runs[i].passengers.append(ID(ps.int(1))) }
        }
    }

    /// The event's vehicles, runs and journeys as they are now: what a colleague's transport
    /// change makes the UI read again.
    func readTransport(into plan: inout EventPlan) throws {
        try readVehiclesAndRuns(into: &plan)
        plan.trips = try readTrips(plan.event.id)
    }

    /// A whole plan's journeys, vehicles and runs, with the row ids the load gave its people,
    /// sites and sessions. Returns them with their stored ids.
    func writeTransport(
        of plan: EventPlan, event: Int, sites: [ID<Site>: Int], people: [ID<Person>: Int],
        sessions: [ID<Session>: Int]
    ) throws -> (trips: [Trip], vehicles: [Vehicle], runs: [Run]) {
        func site(_ s: ID<Site>?) -> ID<Site>? { s.flatMap { sites[$0] }.map(ID.init) }
        func person(_ p: ID<Person>) -> ID<Person> { ID(people[p] ?? p.raw) }
        var trips: [Trip] = []
        for t in plan.trips {
            var row = t
            row.person = person(t.person)
            row.stay = site(t.stay)
            row.arrival?.hub = site(t.arrival?.hub)
            row.departure?.hub = site(t.departure?.hub)
            try writeTrip(person: row.person.raw, row)
            trips.append(row)
        }
        var vehicleIDs: [ID<Vehicle>: Int] = [:]
        var vehicles: [Vehicle] = []
        for v in plan.vehicles {
            var row = v
            row.id = ID(0)
            let id = try insertRow(row, event: event)
            vehicleIDs[v.id] = id
            row.id = ID(id)
            vehicles.append(row)
        }
        var runs: [Run] = []
        for r in plan.runs {
            var row = r
            row.id = ID(0)
            row.vehicle = r.vehicle.flatMap { vehicleIDs[$0] }.map(ID.init)
            row.from = site(r.from) ?? r.from
            row.to = site(r.to) ?? r.to
            row.escort = r.escort.map(person)
            row.session = r.session.flatMap { sessions[$0] }.map(ID.init)
            row.passengers = r.passengers.map(person)
            row.id = ID(try insertRow(row, event: event))
            runs.append(row)
        }
        return (trips, vehicles, runs)
    }
}
