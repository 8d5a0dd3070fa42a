import Interchange
import PlanningCore

/// The grid's `f`: free slots for a session (room and time where it clashes with nothing), and
/// Enter moves it to the highlighted one as one undoable change.
struct FreeSlots: StateScreen {
    var session: ID<Session>
    var slots: [SlotSuggestion]
    var highlight = 0

    enum Command { case up, down, close, move }

    var shown: Mode { .freeSlots(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.up, .char("k")], hint: .slotsChoose, rank: 2, .up),
         Binding([.down, .char("j")], "", .slotsChoose, .down),
         Binding([.enter], hint: .slotsMove, .move), Binding([.escape, .char("q")], hint: .slotsClose, .close)]
    }

    func perform(_ command: Command, _ s: inout AppState) -> Mode {
        var next = self
        switch command {
        case .up: next.highlight = max(0, highlight - 1)
        case .down: next.highlight = min(slots.count - 1, highlight + 1)
        case .close: return .normal
        case .move:
            guard let original = s.plan.sessions.first(where: { $0.id == session }) else { return .normal }
            let slot = slots[highlight]
            var moved = original
            moved.room = slot.room
            moved.start = slot.start
            moved.end = slot.end
            s.previewMove(moved)
            s.placeMoved(GridState.Moving(original: original, current: moved))
            s.focusGrid(on: moved)
            return .normal
        }
        return .freeSlots(next)
    }

    /// Why a slot is offered: its own room, how near its present time, the seats it has; and
    /// first why it comes late in the list, when it does: outside the programme's hours, or over
    /// a meal everyone attends (`titles` names it; the check allows a slot that spans it whole).
    static func why(_ slot: SlotSuggestion, _ lang: Language, titles: (ID<Session>) -> String = { _ in "" }) -> String {
        var parts: [String] = []
        if slot.outsideHours { parts.append(UIWords.slotOutsideHours.text(lang)) }
        if !slot.spansHeld.isEmpty {
            let names = slot.spansHeld.map { CoreWords.quoted.text(lang, titles($0)) }
            parts.append(UIWords.slotSpansHeld.text(lang, names.joined(separator: UIWords.listSeparator.text(lang))))
        }
        if slot.sameRoom { parts.append(UIWords.slotSameRoom.text(lang)) }
        if let away = slot.minutesAway, away > 0 { parts.append(awayText(away, lang)) }
        parts.append(UIWords.slotSeats.text(lang, slot.seats, slot.signups))
        return parts.joined(separator: UIWords.listSeparator.text(lang))
    }

    /// `相差45分钟`, `相差7小时`, `相差1小时30分`: a distance over an hour in hours, as people
    /// say it, and only whole hours when it is whole.
    static func awayText(_ minutes: Int, _ lang: Language) -> String {
        if minutes < 60 { return UIWords.slotAway.text(lang, minutes) }
        if minutes % 60 == 0 { return UIWords.slotAwayHours.text(lang, minutes / 60) }
        return UIWords.slotAwayHoursMinutes.text(lang, minutes / 60, minutes % 60)
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let title = s.document.catalog.sessionIndex[session].map { s.plan.sessions[$0].title } ?? ""
        let r = centered(s, width: 100, height: slots.count + 5)
        box(&g, r, title: Sanitize.forTerminal(UIWords.gridSlotsTitle.text(s.language, title)))
        for (i, slot) in slots.enumerated() where r.y + 2 + i < r.y + r.height - 2 {
            var text =
                DateText.day(slot.start.date, s.language, weekday: false) + " " + slot.start.clock + "–"
                + slot.end.clock
            // The seats are said once, in why it is offered; the site gives way before any of that.
            var site = ""
            if let ri = s.document.catalog.roomIndex[slot.room] {
                let room = s.plan.rooms[ri]
                text += "  " + room.name
                // The phrase for a room at its site, the room said already: `（德阳旌湖宾馆）` / ` (Hotel)`.
                site = ExportWords.roomAtSite.text(s.language, "", s.document.catalog.siteName[room.site] ?? "")
            }
            var rest = ""
            if slot.tightTravel > 0 { rest += "  ⚠ " + UIWords.gridTooTight.text(s.language) }
            rest += " · " + FreeSlots.why(slot, s.language) { id in
                s.document.catalog.sessionIndex[id].map { s.plan.sessions[$0].title } ?? ""
            }
            let hl = i == highlight
            let lead = hl ? "› " : "  "
            let full = lead + Sanitize.forTerminal(text + site + rest)
            g.put(
                TextFit.cut(
                    DisplayWidth.of(full) <= r.width - 4 ? full : lead + Sanitize.forTerminal(text + rest),
                    width: r.width - 4), x: r.x + 2,
                y: r.y + 2 + i, style: hl ? CellStyle(role: .selection) : .plain, maxWidth: r.width - 4)
        }
        g.put(
            bindings(s).hintLine(s.language, width: r.width - 4), x: r.x + 2, y: r.y + r.height - 2,
            style: CellStyle(role: .muted), maxWidth: r.width - 4)
    }
}
