import Codecs
import Foundation
import Interchange
import PlanningCore
import Testing

/// `confplan check` on an event with journeys and runs: the transport findings name the people,
/// the runs (time and plate) and the vehicles, in the text and in the JSON.
@Suite struct TransportCheckTests {
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
          "rooms": [{"id": "hall", "site": "hotel", "name": "一号厅", "capacity": 100}],
          "sessions": [
            {"id": "k1", "title": "主旨演讲", "kind": "keynote", "room": "hall", "start": "2026-05-13T15:00", "end": "2026-05-13T16:00",
             "roles": [{"person": "p1", "role": "speaker"}]}
          ],
          "people": [
            {"id": "p1", "name": "张伟", "travel": {"arrival": {"mode": "train", "number": "G8921", "hub": "station", "time": "2026-05-13T14:30", "transfer": true}, "companions": 1}},
            {"id": "p2", "name": "陈老师", "vip": 2, "travel": {"arrival": {"mode": "flight", "number": "CA4193", "hub": "station", "time": "2026-05-13T13:00"}}},
            {"id": "p3", "name": "李明", "registration": {}}, {"id": "p4", "name": "王芳", "registration": {}}, {"id": "p5", "name": "刘洋", "registration": {}},
            {"id": "p6", "name": "赵静", "registration": {}}, {"id": "p7", "name": "孙磊", "registration": {}}
          ],
          "vehicles": [
            {"id": "v1", "plate": "川F·12345", "kind": "van", "seats": 6, "driver": "王师傅", "driverPhone": "13900000001"}
          ],
          "runs": [
            {"id": "r1", "kind": "pickup", "vehicle": "v1", "from": "station", "to": "hotel", "depart": "2026-05-13T14:50", "passengers": ["p1", "p3", "p4", "p5", "p6", "p7"]},
            {"id": "r2", "kind": "pickup", "vehicle": "v1", "from": "station", "to": "hotel", "depart": "2026-05-13T15:00"}
          ]
        }

        """

    static func report(_ lang: Language) throws -> FindingReport {
        let plan = try EventFile.read(Array(file.utf8), file: "t.json")
        return FindingReport(plan: plan, findings: FindingPolicy().report(ConflictEngine.check(plan), in: plan), language: lang)
    }

    @Test func theTextNamesThePeopleTheRunsAndTheVehicles() throws {
        #expect(try Self.report(.zh).text() == """
            测试大会 (e1)
            3 个错误 · 2 个警告 · 0 条提示

            错误 (3)
              bdc6d182  到达太晚      5月13日 15:00  张伟乘G8921于5月13日 14:30抵达德阳站，赶不上「主旨演讲」在一号厅开始（5月13日 15:00），晚10分钟
              1fedb5d5  车辆超载      5月13日 14:50  5月13日 14:50 德阳站→旌湖宾馆（川F·12345）坐7人（含随行与陪同），只有6个座位
              783a4980  车辆重复安排  5月13日 14:50  川F·12345同时排了两趟：5月13日 14:50 德阳站→旌湖宾馆（川F·12345）与5月13日 15:00 德阳站→旌湖宾馆（川F·12345）

            警告 (2)
              520a12ee  未安排接送                   陈老师乘CA4193于5月13日 13:00抵达德阳站，没有安排接站
              1b857e7e  空车次        5月13日 15:00  5月13日 15:00 德阳站→旌湖宾馆（川F·12345）没有乘客，司机会空跑一趟

            """)
    }

    @Test func theJSONListsTheRunsAndVehicles() throws {
        let json = try Self.report(.en).json()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.map { $0["code"] as? String } == ["late-arrival", "run-over-seats", "vehicle-double-booked", "no-transport", "empty-run"])
        let twice = findings[2]
        #expect((twice["runs"] as? [[String: Any]])?.map { "\($0["id"]!) \($0["depart"]!) \($0["vehicle"]!)" }
            == ["r1 2026-05-13T14:50 川F·12345", "r2 2026-05-13T15:00 川F·12345"])
        #expect((twice["vehicles"] as? [[String: Any]])?.map { "\($0["plate"]!) \($0["driver"]!)" } == ["川F·12345 王师傅"])
        #expect(findings[1]["count"] as? Int == 7 && findings[1]["limit"] as? Int == 6)
        #expect(findings[3]["direction"] as? String == "pickup")
        // A finding that names no run keeps the shape the older findings have: no runs or vehicles.
        #expect(findings[0]["runs"] == nil && findings[0]["vehicles"] == nil)
    }
}
