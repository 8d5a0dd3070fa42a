import Foundation
import Testing
import TestSupport

/// A name in an event file carrying escape sequences (set the window title, put a command on the
/// clipboard with OSC 52) is shown on a terminal, never obeyed; files keep its bytes; files with
/// phone numbers are readable by their owner only.
@Suite struct TerminalOutputTests {
    static let hostile = "Katrin\u{1B}]0;pwned\u{07}\u{1B}]52;c;cm0gLXJmIH4=\u{07}Hoffmann"

    /// The Sino-German sample with its first speaker renamed to `hostile`, loaded; the database.
    func hostileEvent() throws -> String {
        let sample = try String(contentsOf: repoRoot.appendingPathComponent(
            "sample-events/hangzhou-2025-sino-german-seminar.json"), encoding: .utf8)
        let file = try scratchFolder().appendingPathComponent("hostile.json")
        try sample.replacingOccurrences(of: "\"Katrin Hoffmann\"", with: "\"Katrin\\u001b]0;pwned\\u0007\\u001b]52;"
            + "c;cm0gLXJmIH4=\\u0007Hoffmann\"").write(to: file, atomically: true, encoding: .utf8)
        let db = file.deletingLastPathComponent().appendingPathComponent("h.sqlite").path
        let r = try confplan(["--db", db, "load", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    /// The command's standard output as a terminal gets it (through a pseudo-terminal).
    func onTerminal(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = ([confplanBinary().path] + args).map { "'" + $0 + "'" }.joined(separator: " ")
        p.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func exportsShowEscapesOnATerminalAndKeepThemInFiles() throws {
        let db = try hostileEvent()
        let shown = "Katrin␛]0;pwned␇␛]52;c;cm0gLXJmIH4=␇Hoffmann"
        // The sign-in sheet cuts the name to its column, 38 wide at most.
        for (args, seen) in [(["export", "csv", "people"], shown), (["export", "programme"], shown),
                             (["export", "sign-in", "--format", "text"], "Katrin␛]0;pwned␇␛]52;c;cm0gLXJmIH4=␇H…")] {
            let screen = try onTerminal(["--db", db] + args + ["hz2025"])
            #expect(!screen.contains("\u{1B}]"), "\(args)")
            #expect(screen.contains(seen), "\(args)")
        }
        let csv = try scratchFolder().appendingPathComponent("people.csv").path
        #expect(try confplan(["--db", db, "export", "csv", "people", "hz2025", "-o", csv]).status == 0)
        #expect(try String(contentsOfFile: csv, encoding: .utf8).contains(Self.hostile))
    }

    @Test func filesWithPhoneNumbersAreOwnerOnly() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        let dir = try scratchFolder()
        let outputs: [(args: [String], file: String)] = [
            (["export", "csv", "people"], "people.csv"), (["export", "csv", "attendees"], "attendees.csv"),
            (["export", "xlsx", "signups"], "signups.xlsx"), (["dump"], "dump.json"),
            (["export", "sign-in", "--format", "csv"], "sign-in.csv"), (["export", "badges", "--format", "xlsx"], "b.xlsx"),
            (["export", "arrivals"], "arrivals.csv"),
        ]
        for (args, file) in outputs {
            let path = dir.appendingPathComponent(file).path
            let r = try confplan(["--db", db] + args + ["hz2025", "-o", path])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
            #expect(mode == 0o600, "\(file)")
        }
    }

    @Test func speakersFilesAreNamedWithoutEscapes() throws {
        let db = try hostileEvent()
        let dir = try scratchFolder().appendingPathComponent("speakers").path
        let r = try confplan(["--db", db, "export", "programme", "hz2025", "--all-speakers", dir])
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(names.contains("Katrin_]0;pwned__]52;c;cm0gLXJmIH4=_Hoffmann.txt"))
        #expect(!names.contains { $0.unicodeScalars.contains { $0.value < 0x20 } })
    }
}
