import PlanningCore
/// `?`: the keys of the pane (or of the grid's move mode) from the table they are dispatched
/// through, each description wrapped under itself, never cut; ↑↓ scroll a list longer than the screen.
struct HelpScreen: Dialog {
    /// The first line shown.
    var scroll = 0

    enum Command { case close, up, down, pageUp, pageDown }

    var shown: Mode { .help(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.escape, .char("?"), .char("q"), .enter], hint: .helpClose, .close),
         Binding([.up, .char("k")], "", .helpClose, .up), Binding([.down, .char("j")], "", .helpClose, .down),
         Binding([.pageUp], "", .helpClose, .pageUp), Binding([.pageDown], "", .helpClose, .pageDown)]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        let last = max(0, HelpScreen.lines(s).count - 1)
        return switch command {
        case .close: Outcome(.normal)
        case .up: Outcome(.help(HelpScreen(scroll: max(0, scroll - 1))))
        case .down: Outcome(.help(HelpScreen(scroll: min(last, scroll + 1))))
        case .pageUp: Outcome(.help(HelpScreen(scroll: max(0, scroll - 10))))
        case .pageDown: Outcome(.help(HelpScreen(scroll: min(last, scroll + 10))))
        }
    }

    /// The table shown: the pane's, or the move mode's while a session is being moved.
    static func table(_ s: AppState) -> [(label: String, help: UIWords)] {
        if s.pane == .schedule, s.view.grid.moving != nil { return GridMove.bindings.map { ($0.label, $0.help) } }
        return s.pane.bindings.map { ($0.label, $0.help) }
    }

    /// Each key with its description, wrapped to the box's width; keys listed with the one
    /// before (PgDn after PgUp) are not listed again.
    static func lines(_ s: AppState) -> [(key: String, indent: Int, text: String)] {
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

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let lines = HelpScreen.lines(s)
        let r = centered(s, width: min(72, s.width - 2), height: min(s.height - 2, lines.count + 5))
        box(&g, r, title: UIWords.helpTitle.text(s.language) + " · " + s.pane.title.text(s.language))
        let visible = r.height - 5
        let first = min(scroll, max(0, lines.count - visible))
        for (i, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            g.put(line.key, x: r.x + 3, y: r.y + 2 + i, style: CellStyle(bold: true))
            g.put(line.text, x: r.x + 3 + line.indent, y: r.y + 2 + i, maxWidth: r.width - line.indent - 5)
        }
        let more = first + visible < lines.count ? "  ↓" : first > 0 ? "  ↑" : ""
        g.put(
            bindings(s).hintLine(s.language) + more, x: r.x + 3, y: r.y + r.height - 2, style: CellStyle(role: .muted))
    }
}
