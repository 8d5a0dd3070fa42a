import Foundation
import Interchange
import PlanningCore
import PlanningStore
import Testing

/// The stay columns of a 回执 (issue 36): read with the rest of the row, as the travel columns are.
@Suite struct StayImportTests {
    static let event = """
        {"confplan": 1,
         "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-14", "lastDay": "2026-05-15"},
         "sites": [{"id": "h", "name": "旌湖宾馆"}],
         "people": [{"id": "p1", "name": "陈静", "phone": "13900000201"},
                    {"id": "p2", "name": "王伟", "phone": "13900000202", "organisation": "甲"},
                    {"id": "p3", "name": "王伟", "phone": "13900000203", "organisation": "乙"}]
        }
        """

    static func store() throws -> Store {
        let s = try scratchDatabase()
        try load(event, into: s)
        return s
    }

    static func importAs(_ text: String, into store: Store, file: String = "回执.csv") throws -> Imported {
        try TravelImportTests.importBytes(Array(text.utf8), into: store, file: file)
    }

    /// A person's stay in one line: need, nights as given, and the roommate's name.
    static func stay(_ i: Imported, _ name: String) -> String {
        guard let p = i.person(name), let s = i.plan.stays.first(where: { $0.person == p.id }) else { return "none" }
        let mate = s.roommate.flatMap { r in i.plan.people.first { $0.id == r }?.name } ?? "-"
        return [s.need.rawValue, s.checkIn?.description ?? "?", s.checkOut?.description ?? "?", mate]
            .joined(separator: " ")
    }

    static let columns = "姓名,手机,住宿要求,单住/合住,合住人,入住日期,离店日期\n"

    @Test func stayColumnsBecomeTheStay() throws {
        let i = try Self.importAs(Self.columns
            + "王芳,13900000101,是,合住,李娜,5月13日,5月15日\n"
            + "李娜,13900000102,住,标间,王芳,2026-05-13,5.15\n"
            + "张伟,13900000103,不住,,,,\n"
            + "刘洋,13900000104,单住,,陈静,,\n", into: try Self.store())
        #expect(i.list.problems == [])
        #expect(i.roster.roommateProblems == [])
        #expect(Self.stay(i, "王芳") == "shared 2026-05-13 2026-05-15 李娜")
        #expect(Self.stay(i, "李娜") == "shared 2026-05-13 2026-05-15 王芳")
        #expect(Self.stay(i, "张伟") == "none ? ? -")
        // A roommate already in the event is found there; nights not given come from the journey later.
        #expect(Self.stay(i, "刘洋") == "single ? ? 陈静")
    }

    /// A companion's (随行) named person, under 随行对象 or 合住人, is whom they travel with (their
    /// principal, roomed near them), not a roommate to share a bed with: whether that person is
    /// already in the event or new in this list.
    @Test func aCompanionsNamedPersonIsTheirPrincipal() throws {
        let i = try Self.importAs("姓名,手机,住宿要求,随行对象\n"
            + "周部长,13900000101,单住,\n"
            + "小李,13900000102,随行,周部长\n"
            + "小王,13900000103,随行,陈静\n", into: try Self.store())
        #expect(i.list.problems == [])
        func principal(_ name: String) -> String {
            let s = i.person(name).flatMap { p in i.plan.stays.first { $0.person == p.id } }
            let who = s?.principal.flatMap { r in i.plan.people.first { $0.id == r }?.name } ?? "-"
            return "\(s?.need.rawValue ?? "none") \(who) \(s?.roommate == nil ? "-" : "mate")"
        }
        #expect([principal("小李"), principal("小王")] == ["companion 周部长 -", "companion 陈静 -"])
    }

    /// A 回执 that asks only for the day of arrival and of leaving: those days are the stay's nights,
    /// where the stay's own date columns do not give them (the day alone still plans no car).
    @Test func daysOfArrivalAndLeavingWithoutHoursAreTheStaysNights() throws {
        let i = try Self.importAs("姓名,手机,住宿要求,到达日期,离开日期,入住日期\n"
            + "王芳,13900000101,合住,5月13日,5月15日,\n"
            + "李娜,13900000102,单住,5月13日,5月15日,5月14日\n"
            + "张伟,13900000103,不住,5月13日,5月15日,\n", into: try Self.store())
        #expect(i.list.problems == [])
        #expect(Self.stay(i, "王芳") == "shared 2026-05-13 2026-05-15 -")
        #expect(Self.stay(i, "李娜") == "single 2026-05-14 2026-05-15 -")
        #expect(Self.stay(i, "张伟") == "none ? ? -")
    }

