/// The transport part of a plan as the conflict engine keeps it. Journeys are few (the guests
/// and speakers who travel, not the 100,000 attendees), so they are kept by person slot in a
/// dictionary, and an edit to sessions or people looks only at those who have one.
struct TransportState {
    /// Journeys by person slot: only these people have transport findings of their own.
    var trips: [Int32: Trip] = [:]
    var vehicles: [ID<Vehicle>: Vehicle] = [:]
    var runs: [ID<Run>: Run] = [:]
    /// By id, not by vehicle record: a run keeps its vehicle's id while the vehicle is deleted
    /// and put back by an undo.
    var runsOfVehicle: [ID<Vehicle>: Set<ID<Run>>] = [:]
    /// The buses of a site visit, by session id (a session deleted and restored keeps them).
    var runsOfSession: [ID<Session>: Set<ID<Run>>] = [:]
    /// Runs each person rides in, by person slot (travellers or not: their seats count).
    var rides: [Int32: Set<ID<Run>>] = [:]
    /// Vehicles by who drives them (`group(of:)`): two runs of one group at once are a clash.
    var groups: [String: Set<ID<Vehicle>>] = [:]
    /// Runs each staff member escorts: one person cannot go with two cars at once.
    var escorting: [ID<Person>: Set<ID<Run>>] = [:]
    /// A one-shot check's riders and travellers who are registered or VIPs (an editing index reads
    /// `category`).
    var expectedTravellers: Set<Int32> = []
    /// VIP levels of travellers (a one-shot check keeps no person records).
    var vip: [Int32: Int] = [:]
    /// A one-shot check's travellers: where their sign-ups are in the flat table.
    var flat: [Int32: Int] = [:]
    /// Per person slot, whether they have a journey: an array read for each of a plenary's
    /// 100,000 attendees when it moves, not a hash.
    var travelling: [Bool] = []

    mutating func setTrip(_ p: Int, _ trip: Trip?, vip: Int) {
        trips[Int32(p)] = trip
        self.vip[Int32(p)] = trip == nil ? nil : vip
        if p >= travelling.count { travelling += repeatElement(false, count: p + 1 - travelling.count) }
        travelling[p] = trip != nil
    }

    func isTravelling(_ p: Int) -> Bool { p < travelling.count && travelling[p] }

    /// Runs of the same vehicle, or of vehicles with one driver, cannot overlap; a vehicle whose
    /// driver is not known is its own group.
    static func group(of v: Vehicle) -> String {
        v.driverIdentity.map { "d:" + $0 } ?? "v:\(v.id.raw)"
    }

    mutating func setVehicle(_ id: ID<Vehicle>, _ v: Vehicle?) {
        if let old = vehicles[id] {
            let g = Self.group(of: old)
            groups[g]?.remove(id)
            if groups[g]?.isEmpty == true { groups[g] = nil }
        }
        vehicles[id] = v
        if let v { groups[Self.group(of: v), default: []].insert(id) }
    }

    /// `slot` finds the person slot of a passenger (nil: not a person of this plan).
    mutating func setRun(_ id: ID<Run>, _ run: Run?, slot: (ID<Person>) -> Int?) {
        if let old = runs[id] {
            if let v = old.vehicle { runsOfVehicle[v]?.remove(id) }
            if let s = old.session { runsOfSession[s]?.remove(id) }
            for p in old.passengers { if let p = slot(p) { rides[Int32(p)]?.remove(id) } }
            if let e = old.escort {
                escorting[e]?.remove(id)
                if escorting[e]?.isEmpty == true { escorting[e] = nil }
            }
        }
        runs[id] = run
        guard let run else { return }
        if let v = run.vehicle { runsOfVehicle[v, default: []].insert(id) }
        if let s = run.session { runsOfSession[s, default: []].insert(id) }
        for p in run.passengers { if let p = slot(p) { rides[Int32(p), default: []].insert(id) } }
        if let e = run.escort { escorting[e, default: []].insert(id) }
    }

