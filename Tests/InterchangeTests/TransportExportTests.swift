import Foundation
import Interchange
import PlanningCore
import Print
import TestSupport
import Testing
@testable import Workbook

/// 接站表, 送站表, 乘车表 and the transport notices of a small event: two guests fetched by one
/// van, one guest asking for a pickup with no run yet, one drop-off.
@Suite struct TransportExportTests {
    static let file = """
        {
          "confplan": 1,
          "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-13", "lastDay": "2026-05-15"},
          "sites": [
            {"id": "hotel", "name": "旌湖宾馆"},
            {"id": "station", "name": "德阳站"},
            {"id": "east", "name": "成都东站"}
          ],
          "travel": [
            {"from": "station", "to": "hotel", "minutes": 25},
            {"from": "hotel", "to": "east", "minutes": 70}
          ],
          "people": [
            {"id": "p1", "name": "张伟", "phone": "13800000001", "travel": {"arrival": {"mode": "train", "number": "G8921", "hub": "station", "time": "2026-05-13T14:20", "transfer": true}, "departure": {"mode": "train", "number": "G8922", "hub": "east", "time": "2026-05-15T18:05", "transfer": true}, "companions": 1, "stay": "hotel"}, "registration": {}},
            {"id": "p2", "name": "陈老师", "phone": "13900000002"},
            {"id": "p3", "name": "Michael Schulz", "phone": "13800000003", "travel": {"arrival": {"mode": "train", "number": "G8921", "hub": "station", "time": "2026-05-13T14:20", "transfer": true}}, "registration": {}},
            {"id": "p4", "name": "李娜", "phone": "13800000004", "travel": {"arrival": {"mode": "train", "number": "D1234", "hub": "station", "time": "2026-05-13T16:05", "transfer": true}}, "registration": {}}
          ],
          "vehicles": [
            {"id": "v1", "plate": "川F·12345", "kind": "van", "seats": 6, "driver": "王师傅", "driverPhone": "13900000001"}
          ],
          "runs": [
            {"id": "r1", "kind": "pickup", "vehicle": "v1", "from": "station", "to": "hotel", "depart": "2026-05-13T14:40", "passengers": ["p1", "p3"], "escort": "p2"},
            {"id": "r2", "kind": "dropoff", "vehicle": "v1", "from": "hotel", "to": "east", "depart": "2026-05-15T16:00", "passengers": ["p1"]}
          ]
        }

        """

    static func plan() throws -> EventPlan { try EventFile.read(Array(file.utf8), file: "t.json") }

    func export(_ kind: TransportListKind, _ lang: Language = .zh) throws -> TransportExport {
        TransportExport(plan: try Self.plan(), kind: kind, language: lang)
    }

