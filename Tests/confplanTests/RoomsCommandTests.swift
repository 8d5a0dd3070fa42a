import Foundation
import Testing
import Fixtures
import TestSupport

/// `confplan rooms` and `rooms assign` on a small event: two men asking to share, a woman, a
/// minister, a guest who sleeps at home, and a twin block of two numbered rooms with a suite.
@Suite struct RoomsCommandTests {
    static let event = """
        {"confplan": 1,
         "event": {"id": "t1", "name": "测试大会", "firstDay": "2026-05-13", "lastDay": "2026-05-15"},
         "sites": [{"id": "hotel", "name": "旌湖宾馆"}],
         "people": [
          {"id": "zhang", "name": "张伟", "gender": "男", "registration": {}, "stay": {"need": "shared", "roommate": "li"}},
          {"id": "li", "name": "李强", "gender": "男", "registration": {}, "stay": {"need": "shared"}},
          {"id": "wang", "name": "王芳", "gender": "女", "registration": {}, "stay": {"need": "shared"}},
          {"id": "zhou", "name": "周部长", "gender": "男", "vip": 3, "registration": {}, "stay": {"need": "single"}},
          {"id": "chen", "name": "陈强", "registration": {}, "stay": {"need": "none"}}
         ],
         "roomBlocks": [
          {"id": "twin", "hotel": "hotel", "type": "twin", "checkIn": "2026-05-13", "checkOut": "2026-05-15",
           "rooms": 2, "numbers": ["1208", "1209"]},
          {"id": "suite", "hotel": "hotel", "type": "suite", "checkIn": "2026-05-13", "checkOut": "2026-05-15", "rooms": 1}
         ]
        }
        """

    static let assigned = """
        {"hotel": "旌湖宾馆", "room": "1208", "type": "twin", "beds": 2, "guests": [{"person": "zhang", "name": "张伟", \
        "nights": ["2026-05-13", "2026-05-14"]}, {"person": "li", "name": "李强", "nights": ["2026-05-13", "2026-05-14"]}]},
            {"hotel": "旌湖宾馆", "room": "1209", "type": "twin", "beds": 2, "guests": [{"person": "wang", "name": "王芳", \
        "nights": ["2026-05-13", "2026-05-14"]}]},
            {"hotel": "旌湖宾馆", "room": "套房-1", "type": "suite", "beds": 1, "guests": [{"person": "zhou", \
        "name": "周部长", "nights": ["2026-05-13", "2026-05-14"]}]}
          ],
          "unassigned": []
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

    /// Nobody has a room before; after `--apply` the rooms as they stand are those proposed, logged
    /// as one change, and assigning again changes nothing.
    @Test func appliedRoomsAreTheRoomsAsTheyStand() throws {
        let db = try loaded()
        let before = try confplan(["--db", db, "rooms", "--format", "json", "--lang", "zh"])
        #expect(before.stdout.contains("\"rooms\": [],\n  \"unassigned\": [\n    {\"person\": \"zhang\""))
        let applied = try confplan(["--db", db, "rooms", "assign", "--apply", "--format", "json", "--lang", "zh"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("\"proposal\": {\"given\": 4, \"moved\": 0, \"changed\": 0, \"takenBack\": 0, \"applied\": true}"))
        #expect(applied.stdout.hasSuffix(Self.assigned))
        let now = try confplan(["--db", db, "rooms", "--format", "json", "--lang", "zh"])
        #expect(now.stdout.hasSuffix(Self.assigned))
        let again = try confplan(["--db", db, "rooms", "assign", "--lang", "en"])
        #expect(again.stdout.contains("Proposed: 0 guests given a room, 0 moved, 0 with nights changed, 0 rooms taken back\nThe rooms as they stand need no change."))
        let log = try confplan(["--db", db, "log", "--limit", "5", "--lang", "en"])
        #expect(log.stdout.components(separatedBy: "assign rooms").count == 2 && !log.stdout.contains("assign room "))
    }

    /// The rooms as they stand list who needs a room and has none, with the reason in words, and
    /// the JSON's room labels are the same whatever the reader's language.
    @Test func theRoomsAsTheyStandListGuestsWithoutARoom() throws {
        let db = try loaded()
        _ = try confplan(["--db", db, "rooms", "assign", "--apply"])
        let dump = try confplan(["--db", db, "dump"]).stdout
        let file = try scratchFolder().appendingPathComponent("t1.json")
        // 王芳 comes a night early now: that night is hers without a room.
        let early = dump.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.contains("王芳") ? line.replacingOccurrences(of: "\"need\": \"shared\"",
                                                            with: "\"need\": \"shared\", \"checkIn\": \"2026-05-12\"")
                : String(line)
        }.joined(separator: "\n")
        try early.write(to: file, atomically: true, encoding: .utf8)
        #expect(try confplan(["--db", db, "load", "--replace", file.path]).status == 0)
        let en = try confplan(["--db", db, "rooms", "--format", "json", "--lang", "en"]).stdout
        #expect(en.contains("\"room\": \"套房-1\""))
        #expect(en.hasSuffix("""
              "unassigned": [
                {"person": "wang", "code": "no-rooms-that-night", "reason": "no hotel holds rooms on the night of 12 May"}
              ]
            }

            """))
    }

    /// `分房表.xls` would be text under an Excel name, which Excel opens as garbage: refused, as are
    /// the transport lists' files, naming the forms the export writes.
    @Test func aFileEndingTheExportDoesNotWriteIsRefused() throws {
        let db = try loaded()
        let dir = try scratchFolder().path
        let r = try confplan(["--db", db, "--lang", "en", "export", "rooming", "-o", dir + "/分房表.xls"])
        #expect(r.status != 0 && r.stderr.contains(".xls is not a form this export writes (it writes .txt .csv .xlsx .pdf)"))
        let t = try confplan(["--db", db, "--lang", "en", "export", "pickups", "-o", dir + "/接站表.xls"])
        #expect(t.status != 0 && t.stderr.contains(".xls is not a form this export writes"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/分房表.xls"))
    }

    @Test func anUnknownHotelIsRefusedInWords() throws {
        let db = try loaded()
        let bad = try confplan(["--db", db, "rooms", "assign", "--hotel", "万达"], env: ["LC_ALL": "zh_CN.UTF-8"])
        // The hotels by the names staff know them by, not their identifiers; part of a name will do.
        #expect(bad.status == 2 && bad.stderr.contains("--hotel：“万达”不是本会议的某一家酒店；有预留房的酒店：旌湖宾馆"))
        #expect(try confplan(["--db", db, "rooms", "assign", "--hotel", "旌湖"]).status == 0)
    }
}
