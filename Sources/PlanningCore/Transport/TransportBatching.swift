/// Two sites, as a key of travel minutes.
struct SitePair: Hashable {
    var a: ID<Site>
    var b: ID<Site>
    init(_ a: ID<Site>, _ b: ID<Site>) { (self.a, self.b) = (a, b) }
}

/// One planning pass: keeps the runs that still serve their passengers, fits the guests left over
/// into them where a seat and the time allow, and batches the rest into new runs.
struct PlannerWork {
    struct NeedKey: Hashable {
        var person: ID<Person>
        var kind: RunKind
    }

    let plan: EventPlan
    let options: TransportPlanOptions
    var fleet: FleetCalendar
    var needs: [NeedKey: TransferNeed] = [:]
    var order: [NeedKey] = []
    var unplanned: [UnplannedTransfer]
    var placed = Set<NeedKey>()
    /// Runs as they will stand, by id; the originals to tell what changed.
    var finals: [ID<Run>: Run] = [:]
    var originals: [Run] = []
    var added: [Run] = []
    let staff: [ID<Person>]
    /// Registered, holding a role or a VIP: anyone else is taken out of the runs.
    let coming: Set<ID<Person>>
    var escortLoad: [ID<Person>: Int] = [:]
    let seatsOf: [ID<Person>: Int]
    var nextRaw: Int
    var usedKeys: Set<String>
    var keyNumber = 0

    init(_ plan: EventPlan, options: TransportPlanOptions) {
        self.plan = plan
        self.options = options
        var travel: [SitePair: Int] = [:]
        for t in plan.travel {
            travel[SitePair(t.from, t.to)] = t.minutes
            travel[SitePair(t.to, t.from)] = t.minutes
        }
        let fallback = plan.event.defaultTravelMinutes
        fleet = FleetCalendar(plan.vehicles) { a, b in a == b ? 0 : travel[SitePair(a, b)] ?? fallback }
        coming = plan.expectedPeople
        let demand = TransferDemand(plan, vipLevel: options.vipLevel, farDates: options.farDates)
        unplanned = demand.unplanned
        for n in demand.needs {
            let k = NeedKey(person: n.person, kind: n.kind)
            needs[k] = n
            order.append(k)
        }
        seatsOf = Dictionary(plan.trips.map { ($0.person, $0.seats) }, uniquingKeysWith: { a, _ in a })
        staff = plan.registrations.filter { $0.category == "staff" }.map(\.person).sorted()
        nextRaw = (plan.runs.map(\.id.raw).max() ?? 0) + 1
        usedKeys = Set(plan.runs.map(\.key))
        // Staff are not asked to escort while they have a part or a seat in a session.
        for (person, list) in TransferDemand.lastCommitments(plan, among: Set(staff)) {
            for c in list { fleet.busy(person, c.start, c.end) }
        }
    }

    var window: Int { min(max(0, options.windowMinutes), TransferDemand.maxWait) }

    func use(_ run: Run) -> FleetCalendar.Use {
        FleetCalendar.Use(start: run.depart.minutes, from: run.from, to: run.to)
    }

    mutating func run() -> TransportProposal {
        for r in plan.runs where r.kind == .visit {
            fleet.take(r.vehicle, escort: r.escort, use(r))
        }
        for r in plan.runs.filter({ $0.kind != .visit }).sorted(by: { ($0.depart, $0.id) < ($1.depart, $1.id) }) {
            keep(r)
        }
        let pool = order.filter { !placed.contains($0) }.compactMap { needs[$0] }
        var units = TransferUnit.group(pool, largest: max(1, fleet.largestSeats))
        units.sort { ($0.anchor, $0.first) < ($1.anchor, $1.first) }
        units = units.filter { !fitIntoKept($0) }
        // VIPs first: a car for the minister before the vans fill with delegates.
        for u in units where u.isVIP { solo(u) }
        batch(units.filter { !$0.isVIP })
        return proposal()
    }

    // MARK: keeping what is there

