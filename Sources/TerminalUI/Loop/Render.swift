import Foundation
import Interchange
import PlanningCore

/// Draws the whole screen for a state. Pure: the same state gives the same cells.
public func render(_ s: AppState) -> CellGrid {
    var g = CellGrid(width: s.width, height: s.height)
    let layout = Layout(state: s)
    if layout.tooSmall {
        let text = UIWords.tooSmall.text(s.language)
        let lines = DisplayWidth.wrap(text, width: max(1, s.width - 2))
        for (i, line) in lines.enumerated() {
            g.put(
                line, x: max(0, (s.width - DisplayWidth.of(line)) / 2), y: s.height / 2 - lines.count / 2 + i,
                style: CellStyle(bold: true))
        }
        return g
    }
    drawTopBar(&g, s, layout)
    drawTitle(&g, s)
    s.pane.screen.draw(&g, s, layout)
    drawStatus(&g, s)
    s.mode.screen?.draw(&g, s)
    return g
}

private let barStyle = CellStyle(role: .bar)

private func drawTopBar(_ g: inout CellGrid, _ s: AppState, _ layout: Layout) {
    g.fill(x: 0, y: 0, width: s.width, height: 1, style: barStyle)
    // The name as much as the tabs leave of it (`Layout` gives it way first), cut with `…`.
    let nameRoom = (layout.tabs.first.map { $0.1.lowerBound - 1 } ?? s.width) - 1
    if nameRoom >= 2 {
        g.put(
            " " + DisplayWidth.truncate(Sanitize.forTerminal(s.plan.event.shortestName), to: nameRoom), x: 0, y: 0,
            style: CellStyle(bold: true, role: .bar))
    }
    // Where the programme stands: the last release, and how much moved since; cut with `…`
    // rather than left out where even the narrowest tabs leave too little room.
    if let state = s.document.releaseState(s.language) {
        let noteWidth = s.document.readOnly ? DisplayWidth.of(UIWords.readOnlyNote.text(s.language)) + 2 : 0
        let room = s.width - noteWidth - (layout.tabs.last?.1.upperBound ?? 0) - 2
        if room >= 2 {
            let text = " " + DisplayWidth.truncate(Sanitize.forTerminal(state), to: room) + " "
            g.put(
                text, x: s.width - noteWidth - DisplayWidth.of(text), y: 0,
                style: CellStyle(bold: s.document.sinceRelease > 0, role: .bar))
        }
    }
    if s.document.readOnly {
        let note = " " + UIWords.readOnlyNote.text(s.language) + " "
        g.put(
            note, x: s.width - DisplayWidth.of(note), y: 0, style: CellStyle(bold: true, reverse: true, role: .warning))
    }
    for (p, range) in layout.tabs where range.lowerBound < s.width {
        let active = p == s.pane
        let style = active ? CellStyle(bold: true, underline: true, role: .accent) : barStyle
        g.put(
            " " + Layout.tabLabel(p, s, compact: layout.compactTabs) + " ", x: range.lowerBound, y: 0, style: style,
            maxWidth: s.width - range.lowerBound)
    }
}

private func drawTitle(_ g: inout CellGrid, _ s: AppState) {
    var title = s.pane.title.text(s.language)
    if s.pane == .transport { title += " · " + TransportPane.list(s).title.text(s.language) }
    if s.pane == .rooms { title += " · " + RoomsPane.list(s).title.text(s.language) }
    let count = s.view.order[s.pane]?.count ?? 0
    if s.pane == .attendees {
        title += " · " + (s.attendeesPending ? "…" : UIWords.attendeesCount.text(s.language, count))
    } else if s.pane != .schedule {
        title += " · \(count)"
    }
    let columns = s.pane.table?.columns(s) ?? []
    let l = s.view.lists[s.pane] ?? ListState()
    if !columns.isEmpty && s.pane != .conflicts {
        title +=
            " · " + UIWords.sortedBy.text(s.language) + " "
            + columns[min(l.sortColumn, columns.count - 1)].title.text(s.language) + (l.ascending ? " ↑" : " ↓")
    }
    if s.pane == .conflicts {
        let f = s.view.findingFilter
        let parts = [f.severity?.label(s.language), f.code?.text(s.language)].compactMap { $0 }
        if !parts.isEmpty { title += " · " + UIWords.filterTitle.text(s.language, parts.joined(separator: " · ")) }
    }
    g.put(title, x: 1, y: 1, style: CellStyle(bold: true), maxWidth: s.width - 2)
}

