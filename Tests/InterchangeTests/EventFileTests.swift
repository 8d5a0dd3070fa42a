import Foundation
import TestSupport
import Testing
import Fixtures
@testable import Codecs
@testable import Print
@testable import Workbook
import Interchange
import PlanningCore
@testable import PlanningStore


func scratchDatabase() throws -> Store {
    let dir = Scratch.folder("tests")
    return try Store(path: dir + "/t.sqlite")
}

/// What `confplan load` does: read the file, then store it in one transaction.
func load(_ text: String, into store: Store, file: String = "bad.json") throws {
    try store.insert(try EventFile.read(Array(text.utf8), file: file))
}

/// Every row of every table, to prove a failed load changed nothing.
func snapshot(_ store: Store) throws -> [[SQLValue]] {
    var all: [[SQLValue]] = []
    for t in ["events", "sites", "travel_times", "rooms", "sessions", "people", "session_roles", "signups"] {
        all += try store.db.rows("SELECT * FROM \(t)")
    }
    return all
}

@Suite struct SampleEventTests {
    @Test func thereAreAtLeastThreeSamples() {
        #expect(sampleFiles().count >= 3)
    }

    @Test(arguments: sampleFiles())
    func loadThenDumpRoundTripsByteForByte(_ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let plan = try EventFile.read(Array(text.utf8), file: url.lastPathComponent)
        #expect(EventFile.write(plan) == text)
        let store = try scratchDatabase()
        let stored = try store.insert(plan)
        let reread = try store.plan(stored.event.id)
        #expect(EventFile.write(reread) == text)
    }

    @Test func theLargestSampleIsTheSizeTheIssueAsksFor() throws {
        let plans = try sampleFiles().map { try EventFile.read([UInt8](Data(contentsOf: $0)), file: $0.path) }
        let big = try #require(plans.max { $0.registrations.count < $1.registrations.count })
        #expect(big.event.days.count == 3)
        #expect(big.sessions.count >= 40)
        #expect(Set(big.roles.map(\.person)).count >= 60)
        #expect(big.registrations.count >= 800)
        #expect(big.sessions.filter { $0.kind == .subForum }.count >= 6)
        #expect(big.sessions.contains { $0.kind == .siteVisit } && big.sessions.contains { $0.kind == .signing })
        #expect(Set(big.sites.map(\.id)).count >= 2)
        // A bilingual sample needs interpretation booths.
        #expect(plans.contains { p in p.sessions.contains { $0.requiredFeatures.contains("interpretation") && $0.languages.contains("de") } })
    }
}

@Suite struct EventFileErrorTests {
    static let good = """
        {"confplan": 1,
         "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-14", "lastDay": "2026-05-15"},
         "sites": [{"id": "h", "name": "宾馆"}],
         "rooms": [{"id": "r1", "site": "h", "name": "一号厅", "capacity": 100}],
         "sessions": [
          {"id": "s1", "title": "开幕式", "kind": "opening-ceremony", "room": "r1", "start": "2026-05-14T09:00", "end": "2026-05-14T10:00",
           "roles": [{"person": "p1", "role": "speaker"}]}
         ],
         "people": [{"id": "p1", "name": "周铁农", "registration": {"category": "guest", "signups": ["s1"]}}]
        }
        """

