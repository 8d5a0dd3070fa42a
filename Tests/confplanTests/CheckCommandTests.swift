import Foundation
import Testing
import Fixtures
import TestSupport

@Suite struct CheckCommandTests {
    @Test func checkExitsThreeOnOpenErrorsAndZeroWithout() throws {
        let db = try loadedSample("foshan-2026-industry-education-consortium.json")
        let r = try confplan(["--db", db, "check", "--lang", "en"])
        #expect(r.status == 3)
        #expect(r.stdout.contains("3 errors · 3 warnings · 1 info"))
        #expect(r.stdout.contains("room unavailable"))
        let warnings = try confplan(["--db", db, "check", "--only", "travel-time,parallel-to-plenary", "--lang", "en"])
        #expect(warnings.status == 0)
        #expect(!warnings.stdout.contains("room unavailable") && warnings.stdout.contains("too little travel time"))
        let errorsOnly = try confplan(["--db", db, "check", "--min-severity", "error", "--lang", "en"])
        #expect(errorsOnly.stdout.contains("3 errors · 0 warnings · 0 info"))
        let bad = try confplan(["--db", db, "check", "--only", "room-clash"])
        #expect(bad.status == 2 && bad.stderr.contains("unknown code 'room-clash'"))
    }

    @Test func chineseReportUnderAChineseLocale() throws {
        let db = try loadedSample("foshan-2026-industry-education-consortium.json")
        let r = try confplan(["--db", db, "check"], env: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(r.stdout.contains("3 个错误 · 3 个警告 · 1 条提示"))
        #expect(r.stdout.contains("错误 (3)"))
    }

    @Test func jsonIsParseable() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        let r = try confplan(["--db", db, "check", "hz2025", "--format", "json"])
        #expect(r.status == 3)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(Set(findings.compactMap { $0["code"] as? String }) == ["missing-feature", "person-overlap", "outside-event", "attendee-clash", "unplaced"])
    }

    @Test func acknowledgingAnErrorStopsCountingIt() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        let json = try confplan(["--db", db, "check", "--format", "json", "--min-severity", "error"])
        let findings = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["findings"] as? [[String: Any]])
        let ids = findings.compactMap { $0["id"] as? String }
        #expect(ids.count == 3)
        #expect(try confplan(["--db", db, "ack", ids[0]]).status == 2) // a reason is required
        for id in ids {
            let r = try confplan(["--db", db, "ack", "hz2025", id, "--reason", "会务组已知悉，按原计划执行"], env: ["USER": "wang"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("acknowledged \(id)"))
        }
        let after = try confplan(["--db", db, "check", "--lang", "en"])
        #expect(after.status == 0)
        #expect(after.stdout.contains("0 errors · 2 warnings · 1 info · 3 acknowledged"))
        #expect(after.stdout.contains("acknowledged: 会务组已知悉，按原计划执行 — wang"))
        #expect(try confplan(["--db", db, "unack", ids[0]]).status == 0)
        #expect(try confplan(["--db", db, "check"]).status == 3)
        #expect(try confplan(["--db", db, "ack", "ffffffff", "--reason", "x"]).status == 1)
    }

    @Test func severityCanBeLoweredOrSilencedPerEvent() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        #expect(try confplan(["--db", db, "severity", "outside-event", "warning"]).status == 0)
        #expect(try confplan(["--db", db, "severity", "hz2025", "attendee-clash", "off"]).status == 0)
        let r = try confplan(["--db", db, "check", "--lang", "en"])
        #expect(r.stdout.contains("2 errors · 1 warning · 1 info"))
        #expect(!r.stdout.contains("sign-up clash"))
        #expect(try confplan(["--db", db, "severity", "attendee-clash", "default"]).status == 0)
        #expect(try confplan(["--db", db, "check", "--lang", "en"]).stdout.contains("sign-up clash"))
        #expect(try confplan(["--db", db, "severity", "nonsense", "off"]).status == 2)
    }

    @Test func suggestListsFreeSlots() throws {
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let r = try confplan(["--db", db, "suggest", "rt1", "--lang", "zh"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "圆桌对话：校企合作如何“不浅不虚”")
        #expect(lines.count == 11) // the title, then the ten best slots
        #expect(lines[1].contains("5月14日") && lines[1].contains("三号会议室")) // its own room first
        #expect(try confplan(["--db", db, "suggest", "不存在"]).status == 1)
    }
}

