import Foundation
import Fixtures
import PlanningCore

extension Bench {
    /// `solve` on the generated event made clean and given clashes (100 and 1,000 at large scale),
    /// against what a person does by hand with the free-slot finder: each session in an error in
    /// turn, to its first suggested slot.
    mutating func measureSolve() {
        let scenario = RepairScenario(
            options.scale == "small" ? .small : options.scale == "medium" ? .medium : .large)
        let clean = scenario.cleanPlan()
        verify("the repair scenario's clean plan has no errors",
               !ConflictEngine.check(clean).contains { $0.severity == .error })
        let counts = large ? [100, 1_000] : options.scale == "medium" ? [30, 100] : [10, 30]
        // The first count is held to moving few (≤ 1.1× displaced, fewer than greedy); both to time.
        for (k, n) in counts.enumerated() {
            let limit = k == 0 ? 2_000.0 : 10_000.0, few = k == 0
            let (plan, displaced) = scenario.withClashes(n)
            let errors = ConflictEngine.check(plan).filter { $0.severity == .error }.count
            var solution: SolvePlan?
            let runs = Clock.time(runs: few ? 3 : 1, warmup: 0) { solution = ConflictEngine(plan).solve() }
            var greedy = GreedyRepair.Result(moves: 0, errorsLeft: 0)
            let baseRuns = Clock.time(runs: 1, warmup: 0) { greedy = GreedyRepair.run(plan) }
            guard let solution else { continue }
            let name = "solve-\(n)"
            verify("\(name) clears every error", solution.after.errors == 0)
            let moves = solution.moves.count
            var m = Measurement(
                name: name, runs: runs, peakMB: Clock.peakMB(), baseline: "greedy first free slot",
                baselineMedian: baseRuns[0],
                target: "≤ \(Int(limit / 1000)) s, every error cleared"
                    + (few ? ", ≤ 1.1× displaced, fewer moves than greedy" : ""),
                passed: nil,
                note: "\(errors) errors from \(displaced) displaced; \(moves) moved (greedy \(greedy.moves), "
                    + "\(greedy.errorsLeft) errors left); warnings \(solution.before.warnings) → "
                    + "\(solution.after.warnings)")
            if large {
                let fewer = !few || (Double(moves) <= 1.1 * Double(displaced) && moves < greedy.moves)
                m.passed = m.median <= limit && solution.after.errors == 0 && fewer
            }
            record(m)
        }
    }
}

/// The baseline: the office's way without `solve`, with the same free-slot finder the UI offers.
/// Sessions in an error are taken in order of id; one still in an error moves to the first slot
/// `suggestSlots` gives (no error there, fewest warnings, its own room and nearest time first).
enum GreedyRepair {
    struct Result {
        var moves: Int
        var errorsLeft: Int
    }

    static func run(_ plan: EventPlan) -> Result {
        var engine = ConflictEngine(plan)
        // Errors per session, kept from each move's delta as the UI keeps its counts.
        var errors: [ID<Session>: Int] = [:]
        func count(_ findings: [Finding], _ by: Int) {
            for f in findings where f.severity == .error { for s in f.sessions { errors[s, default: 0] += by } }
        }
        count(engine.findings, 1)
        var moves = 0
        for id in errors.keys.sorted() where errors[id, default: 0] > 0 {
            guard var s = engine.session(id), let slot = engine.suggestSlots(for: id, limit: 1).first else { continue }
            s.room = slot.room
            s.start = slot.start
            s.end = slot.end
            guard let delta = try? engine.apply(.updateSession(s)) else { continue }
            count(delta.added, 1)
            count(delta.removed, -1)
            moves += 1
        }
        return Result(moves: moves, errorsLeft: errors.values.filter { $0 > 0 }.count)
    }
}
