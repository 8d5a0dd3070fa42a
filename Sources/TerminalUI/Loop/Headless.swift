import Foundation
import Codecs
import Interchange
import PlanningCore
import PlanningStore

/// The UI without a terminal: keys in, each effect run at once, by the database's runner or by
/// one that keeps everything in memory. What the benchmark and the tests drive; `App.run` is
/// the same loop with a terminal.
@dynamicMemberLookup
public struct Headless {
    public internal(set) var state: AppState
    let store: StoreRunner?
    var memory = MemoryRunner()

    /// In memory: saves are taken as they are, nothing is read or written.
    public init(plan: EventPlan, language: Language) {
        state = AppState(plan: plan, language: language)
        store = nil
    }

    /// On a database, the whole event read at once.
    public init(store: Store, event: ID<Event>, language: Language, policy: FindingPolicy? = nil) throws {
        self.store = StoreRunner(store: store, event: event, language: language)
        let (plan, mark) = try store.markedPlan(event)
        state = AppState(plan: plan, readOnly: store.isReadOnly, language: language,
                         policy: try policy ?? store.findingPolicy(event))
        state.document.mark = mark
    }

    /// On a database, opened as `confplan` opens it: the schedule first, the attendees read on
    /// the loading thread.
    public static func opening(store: Store, event: ID<Event>, language: Language) throws -> Headless {
        let runner = StoreRunner(store: store, event: event, language: language)
        return Headless(state: try runner.opening(language: language), store: runner)
    }

    init(state: AppState, store: StoreRunner?) {
        self.state = state
        self.store = store
    }

    public subscript<T>(dynamicMember path: KeyPath<AppState, T>) -> T { state[keyPath: path] }
    public subscript<T>(dynamicMember path: WritableKeyPath<AppState, T>) -> T {
        get { state[keyPath: path] }
        set { state[keyPath: path] = newValue }
    }

    public var database: Store? { store?.store }

    public mutating func handle(_ key: Key) { send(.key(key)) }

    mutating func send(_ message: Message) {
        if var runner = store {
            state.send(message, to: &runner)
            runner.trimIfReplaced()
        } else {
            state.send(message, to: &memory)
        }
    }

    /// Someone else saved: as the loop says it when the data version moves.
    public mutating func othersChanged() { send(.othersSaved) }

    /// Takes the event read on the loading thread if it is in; true when it was.
    @discardableResult
    public mutating func takeLoadedPlan() -> Bool {
        guard let runner = store, let loaded = runner.poll(state) else { return false }
        send(loaded)
        return true
    }

    /// Waits until the read under way has finished, without taking it.
    public func waitUntilRead() { store?.waitUntilRead() }

    /// Waits for the read under way and takes it.
    public mutating func awaitWholePlan() {
        guard let runner = store, let loaded = runner.awaitRead() else { return }
        send(loaded)
    }
}

/// Answers effects without a database: saves are taken as stored, with new rows given ids (and UUIDs) as
/// the database would; reads give the event as the UI has it; files are not touched.
struct MemoryRunner: EffectRunner {
    var next = 1 << 40
    var keptApart: Set<KeptApart> = []
    /// Merges made here, to take back: the kept person before and after, and the one merged away.
    var merges: [(before: PersonRecord, after: PersonRecord, removed: PersonRecord)] = []

    mutating func run(_ effect: Effect, state: AppState) -> [Message] {
        switch effect {
        case .save(let changes, let intent):
            // Taken one by one as the store takes a group, a room on a new site given the site's id.
            let group = ChangeGroup.saveEach(changes) { stamp($0) }
            return [.saved(intent, SaveOutcome(applied: group.applied))]
        case .step(let step, let direction):
            return [.stepDone(step, direction, self.step(step, direction, state.plan))]
        case .reload:
            return [.reloaded(.success((state.plan, state.document.policy)))]
        case .readList(let path):
            return [.listRead(path: path, .failure(Files.Problem(.missing, path)))]
        case .importList(let preview):
            return [
                .imported(
                    preview, before: state.plan,
                    .failure(StoreFailure(Files.Problem(.missing, "(no database in memory)"))))
            ]
        case .completePath(let typed):
            return [.pathCompleted(typed: typed, candidates: [])]
        case .readKeptApart:
            return [.keptApartRead(.success(keptApart))]
        case .solve(let options):
            return [.solved(state.document.repairPlan(options), options)]
        case .readReleases:
            return [.releasesRead(.success((releases: state.document.releases, authors: [])))]
        case .numberBadges, .readArrivals, .takeIn:
            return []
        case .makeRelease(let name, let note):
            let r = Release(number: (state.document.releases.last?.number ?? 0) + 1, name: name, note: note, at: "",
                            by: "memory", sessions: state.plan.releasedSessions())
            return [.releaseMade(.success(r))]
        case .writeCalendar(let path, _):
            return [.fileWritten(path: path, preview: nil, .failure(Files.Problem(.missing, path)))]
        case .writeFile(let path, _, let preview, _):
            return [
                .fileWritten(
                    path: path, preview: preview, .failure(Files.Problem(.missing, path)))
            ]
        case .startBackgroundRead(let purpose):
            return [
                .loaded(purpose, .success(
                    PlanModel(plan: state.plan, policy: state.document.policy, language: state.language)))
            ]
        case .awaitBackgroundRead(let then):
            return [then]
        }
    }

