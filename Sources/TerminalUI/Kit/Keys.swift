/// A key or mouse event, as the backend reports it and the update function reads it.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, given as the lower-case letter.
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end, enter, tab, backTab, backspace, delete, escape
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheelUp, wheelDown
    /// F1–F12: the desk ticks the items handed over with them.
    case function(Int)
}

/// What a pane's key does: the commands of the panes' key tables (`Pane.bindings`).
enum Action: Hashable {
    case pane(Pane), nextPane, previousPane, up, down, pageUp, pageDown, home, end
    case add, edit, delete, undo, redo, search, nextMatch, previousMatch, sort, reverseSort, help, quit
    case addRole, removeRole, acknowledge, withdrawAcknowledgement, severityFilter, codeFilter, jump, importList
    case export, duplicates
    case left, right, previousDay, nextDay, zoomIn, zoomOut, moveSession, findSlot, trackFilter, personFilter
    case solve, releaseChanges, seating

    /// Whether the action leads to a change of the event (a read-only database offers none).
    var changes: Bool {
        switch self {
        case .add, .edit, .delete, .undo, .redo, .addRole, .removeRole, .acknowledge, .importList, .moveSession,
            .findSlot, .duplicates, .solve, .seating:
            return true
        default: return false
        }
    }

    /// Moves about or changes the view, and starts nothing that could save or export.
    var onlyLooks: Bool {
        switch self {
        case .pane, .nextPane, .previousPane, .up, .down, .pageUp, .pageDown, .home, .end, .search, .nextMatch,
            .previousMatch, .sort, .reverseSort, .help, .quit, .jump, .left, .right, .previousDay, .nextDay, .zoomIn,
            .zoomOut, .severityFilter, .codeFilter, .releaseChanges:
            return true
        case .add, .edit, .delete, .undo, .redo, .addRole, .removeRole, .acknowledge, .withdrawAcknowledgement,
            .importList, .export, .moveSession, .findSlot, .trackFilter, .personFilter, .duplicates, .solve,
            .seating:
            return false
        }
    }
}
