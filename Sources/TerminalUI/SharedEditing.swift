import PlanningCore

/// Other people editing the same database: their changes come in while this UI is open, and
/// a save that would overwrite theirs stops and asks.
extension AppState {
    /// Someone else committed: read the event again on the other thread, and take it when it is
    /// in, keeping this person's cursor, sort, search, grid position and any open form; the UI
    /// goes on meanwhile (a 100,000-attendee event takes most of a second to read). Deferred while
    /// a session is being dragged.
    mutating func othersChanged() {
        guard view.grid.moving == nil else { document.pendingReload = true; return }
        startLoading(document.loading ?? .refresh)
    }

    /// The event as the database has it now, read at once (after taking theirs, or a failure).
    mutating func reloaded(_ result: Result<(plan: EventPlan, policy: FindingPolicy), StoreFailure>) {
        switch result {
        case .success(let stored): adoptStored(stored.plan, stored.policy)
        case .failure(let error): message = UIText.cannotSave.text(language, error.text(language))
        }
    }

    /// Takes the event as read from the store in place of the one shown.
    mutating func adoptStored(_ stored: EventPlan, _ storedPolicy: FindingPolicy) {
        let selected = selectedKeys()
        plan = stored
        document.policy = storedPolicy
        document.engine = ConflictEngine(plan)
        refresh(selected: selected)
        document.pendingReload = false
        // What was being read in the background is older than this (the runner dropped it).
        document.loading = nil
    }
}
