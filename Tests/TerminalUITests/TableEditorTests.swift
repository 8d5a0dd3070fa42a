import Foundation
import Testing
import TestSupport
import Fixtures
import Interchange
import PlanningCore
import PlanningStore
@testable import TerminalUI

/// The table editor (`b` on a meal in the Sessions pane) on a small welcome dinner: three tables,
/// six guests seated by hand, one (赵强) with no seat yet.
@Suite struct TableEditorTests {
    static let file = """
        {
          "confplan": 1,
          "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-13", "lastDay": "2026-05-15"},
          "sessions": [
            {"id": "dinner", "title": "欢迎晚宴", "kind": "meal", "start": "2026-05-13T18:30", "end": "2026-05-13T20:30"}
          ],
          "people": [
            {"id": "p1", "name": "张伟", "organisation": "四川省教育厅", "phone": "13800000001", "vip": 2, "registration": {"category": "delegate", "signups": []}},
            {"id": "p2", "name": "马立新", "organisation": "宁夏职业技术学院", "diet": {"kind": "halal", "text": "清真，不吃牛肉"}, "registration": {"category": "delegate", "signups": []}},
            {"id": "p3", "name": "陈老师", "organisation": "会务组", "registration": {"category": "staff", "signups": []}},
            {"id": "p4", "name": "Thomas Becker", "organisation": "BIBB", "diet": "vegetarian", "registration": {"category": "delegate", "signups": []}},
            {"id": "p5", "name": "李娜", "organisation": "德阳职业技术学院", "diet": {"kind": "other", "text": "不吃海鲜"}, "registration": {"category": "delegate", "signups": []}},
            {"id": "p6", "name": "王芳", "organisation": "德阳职业技术学院", "diet": {"kind": "other", "text": "不吃海鲜"}, "registration": {"category": "delegate", "signups": []}},
            {"id": "p7", "name": "赵强", "organisation": "成都工业学院", "registration": {"category": "delegate", "signups": []}}
          ],
          "banquets": [{"meal": "dinner", "headTable": 1}],
          "banquetTables": [
            {"meal": "dinner", "number": 1, "seats": 4},
            {"meal": "dinner", "number": 2, "seats": 8, "halal": true, "across": 1, "back": 1},
            {"meal": "dinner", "number": 3, "seats": 8, "across": -1, "back": 1}
          ],
          "banquetSeats": [
            {"meal": "dinner", "table": 1, "seat": 1, "person": "p3", "host": true},
            {"meal": "dinner", "table": 1, "seat": 2, "person": "p1"},
            {"meal": "dinner", "table": 1, "seat": 4, "person": "p4"},
            {"meal": "dinner", "table": 2, "seat": 2, "person": "p2"},
            {"meal": "dinner", "table": 3, "seat": 2, "person": "p5"},
            {"meal": "dinner", "table": 3, "seat": 8, "person": "p6"}
          ]
        }

        """

    func app(_ language: Language = .zh, width: Int = 80, height: Int = 24) throws -> Headless {
        let plan = try EventFile.read(Array(Self.file.utf8), file: "t.json")
        let store = try Store(path: Scratch.folder("tables") + "/ui.sqlite")
        var s = try Headless(store: store, event: try store.insert(plan).event.id, language: language)
        s.handle(.resize(width: width, height: height))
        s.handle(.char("2"))
        s.handle(.char("b"))
        return s
    }

    /// Who sits at a table, in its order, with their seats: `张伟@2`.
    func table(_ s: Headless, _ number: Int) -> [String] {
        let plan = s.state.plan
        let t = plan.tablePlans[0]
        return t.seats(at: number).map { seat in
            (plan.people.first { $0.id == seat.person }?.name ?? "?") + "@\(seat.seat)"
        }
    }

    func compare(_ screen: String, _ name: String) throws {
        try compareWithSnapshot(screen, repoRoot.appendingPathComponent("Tests/TerminalUITests/Snapshots/\(name).txt"))
    }

