import Foundation
import Fixtures
import PlanningCore
import PlanningStore
@testable import TerminalUI

import Testing
import TestSupport

@Suite struct DuplicateReviewTests {
    /// A second 孔博华 of the same college with another phone, as an import keeps them.
    func twoOfOne() throws -> (Headless, Store, ID<Event>, String) {
        let plan = try samplePlanWithATwin()
        let store = try Store(path: Scratch.folder("ui") + "/dup.sqlite")
        let event = try store.insert(plan).event.id
        var s = try Headless(store: store, event: event, language: .zh)
        s.handle(.resize(width: 120, height: 36))
        s.handle(.char("4"))
        return (s, store, event, try #require(plan.people.last).name)
    }

    /// D shows the pair side by side with what differs, each headed by name and phone's end (not
    /// the key); m merges it, saying which went into which (one undo step takes it back); k says
    /// they are two, remembered in the database, so D finds nothing more.
    @Test func aPairIsMergedUndoneAndKeptApart() throws {
        var (s, store, event, name) = try twoOfOne()
        let people = s.state.plan.people.count
        let phone = try #require(s.state.plan.people.first { $0.name == name && $0.key != "twin" }?.phone)
        s.handle(.char("D"))
        #expect(s.screen.contains("可能重复 1/1 · 姓名和单位相同"), "\(s.screen)")
        #expect(s.screen.contains("12599999999") && s.screen.contains(name))
        #expect(s.screen.contains("\(name)（手机尾号 9999）") && !s.screen.contains("twin"), "\(s.screen)")
        s.handle(.char("m"))
        #expect(s.state.plan.people.count == people - 1)
        #expect(s.message == "\(name)（手机尾号 9999） 并入 \(name)（手机尾号 \(phone.suffix(4))）")
        #expect(try store.plan(event).people.count == people - 1)
        s.handle(.char("u"))
        #expect(s.state.plan.people.count == people)
        s.handle(.char("D"))
        s.handle(.char("k"))
        #expect(try store.keptApart(event).count == 1 && s.statusBar.contains("已记下：是两个人"))
        s.handle(.char("D"))
        #expect(s.statusBar.contains("没有可能重复的人"))
    }

    /// `m` in the review is the store's merge: one log entry, the desk's records carried to the
    /// one kept, and the very merge `confplan unmerge` takes back.
    @Test func theReviewsMergeIsTheLoggedMergeThatUnmergeTakesBack() throws {
        var (s, store, event, _) = try twoOfOne()
        let twin = try #require(s.state.plan.people.first { $0.key == "twin" })
        let kept = try #require(s.state.plan.people.first { $0.name == twin.name && $0.key != "twin" })
        _ = try store.checkIn(event, person: twin.id, desk: "一号台")
        let entries = try store.changeLog(event, limit: 1000).count
        s.handle(.char("D"))
        s.handle(.char("m"))
        #expect(try store.changeLog(event, limit: 1000).count == entries + 1)
        #expect(try store.changeLog(event, limit: 1).first?.note?.action == .mergePeople)
        #expect(try store.checkIns(event).map(\.person) == [kept.id])
        let back = try store.unmergePeople(event, kept.id)
        #expect(try back.other.key == "twin" && store.checkIns(event).map(\.person) == [twin.id])
    }

    /// After an import and a keep-apart, `u` takes back the keep-apart (saying so), and the next
    /// `u` the import, saying which file and how many people.
    @Test func undoTakesBackTheKeepApartBeforeTheImport() throws {
        var s = try app(width: 120, height: 36)
        let path = Scratch.file("ui-dup", "回执.csv")
        try Data("姓名,单位,手机\n张敏,成都职业技术学院,13800138001\n张敏,成都职业技术学院,13900139002\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let people = s.plan.people.count
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(path)
        s.handle(.enter)
        s.handle(.enter)
        #expect(s.plan.people.count == people + 2)
        s.handle(.char("D"))
        s.handle(.char("k"))
        #expect(try s.database!.keptApart(s.plan.event.id).count == 1)
        s.handle(.char("u"))
        #expect(s.message == "已撤销：分开 张敏 / 张敏")
        #expect(try s.database!.keptApart(s.plan.event.id).isEmpty && s.plan.people.count == people + 2)
        let logged = try #require(try s.database!.changeLog(s.plan.event.id, limit: 1).first?.note?.text(.zh))
        #expect(logged.action == "撤销记为两人" && logged.summary == "“张敏”：与 “张敏” 可能是同一人（重新列入待查）")
        s.handle(.char("u"))
        #expect(s.message == "已撤销：导入 回执.csv：2 人" && s.plan.people.count == people)
        s.handle(.ctrl("r"))
        s.handle(.ctrl("r"))
        #expect(s.message == "已重做：分开 张敏 / 张敏")
        #expect(try s.database!.keptApart(s.plan.event.id).count == 1 && s.plan.people.count == people + 2)
    }
}
