import Foundation
import Fixtures
import PlanningCore
import PlanningStore
@testable import TerminalUI

import Testing

@Suite struct DuplicateReviewTests {
    /// A second 孔博华 of the same college with another phone, as an import keeps them.
    func twoOfOne() throws -> (Headless, Store, ID<Event>, String) {
        var plan = samplePlan()
        let reg = try #require(plan.registrations.first)
        var twin = try #require(plan.people.first { $0.id == reg.person })
        twin.id = ID(900_001)
        twin.key = "twin"
        twin.uid = StableUID.make("twin")
        twin.phone = "12599999999"
        plan.people.append(twin)
        plan.registrations.append(Registration(person: twin.id, category: "delegate", signups: []))
        let store = try Store(path: Scratch.folder("ui") + "/dup.sqlite")
        let event = try store.insert(plan).event.id
        var s = try Headless(store: store, event: event, language: .zh)
        s.handle(.resize(width: 120, height: 36))
        s.handle(.char("4"))
        return (s, store, event, twin.name)
    }

    /// D shows the pair side by side with what differs; m merges it (one undo step takes it
    /// back); k says they are two, remembered in the database, so D finds nothing more.
    @Test func aPairIsMergedUndoneAndKeptApart() throws {
        var (s, store, event, name) = try twoOfOne()
        let people = s.state.plan.people.count
        s.handle(.char("D"))
        #expect(s.screen.contains("可能重复 1/1 · 姓名和单位相同"), "\(s.screen)")
        #expect(s.screen.contains("12599999999") && s.screen.contains(name))
        s.handle(.char("m"))
        #expect(s.state.plan.people.count == people - 1 && s.statusBar.contains("已合并"))
        #expect(try store.plan(event).people.count == people - 1)
        s.handle(.char("u"))
        #expect(s.state.plan.people.count == people)
        s.handle(.char("D"))
        s.handle(.char("k"))
        #expect(try store.keptApart(event).count == 1 && s.statusBar.contains("已记下：是两个人"))
        s.handle(.char("D"))
        #expect(s.statusBar.contains("没有可能重复的人"))
    }
}
