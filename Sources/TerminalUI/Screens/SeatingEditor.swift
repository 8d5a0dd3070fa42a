import Print
import Interchange
import PlanningCore

/// `z` in the Sessions pane: the session's rostrum, its chart live above the order of
/// precedence. People move up and down the order, seats are added and removed, the rule and the
/// view switched; each change is saved at once as an edit of the session (`u` takes it back),
/// so `confplan seating` and the table cards print what is on screen.
struct SeatingEditor: StateScreen {
    var session: ID<Session>
    var selected = 0
    var view = SeatingView.audience

    enum Command { case up, down, raise, lower, moreSeats, fewerSeats, newRow, rule, view, undo, close, help }

    var shown: Mode { .seating(self) }

    /// Labelled, so `?` lists them as it lists a pane's.
    func bindings(_ s: AppState) -> [Binding<Command>] { Self.keys }

    static let keys: [Binding<Command>] = [
        Binding([.up, .char("k")], "↑↓ k j", .keySeatPick, hint: .seatingPick, .up),
        Binding([.down, .char("j")], "", .keySeatPick, .down),
        Binding([.char("K")], "K J", .keySeatMove, hint: .seatingMove, .raise),
        Binding([.char("J")], "", .keySeatMove, .lower),
        Binding([.char("+"), .char("=")], "+ -", .keySeatSeats, hint: .seatingSeats, .moreSeats),
        Binding([.char("-")], "", .keySeatSeats, .fewerSeats),
        Binding([.char("n")], "n", .keySeatRow, hint: .seatingRow, .newRow),
        Binding([.char("t")], "t", .keySeatRule, hint: .seatingRule, .rule),
        Binding([.char("v")], "v", .keySeatView, hint: .seatingView, .view),
        Binding([.char("u")], "u", .keySeatUndo, hint: .seatingUndo, .undo),
        Binding([.char("?")], "?", .keyHelp, hint: .hintHelp, .help),
        Binding([.escape, .char("q"), .char("z")], "Esc q z", .keySeatClose, hint: .seatingClose, .close),
    ]

    func perform(_ command: Command, _ s: inout AppState) -> Mode {
        guard let current = s.plan.sessions.first(where: { $0.id == session }) else { return .normal }
        let people = s.plan.rostrum(of: session)
        var next = self
        var plan = current.seating ?? SeatingPlan()
        let sizes = plan.rows.isEmpty ? [max(1, people.count)] : plan.rows
        switch command {
        case .up: next.selected = max(0, selected - 1)
        case .down: next.selected = min(max(0, people.count - 1), selected + 1)
        case .close: return .normal
        case .help: return .help(HelpScreen(seating: self))
        case .view: next.view = view == .audience ? .stage : .audience
        case .undo: s.undo()
        case .raise, .lower:
            let to = selected + (command == .raise ? -1 : 1)
            guard people.indices.contains(selected), people.indices.contains(to) else { return shown }
            var order = people.map(\.id)
            order.swapAt(selected, to)
            plan.order = order
            next.selected = to
            save(plan, &s)
        case .moreSeats, .fewerSeats, .newRow:
            var rows = sizes
            switch command {
            case .moreSeats: rows[rows.count - 1] += 1
            case .fewerSeats where rows.reduce(0, +) > 1:
                rows[rows.count - 1] -= 1
                if rows.last == 0 { rows.removeLast() }
            case .newRow: rows.append(1)
            default: return shown
            }
            plan.rows = rows
            save(plan, &s)
        case .rule:
            plan.rule = s.plan.seatingRule(of: session) == .domestic ? .international : .domestic
            save(plan, &s)
        }
        return .seating(next)
    }

    func save(_ plan: SeatingPlan, _ s: inout AppState) {
        guard let before = s.plan.record(of: session) else { return }
        var after = before
        after.session.seating = plan
        s.commit([.session(before: before, after: after)], done: .saved)
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let lang = s.language
        let r = Region(x: 1, y: 1, width: s.width - 2, height: s.height - 2)
        guard let current = s.plan.sessions.first(where: { $0.id == session }) else { return }
        box(&g, r, title: Sanitize.forTerminal(UIWords.seatingTitle.text(lang, current.title)))
        let inner = r.width - 4
        var y = r.y + 1
        let chart = SeatingChart(current, in: s.plan, view: view, language: lang)
        let people = chart.people
        let keys = hintLines(Self.keys.compactMap { $0.hint?.text(lang) }, width: inner)
        let footer = r.y + r.height - 1 - keys.count
        if people.isEmpty {
            for (i, line) in DisplayWidth.wrap(UIWords.seatingNobody.text(lang), width: inner).enumerated() {
                g.put(line, x: r.x + 2, y: y + i, style: CellStyle(role: .muted), maxWidth: inner)
            }
        } else {
            for line in chart.text().split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
                guard y < footer - 2 else { break }
                g.put(DisplayWidth.truncate(String(line), to: inner), x: r.x + 2, y: y, maxWidth: inner)
                y += 1
            }
            let seats = chart.rows.reduce(0) { $0 + $1.count }
            g.put(DisplayWidth.truncate(UIWords.seatingSeatCount.text(lang, seats, chart.rows.count, people.count),
                                        to: inner), x: r.x + 2, y: y, style: CellStyle(role: .muted), maxWidth: inner)
            y += 1
            let room = max(1, footer - y - 1)
            let top = max(0, min(selected - room + 1, people.count - room))
            for (i, p) in people.enumerated().dropFirst(top) {
                guard y < footer - 1 else { break }
                let who = [p.name, p.title, p.organisation].filter { !$0.isEmpty }
                let line = "\(i + 1). " + who.joined(separator: " ")
                g.put(DisplayWidth.truncate(Sanitize.forTerminal(line), to: inner), x: r.x + 2, y: y,
                      style: CellStyle(reverse: i == selected), maxWidth: inner)
                y += 1
            }
        }
        for (i, line) in keys.enumerated() {
            g.put(line, x: r.x + 2, y: footer + i, style: CellStyle(role: .muted), maxWidth: inner)
        }
    }
}
