import Foundation
import Testing
import TestSupport

/// Issue 31, items 13 and 17 from the command line: every sheet with `--sheet all`, hidden rows
/// with `--include-hidden`.
@Suite struct ImportLayoutCommandTests {
    @Test func sheetAllImportsEachSheetAndIncludeHiddenTheHiddenRows() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("w.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/deyang-2026-innovation-summit.json")
        #expect(try confplan(["--db", db, "load", sample.path]).status == 0)
        let books = repoRoot.appendingPathComponent("Tests/InterchangeTests/Workbooks")
        let provinces = books.appendingPathComponent("by-province.xlsx").path
        let r = try confplan(["--db", db, "--lang", "en", "import", "attendees", provinces, "--sheet", "all"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\(provinces):四川:3: 手机: \"1380013800\" is not a mobile number"))
        #expect(r.stdout.components(separatedBy: "imported into dy2026").count == 3)
        // Each sheet is a list of its own: the second province's sheet is no later copy of the first's,
        // so withdrawing those a copy dropped withdraws nobody.
        let again = try confplan(["--db", db, "--lang", "en", "import", "attendees", provinces, "--sheet", "all",
                                  "--withdraw-missing"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stdout.contains("withdrawing"), "\(again.stdout)")
        let hidden = books.appendingPathComponent("hidden-and-errors.xlsx").path
        let h = try confplan(["--db", db, "--lang", "en", "import", "attendees", hidden, "--include-hidden"])
        #expect(h.status == 0, "\(h.stderr)")
        let dump = try confplan(["--db", db, "dump"]).stdout
        #expect(["张敏", "王芳", "张敏（已取消）"].map { dump.contains("\"name\": \"\($0)\"") } == [true, true, true])
    }
}
