import Foundation
import PlanningCore
import TerminalUI

extension Bench {
    /// One guest's train changed through the journey form in the Transport pane, with the bench's
    /// 100,000 attendees loaded and 3,000 of them travelling in planned runs: the save (answered in
    /// memory), the engine's transport findings, the pane's lists and the frame drawn after it.
    mutating func measureTransportEdit(_ base: EventPlan) {
        var plan = TransportBench.travelling(base, count: large ? 3_000 : 300)
        var state = Headless(plan: plan, language: .zh)
        state.handle(.resize(width: 200, height: 50))
        state.handle(.char("7"))
        var runs: [Double] = []
        var saved = true
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcd")
        for i in 0..<30 {
            state.handle(.char("e"))
            // Person, arrival mode, then the train's number: its last character typed anew (a letter
            // not typed before, so no edit leaves the number as it was).
            state.handle(.tab)
            state.handle(.tab)
            state.handle(.end)
            state.handle(.backspace)
            state.handle(.char(letters[i]))
            let t0 = Clock.now()
            state.handle(.ctrl("s"))
            _ = render(state.state)
            runs.append(Double(Clock.now() - t0) / 1e6)
            saved = saved && state.message?.hasPrefix("已保存") == true
            state.handle(.down)
        }
        plan = state.plan
        verify("transport edits were saved", saved)
        verify("transport findings after the edits equal a full check",
               Set(state.findings.map(\.finding)) == Set(ConflictEngine.check(plan)))
        var m = Measurement(
            name: "transport-edit-to-frame", runs: runs, peakMB: Clock.peakMB(), target: "≤ 16 ms", passed: nil)
        if large { m.passed = m.median <= 16 }
        record(m)
    }
}

extension TransportBench {
    /// The bench's event with four hubs and `count` of its attendees arriving at them, in the runs
    /// the planner makes for them (given row ids as the store would).
    static func travelling(_ base: EventPlan, count: Int) -> EventPlan {
        var plan = base
        let day = plan.event.firstDay.adding(days: -1)
        let hotel = plan.sites[0].id
        let first = (plan.sites.map(\.id.raw).max() ?? 0) + 1
        for (i, (name, minutes)) in [("德阳站", 15), ("成都东站", 75), ("双流T2", 90), ("天府机场", 120)].enumerated() {
            plan.sites.append(Site(id: ID(first + i), key: "hub\(i)", uid: "bench-hub\(i)", name: name))
            plan.travel.append(TravelTime(from: hotel, to: ID(first + i), minutes: minutes))
        }
        for (i, r) in plan.registrations.prefix(count).enumerated() {
            let minute = 7 * 60 + 20 * (i % 42)
            let leg = TripLeg(mode: .train, number: "G\(8900 + i % 42)", hub: ID(first + i % 4),
                              time: LocalDateTime(date: day, hour: minute / 60, minute: minute % 60),
                              wantsTransfer: true)
            plan.trips.append(Trip(person: r.person, arrival: leg))
        }
        for k in 1...60 {
            plan.vehicles.append(Vehicle(id: ID(k), key: "v\(k)", uid: "bench-v\(k)", plate: "川F·\(10_000 + k)",
                                         kind: k <= 30 ? .coach : .minibus, driver: "司机\(k)"))
        }
        var next = 1
        for change in TransportPlanner.plan(plan).changes {
            guard case .run(nil, var run?) = change else { continue }
            run.id = ID(next)
            run.key = "r\(next)"
            run.uid = "bench-r\(next)"
            next += 1
            plan.apply(.run(before: nil, after: run))
        }
        return plan
    }
}
