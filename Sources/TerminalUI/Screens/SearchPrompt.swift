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
