import PlanningCore

/// Moving a session in the grid: dragging it with live clashes, placing it as one undoable
/// change, or sending it to a free slot.
/// Move mode's key table: `?` and the bottom line show it while a session is being moved.
enum GridMove {
    enum Command { case earlier, later, left, right, previousDay, nextDay, shorter, longer, place, putBack }

    static let bindings: [Binding<Command>] = [
        Binding([.up, .char("k")], "↑ ↓ k j", .keyMoveTime, hint: .moveHintArrows, .earlier),
        Binding([.down, .char("j")], "", .keyMoveTime, .later),
        Binding([.left, .char("h")], "← → h l", .keyMoveRoom, .left),
        Binding([.right, .char("l")], "", .keyMoveRoom, .right),
        Binding([.char("<")], "< >", .keyMoveLength, hint: .moveHintLength, .shorter),
        Binding([.char(">")], "", .keyMoveLength, .longer),
        Binding([.char("["), .pageUp], "[ ] PgUp PgDn", .keyDay, hint: .hintDay, .previousDay),
        Binding([.char("]"), .pageDown], "", .keyDay, .nextDay),
        Binding([.enter], "Enter", .keyMovePlace, hint: .moveHintPlace, .place),
        Binding([.escape], "Esc", .keyMovePutBack, hint: .moveHintPutBack, .putBack),
    ]
}

extension AppState {
    /// Keys while a session is being moved: it follows the arrows in zoom steps and across
    /// rooms, its clashes are recomputed on every step; Enter places it, Esc puts it back.
    mutating func handleMove(_ key: Key) {
        guard var moving = view.grid.moving, let command: GridMove.Command = GridMove.bindings.command(for: key) else {
            return
        }
        let model = gridModel
        var s = moving.current
        let z = view.grid.zoom
        switch command {
        case .earlier: shift(&s, by: -z)
        case .later: shift(&s, by: z)
        case .left, .right:
            let current = s.room.flatMap { r in model.rooms.firstIndex { plan.rooms[$0].id == r } } ?? view.grid.column
            let next = max(0, min(model.rooms.count - 1, current + (command == .left ? -1 : 1)))
            guard next < model.rooms.count else { return }
            s.room = plan.rooms[model.rooms[next]].id
            view.grid.column = next
        case .previousDay, .nextDay:
            let by = command == .previousDay ? -1 : 1
            let day = view.grid.day + by
            guard day >= 0, day < plan.event.days.count else { return }
            shift(&s, by: by * 1440)
            view.grid.day = day
        case .shorter: if let a = s.start, let b = s.end, b.minutes - a.minutes > z { s.end = b.adding(minutes: -z) }
        case .longer: if let b = s.end { s.end = b.adding(minutes: z) }
        case .place, .putBack:
            view.grid.moving = nil
            if command == .place { placeMoved(moving) } else {
                previewMove(moving.original)
                message = UIWords.gridPutBack.text(language)
            }
            if document.pendingReload { document.pendingReload = false; othersChanged() }
            return
        }
        moving.current = s
        view.grid.moving = moving
        if let a = s.start { view.grid.minute = (a.minutes - LocalDateTime(date: gridModel.day).minutes) / z * z }
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
        guard let i = document.catalog.sessionIndex[s.id] else { return }
        plan.sessions[i] = s
        document.words.update(s)
        do {
            document.applyFindingDelta(try document.engine.apply(.updateSession(s)))
        } catch {
            document.engine = ConflictEngine(plan)
            refresh()
        }
    }

    /// Stores the moved session as one undoable change.
    mutating func placeMoved(_ moving: GridState.Moving) {
        guard moving.current != moving.original, var after = plan.record(of: moving.current.id) else {
            previewMove(moving.original)
            return
        }
        after.session = moving.current
        var before = after
        before.session = moving.original
        emit(.save([.session(before: before, after: after)], .gridMove(original: moving.original)))
    }

    /// Puts the grid's cursor on a session (after it moved somewhere else).
    mutating func focusGrid(on s: Session) {
        guard s.start != nil else { return }
        view.grid.focused = s.id
        focusGrid(on: SessionPlace(s))
    }

    /// Puts the grid's cursor at a room and time: its day, its room's column, its first row.
    mutating func focusGrid(on p: SessionPlace) {
        guard let a = p.start else { return }
        let day = plan.event.programmeDay(of: a)
        if let d = plan.event.days.firstIndex(of: day) { view.grid.day = d }
        let model = gridModel
        if let r = p.room.flatMap({ document.catalog.roomIndex[$0] }), let c = model.rooms.firstIndex(of: r) {
            view.grid.column = c
        }
        view.grid.minute = (a.minutes - model.midnight) / view.grid.zoom * view.grid.zoom
        view.grid.top = nil
        keepGridCursorVisible()
    }
}

extension Document {
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
}
