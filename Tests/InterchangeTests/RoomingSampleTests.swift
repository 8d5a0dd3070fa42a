import Foundation
import Testing
import Fixtures
import Interchange
import PlanningCore
import PlanningStore
import TestSupport

/// The 德阳 sample's planted rooming mistakes, what `rooms assign --apply` leaves, and the report's
/// text and JSON.
@Suite struct RoomingSampleTests {
    static func rooming(_ plan: EventPlan) -> [String] {
        let codes: Set<FindingCode> = [.roomsOverbooked, .mixedGenderRoom, .guestInTwoRooms, .roomBelowLevel,
                                       .roommateNotHonoured, .hotelTooFar, .cancelledHoldsRoom]
        return ConflictEngine.check(plan).filter { codes.contains($0.code) }.map(\.code.rawValue).sorted()
    }

    @Test func theCheckFindsTheOverbookingAndTheMixedShareAndTheAssignmentClearsThem() throws {
        let file = "arrivals-deyang-2026.json"
        let url = repoRoot.appendingPathComponent("sample-events/\(file)")
        let store = try Store(path: Scratch.folder("rooming-sample") + "/t.sqlite")
        let loaded = try store.insert(try EventFile.read([UInt8](Data(contentsOf: url)), file: file))
        #expect(Self.rooming(loaded) == ["mixed-gender-room", "rooms-overbooked"])
        let proposal = RoomAssigner.assign(loaded)
        #expect(proposal.unassigned.isEmpty)
        try store.apply(proposal.changes, event: loaded.event.id, note: ChangeNote(.planRooms), logEach: false)
        let assigned = try store.plan(loaded.event.id)
        #expect(Self.rooming(assigned) == [])
        #expect(ConflictEngine.check(assigned).filter { $0.code == .nightsUncovered }.isEmpty)
        // Run again, nothing moves.
        #expect(RoomAssigner.assign(assigned).changes.isEmpty)
        // The companion is on the floor of singles nearest their principal's suite, not in a suite.
        let room = { (key: String) in
            assigned.roomAssignments.first { a in assigned.people.first { $0.id == a.person }?.key == key }?.room
        }
        #expect(room("v01") == "1801" && room("a0031") == "1620")
    }

    /// The rooms as `confplan rooms` prints them: per hotel, room, type and beds, guests and their nights.
    @Test func theReportTellsRoomsGuestsAndNightsAndWhoHasNone() {
        var p = RoomingFindingTestsPlan.base()
        p.roomAssignments = [RoomingFindingTestsPlan.room(1, 1, 1, "1208"), RoomingFindingTestsPlan.room(2, 2, 1, "1208")]
        let report = RoomingReport(current: p, language: .zh)
        #expect(report.text() == """
            会（e）住宿安排

            旌湖宾馆
              1208  标间，2床  张伟（5月13–15日）；李强（5月13–15日）

            """)
        let proposal = RoomProposal(changes: [], unassigned: [UnassignedGuest(person: ID(3), reason: .full,
                                                                             night: LocalDate(iso: "2026-05-13"))])
        let json = RoomingReport(plan: p, proposal: proposal, applied: false, language: .en).json()
        #expect(json.contains("""
            {"hotel": "旌湖宾馆", "room": "1208", "type": "twin", "beds": 2, "guests": [{"person": "p1", "name": "张伟", \
            "nights": ["2026-05-13", "2026-05-14"]}, {"person": "p2", "name": "李强", "nights": ["2026-05-13", "2026-05-14"]}]}
            """))
        #expect(json.contains("""
            "unassigned": [
                {"person": "p3", "code": "full", "reason": "every fitting room is taken on the night of 13 May"}
              ]
            """))
    }

    @Test func theRoomingReportWordsAreWhole() {
        for lang in Language.allCases {
            #expect(RoomingReportWords.missing(in: lang).isEmpty, "\(lang): \(RoomingReportWords.missing(in: lang))")
        }
    }
}

/// The small event of the core's rooming tests, for the report's.
enum RoomingFindingTestsPlan {
    static func day(_ s: String) -> LocalDate { LocalDate(iso: s)! }
    static func base() -> EventPlan {
        var p = EventPlan(event: Event(key: "e", uid: "e", name: "会", firstDay: day("2026-05-13"),
                                       lastDay: day("2026-05-15")))
        p.sites = [Site(id: ID(1), key: "hotel", uid: "s1", name: "旌湖宾馆")]
        p.people = [Person(id: ID(1), key: "p1", uid: "p1", name: "张伟", gender: "男"),
                    Person(id: ID(2), key: "p2", uid: "p2", name: "李强", gender: "男"),
                    Person(id: ID(3), key: "p3", uid: "p3", name: "王芳", gender: "女")]
        p.roomBlocks = [RoomBlock(id: ID(1), key: "twin", uid: "b1", hotel: ID(1), type: .twin,
                                  checkIn: day("2026-05-13"), checkOut: day("2026-05-15"), rooms: 2,
                                  numbers: [RoomNumber("1208"), RoomNumber("1209")])]
        return p
    }
    static func room(_ id: Int, _ person: Int, _ block: Int, _ room: String) -> RoomAssignment {
        RoomAssignment(id: ID(id), key: "a\(id)", uid: "a\(id)", person: ID(person), block: ID(block), room: room,
                       checkIn: day("2026-05-13"), checkOut: day("2026-05-15"))
    }
}