    /// Guests in time order within their hub and day, 李娜 who asked for a pickup and has no run
    /// listed as 未安排; the companions column empty for none.
    @Test func thePickupListIsByHubAndDayWithTheUnplannedMarked() throws {
        #expect(try export(.pickups).text() == """
            接站表 · 测试大会

            德阳站 · 5月13日
            时间   车次/航班  姓名            手机         随行  发车    车辆              司机    司机电话     陪同
            14:20  G8921      Michael Schulz  13800000003        14:40   川F·12345 商务车  王师傅  13900000001  陈老师
            14:20  G8921      张伟            13800000001  1     14:40   川F·12345 商务车  王师傅  13900000001  陈老师
            16:05  D1234      李娜            13800000004        未安排

            """)
    }

    @Test func theDropOffListInEnglishGivesTheTrainsTimeAndTheRunsDeparture() throws {
        #expect(try export(.dropoffs, .en).text() == """
            Drop-offs · 测试大会

            成都东站 · 15 May
            time   train/flight  name  phone        with  run    car            driver  driver's phone  escort
            18:05  G8922         张伟  13800000001  1     16:00  川F·12345 van  王师傅  13900000001

            """)
    }

    /// A page per vehicle (one here), its runs in time order with their passengers.
    @Test func theRunSheetHasTheVehiclesRunsWithPassengersAndPhones() throws {
        #expect(try export(.runs).text() == """
            乘车表 · 测试大会
            川F·12345 · 商务车 6座 · 司机 王师傅 13900000001

            5月13日 14:40–15:05 接站 德阳站 → 旌湖宾馆 · 陪同 陈老师 13900000002
              姓名            手机         随行  车次/航班  时间
              张伟            13800000001  1     G8921      14:20
              Michael Schulz  13800000003        G8921      14:20

            5月15日 16:00–17:10 送站 旌湖宾馆 → 成都东站
              姓名  手机         随行  车次/航班  时间
              张伟  13800000001  1     G8922      18:05

            """)
    }

    @Test func thePickupListAsCSV() throws {
        #expect(try export(.pickups).csv(byteOrderMark: false) == """
            日期,站点,时间,车次/航班,姓名,手机,随行人数,发车时间,车牌,车型,司机,司机电话,陪同\r
            2026-05-13,德阳站,14:20,G8921,Michael Schulz,13800000003,0,14:40,川F·12345,商务车,王师傅,13900000001,陈老师\r
            2026-05-13,德阳站,14:20,G8921,张伟,13800000001,1,14:40,川F·12345,商务车,王师傅,13900000001,陈老师\r
            2026-05-13,德阳站,16:05,D1234,李娜,13800000004,0,未安排,,,,,\r

            """)
    }

    /// The run sheet's workbook: a row per passenger, the vehicle and the run on each.
    @Test func theRunSheetsWorkbookReadsBackRowByRow() throws {
        let book = try Workbook(try export(.runs).workbook(), file: "runs.xlsx")
        #expect(book.sheets.map(\.name) == ["乘车表"])
        let run1 = ["川F·12345", "商务车", "王师傅", "13900000001", "2026-05-13", "14:40", "15:05", "接站", "德阳站", "旌湖宾馆",
                    "陈老师"]
        let run2 = ["川F·12345", "商务车", "王师傅", "13900000001", "2026-05-15", "16:00", "17:10", "送站", "旌湖宾馆", "成都东站",
                    ""]
        #expect(try book.records(of: book.sheets[0]).map(\.fields) == [
            ["车牌", "车型", "司机", "司机电话", "日期", "发车", "到达", "类型", "出发地", "目的地", "陪同", "乘客", "手机", "随行人数",
             "车次/航班", "时间"],
            run1 + ["张伟", "13800000001", "1", "G8921", "14:20"],
            run1 + ["Michael Schulz", "13800000003", "0", "G8921", "14:20"],
            run2 + ["张伟", "13800000001", "1", "G8922", "18:05"],
        ])
    }

    /// `--date`: only that day's hubs.
    @Test func aDaysListLeavesOutTheOtherDays() throws {
        let lists = TransportLists(plan: try Self.plan(), language: .zh, day: LocalDate(iso: "2026-05-15"))
        #expect(lists.groups(.pickup).isEmpty)
        #expect(lists.pages().map { $0.runs.map(\.key) } == [["r2"]])
    }

    /// The PDF's rows as pdftotext reads them, words apart.
    static func pdfRows(_ bytes: [UInt8]) throws -> [[String]] {
        let file = try Tool.write(bytes)
        defer { Tool.remove(file) }
        return try Tool.run("pdftotext", ["-layout", file, "-"]).split(separator: "\n")
            .map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }.filter { !$0.isEmpty }
    }

    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func thePickupListsPDFHasEveryGuestsRow() throws {
        let (bytes, notes) = TransportLists(plan: try Self.plan(), language: .zh).pdf(.pickups)
        #expect(notes == PrintNotes())
        #expect(try Self.pdfRows(bytes) == [
            ["接站表", "·", "测试大会"], ["德阳站", "·", "5月13日"],
            ["时间", "车次/航班", "姓名", "手机", "随行", "发车", "车辆", "司机", "司机电话", "陪同"],
            ["14:20", "G8921", "Michael", "Schulz", "13800000003", "14:40", "川F·12345", "商务车", "王师傅", "13900000001", "陈老师"],
            ["14:20", "G8921", "张伟", "13800000001", "1", "14:40", "川F·12345", "商务车", "王师傅", "13900000001", "陈老师"],
            ["16:05", "D1234", "李娜", "13800000004", "未安排"],
            ["第1页/共1页"],
        ])
    }

    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func theRunSheetsPDFHeadsTheVehiclesPageWithItsDriver() throws {
        let rows = try Self.pdfRows(TransportLists(plan: try Self.plan(), language: .zh).pdf(.runs).bytes)
        #expect(rows.prefix(3) == [
            ["乘车表", "·", "测试大会"], ["川F·12345", "·", "商务车", "6座", "·", "司机", "王师傅", "13900000001"],
            ["5月13日", "14:40–15:05", "接站", "德阳站", "→", "旌湖宾馆", "·", "陪同", "陈老师", "13900000002"],
        ])
    }

    /// A name with a control character is shown as its picture, the columns still aligned.
    @Test func aControlCharacterInANameIsShownSafely() throws {
        var plan = try Self.plan()
        plan.people[3].name = "李\u{1B}[2J娜"
        let text = TransportExport(plan: plan, kind: .pickups, language: .zh).text()
        #expect(text.components(separatedBy: "\n")[6]
            == "16:05  D1234      李␛[2J娜        13800000004        未安排")
    }

    /// No runs and nobody asking: the page says the list is empty instead of being blank.
    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func anEmptyListsPDFSaysSo() throws {
        var plan = try Self.plan()
        (plan.trips, plan.runs) = ([], [])
        #expect(try Self.pdfRows(TransportLists(plan: plan, language: .zh).pdf(.pickups).bytes)
            == [["接站表", "·", "测试大会"], ["（无）"], ["第1页/共1页"]])
    }

    @Test func theTransportPhrasebooksAreWholeInBothLanguages() {
        for lang in Language.allCases {
            #expect(TransportWords.missing(in: lang).isEmpty, "\(lang): \(TransportWords.missing(in: lang))")
            #expect(TransportNoticeWords.missing(in: lang).isEmpty, "\(lang): \(TransportNoticeWords.missing(in: lang))")
        }
    }

    /// A name too long for its column even at the smallest size is told against its person, on
    /// a driver's sheet as on the list, so staff can give a shorter form.
    @Test func aNameThatDoesNotFitTheRunSheetIsNoted() throws {
        var plan = try Self.plan()
        let long = "Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen"
        plan.people[2].name = long
        let notes = TransportLists(plan: plan, language: .zh).pdf(.runs).notes
        #expect(notes.tooLong.map { "\($0.person) \($0.field)" } == ["\(long) name"])
    }

    // MARK: notices

    /// A Chinese guest in Chinese, Michael Schulz in English, the driver his day's runs.
    @Test func noticesTellPassengersTheirCarAndDriversTheirRuns() throws {
        let notices = TransportNotices(plan: try Self.plan())
        #expect(notices.notices.map(\.message) == [
            "张伟您好：5月13日14:20您乘G8921抵达德阳站，接站车辆川F·12345（司机王师傅 13900000001）在出站口等候。",
            "Dear Michael Schulz, on 13 May at 14:20 you arrive at 德阳站 on G8921; car 川F·12345 (driver 王师傅 13900000001) "
                + "will wait for you at the station exit.",
            "张伟您好：5月15日16:00送站车辆川F·12345（司机王师傅 13900000001）在旌湖宾馆接您前往成都东站，乘G8922（18:05）。",
            "王师傅您好：5月13日派车安排（川F·12345）：\n14:40 德阳站→旌湖宾馆 接站：张伟 13800000001（随行1人）、"
                + "Michael Schulz 13800000003；陪同 陈老师 13900000002",
            "王师傅您好：5月15日派车安排（川F·12345）：\n16:00 旌湖宾馆→成都东站 送站：张伟 13800000001（随行1人）",
        ])
        #expect(notices.notices.map(\.phone) == ["13800000001", "13800000003", "13800000001", "13900000001", "13900000001"])
    }

    @Test func anEnglishDropOffNotice() throws {
        let notices = TransportNotices(plan: try Self.plan(), to: .passengers, language: .en)
        #expect(notices.notices.last?.message
            == "Dear 张伟, on 15 May at 16:00 car 川F·12345 (driver 王师傅 13900000001) will take you from 旌湖宾馆 to 成都东站 "
            + "for G8922 (18:05).")
    }

    /// After the drop-off leaves half an hour earlier, only its passenger and its driver's day
    /// hear again; the first day's notices stand.
    @Test func aChangedRunIsToldOnlyToItsPassengersAndDriver() throws {
        var plan = try Self.plan()
        let sent = TransportNotices(plan: plan).record.compactMapValues { $0 }
        #expect(TransportNotices(plan: plan).changed(since: sent, plan: plan).notices.isEmpty)
        let at = plan.runs.firstIndex { $0.key == "r2" }!
        plan.runs[at].depart = LocalDateTime(iso: "2026-05-15T15:30")!
        let again = TransportNotices(plan: plan).changed(since: sent, plan: plan)
        #expect(again.notices.map(\.key) == ["dropoff:\(plan.people[0].uid)", "driver:\(plan.vehicles[0].uid):2026-05-15"])
        #expect(again.notices.first?.message
            == "张伟您好：5月15日15:30送站车辆川F·12345（司机王师傅 13900000001）在旌湖宾馆接您前往成都东站，乘G8922（18:05）。")
    }

    /// A train moved later than the run that was to meet it: the guest is not told of a car that
    /// will have gone, nor that their pickup is cancelled; they are held back, saying why, until
    /// the runs are planned again.
    @Test func aPassengerWhoseRunNoLongerFitsIsHeldBack() throws {
        var plan = try Self.plan()
        let sent = TransportNotices(plan: plan).record.compactMapValues { $0 }
        let zhang = plan.trips.firstIndex { $0.person == plan.people[0].id }!
        plan.trips[zhang].arrival?.time = LocalDateTime(iso: "2026-05-13T16:20")!
        let again = TransportNotices(plan: plan).changed(since: sent, plan: plan)
        #expect(!again.notices.contains { $0.key.hasPrefix("pickup:") })
        #expect(again.heldBack == [TransportNotices.HeldBack(key: "pickup:\(plan.people[0].uid)", name: "张伟",
                                                            message: "14:40的车早于G8921 5月13日 16:20到达出站")])
    }

    /// A car the company no longer gives on that day: its passengers are held back; a vehicle
    /// deleted with its runs still tells its driver that his day is cancelled.
    @Test func aWithdrawnCarHoldsBackItsPassengersAndItsDriverHearsOfADeletion() throws {
        var plan = try Self.plan()
        let sent = TransportNotices(plan: plan).record.compactMapValues { $0 }
        plan.vehicles[0].availability = [TimeWindow(start: LocalDateTime(iso: "2026-05-15T07:00")!,
                                                     end: LocalDateTime(iso: "2026-05-15T22:00")!)]
        let held = TransportNotices(plan: plan).changed(since: sent, plan: plan)
        #expect(held.heldBack.map(\.message).first == "川F·12345在14:40已不在可用时间内")
        #expect(!held.notices.contains { $0.key.hasPrefix("pickup:") })
        let uid = plan.vehicles[0].uid
        plan.vehicles = []
        for i in plan.runs.indices { plan.runs[i].vehicle = nil }
        let gone = TransportNotices(plan: plan, to: .drivers).changed(since: sent.filter { $0.key.hasPrefix("driver:") },
                                                                       plan: plan)
        #expect(gone.notices.map(\.key) == ["driver:\(uid):2026-05-13", "driver:\(uid):2026-05-15"])
        #expect(gone.notices.first?.message == "王师傅您好：5月13日（川F·12345）的派车任务已取消。")
        #expect(gone.notices.first?.phone == "13900000001")
    }

    /// Within a day the hubs come in the order of their first guest, as the desk reads the day:
    /// 成都东站 at 09:00 before 德阳站 at 14:20, whatever their names' order.
    @Test func hubsOfADayComeInTimeOrder() throws {
        var plan = try Self.plan()
        let li = plan.trips.firstIndex { $0.person == plan.people[3].id }!
        plan.trips[li].arrival?.hub = plan.sites.first { $0.name == "成都东站" }!.id
        plan.trips[li].arrival?.time = LocalDateTime(iso: "2026-05-13T09:00")!
        #expect(TransportLists(plan: plan, language: .zh).groups(.pickup).map(\.hub) == ["成都东站", "德阳站"])
    }

    /// A passenger taken off their run is told it is cancelled, and forgotten once told.
    @Test func aPassengerTakenOffTheirRunIsToldItIsCancelled() throws {
        var plan = try Self.plan()
        let sent = TransportNotices(plan: plan).record.compactMapValues { $0 }
        plan.runs[0].passengers.removeAll { $0 == plan.people[2].id }
        let again = TransportNotices(plan: plan).changed(since: sent, plan: plan)
        #expect(again.notices.map(\.message) == [
            "王师傅您好：5月13日派车安排（川F·12345）：\n14:40 德阳站→旌湖宾馆 接站：张伟 13800000001（随行1人）；陪同 陈老师 13900000002",
            "Dear Michael Schulz, the pickup arranged for you is cancelled; the organisers will contact you.",
        ])
        let key = "pickup:\(plan.people[2].uid)"
        #expect(again.record[key] == .some(nil))
    }
}
