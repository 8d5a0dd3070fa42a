import Interchange
import PlanningCore

/// `F` in the Transport pane: the planner's proposal (runs added, changed and removed, and who
/// it could not give a run, with why), shown before anything is saved. Enter saves every change
/// as one undo step, as the repair review does; Esc leaves the runs as they are.
struct TransportPlanReview: Dialog {
    var proposal: TransportProposal
    var top = 0

    enum Command { case up, down, apply, cancel }

    var shown: Mode { .transportPlan(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [
            Binding([.up, .char("k")], hint: .planScroll, rank: 2, .up),
            Binding([.down, .char("j")], "", .planScroll, .down),
            Binding([.enter], hint: .planApply, .apply),
            Binding([.escape, .char("q")], hint: .planCancel, rank: 0, .cancel),
        ]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        var next = self
        switch command {
        case .up, .down:
            next.top = max(0, min(lines(s).count - 1, top + (command == .up ? -1 : 1)))
            return Outcome(.transportPlan(next))
        case .apply:
            guard !proposal.changes.isEmpty else { return Outcome(.normal) }
            return Outcome(.normal, [.save(proposal.changes, .transportPlan)])
        case .cancel:
            return Outcome(.normal, message: UIWords.planCancelled.text(s.language))
        }
    }

    /// The totals, a line per run the plan touches, then who is left without one and why.
    func lines(_ s: AppState) -> [(text: String, style: CellStyle)] {
        let t = TransportText(s), lang = s.language
        var added = 0, changed = 0, removed = 0
        var out: [(text: String, style: CellStyle)] = []
        for change in proposal.changes {
            guard case .run(let before, let after) = change, let r = after ?? before else { continue }
            let sign: String
            switch (before, after) {
            case (nil, _): added += 1; sign = "+ "
            case (_, nil): removed += 1; sign = "− "
            default: changed += 1; sign = "~ "
            }
            let names = r.passengers.map { TransportPane.name(s, $0) }
                .joined(separator: UIWords.listSeparator.text(lang))
            out.append((sign + t.kind(r.kind) + " " + t.run(r) + (names.isEmpty ? "" : " · " + names),
                        after == nil ? CellStyle(role: .muted) : .plain))
        }
        if !proposal.unplanned.isEmpty {
            out.append(("", .plain))
            out.append((UIWords.planUnplanned.text(lang), CellStyle(bold: true)))
            for u in proposal.unplanned {
                let reason: UIWords = switch u.reason {
                case .incompleteJourney: .reasonIncompleteJourney
                case .noVehicle: .reasonNoVehicle
                case .dateInDoubt: .reasonDateInDoubt
                }
                out.append(("✗ " + TransportPane.name(s, u.person) + " " + t.kind(u.direction) + UIWords.labelSeparator
                    .text(lang) + reason.text(lang), CellStyle(role: .warning)))
            }
        }
        let totals = UIWords.planTotals.text(lang, added, changed, removed, proposal.unplanned.count)
        return [(totals, CellStyle(bold: true)), ("", .plain)] + out
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let r = centered(s, width: 76, height: s.height - 2)
        box(&g, r, title: UIWords.planTitle.text(s.language))
        let inner = r.width - 4
        let keys = hintLines(bindings(s).compactMap { $0.hint?.text(s.language) }, width: inner)
        var wrapped: [(text: String, style: CellStyle)] = []
        for line in lines(s).dropFirst(min(top, max(0, lines(s).count - 1))) {
            let parts = TextFit.wrap(Sanitize.forTerminal(line.text), width: inner)
            for part in parts.isEmpty ? [""] : parts { wrapped.append((part, line.style)) }
        }
        let room = r.height - 3 - keys.count
        // More than the box holds: its last line says so with `…`.
        if wrapped.count > room, room > 0 {
            wrapped.removeLast(wrapped.count - room)
            wrapped[room - 1].text = DisplayWidth.truncate(wrapped[room - 1].text + " …", to: inner)
        }
        for (i, line) in wrapped.enumerated() {
            g.put(line.text, x: r.x + 2, y: r.y + 1 + i, style: line.style, maxWidth: inner)
        }
        for (i, line) in keys.enumerated() {
            g.put(line, x: r.x + 2, y: r.y + r.height - 1 - keys.count + i, style: CellStyle(role: .muted),
                  maxWidth: inner)
        }
    }
}

extension AppState {
    /// Shows a proposal (the planner's, or one a test makes); one that changes nothing and
    /// leaves no one out is said in the status line instead.
    mutating func offerTransportPlan(_ proposal: TransportProposal) {
        guard !proposal.changes.isEmpty || !proposal.unplanned.isEmpty else {
            message = UIWords.planNothing.text(language)
            return
        }
        mode = .transportPlan(TransportPlanReview(proposal: proposal))
    }
}
