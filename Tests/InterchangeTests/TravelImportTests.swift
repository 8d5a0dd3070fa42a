import Foundation
import Interchange
import PlanningCore
import PlanningStore
import Testing

/// The travel columns of a 回执 (issue 35): read with the rest of the row, as offices write them.
@Suite struct TravelImportTests {
    static let event = """
        {"confplan": 1,
         "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-14", "lastDay": "2026-05-15",
                   "defaultTravelMinutes": 35},
         "sites": [{"id": "h", "name": "旌湖宾馆"}, {"id": "s", "name": "德阳站"},
                   {"id": "a", "name": "成都双流国际机场 T2"}],
         "people": []
        }
        """

    static func store() throws -> Store {
        let s = try scratchDatabase()
        try load(event, into: s)
        return s
    }

    /// Imports as the command does: the list's source, and what earlier copies of it left.
    static func importAs(_ text: String, source: String = "回执", into store: Store, file: String = "回执.csv")
        throws -> Imported
    {
        try importBytes(Array(text.utf8), source: source, into: store, file: file)
    }

    static func importBytes(_ bytes: [UInt8], source: String = "回执", into store: Store, file: String,
                            sheet: String? = nil) throws -> Imported {
        let event = try store.resolveEvent(nil).id
        let list = try AttendeeList.read(bytes, file: file, sheet: sheet, sessions: [])
        var rules = list.rules(source: source)
        rules.memory = try store.importMemory(event, source: source)
        let roster = try store.importRoster(event: event, rows: list.rows, rules: rules)
        return Imported(store: store, event: event, list: list, roster: roster, plan: try store.plan(event))
    }

    /// A person's journey in one line: each way's mode, number, hub (by name), time and transfer.
    static func journey(_ i: Imported, _ name: String) -> String {
        guard let p = i.person(name), let t = i.plan.trips.first(where: { $0.person == p.id }) else { return "none" }
        func leg(_ l: TripLeg?) -> String {
            guard let l else { return "-" }
            let hub = l.hub.flatMap { h in i.plan.sites.first { $0.id == h }?.name } ?? "?"
            return [l.mode.rawValue, l.number, hub, l.time?.description ?? "?", l.wantsTransfer ? "transfer" : "alone"]
                .joined(separator: " ")
        }
        return leg(t.arrival) + " | " + leg(t.departure) + " | +\(t.companions)"
    }

    static let columns = "姓名,单位,手机,到达日期,到达时间,抵达车次/航班,到达站点,是否接站,返程日期,返程时间,返程车次/航班,"
        + "返程站点,是否送站,随行人数\n"

