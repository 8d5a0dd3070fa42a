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

/// What a pane's key does: the commands of the panes' key tables (`Pane.bindings`). Each says
/// what `?` calls it and what kind of thing it does; both are exhaustive switches, so a new
/// action does not build until it has them.
enum Action: Hashable {
    case pane(Pane), nextPane, previousPane, up, down, pageUp, pageDown, home, end
    case add, edit, delete, undo, redo, search, nextMatch, previousMatch, sort, reverseSort, help, quit
    case addRole, removeRole, acknowledge, withdrawAcknowledgement, severityFilter, codeFilter, jump, importList
    case export, duplicates
    case left, right, previousDay, nextDay, zoomIn, zoomOut, moveSession, findSlot, trackFilter, personFilter
    case solve, releaseChanges, seating
    /// The grid's own: a session at the cursor, searching sessions, going from clash to clash.
    case addAtCursor, searchSessions, nextClash, previousClash
    /// The Transport pane's: its next list, a passenger moved or taken off a run, the plan.
    case transportList, movePassenger, removePassenger, planTransport
    /// The Sessions pane's: a meal's banquet tables.
    case tables
    /// The Rooms pane's: its other list, a guest into a room, two guests' rooms swapped, the assigner.
    case roomsList, moveGuest, swapRooms, assignRooms

    /// What an action does to the event and the world, one kind each.
    enum Kind {
        /// Moves about or changes the view over what is already read.
        case looks
        /// Changes the view, but picks from the whole event (every person), so it waits for the
        /// attendees; a database that may only be read still allows it.
        case filters
        /// Leads to a change of the event (a read-only database offers none).
        case changes
        /// Writes files (an export).
        case writesFiles
    }

    var kind: Kind {
        switch self {
        case .pane, .nextPane, .previousPane, .up, .down, .pageUp, .pageDown, .home, .end, .search, .nextMatch,
            .previousMatch, .sort, .reverseSort, .help, .quit, .jump, .left, .right, .previousDay, .nextDay, .zoomIn,
            .zoomOut, .severityFilter, .codeFilter, .releaseChanges, .searchSessions, .nextClash, .previousClash,
            .transportList, .roomsList:
            .looks
        case .trackFilter, .personFilter:
            .filters
        case .add, .edit, .delete, .undo, .redo, .addRole, .removeRole, .acknowledge, .withdrawAcknowledgement,
            .importList, .moveSession, .findSlot, .duplicates, .solve, .seating, .addAtCursor, .movePassenger,
            .removePassenger, .planTransport, .tables, .moveGuest, .swapRooms, .assignRooms:
            .changes
        case .export:
            .writesFiles
        }
    }

    /// How `?` describes it.
    var help: UIWords {
        switch self {
        case .pane: .keyPanes
        case .nextPane: .keyNextPane
        case .previousPane: .keyPrevPane
        case .up: .keyUp
        case .down: .keyDown
        case .pageUp, .pageDown: .keyPage
        case .home, .end: .keyHomeEnd
        case .add: .keyAdd
        case .edit: .keyEdit
        case .delete: .keyDelete
        case .undo: .keyUndo
        case .redo: .keyRedo
        case .search: .keySearch
        case .nextMatch: .keyNext
        case .previousMatch: .keyPrev
        case .sort: .keySort
        case .reverseSort: .keyReverse
        case .help: .keyHelp
        case .quit: .keyQuit
        case .addRole: .keyAddRole
        case .removeRole: .keyRemoveRole
        case .acknowledge: .keyAck
        case .withdrawAcknowledgement: .keyWithdraw
        case .severityFilter: .keySeverityFilter
        case .codeFilter: .keyCodeFilter
        case .jump: .keyJump
        case .importList: .keyImport
        case .export: .keyExport
        case .duplicates: .keyDuplicates
        case .left: .keyLeft
        case .right: .keyRight
        case .previousDay, .nextDay: .keyDay
        case .zoomIn, .zoomOut: .keyZoom
        case .moveSession: .keyMove
        case .findSlot: .keyFindSlot
        case .trackFilter: .keyTrack
        case .personFilter: .keyPerson
        case .solve: .keySolve
        case .releaseChanges: .keyChanges
        case .seating: .keySeating
        case .addAtCursor: .keyGridAdd
        case .searchSessions: .keyGridSearch
        case .nextClash: .keyNextClash
        case .previousClash: .keyPrevClash
        case .transportList: .keyTransportList
        case .movePassenger: .keyMovePassenger
        case .removePassenger: .keyRemovePassenger
        case .planTransport: .keyPlanTransport
        case .tables: .keyTables
        case .roomsList: .keyRoomsList
        case .moveGuest: .keyMoveGuest
        case .swapRooms: .keySwapRooms
        case .assignRooms: .keyAssignRooms
        }
    }

    /// Leads to a change of the event: a read-only database offers none.
    var changes: Bool { kind == .changes }

    /// Starts nothing that could save or export and needs nothing beyond what is read: it does
    /// not wait for the attendees.
    var onlyLooks: Bool { kind == .looks }
}
