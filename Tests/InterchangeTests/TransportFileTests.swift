import Codecs
import Foundation
import Interchange
import PlanningCore
import Testing

/// Journeys, vehicles and runs in the event file: written in its canonical form and read back whole.
@Suite struct TransportFileTests {
    static let file = """
        {
          "confplan": 1,
          "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-13", "lastDay": "2026-05-15"},
          "sites": [
            {"id": "hotel", "name": "旌湖宾馆"},
            {"id": "station", "name": "德阳站"}
          ],
          "travel": [
            {"from": "station", "to": "hotel", "minutes": 25}
          ],
          "people": [
            {"id": "p1", "name": "张伟", "travel": {"arrival": {"mode": "train", "number": "G8921", "hub": "station", "time": "2026-05-13T14:20", "transfer": true}, "departure": {"mode": "flight", "number": "CA4193", "time": "2026-05-15T19:05"}, "companions": 1, "stay": "hotel"}},
            {"id": "p2", "name": "陈老师"}
          ],
          "vehicles": [
            {"id": "v1", "plate": "川F·12345", "kind": "van", "seats": 6, "driver": "王师傅", "driverPhone": "13900000001"}
          ],
          "runs": [
            {"id": "r1", "kind": "pickup", "vehicle": "v1", "from": "station", "to": "hotel", "depart": "2026-05-13T14:40", "passengers": ["p1"], "escort": "p2"}
          ]
        }

        """

    @Test func aFileWithTransportReadsAndWritesBackTheSameText() throws {
        let plan = try EventFile.read(Array(Self.file.utf8), file: "t.json")
        #expect(plan.trips == [Trip(
            person: ID(1),
            arrival: TripLeg(mode: .train, number: "G8921", hub: ID(2), time: LocalDateTime(iso: "2026-05-13T14:20"),
                             wantsTransfer: true),
            departure: TripLeg(mode: .flight, number: "CA4193", time: LocalDateTime(iso: "2026-05-15T19:05")),
            companions: 1, stay: ID(1))])
        #expect(plan.runs.map(\.passengers) == [[ID(1)]])
        let written = EventFile.write(plan)
        let again = try EventFile.read(Array(written.utf8), file: "t2.json")
        #expect(EventFile.write(again) == written)
        #expect(again.trips == plan.trips && again.vehicles == plan.vehicles && again.runs == plan.runs)
    }

    @Test func aRunNamingAnUnknownVehicleIsRefusedWithItsLine() {
        let bad = Self.file.replacingOccurrences(of: "\"vehicle\": \"v1\"", with: "\"vehicle\": \"v9\"")
        let error = #expect(throws: InputError.self) { try EventFile.read(Array(bad.utf8), file: "t.json") }
        #expect(error?.description == "t.json:19: runs[0].vehicle: \"v9\" is not a vehicle in this file")
    }
}

/// Stays, room blocks and assignments in the event file: written in its canonical form and read back whole.
@Suite struct RoomingFileTests {
    static let file = """
        {
          "confplan": 1,
          "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-13", "lastDay": "2026-05-15"},
          "sites": [
            {"id": "hotel", "name": "旌湖宾馆"}
          ],
          "people": [
            {"id": "p1", "name": "张伟", "gender": "男", "stay": {"need": "shared", "checkIn": "2026-05-13", "checkOut": "2026-05-15", "roommate": "p2"}},
            {"id": "p2", "name": "李强", "gender": "男", "stay": {"need": "shared"}},
            {"id": "p3", "name": "王司机", "stay": {"need": "companion", "principal": "p1"}}
          ],
          "roomBlocks": [
            {"id": "jh-twin", "hotel": "hotel", "type": "twin", "beds": 2, "nights": {"2026-05-13": 10, "2026-05-14": 12}, "numbers": ["1208", {"number": "A01", "floor": 1}]},
            {"id": "jh-suite", "hotel": "hotel", "type": "suite", "beds": 1, "checkIn": "2026-05-13", "checkOut": "2026-05-15", "rooms": 2}
          ],
          "roomAssignments": [
            {"id": "a1", "person": "p1", "block": "jh-twin", "room": "1208", "bed": 1, "checkIn": "2026-05-13", "checkOut": "2026-05-15"},
            {"id": "a2", "person": "p2", "block": "jh-twin", "room": "1208", "bed": 2, "checkIn": "2026-05-13", "checkOut": "2026-05-15"}
          ]
        }

        """

    @Test func aFileWithRoomingReadsAndWritesBackTheSameText() throws {
        let plan = try EventFile.read(Array(Self.file.utf8), file: "t.json")
        #expect(plan.stays == [
            Stay(person: ID(1), need: .shared, checkIn: LocalDate(iso: "2026-05-13"),
                 checkOut: LocalDate(iso: "2026-05-15"), roommate: ID(2)),
            Stay(person: ID(2)), Stay(person: ID(3), need: .companion, principal: ID(1)),
        ])
        #expect(plan.roomBlocks.map { $0.nights.map(\.rooms) } == [[10, 12], [2, 2]])
        #expect(plan.roomBlocks[0].numbers == [RoomNumber("1208"), RoomNumber("A01", floor: 1)])
        #expect(plan.roomAssignments.map(\.bed) == [1, 2])
        let written = EventFile.write(plan)
        let again = try EventFile.read(Array(written.utf8), file: "t2.json")
        #expect(EventFile.write(again) == written)
        #expect(again.stays == plan.stays && again.roomBlocks == plan.roomBlocks
            && again.roomAssignments == plan.roomAssignments)
    }

    /// A room held fewer nights than its block keeps them through the event file, both ways.
    @Test func aRoomsOwnNightsAreReadAndWrittenBack() throws {
        let file = Self.file.replacingOccurrences(of: "{\"number\": \"A01\", \"floor\": 1}",
            with: "{\"number\": \"A01\", \"floor\": 1, \"checkIn\": \"2026-05-13\", \"checkOut\": \"2026-05-14\"}")
        let plan = try EventFile.read(Array(file.utf8), file: "t.json")
        #expect(plan.roomBlocks[0].numbers[1].nights
            == NightSpan(checkIn: LocalDate(iso: "2026-05-13")!, checkOut: LocalDate(iso: "2026-05-14")!))
        let again = try EventFile.read(Array(EventFile.write(plan).utf8), file: "t2.json")
        #expect(again.roomBlocks == plan.roomBlocks)
    }

    @Test func anAssignmentNamingAnUnknownBlockIsRefusedWithItsLine() {
        let bad = Self.file.replacingOccurrences(of: "\"block\": \"jh-twin\", \"room\": \"1208\", \"bed\": 2",
                                                 with: "\"block\": \"jh-king\", \"room\": \"1208\", \"bed\": 2")
        let error = #expect(throws: InputError.self) { try EventFile.read(Array(bad.utf8), file: "t.json") }
        #expect(error?.description == "t.json:18: roomAssignments[1].block: \"jh-king\" is not a room block in this file")
    }

    @Test func aStayLeavingBeforeItArrivesIsRefusedWithItsLine() {
        let bad = Self.file.replacingOccurrences(of: "\"checkIn\": \"2026-05-13\", \"checkOut\": \"2026-05-15\", \"roommate\"",
                                                 with: "\"checkIn\": \"2026-05-15\", \"checkOut\": \"2026-05-13\", \"roommate\"")
        let error = #expect(throws: InputError.self) { try EventFile.read(Array(bad.utf8), file: "t.json") }
        #expect(error?.description == "t.json:8: people[0].stay.checkOut: \"2026-05-13\" is not after checkIn 2026-05-15")
    }
}