    /// A malformed variant of `good`, and the message it must produce.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var replace: String
        var with: String
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "impossible month", replace: "\"start\": \"2026-05-14T09:00\"", with: "\"start\": \"2024-13-01T09:00\"",
             message: "bad.json:6: sessions[0].start: \"2024-13-01T09:00\" is not a date-time (YYYY-MM-DDTHH:MM)"),
        Case(name: "unknown room", replace: "\"room\": \"r1\"", with: "\"room\": \"r9\"",
             message: "bad.json:6: sessions[0].room: \"r9\" is not a room in this file"),
        Case(name: "unknown person in a role", replace: "{\"person\": \"p1\", \"role\": \"speaker\"}", with: "{\"person\": \"p7\", \"role\": \"speaker\"}",
             message: "bad.json:7: sessions[0].roles[0].person: \"p7\" is not a person in this file"),
        Case(name: "unknown role", replace: "\"role\": \"speaker\"", with: "\"role\": \"singer\"",
             message: "bad.json:7: sessions[0].roles[0].role: \"singer\" is not one of: speaker, chair, moderator, panelist, host, interpreter, guest"),
        Case(name: "unknown kind", replace: "\"kind\": \"opening-ceremony\"", with: "\"kind\": \"party\"",
             message: "bad.json:6: sessions[0].kind: \"party\" is not one of: opening-ceremony, keynote, plenary, sub-forum, panel, round-table, workshop, report, signing, site-visit, meal, break, other"),
        Case(name: "capacity as text", replace: "\"capacity\": 100", with: "\"capacity\": \"100\"",
             message: "bad.json:4: rooms[0].capacity: expected a whole number, found \"100\""),
        Case(name: "negative capacity", replace: "\"capacity\": 100", with: "\"capacity\": -5",
             message: "bad.json:4: rooms[0].capacity: -5 is out of range (0…1000000)"),
        Case(name: "missing name", replace: "{\"id\": \"p1\", \"name\": \"周铁农\", ", with: "{\"id\": \"p1\", ",
             message: "bad.json:9: people[0]: missing \"name\""),
        Case(name: "start without end", replace: ", \"end\": \"2026-05-14T10:00\"", with: "",
             message: "bad.json:6: sessions[0].start: a session needs both start and end, or neither"),
        Case(name: "typo in a field name", replace: "\"capacity\": 100}", with: "\"capacity\": 100, \"capacty\": 120}",
             message: "bad.json:4: rooms[0].capacty: unknown field (a typo?)"),
        Case(name: "duplicate session id", replace: "\"roles\": [{\"person\": \"p1\", \"role\": \"speaker\"}]}",
             with: "\"roles\": [{\"person\": \"p1\", \"role\": \"speaker\"}]},\n  {\"id\": \"s1\", \"title\": \"又一个\"}",
             message: "bad.json:8: sessions[1]: id \"s1\" is used by an earlier session"),
        Case(name: "last day before first", replace: "\"lastDay\": \"2026-05-15\"", with: "\"lastDay\": \"2026-05-01\"",
             message: "bad.json:2: event.lastDay: \"2026-05-01\" is before firstDay 2026-05-14"),
        Case(name: "missing comma", replace: "\"title\": \"开幕式\", \"kind\"", with: "\"title\": \"开幕式\" \"kind\"",
             message: "bad.json:6: column 31: expected ',' or '}' in an object"),
        Case(name: "file cut inside a string", replace: "\"name\": \"周铁农\", \"registration\": {\"category\": \"guest\", \"signups\": [\"s1\"]}}]\n}",
             with: "\"name\": \"周铁",
             message: "bad.json:9: column 37: the document ends inside a string"),
        Case(name: "sign-up for an unknown session", replace: "\"signups\": [\"s1\"]", with: "\"signups\": [\"s1\", \"f3\"]",
             message: "bad.json:9: people[0].registration.signups[1]: \"f3\" is not a session in this file"),
        Case(name: "not a confplan file", replace: "{\"confplan\": 1,", with: "{\"schedule\": 1,",
             message: "bad.json:1: missing \"confplan\": 1; this does not look like a confplan event file"),
        Case(name: "a newer format", replace: "{\"confplan\": 1,", with: "{\"confplan\": 2,",
             message: "bad.json:1: confplan: format version 2 is not supported (this confplan reads version 1)"),
        Case(name: "bad uuid", replace: "{\"id\": \"h\", ", with: "{\"id\": \"h\", \"uuid\": \"1234\", ",
             message: "bad.json:3: sites[0].uuid: \"1234\" is not a UUID"),
    ]

    @Test func theGoodFileLoads() throws {
        let store = try scratchDatabase()
        try load(Self.good, into: store)
        #expect(try store.events().count == 1)
    }

    @Test(arguments: cases)
    func aBadFileIsRefusedWithItsLocationAndChangesNothing(_ c: Case) throws {
        let store = try scratchDatabase()
        try load(Self.good.replacingOccurrences(of: "\"id\": \"e1\"", with: "\"id\": \"kept\""), into: store)
        let before = try snapshot(store)
        let text = Self.good.replacingOccurrences(of: c.replace, with: c.with)
        #expect(text != Self.good, "the case must change the file")
        let error = #expect(throws: InputError.self) { try load(text, into: store) }
        #expect(error?.description == c.message)
        #expect(try snapshot(store) == before)
    }

    @Test func deeplyNestedJSONIsRefusedNotACrash() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = #expect(throws: InputError.self) { try EventFile.read(Array(text.utf8), file: "deep.json") }
        #expect(error?.description.contains("nested deeper than 64 levels") == true)
    }

    @Test func invalidUTF8IsAnErrorWithALine() {
        var bytes = Array(Self.good.utf8)
        let i = bytes.firstIndex(of: "测".utf8.first!)! // first byte of 测
        bytes[i + 1] = 0x20
        let error = #expect(throws: InputError.self) { try EventFile.read(bytes, file: "gbk.json") }
        #expect(error?.description.hasPrefix("gbk.json:2:") == true)
        #expect(error?.description.contains("not valid UTF-8") == true)
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let plan = try EventFile.read([0xEF, 0xBB, 0xBF] + Array(Self.good.utf8), file: "bom.json")
        #expect(plan.event.name == "测试大会")
    }

    @Test func missingUUIDsAreDerivedStably() throws {
        let a = try EventFile.read(Array(Self.good.utf8), file: "a.json")
        let b = try EventFile.read(Array(Self.good.utf8), file: "b.json")
        #expect(a.sessions[0].uid == b.sessions[0].uid)
        #expect(a.sessions[0].uid != a.people[0].uid)
    }
}