    @Test func columnsOfTheirOwnBecomeTheJourney() throws {
        let i = try Self.importAs(Self.columns
            + "王芳,德阳职业技术学院,13900000101,5月13日,14:20,G8921,德阳站,是,5月15日,18点05,G8930,德阳站,是,1\n"
            + "张伟,四川工程职业技术大学,13900000102,2026-05-13,1035,CA4193,成都双流国际机场T2,Y,5/16,9:40,3U8888,"
            + "成都双流国际机场T2,否,0\n", into: try Self.store())
        #expect(i.list.problems == [])
        #expect(Self.journey(i, "王芳") == "train G8921 德阳站 2026-05-13T14:20 transfer"
            + " | train G8930 德阳站 2026-05-15T18:05 transfer | +1")
        // The airport named without the space the site has is that site.
        #expect(Self.journey(i, "张伟") == "flight CA4193 成都双流国际机场 T2 2026-05-13T10:35 transfer"
            + " | flight 3U8888 成都双流国际机场 T2 2026-05-16T09:40 alone | +0")
        #expect(i.roster.newHubs == [])
    }

    /// `双流T2` is the airport the event has, not a new site with the default travel time; `德阳北站`
    /// is not `德阳站`; a return with no station named leaves from where the guest came.
    @Test func aHubWrittenShortIsTheSiteWhoseNameHoldsIt() throws {
        let header = "姓名,手机,来程信息,返程日期,返程时间,返程车次/航班\n"
        let i = try Self.importAs(header + "王芳,13900000101,5月13日 CA4193 10:35 双流T2,5月15日,18:05,CA4194\n"
            + "张伟,13900000102,5月13日 G8921 14:20 德阳北站,,,\n", into: try Self.store())
        #expect(Self.journey(i, "王芳") == "flight CA4193 成都双流国际机场 T2 2026-05-13T10:35 alone"
            + " | flight CA4194 成都双流国际机场 T2 2026-05-15T18:05 alone | +0")
        #expect(i.roster.hubMatches == [HubMatch(name: "双流T2", site: "成都双流国际机场 T2", line: 2, arrival: true)])
        #expect(i.roster.newHubs.map(\.name) == ["德阳北站"])
    }

    /// Names as guests write them: `德阳北` is 德阳北站, `天府` the Tianfu airport, `德阳` the plain
    /// station and not the northern one or the hotel; `双流机场` fits both terminals, so no hub is
    /// stored and the row is told: no site is made for any of them.
    @Test func shortHubNamesFindTheirSiteOrAreToldAmbiguous() throws {
        let event = """
            {"confplan": 1,
             "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-14", "lastDay": "2026-05-15"},
             "sites": [{"id": "h", "name": "德阳旌湖宾馆"}, {"id": "s", "name": "德阳站"}, {"id": "n", "name": "德阳北站"},
                       {"id": "t1", "name": "成都双流国际机场T1"}, {"id": "t2", "name": "成都双流国际机场T2"},
                       {"id": "tf", "name": "成都天府国际机场"}],
             "people": []
            }
            """
        let store = try scratchDatabase()
        try load(event, into: store)
        let i = try Self.importAs("姓名,手机,来程信息\n"
            + "王芳,13900000101,5月13日 G8921 14:20 德阳北\n"
            + "张伟,13900000102,5月13日 CA4193 10:35 天府\n"
            + "李娜,13900000103,5月13日 G8922 15:00 德阳\n"
            + "赵静,13900000104,5月13日 3U8888 11:00 双流机场\n"
            + "孙磊,13900000105,5月13日 G8923 16:00 德阳火车站 2人同行\n", into: store)
        #expect(i.roster.newHubs == [])
        #expect(Self.journey(i, "王芳").hasPrefix("train G8921 德阳北站 "))
        #expect(Self.journey(i, "张伟").hasPrefix("flight CA4193 成都天府国际机场 "))
        #expect(Self.journey(i, "李娜").hasPrefix("train G8922 德阳站 "))
        #expect(Self.journey(i, "赵静").hasPrefix("flight 3U8888 ? "))
        // 火车站 is a 站, and the party written after it is the companions, not the station's name.
        #expect(Self.journey(i, "孙磊") == "train G8923 德阳站 2026-05-13T16:00 alone | - | +2")
        #expect(i.roster.hubMatches.first { !$0.candidates.isEmpty } == HubMatch(name: "双流机场", site: "", line: 5, arrival: true,
                                                     candidates: ["成都双流国际机场T1", "成都双流国际机场T2"]))
    }

    @Test func headerVariantsAreTheSameColumns() throws {
        let header = "姓名,手机,抵达日期,抵达时间,来程航班/车次,接站地点,需要接站,离会日期,离开时间,返程航班,返程机场/车站,"
            + "需要送站,随行人员数\n"
        let i = try Self.importAs(header + "王芳,13900000101,5.13,14点20分,g8921次,德阳站,需要,5月15日,下午6:05,MU5401,"
            + "成都双流国际机场T2,✓,两个\n", into: try Self.store())
        #expect(i.list.problems == [])
        #expect(Self.journey(i, "王芳") == "train G8921 德阳站 2026-05-13T14:20 transfer"
            + " | flight MU5401 成都双流国际机场 T2 2026-05-15T18:05 transfer | +2")
    }

    @Test func aWholeWayInOneCell() throws {
        let i = try Self.importAs("姓名,手机,来程信息,返程信息,是否接站\n"
            + "王芳,13900000101,5月13日 G8921 14:20 德阳站,5/15 18:05 G8930,是\n"
            + "张伟,13900000102,5.13 CA4193 10:35 成都双流国际机场T2,自驾,否\n", into: try Self.store())
        #expect(i.list.problems == [])
        // The return names no station: it leaves from where it came.
        #expect(Self.journey(i, "王芳") == "train G8921 德阳站 2026-05-13T14:20 transfer"
            + " | train G8930 德阳站 2026-05-15T18:05 alone | +0")
        #expect(Self.journey(i, "张伟") == "flight CA4193 成都双流国际机场 T2 2026-05-13T10:35 alone"
            + " | car  ? ? alone | +0")
    }

    /// A hub no site has is made one, told by its line, and its journeys use it.
    @Test func anUnknownHubIsMadeASiteAndReported() throws {
        let i = try Self.importAs("姓名,手机,到达信息\n王芳,13900000101,5月13日 G8921 14:20 德阳站\n"
            + "张伟,13900000102,5.13 G8923 10:35 绵阳站\n陈静,13900000103,5月13日 10:40 G8923 绵阳 站\n",
            into: try Self.store())
        #expect(i.plan.sites.map(\.name) == ["旌湖宾馆", "德阳站", "成都双流国际机场 T2", "绵阳站"])
        #expect(Self.journey(i, "陈静") == "train G8923 绵阳站 2026-05-13T10:40 alone | - | +0")
        #expect(i.report.problemLines() == [
            "回执.csv:3: 到达信息: \"绵阳站\" is no site of the event: it was added as one, with the default travel "
                + "time of 35 minutes to every other site; set its own travel times",
        ])
    }

    /// A bad cell is told by line and column and the row comes in without it, as a bad phone does.
    @Test func badCellsAreReportedAndTheRowImportsWithoutThem() throws {
        let i = try Self.importAs(Self.columns
            + "王芳,德阳职业技术学院,13900000101,5月32日,14:20,G8921,德阳站,是,5月15日,25:70,G8930,德阳站,也许,若干\n"
            + "张伟,四川工程职业技术大学,13900000102,5月13日,,坐车,德阳站,,,,,,,\n", into: try Self.store())
        #expect(i.report.problemLines() == [
            "回执.csv:2: 到达日期: \"5月32日\" is not a date (the row was imported without it)",
            "回执.csv:2: 返程时间: \"25:70\" is not a time of day (the row was imported without it)",
            "回执.csv:2: 是否送站: \"也许\" is neither yes nor no (是/否) (the row was imported without it)",
            "回执.csv:2: 随行人数: \"若干\" is not a number of people (the row was imported without it)",
            "回执.csv:3: 到达日期: \"5月13日\" gives a date or a time but not both, so no time was stored "
                + "(it was kept in the notes)",
            "回执.csv:3: 抵达车次/航班: \"坐车\" is not a train or flight number (G8921, CA4193), 自驾 or 自行 "
                + "(the row was imported without it)",
        ])
        #expect(Self.journey(i, "王芳") == "train G8921 德阳站 ? transfer | train G8930 德阳站 ? alone | +0")
        #expect(i.person("张伟")?.notes == "到达日期：5月13日")
        #expect(Self.journey(i, "张伟") == "train  德阳站 ? alone | - | +0")
    }

    /// A one-cell journey whose date cannot be read keeps its train and station in the notes, for
    /// staff to type in, rather than losing them with the date.
    @Test func aOneCellJourneyWithABadDateIsKeptInTheNotes() throws {
        let i = try Self.importAs("姓名,手机,来程信息\n王芳,13900000101,13/5 G8921 14:20 德阳站\n", into: try Self.store())
        #expect(i.person("王芳")?.notes == "来程信息：13/5 G8921 14:20 德阳站")
    }

    /// The next copy of the list with one flight moved changes that journey alone; a list without
    /// travel columns leaves journeys as they are.
    @Test func aReimportChangesTheMovedFlightAndAListWithoutTravelKeepsIt() throws {
        let store = try Self.store()
        let first = Self.columns
            + "王芳,德阳职业技术学院,13900000101,5月13日,14:20,G8921,德阳站,是,5月15日,18:05,G8930,德阳站,是,1\n"
            + "张伟,四川工程职业技术大学,13900000102,5月13日,10:35,CA4193,成都双流国际机场T2,是,5月16日,9:40,CA4194,"
            + "成都双流国际机场T2,否,0\n"
        _ = try Self.importAs(first, into: store)
        let moved = first.replacingOccurrences(of: "10:35,CA4193", with: "16:05,CA4195")
        let again = try Self.importAs(moved, into: store, file: "回执(2).csv")
        #expect(Self.journey(again, "张伟") == "flight CA4195 成都双流国际机场 T2 2026-05-13T16:05 transfer"
            + " | flight CA4194 成都双流国际机场 T2 2026-05-16T09:40 alone | +0")
        #expect(again.report.changeLines(sessions: []) == ["张伟: arrival CA4193 05-13 10:35 → CA4195 05-13 16:05"])
        #expect(again.report.updatedCount == 1)
        let before = again.plan.trips
        let plain = try Self.importAs("姓名,单位,手机\n张伟,四川工程职业技术大学,13900000102\n", into: store,
                                      file: "回执(3).csv")
        #expect(plain.plan.trips == before)
    }

    /// A month mistyped (6月13日 for an event on 14–15 May) is kept as written and told by its line
    /// and column, as the check tells it.
    @Test func aDateWeeksOffTheEventIsReported() throws {
        let i = try Self.importAs(Self.columns
            + "王芳,德阳职业技术学院,13900000101,6月13日,14:20,G8921,德阳站,是,5月15日,18:05,G8930,德阳站,是,1\n",
            into: try Self.store())
        #expect(i.report.problemLines() == [
            "回执.csv:2: 到达日期: 13 Jun 14:20 is 29 days off the event's days: is the date right? (kept as written)",
        ])
    }

    /// A re-import that changes only the station and whether a pickup is wanted says so: the
    /// change line shows the hub and the 是否接站 that differ, not the same number and time twice.
    @Test func aReimportSaysAChangedHubAndPickup() throws {
        let store = try Self.store()
        let first = Self.columns
            + "王芳,德阳职业技术学院,13900000101,5月13日,14:20,G8921,德阳站,是,5月15日,18:05,G8930,德阳站,是,1\n"
        _ = try Self.importAs(first, into: store)
        let moved = first.replacingOccurrences(of: "G8921,德阳站,是", with: "G8921,成都双流国际机场T2,否")
        let again = try Self.importAs(moved, into: store, file: "回执(2).csv")
        #expect(again.report.changeLines(sessions: []) == [
            "王芳: arrival G8921 05-13 14:20 德阳站 pickup → G8921 05-13 14:20 成都双流国际机场 T2 no pickup",
        ])
    }

    /// `5月13日 G8921 14:20 德阳站` in a column headed for the number alone is the one-cell journey
    /// it is, not a bad train number.
    @Test func aWholeWayInTheNumberColumn() throws {
        let i = try Self.importAs("姓名,手机,抵达车次/航班\n王芳,13900000101,5月13日 G8921 14:20 德阳站\n",
                                  into: try Self.store())
        #expect(Self.journey(i, "王芳") == "train G8921 德阳站 2026-05-13T14:20 alone | - | +0")
    }

    /// A copy of the list whose cells for someone were emptied clears their journey: for the people
    /// it named before, the list is the truth for its columns.
    @Test func aReimportWithEmptiedCellsClearsTheJourney() throws {
        let store = try Self.store()
        _ = try Self.importAs("姓名,手机,到达信息,随行人数\n王芳,13900000101,5月13日 G8921 14:20 德阳站,1\n", into: store)
        let again = try Self.importAs("姓名,手机,到达信息,随行人数\n王芳,13900000101,,\n", into: store)
        #expect(again.plan.trips == [])
    }

    /// A list without travel columns reads no travel: its rows carry none, so matching them does
    /// no travel work (the 100,000-row import stays as fast as before).
    @Test func aListWithoutTravelColumnsCarriesNoTravel() throws {
        let list = try AttendeeList.read(Array("姓名,手机,备注\n王芳,13900000101,5月13日到\n".utf8), file: "l.csv",
                                         sessions: [])
        #expect(list.rows.map(\.travel) == [nil])
    }

    @Test func aWorkbookWithColumnsAndDateCells() throws {
        let (bytes, path) = try WorkbookTests.book("travel-openpyxl.xlsx")
        let i = try Self.importBytes(bytes, into: try Self.store(), file: path, sheet: "参会回执")
        #expect(Self.journey(i, "王芳") == "train G8921 德阳站 2026-05-13T14:20 transfer"
            + " | train G8930 德阳站 2026-05-15T18:05 transfer | +1")
        #expect(Self.journey(i, "张伟") == "flight CA4193 成都双流国际机场 T2 2026-05-13T10:35 transfer"
            + " | flight CA4194 成都双流国际机场 T2 2026-05-16T09:40 alone | +0")
        #expect(Self.journey(i, "刘洋") == "car  ? ? alone | - | +2")
        #expect(i.report.problemLines() == [
            "travel-openpyxl.xlsx:参会回执:4: 到达时间: \"25:70\" is not a time of day (the row was imported without it)",
        ])
    }

    @Test func aWorkbookWithOneCellJourneys() throws {
        let (bytes, path) = try WorkbookTests.book("travel-openpyxl.xlsx")
        let i = try Self.importBytes(bytes, into: try Self.store(), file: path, sheet: "一格行程")
        #expect(Self.journey(i, "陈静") == "train G8921 德阳站 2026-05-13T14:20 alone"
            + " | train G8930 德阳站 2026-05-15T18:05 alone | +1")
        #expect(Self.journey(i, "赵磊") == "flight CA4193 成都双流国际机场 T2 2026-05-13T10:35 alone"
            + " | flight CA4194 成都双流国际机场 T2 2026-05-16T09:40 alone | +0")
        #expect(i.report.problemLines() == [
            "travel-openpyxl.xlsx:一格行程:3: 来程信息: \"双流T2\" was taken as 成都双流国际机场 T2, the one site whose "
                + "name holds it",
            "travel-openpyxl.xlsx:一格行程:4: 来程信息: \"坐车来\" is not a journey (e.g. 5月13日 G8921 14:20 德阳站) "
                + "(the row was imported without it)",
        ])
    }
}