    /// Keeps a run with the passengers it still serves, on its vehicle if that is free and big
    /// enough, else on another (no passenger moves for a change of car).
    mutating func keep(_ run: Run) {
        originals.append(run)
        let hub = run.kind == .pickup ? run.from : run.to
        let stay = run.kind == .pickup ? run.to : run.from
        var kept: [ID<Person>] = []
        for p in run.passengers {
            let k = NeedKey(person: p, kind: run.kind)
            // A guest who withdrew leaves the car (the engine tells of one still in it).
            guard !placed.contains(k), coming.contains(p) else { continue }
            // Someone staff put in a run without asking for one (or without saying when) rides on:
            // only a journey that says otherwise moves a passenger.
            if let n = needs[k], n.hub != hub || n.stay != stay || !n.allows(run.depart.minutes) { continue }
            kept.append(p)
            placed.insert(k)
        }
        var after = run
        after.passengers = kept
        guard !kept.isEmpty else { return }
        let trip = use(run)
        // The escort takes a seat too.
        let taken = kept.reduce(run.escort == nil ? 0 : 1) { $0 + (seatsOf[$1] ?? 1) }
        let free = fleet.vehicles.indices.filter { fleet.isFree(vehicle: $0, for: trip) }
        let current = free.first { fleet.vehicles[$0].id == run.vehicle }
        var chosen: Int?
        if let c = current, fleet.vehicles[c].seats >= taken {
            chosen = c
        } else if let fit = free.filter({ fleet.vehicles[$0].seats >= taken })
            .min(by: { (fleet.vehicles[$0].seats, $0) < (fleet.vehicles[$1].seats, $1) })
        {
            chosen = fit
        } else if let biggest = free.max(by: { (fleet.vehicles[$0].seats, -$0) < (fleet.vehicles[$1].seats, -$1) }) {
            // No free vehicle takes them all: the fewest guests leave, the biggest parties first,
            // and those the plan can give another run before those it knows nothing about.
            chosen = biggest
            var seats = taken
            let capacity = fleet.vehicles[biggest].seats
            let leaving = kept.enumerated().sorted { a, b in
                func rank(_ x: (offset: Int, element: ID<Person>)) -> (Int, Int, Int) {
                    (needs[NeedKey(person: x.element, kind: run.kind)] == nil ? 1 : 0, -(seatsOf[x.element] ?? 1),
                     -x.offset)
                }
                return rank(a) < rank(b)
            }
            var out = Set<ID<Person>>()
            for (_, p) in leaving where seats > capacity {
                seats -= seatsOf[p] ?? 1
                out.insert(p)
                placed.remove(NeedKey(person: p, kind: run.kind))
            }
            after.passengers = kept.filter { !out.contains($0) }
        }
        if let chosen {
            after.vehicle = fleet.vehicles[chosen].id
        } else {
            // No vehicle at all at that hour: the run stays as staff made it, without a car, and
            // its guests are reported so the office can hire one.
            after.vehicle = nil
            for p in kept { unplanned.append(UnplannedTransfer(person: p, direction: run.kind, reason: .noVehicle)) }
        }
        if let e = after.escort, !fleet.isFree(e, for: trip) { after.escort = nil }
        let seated = after.passengers.reduce(0) { $0 + (seatsOf[$1] ?? 1) }
        if after.escort == nil, after.passengers.contains(where: { isVIP($0, run.kind) }),
           fleet.vehicle(after.vehicle).map({ seated + 1 <= $0.seats }) ?? false {
            after.escort = escort(for: trip, besides: after.passengers)
        }
        fleet.take(after.vehicle, escort: after.escort, trip)
        if let e = after.escort { escortLoad[e, default: 0] += 1 }
        finals[run.id] = after
    }

