/// One guest's need for a ride, as the planner reasons about it: which hub, which stay, and the
/// minutes (since the epoch) between which a run may leave for them.
struct TransferNeed: Hashable {
    var person: ID<Person>
    var kind: RunKind
    var hub: ID<Site>
    var stay: ID<Site>
    /// The run may leave no earlier than `lo` and no later than `hi`.
    var lo: Int
    var hi: Int
    /// What batches are grouped by: when a pickup's guest is ready, when a drop-off's guest must leave.
    var anchor: Int
    var seats: Int
    /// At or above the plan's VIP level: rides alone (with companions) and an escort.
    var isVIP: Bool
    /// Passengers of one train arriving together: kept in one run.
    var together: String?

    var from: ID<Site> { kind == .pickup ? hub : stay }
    var to: ID<Site> { kind == .pickup ? stay : hub }

    /// Minutes the guest waits if the run leaves at `depart`: at the pick-up point for an arrival,
    /// at the hub before boarding for a departure.
    func waiting(at depart: Int) -> Int { kind == .pickup ? depart - lo : hi - depart }

    func allows(_ depart: Int) -> Bool { lo <= depart && depart <= hi }
}

/// What the office asked for, worked out from the guests' journeys and the programme.
struct TransferDemand {
    var needs: [TransferNeed] = []
    var unplanned: [UnplannedTransfer] = []

    /// Longest a guest is left waiting for a run, before it leaves or at the hub.
    static let maxWait = TransportPlanOptions.longestWait

    init(_ plan: EventPlan, vipLevel: Int, farDates: Bool = false) {
        let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let last = Self.lastCommitments(plan, among: Set(plan.trips.map(\.person)))
        // Worked out once: it counts the sessions at each site when no site is named as a hotel.
        let base = plan.baseSite
        // Only guests still coming are fetched: a withdrawn registration with its journey kept
        // is no one to wait for at the station.
        let coming = plan.expectedPeople
        for trip in plan.trips.sorted(by: { $0.person < $1.person }) where coming.contains(trip.person) {
            let vip = (people[trip.person]?.vipLevel ?? 0) >= vipLevel
            for kind in [RunKind.pickup, .dropoff] {
                guard let leg = kind == .pickup ? trip.arrival : trip.departure else { continue }
                // A guest who drives or comes on their own is expected, not fetched.
                if leg.mode == .car || leg.mode == .selfArranged { continue }
                guard leg.wantsTransfer || (vip && leg.hub != nil) else { continue }
                guard let hub = leg.hub, let time = leg.time, let stay = trip.stay ?? base else {
                    unplanned.append(
                        UnplannedTransfer(person: trip.person, direction: kind, reason: .incompleteJourney))
                    continue
                }
                // A date the engine doubts (a month mistyped) gets no car until staff confirm it.
                if !farDates && plan.event.isFarFrom(time) {
                    unplanned.append(UnplannedTransfer(person: trip.person, direction: kind, reason: .dateInDoubt))
                    continue
                }
                let together = leg.mode == .train && !leg.number.isEmpty
                    ? "\(leg.number)@\(time.minutes)" : nil
                var need = TransferNeed(person: trip.person, kind: kind, hub: hub, stay: stay, lo: 0, hi: 0, anchor: 0,
                                        seats: trip.seats, isVIP: vip, together: together)
                let travel = plan.travelMinutes(stay, hub)
                if kind == .pickup {
                    need.lo = time.minutes + leg.mode.collectMinutes
                    need.hi = need.lo + Self.maxWait
                    need.anchor = need.lo
                } else {
                    let latest = time.minutes - leg.mode.boardingMinutes - travel
                    // Not before their last part in the programme ends and they are back at the hotel.
                    let free = last[trip.person].map { c in
                        c.filter { $0.start < time.minutes }.map { $0.end + plan.travelMinutes($0.site, stay) }.max()
                    } ?? nil
                    need.hi = latest
                    need.lo = min(latest, max(latest - Self.maxWait, free ?? Int.min))
                    need.anchor = latest
                }
                needs.append(need)
            }
        }
    }


    struct Commitment {
        var start: Int
        var end: Int
        var site: ID<Site>
    }

    /// The roles and sign-ups with a time and a place of each of `people`.
    static func lastCommitments(_ plan: EventPlan, among travelling: Set<ID<Person>>) -> [ID<Person>: [Commitment]] {
        let siteOfRoom = Dictionary(plan.rooms.map { ($0.id, $0.site) }, uniquingKeysWith: { a, _ in a })
        var at: [ID<Session>: Commitment] = [:]
        for s in plan.sessions {
            guard let w = s.window, let room = s.room, let site = siteOfRoom[room] else { continue }
            at[s.id] = Commitment(start: w.start.minutes, end: w.end.minutes, site: site)
        }
        var out: [ID<Person>: [Commitment]] = [:]
        for r in plan.roles where travelling.contains(r.person) {
            if let c = at[r.session] { out[r.person, default: []].append(c) }
        }
        for reg in plan.registrations where travelling.contains(reg.person) {
            for s in reg.signups { if let c = at[s] { out[reg.person, default: []].append(c) } }
        }
        return out
    }
}

/// Guests the planner keeps together: one party, or one train's passengers.
struct TransferUnit {
    private(set) var needs: [TransferNeed]
    // Kept, not worked out: batching reads them for every vehicle it tries.
    private(set) var seats: Int
    private(set) var lo: Int
    private(set) var hi: Int
    private(set) var anchor: Int
    private(set) var isVIP: Bool
    private(set) var first: ID<Person>

    init(needs: [TransferNeed]) {
        let n = needs[0]
        (self.needs, seats, lo, hi, anchor, isVIP, first) = ([], 0, n.lo, n.hi, n.anchor, false, n.person)
        for m in needs { append(m) }
    }

    mutating func append(_ n: TransferNeed) {
        needs.append(n)
        seats += n.seats
        (lo, hi, anchor) = (max(lo, n.lo), min(hi, n.hi), min(anchor, n.anchor))
        isVIP = isVIP || n.isVIP
        first = min(first, n.person)
    }

    /// Needs grouped: each VIP alone, a train's passengers at one hub going to one stay together,
    /// everyone else on their own. A group too big for `largest` seats is cut into parts that fit.
    static func group(_ needs: [TransferNeed], largest: Int) -> [TransferUnit] {
        var units: [TransferUnit] = []
        var byTrain: [String: Int] = [:]
        for n in needs {
            if !n.isVIP, let t = n.together {
                let key = "\(n.kind)|\(n.hub.raw)|\(n.stay.raw)|\(t)"
                if let i = byTrain[key], units[i].seats + n.seats <= largest {
                    units[i].append(n)
                    continue
                }
                byTrain[key] = units.count
            }
            units.append(TransferUnit(needs: [n]))
        }
        return units
    }
}

extension EventPlan {
    /// Who the event still expects, as a banquet counts its guests: registered, holding a role,
    /// or a VIP. A journey of anyone else (a withdrawn registration) is no one to fetch or list.
    public var expectedPeople: Set<ID<Person>> {
        var out = Set(registrations.map(\.person)).union(roles.map(\.person))
        for p in people where p.vipLevel > 0 { out.insert(p.id) }
        return out
    }
}
