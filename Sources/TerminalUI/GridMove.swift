import PlanningCore

/// Moving a session in the grid: dragging it with live clashes, placing it as one undoable
/// change, or sending it to a free slot.
extension AppState {
    /// Keys while a session is being moved: it follows the arrows in zoom steps and across
    /// rooms, its clashes are recomputed on every step; Enter places it, Esc puts it back.
    mutating func handleMove(_ key: Key) {
        guard var moving = grid.moving else { return }
        let model = gridModel
        var s = moving.current
        let z = grid.zoom
        switch key {
        case .up, .char("k"): shift(&s, by: -z)
        case .down, .char("j"): shift(&s, by: z)
        case .left, .right, .char("h"), .char("l"):
            let step = key == .left || key == .char("h") ? -1 : 1
            let current = s.room.flatMap { r in model.rooms.firstIndex { plan.rooms[$0].id == r } } ?? grid.column
            let next = max(0, min(model.rooms.count - 1, current + step))
            guard next < model.rooms.count else { return }
            s.room = plan.rooms[model.rooms[next]].id
            grid.column = next
        case .char("["), .pageUp, .char("]"), .pageDown:
            let by = key == .char("[") || key == .pageUp ? -1 : 1
            let day = grid.day + by
            guard day >= 0, day < plan.event.days.count else { return }
            shift(&s, by: by * 1440)
            grid.day = day
        case .char("<"): if let a = s.start, let b = s.end, b.minutes - a.minutes > z { s.end = b.adding(minutes: -z) }
        case .char(">"): if let b = s.end { s.end = b.adding(minutes: z) }
        case .enter:
            grid.moving = nil
            placeMoved(moving)
            if pendingReload { pendingReload = false; othersChanged() }
            return
        case .escape:
            grid.moving = nil
            previewMove(moving.original)
            message = T.gridPutBack.text(language)
            if pendingReload { pendingReload = false; othersChanged() }
            return
        default:
            return
        }
        moving.current = s
        grid.moving = moving
        if let a = s.start { grid.minute = (a.minutes - LocalDateTime(date: gridModel.day).minutes) / z * z }
        previewMove(s)
        keepGridCursorVisible()
    }

    private func shift(_ s: inout Session, by minutes: Int) {
        guard let a = s.start, let b = s.end else { return }
        s.start = a.adding(minutes: minutes)
        s.end = b.adding(minutes: minutes)
    }

    /// Shows a session at a trial position: the plan, the engine and the findings follow, the
    /// store does not. The engine's delta updates the findings, so one step costs what the
    /// session's own clashes cost, not what the whole event costs.
    mutating func previewMove(_ s: Session) {
        guard let i = catalog.sessionIndex[s.id] else { return }
        plan.sessions[i] = s
        words.update(s)
        do {
            applyFindingDelta(try engine.apply(.updateSession(s)))
        } catch {
            engine = ConflictEngine(plan)
            refresh()
        }
    }

    /// Brings the findings and their per-session lists along with an engine delta, in place:
    /// removed ones go, added ones are inserted where the report's order puts them.
    mutating func applyFindingDelta(_ delta: FindingDelta) {
        guard !delta.isEmpty else { return }
        let removed = Set(delta.removed)
        if !removed.isEmpty {
            findings.removeAll { removed.contains($0.finding) }
            for id in Set(delta.removed.flatMap(\.sessions)) {
                catalog.findingsBySession[id]?.removeAll { removed.contains($0.finding) }
                if catalog.findingsBySession[id]?.isEmpty == true { catalog.findingsBySession[id] = nil }
            }
        }
        let order = FindingIdentity.order(identity)
        for r in policy.report(delta.added, identity: identity) {
            var low = 0, high = findings.count
            while low < high {
                let mid = (low + high) / 2
                if order(findings[mid], r) { low = mid + 1 } else { high = mid }
            }
            findings.insert(r, at: low)
            if r.isOpen { for id in Set(r.finding.sessions) { catalog.findingsBySession[id, default: []].append(r) } }
        }
    }

    /// Stores the moved session as one undoable change.
    private mutating func placeMoved(_ moving: GridState.Moving) {
        guard moving.current != moving.original, var after = plan.record(of: moving.current.id) else {
            previewMove(moving.original)
            return
        }
        after.session = moving.current
        var before = after
        before.session = moving.original
        emit(.save([.session(before: before, after: after)], .gridMove(original: moving.original)))
    }

    // MARK: free slots

    mutating func handleSlots(_ key: Key, _ id: ID<Session>, _ slots: [SlotSuggestion], _ highlight: Int) {
        switch key {
        case .up, .char("k"): mode = .slots(id, slots, highlight: max(0, highlight - 1))
        case .down, .char("j"): mode = .slots(id, slots, highlight: min(slots.count - 1, highlight + 1))
        case .escape, .char("q"): mode = .normal
        case .enter:
            mode = .normal
            guard let original = plan.sessions.first(where: { $0.id == id }) else { return }
            let slot = slots[highlight]
            var moved = original
            moved.room = slot.room
            moved.start = slot.start
            moved.end = slot.end
            previewMove(moved)
            placeMoved(GridState.Moving(original: original, current: moved))
            focusGrid(on: moved)
        default: break
        }
    }

    /// Puts the grid's cursor on a session (after it moved somewhere else).
    mutating func focusGrid(on s: Session) {
        guard let a = s.start else { return }
        let day = plan.event.programmeDay(of: a)
        if let d = plan.event.days.firstIndex(of: day) { grid.day = d }
        let model = gridModel
        if let i = catalog.sessionIndex[s.id], let c = model.column(of: i) { grid.column = c }
        grid.minute = (a.minutes - model.midnight) / grid.zoom * grid.zoom
        grid.focused = s.id
        grid.top = nil
        keepGridCursorVisible()
    }
}