    /// Puts a guest left over into a kept run that goes their way, leaves in their time and has
    /// room: one guest's change either way, and no extra run.
    mutating func fitIntoKept(_ unit: TransferUnit) -> Bool {
        guard !unit.isVIP, let n = unit.needs.first else { return false }
        var best: (wait: Int, id: ID<Run>)?
        for (id, r) in finals where r.kind == n.kind && r.from == n.from && r.to == n.to {
            guard let v = fleet.vehicle(r.vehicle), unit.needs.allSatisfy({ $0.allows(r.depart.minutes) })
            else { continue }
            let taken = r.passengers.reduce(r.escort == nil ? 0 : 1) { $0 + (seatsOf[$1] ?? 1) }
            guard taken + unit.seats <= v.seats,
                  !r.passengers.contains(where: { isVIP($0, r.kind) })
            else { continue }
            let wait = unit.needs.reduce(0) { $0 + $1.waiting(at: r.depart.minutes) }
            if best.map({ (wait, id) < ($0.wait, $0.id) }) ?? true { best = (wait, id) }
        }
        guard let best else { return false }
        finals[best.id]!.passengers += unit.needs.map(\.person)
        for m in unit.needs { placed.insert(NeedKey(person: m.person, kind: m.kind)) }
        return true
    }

    // MARK: new runs

    /// Batches the guests left, in time order across hubs (they share the vehicles): each batch
    /// starts with the earliest guest and takes those of the same hub and stay within the window
    /// that the chosen vehicle seats; the vehicle is the one that takes most of them, with the
    /// least waiting, the smallest of those.
    mutating func batch(_ units: [TransferUnit]) {
        var used = Array(repeating: false, count: units.count)
        var groups: [String: [Int]] = [:]
        for (i, u) in units.enumerated() {
            let n = u.needs[0]
            groups["\(n.kind)|\(n.hub.raw)|\(n.stay.raw)", default: []].append(i)
        }
        for (i, u0) in units.enumerated() where !used[i] {
            used[i] = true
            let n0 = u0.needs[0]
            if u0.isVIP {
                solo(u0)
                continue
            }
            let group = groups["\(n0.kind)|\(n0.hub.raw)|\(n0.stay.raw)"]!
            var candidates: [Int] = []
            for j in group where j > i && !used[j] && !units[j].isVIP {
                if units[j].anchor > u0.anchor + window { break }
                candidates.append(j)
            }
            var best: (score: [Int], vehicle: Int, depart: Int, packed: [Int])?
            // What a vehicle takes depends only on its seats: packed once per size.
            var packs: [Int: (packed: [Int], seats: Int, lo: Int, hi: Int)] = [:]
            for v in fleet.vehicles.indices {
                let capacity = fleet.vehicles[v].seats
                guard u0.seats <= capacity else { continue }
                let pack = packs[capacity] ?? {
                    var packed: [Int] = [], seats = u0.seats, lo = u0.lo, hi = u0.hi
                    for j in candidates {
                        let u = units[j]
                        guard seats + u.seats <= capacity, max(lo, u.lo) <= min(hi, u.hi) else { continue }
                        packed.append(j)
                        seats += u.seats
                        (lo, hi) = (max(lo, u.lo), min(hi, u.hi))
                    }
                    return (packed, seats, lo, hi)
                }()
                packs[capacity] = pack
                let (packed, seats, lo, hi) = pack
                let preferred = n0.kind == .pickup ? lo : hi
                guard let depart = fleet.freeStart(vehicle: v, lo: lo, hi: hi, preferred: preferred,
                                                   from: n0.from, to: n0.to)
                else { continue }
                let wait = ([u0] + packed.map { units[$0] }).reduce(0) { w, u in
                    u.needs.reduce(w) { $0 + $1.waiting(at: depart) }
                }
                // Most guests, then least waiting, then the snuggest vehicle: one guest alone in a
                // 45-seat coach while a saloon stands free is the waste staff notice first. Saloons
                // are kept for VIPs only among vehicles of one size.
                let score = [-seats, wait, capacity, fleet.vehicles[v].kind == .car ? 1 : 0, v]
                if best.map({ score.lexicographicallyPrecedes($0.score) }) ?? true {
                    best = (score, v, depart, packed)
                }
            }
            guard let best else {
                // A train's passengers no free vehicle seats together ride in several, one by one.
                if u0.needs.count > 1 {
                    batch(u0.needs.map { TransferUnit(needs: [$0]) })
                } else {
                    noVehicle(u0)
                }
                continue
            }
            for j in best.packed { used[j] = true }
            let members = ([u0] + best.packed.map { units[$0] }).flatMap(\.needs)
            add(members, vehicle: best.vehicle, depart: best.depart, escort: nil)
        }
    }

