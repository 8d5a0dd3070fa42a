import Foundation
import Testing
import TestSupport
import Fixtures
import PlanningCore
import PlanningStore
@testable import TerminalUI

/// A small event at one hotel, 德阳旌湖宾馆, holding two numbered twins (1208, 1210) and a suite
/// (1801) for the nights of 13 and 14 May: 张伟 and 李娜 share 1208 (both asked to share), 王芳
/// has the suite, 刘洋 asked to share and has no room yet, 陈静 sleeps elsewhere (不住).
func roomsEvent() -> EventPlan {
    let key = "ui-rooms"
    var p = EventPlan(event: Event(key: key, uid: StableUID.make(key), name: "职教联盟年会", shortName: "年会",
                                   firstDay: LocalDate(iso: "2026-05-14")!, lastDay: LocalDate(iso: "2026-05-15")!))
    p.sites = [Site(id: ID(1), key: "jinghu", uid: StableUID.make(key, "s1"), name: "德阳旌湖宾馆")]
    let names = [("张伟", "女"), ("李娜", "女"), ("王芳", "女"), ("刘洋", "男"), ("陈静", "女")]
    p.people = names.enumerated().map { i, n in
        var person = Person(id: ID(i + 1), key: "p\(i + 1)", uid: StableUID.make(key, "p\(i + 1)"), name: n.0,
                            organisation: "四川工程职业技术大学", phone: "1390000000\(i + 1)")
        person.gender = n.1
        return person
    }
    p.registrations = p.people.map { Registration(person: $0.id, category: "delegate", signups: []) }
    let d13 = LocalDate(iso: "2026-05-13")!, d15 = LocalDate(iso: "2026-05-15")!
    p.stays = [Stay(person: ID(1), need: .shared, checkIn: d13, checkOut: d15),
               Stay(person: ID(2), need: .shared, checkIn: d13, checkOut: d15),
               Stay(person: ID(3), need: .single, checkIn: d13, checkOut: d15),
               Stay(person: ID(4), need: .shared, checkIn: d13, checkOut: d15),
               Stay(person: ID(5), need: .noRoom)]
    p.roomBlocks = [
        RoomBlock(id: ID(1), key: "twin", uid: StableUID.make(key, "b1"), hotel: ID(1), type: .twin, checkIn: d13,
                  checkOut: d15, rooms: 2, numbers: [RoomNumber("1208"), RoomNumber("1210")]),
        RoomBlock(id: ID(2), key: "suite", uid: StableUID.make(key, "b2"), hotel: ID(1), type: .suite, checkIn: d13,
                  checkOut: d15, rooms: 1, numbers: [RoomNumber("1801")]),
    ]
    func lodge(_ n: Int, _ person: Int, _ block: Int, _ room: String) -> RoomAssignment {
        RoomAssignment(id: ID(n), key: "a\(n)", uid: StableUID.make(key, "a\(n)"), person: ID(person),
                       block: ID(block), room: room, checkIn: d13, checkOut: d15)
    }
    p.roomAssignments = [lodge(1, 1, 1, "1208"), lodge(2, 2, 1, "1208"), lodge(3, 3, 2, "1801")]
    return p
}

/// The UI on `roomsEvent()` stored in a fresh database, on the Rooms pane.
func roomsApp(width: Int = 80, height: Int = 24, language: Language = .zh, plan: EventPlan = roomsEvent())
    throws -> Headless {
    let store = try Store(path: Scratch.folder("ui-rooms") + "/ui.sqlite")
    var s = try Headless(store: store, event: try store.insert(plan).event.id, language: language)
    s.handle(.resize(width: width, height: height))
    s.handle(.char("8"))
    return s
}

/// A proposal the assigner might make on `roomsEvent()`: 刘洋 into 1210; nobody left out.
func aRoomProposal(_ s: Headless) throws -> RoomProposal {
    let liu = try #require(s.plan.people.first { $0.name == "刘洋" }).id
    let twin = try #require(s.plan.roomBlocks.first { $0.type == .twin }).id
    let a = RoomAssignment(id: ID(0), person: liu, block: twin, room: "1210",
                           checkIn: LocalDate(iso: "2026-05-13")!, checkOut: LocalDate(iso: "2026-05-15")!)
    return RoomProposal(changes: [.roomAssignment(before: nil, after: a)])
}

@Suite struct RoomsPaneTests {
    func compare(_ screen: String, _ name: String) throws {
        try compareWithSnapshot(screen, repoRoot.appendingPathComponent("Tests/TerminalUITests/Snapshots/\(name).txt"))
    }