    /// Runs sorted, so findings and the plan given back do not depend on hashing.
    func sortedRuns(of p: Int) -> [ID<Run>] { (rides[Int32(p)] ?? []).sorted() }
}

/// Waiting longer than this between being ready and the run leaving is worth a warning.
let longWaitMinutes = 60

/// VIPs at or above this level are expected to have a car waiting.
let transportVIPLevel = 2

extension PlanIndex {
    /// Minutes from a site to another: 0 within one.
    func siteTravel(_ a: ID<Site>, _ b: ID<Site>) -> Int {
        a == b ? 0 : travelMinutes(siteSlot[a] ?? -1, siteSlot[b] ?? -1)
    }

    /// Minutes between a hub and a session's site; 0 when either is not known (the finding then
    /// counts only what is certain).
    func hubTravel(_ hub: ID<Site>?, _ s: Int) -> Int {
        guard let hub, roomOf[s] >= 0 else { return 0 }
        let site = roomSite[Int(roomOf[s])]
        guard let h = siteSlot[hub] else { return event.defaultTravelMinutes }
        return h == site ? 0 : travelMinutes(h, site)
    }

    /// Whether a person's journey lets them hold a role at `start..<end` in room slot `room`: there
    /// after arriving and getting from the hub, gone only after it and the way back (the same sums
    /// as late-arrival and early-departure), so the repair moves a talk to a time its speaker makes.
    func journeyAllows(_ p: Int, start: Int, end: Int, room: Int) -> Bool {
        guard transport.isTravelling(p), let trip = transport.trips[Int32(p)] else { return true }
        func travel(_ hub: ID<Site>?) -> Int {
            guard let hub else { return 0 }
            guard let h = siteSlot[hub] else { return event.defaultTravelMinutes }
            return h == roomSite[room] ? 0 : travelMinutes(h, roomSite[room])
        }
        if let leg = trip.arrival, let t = leg.time, t.minutes + leg.mode.collectMinutes + travel(leg.hub) > start {
            return false
        }
        if let leg = trip.departure, let t = leg.time, end + travel(leg.hub) + leg.mode.boardingMinutes > t.minutes {
            return false
        }
        return true
    }

    /// When a run's vehicle is busy, in minutes: until it is back where it left from.
    func occupancy(_ run: Run) -> (start: Int, end: Int) {
        (run.depart.minutes, run.depart.minutes + 2 * siteTravel(run.from, run.to))
    }

    func roomIDs(of s: Int) -> [ID<Room>] { roomOf[s] >= 0 ? [rooms[Int(roomOf[s])].id] : [] }

    /// The sessions a person signed up for (slots), from either form the index keeps them in.
    func signedUp(_ p: Int) -> ArraySlice<Int32> {
        if editable { return signups[p][...] }
        guard let k = transport.flat[Int32(p)] else { return [] }
        return flatSessions[Int(flatStart[k])..<Int(flatStart[k + 1])]
    }

    /// The earliest of some sessions by start (then end, then id), timed ones only.
    func first(_ list: some Sequence<Int32>) -> Int? {
        var best: Int?
        for s32 in list where timed[Int(s32)] {
            let s = Int(s32)
            if let b = best, (start[b], end[b], sessions[b]!.id) <= (start[s], end[s], sessions[s]!.id) { continue }
            best = s
        }
        return best
    }

    /// The latest to end (then latest start, then id), timed ones only.
    func last(_ list: some Sequence<Int32>) -> Int? {
        var best: Int?
        for s32 in list where timed[Int(s32)] {
            let s = Int(s32)
            if let b = best, (end[b], start[b], sessions[b]!.id) >= (end[s], start[s], sessions[s]!.id) { continue }
            best = s
        }
        return best
    }

    // MARK: one traveller

