import Foundation
import Testing
import TestSupport

/// The grid driven through the real program in tmux: a session dragged onto a clash and back,
/// the count in the status bar following it.
@Suite struct ScheduleTerminalTests {
    func errors(_ screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").last(where: { $0.contains("个错误") }),
              let r = line.range(of: #"(\d+) 个错误"#, options: .regularExpression) else { return nil }
        return Int(line[r].split(separator: " ")[0])
    }

    @Test func movingASessionAcrossAClashAndBackMovesTheCount() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("grid.sqlite").path
        let t = Tmux()
        try t.start("cd '\(repoRoot.path)' && LANG=C.UTF-8 '\(confplanBinary().path)' demo --db '\(db)' --lang zh; echo EXITED $?; sleep 60",
                    width: 120, height: 36)
        #expect(t.waitFor("5 个错误 · 4 个警告"), "\(t.screen)")
        try t.keys("5")
        #expect(t.waitFor("5月14日 星期四"), "\(t.screen)")
        #expect(t.waitFor("09:00–09:40 开幕式 · 一号会议厅"), "\(t.screen)")
        // Drag the opening ceremony an hour later, onto the keynotes in the same hall.
        try t.keys("m")
        #expect(t.waitFor("Enter 放下"))
        try t.keys("Down", "Down", "Down", "Down")
        #expect(t.waitFor("移动中：10:00–10:40 开幕式"), "\(t.screen)")
        let during = errors(t.screen) ?? 0
        #expect(during > 5, "\(t.screen)")
        #expect(t.screen.contains("✖ 一号会议厅"), "the clash is explained under the grid: \(t.screen)")
        // And back: the count goes down again.
        try t.keys("Up", "Up", "Up", "Up")
        #expect(t.waitFor("移动中：09:00–09:40 开幕式"), "\(t.screen)")
        #expect(t.waitFor("5 个错误 · 4 个警告"), "\(t.screen)")
        try t.keys("Escape")
        #expect(t.waitFor("已还原"))
        // Placed on the clash with Enter it is saved; u takes it back.
        try t.keys("m", "Down", "Down", "Down", "Down", "Enter")
        #expect(t.waitFor("已保存"), "\(t.screen)")
        #expect(errors(t.screen) == during)
        try t.keys("u")
        #expect(t.waitFor("5 个错误 · 4 个警告"), "\(t.screen)")
        try t.keys("q")
        #expect(t.waitFor("EXITED 0"))
        let dump = try confplan(["--db", db, "dump"])
        #expect(dump.stdout.contains(#""title": "开幕式", "kind": "opening-ceremony", "room": "hall", "start": "2026-05-14T09:00""#))
    }

    /// The largest sample in the real program, in Chinese at 120×36, once its counts show.
    func demo(_ name: String) throws -> (Tmux, String) {
        let db = try scratchFolder().appendingPathComponent("\(name).sqlite").path
        let t = Tmux()
        try t.start("cd '\(repoRoot.path)' && LANG=C.UTF-8 '\(confplanBinary().path)' demo --db '\(db)' --lang zh; "
                    + "echo EXITED $?; sleep 60", width: 120, height: 36)
        #expect(t.waitFor("5 个错误 · 4 个警告"), "\(t.screen)")
        return (t, db)
    }

    /// F in the Conflicts pane: a line of progress, the plan beside the grid, Enter takes it (the
    /// errors go to 0) and u takes it all back.
    @Test func repairingFromTheConflictsPane() throws {
        let (t, _) = try demo("repair")
        try t.keys("6", "F")
        #expect(t.waitFor("─ 调整方案 ─"), "\(t.screen)")
        #expect(t.waitFor("错误 5 → 0 · 移动 5 个场次"), "\(t.screen)")
        #expect(t.screen.contains("┌→圆桌对话"), "the first move's ghost box: \(t.screen)")
        try t.keys("Enter")
        #expect(t.waitFor("已移动 5 个场次"), "\(t.screen)")
        #expect(t.waitFor("0 个错误"), "\(t.screen)")
        try t.keys("u")
        #expect(t.waitFor("5 个错误 · 4 个警告"), "\(t.screen)")
        try t.keys("q")
        #expect(t.waitFor("EXITED 0"))
    }

    /// C shows the changes since the last release; r makes a release with a name; the top bar then
    /// names it, and counts a change made after it.
    @Test func aReleaseFromTheChangesView() throws {
        let (t, db) = try demo("release")
        try t.keys("C")
        #expect(t.waitFor("尚未发布：共 41 个场次"), "\(t.screen)")
        try t.keys("r")
        #expect(t.waitFor("发布日程"), "\(t.screen)")
        try t.keys("定稿", "Enter")
        #expect(t.waitFor("已发布定稿"), "\(t.screen)")
        #expect(t.waitFor("定稿后的改动：0 处"), "\(t.screen)")
        try t.keys("Escape", "5", "m", "Down", "Enter")
        #expect(t.waitFor("定稿 · 1 处改动"), "\(t.screen)")
        try t.keys("q")
        #expect(t.waitFor("EXITED 0"))
        #expect(try confplan(["--db", db, "releases"]).stdout.contains("1  定稿"))
    }
}
