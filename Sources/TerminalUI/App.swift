import Foundation
import PlanningCore
import PlanningStore

/// Runs the UI on a terminal until the person quits. Every change is already saved by then.
public enum App {
    public static func run(plan: EventPlan, store: Store, language: Language, monochrome: Bool, mouse: Bool) throws {
        let policy = try store.findingPolicy(plan.event.id)
        var state = AppState(plan: plan, store: store, language: language, policy: policy)
        let backend = CursesBackend(monochrome: monochrome, mouse: mouse)
        defer { backend.end() }
        state.present = { backend.draw($0) }
        let size = backend.size
        state.handle(.resize(width: size.width, height: size.height))
        // Half a second without a key: look whether another confplan saved something.
        backend.pollEvery(milliseconds: 500)
        var seen = store.dataVersion
        while !state.quit {
            backend.draw(render(state))
            guard let key = backend.read() else {
                let now = store.dataVersion
                if now != seen {
                    seen = now
                    state.othersChanged()
                }
                continue
            }
            state.handle(key)
        }
    }
}
