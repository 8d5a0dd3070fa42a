import Foundation
import Testing
import TestSupport

/// `export rooming|room-nights|rooming-notices` through the binary: the hotel named or refused,
/// files owner-only, and the notices remembered between two exports.
@Suite struct RoomingCommandTests {
    static let file = """
        {
          "confplan": 1,
          "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-14", "lastDay": "2026-05-15"},
          "sites": [{"id": "jh", "name": "德阳旌湖宾馆"}, {"id": "hall", "name": "会展中心"}],
          "people": [
            {"id": "p1", "name": "张伟", "phone": "13800000001", "gender": "女"},
            {"id": "p2", "name": "李娜", "phone": "13800000002", "gender": "女"}
          ],
          "roomBlocks": [
            {"id": "jh-twin", "hotel": "jh", "type": "twin", "checkIn": "2026-05-13", "checkOut": "2026-05-15",
             "rooms": 2, "numbers": ["1208", "1210"]}
          ],
          "roomAssignments": [
            {"id": "a1", "person": "p1", "block": "jh-twin", "room": "1208", "checkIn": "2026-05-13",
             "checkOut": "2026-05-15"},
            {"id": "a2", "person": "p2", "block": "jh-twin", "room": "1208", "checkIn": "2026-05-13",
             "checkOut": "2026-05-15"}
          ]
        }

        """

    func loaded() throws -> (db: String, folder: URL) {
        let folder = try scratchFolder()
        let event = folder.appendingPathComponent("t.json")
        try Self.file.write(to: event, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("t.sqlite").path
        let r = try confplan(["--db", db, "load", event.path])
        #expect(r.status == 0, "\(r.stderr)")
        return (db, folder)
    }

    /// The list holds phone numbers: the file is its owner's alone, whatever the umask.
    @Test(arguments: ["rooming.csv", "rooming.xlsx", "rooming.pdf", "room-nights.xlsx"])
    func aRoomingListIsWrittenOwnerOnly(_ name: String) throws {
        let (db, folder) = try loaded()
        let file = folder.appendingPathComponent(name).path
        let kind = String(name.prefix { $0 != "." })
        let r = try confplan(["--db", db, "export", kind, "-o", file])
        #expect(r.status == 0, "\(r.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// `--hotel` takes a hotel's key or name; a site with no rooms is refused with the hotels there are.
    @Test func theHotelIsNamedOrRefused() throws {
        let (db, _) = try loaded()
        let one = try confplan(["--db", db, "export", "rooming", "--hotel", "jh", "--lang", "zh"])
        #expect(one.stdout.contains("1208  标间  张伟"), "\(one.stdout)\(one.stderr)")
        let bad = try confplan(["--db", db, "export", "rooming", "--hotel", "会展中心", "--lang", "en"])
        #expect(bad.status != 0
            && bad.stderr == "confplan: --hotel: no hotel with rooms is \"会展中心\"; the hotels are: 德阳旌湖宾馆\n",
                "\(bad.stderr)")
    }

    /// A second export with --changed after nothing moved tells nobody, and says so.
    @Test func noticesSentAreNotSentAgainUnlessTheirRoomChanged() throws {
        let (db, _) = try loaded()
        let first = try confplan(["--db", db, "export", "rooming-notices", "--changed", "--lang", "zh"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.components(separatedBy: "-- ").count - 1 == 2, "\(first.stdout)")
        let second = try confplan(["--db", db, "export", "rooming-notices", "--changed", "--lang", "en"])
        #expect(second.stdout == ""
            && second.stderr == "confplan: no guest's room changed since the last notices: nobody to tell\n",
                "\(second.stderr)")
    }
}