@Suite struct TravelValueTests {
    @Test func timesOfDay() {
        #expect(["14:20", "14：20", "14点20", "14点20分", "14时20分", "1420", "14:20:00", "下午2:20"]
            .map(TravelValues.minute) == Array(repeating: 860, count: 8))
        #expect(["25:70", "14:60", "待定", "14", ""].map(TravelValues.minute) == [nil, nil, nil, nil, nil])
    }

    @Test func daysWithAndWithoutAYear() {
        let may13 = TravelCells.Day(month: 5, day: 13)
        #expect(["5月13日", "5月13号", "5.13", "5/13", "5-13", "05-13"].map(TravelValues.day)
            == Array(repeating: may13, count: 6))
        #expect(TravelValues.day("2026-05-13") == TravelCells.Day(year: 2026, month: 5, day: 13))
        #expect(["5月32日", "13/5", "下周", "14:20"].map(TravelValues.day) == [nil, nil, nil, nil])
    }

    @Test func theNumberSaysTrainOrFlight() {
        let read = ["G8921", "D5123", "K818", "Z48", "CA4193", "3U8888", "MU5401", "自驾", "自行", "G8921次"]
            .map { TravelValues.route($0).map { "\($0.mode.rawValue) \($0.number)" } ?? "nil" }
        #expect(read == ["train G8921", "train D5123", "train K818", "train Z48", "flight CA4193", "flight 3U8888",
                         "flight MU5401", "car ", "self ", "train G8921"])
        #expect(TravelValues.route("坐车") == nil)
    }

    @Test func yesNoAndCounts() {
        #expect(["是", "否", "需要", "不需要", "Y", "N", "✓"].map(TravelValues.yesNo)
            == [true, false, true, false, true, false, true])
        #expect(TravelValues.yesNo("也许") == nil)
        #expect(["1", "2人", "两个", "三位", "无"].map(TravelValues.count) == [1, 2, 2, 3, 0])
        #expect(TravelValues.count("若干") == nil)
    }

    /// A mistyped time in a one-cell journey is told as the time it is not, not made a station.
    @Test func aBadTimeInOneCellIsNoHub() throws {
        let i = try TravelImportTests.importAs("姓名,手机,来程信息\n张伟,13900000102,5月13日 25:70 G8921\n",
                                               into: try TravelImportTests.store())
        #expect(i.report.problemLines() == [
            "回执.csv:2: 来程信息: \"25:70\" is not a time of day (the row was imported without it)",
        ])
        #expect(i.plan.trips == [])
    }

    @Test func oneCellForms() {
        let a = TravelValues.oneCell("5/13 14:20 G8921")
        #expect(a?.day == TravelCells.Day(month: 5, day: 13) && a?.minute == 860 && a?.number == "G8921"
            && a?.mode == .train && a?.hub == nil)
        let b = TravelValues.oneCell("5.13 CA4193 10:35 双流T2")
        #expect(b?.mode == .flight && b?.number == "CA4193" && b?.minute == 635 && b?.hub == "双流T2")
    }
}

extension TravelValueTests {
    /// A cell of numerals longer than any party is no count, not an overflow.
    @Test func aLongRunOfNumeralsIsNoCount() {
        #expect(TravelValues.count(String(repeating: "九", count: 30)) == nil)
    }
}
