import Foundation
import Testing
import Fixtures
import Interchange
import PlanningCore
import PlanningStore
@testable import TerminalUI

/// A day small enough to read whole: two rooms on one site, a third across town, a room clash,
/// and one speaker who must cross town.
let gridEvent = """
    {"confplan": 1,
     "event": {"id": "g", "name": "网格测试", "shortName": "网格", "firstDay": "2026-05-14", "lastDay": "2026-05-15", "defaultTravelMinutes": 30},
     "sites": [{"id": "h", "name": "宾馆"}, {"id": "c", "name": "校区"}],
     "travel": [{"from": "h", "to": "c", "minutes": 40}],
     "rooms": [{"id": "a", "site": "h", "name": "甲厅", "capacity": 100}, {"id": "b", "site": "h", "name": "乙厅", "capacity": 50},
               {"id": "x", "site": "c", "name": "报告厅", "capacity": 300}],
     "sessions": [
      {"id": "s1", "title": "开幕式", "kind": "opening-ceremony", "room": "a", "start": "2026-05-14T09:00", "end": "2026-05-14T09:30",
       "roles": [{"person": "p1", "role": "host"}]},
      {"id": "s2", "title": "主旨演讲", "kind": "keynote", "plenary": false, "room": "a", "start": "2026-05-14T09:30", "end": "2026-05-14T10:15",
       "roles": [{"person": "p2", "role": "speaker"}]},
      {"id": "s3", "title": "圆桌", "kind": "round-table", "room": "b", "start": "2026-05-14T09:30", "end": "2026-05-14T10:30",
       "roles": [{"person": "p1", "role": "chair"}]},
      {"id": "s4", "title": "分论坛", "kind": "sub-forum", "track": "分论坛一", "room": "b", "start": "2026-05-14T10:00", "end": "2026-05-14T11:00",
       "roles": [{"person": "p3", "role": "chair"}]},
      {"id": "s5", "title": "报告会", "kind": "report", "room": "x", "start": "2026-05-14T10:45", "end": "2026-05-14T11:30",
       "roles": [{"person": "p2", "role": "speaker"}]},
      {"id": "s6", "title": "第二天", "kind": "plenary", "room": "a", "start": "2026-05-15T09:00", "end": "2026-05-15T10:00",
       "roles": [{"person": "p1", "role": "host"}]}
     ],
     "people": [{"id": "p1", "name": "周铁农"}, {"id": "p2", "name": "李明"}, {"id": "p3", "name": "王芳"}]
    }
    """

func gridApp(width: Int = 60, height: Int = 22, language: Language = .zh) throws -> Headless {
    let dir = Scratch.folder("grid")
    let store = try Store(path: dir + "/g.sqlite")
    let plan = try store.insert(try EventFile.read(Array(gridEvent.utf8), file: "grid.json"))
    var s = try Headless(store: store, event: plan.event.id, language: language)
    s.handle(.resize(width: width, height: height))
    s.handle(.char("5"))
    return s
}

@Suite struct ScheduleGridTests {
    @Test func aSmallDayRendersExactly() throws {
        var s = try gridApp()
        s.handle(.home) // cursor to the day's first row: an empty cell, so no session is reversed
        let expected = """
             网格   1  2  3  4  5 时间表  6  7  8
             时间表 · 5月14日 星期四 · 第 1 天 / 共 2 天 · 每格 15 分钟
                  宾馆 ────────────────────────────── 校区 ────────────
                  甲厅 100          乙厅 50           报告厅 300
            07:00                   ·                 ·
            07:15
            07:30
            07:45
            08:00 ·                 ·                 ·
            08:15
            08:30
            08:45
            09:00 ┌开幕式           ·                 ·
            09:15 └09:00–09:30
            09:30 ┌?主旨演讲        ┌!圆桌
            09:45 │09:30–10:15      │09:30…
            10:00 └李明             │周铁农 ┌!分论坛  ·
            ────────────────────────────────────────────────────────────
             07:00 甲厅：空闲（按 a 在此新增场次）


              n 下一个冲突  m 挪动场次  ? 帮助      1 个错误 · 1 个警告
            """
        #expect(s.screen == expected)
    }

    @Test func clashingSessionsInOneRoomStandSideBySide() throws {
        var s = try gridApp(width: 80, height: 30)
        s.handle(.char("+")) // 5-minute rows
        let lines = s.lines
        let row = try #require(lines.first { $0.hasPrefix("10:00") })
        // 乙厅's two lanes: the sub-forum starts at 10:00 in the second, beside the round table.
        #expect(row.hasPrefix("10:00 │                       │          ┌!分论坛"))
        #expect(row.contains("┌!分论坛"))
        let model = GridModel(s.state)
        let b = try #require(model.rooms.firstIndex { s.plan.rooms[$0].name == "乙厅" })
        #expect(model.placements[b].map(\.lanes) == [2, 2])
        #expect(Set(model.placements[b].map(\.lane)) == [0, 1])
    }

