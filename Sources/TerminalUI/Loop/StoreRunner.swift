import Foundation
import Codecs
import Interchange
import PlanningCore
import PlanningStore

/// Runs the update's effects with the database, the file system and the loading thread: with
/// the terminal backend, the only part of the UI that does I/O. Each effect's result comes
/// back as a message, at once (the loop takes it before the next key), except the loading
/// thread's, which the loop asks for between keys (`poll`).
final class StoreRunner: EffectRunner {
    let store: Store
    let event: ID<Event>
    let language: Language
    private var loader: PlanLoader?
    /// A whole event was read and handed over: once the state has taken it and let the old one
    /// go, freed memory is handed back (`trimIfReplaced`).
    private var replaced = false
    /// Draws a frame with a line of progress while a long effect (an import) runs.
    var progress: (AppState, String) -> Void = { _, _ in }
    /// The desks' records as last counted: the newest sequence taken in, and each standing
    /// arrival at a session by its record's id, so one taken back later is counted off.
    private var arrivalSequence: Int?
    private var standing: [Int: ID<Session>] = [:]
    private var arrivals: [ID<Session>: Int] = [:]
    /// The newest release as last read.
    private var lastRelease: Release?

    init(store: Store, event: ID<Event>, language: Language) {
        self.store = store
        self.event = event
        self.language = language
    }

    func run(_ effect: Effect, state: AppState) -> [Message] {
        switch effect {
        case .save(let changes, .transportPlan):
            return [.saved(.transportPlan, savePlan(changes, note: .transportPlanned(changes)))]
        case .save(let changes, .roomPlan):
            return [.saved(.roomPlan, savePlan(changes, note: .roomsAssigned(changes)))]
        case .save(let changes, let intent):
            return [.saved(intent, save(changes))]
        case .step(let step, let direction):
            return [run(step, direction, state: state)]
        case .reload:
            loader = nil
            replaced = true
            return [
                .reloaded(
                    Result { (try store.plan(event), try store.findingPolicy(event)) }.mapError(StoreFailure.init))
            ]
        case .readList(let path):
            let memory = (try? store.importMemory(event, source: ListSource.name(ofFile: path))) ?? ImportMemory()
            return [.listRead(path: path, Result { () throws(Files.Problem) in try Files.read(path) }, memory: memory)]
        case .importList(let preview):
            return [importList(preview, state: state)]
        case .writeFile(let path, let bytes, let preview, let overwrite):
            // A name without a folder is written where confplan was started.
            let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            if !overwrite, FileManager.default.fileExists(atPath: full) {
                return [.fileExists(path: full, bytes: bytes, preview: preview)]
            }
            return [
                .fileWritten(
                    path: full, preview: preview,
                    Result { () throws(Files.Problem) in try Files.write(bytes, to: full) }
                )
            ]
        case .writeCalendar(let path, var options):
            do {
                options.sequences = try store.publishCalendar(event, state.plan.releasedSessions())
            } catch {
                // Without its numbers the file would send entries out as 0: it is not written.
                let why = StoreFailure(error).text(state.language)
                return [.fileWritten(path: path, preview: nil, .failure(Files.Problem(.cannotWrite, path, why)))]
            }
            let (bytes, _) = ExportKind.ical.contents(state.plan, options, version: "ui")
            return run(.writeFile(path: path, bytes: bytes, preview: nil, overwrite: false), state: state)
        case .completePath(let typed):
            return [.pathCompleted(typed: typed, candidates: Self.completions(of: typed))]
        case .readKeptApart:
            return [.keptApartRead(Result { try store.keptApart(event) }.mapError(StoreFailure.init))]
        case .startBackgroundRead(let purpose):
            startRead(purpose)
            return []
        case .awaitBackgroundRead(let then):
            return (awaitRead().map { [$0] } ?? []) + [then]
        case .readReleases:
            return [.releasesRead(Result {
                let authors = try store.changeLog(event, limit: 500).compactMap { e in
                    e.note?.subject.map { ChangeAuthor(at: e.at, user: e.user, subject: $0) }
                }
                // Only the newest is shown (the top bar, the Changes view). Every release whole, each
                // a programme of 6,000 sessions, read after each of a release every two seconds, put
                // a UI ever further behind and held them all in memory. A release is never changed,
                // so the one read last is read again only when another is the newest.
                guard let newest = try store.newestRelease(event) else { return ([], authors) }
                if let kept = lastRelease, kept.number == newest.number, kept.at == newest.at {
                    return ([kept], authors)
                }
                lastRelease = try store.releases(event, after: newest.number - 1).first
                return (lastRelease.map { [$0] } ?? [], authors)
            }.mapError(StoreFailure.init))]
        case .readArrivals:
            guard let records = try? store.checkIns(event) else { return [] }
            arrivalSequence = 0
            standing = [:]
            arrivals = [:]
            return [.arrivalsRead(count(records))]
        case .takeIn(let mark):
            // The desks' new records first (as a desk takes in another's), then the log's entries.
            // Never counted yet (a UI not opened behind a whole read): every record is new.
            let counted = (try? store.checkIns(event, after: arrivalSequence ?? 0))
                .flatMap { $0.isEmpty ? nil : [Message.arrivalsRead(count($0))] } ?? []
            return counted + [.tookIn(Result { try store.takeIn(state.plan, since: mark) }.mapError(StoreFailure.init))]
        case .numberBadges:
            return [.badgesNumbered(Result { _ = try store.numberBadges(event) }.mapError(StoreFailure.init))]
        case .makeRelease(let name, let note):
            let made = Result { try store.release(event, name: name, note: note) }
            return [.releaseMade(made.mapError(StoreFailure.init))]
        case .solve(let options):
            let lang = state.language
            // A frame now and then, not one per problem: a thousand frames would cost more than the search.
            var shown = -1
            let plan = state.document.repairPlan(options) { done, total in
                let step = done * 20 / max(1, total)
                guard step != shown else { return }
                shown = step
                let bar = progressBar(done, total, width: 20)
                self.progress(state, UIWords.repairWorking.text(lang, done, total) + " " + bar)
            }
            return [.solved(plan, options)]
        }
    }

