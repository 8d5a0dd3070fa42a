import Foundation
import Testing
@testable import Codecs
@testable import Print
@testable import Workbook
@testable import Interchange
import PlanningCore
import TestSupport

@Suite struct SeatingChartTests {
    /// The 德阳 opening: its role holders and guests, four of them in the office's own order (the
    /// ministry before the alliance's chair who hosts), the rest by VIP level and role; seated by
    /// the domestic rule, the chart saying it is seen from the hall; JSON counts positions from
    /// the left of that view.
    @Test func theOpeningsRostrum() throws {
        var plan = samplePlan("deyang")
        let index = try #require(plan.sessions.firstIndex { $0.key == "open" })
        let open = plan.sessions[index]
        let people = plan.rostrum(of: open.id)
        #expect(people.map(\.name) == ["刘东", "汤文桂", "孔勇涛", "刘静丽", "叶晨秋", "吴涛强", "丁雨"])
        let chart = SeatingChart(session: open, people: people, rule: .domestic, view: .audience, language: .zh)
        #expect(chart.text() == """
            开幕式
            台下视角：面向主席台 · 以左为尊

            第 1 排
            (7)     (5)     (3)     (1)     (2)     (4)     (6)
            丁雨    叶晨秋  孔勇涛  刘东    汤文桂  刘静丽  吴涛强
            校长    所长    理事长  副司长  副厅长  市长    董事长

            """)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(chart.json().utf8)) as? [String: Any])
        let seats = try #require((json["rows"] as? [[String: Any]])?.first?["seats"] as? [[String: Any]])
        #expect(seats.map { $0["precedence"] as? Int } == [7, 5, 3, 1, 2, 4, 6])
        #expect(seats.first?["person"] as? String == "v07" && json["view"] as? String == "audience")
        // Three seats asked for seven: the four left over get a row of their own behind.
        let rows = SeatingChart(session: open, people: people, sizes: [3], rule: .international, view: .stage,
                                language: .en).rows
        #expect(rows == [[3, 1, 2], [6, 4, 5, 7]])
        // Without the office's order: the host (VIP 3) first, then the speakers, then the guests.
        plan.sessions[index].seating = nil
        #expect(plan.rostrum(of: open.id).map(\.name) == ["孔勇涛", "刘东", "汤文桂", "刘静丽", "叶晨秋", "吴涛强", "丁雨"])
    }

    /// The group photo: the same order, four in front and three behind, as the photographer sees
    /// them; as a sheet, every place with its row, position and precedence.
    @Test func theGroupPhotoAndItsSheet() throws {
        let plan = samplePlan("deyang")
        let open = try #require(plan.sessions.first { $0.key == "open" })
        let photo = SeatingChart(session: open, people: plan.rostrum(of: open.id), sizes: [4, 3], rule: .domestic,
                                 view: .audience, language: .zh, photo: true)
        #expect(photo.text().hasPrefix("合影站位 · 开幕式\n台下视角：面向主席台 · 以左为尊\n"))
        #expect(photo.rows == [[3, 1, 2, 4], [7, 5, 6]])
        let sheet = photo.sheet()
        #expect(sheet.name == "合影站位" && sheet.header == ["排", "座位（从左数）", "位次", "姓名", "职务", "单位"])
        #expect(sheet.rows[1] == [.number(1), .number(2), .number(1), .text("刘东"), .text("副司长"),
                                  .text("教育部职业教育与成人教育司")])
        #expect(sheet.rows.count == 7)
    }

    /// Eight seats for seven: the empty seat is the leftmost, and every title stays under its own
    /// name (the row of titles once lost the empty seat's blank cell and slid one seat left).
    @Test func anEmptySeatKeepsEveryTitleUnderItsName() throws {
        let plan = samplePlan("deyang")
        let open = try #require(plan.sessions.first { $0.key == "open" })
        let chart = SeatingChart(session: open, people: plan.rostrum(of: open.id), sizes: [8], rule: .domestic,
                                 view: .stage, language: .zh)
        #expect(chart.text() == """
            开幕式
            台上视角：面向台下 · 以左为尊

            第 1 排
            (8)     (6)     (4)     (2)     (1)     (3)     (5)     (7)
            （空）  吴涛强  刘静丽  汤文桂  刘东    孔勇涛  叶晨秋  丁雨
                    董事长  市长    副厅长  副司长  理事长  所长    校长

            """)
    }
}