    func person(_ s: Headless, _ name: String) throws -> ID<Person> {
        try #require(s.plan.people.first { $0.name == name }).id
    }

    func rooms(_ s: Headless, _ name: String) throws -> [String] {
        let p = try person(s, name)
        return s.plan.roomAssignments.filter { $0.person == p }.map(\.room)
    }

    func select(_ s: inout Headless, _ name: String) {
        s.handle(.char("/"))
        s.type(name)
        s.handle(.enter)
    }

    /// Both lists at 80×24 in both languages: guests by room (刘洋 未分房, 陈静 不住 last), and
    /// the hotel's nights with twins 1/2 and the suite 1/1 used of held.
    @Test(arguments: [Language.zh, .en])
    func theTwoListsAt80x24(_ language: Language) throws {
        var s = try roomsApp(language: language)
        try compare(s.screen, "rooms-guests-\(language)-80x24")
        s.handle(.char("v"))
        try compare(s.screen, "rooms-nights-\(language)-80x24")
    }

    /// The guests are listed by room: the two in 1208, then the suite's guest, then those without one.
    @Test func guestsAreListedByRoom() throws {
        let s = try roomsApp()
        let order = s.lines.prefix(10).compactMap { line in ["张伟", "李娜", "王芳", "刘洋", "陈静"].first { line.contains($0) } }
        #expect(order == ["张伟", "李娜", "王芳", "刘洋", "陈静"], "\(s.screen)")
    }

    /// A withdrawn guest's stay is no one to room: not listed. A guest whose room covers part of
    /// their stay shows how many nights it lacks.
    @Test func withdrawnGuestsAreNotListedAndShortRoomsSaySo() throws {
        var plan = roomsEvent()
        plan.registrations.removeAll { $0.person == ID(4) }
        plan.stays[0].checkOut = LocalDate(iso: "2026-05-16")
        let s = try roomsApp(width: 100, plan: plan)
        #expect(!s.lines.contains { $0.contains("刘洋") }, "\(s.screen)")
        #expect(s.lines.first { $0.contains("张伟") }?.contains("5月13–16日（缺1晚）") == true, "\(s.screen)")
    }

    /// `m` on 刘洋 offers 1210, the first room with a bed for a man who shares (1208 holds two
    /// women), for the nights of his stay: Enter gives it; `u` takes it back.
    @Test func assigningARoomAndUndoingIt() throws {
        var s = try roomsApp()
        select(&s, "刘洋")
        s.handle(.char("m"))
        guard case .form = s.mode else { Issue.record("no room form: \(s.screen)"); return }
        s.handle(.enter)
        #expect(try rooms(s, "刘洋") == ["1210"], "\(s.screen)")
        let a = try #require(s.plan.roomAssignments.first { $0.room == "1210" })
        #expect(a.span == NightSpan(checkIn: LocalDate(iso: "2026-05-13")!, checkOut: LocalDate(iso: "2026-05-15")!))
        #expect(s.database.map { try? $0.plan(s.plan.event.id).roomAssignments.count } == 4)
        s.handle(.char("u"))
        #expect(try rooms(s, "刘洋").isEmpty)
    }

    /// The pane's tables after an edit follow only the guests it touched: they must be what
    /// gathering every guest again would give (order keys, room texts, who is listed, nights).
    @Test func theTablesAnEditLeavesAreTheTablesGatheredAfresh() throws {
        var s = try roomsApp()
        select(&s, "李娜")
        s.handle(.char("m"))
        s.handle(.enter)
        select(&s, "刘洋")
        s.handle(.char("m"))
        s.handle(.enter)
        let kept = try #require(s.state.view.roomTables), fresh = RoomTables(s.state)
        #expect(kept.roomRank == fresh.roomRank && kept.roomText == fresh.roomText)
        #expect(kept.guests == fresh.guests && kept.spans == fresh.spans && kept.missing == fresh.missing)
        #expect(kept.lodgings.mapValues { $0.map(\.id) } == fresh.lodgings.mapValues { $0.map(\.id) })
        func nights(_ t: RoomTables) -> [String] {
            t.hotelNights.map { n in
                n.key + RoomType.allCases.map { type in n.counts[type].map { " \($0.used)/\($0.held)" } ?? " -" }.joined()
            }
        }
        #expect(nights(kept) == nights(fresh))
    }