    /// Counts records changed since the last count into the arrivals at each session: each record
    /// comes once as it stands now (standing or taken back), and only what was counted is counted off.
    private func count(_ records: [CheckIn]) -> [ID<Session>: Int] {
        for r in records {
            arrivalSequence = max(arrivalSequence ?? 0, r.sequence)
            guard let session = r.session else { continue }
            if r.undone == nil, standing[r.id] == nil {
                standing[r.id] = session
                arrivals[session, default: 0] += 1
            } else if r.undone != nil, let was = standing.removeValue(forKey: r.id) {
                arrivals[was, default: 0] -= 1
                if arrivals[was] == 0 { arrivals[was] = nil }
            }
        }
        return arrivals
    }

    /// Waits until the read under way has finished, leaving its result to be taken.
    func waitUntilRead() { _ = loader?.wait() }

    /// Waits for the read under way, if any, and gives its result.
    func awaitRead() -> Message? {
        guard let loader else { return nil }
        self.loader = nil
        replaced = true
        return .loaded(loader.purpose, loader.wait().mapError(StoreFailure.init))
    }

    /// Called when the messages of one key or read are all taken: glibc keeps a heap per thread
    /// and does not reuse what the loading thread freed, so a large UI would grow with each
    /// reload unless the memory is handed back after the old event is let go.
    func trimIfReplaced() {
        guard replaced else { return }
        replaced = false
        HeapTrim.releaseFreedMemory()
    }

    func startRead(_ purpose: LoadPurpose) {
        loader = PlanLoader(path: store.path, event: event, language: language, purpose: purpose)
    }

    /// The event read on the other thread, once it is in. Not while a session is being dragged:
    /// the drag's engine would be replaced under it.
    func poll(_ state: AppState) -> Message? {
        guard state.view.grid.moving == nil, let loader, let result = loader.poll() else { return nil }
        self.loader = nil
        replaced = true
        return .loaded(loader.purpose, result.mapError(StoreFailure.init))
    }

    /// The store saves the group (`Store.save`); one it stored whole is read again here, since
    /// bringing it in change by change would take minutes.
    private func save(_ changes: [Change]) -> SaveOutcome {
        let group = store.save(changes, event: event)
        var outcome = SaveOutcome(
            applied: group.applied, conflict: group.conflict, error: group.error.map(StoreFailure.init))
        if group.whole {
            outcome.reloaded = try? (store.plan(event), store.findingPolicy(event))
            loader = nil
            replaced = true
        }
        return outcome
    }

