import Foundation
import Testing
import Fixtures
import TestSupport

/// `confplan tables` on a small dinner: a VIP, a staff member who hosts, a halal guest and two
/// colleagues of one college.
@Suite struct TablesCommandTests {
    static let event = """
        {"confplan": 1,
         "event": {"id": "t1", "name": "测试大会", "firstDay": "2026-05-14", "lastDay": "2026-05-15"},
         "sessions": [{"id": "dinner", "title": "欢迎晚宴", "kind": "meal", "start": "2026-05-14T18:30",
                       "end": "2026-05-14T20:30"}],
         "people": [
          {"id": "zhou", "name": "周部长", "vip": 3, "registration": {"category": "guest", "signups": []}},
          {"id": "chen", "name": "陈强", "registration": {"category": "staff", "signups": []}},
          {"id": "ma", "name": "马立新", "diet": "halal", "registration": {"category": "delegate", "signups": []}},
          {"id": "li", "name": "李娜", "organisation": "德阳职院", "registration": {"category": "delegate", "signups": []}},
          {"id": "wang", "name": "王芳", "organisation": "德阳职院", "registration": {"category": "delegate", "signups": []}}
         ],
         "banquets": [{"meal": "dinner", "exclude": ["staff"]}]
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

    /// Two tables of four: the staff member hosts the head table with the VIP on his right and
    /// the halal guest in the last seat left there (the head table made halal); the two
    /// colleagues together at the second table, which has no host left.
    @Test func layOutAssignAndApply() throws {
        let db = try loaded()
        let laid = try confplan(["--db", db, "tables", "t1", "dinner", "--layout", "2x4", "--lang", "en"])
        #expect(laid.status == 0, "\(laid.stderr)")
        #expect(laid.stdout == """
            欢迎晚宴 (dinner): tables
            Laid out 2 tables of 4 (table 1 the head table).
            Table 1  head table  0/4
            Table 2  0/4
            Without a seat (4):
              周部长  not seated yet
              马立新  not seated yet
              李娜  not seated yet
              王芳  not seated yet

            """)
        let proposed = try confplan(["--db", db, "tables", "dinner", "--assign", "--format", "json"])
        #expect(proposed.stdout == """
            {
              "event": {"id": "t1", "uuid": "\(try uuid(db))"},
              "meal": {"id": "dinner", "uuid": "\(try mealUUID(db))", "title": "欢迎晚宴"},
              "applied": false,
              "changes": {"seated": 5, "moved": 0, "reseated": 0, "unseated": 0},
              "tables": [
                {"number": 1, "rank": 1, "head": true, "halal": true, "capacity": 4, "seats": [{"person": "chen", \
            "name": "陈强", "seat": 1, "host": true}, {"person": "zhou", "name": "周部长", "seat": 2}, {"person": "ma", \
            "name": "马立新", "seat": 4}]},
                {"number": 2, "rank": 2, "head": false, "halal": false, "capacity": 4, "seats": [{"person": "li", \
            "name": "李娜", "seat": 2}, {"person": "wang", "name": "王芳", "seat": 4}]}
              ],
              "unseated": []
            }

