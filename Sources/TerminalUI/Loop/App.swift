import Foundation
import PlanningCore
import PlanningStore

/// Runs the UI on a terminal until the person quits. Every change is already saved by then.
/// The loop only carries messages: keys from the backend, effects to the runner and their
/// results back, and between keys the loading thread's result and others' saves.
public enum App {
    /// `backend`: the terminal already started (by the event picker), else one is started here.
    public static func run(event: ID<Event>, store: Store, language: Language, monochrome: Bool, mouse: Bool,
                           backend given: CursesBackend? = nil) throws {
        // Taken before anything is read, so a save by someone else during the opening is noticed.
        var seen = store.dataVersion
        var runner = StoreRunner(store: store, event: event, language: language)
        var state = try runner.opening(language: language)
        let backend = given ?? CursesBackend(monochrome: monochrome, mouse: mouse)
        defer { backend.end() }
        runner.progress = { shown, text in
            var view = shown
            view.mode = .normal
            view.message = text
            backend.draw(render(view))
        }
        let size = backend.size
        state.send(.resize(width: size.width, height: size.height), to: &runner)
        while !state.quit {
            backend.draw(render(state))
            // While the event is read on the other thread, look often so it shows as soon as it is
            // in; otherwise every half second without a key, whether another confplan saved something.
            backend.pollEvery(milliseconds: state.isLoading ? 30 : 500)
            let key = backend.read()
            if let loaded = runner.poll(state) { state.send(loaded, to: &runner) }
            defer { runner.trimIfReplaced() }
            guard let key else {
                let now = store.dataVersion
                if now != seen {
                    seen = now
                    state.send(.othersSaved, to: &runner)
                }
                continue
            }
            state.send(.key(key), to: &runner)
        }
    }

    /// Several events and none named: the picker, on a terminal it starts and hands on (to
    /// `run`, with the chosen entry), or ends when the person leaves without choosing.
    public static func pick(_ entries: [EventPicker.Entry], language: Language, monochrome: Bool,
                            mouse: Bool) -> (choice: Int?, backend: CursesBackend) {
        let backend = CursesBackend(monochrome: monochrome, mouse: mouse)
        var picker = EventPicker(entries, language: language)
        let size = backend.size
        picker.handle(.resize(width: size.width, height: size.height))
        while !picker.done {
            backend.draw(picker.render())
            backend.pollEvery(milliseconds: 500)
            if let key = backend.read() { picker.handle(key) }
        }
        if picker.chosen == nil { backend.end() }
        return (picker.chosen, backend)
    }
}
