import Interchange
import Foundation
import Testing
import Fixtures
import PlanningCore
@testable import TerminalUI
import TestSupport

@Suite struct EditingTests {
    @Test func addASessionThroughTheFormThenUndoAndRedo() throws {
        var s = try app()
        s.handle(.char("a"))
        #expect(s.screen.contains("新增场次"))
        s.type("数字化转型圆桌")
        s.handle(.tab)
        s.type("yuan") // kind: 圆桌对话, found by pinyin
        s.handle(.tab)
        s.handle(.tab)
        s.type("sanhao") // room: 三号会议室
        s.handle(.tab)
        s.handle(.tab)
        s.type("1530")
        s.handle(.tab)
        s.type("17")
        s.handle(.ctrl("s"))
        #expect(s.selectedTitle == "数字化转型圆桌")
        let saved = try #require(s.plan.sessions.first { $0.title == "数字化转型圆桌" })
        #expect(saved.kind == .roundTable && saved.start?.description == "2026-05-14T15:30" && saved.end?.description == "2026-05-14T17:00")
        #expect(s.lines.contains { $0.contains("数字化转型圆桌") && $0.contains("三号会议室") })
        #expect(s.statusBar.hasSuffix("7 个错误 · 4 个警告")) // two new room clashes
        #expect(try s.database!.plan(s.plan.event.id).sessions.contains { $0.title == "数字化转型圆桌" })
        s.handle(.char("u"))
        #expect(s.statusBar.hasSuffix("5 个错误 · 4 个警告") && s.statusBar.hasPrefix(" 已撤销：数字化转型圆桌 "))
        #expect(!s.lines.dropLast().joined().contains("数字化转型圆桌"))
        #expect(try !s.database!.plan(s.plan.event.id).sessions.contains { $0.title == "数字化转型圆桌" })
        s.handle(.ctrl("r"))
        #expect(try s.database!.plan(s.plan.event.id).sessions.contains { $0.uid == saved.uid && $0.id == saved.id })
        #expect(s.statusBar.hasSuffix("7 个错误 · 4 个警告"))
    }

    @Test func invalidFieldsAreExplainedInline() throws {
        var s = try app()
        s.handle(.char("a"))
        s.handle(.enter)
        #expect(s.screen.contains("✖ 必填"))
        s.type("会议")
        for _ in 0..<5 { s.handle(.tab) }
        s.type("25:00")
        s.handle(.tab)
        s.type("10")
        s.handle(.enter)
        #expect(s.screen.contains("✖ 时间格式如 9:30、0930 或 14"))
        if case .form = s.mode {} else { Issue.record("the form must stay open") }
        s.handle(.escape)
        #expect(s.plan.sessions.count == 41)
    }

    @Test func textFieldsEditChineseByCharacter() {
        var f = FormField(.fieldTitle, .text, text: "周铁农")
        f.move(-1)
        f.backspace()
        #expect(String(f.text) == "周农" && f.cursor == 1)
        f.type("👍🏽")
        #expect(String(f.text) == "周👍🏽农" && f.cursor == 2)
        f.backspace()
        #expect(String(f.text) == "周农")
    }

    @Test func timesAndDatesAcceptWhatStaffType() {
        #expect(FieldParsing.clock("9:30") == 570)
        #expect(FieldParsing.clock("0930") == 570)
        #expect(FieldParsing.clock("930") == 570)
        #expect(FieldParsing.clock("14") == 840)
        #expect(FieldParsing.clock("14：30") == 870)
        #expect(FieldParsing.clock("25") == nil && FieldParsing.clock("9:75") == nil && FieldParsing.clock("abc") == nil)
        let e = samplePlan().event
        #expect(FieldParsing.date("2026-05-15", event: e)?.description == "2026-05-15")
        #expect(FieldParsing.date("5-16", event: e)?.description == "2026-05-16")
        #expect(FieldParsing.date("2", event: e)?.description == "2026-05-15")
        #expect(FieldParsing.date("5月14日", event: e)?.description == "2026-05-14")
        #expect(FieldParsing.date("2-30", event: e) == nil)
    }

