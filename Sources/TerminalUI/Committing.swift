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

    mutating func undo() {
        guard let group = undoStack.popLast() else { message = T.nothingToUndo.text(language); return }
        _ = write(group.reversed().map(\.inverse))
        redoStack.append(group)
        message = T.undone.text(language)
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
