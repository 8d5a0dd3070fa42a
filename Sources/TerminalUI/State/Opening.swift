import Foundation
import Interchange
import PlanningCore

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
    /// Where the plan stands in the store's history (read with it), when known.
    var mark: ChangeMark?

    init(plan: EventPlan, policy: FindingPolicy, language: Language, mark: ChangeMark? = nil) {
        self.plan = plan
        self.language = language
        self.policy = policy
        self.mark = mark
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

extension AppState {
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
            // Others may have made a release too: the top bar says where the programme stands.
            emit(.readReleases)
            emit(.readArrivals)
            if purpose == .refresh, case .normal = mode, message == nil {
                message = UIWords.othersChanged.text(language)
            }
            // A repair plan shown over what others just changed is worked out again on their plan.
            if purpose == .refresh, case .repair(let review) = mode { startRepair(review.options) }
            // What others saved while it was read (it may have been read before or after).
            if document.othersWhileLoading, let mark = document.mark { emit(.takeIn(mark)) }
            document.othersWhileLoading = false
        case .failure:
            // Read it at once instead; a failure there says why in the status bar.
            emit(.reload)
        }
    }

    /// Takes a freshly built model, keeping cursor, sort, search and grid position.
    mutating func adopt(_ model: PlanModel) {
        let selected = selectedKeys()
        document.adopt(model, language: language)
        document.countSinceRelease()
        reorder(selecting: selected)
    }
}