    /// `m` on 李娜 offers 1210, the first other room with a bed for her, and moves her there from
    /// 1208 (the row changed, not a second one added); `u` puts her back.
    @Test func movingAGuestAndUndoingIt() throws {
        var s = try roomsApp()
        select(&s, "李娜")
        s.handle(.char("m"))
        s.handle(.enter)
        #expect(try rooms(s, "李娜") == ["1210"], "\(s.screen)")
        #expect(s.plan.roomAssignments.count == 3)
        s.handle(.char("u"))
        #expect(try rooms(s, "李娜") == ["1208"])
    }

    /// With no other room of her type (单住) free, the room form starts from the guest's own room:
    /// ↑ on 王芳's (1801) goes to 1210, the one above it, not to the top of the list.
    @Test func theRoomFormStartsFromTheGuestsRoom() throws {
        var s = try roomsApp()
        select(&s, "王芳")
        s.handle(.char("m"))
        s.handle(.tab)
        s.handle(.up)
        s.handle(.enter)
        #expect(try rooms(s, "王芳") == ["1210"], "\(s.screen)")
    }

    /// `w` swaps 李娜 (1208) with 王芳 (1801, the first other roomed guest in pinyin order) as one undo step.
    @Test func swappingRoomsAndUndoingIt() throws {
        var s = try roomsApp()
        select(&s, "李娜")
        s.handle(.char("w"))
        guard case .form(let form) = s.mode else { Issue.record("no swap form: \(s.screen)"); return }
        #expect(form[SwapField.other].chosen == .person(try person(s, "王芳")))
        s.handle(.enter)
        #expect([try rooms(s, "李娜"), try rooms(s, "王芳")] == [["1801"], ["1208"]], "\(s.screen)")
        s.handle(.char("u"))
        #expect([try rooms(s, "李娜"), try rooms(s, "王芳")] == [["1208"], ["1801"]])
    }