    /// A merge, a keep-apart or an acknowledgement, as the store would answer it.
    mutating func step(_ step: UndoStep, _ direction: StepDirection, _ plan: EventPlan)
        -> Result<StepOutcome, StoreFailure> {
        let refused = Result<StepOutcome, StoreFailure>.failure(StoreFailure(StoreError.changedSinceMerge(0)))
        switch (step, direction) {
        case (.merge(let kept, let other), .undo):
            guard let i = merges.lastIndex(where: { $0.after.person.id == kept.id }) else { return refused }
            let (k, m, o) = merges.remove(at: i)
            guard let changes = PersonRecord.unmerge(before: k, after: m, removed: o, now: plan.record(of: kept.id),
                                                     removedIsBack: plan.people.contains { $0.id == other.id })
            else { return refused }
            return .success(.merged(PeopleMerge(changes: changes, kept: k.person, other: o.person)))
        case (.merge(let kept, let other), _):
            guard let k = plan.record(of: kept.id), let o = plan.record(of: other.id),
                  let (changes, m) = PersonRecord.merging(k, o)
            else { return refused }
            merges.append((k, m, o))
            return .success(.merged(PeopleMerge(changes: changes, kept: m.person, other: o.person)))
        case (.keepApart(let a, let b), .undo):
            keptApart.remove(KeptApart(a.uid, b.uid))
            return .success(.nothing)
        case (.keepApart(let a, let b), _):
            keptApart.insert(KeptApart(a.uid, b.uid))
            return .success(.nothing)
        case (.acknowledge(let key, let reason), .act), (.acknowledge(let key, let reason), .redo),
             (.withdraw(let key, let reason), .undo):
            return .success(.acknowledgement(key: key, Acknowledgement(reason: reason, by: "memory", at: "")))
        case (.acknowledge(let key, _), .undo), (.withdraw(let key, _), _):
            return .success(.acknowledgement(key: key, nil))
        case (.changes, _):
            return .success(.nothing)
        }
    }

    /// A new row gets the next id; its roles and sign-ups follow it.
    mutating func stamp(_ change: Change) -> Change {
        next += 1
        switch change {
        case .session(nil, var after?) where after.session.id == ID(0):
            after.session.id = ID(next)
            after.session.uid = "memory-\(next)"
            after.roles = after.roles.map { SessionRole(session: ID(next), person: $0.person, role: $0.role) }
            return .session(before: nil, after: after)
        case .person(nil, var after?) where after.person.id == ID(0):
            after.person.id = ID(next)
            after.person.uid = "memory-\(next)"
            after.roles = after.roles.map { SessionRole(session: $0.session, person: ID(next), role: $0.role) }
            after.registration?.person = ID(next)
            return .person(before: nil, after: after)
        case .room(nil, var after?) where after.room.id == ID(0):
            after.room.id = ID(next)
            after.room.uid = "memory-\(next)"
            return .room(before: nil, after: after)
        case .site(nil, var after?) where after.id == ID(0):
            after.id = ID(next)
            after.uid = "memory-\(next)"
            return .site(before: nil, after: after)
        case .vehicle(nil, var after?) where after.vehicle.id == ID(0):
            after.vehicle.id = ID(next)
            after.vehicle.uid = "memory-\(next)"
            return .vehicle(before: nil, after: after)
        case .run(nil, var after?) where after.id == ID(0):
            after.id = ID(next)
            after.uid = "memory-\(next)"
            return .run(before: nil, after: after)
        case .roomBlock(nil, var after?) where after.block.id == ID(0):
            after.block.id = ID(next)
            after.block.uid = "memory-\(next)"
            after.assignments = after.assignments.map { var a = $0; a.block = ID(next); return a }
            return .roomBlock(before: nil, after: after)
        case .roomAssignment(nil, var after?) where after.id == ID(0):
            after.id = ID(next)
            after.uid = "memory-\(next)"
            if after.key.isEmpty { after.key = "memory-\(next)" }
            return .roomAssignment(before: nil, after: after)
        default:
            return change
        }
    }
}
