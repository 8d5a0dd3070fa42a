import Foundation
import PlanningCore
import PlanningStore

/// Runs the UI on a terminal until the person quits. Every change is already saved by then.
public enum App {
    public static func run(event: ID<Event>, store: Store, language: Language, monochrome: Bool, mouse: Bool) throws {
        // Taken before anything is read, so a save by someone else during the opening is noticed.
        var seen = store.dataVersion
        var state = try AppState.opening(store: store, event: event, language: language)
        let backend = CursesBackend(monochrome: monochrome, mouse: mouse)
        defer { backend.end() }
        state.present = { backend.draw($0) }
        let size = backend.size
        state.handle(.resize(width: size.width, height: size.height))
        while !state.quit {
            backend.draw(render(state))
            // While the event is read on the other thread, look often so it shows as soon as it is
            // in; otherwise every half second without a key, whether another confplan saved something.
            backend.pollEvery(milliseconds: state.loading ? 30 : 500)
            let key = backend.read()
            state.takeLoadedPlan()
            guard let key else {
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
