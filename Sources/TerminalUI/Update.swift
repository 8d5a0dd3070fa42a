import Foundation
import PlanningCore
import PlanningStore

extension AppState {
    /// Every message the UI takes, each to the part that knows it.
    mutating func receive(_ message: Message) {
        switch message {
        case .key(let key): handleKey(key)
        case .resize(let w, let h): handleKey(.resize(width: w, height: h))
        case .othersSaved: othersChanged()
        case .saved(let intent, let outcome): saved(intent, outcome)
        case .acknowledged(let key, let result): acknowledged(key, result)
        case .reloaded(let result): reloaded(result)
        case .listRead(let path, let result): listRead(path, result)
        case .imported(let preview, let before, let result): imported(preview, before: before, result)
        case .fileWritten(let path, let preview, let result): fileWritten(path, preview: preview, result)
        case .loaded(let purpose, let result): finishLoading(result, purpose: purpose)
        }
    }

    /// One key: what it does depends on the mode.
    private mutating func handleKey(_ key: Key) {
        if case .resize(let w, let h) = key {
            width = w
            height = h
            if pane == .schedule { keepGridCursorVisible() }
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
            if case .form(let form) = mode, form.edited { mode = .quitAsked(form) } else { quit = true }
            return
        }
        switch mode {
        case .quitAsked(let form):
            if key == .char("y") || key == .char("Y") { quit = true } else if key == .char("n") || key == .char("N") || key == .escape {
                mode = .form(form)
            }
        case .form(var form):
            handleForm(key, &form)
        case .confirm(_, let changes):
            if key == .char("y") || key == .char("Y") {
                mode = .normal
                commit(changes, done: .deleted)
            } else if key == .char("n") || key == .char("N") || key == .escape || key == .char("q") {
                mode = .normal
            }
        case .help(let scroll):
            switch key {
            case .escape, .char("?"), .char("q"), .enter: mode = .normal
            case .up, .char("k"): mode = .help(scroll: max(0, scroll - 1))
            case .down, .char("j"): mode = .help(scroll: min(max(0, helpLines().count - 1), scroll + 1))
            case .pageUp: mode = .help(scroll: max(0, scroll - 10))
            case .pageDown: mode = .help(scroll: min(max(0, helpLines().count - 1), scroll + 10))
            default: break
            }
        case .importPreview(var preview):
            handlePreview(key, &preview)
        case .slots(let id, let slots, let highlight):
            handleSlots(key, id, slots, highlight)
        case .exported:
            mode = .normal
        case .conflict(let mine, let theirs):
            handleConflict(key, mine: mine, theirs: theirs)
        case .search(let previous):
            handleSearch(key, previous: previous)
        case .normal:
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
        if pane == .schedule, grid.moving != nil {
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
        if readOnly && action.changes {
            message = T.readOnlyNoEdit.text(language)
            return
        }
        if pane == .schedule, handleGrid(action) { return }
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
        case .add: startAdd()
        case .edit: startEdit()
        case .delete: startDelete()
        case .undo: undo()
        case .redo: redo()
        case .search:
            list.search = ""
            mode = .search(previous: list.selected)
        case .nextMatch: findMatch(from: list.selected + 1, step: 1)
        case .previousMatch: findMatch(from: list.selected - 1, step: -1)
        case .sort, .reverseSort:
            let columns = PaneTable.columns(pane, self)
            guard !columns.isEmpty else { return }
            let keep = entityKey(pane, at: list.selected)
            if action == .sort { list.sortColumn = (list.sortColumn + 1) % columns.count; list.ascending = true } else { list.ascending.toggle() }
            order[pane] = computeOrder(pane)
            if let keep, let i = rows.firstIndex(where: { entityKey(pane, row: $0) == keep }) { list.selected = i }
            message = T.sortedBy.text(language) + " " + columns[list.sortColumn].title.text(language) + (list.ascending ? " ↑" : " ↓")
        case .help: mode = .help(scroll: 0)
        case .quit: quit = true
        case .addRole:
            guard let s = selectedSession else { message = T.noSessionYet.text(language); return }
            mode = .form(roleForm(s))
        case .removeRole:
            guard let s = selectedSession, !(catalog.rolesBySession[s] ?? []).isEmpty else { return }
            mode = .form(removeRoleForm(s))
        case .acknowledge:
            guard let f = selectedFinding, f.isOpen else { return }
            mode = .form(Form(title: .formAck, purpose: .acknowledge(f.key), fields: [FormField("reason", .fieldReason, .text, required: true)]))
        case .export:
            mode = .form(exportForm())
        case .importList:
            mode = .form(Form(title: .formImport, purpose: .importFile, fields: [FormField("file", .fieldFile, .text, required: true)]))
        case .jump:
            guard let f = selectedFinding, let s = f.finding.sessions.first, let i = catalog.sessionIndex[s] else { return }
            pane = .sessions
            if let position = rows.firstIndex(of: i) { list.selected = position }
        case .left, .right, .previousDay, .nextDay, .zoomIn, .zoomOut, .moveSession, .findSlot, .trackFilter, .personFilter:
            break // the grid's own (handled above)
        }
        keepSelectionVisible()
    }

    var selectedRow: Int? {
        let r = rows
        return list.selected < r.count ? r[list.selected] : nil
    }
    var selectedSession: ID<Session>? { pane == .sessions ? selectedRow.map { plan.sessions[$0].id } : nil }
    var selectedFinding: ReportedFinding? { pane == .conflicts ? selectedRow.map { findings[$0] } : nil }

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

    // MARK: search

    private mutating func handleSearch(_ key: Key, previous: Int) {
        switch key {
        case .escape:
            list.selected = previous
            list.search = ""
            mode = .normal
        case .enter:
            mode = .normal
        case .backspace:
            if !list.search.isEmpty { list.search.removeLast() }
            findMatch(from: previous, step: 1)
        case .char(let c):
            list.search.append(c)
            findMatch(from: previous, step: 1)
        default:
            break
        }
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
        let from = step >= 0 ? ((start % r.count) + r.count) % r.count : r.count - 1 - (((start % r.count) + r.count) % r.count)
        if let hit = index.firstMatch(q, order: order, from: from) {
            list.selected = step >= 0 ? hit : r.count - 1 - hit
            message = nil
            keepSelectionVisible()
            return
        }
        message = T.searchNone.text(language)
    }

    /// The grid's search: the first session on or after the one the search started from (in the
    /// grid's time order, across days) whose title, pinyin or initials contain the query; the
    /// grid goes to it.
    mutating func findInGrid(_ query: String, from start: Int) {
        let q = Array(query.lowercased().utf8)
        let timed = gridSearchOrder
        guard !q.isEmpty, !timed.isEmpty else { return }
        let index = searchIndex(.sessions)
        guard let hit = index.firstMatch(q, order: timed, from: ((start % timed.count) + timed.count) % timed.count) else {
            message = T.searchNone.text(language)
            return
        }
        list.selected = hit
        message = nil
        focusGrid(on: plan.sessions[timed[hit]])
    }

    /// Placed sessions in time order: the grid's search walks them.
    var gridSearchOrder: [Int] {
        plan.sessions.indices.filter { plan.sessions[$0].start != nil && plan.sessions[$0].room != nil }
            .sorted { (plan.sessions[$0].start!, $0) < (plan.sessions[$1].start!, $1) }
    }

    // MARK: add, edit, delete

    private mutating func startAdd() {
        switch pane {
        case .venues:
            mode = .form(roomForm(nil))
        case .sessions:
            mode = .form(sessionForm(nil))
        case .speakers:
            guard !plan.sessions.isEmpty else { message = T.noSessionYet.text(language); return }
            mode = .form(speakerForm(nil))
        case .attendees:
            mode = .form(attendeeForm(nil, nil))
        default:
            break
        }
    }

    private mutating func startEdit() {
        guard let row = selectedRow else { return }
        switch pane {
        case .venues: mode = .form(roomForm(plan.rooms[row]))
        case .sessions: mode = .form(sessionForm(plan.sessions[row]))
        case .speakers: mode = .form(speakerForm(plan.people[row]))
        case .attendees:
            let reg = plan.registrations[row]
            mode = .form(attendeeForm(plan.people[catalog.personIndex[reg.person]!], reg))
        default: break
        }
    }

    private mutating func startDelete() {
        guard let row = selectedRow else { return }
        switch pane {
        case .venues:
            let r = plan.record(of: plan.rooms[row].id)!
            mode = .confirm(message: T.deleteRoom.text(language, r.room.name, r.sessions.count), changes: [.room(before: r, after: nil)])
        case .sessions:
            let r = plan.record(of: plan.sessions[row].id)!
            mode = .confirm(message: T.deleteSession.text(language, r.session.title, r.roles.count, r.attendees.count),
                            changes: [.session(before: r, after: nil)])
        case .speakers:
            let r = plan.record(of: plan.people[row].id)!
            mode = .confirm(message: T.deletePerson.text(language, r.person.name, r.roles.count, r.registration?.signups.count ?? 0),
                            changes: [.person(before: r, after: nil)])
        case .attendees:
            let r = plan.record(of: plan.registrations[row].person)!
            // Someone who also has roles keeps them: only the registration goes.
            var after = r
            after.registration = nil
            mode = .confirm(message: T.deleteAttendee.text(language, r.person.name, r.registration?.signups.count ?? 0),
                            changes: [r.roles.isEmpty ? .person(before: r, after: nil) : .person(before: r, after: after)])
        default:
            break
        }
    }

    // MARK: forms

    private mutating func handleForm(_ key: Key, _ form: inout Form) {
        var field = form.fields[form.focus]
        switch key {
        case .escape: mode = .normal; return
        case .enter, .ctrl("s"): save(&form); return
        case .tab: form.next(1)
        case .backTab: form.next(-1)
        case .up: if field.isPicker { field.moveHighlight(-1); form.fields[form.focus] = field } else { form.next(-1) }
        case .down: if field.isPicker { field.moveHighlight(1); form.fields[form.focus] = field } else { form.next(1) }
        case .left: field.move(-1); form.fields[form.focus] = field
        case .right: field.move(1); form.fields[form.focus] = field
        case .home: field.cursor = 0; form.fields[form.focus] = field
        case .end: field.cursor = field.text.count; form.fields[form.focus] = field
        // A field being corrected loses its mark: it is judged again at the next save.
        case .backspace: field.backspace(); field.error = nil; form.fields[form.focus] = field; form.edited = true
        case .delete: field.deleteForward(); field.error = nil; form.fields[form.focus] = field; form.edited = true
        case .ctrl("u"): field.text = []; field.cursor = 0; field.error = nil; form.fields[form.focus] = field; form.edited = true
        case .char(let c): field.type(c); field.error = nil; form.fields[form.focus] = field; form.edited = true
        default: break
        }
        mode = .form(form)
    }

    private mutating func save(_ form: inout Form) {
        guard let changes = changes(for: &form) else {
            if let bad = form.fields.firstIndex(where: { $0.error != nil }) { form.focus = bad }
            mode = .form(form)
            return
        }
        mode = .normal
        if case .importFile = form.purpose {
            startImport(&form)
            return
        }
        if form.purpose == .export {
            saveExport(&form)
            return
        }
        if form.purpose == .gridTrack || form.purpose == .gridPerson {
            saveGridFilter(form)
            return
        }
        if case .acknowledge(let key) = form.purpose {
            emit(.acknowledge(key: key, reason: form["reason"].string))
            return
        }
        guard !changes.isEmpty else { return }
        commit(changes, done: .saved, form: form)
    }

    /// The acknowledgement was stored (with who and when) or could not be.
    mutating func acknowledged(_ key: String, _ result: Result<Acknowledgement, StoreFailure>) {
        switch result {
        case .success(let ack):
            policy.acknowledgements[key] = ack
            readAgainAfterOwnSave()
            refresh()
            message = T.acknowledged.text(language)
        case .failure(let error):
            message = T.cannotSave.text(language, error.description)
        }
    }

    mutating func select(_ p: Pane, _ row: Int, uid: String) {
        ensureOrder(p)
        if let i = order[p]?.firstIndex(of: row) { lists[p]?.selected = i }
        keepSelectionVisible()
    }
}
