/// A key or mouse event, as the backend reports it and the update function reads it.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, given as the lower-case letter.
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end, enter, tab, backTab, backspace, delete, escape
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheelUp, wheelDown
}

/// One entry of a pane's key table: what the program does, and what `?` shows.
struct Binding {
    var keys: [Key]
    var label: String
    var help: T
    var action: Action
}

enum Action: Hashable {
    case pane(Pane), nextPane, previousPane, up, down, pageUp, pageDown, home, end
    case add, edit, delete, undo, redo, search, nextMatch, previousMatch, sort, reverseSort, help, quit
    case addRole, removeRole, acknowledge, jump, importList
    case export
    case left, right, previousDay, nextDay, zoomIn, zoomOut, moveSession, findSlot, trackFilter, personFilter

    /// Moves about or changes the view, and starts nothing that could save or export.
    /// Whether the action leads to a change of the event (a read-only database offers none).
    var changes: Bool {
        switch self {
        case .add, .edit, .delete, .undo, .redo, .addRole, .removeRole, .acknowledge, .importList, .moveSession, .findSlot: return true
        default: return false
        }
    }

    var onlyLooks: Bool {
        switch self {
        case .pane, .nextPane, .previousPane, .up, .down, .pageUp, .pageDown, .home, .end, .search, .nextMatch,
             .previousMatch, .sort, .reverseSort, .help, .quit, .jump, .left, .right, .previousDay, .nextDay, .zoomIn, .zoomOut:
            return true
        case .add, .edit, .delete, .undo, .redo, .addRole, .removeRole, .acknowledge, .importList, .export, .moveSession,
             .findSlot, .trackFilter, .personFilter:
            return false
        }
    }
}

extension Pane {
    /// The key table of this pane: the program dispatches through it and `?` lists it.
    var bindings: [Binding] {
        var b: [Binding] = [
            Binding(keys: Pane.allCases.map { .char(Character(String($0.rawValue))) }, label: "1–6", help: .keyPanes, action: .pane(.venues)),
            Binding(keys: [.tab], label: "Tab", help: .keyNextPane, action: .nextPane),
            Binding(keys: [.backTab], label: "Shift-Tab", help: .keyPrevPane, action: .previousPane),
            Binding(keys: [.up, .char("k")], label: "↑ k", help: .keyUp, action: .up),
            Binding(keys: [.down, .char("j")], label: "↓ j", help: .keyDown, action: .down),
            Binding(keys: [.pageUp, .pageDown], label: "PgUp PgDn", help: .keyPage, action: .pageDown),
            Binding(keys: [.home, .end], label: "Home End", help: .keyHomeEnd, action: .home),
        ]
        switch self {
        case .conflicts:
            b += [Binding(keys: [.enter], label: "Enter", help: .keyJump, action: .jump),
                  Binding(keys: [.char("a")], label: "a", help: .keyAck, action: .acknowledge)]
        case .schedule:
            b += [Binding(keys: [.left, .char("h")], label: "← h", help: .keyLeft, action: .left),
                  Binding(keys: [.right, .char("l")], label: "→ l", help: .keyRight, action: .right),
                  Binding(keys: [.char("["), .char("]")], label: "[ ] PgUp PgDn", help: .keyDay, action: .nextDay),
                  Binding(keys: [.char("+"), .char("="), .char("-")], label: "+ -", help: .keyZoom, action: .zoomIn),
                  Binding(keys: [.enter, .char("e")], label: "Enter e", help: .keyEdit, action: .edit),
                  Binding(keys: [.char("a")], label: "a", help: .keyGridAdd, action: .add),
                  Binding(keys: [.char("m")], label: "m", help: .keyMove, action: .moveSession),
                  Binding(keys: [.char("f")], label: "f", help: .keyFindSlot, action: .findSlot),
                  Binding(keys: [.char("t")], label: "t", help: .keyTrack, action: .trackFilter),
                  Binding(keys: [.char("p")], label: "p", help: .keyPerson, action: .personFilter),
                  Binding(keys: [.char("n")], label: "n", help: .keyNextClash, action: .nextMatch),
                  Binding(keys: [.char("N")], label: "N", help: .keyPrevClash, action: .previousMatch),
                  Binding(keys: [.char("/")], label: "/", help: .keyGridSearch, action: .search)]
        default:
            b += [Binding(keys: [.char("a")], label: "a", help: .keyAdd, action: .add),
                  Binding(keys: [.char("e"), .enter], label: "e Enter", help: .keyEdit, action: .edit),
                  Binding(keys: [.char("d")], label: "d", help: .keyDelete, action: .delete)]
        }
        if self == .attendees {
            b += [Binding(keys: [.char("i")], label: "i", help: .keyImport, action: .importList)]
        }
        if self == .sessions {
            b += [Binding(keys: [.char("r")], label: "r", help: .keyAddRole, action: .addRole),
                  Binding(keys: [.char("R")], label: "R", help: .keyRemoveRole, action: .removeRole)]
        }
        b += [
            Binding(keys: [.char("u")], label: "u", help: .keyUndo, action: .undo),
            Binding(keys: [.ctrl("r")], label: "Ctrl-R", help: .keyRedo, action: .redo),
        ]
        // The grid has its own n, N and / (above) and no columns to sort: one meaning per key.
        if self != .schedule {
            b += [
                Binding(keys: [.char("/")], label: "/", help: .keySearch, action: .search),
                Binding(keys: [.char("n")], label: "n", help: .keyNext, action: .nextMatch),
                Binding(keys: [.char("N")], label: "N", help: .keyPrev, action: .previousMatch),
                Binding(keys: [.char("s")], label: "s", help: .keySort, action: .sort),
                Binding(keys: [.char("S")], label: "S", help: .keyReverse, action: .reverseSort),
            ]
        }
        b += [
            Binding(keys: [.char("x")], label: "x", help: .keyExport, action: .export),
            Binding(keys: [.char("?")], label: "?", help: .keyHelp, action: .help),
            Binding(keys: [.char("q"), .ctrl("c")], label: "q", help: .keyQuit, action: .quit),
        ]
        return b
    }

    /// The action a key means in this pane, from the same table `?` shows.
    func action(for key: Key) -> Action? {
        if case .char(let c) = key, let n = c.wholeNumberValue, let p = Pane(rawValue: n) { return .pane(p) }
        switch key {
        case .pageUp: return .pageUp
        case .end: return .end
        case .char("["): return self == .schedule ? .previousDay : nil
        case .char("-"): return self == .schedule ? .zoomOut : nil
        default: break
        }
        return bindings.first { $0.keys.contains(key) }?.action
    }
}
