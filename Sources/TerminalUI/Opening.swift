import Foundation
import PlanningCore
import PlanningStore

/// What the UI works out from a whole event: the engine, its findings and the panes' lookups.
/// A value, so it can be built on another thread and handed over.
struct PlanModel {
    var plan: EventPlan
    var policy: FindingPolicy
    var engine: ConflictEngine
    var identity: FindingIdentity
    var findings: [ReportedFinding]
    var catalog: Catalog
    var words: FindingText
    let language: Language

    init(plan: EventPlan, policy: FindingPolicy, language: Language) {
        self.plan = plan
        self.language = language
        self.policy = policy
        engine = ConflictEngine(plan)
        (identity, findings, catalog, words) = Self.lookups(plan, engine, policy, language)
    }

    /// The findings as staff see them and the panes' lookups: worked out again after every change.
    static func lookups(_ plan: EventPlan, _ engine: ConflictEngine, _ policy: FindingPolicy, _ language: Language)
        -> (FindingIdentity, [ReportedFinding], Catalog, FindingText) {
        let identity = FindingIdentity(plan: plan)
        let findings = policy.report(engine.findings, identity: identity)
        return (identity, findings, Catalog(plan: plan, engine: engine, findings: findings), FindingText(plan: plan, language: language))
    }
}

/// Reads the whole event on a connection and thread of its own while the UI already shows the
/// schedule: 100,000 attendees and their 600,000 sign-ups take most of a second to read and
/// check, and a person should not stare at an empty terminal meanwhile.
final class PlanLoader: @unchecked Sendable {
    private let done = NSCondition()
    private var result: Result<PlanModel, Error>?

    init(path: String, event: ID<Event>, language: Language) {
        let thread = Thread { [self] in
            let r = Result { () throws -> PlanModel in
                // Its own connection: one SQLite connection serialises its users.
                let store = try Store(path: path, readOnly: true)
                let plan = try store.plan(event)
                return PlanModel(plan: plan, policy: try store.findingPolicy(event), language: language)
            }
            done.lock()
            result = r
            done.signal()
            done.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result if the thread has finished.
    func poll() -> Result<PlanModel, Error>? {
        done.lock()
        defer { done.unlock() }
        return result
    }

    /// Waits for the thread to finish.
    func wait() -> Result<PlanModel, Error> {
        done.lock()
        defer { done.unlock() }
        while result == nil { done.wait() }
        return result!
    }
}

extension AppState {
    /// Opens an event in two steps: the schedule and its people at once (what the first frame
    /// shows), the attendees behind it. Until they are in, the Attendees pane says it is reading
    /// them and the finding counts say they are incomplete; anything that saves or exports waits
    /// for them first, so nothing is ever written from half an event.
    public static func opening(store: Store, event: ID<Event>, language: Language) throws -> AppState {
        // Started first, so the whole read runs on the other core while this one draws.
        let loader = PlanLoader(path: store.path, event: event, language: language)
        var s = AppState(plan: try store.schedule(event), store: store, language: language,
                         policy: try store.findingPolicy(event))
        s.loader = loader
        return s
    }

    /// The attendees are still being read.
    public var attendeesPending: Bool { loader != nil }

    /// Takes the whole event if it has been read; true when the state changed.
    @discardableResult
    public mutating func takeLoadedPlan() -> Bool {
        guard let result = loader?.poll() else { return false }
        finishLoading(result)
        return true
    }

    /// Waits for the whole event: what a save, an import or an export needs before it starts.
    public mutating func awaitWholePlan() {
        guard let loader else { return }
        finishLoading(loader.wait())
    }

    /// Someone else saved while the attendees were being read: that read may predate it, so
    /// it is started again (reading here as well would read the whole event twice).
    mutating func restartLoading() {
        guard let store, loader != nil else { return }
        loader = PlanLoader(path: store.path, event: plan.event.id, language: language)
    }

    private mutating func finishLoading(_ result: Result<PlanModel, Error>) {
        loader = nil
        switch result {
        case .success(let model):
            adopt(model)
            // The loading thread's own heap holds what it freed while reading.
            HeapTrim.releaseFreedMemory()
        case .failure:
            // Read it here instead; a failure there says why in the status bar.
            reloadFromStore()
        }
    }

    /// Takes a freshly built model, keeping cursor, sort, search and grid position.
    mutating func adopt(_ model: PlanModel) {
        let selected = selectedKeys()
        plan = model.plan
        policy = model.policy
        engine = model.engine
        identity = model.identity
        findings = model.findings
        catalog = model.catalog
        words = model.language == language ? model.words : FindingText(plan: plan, language: language)
        reorder(selecting: selected)
    }
}