    /// Findings about one person's journey: arriving late, leaving early, their runs' times,
    /// and a transfer nobody gives them.
    func travellerFindings(_ p: Int) -> [Finding] {
        guard let trip = transport.trips[Int32(p)], let pid = personID[p] else { return [] }
        // A guest who withdrew is no one to fetch: only a run still carrying them is told (by the run).
        guard takesPart(p) else { return [] }
        var out: [Finding] = []
        let who = [pid]
        // A date weeks off the event is a form's typo more often than a journey: told, and the
        // other findings still computed from it as written.
        for (leg, way) in [(trip.arrival, "arrival"), (trip.departure, "departure")] {
            guard let time = leg?.time, event.isFarFrom(time) else { continue }
            out.append(Finding(code: .tripOutsideEvent, people: who, count: event.daysOutside(time),
                               limit: journeyDaysAroundEvent, details: [way]))
        }
        if let leg = trip.arrival, let time = leg.time {
            let ready = time.minutes + leg.mode.collectMinutes
            // A role is a commitment; an attendee missing the start of a session is told gently,
            // and only when no role of theirs is missed already.
            var late: Finding?
            for (list, severity) in [(Array(roleSessions[p]), Severity.error), (Array(signedUp(p)), .warning)] {
                guard late == nil, let s = first(list) else { continue }
                let need = hubTravel(leg.hub, s)
                if ready + need > start[s] {
                    late = Finding(code: .lateArrival, severity: severity, sessions: [sessions[s]!.id],
                                   rooms: roomIDs(of: s), people: who, count: ready + need - start[s],
                                   limit: leg.mode.collectMinutes + need)
                }
            }
            if let late { out.append(late) }
        }
        if let leg = trip.departure, let time = leg.time, let s = last(roleSessions[p]) {
            let need = hubTravel(leg.hub, s) + leg.mode.boardingMinutes
            if end[s] + need > time.minutes {
                out.append(Finding(code: .earlyDeparture, sessions: [sessions[s]!.id], rooms: roomIDs(of: s),
                                   people: who, count: end[s] + need - time.minutes, limit: need))
            }
        }
        var fetched = false, taken = false
        for id in transport.sortedRuns(of: p) {
            guard let run = transport.runs[id] else { continue }
            let vehicles = run.vehicle.map { [$0] } ?? []
            switch run.kind {
            case .pickup:
                fetched = true
                if let hub = trip.arrival?.hub, hub != run.from {
                    out.append(Finding(code: .wrongHub, people: who, details: [RunKind.pickup.rawValue], runs: [id],
                                       vehicles: vehicles))
                }
                guard let leg = trip.arrival, let time = leg.time else { continue }
                let ready = time.minutes + leg.mode.collectMinutes, depart = run.depart.minutes
                if depart < ready {
                    out.append(Finding(code: .runBeforeArrival, people: who, count: ready - depart,
                                       runs: [id], vehicles: vehicles))
                } else if depart - ready > longWaitMinutes {
                    out.append(Finding(code: .longWait, people: who, count: depart - ready, limit: longWaitMinutes,
                                       runs: [id], vehicles: vehicles))
                }
            case .dropoff:
                taken = true
                if let hub = trip.departure?.hub, hub != run.to {
                    out.append(Finding(code: .wrongHub, people: who, details: [RunKind.dropoff.rawValue], runs: [id],
                                       vehicles: vehicles))
                }
                // Taken to the hub, the guest waits there for the gate or the check-in to open.
                guard let leg = trip.departure, let time = leg.time else { continue }
                let atHub = run.depart.minutes + siteTravel(run.from, run.to)
                let wait = time.minutes - leg.mode.boardingMinutes - atHub
                if wait > longWaitMinutes {
                    out.append(Finding(code: .longWait, people: who, count: wait, limit: longWaitMinutes,
                                       runs: [id], vehicles: vehicles))
                }
            case .visit:
                continue
            }
        }
        if let leg = trip.arrival, !fetched {
            if isVIPLeg(p, leg) || leg.wantsTransfer {
                out.append(Finding(code: .noTransport, people: who, details: [RunKind.pickup.rawValue]))
            }
        }
        if let leg = trip.departure, !taken, leg.wantsTransfer || isVIPLeg(p, leg) {
            out.append(Finding(code: .noTransport, people: who, details: [RunKind.dropoff.rawValue]))
        }
        return out
    }

