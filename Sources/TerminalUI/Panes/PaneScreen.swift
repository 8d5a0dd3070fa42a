import Interchange
import PlanningCore

public enum Pane: Int, CaseIterable, Sendable {
    case venues = 1, sessions, speakers, attendees, schedule, conflicts, transport, rooms

    /// The registration of every pane: the type holding its keys, rows and drawing.
    var screen: any PaneScreen.Type {
        switch self {
        case .venues: VenuesPane.self
        case .sessions: SessionsPane.self
        case .speakers: SpeakersPane.self
        case .attendees: AttendeesPane.self
        case .schedule: SchedulePane.self
        case .conflicts: ConflictsPane.self
        case .transport: TransportPane.self
        case .rooms: RoomsPane.self
        }
    }

    /// The pane's table, when it is a list of rows (all but the grid).
    var table: (any ListPane.Type)? { screen as? any ListPane.Type }

    var title: UIWords { screen.title }

    /// The key table of this pane: what every pane has, with the pane's own in the middle.
    /// The program dispatches through it, `?` lists it and the bottom line shows its hints.
    var bindings: [Binding<Action>] { PaneKeys.head + screen.bindings + PaneKeys.tail }

    /// The action a key means in this pane.
    func action(for key: Key) -> Action? { bindings.command(for: key) }
}

/// One pane under the tabs, in a file of its own: its keys and what they do, its drawing.
/// Keys every pane has (moving, switching panes, undo, help, quit) are `PaneKeys`'; an action
/// the pane does not take is handed back to them.
protocol PaneScreen {
    static var title: UIWords { get }
    /// The pane's own keys, listed between the common ones.
    static var bindings: [Binding<Action>] { get }
    /// One action from the pane's table; false hands it back to what every pane does.
    static func perform(_ action: Action, _ s: inout AppState) -> Bool
    static func draw(_ g: inout CellGrid, _ s: AppState, _ layout: Layout)
}

/// A pane that is a table of rows with the selected row's details beside it.
protocol ListPane: PaneScreen {
    /// The rows before sorting: indexes into the plan's arrays (or the findings).
    static func rows(_ s: AppState) -> [Int]
    static func columns(_ s: AppState) -> [Column]
    static func details(_ s: AppState, row: Int) -> [DetailLine]
    /// What `/` looks in (with its pinyin and initials).
    static func searchText(_ s: AppState, row: Int) -> String
    /// The row's search key; by default its text with the text's pinyin and initials.
    static func searchKey(_ s: AppState, row: Int) -> String
    /// A stable name for the entity on a row, to keep the cursor on it when rows move.
    static func entityKey(_ s: AppState, row: Int) -> String?
}

extension ListPane {
    static func searchKey(_ s: AppState, row: Int) -> String { Pinyin.shared.searchKey(searchText(s, row: row)) }

    static func draw(_ g: inout CellGrid, _ s: AppState, _ layout: Layout) {
        drawTable(&g, s, layout.table, columns(s))
        drawDetails(&g, s, layout) { details(s, row: $0) }
    }
}

/// The keys every pane has, and those every list pane has.
enum PaneKeys {
    static let head: [Binding<Action>] = Pane.allCases.map { p in
        Binding([.char(Character(String(p.rawValue)))], p == .venues ? "1–\(Pane.allCases.count)" : "", .pane(p))
    } + [
        Binding([.tab], "Tab", .nextPane),
        Binding([.backTab], "Shift-Tab", .previousPane),
        Binding([.up, .char("k")], "↑ k", hint: .hintMove, .up),
        Binding([.down, .char("j")], "↓ j", .down),
        Binding([.pageUp], "PgUp PgDn", .pageUp),
        Binding([.pageDown], "", .pageDown),
        Binding([.home], "Home End", .home),
        Binding([.end], "", .end),
    ]

    static let tail: [Binding<Action>] = [
        Binding([.char("u")], "u", hint: .hintUndo, .undo),
        Binding([.ctrl("r")], "Ctrl-R", .redo),
        Binding([.char("x")], "x", .export),
        Binding([.char("?")], "?", hint: .hintHelp, .help),
        Binding([.char("q"), .ctrl("c")], "q", hint: .hintQuit, .quit),
        // Last: on a narrow bar it gives way to help and quit (`?` lists it).
        Binding([.char("C")], "C", hint: .hintChanges, .releaseChanges),
    ]

    /// Adding, editing and deleting rows, in the panes that have them.
    static let editing: [Binding<Action>] = [
        Binding([.char("a")], "a", hint: .hintAdd, .add),
        Binding([.char("e"), .enter], "e Enter", hint: .hintEdit, .edit),
        Binding([.char("d")], "d", hint: .hintDelete, .delete),
    ]

    /// Searching and sorting a list.
    static let list: [Binding<Action>] = [
        Binding([.char("/")], "/", hint: .hintSearch, .search),
        Binding([.char("n")], "n", .nextMatch),
        Binding([.char("N")], "N", .previousMatch),
        Binding([.char("s")], "s", hint: .hintSort, .sort),
        Binding([.char("S")], "S", .reverseSort),
    ]
}
