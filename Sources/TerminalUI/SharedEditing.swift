import PlanningCore
import PlanningStore

/// Other people editing the same database: their changes come in while this UI is open, and
/// a save that would overwrite theirs stops and asks.
extension AppState {
    /// Someone else committed: read the event again on the other thread, and take it when it is
    /// in, keeping this person's cursor, sort, search, grid position and any open form; the UI
    /// goes on meanwhile (a 100,000-attendee event takes most of a second to read). Deferred while
    /// a session is being dragged.
    public mutating func othersChanged() {
        guard grid.moving == nil else { pendingReload = true; return }
        startLoading(loader?.purpose ?? .refresh)
    }

    mutating func reloadFromStore() {
        guard let store else { return }
        do {
            let selected = selectedKeys()
            plan = try store.plan(plan.event.id)
            policy = try store.findingPolicy(plan.event.id)
            engine = ConflictEngine(plan)
            refresh(selected: selected)
            pendingReload = false
            // What was being read in the background is older than this.
            loader = nil
            // The event it replaced may have been built on the loading thread, whose heap this
            // thread does not reuse.
            HeapTrim.releaseFreedMemory()
        } catch {
            message = T.cannotSave.text(language, "\(error)")
        }
    }

    /// Keys of the "someone else changed this" dialog.
    mutating func handleConflict(_ key: Key, mine: Change, theirs: Change) {
        switch key {
        case .char("k"), .char("K"):
            mode = .normal
            commit([EditMerge.keepMine(mine, theirs: theirs)], done: .saved)
        case .char("m"), .char("M"):
            guard let merged = EditMerge.merged(mine, theirs: theirs) else { return }
            mode = .normal
            commit([merged], done: .saved)
        case .char("t"), .char("T"), .escape:
            mode = .normal
            reloadFromStore()
            message = T.tookTheirs.text(language)
        default:
            return
        }
        if case .conflict = mode { return }
        // Whatever was chosen, show the event as it now is in the database.
        let keep = message
        reloadFromStore()
        message = keep
    }
}
