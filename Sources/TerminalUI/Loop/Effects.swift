import PlanningCore
import Codecs
import Interchange

/// What the update asks of the world: the store, files, the loading thread. The update never
/// does these itself; the app loop runs each one (`StoreRunner`) and answers with a `Message`,
/// and a test can answer them with a runner of its own.
enum Effect {
    /// Store changes made by one user action (one transaction, or one per new site).
    case save([Change], SaveIntent)
    /// An action that is not a change of rows (a merge, a keep-apart, an acknowledgement), done,
    /// taken back or done again.
    case step(UndoStep, StepDirection)
    /// Read the event again now (after taking theirs, or after a failed save).
    case reload
    /// Read a registration list for the import dialog.
    case readList(path: String)
    /// Store an import (matched again against the database as it is then).
    case importList(ImportPreview)
    /// Write an export; `preview` is shown after it when given. Without `overwrite`, a file
    /// already there is not touched: the answer is `.fileExists` and the person is asked.
    case writeFile(path: String, bytes: [UInt8], preview: [String]?, overwrite: Bool)
    /// Write a calendar: its entries' numbers go out first (`Store.publishCalendar`), so an entry
    /// changed since it last went out takes the next SEQUENCE, as with `confplan export ical`.
    case writeCalendar(path: String, options: Programme.Options)
    /// Which pairs of people staff said are two, for the duplicates review.
    case readKeptApart
    /// The names in a folder that start a typed path, for Tab in a file field.
    case completePath(String)
    /// Read the whole event on the loading thread, dropping a read already under way.
    case startBackgroundRead(LoadPurpose)
    /// Wait for the read under way, then go on with `then`: what a save needs while the opening
    /// is still reading the attendees.
    case awaitBackgroundRead(then: Message)
    /// Work out a repair of the plan as it is now (`F`), with a line of progress.
    case solve(SolveOptions)
    /// The event's releases, and the change log's recent entries (who changed what since).
    case readReleases
    /// Freeze the programme as it is stored as the next release.
    case makeRelease(name: String, note: String)
    /// Keeps the badge numbers of everyone printed now (`Store.numberBadges`).
    case numberBadges
    /// How many checked in at each session (the desk's 分论坛签到), for the Sessions pane.
    case readArrivals
    /// Take in what others saved since `mark`: new check-ins by their sequence, edits by the rows
    /// the change log names (`Store.takeIn`).
    case takeIn(ChangeMark)
}

/// What a save was for, so its outcome is taken in the right way.
enum SaveIntent {
    /// An edit: the status bar says `done`. `form` is the form it was saved from: what it made (a
    /// new session, room or speaker) is selected, and if someone else's change stops the save,
    /// Esc goes back to it.
    case edit(done: UIWords, form: Form? = nil)
    case undo(group: UndoStep)
    case redo(group: UndoStep)
    /// A session dragged in the grid: if it was not saved, the grid shows it where it was.
    case gridMove(original: Session)
    /// Moves of a repair plan accepted; with `again`, the rest is worked out again after them.
    case repair(again: SolveOptions?)
    /// The runs of a transport plan accepted (`F` in the Transport pane): stored in one
    /// transaction and logged as one entry, as `confplan transport plan --apply` logs it.
    case transportPlan
    /// The rooms of an assignment accepted (`A` in the Rooms pane): one transaction, one entry
    /// of the log, as `confplan rooms assign --apply`.
    case roomPlan
}

/// How a save ended: the changes stored (with the ids the database gave), and what stopped the
/// rest, if anything.
struct SaveOutcome {
    var applied: [Change] = []
    /// Someone else changed the row of the first change not stored: mine and theirs.
    var conflict: (mine: Change, theirs: Change)?
    var error: StoreFailure?
    /// A large group is stored at once and the event read again instead of applied change by change.
    var reloaded: (plan: EventPlan, policy: FindingPolicy)?

    init(applied: [Change] = [], conflict: (mine: Change, theirs: Change)? = nil, error: StoreFailure? = nil,
                reloaded: (plan: EventPlan, policy: FindingPolicy)? = nil) {
        self.applied = applied
        self.conflict = conflict
        self.error = error
        self.reloaded = reloaded
    }
}

/// Everything the update reacts to: a key or a resize from the terminal, the passing of time,
/// and the results of effects.
enum Message {
    case key(Key)
    case resize(width: Int, height: Int)
    /// Someone else saved something (the database's data version moved).
    case othersSaved
    case saved(SaveIntent, SaveOutcome)
    case stepDone(UndoStep, StepDirection, Result<StepOutcome, StoreFailure>)
    case reloaded(Result<(plan: EventPlan, policy: FindingPolicy), StoreFailure>)
    /// The file's bytes, and what earlier imports of its source left (`Store.importMemory`).
    case listRead(path: String, Result<[UInt8], Files.Problem>, memory: ImportMemory = ImportMemory())
    case imported(ImportPreview, before: EventPlan, Result<(roster: RosterImport, plan: EventPlan), StoreFailure>)
    case fileWritten(path: String, preview: [String]?, Result<Void, Files.Problem>)
    case fileExists(path: String, bytes: [UInt8], preview: [String]?)
    case pathCompleted(typed: String, candidates: [String])
    case keptApartRead(Result<Set<KeptApart>, StoreFailure>)
    case loaded(LoadPurpose, Result<PlanModel, StoreFailure>)
    case solved(SolvePlan, SolveOptions)
    case releasesRead(Result<(releases: [Release], authors: [ChangeAuthor]), StoreFailure>)
    case releaseMade(Result<Release, StoreFailure>)
    case arrivalsRead([ID<Session>: Int])
    case tookIn(Result<TakenIn, StoreFailure>)
    /// Only a failure says anything: the badges were written, but their numbers not kept.
    case badgesNumbered(Result<Void, StoreFailure>)
}

/// Who changed a session, and when (ISO 8601 UTC), from the change log: the Changes view's "by".
struct ChangeAuthor: Sendable {
    var at: String
    var user: String
    var subject: String
}

/// An error from the store or the loading thread, as the status bar says it in each language
/// (told when it happens: the error itself stays on the thread that met it).
public struct StoreFailure: Error, CustomStringConvertible, Sendable, Equatable {
    private var said: [Language: String]
    public init(_ error: Error) {
        said = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, explain(error, $0)) })
    }
    public func text(_ lang: Language) -> String { said[lang] ?? said[.en] ?? "" }
    public var description: String { text(.en) }
}

/// Runs effects; `StoreRunner` does it with the database, tests may do it in memory.
protocol EffectRunner {
    mutating func run(_ effect: Effect, state: AppState) -> [Message]
}

extension AppState {
    /// Takes one message and every message the effects it leads to answer with, to the end.
    mutating func send(_ message: Message, to runner: inout some EffectRunner) {
        var queue = [message]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in update(next) { queue += runner.run(effect, state: self) }
        }
    }

    /// The whole behaviour of the UI: a message in, the state changed, the effects out.
    mutating func update(_ message: Message) -> [Effect] {
        receive(message)
        defer { outbox = [] }
        return outbox
    }

    mutating func emit(_ effect: Effect) { outbox.append(effect) }
}