    /// `w` would put 刘洋 (1210) into 1208 beside 张伟, a woman: refused, the form saying the room and why,
    /// and nobody moved.
    @Test func aSwapIntoARoomOfTheOtherGenderIsRefused() throws {
        var plan = roomsEvent()
        plan.roomAssignments.append(RoomAssignment(
            id: ID(4), key: "a4", uid: StableUID.make("ui-rooms", "a4"), person: ID(4), block: ID(1), room: "1210",
            checkIn: LocalDate(iso: "2026-05-13")!, checkOut: LocalDate(iso: "2026-05-15")!))
        var s = try roomsApp(plan: plan)
        select(&s, "刘洋")
        s.handle(.char("w")) // with 李娜, the first other roomed guest
        s.handle(.enter)
        guard case .form(let form) = s.mode else { Issue.record("saved: \(s.screen)"); return }
        #expect([try rooms(s, "刘洋"), [form[SwapField.other].error ?? ""]]
                    == [["1210"], ["刘洋换入德阳旌湖宾馆 1208：5月13日晚已住张伟（女），男女不能合住"]], "\(s.screen)")
    }

    /// `m` for 刘洋 with 1208 typed, the twin 张伟 and 李娜 (women) fill: refused as a swap is,
    /// the form saying the room and why, and he stays without a room (third trial).
    @Test func aMoveIntoAFullRoomOfTheOtherGenderIsRefused() throws {
        var s = try roomsApp()
        select(&s, "刘洋")
        s.handle(.char("m"))
        s.handle(.tab)
        s.type("1208")
        s.handle(.enter)
        guard case .form(let form) = s.mode else { Issue.record("saved: \(s.screen)"); return }
        #expect([try rooms(s, "刘洋"), [form[LodgingField.room].error ?? ""]]
                    == [[], ["刘洋住进德阳旌湖宾馆 1208：5月13日晚已住张伟（女），男女不能合住"]], "\(s.screen)")
    }

    /// The room picker for 刘洋 lists first the room that takes him (1210), then the rooms that
    /// hold women, marked: a full room of the other gender at the top was what Enter saved.
    @Test func theRoomPickerPutsRoomsThatFitFirstAndMarksTheRest() throws {
        var s = try roomsApp()
        select(&s, "刘洋")
        s.handle(.char("m"))
        guard case .form(let form) = s.mode else { Issue.record("no room form: \(s.screen)"); return }
        #expect(form[LodgingField.room].choices.map(\.label)
                    == ["德阳旌湖宾馆 1210 0/2", "德阳旌湖宾馆 1208 2/2（异性）", "德阳旌湖宾馆 1801 1/1（异性）"])
    }

    /// `d` takes 张伟's room back after the question; his stay stays.
    @Test func takingARoomBack() throws {
        var s = try roomsApp()
        select(&s, "张伟")
        s.handle(.char("d"))
        s.handle(.char("y"))
        #expect(try rooms(s, "张伟").isEmpty, "\(s.screen)")
        #expect(s.plan.stays.contains { $0.person == (try? person(s, "张伟")) })
    }

    /// The stay form saves what a guest asks for: 陈静 now wants a room of her own from the 14th.
    @Test func theStayFormSavesANeed() throws {
        var s = try roomsApp()
        select(&s, "陈静")
        s.handle(.char("e"))
        s.handle(.tab)
        s.handle(.down) // 不住 → 单住
        s.handle(.tab)
        s.type("5-14")
        s.handle(.tab)
        s.type("5-16")
        s.handle(.enter)
        let stay = try #require(s.plan.stays.first { $0.person == (try? person(s, "陈静")) })
        #expect([stay.need.rawValue, stay.checkIn?.description ?? "", stay.checkOut?.description ?? ""]
                    == ["single", "2026-05-14", "2026-05-16"], "\(s.screen)")
    }

    /// The assigner's proposal at 80×24; Enter saves it as one entry of the change log and one
    /// `u` takes the whole of it back.
    @Test(arguments: [Language.zh, .en])
    func theAssignmentDialogAppliesAProposalAsOneUndoStep(_ language: Language) throws {
        var s = try roomsApp(language: language)
        let before = Set(s.plan.roomAssignments)
        s.state.offerRoomPlan(try aRoomProposal(s))
        try compare(s.screen, "rooms-plan-\(language)-80x24")
        let logged = try #require(s.database).changeLog(s.plan.event.id, limit: 100).count
        s.handle(.enter)
        let log = try #require(s.database).changeLog(s.plan.event.id, limit: 100)
        #expect(log.count == logged + 1 && log.first?.note?.action == .planRooms, "\(log)")
        #expect(try rooms(s, "刘洋") == ["1210"])
        s.handle(.char("u"))
        #expect(Set(s.plan.roomAssignments) == before)
    }

    /// 张伟 speaks in two sessions at once: the finding names him, so his row carries its mark
    /// and 李娜's, in the same room, none.
    @Test func aPersonsFindingMarksTheirRow() throws {
        var plan = roomsEvent()
        plan.rooms = (1...2).map { i in
            Room(id: ID(i), key: "hall\(i)", uid: StableUID.make("ui-rooms", "room\(i)"), site: ID(1),
                 name: "报告厅\(i)", capacity: 100)
        }
        plan.sessions = (1...2).map { i in
            Session(id: ID(i), key: "s\(i)", uid: StableUID.make("ui-rooms", "s\(i)"), title: "报告\(i)",
                    room: ID(i), start: LocalDateTime(iso: "2026-05-14T09:00")!,
                    end: LocalDateTime(iso: "2026-05-14T10:00")!)
        }
        plan.roles = plan.sessions.map { SessionRole(session: $0.id, person: ID(1), role: .speaker) }
        let s = try roomsApp(plan: plan)
        let marked = s.lines.filter { $0.contains("1208") && $0.contains("女") }.map { $0.contains("✖") }
        #expect(marked == [true, false], "\(s.screen)")
    }

    /// The Rooms pane's `?` lists its own keys from its table, its bottom line its hints.
    @Test func helpAndHintsComeFromTheKeyTable() throws {
        var s = try roomsApp(width: 120, height: 36)
        #expect(s.statusBar.contains("v 切换") && s.statusBar.contains("m 分房") && s.statusBar.contains("A 自动分房"),
                "\(s.statusBar)")
        s.handle(.char("?"))
        #expect(s.screen.contains(UIWords.keySwapRooms.text(.zh)), "\(s.screen)")
    }

    /// A colleague gives 刘洋 room 1210: the open pane takes it in and shows him there, and the
    /// nights list counts both twins used.
    @Test func aColleaguesAssignmentShowsInTheOpenPane() throws {
        let path = Scratch.folder("ui-rooms-colleague") + "/ui.sqlite"
        let store = try Store(path: path)
        let event = try store.insert(roomsEvent()).event.id
        var s = try Headless(store: store, event: event, language: .zh)
        s.handle(.resize(width: 80, height: 24))
        s.handle(.char("8"))
        let colleague = try Store(path: path)
        let plan = try colleague.plan(event)
        let liu = try #require(plan.people.first { $0.name == "刘洋" }).id
        let twin = try #require(plan.roomBlocks.first { $0.type == .twin }).id
        try colleague.apply(.roomAssignment(before: nil, after: RoomAssignment(
            id: ID(0), person: liu, block: twin, room: "1210", checkIn: LocalDate(iso: "2026-05-13")!,
            checkOut: LocalDate(iso: "2026-05-15")!)), event: event)
        s.othersChanged()
        #expect(s.lines.contains { $0.contains("德阳旌湖宾馆 1210 刘洋") }, "\(s.screen)")
        s.handle(.char("v"))
        #expect(s.lines.filter { $0.contains("2/2") }.count == 2, "\(s.screen)")
    }

    /// `d` on the hotel's first night, where a twin and a suite block hold rooms: the twin chosen,
    /// the question says its two guests' rooms go with it; `y` deletes both, `u` gives them back.
    @Test func aBlockIsDeletedFromTheNightsListWithItsGuestsRoomsAndUndone() throws {
        var s = try roomsApp()
        s.handle(.char("v"))
        s.handle(.char("d"))
        guard case .form = s.mode else { Issue.record("no choice of blocks: \(s.screen)"); return }
        s.handle(.enter)
        #expect(s.screen.contains("其中 2 位客人的"), "\(s.screen)")
        s.handle(.char("y"))
        #expect(s.plan.roomBlocks.map(\.type) == [.suite] && s.plan.roomAssignments.map(\.room) == ["1801"])
        #expect(s.database.map { try? $0.plan(s.plan.event.id).roomAssignments.count } == 1)
        s.handle(.char("u"))
        #expect(s.plan.roomBlocks.count == 2)
        #expect(try rooms(s, "李娜") == ["1208"])
    }

    /// `e` on a night edits the chosen block's rooms a night: 2 twins become 3; `u` puts 2 back.
    @Test func aBlocksCountsAreEditedFromTheNightsListAndUndone() throws {
        var s = try roomsApp()
        s.handle(.char("v"))
        s.handle(.char("e"))
        s.handle(.enter)
        guard case .form = s.mode else { Issue.record("no block form: \(s.screen)"); return }
        for _ in 0..<5 { s.handle(.tab) }
        s.handle(.backspace)
        s.type("3")
        s.handle(.ctrl("s"))
        let twin = { (s: Headless) in s.plan.roomBlocks.first { $0.type == .twin }?.nights.map(\.rooms) }
        #expect(twin(s) == [3, 3], "\(s.screen)")
        s.handle(.char("u"))
        #expect(twin(s) == [2, 2])
    }

    /// The check-in desk's line says where the guest sleeps, the night span as hotels write it.
    @Test(arguments: [(Language.zh, "住宿：德阳旌湖宾馆 1208，5月13–15日"), (.en, "Room: 德阳旌湖宾馆 1208, 13–15 May")])
    func theDeskSaysTheRoom(_ language: Language, _ line: String) {
        #expect(DeskState.roomLine(of: ID(1), in: roomsEvent(), language) == line)
    }

    /// A guest whose stay is longer than their room: the desk says which nights have none.
    @Test(arguments: [(Language.zh, "住宿：德阳旌湖宾馆 1208，5月13–15日；5月15日起1晚未分房"),
                      (.en, "Room: 德阳旌湖宾馆 1208, 13–15 May; no room for 1 night(s) from 15 May")])
    func theDeskSaysNightsWithoutARoom(_ language: Language, _ line: String) {
        var plan = roomsEvent()
        plan.stays[0].checkOut = LocalDate(iso: "2026-05-16")
        #expect(DeskState.roomLine(of: ID(1), in: plan, language) == line)
    }

    /// A guest whose stay needs a room and who has none is told at the desk, not passed over in silence.
    @Test(arguments: [(Language.zh, "住宿：未分房"), (.en, "Room: not assigned")])
    func theDeskSaysWhenNoRoomIsGiven(_ language: Language, _ line: String) {
        var plan = roomsEvent()
        plan.roomAssignments.removeAll { $0.person == ID(1) }
        plan.stays.removeAll { $0.person == ID(1) }
        plan.stays.append(Stay(person: ID(1), need: .single))
        #expect(DeskState.roomLine(of: ID(1), in: plan, language) == line)
        plan.stays[plan.stays.count - 1].need = .noRoom
        #expect(DeskState.roomLine(of: ID(1), in: plan, language) == nil)
    }
}
