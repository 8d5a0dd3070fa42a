import Foundation
import Testing
import TestSupport

/// Two real processes on one database: a UI in tmux and the command line beside it.
@Suite struct SharedDatabaseTests {
    @Test func theUISeesOthersChangesAndAsksBeforeOverwritingThem() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("shared.sqlite").path
        #expect(try confplan(["--db", db, "load", repoRoot.appendingPathComponent("sample-events/deyang-2026-innovation-summit.json").path]).status == 0)
        let t = Tmux()
        try t.start("cd '\(repoRoot.path)' && LANG=C.UTF-8 '\(confplanBinary().path)' --db '\(db)' --lang en; echo EXITED $?; sleep 60",
                    width: 120, height: 36)
        #expect(t.waitFor("5 errors · 4 warnings"), "\(t.screen)")
        // Someone at the command line moves the press conference: the UI follows within a second or two.
        try t.keys("2", "/")
        try t.text("xinwen")
        try t.keys("Enter")
        #expect(t.waitFor("12:10"), "\(t.screen)")
        #expect(try confplan(["--db", db, "move", "press", "--start", "12:05"]).status == 0)
        #expect(t.waitFor("12:05", 5), "the UI did not pick up the move: \(t.screen)")
        // The UI edits the opening ceremony while the command line moves it: saving asks.
        try t.keys("/")
        try t.text("kaimushi")
        try t.keys("Enter", "e")
        #expect(t.waitFor("Edit session"), "\(t.screen)")
        try t.keys("End")
        try t.text("（改）")
        #expect(try confplan(["--db", db, "move", "open", "--start", "09:10"]).status == 0)
        try t.keys("Enter")
        #expect(t.waitFor("Someone else changed this while you were editing it"), "\(t.screen)")
        try t.keys("m")
        #expect(t.waitFor("Saved"), "after m: \(t.screen)")
        let dump = try confplan(["--db", db, "dump"]).stdout
        #expect(dump.contains(#""title": "开幕式（改）", "kind": "opening-ceremony", "room": "hall", "start": "2026-05-14T09:10""#), "\(dump.split(separator: "\n").filter { $0.contains("\"id\": \"open\"") })")
        // And the log says who did what.
        let log = try confplan(["--db", db, "log", "--grep", "开幕式"]).stdout
        #expect(log.contains("change session: “开幕式（改）”: title “开幕式” → “开幕式（改）”"), "\(log)")
        #expect(log.contains("change session: “开幕式”: time 2026-05-14 09:00–09:40 → 2026-05-14 09:10–09:50"), "\(log)")
        try t.keys("q")
        #expect(t.waitFor("EXITED 0"))
    }
}
