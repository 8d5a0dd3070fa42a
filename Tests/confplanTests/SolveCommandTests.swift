import Foundation
import Testing
import Fixtures
import TestSupport

@Suite struct SolveCommandTests {
    /// Without --apply the plan is shown and nothing is saved; with it the moves are one entry
    /// in the log, and check then finds no errors.
    @Test func showsThePlanThenAppliesItAsOneChange() throws {
        let db = try loadedSample("foshan-2026-industry-education-consortium.json")
        let shown = try confplan(["--db", db, "solve", "--lang", "en"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("errors 3 → 0 · 3 sessions moved"))
        #expect(shown.stdout.contains("“平行论坛二：企业深度参与的利益纽带”: 26 Mar 14:00–16:00, 203会议室 → "
            + "26 Mar 14:00–16:00, 主会场（一楼大厅）"))
        #expect(shown.stdout.contains(
            "clears: “平行论坛二：企业深度参与的利益纽带” has 117 sign-ups for 60 seats in 203会议室"))
        #expect(try confplan(["--db", db, "check"]).status == 3)
        let applied = try confplan(["--db", db, "solve", "--apply", "--lang", "en"])
        #expect(applied.status == 0)
        #expect(try confplan(["--db", db, "check"]).status == 0)
        let log = try confplan(["--db", db, "log", "--limit", "2", "--lang", "en"])
        #expect(log.stdout.contains("solve") && log.stdout.contains("3 sessions moved"))
        #expect(!log.stdout.contains("change session"))
        let again = try confplan(["--db", db, "solve", "--lang", "en"])
        #expect(again.stdout.contains("Nothing to repair"))
    }

    /// What cannot be cleared is explained and the exit status is 3; the JSON form says the same
    /// and is the same on every run.
    @Test func whatStaysIsExplainedAndJSONIsStable() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        let kept = try confplan(["--db", db, "solve", "--keep", "farewell", "--lang", "en"])
        #expect(kept.status == 3)
        #expect(kept.stdout.contains("Not cleared (1):"))
        #expect(kept.stdout.contains("every session in it is fixed or kept where it is"))
        // The farewell dinner, dated after the event, is a meal: only --move-held moves it.
        let held = try confplan(["--db", db, "solve", "--lang", "en"])
        #expect(held.status == 3 && held.stdout.contains("a meal, break or the opening keeps its time"))
        let json = try confplan(["--db", db, "solve", "--move-held", "--format", "json"])
        #expect(json.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((root["before"] as? [String: Int])?["errors"] == 3)
        #expect((root["after"] as? [String: Int])?["errors"] == 0)
        #expect(root["complete"] as? Bool == true && root["applied"] as? Bool == false)
        let moves = try #require(root["moves"] as? [[String: Any]])
        #expect(moves.count == 4)
        #expect(try confplan(["--db", db, "solve", "--move-held", "--format", "json"]).stdout == json.stdout)
    }

    /// In Chinese, and with --only-unplaced only the session without a place moves.
    @Test func onlyUnplacedInChinese() throws {
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let r = try confplan(["--db", db, "solve", "--only-unplaced"], env: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(r.status == 3)
        #expect(r.stdout.contains("错误 5 → 5 · 移动 1 个场次 · 未安排 1 → 0"))
        #expect(r.stdout.contains("「参观车辆集合」：未安排 → "))
        #expect(r.stdout.contains("未处理：--only-unplaced 只安排没有会场或时间的场次"))
        let bad = try confplan(["--db", db, "solve", "--keep", "没有这个场次"])
        #expect(bad.status == 1 && bad.stderr.contains("没有这个场次"))
    }

    /// A fixed keynote put in the banquet hall over lunch: the meal keeps its time unless
    /// `--move-held` lets the repair move meals, breaks and the opening.
    @Test func aMealMovesOnlyWithMoveHeld() throws {
        let source = repoRoot.appendingPathComponent("sample-events/deyang-2026-innovation-summit.json")
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        var sessions = try #require(root["sessions"] as? [[String: Any]])
        let k = try #require(sessions.firstIndex { $0["id"] as? String == "k4" })
        sessions[k]["room"] = "banquet"
        sessions[k]["start"] = "2026-05-14T12:00"
        sessions[k]["end"] = "2026-05-14T13:30"
        sessions[k]["fixed"] = true
        root["sessions"] = sessions
        let file = try scratchFolder().appendingPathComponent("lunch.json")
        try JSONSerialization.data(withJSONObject: root).write(to: file)
        let db = try scratchFolder().appendingPathComponent("lunch.sqlite").path
        #expect(try confplan(["--db", db, "load", file.path]).status == 0)
        let moved = "“自助午餐”: 14 May 12:00–13:30, 宴会厅 → "
        let kept = try confplan(["--db", db, "solve", "--lang", "en"])
        #expect(kept.status == 3 && !kept.stdout.contains(moved), "\(kept.stdout)")
        let asked = try confplan(["--db", db, "solve", "--move-held", "--lang", "en"])
        #expect(asked.stdout.contains(moved), "\(asked.stdout)\(asked.stderr)")
    }
}