@Suite struct ReloadKeepsDecisionsTests {
    @Test func loadReplaceKeepsAcknowledgementsAndSeveritiesAndCountsThoseWithoutAFinding() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("w.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json")
        #expect(try confplan(["--db", db, "load", sample.path]).status == 0)
        let json = try confplan(["--db", db, "check", "--format", "json", "--min-severity", "error"])
        let findings = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["findings"]
            as? [[String: Any]])
        let ids = findings.compactMap { $0["id"] as? String }
        for id in ids {
            #expect(try confplan(["--db", db, "ack", id, "--reason", "会务组已知悉"], env: ["USER": "wang"]).status == 0)
        }
        #expect(try confplan(["--db", db, "severity", "attendee-clash", "off"]).status == 0)

        // The same file again: every decision still holds.
        let again = try confplan(["--db", db, "load", "--replace", sample.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasSuffix("acknowledgements: 3 still match a finding\n"))
        let after = try confplan(["--db", db, "check", "--lang", "en"])
        #expect(after.stdout.contains("0 errors · 0 warnings · 1 info · 3 acknowledged"))
        #expect(after.stdout.contains("acknowledged: 会务组已知悉 — wang"))
        #expect(!after.stdout.contains("attendee-clash"))

        // Moving the farewell into the event clears its finding: the acknowledgement is counted
        // as matching nothing, kept, and logged.
        let moved = try String(contentsOf: sample, encoding: .utf8)
            .replacingOccurrences(of: "\"start\": \"2025-10-25T", with: "\"start\": \"2025-10-24T")
            .replacingOccurrences(of: "\"end\": \"2025-10-25T", with: "\"end\": \"2025-10-24T")
        let file = dir.appendingPathComponent("moved.json")
        try moved.write(to: file, atomically: true, encoding: .utf8)
        let third = try confplan(["--db", db, "load", "--replace", file.path])
        #expect(third.stdout.hasSuffix("acknowledgements: 2 still match a finding; 1 matches no finding now (kept, and listed in `confplan log`)\n"))
        #expect(try confplan(["--db", db, "log"]).stdout.contains("1 kept but matching no finding now"))

        // dump → load into another database keeps them too.
        let dumped = dir.appendingPathComponent("dumped.json")
        #expect(try confplan(["--db", db, "dump", "-o", dumped.path]).status == 0)
        let other = dir.appendingPathComponent("other.sqlite").path
        #expect(try confplan(["--db", other, "load", dumped.path]).status == 0)
        let copied = try confplan(["--db", other, "check", "--lang", "en"])
        #expect(copied.stdout.contains("0 errors · 0 warnings · 1 info · 2 acknowledged"))
        #expect(try confplan(["--db", other, "dump"]).stdout == (try String(contentsOf: dumped, encoding: .utf8)))
    }
}

@Suite struct ClockChangeTests {
    /// A Sino-German seminar held in Berlin over the night the clocks go forward (29 March 2026).
    static let event = """
        {"confplan": 1,
         "event": {"id": "be", "name": "中德研讨会", "timeZone": "Europe/Berlin", "firstDay": "2026-03-28", "lastDay": "2026-10-25", "dayChangeHour": 0},
         "sites": [{"id": "h", "name": "Hotel"}],
         "rooms": [{"id": "r", "site": "h", "name": "Saal", "capacity": 100}],
         "sessions": [
          {"id": "night", "title": "夜场", "room": "r", "start": "2026-03-29T02:15", "end": "2026-03-29T02:45"},
          {"id": "across", "title": "跨夜", "room": "r", "start": "2026-03-29T01:30", "end": "2026-03-29T03:30"},
          {"id": "back", "title": "回拨", "room": "r", "start": "2026-10-25T02:30", "end": "2026-10-25T03:30"}
         ]}
        """

    @Test func checkFindsSkippedAndRepeatedLocalTimesAndFrabCountsRealDurations() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("w.sqlite").path
        let file = dir.appendingPathComponent("be.json")
        try Self.event.write(to: file, atomically: true, encoding: .utf8)
        #expect(try confplan(["--db", db, "load", file.path]).status == 0)
        let check = try confplan(["--db", db, "check", "--format", "json"])
        #expect(check.status == 3)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        let codes = findings.compactMap { f -> String? in
            guard let code = f["code"] as? String, code.hasSuffix("-time") else { return nil }
            let session = ((f["sessions"] as? [[String: Any]])?.first?["id"] as? String) ?? ""
            return "\(code) \(session)"
        }
        // 跨夜 starts and ends at times that exist: it is one real hour long, and fine.
        #expect(codes.sorted() == ["ambiguous-time back", "nonexistent-time night"])
        let json = try confplan(["--db", db, "export", "frab-json", "-o", "-"])
        // 01:30–03:30 local on that night is one real hour; 02:30 on 25 October is its first occurrence (+02:00).
        #expect(json.stdout.contains("\"date\": \"2026-03-29T01:30:00+01:00\", \"start\": \"01:30\", \"duration\": \"01:00\""))
        #expect(json.stdout.contains("\"date\": \"2026-10-25T02:30:00+02:00\", \"start\": \"02:30\", \"duration\": \"02:00\""))
    }
}