/// The finding counts at the right of the bottom line.
func statusSummary(_ s: AppState) -> String {
    // Counts without the attendees' clashes say so until those are in.
    " " + (s.attendeesPending ? UIWords.readingAttendees.text(s.language) + " · " : "")
        + FindingReport.summary(s.findings, s.language, brief: true) + " "
}

/// A message in the bottom line's room, cut by the UI's one rule; the undo hint at its end
/// (`（u 可撤销）`, `(u undoes)`) is kept whole, as the one thing the reader can still act on.
func statusMessage(_ m: String, width: Int) -> String {
    guard DisplayWidth.of(m) > width else { return m }
    for (open, close, gap) in [("（", "）", ""), (" (", ")", " ")] where m.hasSuffix(close) {
        guard let start = m.range(of: open, options: .backwards) else { continue }
        let tail = String(m[start.lowerBound...]).trimmingCharacters(in: .whitespaces)
        guard tail.dropFirst().hasPrefix("u "), DisplayWidth.of(tail) < width / 2 else { continue }
        let body = String(m[..<start.lowerBound])
        return TextFit.cut(body, width: width - DisplayWidth.of(tail + gap)) + gap + tail
    }
    return TextFit.cut(m, width: width)
}

/// The bottom line: a message, or the hints of the keys of the pane (or of move mode, or of the
/// repair plan or free slots over the grid) from its own table, whole hints only, by rank: the
/// keys of this screen first, `?` always (it lists the rest), the keys every pane has after;
/// read-only, no key that would change something is offered.
private func drawStatus(_ g: inout CellGrid, _ s: AppState) {
    let y = s.height - 1
    g.fill(x: 0, y: y, width: s.width, height: 1, style: barStyle)
    let summary = statusSummary(s)
    let right = DisplayWidth.of(summary)
    var left = ""
    if let m = s.message {
        left = " " + statusMessage(m, width: max(0, s.width - right - 2))
    } else {
        let room = s.width - right - 3
        let hints: [HintBar.Hint]
        func ranked<C>(_ table: [Binding<C>]) -> [HintBar.Hint] {
            table.compactMap { b in b.hint.map { HintBar.Hint(text: $0.text(s.language), rank: b.rank) } }
        }
        if case .repair(let r) = s.mode {
            hints = ranked(r.bindings(s))
        } else if case .freeSlots(let f) = s.mode {
            hints = ranked(f.bindings(s))
        } else if s.mode.screen != nil {
            // A dialog or editor over the pane lists its own keys: the pane's are not live under it.
            hints = []
        } else if s.pane == .schedule, s.view.grid.moving != nil {
            hints = ranked(GridMove.bindings)
        } else {
            let own = s.pane.screen.bindings.compactMap(\.hint)
            hints = s.pane.bindings.filter { !(s.document.readOnly && $0.command.changes) }.compactMap { b in
                b.hint.map { h in
                    HintBar.Hint(
                        text: h.text(s.language),
                        rank: h == .hintHelp ? 0 : own.contains(h) ? b.rank : h == .hintChanges ? 6 : 5)
                }
            }
        }
        left = "  " + HintBar.fit(hints, width: room, separator: "  ")
    }
    g.put(left, x: 0, y: y, style: barStyle, maxWidth: max(0, s.width - right - 1))
    let errors = s.findings.contains { $0.isOpen && $0.severity == .error }
    g.put(
        summary, x: max(0, s.width - right), y: y,
        style: CellStyle(bold: true, reverse: true, role: errors ? .error : .plain))
}

func box(_ g: inout CellGrid, _ r: Region, title: String) {
    g.fill(x: r.x, y: r.y, width: r.width, height: r.height)
    g.put("┌" + String(repeating: "─", count: r.width - 2) + "┐", x: r.x, y: r.y)
    for y in (r.y + 1)..<(r.y + r.height - 1) {
        g.put("│", x: r.x, y: y)
        g.put("│", x: r.x + r.width - 1, y: y)
    }
    g.put("└" + String(repeating: "─", count: r.width - 2) + "┘", x: r.x, y: r.y + r.height - 1)
    g.put(" " + title + " ", x: r.x + 2, y: r.y, style: CellStyle(bold: true), maxWidth: r.width - 4)
}

func centered(_ s: AppState, width: Int, height: Int) -> Region {
    let w = min(s.width - 2, width), h = min(s.height - 2, height)
    return Region(x: (s.width - w) / 2, y: max(1, (s.height - h) / 2), width: w, height: h)
}



