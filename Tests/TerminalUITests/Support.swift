import Foundation
import Testing
import TestSupport
import Fixtures
import Interchange
import PlanningCore
import PlanningStore
@testable import TerminalUI


/// A UI on a sample event stored in a fresh database, at a size.
func app(_ name: String = "deyang-2026-innovation-summit.json", width: Int = 100, height: Int = 30,
         language: Language = .zh) throws -> Headless {
    let dir = Scratch.folder("ui")
    let store = try Store(path: dir + "/ui.sqlite")
    var s = try Headless(store: store, event: try store.insert(samplePlan(name)).event.id, language: language)
    s.handle(.resize(width: width, height: height))
    return s
}

extension Headless {
    mutating func type(_ text: String) { for c in text { handle(.char(c)) } }
    var screen: String { state.screen }
    var lines: [String] { state.lines }
    var statusBar: String { state.statusBar }
    var selectedTitle: String? { state.selectedTitle }
    /// Saves changes as the UI does (and takes the outcome in).
    mutating func commit(_ changes: [Change], done: UIWords) {
        state.commit(changes, done: done)
        let effects = state.outbox
        state.outbox = []
        for e in effects {
            if var runner = store { for m in runner.run(e, state: state) { send(m) } } else {
                for m in memory.run(e, state: state) { send(m) }
            }
        }
    }
}

extension AppState {
    var screen: String { render(self).text }
    var lines: [String] { screen.components(separatedBy: "\n") }
    var statusBar: String { lines.last ?? "" }
    var selectedTitle: String? { selectedRow.map { plan.sessions[$0].title } }
}

/// The sample with a second 孔博华 of the same college and another phone, as an import keeps
/// them: the sample has no pair for the duplicates review to show.
func samplePlanWithATwin() throws -> EventPlan {
    var plan = samplePlan()
    let reg = try #require(plan.registrations.first)
    var twin = try #require(plan.people.first { $0.id == reg.person })
    twin.id = ID(900_001)
    twin.key = "twin"
    twin.uid = StableUID.make("twin")
    twin.phone = "12599999999"
    plan.people.append(twin)
    plan.registrations.append(Registration(person: twin.id, category: "delegate", signups: []))
    return plan
}
