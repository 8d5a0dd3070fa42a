import Foundation
import Interchange
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
    static func lookups(
        _ plan: EventPlan, _ engine: ConflictEngine, _ policy: FindingPolicy, _ language: Language
    )
        -> (FindingIdentity, [ReportedFinding], Catalog, FindingText)
    {
        let identity = FindingIdentity(plan: plan)
        let findings = policy.report(engine.findings, identity: identity)
        return (
            identity, findings, Catalog(plan: plan, engine: engine, findings: findings),
            FindingText(plan: plan, language: language)
        )
    }
}

/// Why the whole event is being read.
enum LoadPurpose: Equatable {
    /// The opening: what is on screen is the schedule without its attendees.
    case opening
    /// Someone else saved: what is on screen is whole, only older.
    case refresh
}

/// Reads the whole event on a connection and thread of its own while the UI goes on: 100,000
/// attendees and their 600,000 sign-ups take most of a second to read and check, and a person
/// should not stare at a frozen terminal meanwhile.
final class PlanLoader: @unchecked Sendable {
    let purpose: LoadPurpose
    private let work: Background<Result<PlanModel, Error>>

    init(path: String, event: ID<Event>, language: Language, purpose: LoadPurpose) {
        self.purpose = purpose
        work = Background {
            Result { () throws -> PlanModel in
                // Its own connection: one SQLite connection serialises its users.
                let store = try Store(path: path, readOnly: true)
                let plan = try store.plan(event)
                return PlanModel(plan: plan, policy: try store.findingPolicy(event), language: language)
            }
        }
    }

    /// The result if the thread has finished.
    func poll() -> Result<PlanModel, Error>? { work.poll() }

    /// Waits for the thread to finish.
    func wait() -> Result<PlanModel, Error> { work.wait() }
}

extension AppState {
    /// Opens an event in two steps: the schedule and its people at once (what the first frame
    /// shows), the attendees behind it. Until they are in, the Attendees pane says it is reading
    /// them and the finding counts say they are incomplete; anything that saves or exports waits
    /// for them first, so nothing is ever written from half an event.
    static func opening(_ runner: StoreRunner, language: Language) throws -> AppState {
        // Started first, so the whole read runs on the other core while this one draws.
        runner.startRead(.opening)
        let store = runner.store
        var s = AppState(plan: try store.schedule(runner.event), readOnly: store.isReadOnly, language: language,
                         policy: try store.findingPolicy(runner.event))
        s.loading = .opening
        return s
    }

    /// The attendees are still being read.
    public var attendeesPending: Bool { document.loading == .opening }

    /// The event is being read on the other thread, for the opening or after someone's save.
    public var isLoading: Bool { document.loading != nil }

    /// Reads the event again on the other thread, as `purpose`; a read already under way is
    /// dropped for it (it may predate what made this one necessary).
    mutating func startLoading(_ purpose: LoadPurpose) {
        document.loading = purpose
        emit(.startBackgroundRead(purpose))
    }

    mutating func finishLoading(_ result: Result<PlanModel, StoreFailure>, purpose: LoadPurpose) {
        document.loading = nil
        switch result {
        case .success(let model):
            adopt(model)
            if purpose == .refresh, case .normal = mode, message == nil {
                message = UIText.othersChanged.text(language)
            }
        case .failure:
            // Read it at once instead; a failure there says why in the status bar.
            emit(.reload)
        }
    }

    /// Takes a freshly built model, keeping cursor, sort, search and grid position.
    mutating func adopt(_ model: PlanModel) {
        let selected = selectedKeys()
        document.adopt(model, language: language)
        reorder(selecting: selected)
    }
}