    /// A VIP alone with their companions: a saloon if one is free, else the smallest vehicle that
    /// seats them and an escort, with an escort from the staff when one is free.
    mutating func solo(_ unit: TransferUnit) {
        let n0 = unit.needs[0]
        let preferred = n0.kind == .pickup ? unit.lo : unit.hi
        let ranked = fleet.vehicles.indices.sorted {
            let (a, b) = (fleet.vehicles[$0], fleet.vehicles[$1])
            return (a.kind == .car ? 0 : 1, a.seats, $0) < (b.kind == .car ? 0 : 1, b.seats, $1)
        }
        for roomForEscort in [1, 0] {
            for v in ranked where fleet.vehicles[v].seats >= unit.seats + roomForEscort {
                guard let depart = fleet.freeStart(vehicle: v, lo: unit.lo, hi: unit.hi, preferred: preferred,
                                                   from: n0.from, to: n0.to) else { continue }
                let trip = FleetCalendar.Use(start: depart, from: n0.from, to: n0.to)
                let who = roomForEscort == 1 ? escort(for: trip, besides: unit.needs.map(\.person)) : nil
                add(unit.needs, vehicle: v, depart: depart, escort: who)
                return
            }
        }
        noVehicle(unit)
    }

    mutating func noVehicle(_ unit: TransferUnit) {
        unplanned += unit.needs.map { UnplannedTransfer(person: $0.person, direction: $0.kind, reason: .noVehicle) }
    }

    func isVIP(_ person: ID<Person>, _ kind: RunKind) -> Bool {
        needs[NeedKey(person: person, kind: kind)]?.isVIP == true
    }

    /// The staff member free for the whole run who has escorted least so far.
    func escort(for trip: FleetCalendar.Use, besides riders: [ID<Person>]) -> ID<Person>? {
        staff.filter { !riders.contains($0) && fleet.isFree($0, for: trip) }
            .min { (escortLoad[$0] ?? 0, $0) < (escortLoad[$1] ?? 0, $1) }
    }

    mutating func add(_ members: [TransferNeed], vehicle v: Int, depart: Int, escort: ID<Person>?) {
        let n0 = members[0]
        let vehicle = fleet.vehicles[v].id
        fleet.take(vehicle, escort: escort, FleetCalendar.Use(start: depart, from: n0.from, to: n0.to))
        if let escort { escortLoad[escort, default: 0] += 1 }
        for m in members { placed.insert(NeedKey(person: m.person, kind: m.kind)) }
        var key: String
        repeat {
            keyNumber += 1
            key = "run-\(keyNumber)"
        } while usedKeys.contains(key)
        usedKeys.insert(key)
        let passengers = members.sorted { ($0.anchor, $0.person) < ($1.anchor, $1.person) }.map(\.person)
        // The same plan gives the same identifiers; a later run under a key used before gets its own.
        let uid = StableUID.make(plan.event.uid, "run", key, "\(depart)", "\(n0.from.raw)", "\(n0.to.raw)")
        added.append(Run(id: ID(nextRaw), key: key, uid: uid, kind: n0.kind,
                         vehicle: vehicle, from: n0.from, to: n0.to, depart: LocalDateTime(minutes: depart),
                         passengers: passengers, escort: escort))
        nextRaw += 1
    }

    func proposal() -> TransportProposal {
        var changes: [Change] = []
        for r in originals.sorted(by: { $0.id < $1.id }) {
            let after = finals[r.id]
            if after != r { changes.append(.run(before: r, after: after)) }
        }
        changes += added.map { .run(before: nil, after: $0) }
        let order: [RunKind: Int] = [.pickup: 0, .dropoff: 1, .visit: 2]
        let reported = unplanned.sorted { ($0.person, order[$0.direction]!) < ($1.person, order[$1.direction]!) }
        return TransportProposal(changes: changes, unplanned: reported)
    }
}
