import Foundation
import Testing
import TestSupport

/// `export pickups|dropoffs|runs|transport-notices` through the binary: files owner-only, and
/// the notices remembered between two exports.
@Suite struct TransportCommandTests {
    static let file = """
        {
          "confplan": 1,
          "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-13", "lastDay": "2026-05-15"},
          "sites": [
            {"id": "hotel", "name": "旌湖宾馆"},
            {"id": "station", "name": "德阳站"},
            {"id": "east", "name": "成都东站"}
          ],
          "travel": [
            {"from": "station", "to": "hotel", "minutes": 25},
            {"from": "hotel", "to": "east", "minutes": 70}
          ],
          "people": [
            {"id": "p1", "name": "张伟", "phone": "13800000001", "travel": {"arrival": {"mode": "train", "number": "G8921", "hub": "station", "time": "2026-05-13T14:20", "transfer": true}, "departure": {"mode": "train", "number": "G8922", "hub": "east", "time": "2026-05-15T18:05", "transfer": true}, "companions": 1, "stay": "hotel"}},
            {"id": "p2", "name": "陈老师", "phone": "13900000002"},
            {"id": "p3", "name": "Michael Schulz", "phone": "13800000003", "travel": {"arrival": {"mode": "train", "number": "G8921", "hub": "station", "time": "2026-05-13T14:20", "transfer": true}}},
            {"id": "p4", "name": "李娜", "phone": "13800000004", "travel": {"arrival": {"mode": "train", "number": "D1234", "hub": "station", "time": "2026-05-13T16:05", "transfer": true}}}
          ],
          "vehicles": [
            {"id": "v1", "plate": "川F·12345", "kind": "van", "seats": 6, "driver": "王师傅", "driverPhone": "13900000001"}
          ],
          "runs": [
            {"id": "r1", "kind": "pickup", "vehicle": "v1", "from": "station", "to": "hotel", "depart": "2026-05-13T14:40", "passengers": ["p1", "p3"], "escort": "p2"},
            {"id": "r2", "kind": "dropoff", "vehicle": "v1", "from": "hotel", "to": "east", "depart": "2026-05-15T16:00", "passengers": ["p1"]}
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
    @Test(arguments: ["pickups.csv", "dropoffs.xlsx", "runs.pdf", "runs.txt"])
    func aTransportListIsWrittenOwnerOnly(_ name: String) throws {
        let (db, folder) = try loaded()
        let file = folder.appendingPathComponent(name).path
        let kind = String(name.prefix { $0 != "." })
        let r = try confplan(["--db", db, "export", kind, "-o", file])
        #expect(r.status == 0, "\(r.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// A second export with --changed after nothing moved tells nobody, and says so; --preview
    /// records nothing, so --changed after it still gives every notice.
    @Test func noticesSentAreNotSentAgainUnlessTheirRunChanged() throws {
        let (db, _) = try loaded()
        let preview = try confplan(["--db", db, "export", "transport-notices", "--preview", "--to", "drivers"])
        #expect(preview.stdout.components(separatedBy: "\n-- ").count == 2)
        let first = try confplan(["--db", db, "export", "transport-notices", "--changed", "--lang", "en"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.components(separatedBy: "-- ").count - 1 == 5)
        let second = try confplan(["--db", db, "export", "transport-notices", "--changed", "--lang", "en"])
        #expect(second.stdout == "" && second.stderr == "confplan: no run changed since the last notices: nobody to tell\n")
    }
}
