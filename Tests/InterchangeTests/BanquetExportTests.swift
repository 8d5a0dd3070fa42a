import Foundation
import Interchange
import PlanningCore
import Print
import TestSupport
import Workbook
import Testing

/// The banquet's exports of a small welcome dinner: a head table of 4 with a host, a halal table
/// and a third table behind, laid out as `tables --layout 3x…` lays them out, seated by hand.
@Suite struct BanquetExportTests {
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

    static func plan() throws -> EventPlan { try EventFile.read(Array(file.utf8), file: "t.json") }

    func export(_ kind: BanquetExport.Kind, _ lang: Language = .zh) throws -> BanquetExport {
        let plan = try Self.plan()
        return BanquetExport(plan: plan, meal: plan.sessions[0], kind: kind, language: lang)
    }

    /// The head table at the front, the halal table 2 on its right (the reader's left, from the
    /// door), table 3 on its left; each with seated/seats.
    @Test func theHallPlanIsSeenFromTheDoor() throws {
        #expect(try export(.hallPlan).text() == """
            桌次图 · 欢迎晚宴 · 5月13日18:30
            共 3 桌 20 座，已排 6 人
            从入口看；[1] 为主桌，“清”为清真桌；桌号下为已排/座位

                     [1]
                     3/4

              2清            3
              1/8           2/8

            （入口）

            """)
    }

    /// The head table's chart: the host in seat 1, the chief guest on his right, the seats the
    /// seat order gives a table of 4, the empty ones marked.
    @Test func theHeadTablesChartGivesEachSeatItsRole() throws {
        let lists = try export(.tableCharts).lists
        #expect(lists.chartLines(1).joined(separator: "\n") == """
            1 号桌（第 1 桌次）· 已排 3/4 · 主桌
              1  主人    陈老师 会务组
              2  主宾    张伟 四川省教育厅
              3  副主人  —
              4  宾客 2  Thomas Becker BIBB
            """)
    }

    /// A fourth table nobody sits at gets no page: three charts, the tables with people.
    @Test func anEmptyTableHasNoChart() throws {
        var plan = try Self.plan()
        plan.tablePlans[0].tables.append(BanquetTable(number: 4, seats: 8, place: HallPlace(across: 0, back: 2)))
        let text = BanquetExport(plan: plan, meal: plan.sessions[0], kind: .tableCharts, language: .zh).text()
        #expect(text.split(separator: "\u{0C}").map { $0.split(separator: "\n")[1].prefix(4) }
                == ["1 号桌", "2 号桌", "3 号桌"])
    }

    /// Nobody seated at any table: the charts say so on their one page instead of a page per table.
    @Test func chartsOfTablesNobodySitsAtSaySo() throws {
        var plan = try Self.plan()
        plan.tablePlans[0].seats = []
        #expect(BanquetExport(plan: plan, meal: plan.sessions[0], kind: .tableCharts, language: .zh).text() == """
            座次表 · 欢迎晚宴 · 5月13日18:30

            （还没有排座：没有座次表可印）

            """)
    }

    /// The printed charts: a page for each of the three tables with people, none for the empty fourth.
    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func thePrintedChartsLeaveEmptyTablesOut() throws {
        var plan = try Self.plan()
        plan.tablePlans[0].tables.append(BanquetTable(number: 4, seats: 8, place: HallPlace(across: 0, back: 2)))
        let (bytes, _) = BanquetExport(plan: plan, meal: plan.sessions[0], kind: .tableCharts, language: .zh).pdf()
        let file = try Tool.write(bytes)
        defer { Tool.remove(file) }
        #expect(try Tool.run("pdftotext", [file, "-"]).filter { $0 == "\u{0C}" }.count == 3)
    }

    /// A guest put in the host's seat of a table with no host is a guest on the chart (the third
    /// at table 3, after the two in guest seats), not 主人.
    @Test func aGuestInTheHostsSeatIsNotCalledTheHost() throws {
        var plan = try Self.plan()
        plan.tablePlans[0].seats.append(TableSeat(person: plan.people[6].id, table: 3, seat: 1))
        let lists = BanquetExport(plan: plan, meal: plan.sessions[0], kind: .tableCharts, language: .zh).lists
        let line = lists.chartLines(3).first { $0.contains("赵强") }?.split(separator: " ").joined(separator: " ")
        #expect(line == "1 宾客 3 赵强 成都工业学院")
    }

    /// By name as a reader looks it up (Becker under b), with table and seat.
    @Test func theSeatingListIsByName() throws {
        #expect(try export(.seatingList).text() == """
            座位查询 · 欢迎晚宴 · 5月13日18:30

            姓名           单位              桌号    座号
            Thomas Becker  BIBB              1 号桌  4
            陈老师         会务组            1 号桌  1
            李娜           德阳职业技术学院  3 号桌  2
            马立新         宁夏职业技术学院  2 号桌  2
            王芳           德阳职业技术学院  3 号桌  8
            张伟           四川省教育厅      1 号桌  2

            """)
    }

    /// Counts per table by need, the guests' words for the kitchen, the unseated guest (赵强)
    /// counted apart, and the totals.
    @Test func theKitchenSheetCountsPerTableAndNeed() throws {
        #expect(try export(.kitchen).text() == """
            后厨用餐单 · 欢迎晚宴 · 5月13日18:30

            桌号    桌次  清真桌  人数  清真  素食  其他  饮食禁忌
            1       1             3     0     1     0
            2       2     是      1     1     0     0     清真，不吃牛肉
            3       3             2     0     0     2     不吃海鲜 ×2
            未排桌                1     0     0     0
            合计                  7     1     1     2

            """)
    }

    /// In the workbook a table's number (桌号) is a number, as its rank beside it is, so the
    /// kitchen can sort and sum by it; only the unseated and total rows say words there.
    @Test func theKitchenSheetsTableNumbersAreNumbers() throws {
        #expect(try export(.kitchen).sheet.rows.map { $0[0] }
                == [.number(1), .number(2), .number(3), .text("未排桌"), .text("合计")])
    }

    /// The kitchen is told counts and needs, never who: no name of anyone at the meal appears in
    /// any of its forms.
    @Test(arguments: [Language.zh, .en])
    func theKitchenSheetNamesNobody(_ lang: Language) throws {
        let e = try export(.kitchen, lang)
        let forms = [e.text(), e.csv(), e.sheet.rows.flatMap { $0.map(\.text) }.joined(separator: "\n")]
        let names = try Self.plan().people.map(\.name)
        for form in forms {
            #expect(names.filter { form.contains($0) } == [])
        }
    }

    @Test func eachSeatedGuestIsToldTheirTable() throws {
        let plan = try Self.plan()
        let notices = BanquetNotices(plan: plan, meal: plan.sessions[0])
        #expect(notices.notices.first { $0.name == "张伟" }?.message == "张伟您好：欢迎晚宴 · 5月13日18:30，您的座位：1 号桌（2 号座）。")
        #expect(notices.notices.first { $0.name == "Thomas Becker" }?.message
                == "Dear Thomas Becker, 欢迎晚宴 · 13 May 18:30: your seat is at table 1, seat 4.")
    }

    /// A sign per table in the order of tables: its number, `N 号桌`, and what marks it.
    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func theTableSignsPDFHasAPagePerTable() throws {
        let (bytes, notes) = try export(.tableSigns).pdf()
        #expect(notes == PrintNotes())
        #expect(try TransportExportTests.pdfRows(bytes) == [
            ["1"], ["1", "号桌"], ["主桌"], ["2"], ["2", "号桌"], ["清真"], ["3"], ["3", "号桌"],
        ])
    }

    /// The door's printed list has the columns' headings and each guest's seat, as the text and
    /// CSV have them.
    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func theSeatingListPDFHasHeadingsAndSeats() throws {
        let (bytes, _) = try export(.seatingList).pdf()
        let rows = try TransportExportTests.pdfRows(bytes)
        #expect(Array(rows.dropFirst().prefix(2)) == [["姓名", "单位", "桌号", "座号"],
                                                      ["Thomas", "Becker", "BIBB", "1", "号桌", "4"]])
    }

    /// The printed hall: the head table in front, the halal table on its right (the reader's left).
    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func theHallPlanPDFPutsTheTablesWhereTheyStand() throws {
        let (bytes, _) = try export(.hallPlan).pdf()
        #expect(try TransportExportTests.pdfRows(bytes) == [
            ["桌次图", "·", "欢迎晚宴", "·", "5月13日18:30"], ["从入口看；主桌框线加粗；桌号下为已排/座位"],
            ["1"], ["主桌", "3/4"], ["2", "3"], ["清真", "1/8", "2/8"], ["（入口）"],
        ])
    }

    @Test func theBanquetPhrasebooksAreWholeInBothLanguages() {
        for lang in Language.allCases {
            #expect(BanquetWords.missing(in: lang).isEmpty, "\(lang): \(BanquetWords.missing(in: lang))")
            #expect(BanquetExportWords.missing(in: lang).isEmpty, "\(lang): \(BanquetExportWords.missing(in: lang))")
        }
    }
}