    @Test func movingAcrossAClashShowsItLiveAndEscPutsItBack() throws {
        var s = try gridApp(width: 80, height: 30)
        s.handle(.char("n")) // 主旨演讲 (李明 cannot make it across town in time)
        #expect(s.gridSelectedSession?.title == "主旨演讲")
        s.handle(.char("n")) // 圆桌, double-booked in 乙厅
        #expect(s.gridSelectedSession?.title == "圆桌")
        s.handle(.char("m"))
        #expect(s.statusBar.contains("Enter 放下"))
        // Earlier by an hour: out of 分论坛's way, but onto 周铁农's opening ceremony.
        for _ in 0..<4 { s.handle(.up) }
        #expect(s.view.grid.moving?.current.start?.clock == "08:30")
        #expect(s.findings.filter { $0.isOpen && $0.finding.code == .roomOverlap }.isEmpty)
        #expect(s.findings.contains { $0.finding.code == .personOverlap })
        #expect(s.screen.contains("✖ 周铁农同时要在两处"))
        s.handle(.escape)
        #expect(s.plan.sessions.first { $0.title == "圆桌" }?.start?.clock == "09:30")
        #expect(s.statusBar.contains("已还原"))
        #expect(s.findings.contains { $0.finding.code == .roomOverlap })
        #expect(try s.database!.plan(s.plan.event.id).sessions.first { $0.title == "圆桌" }?.start?.clock == "09:30")
    }

    @Test func enterPlacesTheMoveAsOneUndoableChange() throws {
        var s = try gridApp(width: 80, height: 30)
        s.handle(.char("n"))
        s.handle(.char("n"))
        s.handle(.char("m"))
        s.handle(.right) // to 报告厅 across town
        s.handle(.char(">"))
        s.handle(.enter)
        let stored = try #require(try s.database!.plan(s.plan.event.id).sessions.first { $0.title == "圆桌" })
        #expect(stored.room.flatMap { r in s.plan.rooms.first { $0.id == r }?.name } == "报告厅")
        #expect(stored.end?.clock == "10:45")
        #expect(!s.findings.contains { $0.finding.code == .roomOverlap })
        s.handle(.char("u"))
        #expect(try s.database!.plan(s.plan.event.id).sessions.first { $0.title == "圆桌" }?.end?.clock == "10:30")
        #expect(s.findings.contains { $0.finding.code == .roomOverlap })
    }

    @Test func findASlotListsFreePlacesAndMovesThere() throws {
        var s = try gridApp(width: 80, height: 30)
        s.handle(.char("n"))
        s.handle(.char("n"))
        s.handle(.char("f"))
        guard case .freeSlots(let list) = s.mode, case let slots = list.slots else { Issue.record("no slot list"); return }
        #expect(!slots.isEmpty)
        #expect(s.screen.contains("圆桌 的空档"))
        s.handle(.enter)
        #expect(!s.findings.contains { $0.isOpen && $0.severity == .error })
        #expect(s.gridSelectedSession?.title == "圆桌", "the cursor follows the session")
    }

    @Test func daysZoomAndAddingInAnEmptyCell() throws {
        var s = try gridApp(width: 80, height: 30)
        s.handle(.char("]"))
        #expect(s.screen.contains("5月15日"))
        #expect(s.screen.contains("第二天"))
        s.handle(.pageUp)
        #expect(s.screen.contains("5月14日"))
        s.handle(.char("-"))
        #expect(s.screen.contains("每格 30 分钟"))
        s.handle(.char("+"))
        s.handle(.char("+"))
        #expect(s.screen.contains("每格 5 分钟"))
        s.handle(.char("-"))
        s.handle(.home)
        s.handle(.char("a"))
        #expect(s.screen.contains("新增场次"))
        s.type("茶歇")
        s.handle(.ctrl("s"))
        let added = try #require(s.plan.sessions.first { $0.title == "茶歇" })
        #expect(added.start?.clock == "07:00" && added.end?.clock == "08:00")
    }

    @Test func trackAndPersonFilters() throws {
        var s = try gridApp(width: 80, height: 30)
        s.handle(.char("t"))
        s.type("fen")
        s.handle(.enter)
        #expect(s.view.grid.track == "分论坛一")
        #expect(GridModel(s.state).rooms.map { s.plan.rooms[$0].name } == ["乙厅"])
        #expect(!s.screen.contains("主旨演讲"))
        s.handle(.char("t"))
        s.handle(.up)
        s.handle(.enter)
        #expect(s.view.grid.track == nil)
        s.handle(.char("p"))
        s.type("liming")
        s.handle(.enter)
        #expect(s.screen.contains("行程：李明"))
        // 主旨演讲 ends 10:15 at the hotel; 报告会 starts 10:45 across town, 40 minutes away.
        #expect(s.screen.contains("间隔 30 分钟，路程需 40 分钟 ⚠ 来不及"))
        #expect(s.screen.contains("⇣ 间隔 30 分钟"))
    }

