import Foundation
import Fixtures
import Interchange
import PlanningCore

extension Bench {
    /// How many more sessions `solve` moves than the exact optimum (Tests/oracle/repair_oracle.py,
    /// CP-SAT from the `ortools` Python package), on generated events with 20, 50 and 100 sessions
    /// moved into errors (rooms and guests with hours at odd minutes, meals, breaks, the opening).
    /// The oracle is a test tool: without python3 or ortools the row says "not measured".
    mutating func measureSolveGap(dir: String) {
        let sizes = [(20, 8, 40), (50, 14, 80), (100, 24, 150)]
        let script = RepairOracle.script(near: #filePath)
        for (clashes, rooms, perDay) in sizes {
            let (plan, displaced) = OracleEvent(seed: UInt64(clashes), days: 3, rooms: rooms, sessionsPerDay: perDay,
                                                clashes: clashes).make()
            var solution: SolvePlan?
            let runs = Clock.time(runs: 1, warmup: 0) { solution = ConflictEngine(plan).solve() }
            guard let solution else { continue }
            let name = "solve-gap-\(clashes)"
            // Told in the row, not as a failed cross-check: a gap is a figure, not a wrong result.
            var note = "\(plan.sessions.count) sessions, \(displaced) displaced; solve moved \(solution.moves.count)"
                + (solution.after.errors == 0 ? "" : " and left \(solution.after.errors) errors")
            do {
                guard let script else { throw RepairOracle.Failure.unavailable("Tests/oracle is not beside the bench") }
                let path = "\(dir)/gap-\(clashes).json"
                try EventFile.write(plan).write(toFile: path, atomically: true, encoding: .utf8)
                let answer = try RepairOracle.run(script, files: [path], seconds: 300)[path]
                if let moves = answer?.moves, let status = answer?.status {
                    let exact = status == "OPTIMAL"
                        ? "optimum" : "best found in 300 s (no plan under \(answer?.bound ?? 0))"
                    note += "; oracle \(exact) \(moves)"
                    if solution.after.errors == 0 { note += "; gap \(solution.moves.count - moves)" }
                } else {
                    note += "; oracle found nothing (\(answer?.status ?? "no answer"))"
                }
            } catch {
                note += "; gap not measured: \(error)"
            }
            record(Measurement(name: name, runs: runs, peakMB: Clock.peakMB(), baseline: nil, baselineMedian: nil,
                               target: "every error cleared; gap against the exact optimum",
                               passed: solution.after.errors == 0, note: note))
        }
    }
}
