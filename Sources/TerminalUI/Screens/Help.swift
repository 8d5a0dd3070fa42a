import PlanningCore
/// `?`: the keys of the pane (or of the grid's move mode, or of the seating editor) from the
/// table they are dispatched through, each description wrapped under itself, never cut; ↑↓
/// scroll a list longer than the screen.
struct HelpScreen: Dialog {
    /// The first line shown.
    var scroll = 0
    /// The seating editor the help was asked in, and goes back to.
    var seating: SeatingEditor?
    /// The table editor the help was asked in, and goes back to.
    var tables: TableEditor?

    enum Command { case close, up, down, pageUp, pageDown }

    var shown: Mode { .help(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.escape, .char("?"), .char("q"), .enter], hint: .helpClose, .close),
         Binding([.up, .char("k")], "", .helpClose, .up), Binding([.down, .char("j")], "", .helpClose, .down),
         Binding([.pageUp], "", .helpClose, .pageUp), Binding([.pageDown], "", .helpClose, .pageDown)]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        let lines = lines(s), room = visible(s)
        // The list moves by whole entries, so no description is ever shown cut at an edge.
        let starts = lines.indices.filter { !lines[$0].key.isEmpty }
        let top = starts.last { $0 <= scroll } ?? 0
        let shown = Self.page(lines, from: top, room: room)
        var next = self
        switch command {
        case .close: return Outcome(tables.map(Mode.tables) ?? seating.map(Mode.seating) ?? .normal)
        case .up: next.scroll = starts.last { $0 < top } ?? 0
        case .down where shown.upperBound < lines.count: next.scroll = starts.first { $0 > top } ?? top
        case .pageDown where shown.upperBound < lines.count: next.scroll = shown.upperBound
        case .pageUp: next.scroll = starts.first { Self.page(lines, from: $0, room: room).upperBound >= top } ?? 0
        case .down, .pageDown: break
        }
        return Outcome(next.shown)
    }

    /// The lines shown from `first`: whole entries while they fit (a line of one taller than the
    /// box, if that is all there is room for).
    static func page(_ lines: [(key: String, indent: Int, text: String)], from first: Int, room: Int) -> Range<Int> {
        var end = first
        while end < lines.count {
            var entryEnd = end + 1
            while entryEnd < lines.count, lines[entryEnd].key.isEmpty { entryEnd += 1 }
            guard entryEnd - first <= room else { return first..<(end > first ? end : min(lines.count, first + room)) }
            end = entryEnd
        }
        return first..<end
    }

    /// The table shown: the pane's, or the move mode's while a session is being moved.
    func table(_ s: AppState) -> [(label: String, help: UIWords)] {
        if seating != nil { return SeatingEditor.keys.map { ($0.label, $0.help) } }
        if tables != nil { return TableEditor.keys.map { ($0.label, $0.help) } }
        if s.pane == .schedule, s.view.grid.moving != nil { return GridMove.bindings.map { ($0.label, $0.help) } }
        return s.pane.bindings.map { ($0.label, $0.help) }
    }

    /// Each key with its description, wrapped to the box's width; keys listed with the one
    /// before (PgDn after PgUp) are not listed again.
    func lines(_ s: AppState) -> [(key: String, indent: Int, text: String)] {
        let table = table(s).filter { !$0.label.isEmpty }
        let keyWidth = (table.map { DisplayWidth.of($0.label) }.max() ?? 4) + 2
        let width = max(10, min(72, s.width - 2) - keyWidth - 5)
        var out: [(key: String, indent: Int, text: String)] = []
        for b in table {
            for (i, part) in DisplayWidth.wrap(b.help.text(s.language), width: width).enumerated() {
                out.append((i == 0 ? b.label : "", keyWidth, part))
            }
        }
        return out
    }

    func region(_ s: AppState) -> Region {
        centered(s, width: min(72, s.width - 2), height: min(s.height - 2, lines(s).count + 5))
    }

    /// Lines of descriptions the box has room for.
    func visible(_ s: AppState) -> Int { max(1, region(s).height - 5) }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        // Over the seating editor it was asked in, which stays in view behind it.
        seating?.draw(&g, s)
        tables?.draw(&g, s)
        let lines = lines(s)
        let r = region(s)
        let what = tables != nil ? .tablesHelp : seating == nil ? s.pane.title : .seatingHelp
        box(&g, r, title: UIWords.helpTitle.text(s.language) + " · " + what.text(s.language))
        let first = min(scroll, max(0, lines.count - 1))
        let shown = Self.page(lines, from: first, room: visible(s))
        for (i, line) in lines[shown].enumerated() {
            g.put(line.key, x: r.x + 3, y: r.y + 2 + i, style: CellStyle(bold: true))
            g.put(line.text, x: r.x + 3 + line.indent, y: r.y + 2 + i, maxWidth: r.width - line.indent - 5)
        }
        let more = shown.upperBound < lines.count ? "  ↓" : first > 0 ? "  ↑" : ""
        g.put(
            bindings(s).hintLine(s.language) + more, x: r.x + 3, y: r.y + r.height - 2, style: CellStyle(role: .muted))
    }
}