    @Test(arguments: [Language.zh, .en])
    func theEditorAt80x24(_ language: Language) throws {
        try compare(try app(language).screen, "tables-\(language)-80x24")
    }

    @Test(arguments: [Language.zh, .en])
    func theHallViewAt80x24(_ language: Language) throws {
        var s = try app(language)
        s.handle(.char("v"))
        try compare(s.screen, "tables-hall-\(language)-80x24")
    }

    @Test func theHelpListsTheEditorsKeys() throws {
        var s = try app(.zh)
        s.handle(.char("?"))
        try compare(s.screen, "tables-help-zh-80x24")
    }

    /// 张伟 carried from the head table to table 2 sits there after 马立新; the head table's
    /// guests are seated again by the seat order; `u` puts everything back.
    @Test func aGuestMovedToAnotherTableAndBack() throws {
        var s = try app()
        s.handle(.char("j"))
        s.handle(.char("m"))
        s.handle(.char("l"))
        s.handle(.char("m"))
        #expect(table(s, 1) == ["陈老师@1", "Thomas Becker@2"])
        #expect(table(s, 2) == ["马立新@2", "张伟@8"])
        s.handle(.char("u"))
        #expect(table(s, 1) == ["陈老师@1", "张伟@2", "Thomas Becker@4"])
        #expect(table(s, 2) == ["马立新@2"])
    }

    /// `J` on 张伟 puts Thomas Becker first among the head table's guests: he becomes the chief
    /// guest in seat 2, 张伟 takes seat 4.
    @Test func aGuestMovedDownTheTablesOrder() throws {
        var s = try app()
        s.handle(.char("j"))
        s.handle(.char("J"))
        #expect(table(s, 1) == ["陈老师@1", "Thomas Becker@2", "张伟@4"])
        s.handle(.char("u"))
        #expect(table(s, 1) == ["陈老师@1", "张伟@2", "Thomas Becker@4"])
    }

    /// The host cannot be moved below a guest: hosts and guests keep their own orders.
    @Test func theHostStaysAboveTheGuests() throws {
        var s = try app()
        s.handle(.char("J"))
        #expect(table(s, 1) == ["陈老师@1", "张伟@2", "Thomas Becker@4"])
    }

    /// 赵强, with no seat, carried from the last entry to table 3: the third and least senior
    /// guest of a table of 8 with no host sits in the deputy's seat (5), facing the host's.
    @Test func anUnseatedGuestIsSeated() throws {
        var s = try app()
        for _ in 0..<3 { s.handle(.char("l")) }
        s.handle(.char("m"))
        s.handle(.char("h"))
        s.handle(.char("m"))
        #expect(table(s, 3) == ["李娜@2", "王芳@8", "赵强@5"])
    }