    @Test func deleteSaysWhatGoesWithItAndCanBeUndone() throws {
        var s = try app()
        s.handle(.char("/"))
        s.type("分论坛三")
        s.handle(.enter)
        s.handle(.char("d"))
        #expect(s.screen.contains("┌─ 删除场次 ─") && s.screen.contains("删除「分论坛三：职业教育师资队伍建设」及其6个角色和69人报"))
        s.handle(.char("y"))
        #expect(s.plan.sessions.count == 40 && s.statusBar.hasSuffix("4 个错误 · 4 个警告")) // its room clash is gone
        s.handle(.char("u"))
        #expect(s.plan.sessions.count == 41)
        let restored = try s.database!.plan(s.plan.event.id)
        #expect(restored.roles.filter { r in restored.sessions.first { $0.id == r.session }?.key == "f3" }.count == 6)
        #expect(restored.registrations.filter { $0.signups.contains { id in restored.sessions.first { $0.id == id }?.key == "f3" } }.count == 69)
    }

    @Test func rolesAreAssignedFromTheSessionsPane() throws {
        var s = try app()
        s.handle(.char("/"))
        s.type("ws2")
        s.handle(.escape)
        s.handle(.char("/"))
        s.type("数字化教学资源")
        s.handle(.enter)
        s.handle(.char("r"))
        s.type("kbh") // 孔博华, who is busy in 分论坛一 on day 1 only
        s.handle(.enter)
        #expect(s.plan.roles.contains { r in r.session == s.plan.sessions[s.selectedRow!].id && s.plan.people.first { $0.id == r.person }?.name == "孔博华" })
        #expect(s.screen.contains("孔博华"))
    }

    @Test func conflictsJumpToTheSessionAndCanBeAcknowledged() throws {
        var s = try app()
        s.handle(.char("6"))
        s.handle(.enter)
        #expect(s.pane == .sessions && s.selectedTitle == "分论坛三：职业教育师资队伍建设")
        s.handle(.char("6"))
        s.handle(.char("a"))
        s.type("有意安排")
        s.handle(.enter)
        #expect(s.statusBar.hasSuffix("4 个错误 · 4 个警告"))
        #expect(try s.database!.findingPolicy(s.plan.event.id).acknowledgements.values.map(\.reason) == ["有意安排"])
    }
}

@Suite struct SearchAndSortTests {
    @Test func searchFindsBySubstringFullPinyinAndInitials() throws {
        var s = try app()
        s.handle(.char("3"))
        for query in ["孔博", "kongbohua", "kbh"] {
            s.handle(.char("/"))
            s.type(query)
            s.handle(.enter)
            #expect(s.plan.people[s.selectedRow!].name == "孔博华", "\(query)")
            s.handle(.home)
        }
    }

    @Test func nAndShiftNStepThroughMatches() throws {
        var s = try app()
        s.handle(.char("/"))
        s.type("分论坛")
        s.handle(.enter)
        let first = s.list.selected
        s.handle(.char("n"))
        #expect(s.list.selected > first)
        s.handle(.char("N"))
        #expect(s.list.selected == first)
        s.handle(.char("/"))
        s.type("zzzzqqq")
        #expect(s.statusBar.contains("无匹配"))
    }

    @Test func searchingAHundredThousandAttendeesWorks() throws {
        var g = SyntheticEvent.small
        g.attendees = 3_000
        var s = Headless(plan: g.make(), language: .zh)
        s.handle(.resize(width: 100, height: 30))
        s.handle(.char("4"))
        let target = s.plan.people[s.plan.people.count - 10]
        s.handle(.char("/"))
        s.type(target.phone)
        #expect(s.plan.people[s.document.catalog.personIndex[s.plan.registrations[s.selectedRow!].person]!].phone == target.phone)
    }

    @Test func namesSortInPinyinOrder() throws {
        var s = try app()
        s.handle(.char("3")) // speakers, sorted by name, surnames by their surname reading
        let names = s.rows.map { s.plan.people[$0].name }
        let keys = names.map { NameOrder.key($0) }
        #expect(keys == keys.sorted())
        #expect(names.firstIndex(of: "曾永涛")! > names.firstIndex(of: "袁杰胜")!, "曾 sorts under z")
        #expect(Pinyin.shared.sortKey("李") < Pinyin.shared.sortKey("林"))
        #expect(Pinyin.shared.sortKey("张伟") < Pinyin.shared.sortKey("赵明"))
        s.handle(.char("S"))
        #expect(s.rows.map { s.plan.people[$0].name }.first == names.last)
        s.handle(.char("s"))
        #expect(s.lines[1].contains("排序 单位 ↑"))
    }

    @Test func pinyinKeys() {
        #expect(Pinyin.shared.searchKey("周铁农").contains("zhoutienong"))
        #expect(Pinyin.shared.searchKey("周铁农").hasSuffix("ztn"))
        #expect(Pinyin.shared.searchKey("Thomas Becker") == "thomas becker")
    }
}