    @Test func headerVariantsAreTheSameColumns() throws {
        let i = try Self.importAs("姓名,手机,是否需要住宿,住宿方式,同住人,入住时间,退房日期\n"
            + "王芳,13900000101,需要,单间,,5/13,2026-05-16\n"
            + "李娜,13900000102,是,拼房,陈静,5月13日,5月14日\n", into: try Self.store())
        #expect(i.list.problems == [])
        #expect(i.list.columns.columns.map { $0.field?.rawValue ?? "" }
            == ["name", "phone", "stay", "room-share", "roommate", "check-in", "check-out"])
        #expect(Self.stay(i, "王芳") == "single 2026-05-13 2026-05-16 -")
        #expect(Self.stay(i, "李娜") == "shared 2026-05-13 2026-05-14 陈静")
    }

    /// A bad cell is told by line and column and the row comes in without it; a 合住人 who is no one,
    /// or two people, is told and never guessed.
    @Test func badCellsAndUnknownRoommatesAreReported() throws {
        let i = try Self.importAs(Self.columns
            + "王芳,13900000101,也许,三人间,李四,5月32日,5月15日\n"
            + "李娜,13900000102,是,合住,王伟,5月15日,5月13日\n", into: try Self.store())
        #expect(i.report.problemLines() == [
            "回执.csv:2: 住宿要求: \"也许\" says neither whether a room is wanted nor which (住/不住, 单住, 合住) "
                + "(the row was imported without it)",
            "回执.csv:2: 单住/合住: \"三人间\" is no kind of room (单住, 合住, 单间, 标间, 随行) "
                + "(the row was imported without it)",
            "回执.csv:2: 入住日期: \"5月32日\" is not a date (5月13日, 2026-05-13, 5.13) (the row was imported without it)",
            "回执.csv:2: 合住人: \"李四\" is no one of the event or the list: no roommate was set",
            "回执.csv:3: 离店日期: check-out 5月13日 is not after check-in 5月15日: the dates were not stored",
            "回执.csv:3: 合住人: 2 people of the event or the list are called \"王伟\": no roommate was set",
        ])
        #expect(Self.stay(i, "王芳") == "shared ? 2026-05-15 -")
        #expect(Self.stay(i, "李娜") == "shared ? ? -")
    }

    /// Date cells, a day number and a roommate in a workbook, and a bad date named by sheet and row.
    @Test func aWorkbookWithDateCells() throws {
        let (bytes, path) = try WorkbookTests.book("stays-openpyxl.xlsx")
        let i = try TravelImportTests.importBytes(bytes, into: try Self.store(), file: path)
        #expect(Self.stay(i, "王芳") == "shared 2026-05-13 2026-05-15 李娜")
        #expect(Self.stay(i, "李娜") == "shared 2026-05-13 2026-05-15 王芳")
        #expect(Self.stay(i, "张伟") == "none ? ? -")
        #expect(Self.stay(i, "刘洋") == "single 2026-05-13 ? -")
        #expect(i.report.problemLines() == [
            "stays-openpyxl.xlsx:参会回执:5: 离店日期: \"下周\" is not a date (5月13日, 2026-05-13, 5.13) "
                + "(the row was imported without it)",
        ])
    }

    /// A later copy of the 回执 changes the stay and says so; the same copy again changes nothing.
    @Test func aLaterCopyUpdatesTheStay() throws {
        let store = try Self.store()
        let first = Self.columns + "王芳,13900000101,是,合住,陈静,5月13日,5月15日\n"
        _ = try Self.importAs(first, into: store)
        let same = try Self.importAs(first, into: store, file: "回执(1).csv")
        #expect(same.roster.stays == [])
        let later = try Self.importAs(Self.columns + "王芳,13900000101,是,单住,,5月14日,5月15日\n", into: store,
                                      file: "回执(2).csv")
        #expect(Self.stay(later, "王芳") == "single 2026-05-14 2026-05-15 -")
        #expect(later.report.changeLines(sessions: []) == [
            "王芳: stay shared room 13 May–15 May with 陈静 → single room 14 May–15 May",
        ])
    }

    /// What the import stored goes out in the event file and comes back from it.
    @Test func theEventFileKeepsImportedStays() throws {
        let i = try Self.importAs(Self.columns + "王芳,13900000101,是,合住,陈静,5月13日,5月15日\n",
                                  into: try Self.store())
        let again = try EventFile.read(Array(EventFile.write(i.plan).utf8), file: "e.json")
        func said(_ p: EventPlan) -> [String] {
            p.stays.map { s in
                let name = { (id: ID<Person>?) in id.flatMap { x in p.people.first { $0.id == x }?.name } ?? "-" }
                return "\(name(s.person)) \(s.need.rawValue) \(s.checkIn!) \(s.checkOut!) \(name(s.roommate))"
            }
        }
        #expect(said(again) == ["王芳 shared 2026-05-13 2026-05-15 陈静"])
        #expect(said(again) == said(i.plan))
    }

    @Test func aListWithoutStayColumnsCarriesNoStay() throws {
        let list = try AttendeeList.read(Array("姓名,手机,备注\n王芳,13900000101,住宿\n".utf8), file: "l.csv",
                                         sessions: [])
        #expect(list.rows.map(\.stay) == [nil])
    }
}