            """)
        let applied = try confplan(["--db", db, "tables", "dinner", "--assign", "--apply", "--lang", "zh"])
        #expect(applied.stdout.contains("方案：排座 5 人（含主人）：新排 5 人，1 桌改为清真桌\n"))
        #expect(applied.stdout.hasSuffix("已保存为一次修改（见 confplan log）。\n"))
        let again = try confplan(["--db", db, "tables", "dinner", "--assign", "--lang", "en"])
        #expect(again.stdout.hasSuffix("The seats as they stand need no change.\n"))
        // The seats as they stand are no proposal: nothing to count.
        let current = try confplan(["--db", db, "tables", "dinner", "--format", "json"])
        #expect(current.stdout.contains("  \"applied\": null,\n  \"changes\": null,\n  \"tables\": [\n"))
        let log = try confplan(["--db", db, "log", "--limit", "2", "--lang", "en"])
        #expect(log.stdout.contains("assign tables: “欢迎晚宴”: 2 tables, 5 seated"))
        // The file gave the dinner a table plan without tables: the layout changed it.
        #expect(log.stdout.contains("change tables: “欢迎晚宴”: 2 tables, 0 seated"))
    }

    /// The first assignment of a hall laid out empty seats everyone: the preview says so, not
    /// that the seats need no change (it counted only those moved from one table to another).
    @Test func aFirstAssignmentSaysWhomItSeats() throws {
        let db = try loaded()
        _ = try confplan(["--db", db, "tables", "t1", "dinner", "--layout", "2x4"])
        let r = try confplan(["--db", db, "tables", "t1", "dinner", "--assign", "--lang", "en"])
        #expect(r.stdout.split(separator: "\n").dropFirst().first
                == "Proposed: 5 seated (hosts counted): 5 newly seated, 1 table(s) made halal")
    }

    /// Five at the head table of four: the assignment moves the two colleagues to table 2 and
    /// the halal guest into seat 4, and makes the head table halal; the preview counts each.
    @Test func thePreviewCountsMovesAtTheirTableAndToAnother() throws {
        let dir = try scratchFolder()
        let file = dir.appendingPathComponent("t1.json")
        let seats = ["chen", "zhou", "li", "wang", "ma"].enumerated().map { i, p in
            #"{"meal": "dinner", "table": 1, "seat": \#(i + 1), "person": "\#(p)"\#(i == 0 ? ", \"host\": true" : "")}"#
        }
        let plan = #""banquetTables": [{"meal": "dinner", "number": 1, "seats": 4}, "#
            + #"{"meal": "dinner", "number": 2, "seats": 4, "back": 1}], "banquetSeats": ["#
            + seats.joined(separator: ", ") + "],\n \"banquets\""
        try Self.event.replacingOccurrences(of: "\"banquets\"", with: plan).write(to: file, atomically: true,
                                                                                    encoding: .utf8)
        let db = dir.appendingPathComponent("t.sqlite").path
        let loaded = try confplan(["--db", db, "load", file.path])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let r = try confplan(["--db", db, "tables", "t1", "dinner", "--assign", "--lang", "zh"])
        #expect(r.stdout.split(separator: "\n").dropFirst().first
                == "方案：排座 5 人（含主人）：换桌 2 人，本桌换座 1 人，1 桌改为清真桌")
    }

    @Test func aLayoutOfThirteenSeatsIsRefusedInWords() throws {
        let db = try loaded()
        let r = try confplan(["--db", db, "tables", "dinner", "--layout", "10x13"], env: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--layout：“10x13”不是“桌数x每桌座数”"))
        let none = try confplan(["--db", db, "tables", "dinner", "--assign", "--lang", "en"])
        #expect(none.status == 1 && none.stderr.contains("dinner has no tables yet: lay them out with --layout 20x10"))
    }

    /// `--apply` alone would store nothing while the office thinks it stored the seating: refused.
    @Test func applyWithoutAssignIsRefused() throws {
        let db = try loaded()
        let r = try confplan(["--db", db, "tables", "dinner", "--apply", "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--apply stores the assignment: give it with --assign"))
    }

    /// Laid out again smaller over seated guests: the head table stays halal and keeps whom it
    /// still has seats for; those it cannot keep (the second table is gone) are named.
    @Test func aNewLayoutKeepsWhatFitsAndSaysWhatItCannot() throws {
        let db = try loaded()
        _ = try confplan(["--db", db, "tables", "t1", "dinner", "--layout", "2x4"])
        let seated = try confplan(["--db", db, "tables", "t1", "dinner", "--assign", "--apply"])
        #expect(seated.status == 0, "\(seated.stderr)")
        let again = try confplan(["--db", db, "tables", "t1", "dinner", "--layout", "1x4", "--lang", "zh"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("2 人未保留：李娜（2 号桌 2 号座）、王芳（2 号桌 4 号座）"), "\(again.stderr)")
        let json = try confplan(["--db", db, "tables", "t1", "dinner", "--format", "json"])
        #expect(json.stdout.contains("\"number\": 1, \"rank\": 1, \"head\": true, \"halal\": true"))
    }

    /// A keynote has no banquet tables: the command names it and its kind, and lays nothing out.
    @Test func aSessionThatIsNotAMealIsRefused() throws {
        let dir = try scratchFolder()
        let file = dir.appendingPathComponent("t1.json")
        let keynote = #"{"id": "k1", "title": "主旨演讲一", "kind": "keynote", "start": "2026-05-15T09:00", "#
            + #""end": "2026-05-15T10:00"}, "#
        try Self.event.replacingOccurrences(of: "\"sessions\": [", with: "\"sessions\": [" + keynote)
            .write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try confplan(["--db", db, "load", file.path]).status == 0)
        let r = try confplan(["--db", db, "tables", "t1", "k1", "--layout", "2x4", "--lang", "zh"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("“主旨演讲一”（k1）的类型是“主旨演讲”，不是用餐"), "\(r.stderr)")
    }

    func uuid(_ db: String) throws -> String {
        let r = try confplan(["--db", db, "dump", "t1"])
        return String(r.stdout.split(separator: "\"uuid\": \"")[1].prefix(while: { $0 != "\"" }))
    }

    func mealUUID(_ db: String) throws -> String {
        let r = try confplan(["--db", db, "dump", "t1"])
        let line = r.stdout.split(separator: "\n").first { $0.contains("\"id\": \"dinner\"") }!
        return String(line.split(separator: "\"uuid\": \"")[1].prefix(while: { $0 != "\"" }))
    }
}
