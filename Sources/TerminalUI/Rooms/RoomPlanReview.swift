import Interchange
import Print
import PlanningCore

/// `A` in the Rooms pane: the assigner's proposal (rooms given, changed and taken back, and who
/// it could not give a room, with why), shown before anything is saved. Enter saves every change
/// as one undo step and one entry of the change log, as `rooms assign --apply` does; Esc leaves
/// the rooms as they are.
struct RoomPlanReview: Dialog {
    var proposal: RoomProposal
    var top = 0

    enum Command { case up, down, apply, cancel }

    var shown: Mode { .roomPlan(self) }

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
            return Outcome(.roomPlan(next))
        case .apply:
            guard !proposal.changes.isEmpty else { return Outcome(.normal) }
            return Outcome(.normal, [.save(proposal.changes, .roomPlan)])
        case .cancel:
            return Outcome(.normal, message: UIWords.roomPlanCancelled.text(s.language))
        }
    }

    /// The totals, a line per room given, moved or taken back, then who is left without one and why.
    func lines(_ s: AppState) -> [(text: String, style: CellStyle)] {
        let t = RoomTables.of(s), lang = s.language
        var out: [(text: String, style: CellStyle)] = []
        for change in proposal.changes {
            guard case .roomAssignment(let before, let after) = change, let a = after ?? before else { continue }
            let sign: String
            switch (before, after) {
            case (nil, _): sign = "+ "
            case (_, nil): sign = "− "
            default: sign = "~ "
            }
            let room = t.blocks[a.block].map { t.hotelName($0.hotel) + " " + s.plan.roomLabel(block: $0, room: a.room,
                                                                                                lang) } ?? a.room
            out.append((sign + RoomsPane.name(s, a.person) + " · " + room + " "
                        + RoomingLists.nights(a.checkIn, a.checkOut, lang),
                        after == nil ? CellStyle(role: .muted) : .plain))
        }
        if !proposal.unassigned.isEmpty {
            out.append(("", .plain))
            out.append((UIWords.roomPlanUnassigned.text(lang), CellStyle(bold: true)))
            for u in proposal.unassigned {
                let night = u.night.map { DateText.day($0, lang, weekday: false) } ?? ""
                out.append(("✗ " + RoomsPane.name(s, u.person) + UIWords.labelSeparator.text(lang)
                            + u.reason.text(lang, night, u.roommate.map { RoomsPane.name(s, $0) } ?? "",
                                            u.hotel.map { t.hotelName($0) } ?? ""), CellStyle(role: .warning)))
            }
        }
        let n = proposal.tally
        let totals = UIWords.roomPlanTotals.text(lang, n.given, n.moved, n.changed, n.takenBack,
                                                 proposal.unassigned.count)
        return [(totals, CellStyle(bold: true)), ("", .plain)] + out
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let r = centered(s, width: 76, height: s.height - 2)
        box(&g, r, title: UIWords.roomPlanTitle.text(s.language))
        let inner = r.width - 4
        let keys = hintLines(bindings(s).compactMap { $0.hint?.text(s.language) }, width: inner)
        var wrapped: [(text: String, style: CellStyle)] = []
        let all = lines(s)
        for line in all.dropFirst(min(top, max(0, all.count - 1))) {
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
    /// Shows a proposal (the assigner's, or one a test makes); one that changes nothing and
    /// leaves no one out is said in the status line instead.
    mutating func offerRoomPlan(_ proposal: RoomProposal) {
        guard !proposal.changes.isEmpty || !proposal.unassigned.isEmpty else {
            message = UIWords.roomPlanNothing.text(language)
            return
        }
        mode = .roomPlan(RoomPlanReview(proposal: proposal))
    }
}
