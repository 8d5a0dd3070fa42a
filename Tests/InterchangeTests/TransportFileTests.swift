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
