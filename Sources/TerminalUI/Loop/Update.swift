import Foundation
import PlanningCore

extension AppState {
    /// Every message the UI takes, each to the part that knows it.
    mutating func receive(_ message: Message) {
        switch message {
        case .key(let key): handleKey(key)
        case .resize(let w, let h): handleKey(.resize(width: w, height: h))
        case .othersSaved: othersChanged()
        case .saved(let intent, let outcome): saved(intent, outcome)
        case .stepDone(let step, let direction, let result): stepDone(step, direction, result)
        case .reloaded(let result): reloaded(result)
        case .listRead(let path, let result, let memory):
            guard case .form(let form) = mode else { break }
            mode = ImportPreview.listRead(path, result, memory: memory, form: form, self)
            closing(form)
        case .imported(let preview, let before, let result): imported(preview, before: before, result)
        case .fileWritten(let path, _, let result) where mode.importPreview != nil:
            mode = take(mode.importPreview!.fileWritten(path, result, self))
        case .fileWritten(let path, let preview, let result):
            mode = take(ExportForm.fileWritten(path, preview: preview, result, self))
        case .fileExists(let path, let bytes, let preview) where mode.importPreview != nil:
            // The rows not imported, saved again after fixing some: asked, as an export asks.
            mode = .overwrite(OverwriteQuestion(over: .importPreview(mode.importPreview!), path: path, bytes: bytes,
                                                preview: preview))
        case .fileExists(let path, let bytes, let preview):
            if case .form(let form) = mode {
                mode = .overwrite(OverwriteQuestion(form: form, path: path, bytes: bytes, preview: preview))
            }
        case .pathCompleted(let typed, let candidates):
            guard case .form(let form) = mode, let outcome = form.pathCompleted(typed, candidates) else { break }
            mode = take(outcome)
        case .keptApartRead(let result): mode = take(DuplicateReview.keptApartRead(result, self))
        case .loaded(let purpose, let result): finishLoading(result, purpose: purpose)
        case .solved(let plan, let options): showRepair(plan, options)
        case .releasesRead(.success(let read)):
            document.take(releases: read.releases)
            if case .changes(let view) = mode { mode = view.following(read.authors, document) }
        case .releasesRead(.failure): break
        case .releaseMade(.success(let release)):
            document.take(releases: document.releases + [release])
            mode = take(ChangesView.made(release, self))
        case .releaseMade(.failure(let error)):
            self.message = UIWords.cannotSave.text(language, error.text(language))
        case .arrivalsRead(let counts): document.arrivals = counts
        case .tookIn(let result): tookIn(result)
        case .badgesNumbered(.failure(let error)):
            self.message = UIWords.badgesNotKept.text(language, error.text(language))
        case .badgesNumbered(.success): break
        }
    }

    /// A form's Tab listing is about the form: once it has closed (to the preview it opened, or
    /// back to the panes) the status line no longer offers names for a field that is gone.
    private mutating func closing(_ form: Form) {
        if case .form = mode { return }
        if let listed = form.listed, message == listed { message = nil }
    }

    /// Takes what a dialog's key came to; the mode is the caller's to set.
    mutating func take(_ outcome: Outcome) -> Mode {
        if let m = outcome.message { message = m }
        if outcome.quit { quit = true }
        for e in outcome.effects { emit(e) }
        return outcome.mode
    }

    /// One key: what it does depends on the mode.
    private mutating func handleKey(_ key: Key) {
        if case .resize(let w, let h) = key {
            width = w
            height = h
            // On every pane: the grid opened after a resize elsewhere must show its selection.
            keepGridCursorVisible()
            return
        }
        // The "too small" screen shows nothing a key could act on: `d` then `y` would delete a row
        // nobody can see. Only quitting works (and Ctrl-L, for which the loop draws anyway).
        if Layout(state: self).tooSmall {
            if key == .char("q") || key == .ctrl("c") { quit = true }
            return
        }
        // Ctrl-C quits from anywhere (a session being dragged is not saved), asking first only
        // when a form holds typed text.
        if key == .ctrl("c") {
            if case .form(let form) = mode, form.edited {
                mode = .quitAsked(QuitQuestion(form: form))
            } else {
                quit = true
            }
            return
        }
        // Esc closes a form; with typed text in it, only after asking, as Ctrl-C does.
        if key == .escape, case .form(let form) = mode, form.edited {
            mode = .quitAsked(QuitQuestion(form: form, leaving: .form))
            return
        }
        // A screen over the panes takes every key; the panes have them otherwise.
        if let screen = mode.screen {
            let before = mode
            let next = screen.take(key, &self)
            mode = next
            if case .form(let form) = before { closing(form) }
        } else {
            handleNormal(key)
        }
    }

