import Interchange
import PlanningCore

/// `F` in the grid or the Conflicts pane: a repair plan (`solve`) as a list beside the grid,
/// each move a ghost box at its new place. Enter accepts every move as one undoable change;
/// `a` accepts the chosen move alone and `d` drops it (it stays where it is), and the rest is
/// worked out again; Esc leaves the plan as it was. When a meal, break or the opening keeps a
/// problem from clearing, `h` works it out again with those free to move (the screen's
/// `--move-held`), and `h` again keeps them.
struct RepairReview: StateScreen {
    var solution: SolvePlan
    var options: SolveOptions
    var highlight = 0

    enum Command { case up, down, acceptAll, acceptOne, drop, cancel, moveHeld }

    /// The key that lets meals, breaks and the opening move, as the reasons name it.
    static let heldKey: Character = "h"

    /// Whether a meal, break or the opening is what keeps some problem from clearing.
    var heldInTheWay: Bool {
        solution.unresolved.contains {
            switch $0.reason {
            case .heldTime, .onlyInHeld: return true
            default: return false
            }
        }
    }

    var shown: Mode { .repair(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [
            // At 80 columns in English the bar keeps Enter, d, Esc and `a` (its words short for it);
            // ↑↓ as room allows.
            Binding([.up, .char("k")], hint: .repairChoose, rank: 3, .up),
            Binding([.down, .char("j")], "", .repairChoose, .down),
            Binding([.enter], hint: .repairAcceptAll, .acceptAll),
            Binding([.char("a")], hint: .repairAcceptOne, rank: 2, .acceptOne),
            Binding([.char("d"), .delete], hint: .repairDrop, .drop),
            Binding([.escape, .char("q")], hint: .repairCancel, .cancel),
        ] + (heldInTheWay || options.moveHeld
            ? [Binding([.char(Self.heldKey)], hint: options.moveHeld ? .repairKeepHeld : .repairMoveHeld,
                       rank: 3, .moveHeld)] : [])
    }

    var chosen: SolveMove? { solution.moves.indices.contains(highlight) ? solution.moves[highlight] : nil }

    func perform(_ command: Command, _ s: inout AppState) -> Mode {
        var next = self
        switch command {
        case .up, .down:
            s.message = nil
            next.highlight = max(0, min(solution.moves.count - 1, highlight + (command == .up ? -1 : 1)))
            if let m = next.chosen { s.focusRepair(on: m.to) }
            return .repair(next)
        case .cancel:
            s.message = UIWords.repairCancelled.text(s.language)
            return .normal
        case .acceptAll:
            guard !solution.moves.isEmpty else { return .normal }
            s.emit(.save(SolvePlan.changes(solution.moves, in: s.plan), .repair(again: nil)))
            return .normal
        case .acceptOne:
            guard let m = chosen else { return shown }
            var rest = options
            rest.maxMoves = rest.maxMoves.map { max(0, $0 - 1) }
            s.emit(.save(SolvePlan.changes([m], in: s.plan), .repair(again: rest)))
            return shown
        case .drop:
            guard let m = chosen else { return shown }
            // Said, so the move does not vanish from the list without a word.
            let title = s.document.catalog.sessionIndex[m.session].map { s.plan.sessions[$0].title } ?? ""
            s.message = UIWords.repairNotMoved.text(s.language, Sanitize.forTerminal(title))
            next.options.keep.insert(m.session)
            s.startRepair(next.options)
            return shown
        case .moveHeld:
            next.options.moveHeld.toggle()
            s.message = nil
            s.startRepair(next.options)
            return shown
        }
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let words = SolvePlanWords(plan: s.plan, language: s.language), lang = s.language
        drawGhosts(&g, s)
        let width = Self.panelWidth(s), x0 = s.width - width
        let r = Region(x: x0, y: 1, width: width, height: max(6, s.height - 2))
        box(&g, r, title: UIWords.repairTitle.text(lang))
        let inner = r.width - 4
        var rows: [(text: String, style: CellStyle)] = []
        func line(_ text: String, _ style: CellStyle = .plain) { rows.append((Sanitize.forTerminal(text), style)) }
        for part in TextFit.wrap(words.totals(solution), width: inner) { line(part, CellStyle(bold: true)) }
        line("")
        for (i, m) in solution.moves.enumerated() {
            let place = " → " + shortPlace(m.to, s)
            let title = TextFit.cut(
                s.document.catalog.sessionIndex[m.session].map { s.plan.sessions[$0].title } ?? "",
                width: max(min(inner / 2, 10), inner - 2 - DisplayWidth.of(place)))
            let hl = i == highlight
            let style = hl ? CellStyle(role: .selection) : .plain
            line(TextFit.cut((hl ? "› " : "  ") + title + place, width: inner), style)
        }
        if let m = chosen {
            line("")
            for part in TextFit.wrap(words.move(m), width: inner) { line(part, CellStyle(role: .muted)) }
            let cleared = solution.cleared.filter { $0.sessions.contains(m.session) }
            let created = solution.created.filter { $0.sessions.contains(m.session) }
            // Cleared findings as they read now, created ones as they would read after the move.
            let after = SolvePlanWords(plan: solution.applied(to: s.plan), language: lang).words
            for f in cleared {
                for part in TextFit.wrap("✓ " + s.document.words.brief(f), width: inner, maxLines: 2) {
                    line(part, CellStyle(role: .info))
                }
            }
            for f in created {
                for part in TextFit.wrap("+ " + after.brief(f), width: inner, maxLines: 2) {
                    line(part, CellStyle(role: .warning))
                }
            }
        }
        if !solution.unresolved.isEmpty {
            line("")
            line(SolveWords.notCleared.text(lang, solution.unresolved.count), CellStyle(role: .error))
            // Which problem, then why: the reason alone ("a meal keeps its time") does not say which.
            for u in solution.unresolved {
                for part in TextFit.wrap("✗ " + s.document.words.brief(u.finding), width: inner, maxLines: 2) {
                    line(part)
                }
                for part in TextFit.wrap(words.reason(u, heldKey: String(Self.heldKey)), width: inner - 2) {
                    line("  " + part, CellStyle(role: .muted))
                }
            }
        }
        // More than the box holds: its last line says so with `…`, not a sentence ending mid-way.
        let room = r.height - 2
        if rows.count > room, room > 0 {
            rows.removeLast(rows.count - room)
            if !rows[room - 1].text.hasSuffix("…") {
                let last = TextFit.cut(rows[room - 1].text, width: inner - 1)
                rows[room - 1].text = last.hasSuffix("…") ? last : last + "…"
            }
        }
        for (i, row) in rows.enumerated() {
            g.put(row.text, x: r.x + 2, y: r.y + 1 + i, style: row.style, maxWidth: inner)
        }
    }

    /// The list takes the right of the screen; the grid keeps the left.
    static func panelWidth(_ s: AppState) -> Int { min(58, max(30, s.width / 2)) }

    /// `5月15日 10:30 一号会议厅`: where a move goes, short enough for the list, its day as the
    /// rest of the UI writes one (a `D2` is a code a person has to work out).
    func shortPlace(_ p: SessionPlace, _ s: AppState) -> String {
        guard let a = p.start else { return SolveWords.notPlaced.text(s.language) }
        let room = p.room.flatMap { s.document.catalog.roomIndex[$0] }.map { s.plan.rooms[$0].name } ?? ""
        return DateText.day(s.plan.event.programmeDay(of: a), s.language, weekday: false) + " \(a.clock) \(room)"
    }

    /// Each move whose new place is on the day shown: a dashed box there, its title after `→`.
    func drawGhosts(_ g: inout CellGrid, _ s: AppState) {
        guard s.view.pane == .schedule else { return }
        for (i, m) in solution.moves.enumerated() {
            guard let title = s.document.catalog.sessionIndex[m.session].map({ s.plan.sessions[$0].title }) else {
                continue
            }
            let style = CellStyle(bold: i == highlight, role: i == highlight ? .accent : .muted)
            drawGhost(&g, s, place: m.to, title: "→" + title, style: style)
        }
    }
}

extension AppState {
    /// `F`: the repair is worked out by the runner (with a line of progress) and shown in the grid.
    mutating func startRepair(_ options: SolveOptions) {
        emit(.solve(options))
    }

    mutating func showRepair(_ solution: SolvePlan, _ options: SolveOptions) {
        guard !solution.moves.isEmpty || !solution.unresolved.isEmpty else {
            mode = .normal
            // After `d` dropped the last move, what was dropped is still said.
            let dropped = message.map { $0 + UIWords.messageSeparator.text(language) } ?? ""
            message = dropped + SolveWords.nothingToDo.text(language)
            return
        }
        view.pane = .schedule
        mode = .repair(RepairReview(solution: solution, options: options))
        if let first = solution.moves.first { focusRepair(on: first.to) }
    }

    /// A move's destination under the cursor, its column in the part of the grid the list leaves free.
    mutating func focusRepair(on p: SessionPlace) {
        focusGrid(on: p)
        let geo = GridGeometry(width: width, height: height, roomCount: gridModel.rooms.count)
        let free = max(1, (width - RepairReview.panelWidth(self) - GridGeometry.timeWidth) / geo.columnWidth)
        if view.grid.column >= view.grid.left + free { view.grid.left = view.grid.column - free + 1 }
        if view.grid.column < view.grid.left { view.grid.left = view.grid.column }
    }
}