    /// A VIP coming or leaving by train or plane through a known hub: due a car whether or not
    /// the form asked.
    func isVIPLeg(_ p: Int, _ leg: TripLeg) -> Bool {
        (transport.vip[Int32(p)] ?? 0) >= transportVIPLevel && leg.hub != nil
            && (leg.mode == .flight || leg.mode == .train)
    }

    // MARK: one run

    /// Whether someone is still expected: registered, holding a role, or a VIP.
    func takesPart(_ p: Int) -> Bool {
        if !roleSessions[p].isEmpty { return true }
        guard editable else { return transport.expectedTravellers.contains(Int32(p)) }
        return (p < category.count && category[p] != nil) || (people[p]?.vipLevel ?? 0) > 0
    }

    /// A run with more people (companions and the escort counted) than its vehicle has seats, a
    /// run outside the hours the car company gives its vehicle, and passengers no longer coming.
    func runFindings(_ id: ID<Run>) -> [Finding] {
        guard let run = transport.runs[id] else { return [] }
        var out: [Finding] = []
        let gone = run.passengers.filter { personSlot[$0].map { !takesPart($0) } ?? false }
        if !gone.isEmpty {
            out.append(Finding(code: .passengerNotComing, people: gone, count: gone.count, runs: [id],
                               vehicles: run.vehicle.map { [$0] } ?? []))
        }
        if run.kind != .visit && run.passengers.isEmpty {
            // A driver sent out for nobody: a guest deleted or moved, the run left behind.
            out.append(Finding(code: .emptyRun, runs: [id], vehicles: run.vehicle.map { [$0] } ?? []))
        }
        guard let v = run.vehicle, let vehicle = transport.vehicles[v] else {
            if !run.passengers.isEmpty {
                out.append(Finding(code: .runWithoutVehicle, people: run.passengers.filter { personSlot[$0] != nil },
                                   runs: [id]))
            }
            return out
        }
        var taken = run.escort == nil ? 0 : 1
        for p in run.passengers {
            taken += personSlot[p].flatMap { transport.trips[Int32($0)] }?.seats ?? 1
        }
        if taken > vehicle.seats {
            out.append(Finding(code: .runOverSeats, people: run.passengers.filter { personSlot[$0] != nil },
                               count: taken, limit: vehicle.seats, runs: [id], vehicles: [v]))
        }
        let busy = occupancy(run)
        if !vehicle.isAvailable(from: busy.start, to: busy.end) {
            out.append(Finding(code: .vehicleUnavailable, runs: [id], vehicles: [v]))
        }
        return out
    }

    // MARK: one escort

    /// Every two runs one staff member escorts that keep them busy at once.
    func escortFindings(_ person: ID<Person>) -> [Finding] {
        let list = (transport.escorting[person] ?? []).compactMap { id in transport.runs[id].map { (id, $0) } }
            .sorted { ($0.1.depart, $0.0) < ($1.1.depart, $1.0) }
        var out: [Finding] = []
        for i in list.indices {
            for j in (i + 1)..<list.count where !canFollow(list[i].1, list[j].1) {
                out.append(Finding(code: .escortDoubleBooked, people: [person], runs: [list[i].0, list[j].0]))
            }
        }
        return out
    }

    // MARK: one driver

    /// Whether a vehicle (or a driver, or an escort) that makes run `a` can make `b`, leaving no
    /// earlier: it reaches `a`'s destination and drives from there to where `b` leaves from.
    func canFollow(_ a: Run, _ b: Run) -> Bool {
        a.depart.minutes + siteTravel(a.from, a.to) + siteTravel(a.to, b.from) <= b.depart.minutes
    }

