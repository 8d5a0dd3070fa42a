import Foundation
import PlanningCore

extension Bench {
    /// `transport plan` on a day of arrivals at two stations and two airports (3,000 at large
    /// scale), against the office's first fit: the same arrivals, the same window and the biggest
    /// vehicle's seats, each into the first run at its hub that still has room.
    mutating func measureTransportPlan() {
        let count = large ? 3_000 : options.scale == "medium" ? 1_000 : 300
        let plan = TransportBench.event(arrivals: count)
        let options = TransportPlanOptions()
        var proposal = TransportProposal()
        let runs = Clock.time(runs: large ? 3 : 1, warmup: 0) {
            proposal = TransportPlanner.plan(plan, options: options)
        }
        var firstFit = 0
        let baseRuns = Clock.time(runs: 1, warmup: 0) {
            firstFit = TransportBench.firstFitRuns(plan, window: options.windowMinutes)
        }
        let made = proposal.changes.count
        verify("transport-plan makes no more runs than first fit", made <= firstFit)
        // Fewer runs by leaving guests out would be no plan: every arrival is in a run or said why.
        let riding = proposal.changes.reduce(0) { n, c in
            if case .run(_, let after?) = c { return n + after.passengers.count }
            return n
        }
        verify("transport-plan gives every arrival a run or a reason", riding + proposal.unplanned.count == count)
        let target = 1_000.0
        record(Measurement(
            name: "transport-plan", runs: runs, peakMB: Clock.peakMB(), baseline: "first fit by time",
            baselineMedian: baseRuns[0], target: "≤ 1 s for 3,000 arrivals, runs ≤ first fit",
            passed: large ? runs.sorted()[runs.count / 2] <= target && made <= firstFit : nil,
            note: "\(count) arrivals at 4 hubs, \(plan.vehicles.count) vehicles: \(made) runs (first fit \(firstFit)), "
                + "\(proposal.unplanned.count) without a vehicle"))
    }
}

/// The generated day of arrivals, and the baseline that batches it.
enum TransportBench {
    static let day = LocalDate(year: 2026, month: 5, day: 13)!

    /// Guests arriving from 07:00 to 21:00: at the stations mostly on trains several share, at the
    /// airports on flights; one in ten with a companion. Vehicles enough that seats, not a lack of
    /// cars, decide the runs. The same event for the same count.
    static func event(arrivals: Int) -> EventPlan {
        var plan = EventPlan(event: Event(id: ID(1), key: "tb", uid: "transport-bench", name: "接送排班测试",
                                          firstDay: day.adding(days: 1), lastDay: day.adding(days: 2)))
        let hubs = [("德阳站", 15), ("成都东站", 75), ("成都双流国际机场T2", 90), ("成都天府国际机场", 120)]
        plan.sites = [Site(id: ID(1), key: "hotel", uid: "tb-hotel", name: "旌湖宾馆")]
        for (i, (name, minutes)) in hubs.enumerated() {
            plan.sites.append(Site(id: ID(i + 2), key: "hub\(i + 1)", uid: "tb-hub\(i + 1)", name: name))
            plan.travel.append(TravelTime(from: ID(1), to: ID(i + 2), minutes: minutes))
        }
        var seed: UInt64 = 0x2026_0513
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for i in 0..<arrivals {
            let id = ID<Person>(i + 1)
            plan.people.append(Person(id: id, key: "g\(i + 1)", uid: "tb-g\(i + 1)", name: "嘉宾\(i + 1)"))
            // Registered: a guest who is not (withdrawn) is no one to fetch.
            plan.registrations.append(Registration(person: id))
            let hub = next(4)
            let train = hub < 2
            // Trains every 20 minutes at a station, so several guests share each; flights at odd minutes.
            let minute = 7 * 60 + (train ? 20 * next(42) : next(14 * 60))
            let time = LocalDateTime(date: day, hour: minute / 60, minute: minute % 60)
            let number = train ? "G\(8900 + minute / 20)" : "CA\(4000 + i)"
            let leg = TripLeg(mode: train ? .train : .flight, number: number, hub: ID(hub + 2), time: time,
                              wantsTransfer: true)
            plan.trips.append(Trip(person: id, arrival: leg, companions: next(10) == 0 ? 1 : 0))
        }
        let fleet: [(VehicleKind, Int)] = [(.coach, 24), (.minibus, 24), (.van, 12), (.car, 8)]
        for (kind, n) in fleet {
            for _ in 0..<n {
                let k = plan.vehicles.count + 1
                plan.vehicles.append(Vehicle(id: ID(k), key: "v\(k)", uid: "tb-v\(k)", plate: "川F·\(10_000 + k)",
                                             kind: kind, driver: "司机\(k)", driverPhone: "125\(10_000_000 + k)"))
            }
        }
        return plan
    }

    /// Runs the office's first fit makes: arrivals by time (when the guest is at the pick-up
    /// point), each into the first run at its hub whose first guest was ready within the window
    /// and that still has seats in the biggest vehicle; else a new run.
    static func firstFitRuns(_ plan: EventPlan, window: Int) -> Int {
        let seats = plan.vehicles.map(\.seats).max() ?? 1
        let ready = plan.trips.compactMap { t -> (Int, ID<Site>, Int)? in
            guard let leg = t.arrival, let hub = leg.hub, let time = leg.time else { return nil }
            return (time.minutes + leg.mode.collectMinutes, hub, t.seats)
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var open: [(hub: ID<Site>, first: Int, taken: Int)] = []
        var count = 0
        for (at, hub, party) in ready {
            if let i = open.firstIndex(where: { $0.hub == hub && at - $0.first <= window && $0.taken + party <= seats })
            {
                open[i].taken += party
            } else {
                open.append((hub, at, party))
                count += 1
            }
        }
        return count
    }
}
