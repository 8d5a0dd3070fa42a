import Foundation
import Testing

/// A few thousand random, mutated and well-formed-but-odd inputs for each reader, with a new
/// seed each run (printed on failure for replay). The million-input run is
/// `swift run -c release confplan-fuzz`.
@Suite struct FuzzSmokeTests {
    /// Runs the fuzzer, ending it if it has not finished within `seconds`: a hang the fuzzer's
    /// own watchdog missed must fail this test, not stop the suite.
    func fuzz(_ arguments: [String], in dir: URL, seconds: Double) throws -> (status: Int32, text: String, timedOut: Bool) {
        let p = Process()
        p.executableURL = confplanBinary().deletingLastPathComponent().appendingPathComponent("confplan-fuzz")
        p.arguments = arguments
        p.currentDirectoryURL = dir
        let log = dir.appendingPathComponent("fuzz.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        let deadline = Date().addingTimeInterval(seconds)
        while p.isRunning && Date() < deadline { usleep(50_000) }
        let timedOut = p.isRunning
        if timedOut { p.terminate() }
        p.waitUntilExit()
        try handle.close()
        return (p.terminationStatus, try String(contentsOf: log, encoding: .utf8), timedOut)
    }

    @Test func theReadersSurviveRandomAndMutatedInput() throws {
        let seed = UInt64.random(in: 1...UInt64(UInt32.max))
        let dir = try scratchFolder()
        let run = try fuzz(["--runs", "2500", "--seed", String(seed)], in: dir, seconds: 240)
        #expect(!run.timedOut, "seed \(seed): still running after 240 s: \(run.text)")
        #expect(run.status == 0, "seed \(seed): \(run.text)")
        #expect(run.text.hasSuffix("no crash, no hang, bounded memory (seed \(seed))\n"))
        for name in ["csv", "xlsx", "ods", "event", "xml", "json"] {
            // Each reader takes some inputs whole and refuses others: both paths ran.
            let line = try #require(run.text.split(separator: "\n").first { $0.hasPrefix("\(name): 2500 inputs") })
            let accepted = Int(line.components(separatedBy: ", ").first { $0.hasSuffix(" accepted") }?.split(separator: " ").first ?? "") ?? 0
            #expect(accepted >= 25, "\(line)")
        }
        let saved = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("fuzz-") && $0.hasSuffix(".bin") }
        #expect(saved.isEmpty, "crashing or hanging inputs kept in \(dir.path): \(saved)")
    }

    /// Database files changed behind confplan's back (a hand-set schema version, dropped tables,
    /// odd values in any column, mutated bytes) are opened and read whole, or refused.
    @Test func damagedDatabasesAreReadOrRefusedNeverACrash() throws {
        let seed = UInt64.random(in: 1...UInt64(UInt32.max))
        let dir = try scratchFolder()
        let run = try fuzz(["--runs", "200", "--seed", String(seed), "--only", "db"], in: dir, seconds: 120)
        #expect(!run.timedOut, "seed \(seed): still running after 120 s: \(run.text)")
        #expect(run.text.hasSuffix("no crash, no hang, bounded memory (seed \(seed))\n"), "\(run.text)")
        #expect(run.status == 0, "seed \(seed): \(run.text)")
    }

    @Test func anInputThatNeverEndsIsSavedAndReportedAsAHang() throws {
        let dir = try scratchFolder()
        let run = try fuzz(["--runs", "1", "--seed", "1", "--only", "selftest-hang", "--limit-ms", "300"], in: dir, seconds: 30)
        #expect(!run.timedOut)
        #expect(run.status == 3)
        #expect(run.text == "confplan-fuzz: an input ran over 300 ms (a hang); it is saved as fuzz-hang-selftest-hang-0.bin\n")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("fuzz-hang-selftest-hang-0.bin").path))
    }
}
