import Foundation
import Testing

/// Runs the benchmark once at small scale: the figures must exist and its cross-checks agree.
/// Timings are never asserted here: these machines are shared and noisy.
@Suite struct BenchTests {
    @Test func smallScaleRunsAndItsResultsAgree() throws {
        let bench = confplanBinary().deletingLastPathComponent().appendingPathComponent("confplan-bench")
        let json = try scratchFolder().appendingPathComponent("bench.json")
        let p = Process()
        p.executableURL = bench
        p.arguments = ["--scale", "small", "--json", json.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        #expect(root["correct"] as? Bool == true)
        let checks = try #require(root["checks"] as? [String: Bool])
        #expect(checks.count >= 2 && checks.values.allSatisfy { $0 })
        let operations = try #require(root["operations"] as? [[String: Any]])
        let expected: Set = [
            "full-check", "incremental-move", "open-model", "open-whole-event", "load-event-file", "attendee-import",
            "grid-move-step", "export-programme", "export-frab-xml", "export-ical", "solve-10", "solve-30",
            "busy-hour-edit-visible", "export-badges-pdf",
        ]
        #expect(Set(operations.compactMap { $0["name"] as? String }).isSuperset(of: expected))
        for op in operations {
            #expect((op["median_ms"] as? Double).map { $0 >= 0 } == true)
            #expect((op["peak_mb"] as? Double).map { $0 > 0 } == true)
        }
        let full = try #require(operations.first { $0["name"] as? String == "full-check" })
        #expect(full["baseline_ms"] != nil && full["speedup"] != nil)
        #expect(checks["import took every row"] == true)
        #expect(checks["solve-10 clears every error"] == true && checks["solve-30 clears every error"] == true)
        #expect(checks["the opened UI has every attendee and their clashes"] == true)
        #expect(checks["the UI after the busy hour equals a fresh read"] == true)
        let event = try #require(root["event"] as? [String: Int])
        #expect(event["sessions"] == 300 && event["attendees"] == 1_000)
    }
}