    /// Every two runs of one vehicle, or of one driver's vehicles, that one cannot drive both:
    /// at once, or too close for the drive between them.
    func groupFindings(_ group: String) -> [Finding] {
        guard let members = transport.groups[group] else { return [] }
        var list: [(run: Run, vehicle: ID<Vehicle>)] = []
        for v in members {
            for id in transport.runsOfVehicle[v] ?? [] {
                guard let run = transport.runs[id] else { continue }
                list.append((run, v))
            }
        }
        list.sort { ($0.run.depart, $0.run.id) < ($1.run.depart, $1.run.id) }
        var out: [Finding] = []
        for i in list.indices {
            for j in (i + 1)..<list.count {
                let a = list[i], b = list[j]
                guard !canFollow(a.run, b.run) else { continue }
                let (x, y) = a.run.id < b.run.id ? (a, b) : (b, a)
                out.append(Finding(code: .vehicleDoubleBooked, runs: [x.run.id, y.run.id],
                                   vehicles: x.vehicle == y.vehicle ? [x.vehicle] : [x.vehicle, y.vehicle]))
            }
        }
        return out
    }

    // MARK: a site visit

    /// A site visit whose buses seat fewer than signed up; a visit with no bus at all is not
    /// told (it may be on foot, or not planned yet).
    func visitFindings(_ s: Int) -> [Finding] {
        guard let session = sessions[s], session.kind == .siteVisit, signupCount[s] > 0,
            let runs = transport.runsOfSession[session.id], !runs.isEmpty
        else { return [] }
        var seats = 0
        for id in runs {
            if let v = transport.runs[id]?.vehicle, let vehicle = transport.vehicles[v] { seats += vehicle.seats }
        }
        guard seats < signupCount[s] else { return [] }
        let ids = runs.sorted()
        return [Finding(code: .visitShortOfSeats, sessions: [session.id], rooms: roomIDs(of: s),
                        count: signupCount[s], limit: seats, runs: ids,
                        vehicles: ids.compactMap { transport.runs[$0]?.vehicle })]
    }

    // MARK: keeping it

    /// Takes in the plan's journeys, vehicles and runs (people are in the index already).
    mutating func loadTransport(_ plan: EventPlan) {
        for v in plan.vehicles { transport.setVehicle(v.id, v) }
        let slots = personSlot
        for r in plan.runs { transport.setRun(r.id, r, slot: { slots[$0] }) }
        for t in plan.trips {
            guard let p = personSlot[t.person] else { continue }
            // Slots are given in the plan's order, so the slot is the row.
            transport.setTrip(p, t, vip: p < plan.people.count ? plan.people[p].vipLevel : 0)
        }
        if !editable && !(transport.rides.isEmpty && transport.trips.isEmpty) {
            // Riders and travellers only: a one-shot check reads no 100,000 categories.
            func concerned(_ p: Int) -> Bool { transport.rides[Int32(p)] != nil || transport.trips[Int32(p)] != nil }
            for reg in plan.registrations {
                if let p = personSlot[reg.person], concerned(p) { transport.expectedTravellers.insert(Int32(p)) }
            }
            for (p, person) in plan.people.enumerated() where person.vipLevel > 0 && concerned(p) {
                transport.expectedTravellers.insert(Int32(p))
            }
        }
        // A one-shot check of an event nobody travels to skips the walk over its 100,000 attendees.
        if !editable && !transport.trips.isEmpty {
            for k in flatPerson.indices where transport.isTravelling(Int(flatPerson[k])) {
                transport.flat[flatPerson[k]] = k
            }
        }
    }

    /// Travellers among some people (slots).
    func travellers(_ slots: some Sequence<Int32>) -> [Int] {
        var out: [Int] = []
        for p in slots where transport.isTravelling(Int(p)) { out.append(Int(p)) }
        return out
    }

    /// Travellers among a session's role holders and attendees: their first or last commitment
    /// may be this session.
    func travellers(of s: Int) -> [Int] {
        guard !transport.trips.isEmpty else { return [] }
        return travellers(holders[s].map(\.person)) + travellers(attendees[s])
    }
}