@Suite struct RoomFormTests {
    /// Opens the add-room form and fills it as a person types: name, a new site, seats, features.
    func addRoom(_ s: inout Headless, name: String, site: String, features: String) {
        s.handle(.char("1"))
        s.handle(.char("a"))
        s.type(name)
        s.handle(.tab)
        s.type(site)
        s.handle(.tab)
        s.type("80")
        s.handle(.tab)
        s.type(features)
        s.handle(.ctrl("s"))
    }

    @Test func featuresTypedInWordsAreTheVocabularyAndUnknownOnesAreRefused() throws {
        var s = try app()
        addRoom(&s, name: "新厅甲", site: "东校区", features: "投影、同声传译设备")
        let room = try #require(s.plan.rooms.first { $0.name == "新厅甲" })
        #expect(room.features == ["projector", "interpretation"])
        addRoom(&s, name: "新厅乙", site: "西校区", features: "投影、咖啡机")
        guard case .form(let form) = s.mode else { Issue.record("an unknown feature was saved"); return }
        #expect(form[RoomField.features].error == "没有这种设施：咖啡机；可选：" + RoomFeature.list(.zh))
    }

    /// Two rooms on two new sites are far apart: a speaker moved between them back to back has a
    /// travel problem, live, just as `confplan check` finds it.
    @Test func roomsOnNewSitesKeepTheLiveCountEqualToAFullCheck() throws {
        var s = try app()
        addRoom(&s, name: "新厅甲", site: "东校区", features: "")
        addRoom(&s, name: "新厅乙", site: "西校区", features: "")
        let a = try #require(s.plan.rooms.first { $0.name == "新厅甲" }), b = try #require(s.plan.rooms.first { $0.name == "新厅乙" })
        #expect(a.site != b.site)
        let person = try #require(s.plan.roles.first?.person)
        let sessions = s.plan.roles.filter { $0.person == person }.map(\.session)
        let first = try #require(s.plan.sessions.first { $0.id == sessions[0] })
        var moved = first
        moved.room = a.id
        var second = first
        second.id = ID(0)
        second.uid = UUID().uuidString.lowercased()
        second.key = ""
        second.title = "接续报告"
        second.room = b.id
        second.start = first.end!.adding(minutes: 5)
        second.end = first.end!.adding(minutes: 65)
        s.commit([.session(before: s.plan.record(of: first.id), after: SessionRecord(session: moved, roles: s.plan.record(of: first.id)!.roles)),
                  .session(before: nil, after: SessionRecord(session: second, roles: [SessionRole(session: ID(0), person: person, role: .speaker)]))],
                 done: .saved)
        #expect(s.findings.contains { $0.finding.code == .travelTime && $0.finding.people == [person] })
        #expect(Set(s.findings.map(\.finding)) == Set(ConflictEngine.check(try s.database!.plan(s.plan.event.id))))
    }
}

@Suite struct FormDetailsTests {
    @Test func aCorrectedFieldLosesItsMarkAndFormsSayWhatTheyAskFor() throws {
        var s = try app()
        s.handle(.char("1"))
        s.handle(.char("a"))
        #expect(s.screen.contains("会场名称") && !s.screen.contains("姓名"))
        s.handle(.ctrl("s"))
        guard case .form(let form) = s.mode else { Issue.record("saved without a name"); return }
        #expect(form[RoomField.name].error == "必填")
        s.type("新会场")
        guard case .form(let typed) = s.mode else { Issue.record("form lost"); return }
        #expect(typed[RoomField.name].error == nil && !s.lines.contains { $0.contains("会场名称") && $0.contains("✖") })
        #expect(typed[RoomField.capacity].error == "必填") // still empty: its mark stays
        s.handle(.escape)
        s.handle(.char("y")) // a name typed: Esc asks before it is lost
        s.handle(.char("x"))
        #expect(s.screen.contains("文件") && !s.screen.contains("CSV 文件"))
    }

    @Test func aNewSpeakerIsSelected() throws {
        var s = try app()
        s.handle(.char("3"))
        s.handle(.char("a"))
        s.type("新嘉宾甲")
        guard case .form(var form) = s.mode else { Issue.record("no form"); return }
        let session = try #require(form[SpeakerField.sessions].choices.last)
        form[SpeakerField.sessions].picked = [session.value]
        s.mode = .form(form)
        s.handle(.ctrl("s"))
        #expect(s.selectedPerson.flatMap { id in s.plan.people.first { $0.id == id }?.name } == "新嘉宾甲")
    }
}