    @Test func manyRoomsScrollWithTheTimeColumnKept() throws {
        var s = try app(width: 80, height: 30)
        s.handle(.char("5"))
        for _ in 0..<12 { s.handle(.right) }
        let header = s.lines[3]
        #expect(!header.contains("一号会议厅"))
        #expect(s.lines.contains { $0.hasPrefix("09:00") })
        #expect(s.view.grid.left > 0)
    }
}

@Suite struct NextClashTests {
    /// `n` walks every session with an open clash once before coming back to the first, whatever
    /// the grid's column order and zoom; `N` walks the same round backwards.
    @Test func nVisitsEverySessionWithAClashOnceARound() throws {
        var s = try app(width: 160, height: 40)
        s.handle(.char("5"))
        let clashing = Set(s.plan.sessions.filter { $0.start != nil && $0.room != nil && s.document.catalog.findingsBySession[$0.id] != nil }.map(\.id))
        #expect(clashing.count > 3)
        var seen: [ID<Session>] = []
        for _ in 0..<clashing.count {
            s.handle(.char("n"))
            seen.append(try #require(s.gridSelectedSession?.id))
        }
        #expect(Set(seen) == clashing && seen.count == clashing.count)
        s.handle(.char("n"))
        #expect(s.gridSelectedSession?.id == seen[0])
        var back: [ID<Session>] = []
        for _ in 0..<clashing.count {
            s.handle(.char("N"))
            back.append(try #require(s.gridSelectedSession?.id))
        }
        #expect(back == Array(seen.reversed()))
    }
}

@Suite struct GridKeysTests {
    @Test func slashFindsASessionInTheGridByPinyin() throws {
        var s = try app(width: 160, height: 40)
        s.handle(.char("5"))
        let target = try #require(s.plan.sessions.first { $0.title.hasPrefix("圆桌对话") && $0.start != nil })
        s.handle(.char("/"))
        s.type(Pinyin.shared.searchKey("圆桌对话").split(separator: "\u{1}").last.map(String.init) ?? "")
        s.handle(.enter)
        #expect(s.gridSelectedSession?.id == target.id)
        #expect(s.view.grid.day == s.plan.event.days.firstIndex(of: s.plan.event.programmeDay(of: target.start!)))
    }

    @Test func theGridsKeysEachHaveOneMeaning() {
        let keys = Pane.schedule.bindings.flatMap(\.keys)
        #expect(keys.count == Set(keys).count)
        #expect(Pane.schedule.action(for: .char("N")) == .previousClash)
        #expect(Pane.schedule.action(for: .char("s")) == nil)
        for pane in Pane.allCases {
            let all = pane.bindings.flatMap(\.keys)
            #expect(all.count == Set(all).count, "\(pane)")
        }
    }

    @Test func conflictsSortByTheirColumnsAndTheTimeColumnFitsTwoDigitMonths() throws {
        var s = try app(width: 160, height: 40)
        s.handle(.char("6"))
        let natural = s.rows
        s.handle(.char("s")) // by kind, in the order of the list of codes
        let codes = s.rows.map { s.findings[$0].finding.code.rank }
        #expect(codes == codes.sorted() && s.rows != natural)
        s.handle(.char("s")) // by time
        let times = s.rows.map { s.findings[$0].finding.sessions.first.flatMap { id in s.plan.sessions.first { $0.id == id }?.start } }
        #expect(times.compactMap { $0 } == times.compactMap { $0 }.sorted())
        let when = try #require(ConflictsPane.columns(s.state).first { $0.title == .colWhen })
        #expect(when.width >= DisplayWidth.of("12月14日 14:00"))
    }
}

@Suite struct HelpTests {
    /// Every key of the grid's table is in its help, none cut: what does not fit is scrolled to.
    @Test func theHelpShowsEveryKeyWholeAndScrolls() throws {
        var s = try app(width: 80, height: 24)
        s.handle(.char("5"))
        s.handle(.char("?"))
        var seen = Set<String>()
        for _ in 0..<30 {
            for line in s.lines { seen.insert(line) }
            s.handle(.down)
        }
        let text = seen.joined(separator: "\n")
        #expect(text.contains("移动场次：方向键，< > 调时长，Enter 放下，Esc 还原"))
        for b in Pane.schedule.bindings { #expect(text.contains(b.help.text(.zh)), "\(b.label)") }
        s.handle(.escape)
        guard case .normal = s.mode else { Issue.record("help did not close"); return }
    }
}