    /// `H` makes table 3 halal, `+` gives it a ninth seat; one change each, each undone.
    @Test func aTableMadeHalalAndResized() throws {
        var s = try app()
        s.handle(.char("l"))
        s.handle(.char("l"))
        s.handle(.char("H"))
        s.handle(.char("+"))
        #expect(s.state.plan.tablePlans[0].table(3) == BanquetTable(number: 3, seats: 9, halal: true,
                                                                    place: HallPlace(across: -1, back: 1)))
        s.handle(.char("u"))
        s.handle(.char("u"))
        #expect(s.state.plan.tablePlans[0].table(3) == BanquetTable(number: 3, seats: 8, halal: false,
                                                                    place: HallPlace(across: -1, back: 1)))
    }

    /// A colleague's editor on the same database sees 张伟 moved to table 2 once it takes the
    /// change in, on its open table editor too, marked: a VIP now below a table with a guest of
    /// no rank (Thomas Becker at the head table).
    @Test func aColleagueSeesTheMove() throws {
        let plan = try EventFile.read(Array(Self.file.utf8), file: "t.json")
        let path = Scratch.folder("tables-shared") + "/shared.sqlite"
        let first = try Store(path: path)
        let event = try first.insert(plan).event.id
        var a = try Headless(store: first, event: event, language: .zh)
        var b = try Headless(store: try Store(path: path), event: event, language: .zh)
        func openTables(_ s: inout Headless) {
            s.handle(.resize(width: 80, height: 24))
            s.handle(.char("2"))
            s.handle(.char("b"))
        }
        openTables(&a)
        openTables(&b)
        b.handle(.char("l"))
        for k in ["j", "m", "l", "m"] { a.handle(.char(Character(k))) }
        b.othersChanged()
        b.takeLoadedPlan()
        #expect(table(b, 2) == ["马立新@2", "张伟@8"])
        #expect(b.screen.contains("8  宾客 2 ▲ 张伟 四川省教育厅"), "\(b.screen)")
    }

    /// A meal with no tables: `L` lays out enough tables of ten for its 7 guests (one, the head
    /// table), as one change that `u` takes back.
    @Test func aHallIsLaidOutForTheGuests() throws {
        var plan = try EventFile.read(Array(Self.file.utf8), file: "t.json")
        plan.tablePlans = []
        let store = try Store(path: Scratch.folder("tables-layout") + "/ui.sqlite")
        var s = try Headless(store: store, event: try store.insert(plan).event.id, language: .zh)
        s.handle(.resize(width: 80, height: 24))
        s.handle(.char("2"))
        s.handle(.char("b"))
        s.handle(.char("L"))
        #expect(s.state.plan.tablePlans.map(\.tables) == [[BanquetTable(number: 1)]])
        s.handle(.char("u"))
        #expect(s.state.plan.tablePlans.isEmpty)
    }

    /// Table 3's two taken off, the assignment seats them again with 赵强: the proposal says
    /// three newly seated, not "1 change" (it counted the one change of the meal's plan).
    @Test func theProposalCountsWhomItSeats() throws {
        var s = try app()
        for key in ["l", "l", "x", "x", "A"] { s.handle(.char(Character(key))) }
        #expect(s.screen.contains("排桌方案：新排 3 人；0 人未能安排 · y 采用 · n 放弃"))
    }

    /// The head table (four seats, three seated) made three: full, so 李娜 carried from table 3
    /// is not put down there; she stays at table 3 and the status line says why.
    @Test func aPersonIsNotMovedIntoAFullTable() throws {
        var s = try app()
        for key in ["-", "l", "l", "m", "h", "h", "m"] { s.handle(.char(Character(key))) }
        #expect(table(s, 3) == ["李娜@2", "王芳@8"])
        #expect(s.state.message == "1 号桌已满（3 座）：请先撤下一人或加座")
    }

    /// Three seated at the head table: it can be made three seats but not two.
    @Test func aTableKeepsAsManySeatsAsItHasPeople() throws {
        var s = try app()
        s.handle(.char("-"))
        s.handle(.char("-"))
        #expect(s.state.plan.tablePlans[0].table(1)?.seats == 3)
        #expect(s.state.message == "1 号桌已坐 3 人：座位不能少于人数")
    }

    /// Declining the assignment's proposal says it of the seating, not of the cars.
    @Test func decliningTheProposalSaysSo() throws {
        var s = try app()
        s.handle(.char("A"))
        s.handle(.char("n"))
        #expect(s.state.message == "未采用排座方案")
    }

    /// `b` on a keynote opens no table editor: the status line names the session and its kind.
    @Test func aSessionThatIsNotAMealHasNoTables() throws {
        var plan = try EventFile.read(Array(Self.file.utf8), file: "t.json")
        plan.sessions[0].kind = .keynote
        let store = try Store(path: Scratch.folder("tables-keynote") + "/ui.sqlite")
        var s = try Headless(store: store, event: try store.insert(plan).event.id, language: .zh)
        s.handle(.resize(width: 80, height: 24))
        s.handle(.char("2"))
        s.handle(.char("b"))
        #expect(s.state.message == "“欢迎晚宴”的类型是“主旨演讲”，不是用餐：只有用餐场次才有桌次")
    }
}