    /// A transport plan whole or not at all: someone else's change to one of its runs stops it
    /// (the status line says so) and `F` works it out again on the runs as they are.
    private func savePlan(_ changes: [Change], note: ChangeNote) -> SaveOutcome {
        do {
            return SaveOutcome(
                applied: try store.apply(changes, event: event, note: note, logEach: false))
        } catch {
            return SaveOutcome(error: StoreFailure(error))
        }
    }

    /// Paths that continue `typed` (`~` is the home folder); folders end in `/`.
    static func completions(of typed: String) -> [String] {
        let expanded = (typed as NSString).expandingTildeInPath
        let folder =
            typed.isEmpty || expanded.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let start = typed.isEmpty || expanded.hasSuffix("/") ? "" : (expanded as NSString).lastPathComponent
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        let kept = typed.hasSuffix("/") || typed.isEmpty ? typed : String(typed.dropLast(start.count))
        return listed.filter { $0.hasPrefix(start) && !$0.hasPrefix(".") }.sorted().map { name in
            var isFolder: ObjCBool = false
            let path = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(name)
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            return kept + name + (isFolder.boolValue ? "/" : "")
        }
    }

    /// One transaction, matched again against the database as it is now (someone else may have
    /// changed it since the preview); a frame shows how far it has got.
    private func importList(_ preview: ImportPreview, state: AppState) -> Message {
        let name = (preview.path as NSString).lastPathComponent
        let before = state.plan
        let result = Result { () throws -> (roster: RosterImport, plan: EventPlan) in
            let roster = try store.importRoster(
                event: event, source: name, rows: preview.list.rows, rules: preview.rules,
                progress: { done, total in
                    self.progress(
                        state,
                        UIWords.importProgress.text(self.language, name, done, total) + " "
                            + progressBar(done, total, width: 20))
                })
            // Read after the import, so newer than any read under way.
            loader = nil
            return (roster, try store.plan(event))
        }
        return .imported(preview, before: before, result.mapError(StoreFailure.init))
    }
}

extension StoreRunner {
    /// Does a step that is not a change of rows, or takes it back, with the store.
    func run(_ step: UndoStep, _ direction: StepDirection, state: AppState) -> Message {
        let result = Result { () throws -> StepOutcome in
            switch (step, direction) {
            case (.merge(let kept, let other), .act), (.merge(let kept, let other), .redo):
                let reason = MergeWords.reason.text(state.language, other.name, kept.name)
                return .merged(try store.mergePeople(event, keep: kept.id, other: other.id, reason: reason))
            case (.merge(let kept, _), .undo):
                return .merged(try store.unmergePeople(event, kept.id))
            case (.keepApart(let a, let b), .act), (.keepApart(let a, let b), .redo):
                try store.keepApart(event, a, b)
                return .nothing
            case (.keepApart(let a, let b), .undo):
                try store.forgetKeptApart(event, a, b)
                return .nothing
            case (.acknowledge(let key, let reason), .act), (.acknowledge(let key, let reason), .redo),
                 (.withdraw(let key, let reason), .undo):
                try store.acknowledge(event, key: key, reason: reason)
                return .acknowledgement(key: key, try store.findingPolicy(event).acknowledgements[key])
            case (.acknowledge(let key, _), .undo), (.withdraw(let key, _), .act), (.withdraw(let key, _), .redo):
                try store.withdrawAcknowledgement(event, key: key)
                return .acknowledgement(key: key, nil)
            case (.changes, _):
                return .nothing
            }
        }
        return .stepDone(step, direction, result.mapError(StoreFailure.init))
    }
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
                let (plan, mark) = try store.markedPlan(event)
                return PlanModel(plan: plan, policy: try store.findingPolicy(event), language: language, mark: mark)
            }
        }
    }

    /// The result if the thread has finished.
    func poll() -> Result<PlanModel, Error>? { work.poll() }

    /// Waits for the thread to finish.
    func wait() -> Result<PlanModel, Error> { work.wait() }
}

extension StoreRunner {
    /// Opens an event in two steps: the schedule and its people at once (what the first frame
    /// shows), the attendees behind it. Until they are in, the Attendees pane says it is reading
    /// them and the finding counts say they are incomplete; anything that saves or exports waits
    /// for them first, so nothing is ever written from half an event.
    func opening(language: Language) throws -> AppState {
        // Started first, so the whole read runs on the other core while this one draws.
        startRead(.opening)
        var s = AppState(plan: try store.schedule(event), readOnly: store.isReadOnly, language: language,
                         policy: try store.findingPolicy(event))
        s.document.loading = .opening
        return s
    }
}
