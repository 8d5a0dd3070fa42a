import Testing
import PlanningCore
@testable import TerminalUI
import TestSupport

@Suite struct ScreenTests {
    @Test func sessionsPaneShowsWhatStaffNeed() throws {
        let s = try app()
        let lines = s.lines
        #expect(lines[0].hasPrefix(" 德阳大会"))
        #expect(lines[0].contains("1 会场") && lines[0].contains("6 冲突"))
        #expect(lines[1].hasPrefix(" 场次 · 41 · 排序 日期 ↑"))
        #expect(lines[2].hasPrefix(" 日期    时间        会场         题目"))
        #expect(lines[3].hasPrefix(" 5月14日 08:30–08:55 贵宾室       嘉宾会见"))
        // Over-capacity and clashing sub-forums carry the conflict marker.
        let f2 = try #require(lines.first { $0.contains("分论坛二：产业人才需求") && $0.contains("…") })
        #expect(f2.hasSuffix("238/150 ✖"))
        #expect(s.statusBar.hasSuffix("5 个错误 · 4 个警告"))
        #expect(s.statusBar.contains("a 新增") && s.statusBar.contains("? 帮助"))
    }

    @Test(arguments: [(60, 15), (80, 24), (100, 30), (200, 50)])
    func everySizeAndPaneRendersWithinItsWidth(_ size: (Int, Int)) throws {
        var s = try app(width: size.0, height: size.1)
        for pane in Pane.allCases {
            s.handle(.char(Character(String(pane.rawValue))))
            let grid = render(s.state)
            #expect(grid.height == size.1)
            for y in 0..<grid.height {
                #expect((0..<grid.width).reduce(0) { $0 + Int(grid[$1, y].width) } == size.0)
                #expect(DisplayWidth.of(grid.text(row: y)) <= size.0)
            }
            #expect(grid.text(row: 0).contains("德阳大会"))
            #expect(!grid.text(row: grid.height - 1).isEmpty)
        }
    }

    @Test func wideTerminalsShowDetailsBesideTheTable() throws {
        var s = try app(width: 200, height: 50)
        s.handle(.char("1"))
        #expect(s.lines[2].hasSuffix("│ 一号会议厅"))
        #expect(s.lines[3].contains("一号会议厅") && s.lines[3].hasSuffix("│ 场地：德阳旌湖宾馆"))
        #expect(s.lines.contains { $0.contains("│ 设施：舞台、同声传译设备、直播、投影、无障碍设施") })
        var narrow = try app(width: 60, height: 15)
        narrow.handle(.char("1"))
        #expect(narrow.lines.contains { $0.hasPrefix("────") })
    }

    @Test func tooSmallSaysSoAndRecovers() throws {
        var s = try app(width: 59, height: 20)
        #expect(s.screen.contains("终端太小：请放大到至少 60×15"))
        s.handle(.resize(width: 80, height: 14))
        #expect(s.screen.contains("终端太小"))
        s.handle(.resize(width: 80, height: 24))
        #expect(!s.screen.contains("终端太小") && s.lines[0].contains("德阳大会"))
    }

    @Test func keysDoNothingWhileTheScreenIsTooSmall() throws {
        var s = try app(width: 100, height: 30)
        s.handle(.char("1"))
        let rooms = s.plan.rooms.count
        s.handle(.resize(width: 50, height: 12))
        for key: Key in [.char("d"), .char("y"), .char("2"), .char("a"), .enter, .char("u")] { s.handle(key) }
        s.handle(.resize(width: 100, height: 30))
        guard case .normal = s.mode else { Issue.record("a key opened \(s.mode) on the too-small screen"); return }
        #expect(s.plan.rooms.count == rooms && s.pane == .venues)
        s.handle(.resize(width: 50, height: 12))
        s.handle(.char("q"))
        #expect(s.quit)
    }

    @Test func panesSwitchByDigitTabAndShiftTab() throws {
        var s = try app()
        s.handle(.char("4"))
        #expect(s.pane == .attendees && s.lines[1].hasPrefix(" 参会者 · 840人"))
        s.handle(.tab)
        #expect(s.pane == .schedule)
        s.handle(.tab)
        s.handle(.tab)
        s.handle(.tab)
        s.handle(.tab)
        #expect(s.pane == .venues)
        s.handle(.backTab)
        #expect(s.pane == .rooms)
        s.handle(.backTab)
        #expect(s.pane == .transport)
        s.handle(.backTab)
        #expect(s.pane == .conflicts)
        #expect(s.lines[3].contains("错误") && s.lines[3].contains("会场冲突"))
    }

