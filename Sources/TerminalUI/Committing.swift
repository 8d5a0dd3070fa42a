import PlanningCore
import PlanningStore

/// Every change a person makes goes through here: saved at once, brought into the plan and the
/// engine, and kept for undo and redo.
extension AppState {
    /// Saves changes at once (each user action is one transaction, or one per new site), then
    /// brings the plan, the engine and the findings along. Nothing waits for a "save" step.
    mutating func commit(_ changes: [Change], done: T) {
        guard let applied = write(changes) else { return }
        undoStack.append(applied)
        redoStack.removeAll()
        message = done.text(language, describe(applied.last))
    }

    mutating func write(_ changes: [Change]) -> [Change]? {
        // A large group (undoing an import of thousands) goes in one transaction and the event
        // is read again: bringing it in change by change would take minutes.
        if changes.count > 200, let store {
            do {
                let applied = try store.apply(changes, event: plan.event.id)
                reloadFromStore()
                return applied
            } catch {
                message = T.cannotSave.text(language, "\(error)")
                reloadFromStore()
                return nil
            }
        }
        var applied: [Change] = []
        defer { if !applied.isEmpty { wroteToStore() } }
        var newSite: ID<Site>?
        do {
            for var change in changes {
                if case .room(nil, var after?) = change, after.room.site == ID(0), let newSite {
                    after.room.site = newSite
                    change = .room(before: nil, after: after)
                }
                let stored = try store?.apply(change, event: plan.event.id) ?? change
                if case .site(nil, let site?) = stored { newSite = site.id }
                applied.append(stored)
                absorb(stored)
            }
        } catch StoreError.editConflict(let theirs) {
            // Nothing of this change was saved; the person chooses how to go on.
            if let mine = changes.dropFirst(applied.count).first { mode = .conflict(mine: mine, theirs: theirs) }
            refresh()
            return applied.isEmpty ? nil : applied
        } catch {
            message = T.cannotSave.text(language, "\(error)")
            return applied.isEmpty ? nil : applied
        }
        refresh()
        return applied
    }

    /// Brings one stored change into the plan and the engine.
    private mutating func absorb(_ change: Change) {
        for edit in plan.apply(change) {
            do { try engine.apply(edit) } catch {
                // The engine disagreeing with the plan would show wrong findings: start it afresh.
                engine = ConflictEngine(plan)
                return
            }
        }
    }

    /// Takes back only the fields this person's change touched, on the rows as they are now: a
    /// colleague's rename since this person's move stays. Where a colleague changed one of those
    /// same fields since, it asks first, showing both values.
    mutating func undo() {
        guard let group = undoStack.popLast() else { message = T.nothingToUndo.text(language); return }
        var inverse: [Change] = []
        for change in group.reversed() {
            let back = change.inverse
            guard let now = currentImage(of: back), let rebased = EditMerge.merged(back, theirs: now) else {
                inverse.append(back)
                continue
            }
            if EditMerge.fields(back, theirs: now).contains(where: \.clashes) {
                // What came before in the group is written; this one waits for the person.
                if !inverse.isEmpty { _ = write(inverse) }
                mode = .conflict(mine: rebased, theirs: now)
                message = nil
                return
            }
            inverse.append(rebased)
        }
        _ = write(inverse)
        if case .conflict = mode { return }
        redoStack.append(group)
        message = T.undone.text(language)
    }

    /// The row a change's before-image stands for, as this UI now has it, when it differs from
    /// that image (someone else changed it since); nil when it is unchanged or gone.
    func currentImage(of change: Change) -> Change? {
        switch change {
        case .session(let b?, _):
            guard let now = plan.record(of: b.session.id), now.session != b.session else { return nil }
            return .session(before: b, after: now)
        case .person(let b?, _):
            guard let now = plan.record(of: b.person.id), now.person != b.person || now.registration != b.registration else { return nil }
            return .person(before: b, after: now)
        case .room(let b?, _):
            guard let now = plan.record(of: b.room.id), now.room != b.room else { return nil }
            return .room(before: b, after: now)
        case .site(let b?, _):
            guard let now = plan.sites.first(where: { $0.id == b.id }), now != b else { return nil }
            return .site(before: b, after: now)
        default:
            return nil
        }
    }

    mutating func redo() {
        guard let group = redoStack.popLast() else { message = T.nothingToRedo.text(language); return }
        _ = write(group)
        undoStack.append(group)
        message = T.redone.text(language)
    }

    private func describe(_ change: Change?) -> String {
        switch change {
        case .session(let b, let a): return (a ?? b)?.session.title ?? ""
        case .person(let b, let a): return (a ?? b)?.person.name ?? ""
        case .room(let b, let a): return (a ?? b)?.room.name ?? ""
        case .site(let b, let a): return (a ?? b)?.name ?? ""
        case .role(let b, let a): return (a ?? b).flatMap { r in catalog.personIndex[r.person].map { plan.people[$0].name } } ?? ""
        case nil: return ""
        }
    }
}
