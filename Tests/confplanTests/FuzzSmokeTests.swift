import Foundation
import Testing

/// A few thousand random and mutated inputs for each reader, with a new seed each run (printed
/// on failure for replay). The million-input run is `swift run -c release confplan-fuzz`.
@Suite struct FuzzSmokeTests {
    @Test func theReadersSurviveRandomAndMutatedInput() throws {
        let fuzz = confplanBinary().deletingLastPathComponent().appendingPathComponent("confplan-fuzz")
        let seed = UInt64.random(in: 1...UInt64(UInt32.max))
        let dir = try scratchFolder()
        let p = Process()
        p.executableURL = fuzz
        p.arguments = ["--runs", "2500", "--seed", String(seed)]
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "seed \(seed): \(text)")
        #expect(text.contains("no crash, no hang, bounded memory (seed \(seed))"))
        for name in ["csv", "event", "xml", "json"] { #expect(text.contains("\(name): 2500 inputs")) }
        let saved = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("fuzz-crash-") }
        #expect(saved.isEmpty, "crashing inputs kept in \(dir.path): \(saved)")
    }
}
