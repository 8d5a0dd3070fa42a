import PlanningCore

/// "Delete this?": the changes wait here until the person says yes.
struct Confirmation: Dialog {
    var title: UIWords
    var message: String
    var changes: [Change]

    enum Command { case yes, no }

    var shown: Mode { .confirm(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.char("y"), .char("Y")], hint: .confirmDelete, .yes),
         Binding([.char("n"), .char("N"), .escape, .char("q")], hint: .confirmKeep, .no)]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        Outcome(.normal, command == .yes ? [.save(changes, .edit(done: .deleted))] : [])
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        drawQuestion(&g, s, message, title: title.text(s.language), hints: bindings(s).hintLine(s.language))
    }
}

/// A question in a box of its own, with its keys under it.
func drawQuestion(_ g: inout CellGrid, _ s: AppState, _ message: String, title: String = "", hints: String) {
    let lines = DisplayWidth.wrap(message, width: min(60, s.width - 8))
    let r = centered(
        s, width: max(lines.map { DisplayWidth.of($0) }.max() ?? 20, DisplayWidth.of(hints)) + 6,
        height: lines.count + 5)
    box(&g, r, title: title)
    for (i, line) in lines.enumerated() { g.put(line, x: r.x + 3, y: r.y + 2 + i, style: CellStyle(bold: true)) }
    g.put(hints, x: r.x + 3, y: r.y + r.height - 2, style: CellStyle(role: .muted), maxWidth: r.width - 4)
}