    @Test func englishFollowsTheLanguage() throws {
        let s = try app(language: .en)
        #expect(s.lines[0].contains("2 Sessions") && s.lines[1].hasPrefix(" Sessions · 41 · sorted by Day ↑"))
        #expect(s.statusBar.hasSuffix("5 errors · 4 warnings"))
    }

    @Test func helpListsTheKeysOfThisPaneFromItsKeyTable() throws {
        var s = try app()
        s.handle(.char("?"))
        var screen = s.screen
        // On 30 lines the list scrolls: the rest is below.
        for _ in 0..<10 { s.handle(.down) }
        screen += s.screen
        for b in Pane.sessions.bindings { #expect(screen.contains(b.help.text(.zh)), "\(b.label)") }
        #expect(screen.contains("Ctrl-R") && screen.contains("为本场次指定角色"))
        s.handle(.escape)
        #expect(!s.screen.contains("本页按键"))
    }

    @Test func textFromFilesNeverReachesTheTerminalRaw() throws {
        var plan = samplePlan()
        plan.sessions[0].title = "恶意\u{1B}[2J标题\u{202E}"
        var s = Headless(plan: plan, language: .zh)
        s.handle(.resize(width: 100, height: 30))
        let screen = s.screen
        #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(screen.contains("恶意␛[2J标题"))
    }
}

@Suite struct MouseTests {
    @Test func clickSelectsATabOrARowAndTheWheelScrolls() throws {
        var s = try app()
        let tab = try #require(Layout(state: s.state).tabs.first { $0.0 == .venues })
        s.handle(.click(x: tab.1.lowerBound + 1, y: 0))
        #expect(s.pane == .venues)
        s.handle(.click(x: 5, y: 5)) // header at y 2, so y 5 is the third room
        #expect(s.list.selected == 2)
        #expect(s.lines[5].contains("三号会议室"))
        s.handle(.wheelDown)
        #expect(s.list.selected == 5)
        s.handle(.wheelUp)
        #expect(s.list.selected == 2)
    }
}

@Suite struct LazyPaneOrderTests {
    /// Opening sorts only the pane on screen; the others are sorted when first shown, and a
    /// change made meanwhile keeps the row each pane had selected.
    @Test func panesAreSortedWhenShownAndKeepTheirSelectionAcrossChanges() throws {
        var s = try app()
        #expect(s.view.order[.sessions] != nil && s.view.order[.attendees] == nil && s.view.order[.speakers] == nil)
        s.handle(.char("4"))
        #expect(s.view.order[.attendees] == s.state.computeOrder(.attendees) && !s.rows.isEmpty)
        for _ in 0..<3 { s.handle(.down) }
        let chosen = s.selectedPerson
        #expect(chosen != nil && s.lines.contains { $0.contains(s.plan.people.first { $0.id == chosen }!.name) })
        s.handle(.char("2"))
        s.state.refresh()
        #expect(s.view.order[.attendees] == nil)
        s.handle(.char("4"))
        #expect(s.selectedPerson == chosen)
        // Any other pane is sorted the first time it is shown.
        s.handle(.char("3"))
        #expect(s.view.order[.speakers] == s.state.computeOrder(.speakers))
    }
}

@Suite struct QuitTests {
    @Test func ctrlCQuitsFromEveryModeAndAsksWhenAFormHoldsTypedText() throws {
        var s = try app()
        s.handle(.char("a"))
        s.type("未保存的标题")
        s.handle(.ctrl("c"))
        guard case .quitAsked = s.mode else { Issue.record("no question: \(s.mode)"); return }
        #expect(s.screen.contains("退出？此表单中输入的内容尚未保存。") && s.screen.contains("y 退出 · n 返回表单"))
        s.handle(.char("n"))
        guard case .form(let form) = s.mode else { Issue.record("not back in the form"); return }
        #expect(form[SessionField.title].string == "未保存的标题" && !s.quit)
        s.handle(.ctrl("c"))
        s.handle(.char("y"))
        #expect(s.quit)

        var search = try app()
        search.handle(.char("/"))
        search.type("zh")
        search.handle(.ctrl("c"))
        #expect(search.quit)

        var moving = try app()
        moving.handle(.char("5"))
        moving.handle(.char("n"))
        moving.handle(.char("m"))
        #expect(moving.view.grid.moving != nil)
        moving.handle(.ctrl("c"))
        #expect(moving.quit)

        var untouched = try app()
        untouched.handle(.char("a"))
        untouched.handle(.ctrl("c"))
        #expect(untouched.quit)
    }
}