    private mutating func handleNormal(_ key: Key) {
        message = nil
        switch key {
        case .click(let x, let y): click(x: x, y: y); return
        case .wheelUp: move(-3); return
        case .wheelDown: move(3); return
        default: break
        }
        if pane == .schedule, view.grid.moving != nil {
            handleMove(key)
            return
        }
        guard let action = pane.action(for: key) else { return }
        // Whatever may lead to a change works on the whole event: an edit built from the
        // schedule alone would lose the sign-ups and registrations it cannot see.
        if attendeesPending && !action.onlyLooks {
            emit(.awaitBackgroundRead(then: .key(key)))
            return
        }
        // A database that may only be read offers nothing that would change it, and says why,
        // rather than opening a form whose text would be lost at save.
        if document.readOnly && action.changes {
            message = UIWords.readOnlyNoEdit.text(language)
            return
        }
        if pane.screen.perform(action, &self) {
            if pane != .schedule { keepSelectionVisible() }
            return
        }
        let page = max(1, tableHeight - 1)
        switch action {
        case .pane(let p): pane = p
        case .nextPane: pane = Pane(rawValue: pane.rawValue % Pane.allCases.count + 1)!
        case .previousPane: pane = Pane(rawValue: (pane.rawValue + Pane.allCases.count - 2) % Pane.allCases.count + 1)!
        case .up: move(-1)
        case .down: move(1)
        case .pageUp: move(-page)
        case .pageDown: move(page)
        case .home: move(-rows.count)
        case .end: move(rows.count)
        case .undo: undo()
        case .redo: redo()
        case .search, .searchSessions:
            list.search = ""
            mode = .search(SearchPrompt(previous: list.selected))
        case .nextMatch: findMatch(from: list.selected + 1, step: 1)
        case .previousMatch: findMatch(from: list.selected - 1, step: -1)
        case .sort, .reverseSort: sort(reverse: action == .reverseSort)
        case .help: mode = .help(HelpScreen())
        case .quit: quit = true
        case .export:
            mode = .form(ExportForm.make(self))
            // The releases as the database has them now: the programme's release line says which
            // this is, as the command line's does.
            emit(.readReleases)
        case .releaseChanges: mode = take(ChangesView.show(self))
        default: break // another pane's (not in this one's table)
        }
        keepSelectionVisible()
    }

    /// `s` sorts by the next column, `S` reverses the order; the selected row stays selected.
    private mutating func sort(reverse: Bool) {
        guard let columns = pane.table?.columns(self), !columns.isEmpty else { return }
        let keep = entityKey(pane, at: list.selected)
        if reverse { list.ascending.toggle() } else {
            list.sortColumn = (list.sortColumn + 1) % columns.count
            list.ascending = true
        }
        setOrder(pane, computeOrder(pane))
        if let keep, let i = rows.firstIndex(where: { entityKey(pane, row: $0) == keep }) { list.selected = i }
        message =
            UIWords.sortedBy.text(language) + " " + columns[list.sortColumn].title.text(language)
            + (list.ascending ? " ↑" : " ↓")
    }

    var selectedRow: Int? {
        let r = rows
        return list.selected < r.count ? r[list.selected] : nil
    }

    /// The person on the selected row of the Speakers or Attendees pane.
    var selectedPerson: ID<Person>? {
        guard let row = selectedRow else { return nil }
        switch pane {
        case .speakers: return plan.people[row].id
        case .attendees: return plan.registrations[row].person
        default: return nil
        }
    }

    /// Rows of the table that fit on screen now.
    var tableHeight: Int { Layout(state: self).table.height - 1 }

    mutating func move(_ by: Int) {
        let n = rows.count
        guard n > 0 else { return }
        list.selected = max(0, min(n - 1, list.selected + by))
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        let h = max(1, tableHeight)
        if list.selected < list.top { list.top = list.selected }
        if list.selected >= list.top + h { list.top = list.selected - h + 1 }
        list.top = max(0, min(list.top, max(0, rows.count - h)))
    }

    private mutating func click(x: Int, y: Int) {
        if y == 0 {
            // The tabs in the top bar.
            for (p, range) in Layout(state: self).tabs where range.contains(x) { pane = p }
            return
        }
        if pane == .schedule {
            clickGrid(x: x, y: y)
            return
        }
        let table = Layout(state: self).table
        let row = y - table.y - 1
        if row >= 0, x >= table.x, x < table.x + table.width, list.top + row < rows.count {
            list.selected = list.top + row
        }
    }

    mutating func select(_ p: Pane, _ row: Int, uid: String) {
        ensureOrder(p)
        if let i = view.order[p]?.firstIndex(of: row) { view.lists[p]?.selected = i }
        keepSelectionVisible()
    }

    /// Moves to the next row (in display order, wrapping) whose text, pinyin or initials contain the query.
    mutating func findMatch(from start: Int, step: Int) {
        if pane == .schedule { findInGrid(list.search, from: start); return }
        let q = Array(list.search.lowercased().utf8)
        let r = rows
        guard !q.isEmpty, !r.isEmpty else { return }
        let index = searchIndex(pane)
        // A step of -1 (N) walks the order backwards: the same search over the reversed order.
        let order = step >= 0 ? r : Array(r.reversed())
        let wrapped = ((start % r.count) + r.count) % r.count
        if let hit = index.firstMatch(q, order: order, from: step >= 0 ? wrapped : r.count - 1 - wrapped) {
            list.selected = step >= 0 ? hit : r.count - 1 - hit
            message = nil
            keepSelectionVisible()
            return
        }
        message = UIWords.searchNone.text(language)
    }
}