@Suite struct LogTimeTests {
    /// `log` gives each change's time on the event's clock in the office's words; `--iso` the
    /// stored instant, which is the same moment.
    @Test func logTimesAreTheEventsLocalTime() throws {
        let db = try scratchFolder().appendingPathComponent("t.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/deyang-2026-innovation-summit.json").path
        #expect(try confplan(["--db", db, "load", sample]).status == 0)
        #expect(try confplan(["--db", db, "move", "open", "--start", "09:10"]).status == 0)
        let iso = try confplan(["--db", db, "log", "--iso", "--limit", "1"]).stdout
        let zh = try confplan(["--db", db, "--lang", "zh", "log", "--limit", "1"]).stdout
        let stamp = try #require(ISO8601DateFormatter().date(from: String(iso.prefix(20))))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let c = calendar.dateComponents([.month, .day, .hour, .minute], from: stamp)
        let expected = "\(c.month!)月\(c.day!)日 " + String(format: "%02d:%02d", c.hour!, c.minute!)
        #expect(zh.hasPrefix(expected + " +08:00  "), "\(zh)")
    }
}

@Suite struct ChineseMessagesTests {
    /// Under a Chinese locale the command line answers in Chinese.
    @Test func messagesFollowTheLocale() throws {
        let db = try scratchFolder().appendingPathComponent("zh.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json").path
        let zh = ["LANG": "zh_CN.UTF-8", "LC_ALL": ""]
        let loaded = try confplan(["--db", db, "load", sample], env: zh).stdout
        #expect(loaded.hasPrefix("已载入 hz2025：中德职教合作"), "\(loaded)")
        let backup = Scratch.file("zh-backup", "b.sqlite")
        #expect(try confplan(["--db", db, "backup", backup], env: zh).stdout == "已把 \(db) 备份到 \(backup)（已检查）\n")
        #expect(try confplan(["--db", db, "log", "--grep", "不存在的"], env: zh).stdout == "没有提到“不存在的”的修改\n")
        let missing = try confplan(["--db", db, "import", "attendees", "/nonexistent/回执.csv"], env: zh)
        #expect(missing.status == 1 && missing.stderr == "confplan: /nonexistent/回执.csv：没有这个文件\n")
        let bad = try confplan(["--db", db, "log", "--limit", "x"], env: zh)
        #expect(bad.status == 2 && bad.stderr == "confplan: --limit：“x”不是正整数\n")
        let none = try confplan(["--db", db + ".none", "check"], env: zh).stderr
        #expect(none.hasPrefix("confplan: \(db).none 没有数据库"), "\(none)")
        let log = try confplan(["--db", db, "log", "--grep", "载入会议"], env: zh).stdout
        #expect(log.hasSuffix("  载入会议：19 个场次，5 个会场，251 人\n"), "\(log)")
    }
}

@Suite struct MoveCommandTests {
    /// `--start` reads times as the session form does: `0930` is half past nine, as `09:30` is.
    @Test func moveStartReadsTheFormsClockTimes() throws {
        let db = try scratchFolder().appendingPathComponent("t.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/deyang-2026-innovation-summit.json").path
        #expect(try confplan(["--db", db, "load", sample]).status == 0)
        let moved = try confplan(["--db", db, "--lang", "en", "move", "open", "--start", "0930"])
        // Saved at 09:30, where it meets the keynote that follows it: exit status 3, not a usage error.
        #expect(moved.status == 3, "\(moved.stderr)")
        #expect(moved.stdout.hasPrefix("moved ") && moved.stdout.contains(" 09:30–"), "\(moved.stdout)")
        let chinese = try confplan(["--db", db, "--lang", "en", "move", "open", "--start", "14时05"])
        #expect(chinese.stdout.contains(" 14:05–"), "\(chinese.stdout)")
        let bad = try confplan(["--db", db, "--lang", "en", "move", "open", "--start", "24:00"])
        #expect(bad.status == 2 && bad.stderr.contains("--start: \"24:00\" is not HH:MM"), "\(bad.stderr)")
    }
}
