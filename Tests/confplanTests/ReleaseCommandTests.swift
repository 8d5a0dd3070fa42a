import Foundation
import Testing

@Suite struct ReleaseCommandTests {
    /// release, a change, release again: releases lists them with how much changed; diff says what,
    /// in the reader's language and as JSON; --delete asks (and without a terminal keeps it).
    @Test func releasesListDiffAndDelete() throws {
        let db = try loadedSample("foshan-2026-industry-education-consortium.json")
        let first = try confplan(["--db", db, "release", "--name", "征求意见稿", "--note", "发各单位", "--lang", "en"])
        #expect(first.status == 0 && first.stdout.contains("released 征求意见稿 of fs2026: 19 sessions"))
        let nothing = try confplan(["--db", db, "diff", "--lang", "en"])
        #expect(nothing.stdout.contains("Changes from 征求意见稿 to now: 0"))
        #expect(nothing.stdout.contains("Nothing changed."))
        #expect(try confplan(["--db", db, "move", "p2", "--room", "main"]).status == 0)
        #expect(try confplan(["--db", db, "release"]).status == 0)
        let list = try confplan(["--db", db, "releases", "--lang", "zh"])
        #expect(list.stdout.contains("1  征求意见稿"))
        #expect(list.stdout.contains("2  第 2 版") && list.stdout.contains("1 处变动"))
        let diff = try confplan(["--db", db, "diff", "1", "2"], env: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(diff.stdout.contains("征求意见稿 → 第 2 版：1 处变动"))
        #expect(diff.stdout.contains("平行论坛二：企业深度参与的利益纽带：会场由 203会议室"))
        let json = try confplan(["--db", db, "diff", "1", "2", "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sessions = try #require(root["sessions"] as? [[String: Any]])
        let changes = try #require(sessions.first?["changes"] as? [[String: Any]])
        #expect(sessions.count == 1 && changes.first?["change"] as? String == "room")
        #expect(try confplan(["--db", db, "diff", "1", "2", "--format", "json"]).stdout == json.stdout)
        // Notices since release 1: each speaker of the moved forum, in Chinese, and as CSV for SMS.
        let notices = try confplan(["--db", db, "export", "notices", "--since", "1"])
        #expect(notices.status == 0, "\(notices.stderr)")
        #expect(notices.stdout.contains(
            "您好，会议日程有以下调整：\n3月26日 平行论坛二：企业深度参与的利益纽带：会场由 203会议室"))
        let csv = try confplan(["--db", db, "export", "notices", "--since", "1", "--to", "all", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}手机,邮箱,姓名,通知内容"))
        #expect(csv.stdout.components(separatedBy: "\r\n").count > 100)
        let kept = try confplan(["--db", db, "release", "--delete", "1", "--lang", "en"])
        #expect(kept.status == 1 && kept.stderr.contains("release 1 kept"))
        #expect(try confplan(["--db", db, "release", "--delete", "1", "--yes"]).status == 0)
        let log = try confplan(["--db", db, "log", "--limit", "1", "--lang", "en"])
        #expect(log.stdout.contains("delete release"))
        let header = try confplan(["--db", db, "export", "programme"])
        #expect(header.stdout.contains("第 2 版 · "))
    }

    /// The SEQUENCE of the calendar entry of 平行论坛二 (p2) in an export of the event.
    static func sequence(_ db: String) throws -> Int? {
        let ical = try confplan(["--db", db, "export", "ical"]).stdout
        let entry = ical.components(separatedBy: "BEGIN:VEVENT").first {
            $0.contains("UID:e00a0514-1cc6-8f5d-8d1a-4851e6e1e163@confplan")
        }
        let line = entry?.components(separatedBy: "\r\n").first { $0.hasPrefix("SEQUENCE:") }
        return line.flatMap { Int($0.dropFirst("SEQUENCE:".count)) }
    }

    /// RFC 5545: an entry's SEQUENCE never goes down and rises with every change that goes out, so
    /// a phone that imported an earlier file takes the new time. Two unreleased moves exported in
    /// turn, a move back, a release and the deletion of a release, then a dump and a load.
    @Test func theCalendarSequenceOfASessionNeverGoesDown() throws {
        let db = try loadedSample("foshan-2026-industry-education-consortium.json")
        #expect(try confplan(["--db", db, "release"]).status == 0)
        #expect(try Self.sequence(db) == 0)
        #expect(try confplan(["--db", db, "move", "p2", "--start", "15:00"]).status != 1)
        #expect(try Self.sequence(db) == 1)
        #expect(try Self.sequence(db) == 1)
        #expect(try confplan(["--db", db, "move", "p2", "--start", "16:00"]).status != 1)
        #expect(try Self.sequence(db) == 2)
        #expect(try confplan(["--db", db, "move", "p2", "--start", "14:00"]).status != 1)
        #expect(try Self.sequence(db) == 3)
        #expect(try confplan(["--db", db, "move", "p2", "--start", "15:00"]).status != 1)
        #expect(try confplan(["--db", db, "release"]).status == 0)
        #expect(try Self.sequence(db) == 4)
        #expect(try confplan(["--db", db, "release", "--delete", "2", "--yes"]).status == 0)
        #expect(try Self.sequence(db) == 4)
        #expect(try confplan(["--db", db, "release", "--delete", "1", "--yes"]).status == 0)
        #expect(try Self.sequence(db) == 4)
        // The event file carries it: a dump loaded into a new database goes on from 4.
        let dump = try confplan(["--db", db, "dump"])
        #expect(dump.stdout.contains("\"sequence\": 4"))
        let file = try scratchFolder().appendingPathComponent("fs.json")
        try dump.stdout.write(to: file, atomically: true, encoding: .utf8)
        let other = try scratchFolder().appendingPathComponent("o.sqlite").path
        #expect(try confplan(["--db", other, "load", file.path]).status == 0)
        #expect(try Self.sequence(other) == 4)
        #expect(try confplan(["--db", other, "move", "p2", "--start", "16:00"]).status != 1)
        #expect(try Self.sequence(other) == 5)
    }

    /// `--lang` is the language of the messages themselves when given, not only of the headers.
    @Test func langGivesTheLanguageOfEveryNotice() throws {
        let db = try loadedSample("foshan-2026-industry-education-consortium.json")
        #expect(try confplan(["--db", db, "release"]).status == 0)
        #expect(try confplan(["--db", db, "move", "p2", "--room", "main"]).status != 1)
        let english = try confplan(["--db", db, "export", "notices", "--lang", "en"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains(", the programme has changed:\n26 Mar 平行论坛二：企业深度参与的利益纽带: room 203会议室"))
        #expect(!english.stdout.contains("您好"))
        let chinese = try confplan(["--db", db, "export", "notices"])
        #expect(chinese.stdout.contains("您好，会议日程有以下调整：\n3月26日 平行论坛二"))
    }
}
