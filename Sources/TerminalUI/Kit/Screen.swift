import PlanningCore

/// One entry of a key table: its keys, how `?` and the bottom line name them, and what they do.
/// Screens dispatch through their tables, so the help says what the keys do.
struct Binding<Command> {
    var keys: [Key]
    /// The keys as `?` names them; empty: listed with the entry before (PgDn after PgUp).
    var label: String
    var help: UIWords
    /// The bottom line's few words for it; nil: only `?` lists it.
    var hint: UIWords?
    /// Which hints a narrow bar keeps: the lower, the sooner (as tig's request table carries each
    /// key's help); among equals, the table's order.
    var rank: Int
    var command: Command

    init(_ keys: [Key], _ label: String, _ help: UIWords, hint: UIWords? = nil, rank: Int = 1, _ command: Command) {
        self.keys = keys
        self.label = label
        self.help = help
        self.hint = hint
        self.rank = rank
        self.command = command
    }

    /// A dialog's key: its hint is all it says (dialogs have no `?` list).
    init(_ keys: [Key], hint: UIWords, rank: Int = 1, _ command: Command) {
        self.init(keys, "", hint, hint: hint, rank: rank, command)
    }
}

extension Binding where Command == Action {
    /// A pane's key: `?` describes it as its action says (`Action.help`).
    init(_ keys: [Key], _ label: String, hint: UIWords? = nil, rank: Int = 1, _ action: Action) {
        self.init(keys, label, action.help, hint: hint, rank: rank, action)
    }
}

/// A bar of key hints that fits its width: whole hints only, the most important first, shown in
/// their table's order. Cutting the end of the line lost the keys that happened to come last
/// (`F 自动调整` at 80 columns); `?` lists them all, so its hint is always kept. A hint that does
/// not fit keeps every less important one out too (those of its own rank may still fill): a short
/// `u undo` taking the place of a longer `f free slots` made the English bar keep other keys than
/// the Chinese one.
enum HintBar {
    struct Hint {
        var text: String
        var rank: Int
    }

    static func fit(_ hints: [Hint], width: Int, separator: String) -> String {
        let order = hints.indices.sorted { (hints[$0].rank, $0) < (hints[$1].rank, $1) }
        var chosen = Set<Int>()
        var used = 0
        var skipped: Int?
        let gap = DisplayWidth.of(separator)
        for i in order {
            if let r = skipped, hints[i].rank > r { break }
            let w = DisplayWidth.of(hints[i].text) + (chosen.isEmpty ? 0 : gap)
            if used + w <= width { chosen.insert(i); used += w } else if skipped == nil { skipped = hints[i].rank }
        }
        return hints.indices.filter(chosen.contains).map { hints[$0].text }.joined(separator: separator)
    }
}

extension Binding: Sendable where Command: Sendable {}

extension Array {
    /// What a key means in this table.
    func command<C>(for key: Key) -> C? where Element == Binding<C> { first { $0.keys.contains(key) }?.command }

    /// The bottom line of a dialog: the hints of its table, in order.
    func hintLine<C>(_ language: Language) -> String where Element == Binding<C> {
        compactMap { $0.hint?.text(language) }.joined(separator: " · ")
    }

    /// The hints of this table that fit `width` cells, by rank (`HintBar`).
    func hintLine<C>(_ language: Language, width: Int, separator: String = " · ") -> String
    where Element == Binding<C> {
        HintBar.fit(
            compactMap { b in b.hint.map { HintBar.Hint(text: $0.text(language), rank: b.rank) } }, width: width,
            separator: separator)
    }
}

/// A dialog or mode shown over the panes (a form, a question, the help, a preview…), each in a
/// file of its own holding its state (the value of its `Mode` case), its key table and its
/// drawing. A new screen is a new file and one line in `Mode.screen`.
protocol Screen {
    associatedtype Command
    func bindings(_ s: AppState) -> [Binding<Command>]
    func draw(_ g: inout CellGrid, _ s: AppState)
    /// This screen as the mode that shows it.
    var shown: Mode { get }
    /// A key: what to show next (this screen changed, another, or `.normal`).
    func take(_ key: Key, _ s: inout AppState) -> Mode
}

/// What a key on a dialog comes to: what to show next, what the world is asked to do, and what
/// the status bar says. The dialog reads the state; it changes none of it itself.
struct Outcome {
    var mode: Mode
    var effects: [Effect] = []
    var message: String?
    /// The person said to quit (with a form's text unsaved).
    var quit = false

    init(_ mode: Mode, _ effects: [Effect] = [], message: String? = nil, quit: Bool = false) {
        self.mode = mode
        self.effects = effects
        self.message = message
        self.quit = quit
    }
}

/// A screen that owns nothing but itself: its keys give an `Outcome`, so it can change only its
/// own value (the next mode) and ask for effects. The way every screen should go.
protocol Dialog: Screen {
    /// A key of its table.
    func perform(_ command: Command, _ s: AppState) -> Outcome
    /// A key its table does not have; by default it does nothing.
    func unbound(_ key: Key, _ s: AppState) -> Outcome
}

extension Dialog {
    func unbound(_ key: Key, _ s: AppState) -> Outcome { Outcome(shown) }

    func take(_ key: Key, _ s: inout AppState) -> Mode {
        let outcome = bindings(s).command(for: key).map { perform($0, s) } ?? unbound(key, s)
        return s.take(outcome)
    }
}

/// A screen that still changes the state beyond its own value (the list's search, the grid's
/// cursor, a form's save), through `inout AppState`.
protocol StateScreen: Screen {
    func perform(_ command: Command, _ s: inout AppState) -> Mode
    /// A key its table does not have (typing into a form); by default it does nothing.
    func unbound(_ key: Key, _ s: inout AppState) -> Mode
}

extension StateScreen {
    func unbound(_ key: Key, _ s: inout AppState) -> Mode { shown }

    func take(_ key: Key, _ s: inout AppState) -> Mode {
        if let c: Command = bindings(s).command(for: key) { return perform(c, &s) }
        return unbound(key, &s)
    }
}

/// What is shown over the panes, if anything.
enum Mode {
    case normal
    case search(SearchPrompt)
    case form(Form)
    case confirm(Confirmation)
    case help(HelpScreen)
    case importPreview(ImportPreview)
    case freeSlots(FreeSlots)
    case exported(ExportedPreview)
    case conflict(ConflictDialog)
    case quitAsked(QuitQuestion)
    case overwrite(OverwriteQuestion)
    case duplicates(DuplicateReview)
    case repair(RepairReview)
    case changes(ChangesView)
    case seating(SeatingEditor)
    case transportPlan(TransportPlanReview)
    case tables(TableEditor)
    case roomPlan(RoomPlanReview)

    /// The registration of every screen.
    var screen: (any Screen)? {
        switch self {
        case .normal: nil
        case .search(let x): x
        case .form(let x): x
        case .confirm(let x): x
        case .help(let x): x
        case .importPreview(let x): x
        case .freeSlots(let x): x
        case .exported(let x): x
        case .conflict(let x): x
        case .quitAsked(let x): x
        case .overwrite(let x): x
        case .duplicates(let x): x
        case .repair(let x): x
        case .changes(let x): x
        case .seating(let x): x
        case .transportPlan(let x): x
        case .tables(let x): x
        case .roomPlan(let x): x
        }
    }
}
