import Foundation
import Testing
@testable import Interchange
import PlanningCore

@Suite struct SeatingChartTests {
    /// The 德阳 opening: its four role holders by VIP level and role, seated by the domestic rule,
    /// the chart saying it is seen from the hall; JSON counts positions from the left of that view.
    @Test func theOpeningsRostrum() throws {
        let plan = try samplePlan("deyang")
        let open = try #require(plan.sessions.first { $0.key == "open" })
        let people = plan.rostrum(of: open.id)
        #expect(people.map(\.name) == ["孔勇涛", "刘东", "汤文桂", "刘静丽"])
        let chart = SeatingChart(session: open, people: people, rule: .domestic, view: .audience, language: .zh)
        #expect(chart.text() == """
            开幕式
            台下视角：面向主席台 · 以左为尊

            第 1 排
            (3)     (1)     (2)     (4)
            汤文桂  孔勇涛  刘东    刘静丽
            副厅长  理事长  副司长  市长

            """)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(chart.json().utf8)) as? [String: Any])
        let seats = try #require((json["rows"] as? [[String: Any]])?.first?["seats"] as? [[String: Any]])
        #expect(seats.map { $0["precedence"] as? Int } == [3, 1, 2, 4])
        #expect(seats.first?["person"] as? String == "v02" && json["view"] as? String == "audience")
        // Three rows asked for two: the one left over gets a row of its own behind.
        let rows = SeatingChart(session: open, people: people, sizes: [3], rule: .international, view: .stage,
                                language: .en).rows
        #expect(rows == [[3, 1, 2], [4]])
    }
}
