import PlanningCore

/// `/`: the query is typed on the bottom line and the selection jumps to the first row (or, in
/// the grid, the first session) whose text, pinyin or initials contain it; `n`/`N` go on.
struct SearchPrompt: StateScreen {
    /// The row selected when the search began: Esc goes back to it, each keystroke searches from it.
    var previous: Int

    enum Command { case cancel, done, erase }

    var shown: Mode { .search(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.escape], hint: .formCancel, .cancel), Binding([.enter], hint: .searchDone, .done),
         Binding([.backspace], "", .searchDone, .erase)]
    }

    func perform(_ command: Command, _ s: inout AppState) -> Mode {
        switch command {
        case .cancel:
            s.list.selected = previous
            s.list.search = ""
            s.keepSelectionVisible()
            return .normal
        case .done:
            return .normal
        case .erase:
            if !s.list.search.isEmpty { s.list.search.removeLast() }
            s.findMatch(from: previous, step: 1)
            return shown
        }
    }

    func unbound(_ key: Key, _ s: inout AppState) -> Mode {
        guard case .char(let c) = key else { return shown }
        s.list.search.append(c)
        s.findMatch(from: previous, step: 1)
        return shown
    }

    /// The query on the bottom line, over the pane's hints.
    func draw(_ g: inout CellGrid, _ s: AppState) {
        let y = s.height - 1, right = DisplayWidth.of(statusSummary(s))
        let text = " /" + (s.view.lists[s.pane]?.search ?? "") + "▏" + (s.message.map { "  " + $0 } ?? "")
        g.fill(x: 0, y: y, width: max(0, s.width - right), height: 1, style: CellStyle(role: .bar))
        g.put(text, x: 0, y: y, style: CellStyle(role: .bar), maxWidth: max(0, s.width - right - 1))
    }
}

extension AppState {
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
        message = UIText.searchNone.text(language)
    }

    /// The grid's search: the first session on or after the one the search started from (in the
    /// grid's time order, across days) whose title, pinyin or initials contain the query; the
    /// grid goes to it.
    mutating func findInGrid(_ query: String, from start: Int) {
        let q = Array(query.lowercased().utf8)
        let timed = gridSearchOrder
        guard !q.isEmpty, !timed.isEmpty else { return }
        let index = searchIndex(.sessions)
        guard let hit = index.firstMatch(q, order: timed, from: ((start % timed.count) + timed.count) % timed.count)
        else {
            message = UIText.searchNone.text(language)
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
}
