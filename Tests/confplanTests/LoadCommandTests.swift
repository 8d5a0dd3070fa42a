import Foundation
import Testing
import TestSupport

@Suite struct LoadCommandTests {
    /// Staff start this year's event by copying last year's file and changing its identifier: the
    /// copy carries last year's UUIDs. It loads as a new event with new ones, and says so.
    @Test func aCopiedEventFileLoadsWithNewUUIDs() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("copy.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json")
        #expect(try confplan(["--db", db, "load", sample.path]).status == 0)
        let text = try String(contentsOf: sample, encoding: .utf8)
        let copy = dir.appendingPathComponent("hz2026.json")
        try text.replacingOccurrences(of: "\"id\": \"hz2025\"", with: "\"id\": \"hz2026\"")
            .write(to: copy, atomically: true, encoding: .utf8)
        let r = try confplan(["--db", db, "load", copy.path, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "")
        #expect(r.stdout.split(separator: "\n").dropFirst().first.map(String.init)
            == "\(copy.path) carries UUIDs that event hz2025 already holds (copied from its file?): gave the event, "
            + "2 sites, 5 rooms, 19 sessions new ones, so the two events stay apart")
        // The copy is an event of its own: its calendar entries are not last year's.
        let dumped = try confplan(["--db", db, "dump", "hz2026"]).stdout
        #expect(!dumped.contains("08a6612c-31e6-8e17-b6d9-0d62c1673746"))
        // Loading the same file again is what it was: the event exists.
        let again = try confplan(["--db", db, "load", copy.path, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr == "confplan: an event with identifier \"hz2026\" is already in the database "
            + "(use --replace to overwrite it)\n")
    }

    /// A copied file's acknowledgements are keyed by the UUIDs it is given new ones for: they
    /// follow, so what staff accepted last year is still accepted in the copy.
    @Test func aCopiedFilesAcknowledgementsFollowItsNewUUIDs() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("acks.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json")
        #expect(try confplan(["--db", db, "load", sample.path]).status == 0)
        let json = try confplan(["--db", db, "check", "--format", "json", "--min-severity", "error"])
        let findings = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
            as? [String: Any])?["findings"] as? [[String: Any]])
        for id in findings.compactMap({ $0["id"] as? String }) {
            #expect(try confplan(["--db", db, "ack", "hz2025", id, "--reason", "已知悉"]).status == 0)
        }
        let dumped = try confplan(["--db", db, "dump", "hz2025"]).stdout
        let copy = dir.appendingPathComponent("hz2026-acks.json")
        try dumped.replacingOccurrences(of: "\"id\": \"hz2025\"", with: "\"id\": \"hz2026\"")
            .write(to: copy, atomically: true, encoding: .utf8)
        let r = try confplan(["--db", db, "load", copy.path, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").last.map(String.init) == "acknowledgements: 3 still match a finding")
    }
}
