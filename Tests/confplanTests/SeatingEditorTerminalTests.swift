import Foundation
import Testing
import TestSupport

@Suite struct SeatingEditorTerminalTests {
    /// `z` on the opening in the Sessions pane: the chart live over the order of precedence; a
    /// person moved down, the rule switched, a seat taken away and given back with `u`; all of
    /// it saved, as `confplan seating` then prints.
    @Test func theRostrumIsRearrangedInTheUI() throws {
        let db = try scratchFolder().appendingPathComponent("seating.sqlite").path
        let t = Tmux()
        try t.start("cd '\(repoRoot.path)' && LANG=C.UTF-8 '\(confplanBinary().path)' demo --db '\(db)' --lang zh; "
            + "echo EXITED $?; sleep 60")
        #expect(t.waitFor("5 个错误"), "\(t.screen)")
        try t.keys("2", "/")
        try t.text("开幕式")
        try t.keys("Enter", "z")
        #expect(t.waitFor("座次 · 开幕式"), "\(t.screen)")
        #expect(t.screen.contains("台下视角：面向主席台 · 以左为尊") && t.screen.contains("1. 刘东 副司长"))
        try t.keys("J")
        #expect(t.waitFor("2. 刘东 副司长"), "\(t.screen)")
        #expect(t.screen.contains("1. 汤文桂 副厅长"))
        try t.keys("t")
        #expect(t.waitFor("以右为尊"), "\(t.screen)")
        try t.keys("-")
        #expect(t.waitFor("2 排共 7 个座位"), "\(t.screen)")
        try t.keys("u")
        #expect(t.waitFor("1 排共 7 个座位"), "\(t.screen)")
        try t.keys("Escape", "q")
        #expect(t.waitFor("EXITED 0"), "\(t.screen)")
        let chart = try confplan(["--db", db, "seating", "open", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(chart.stdout.utf8)) as? [String: Any])
        let seats = try #require((json["rows"] as? [[String: Any]])?.first?["seats"] as? [[String: Any]])
        #expect(json["rule"] as? String == "international" && seats.count == 7)
        #expect(seats.first { $0["precedence"] as? Int == 1 }?["person"] as? String == "v02")
    }
}
