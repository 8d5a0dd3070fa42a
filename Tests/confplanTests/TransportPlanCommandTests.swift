import Foundation
import Testing
import Fixtures
import TestSupport

/// `confplan transport` and `transport plan` on a small event: a VIP flying in with a companion,
/// two guests on one train, one of them leaving by train, and a form without a time.
@Suite struct TransportPlanCommandTests {
    static let event = """
        {"confplan": 1,
         "event": {"id": "t1", "name": "测试大会", "firstDay": "2026-05-14", "lastDay": "2026-05-15"},
         "sites": [{"id": "hotel", "name": "旌湖宾馆"}, {"id": "station", "name": "德阳站"},
                   {"id": "ctu", "name": "成都双流国际机场T2"}],
         "travel": [{"from": "hotel", "to": "station", "minutes": 15}, {"from": "hotel", "to": "ctu", "minutes": 90}],
         "people": [
          {"id": "zhang", "name": "张伟", "vip": 3, "travel": {"arrival": {"mode": "flight", "number": "CA4193",
           "hub": "ctu", "time": "2026-05-13T10:00"}, "companions": 1}},
          {"id": "li", "name": "李娜", "travel": {"arrival": {"mode": "train", "number": "G8921", "hub": "station",
           "time": "2026-05-13T14:20", "transfer": true}, "departure": {"mode": "train", "number": "G8922",
           "hub": "station", "time": "2026-05-15T18:00", "transfer": true}}, "registration": {}},
          {"id": "wang", "name": "王芳", "travel": {"arrival": {"mode": "train", "number": "G8921", "hub": "station",
           "time": "2026-05-13T14:20", "transfer": true}, "companions": 2}, "registration": {}},
          {"id": "zhao", "name": "赵静", "travel": {"arrival": {"mode": "train", "hub": "station", "transfer": true}},
           "registration": {}},
          {"id": "chen", "name": "陈强", "registration": {"category": "staff", "signups": []}}
         ],
         "vehicles": [{"id": "car", "plate": "川F·A1001", "kind": "car", "driver": "刘师傅"},
                      {"id": "van", "plate": "川F·B2001", "kind": "van", "driver": "王师傅"}]
        }
        """

    /// The saloon for the VIP (with the staff escort, who is not in the JSON), and the saloon again
    /// for the train and the drop-off: it is back by then and seats them, so the van stays free;
    /// the form without a time is reported.
    static let planned = """
        {
          "runs": [
            {"id": "run-1", "kind": "pickup", "vehicle": "川F·A1001", "seats": 4, \
        "from": "成都双流国际机场T2", "to": "旌湖宾馆", "depart": "2026-05-13T10:40", "arrive": "2026-05-13T12:10", \
        "passengers": [{"person": "zhang", "name": "张伟", "companions": 1}]},
            {"id": "run-2", "kind": "pickup", "vehicle": "川F·A1001", "seats": 4, "from": "德阳站", "to": "旌湖宾馆", \
        "depart": "2026-05-13T14:35", "arrive": "2026-05-13T14:50", "passengers": [{"person": "li", "name": "李娜", \
        "companions": 0}, {"person": "wang", "name": "王芳", "companions": 2}]},
            {"id": "run-3", "kind": "dropoff", "vehicle": "川F·A1001", "seats": 4, "from": "旌湖宾馆", "to": "德阳站", \
        "depart": "2026-05-15T17:15", "arrive": "2026-05-15T17:30", "passengers": [{"person": "li", "name": "李娜", \
        "companions": 0}]}
          ],
          "unplanned": [
            {"person": "zhao", "direction": "pickup", "reason": "incomplete-journey"}
          ]
        }

        """

    func loaded() throws -> String {
        let dir = try scratchFolder()
        let file = dir.appendingPathComponent("t1.json")
        try Self.event.write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("t.sqlite").path
        let r = try confplan(["--db", db, "load", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    /// Two events in one database, each planned: the second's new runs get their own numbers
    /// instead of failing on the first's.
    @Test func aSecondEventInTheDatabasePlansToo() throws {
        let db = try loaded()
        #expect(try confplan(["--db", db, "transport", "plan", "t1", "--apply"]).status == 0)
        let dir = try scratchFolder()
        let other = dir.appendingPathComponent("t2.json")
        try Self.event.replacingOccurrences(of: "\"id\": \"t1\"", with: "\"id\": \"t2\"")
            .write(to: other, atomically: true, encoding: .utf8)
        #expect(try confplan(["--db", db, "load", other.path]).status == 0)
        let second = try confplan(["--db", db, "transport", "plan", "t2", "--apply", "--lang", "en"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try confplan(["--db", db, "transport", "t2", "--format", "json"]).stdout == Self.planned)
    }

    @Test func thePlanAsJSON() throws {
        let db = try loaded()
        let r = try confplan(["--db", db, "transport", "plan", "t1", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == Self.planned)
    }

    /// Before planning, everyone who asked is listed without a run; after `--apply` the runs as
    /// they stand are the ones proposed, and planning again proposes the same.
    @Test func appliedRunsAreTheRunsAsTheyStand() throws {
        let db = try loaded()
        let before = try confplan(["--db", db, "transport", "--format", "json"])
        #expect(before.stdout == """
            {
              "runs": [],
              "unplanned": [
                {"person": "zhang", "direction": "pickup", "reason": "no-run"},
                {"person": "li", "direction": "pickup", "reason": "no-run"},
                {"person": "li", "direction": "dropoff", "reason": "no-run"},
                {"person": "wang", "direction": "pickup", "reason": "no-run"},
                {"person": "zhao", "direction": "pickup", "reason": "incomplete-journey"}
              ]
            }

            """)
        let applied = try confplan(["--db", db, "transport", "plan", "--apply", "--lang", "en"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("Proposed: 3 runs new, 0 changed, 0 cancelled\nSaved as one change"))
        #expect(try confplan(["--db", db, "transport", "--format", "json"]).stdout == Self.planned)
        let again = try confplan(["--db", db, "transport", "plan", "--lang", "en"])
        #expect(again.stdout.contains("Proposed: 0 runs new, 0 changed, 0 cancelled\nThe runs as they stand need no change."))
        let log = try confplan(["--db", db, "log", "--limit", "5", "--lang", "en"])
        #expect(log.stdout.components(separatedBy: "plan transport").count == 2 && !log.stdout.contains("add run"))
        #expect(log.stdout.contains("3 runs new, 0 changed, 0 cancelled"))
    }

    /// In Chinese, per kind, day and hub, with the escort and the companions; a window past the
    /// hour is refused in words.
    @Test func theTextInChineseAndABadWindow() throws {
        let db = try loaded()
        let r = try confplan(["--db", db, "transport", "plan"], env: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(r.stdout.contains("""
            接站 · 5月13日 星期三 · 成都双流国际机场T2
            + 10:40→12:10  川F·A1001 轿车 刘师傅  2/4座  陪同 陈强
                  张伟（随行1人）

            接站 · 5月13日 星期三 · 德阳站
            + 14:35→14:50  川F·A1001 轿车 刘师傅  4/4座
                  李娜、王芳（随行2人）
            """))
        let bad = try confplan(["--db", db, "transport", "plan", "--window", "90"], env: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(bad.status == 2 && bad.stderr.contains("--window：“90”不是 0 到 60 之间的分钟数"))
    }
}
