import Foundation
import Interchange
import PlanningCore
import Print
import TestSupport
import Testing
@testable import Workbook

/// The 分房表, the room-nights and the rooming notices of a small event at two hotels: at 德阳旌湖宾馆
/// 张伟 and 李娜 share twin 1208 for 13–15 May, Michael Schulz has twin 908 from the 14th; at
/// 德阳宾馆 (unnumbered rooms) 王芳 has 单间-1 for 31 May–2 June.
@Suite struct RoomingExportTests {
    static func plan() -> EventPlan {
        let key = "rooming"
        var p = EventPlan(event: Event(key: key, uid: StableUID.make(key), name: "测试大会", shortName: "测试",
                                       firstDay: LocalDate(iso: "2026-05-14")!, lastDay: LocalDate(iso: "2026-05-15")!))
        p.sites = [Site(id: ID(1), key: "jinghu", uid: StableUID.make(key, "s1"), name: "德阳旌湖宾馆"),
                   Site(id: ID(2), key: "deyang", uid: StableUID.make(key, "s2"), name: "德阳宾馆")]
        let people = [("张伟", "女", "13800000001"), ("李娜", "女", "13800000002"),
                      ("Michael Schulz", "男", "13800000003"), ("王芳", "女", "13800000004")]
        p.people = people.enumerated().map { i, x in
            var person = Person(id: ID(i + 1), key: "p\(i + 1)", uid: "uid-p\(i + 1)", name: x.0, phone: x.2)
            person.gender = x.1
            return person
        }
        func d(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
        p.roomBlocks = [
            RoomBlock(id: ID(1), key: "twin", uid: "uid-b1", hotel: ID(1), type: .twin, checkIn: d("2026-05-13"),
                      checkOut: d("2026-05-15"), rooms: 2, numbers: [RoomNumber("1208"), RoomNumber("908")]),
            RoomBlock(id: ID(2), key: "single", uid: "uid-b2", hotel: ID(2), type: .single,
                      checkIn: d("2026-05-31"), checkOut: d("2026-06-02"), rooms: 1),
        ]
        func lodge(_ n: Int, _ person: Int, _ block: Int, _ room: String, _ a: String, _ b: String) -> RoomAssignment {
            RoomAssignment(id: ID(n), key: "a\(n)", uid: "uid-a\(n)", person: ID(person), block: ID(block), room: room,
                           checkIn: d(a), checkOut: d(b))
        }
        p.roomAssignments = [lodge(1, 1, 1, "1208", "2026-05-13", "2026-05-15"),
                             lodge(2, 3, 1, "908", "2026-05-14", "2026-05-15"),
                             lodge(3, 2, 1, "1208", "2026-05-13", "2026-05-15"),
                             lodge(4, 4, 2, "1", "2026-05-31", "2026-06-02")]
        return p
    }

    /// A block per hotel, its guests by room number as a number (908 before 1208), roommates by name.
    @Test func theRoomingListIsByHotelAndRoom() {
        #expect(RoomingExport(plan: Self.plan(), language: .zh).text() == """
            分房表 · 测试大会

            德阳旌湖宾馆 · 2间，3人
            房号  房型  姓名            性别  入住日期           电话
            908   标间  Michael Schulz  男    5月14–15日（1晚）  13800000003
            1208  标间  张伟            女    5月13–15日（2晚）  13800000001
            1208  标间  李娜            女    5月13–15日（2晚）  13800000002

            德阳宾馆 · 1间，1人
            房号    房型  姓名  性别  入住日期               电话
            单间-1  单间  王芳  女    5月31日–6月2日（2晚）  13800000004

            """)
    }

    @Test func oneHotelsList() {
        let text = RoomingExport(plan: Self.plan(), language: .en, hotel: ID(2)).text()
        #expect(text == """
            Rooming list · 测试大会

            德阳宾馆 · rooms: 1, guests: 1
            Room      Type    Name  Gender  Nights                   Phone
            single-1  single  王芳  女      31 May–2 Jun (2 nights)  13800000004

            """)
    }

    /// The workbook: a sheet per hotel for its front desk, named after it.
    @Test func theWorkbookHasASheetPerHotel() throws {
        let book = try Workbook(RoomingExport(plan: Self.plan(), language: .zh).workbook(), file: "rooming.xlsx")
        #expect(book.sheets.map(\.name) == ["德阳旌湖宾馆", "德阳宾馆"])
        #expect(try book.records(of: book.sheets[1]).map(\.fields) == [
            ["房号", "房型", "姓名", "性别", "入住日期", "电话"],
            ["单间-1", "单间", "王芳", "女", "5月31日–6月2日（2晚）", "13800000004"],
        ])
    }

    /// The CSV is one table with the hotel first.
    @Test func theCSVHasTheHotelFirst() {
        let lines = RoomingExport(plan: Self.plan(), language: .zh).csv(byteOrderMark: false)
            .split(separator: "\r\n").map(String.init)
        #expect(lines.prefix(2) == ["酒店,房号,房型,姓名,性别,入住日期,电话",
                                    "德阳旌湖宾馆,908,标间,Michael Schulz,男,5月14–15日（1晚）,13800000003"])
    }

    /// Rooms used of held per night, hotel and type, and the room-nights for the contract.
    @Test func theRoomNightsCountRoomsNotGuests() {
        #expect(RoomingExport(plan: Self.plan(), kind: .roomNights, language: .zh).text() == """
            间夜统计 · 测试大会

            酒店          房型  5月13日   5月14日   5月31日   6月1日    已用间夜  预留间夜
            德阳旌湖宾馆  标间  1（订2）  2（订2）  0（订0）  0（订0）  3         4
            德阳宾馆      单间  0（订0）  0（订0）  1（订1）  1（订1）  2         2

            """)
    }

    /// No hotel holds rooms: the room-nights say so rather than print headings alone.
    @Test func noBlocksNoTable() {
        var plan = Self.plan()
        (plan.roomBlocks, plan.roomAssignments) = ([], [])
        #expect(RoomingExport(plan: plan, kind: .roomNights, language: .zh).text() == """
            间夜统计 · 测试大会

            尚未预留酒店房间。

            """)
    }

    /// Notices: each guest told their room; after 李娜 moves to 908 only she is told again (as a
    /// change), and after Michael Schulz's room is taken back he is told it is cancelled.
    @Test func noticesTellOnlyWhatChanged() {
        var plan = Self.plan()
        let first = RoomingNotices(plan: plan)
        #expect(first.notices.map(\.message) == [
            "张伟您好：您的住宿安排为德阳旌湖宾馆 1208，5月13–15日。",
            "李娜您好：您的住宿安排为德阳旌湖宾馆 1208，5月13–15日。",
            "Dear Michael Schulz, your room: 德阳旌湖宾馆 908, 14–15 May.",
            "王芳您好：您的住宿安排为德阳宾馆 单间-1，5月31日–6月2日。",
        ])
        let sent = first.record.compactMapValues { $0 }
        plan.roomAssignments[2].room = "908"
        plan.roomAssignments.remove(at: 1)
        let second = RoomingNotices(plan: plan).changed(since: sent, plan: plan)
        #expect(second.notices.map(\.message) == [
            "李娜您好：您的住宿已调整为德阳旌湖宾馆 908，5月13–15日。",
            "Dear Michael Schulz, the room arranged for you is cancelled; the organisers will contact you.",
        ])
        #expect(second.record["room:uid-p3"] == .some(nil))
    }

    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func thePDFHasAPagePerHotel() throws {
        let (bytes, notes) = RoomingLists(plan: Self.plan(), language: .zh).pdf()
        #expect(notes == PrintNotes())
        #expect(try TransportExportTests.pdfRows(bytes) == [
            ["分房表", "·", "测试大会"], ["德阳旌湖宾馆", "·", "2间，3人"], ["房号", "房型", "姓名", "性别", "入住日期", "电话"],
            ["908", "标间", "Michael", "Schulz", "男", "5月14–15日（1晚）", "13800000003"],
            ["1208", "标间", "张伟", "女", "5月13–15日（2晚）", "13800000001"],
            ["1208", "标间", "李娜", "女", "5月13–15日（2晚）", "13800000002"],
            ["第1页/共2页"],
            ["分房表", "·", "测试大会"], ["德阳宾馆", "·", "1间，1人"], ["房号", "房型", "姓名", "性别", "入住日期", "电话"],
            ["单间-1", "单间", "王芳", "女", "5月31日–6月2日（2晚）", "13800000004"],
            ["第2页/共2页"],
        ])
    }

    /// Twenty-two rows fill a page: 1301 with one guest and eleven twins of two make the last
    /// twin's second guest the 23rd row. Both of 1312's guests go on the second page together.
    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func aRoomsGuestsAreKeptOnOnePage() throws {
        var p = Self.plan()
        let rooms = (1...12).map { RoomNumber(String(1300 + $0)) }
        p.roomBlocks = [RoomBlock(id: ID(1), key: "twin", uid: "uid-b1", hotel: ID(1), type: .twin,
                                  checkIn: LocalDate(iso: "2026-05-13")!, checkOut: LocalDate(iso: "2026-05-15")!,
                                  rooms: 12, numbers: rooms)]
        p.people = (1...23).map { i in
            var person = Person(id: ID(i), key: "p\(i)", uid: "uid-p\(i)", name: "客人\(i)", phone: "1380000\(1000 + i)")
            person.gender = "女"
            return person
        }
        p.roomAssignments = (1...23).map { i in
            RoomAssignment(id: ID(i), key: "a\(i)", uid: "uid-a\(i)", person: ID(i), block: ID(1),
                           room: rooms[i / 2].number, checkIn: LocalDate(iso: "2026-05-13")!,
                           checkOut: LocalDate(iso: "2026-05-15")!)
        }
        let rows = try TransportExportTests.pdfRows(RoomingLists(plan: p, language: .zh).pdf().bytes)
        let footers = rows.indices.filter { rows[$0].first?.hasPrefix("第") == true }
        let pages = zip([0] + footers.dropLast(), footers).map { rows[$0..<$1] }
        #expect(pages.map { $0.filter { $0.first == "1312" }.count } == [0, 2], "\(rows)")
        // The second page says whose list it goes on with, and names the columns again.
        #expect(pages.map { $0.contains(["德阳旌湖宾馆", "·", "12间，23人（续）"]) } == [false, true], "\(rows)")
        #expect(pages.map { $0.filter { $0.first == "房号" }.count } == [1, 1], "\(rows)")
    }

    @Test func theRoomingPhrasebooksAreWholeInBothLanguages() {
        for lang in Language.allCases {
            #expect(RoomingWords.missing(in: lang).isEmpty, "\(lang): \(RoomingWords.missing(in: lang))")
            #expect(RoomingNoticeWords.missing(in: lang).isEmpty, "\(lang): \(RoomingNoticeWords.missing(in: lang))")
        }
    }
}
