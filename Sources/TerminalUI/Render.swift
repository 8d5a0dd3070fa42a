import Foundation
import Interchange
import PlanningCore

/// Draws the whole screen for a state. Pure: the same state gives the same cells.
public func render(_ s: AppState) -> CellGrid {
    var g = CellGrid(width: s.width, height: s.height)
    let layout = Layout(state: s)
    if layout.tooSmall {
        let text = T.tooSmall.text(s.language)
        let lines = DisplayWidth.wrap(text, width: max(1, s.width - 2))
        for (i, line) in lines.enumerated() {
            g.put(line, x: max(0, (s.width - DisplayWidth.of(line)) / 2), y: s.height / 2 - lines.count / 2 + i, style: CellStyle(bold: true))
        }
        return g
    }
    drawTopBar(&g, s, layout)
    drawTitle(&g, s)
    if s.pane == .schedule {
        drawSchedule(&g, s)
    } else {
        drawTable(&g, s, layout.table)
        drawDetails(&g, s, layout)
    }
    drawStatus(&g, s)
    switch s.mode {
    case .form(let form): drawForm(&g, s, form)
    case .confirm(let message, _): drawConfirm(&g, s, message)
    case .quitAsked(let form):
        drawForm(&g, s, form)
        drawConfirm(&g, s, T.quitUnsaved.text(s.language), hint: .quitYesNo)
    case .help(let scroll): drawHelp(&g, s, scroll: scroll)
    case .importPreview(let preview): drawImportPreview(&g, s, preview)
    case .slots(let id, let slots, let highlight): drawSlots(&g, s, id, slots, highlight)
    case .exported(let path, let preview): drawExported(&g, s, path, preview)
    case .conflict(let mine, let theirs): drawConflict(&g, s, mine, theirs)
    default: break
    }
    return g
}

private func drawExported(_ g: inout CellGrid, _ s: AppState, _ path: String, _ preview: [String]) {
    let r = centered(s, width: s.width - 4, height: s.height - 2)
    box(&g, r, title: T.exportWrote.text(s.language, path))
    for (i, line) in preview.prefix(r.height - 4).enumerated() {
        g.put(line, x: r.x + 2, y: r.y + 1 + i, maxWidth: r.width - 4)
    }
    g.put(T.exportPreviewClose.text(s.language), x: r.x + 2, y: r.y + r.height - 2, style: CellStyle(dim: true), maxWidth: r.width - 4)
}

private func drawImportPreview(_ g: inout CellGrid, _ s: AppState, _ preview: ImportPreview) {
    let r = centered(s, width: s.width - 4, height: s.height - 2)
    box(&g, r, title: T.importPreviewTitle.text(s.language, (preview.path as NSString).lastPathComponent))
    let lines = preview.lines(s)
    let visible = r.height - 4
    for (i, line) in lines.dropFirst(preview.scroll).prefix(visible).enumerated() {
        g.put(line, x: r.x + 2, y: r.y + 1 + i, maxWidth: r.width - 4)
    }
    g.put(T.importHints.text(s.language), x: r.x + 2, y: r.y + r.height - 2, style: CellStyle(dim: true), maxWidth: r.width - 4)
}

private let barStyle = CellStyle(reverse: true)

private func drawTopBar(_ g: inout CellGrid, _ s: AppState, _ layout: Layout) {
    g.fill(x: 0, y: 0, width: s.width, height: 1, style: barStyle)
    let name = s.plan.event.shortName.isEmpty ? s.plan.event.name : s.plan.event.shortName
    g.put(" " + name, x: 0, y: 0, style: CellStyle(bold: true, reverse: true), maxWidth: layout.tabs.first.map { $0.1.lowerBound - 1 } ?? s.width)
    if s.readOnly {
        let note = " " + T.readOnlyNote.text(s.language) + " "
        g.put(note, x: s.width - DisplayWidth.of(note), y: 0, style: CellStyle(bold: true, reverse: true, role: .warning))
    }
    for (p, range) in layout.tabs where range.lowerBound < s.width {
        let active = p == s.pane
        let style = active ? CellStyle(bold: true, underline: true, role: .accent) : barStyle
        g.put(" " + Layout.tabLabel(p, s) + " ", x: range.lowerBound, y: 0, style: style, maxWidth: s.width - range.lowerBound)
    }
}

private func drawTitle(_ g: inout CellGrid, _ s: AppState) {
    var title = s.pane.title.text(s.language)
    let count = s.order[s.pane]?.count ?? 0
    title += s.pane == .attendees ? " · " + (s.attendeesPending ? "…" : T.attendeesCount.text(s.language, count))
        : s.pane == .schedule ? "" : " · \(count)"
    let columns = PaneTable.columns(s.pane, s)
    let l = s.lists[s.pane] ?? ListState()
    if !columns.isEmpty && s.pane != .conflicts {
        title += " · " + T.sortedBy.text(s.language) + " " + columns[min(l.sortColumn, columns.count - 1)].title.text(s.language) + (l.ascending ? " ↑" : " ↓")
    }
    g.put(title, x: 1, y: 1, style: CellStyle(bold: true), maxWidth: s.width - 2)
}

private func drawTable(_ g: inout CellGrid, _ s: AppState, _ r: Region) {
    let columns = PaneTable.columns(s.pane, s)
    let fitted = Layout.fit(columns, width: r.width - 1)
    var x = r.x + 1
    for (i, w) in fitted {
        let title = columns[i].title.text(s.language)
        g.put(columns[i].alignRight ? DisplayWidth.pad(title, to: w, alignRight: true) : title, x: x, y: r.y,
              style: CellStyle(bold: true, underline: true), maxWidth: w)
        x += w + 1
    }
    let rows = s.order[s.pane] ?? []
    let l = s.lists[s.pane] ?? ListState()
    if rows.isEmpty {
        g.put((s.pane == .attendees && s.attendeesPending ? T.readingAttendees : T.noRows).text(s.language), x: r.x + 2, y: r.y + 2, style: CellStyle(dim: true), maxWidth: r.width - 3)
        return
    }
    // Only the rows on screen are turned into text: 100,000 attendees cost what one screen costs.
    for line in 0..<(r.height - 1) {
        let position = l.top + line
        guard position < rows.count else { break }
        let row = rows[position]
        let selected = position == l.selected
        let y = r.y + 1 + line
        let base = selected ? CellStyle(bold: true, reverse: true) : .plain
        if selected { g.fill(x: r.x, y: y, width: r.width, height: 1, style: base) }
        var x = r.x + 1
        for (i, w) in fitted {
            let text = columns[i].value(row)
            var style = base
            if let severity = columns[i].severity?(row) {
                style.role = Theme.role(severity)
                style.bold = true
            }
            g.put(columns[i].alignRight ? DisplayWidth.pad(text, to: w, alignRight: true) : DisplayWidth.truncate(text, to: w),
                  x: x, y: y, style: style, maxWidth: w)
            x += w + 1
        }
    }
}

private func drawDetails(_ g: inout CellGrid, _ s: AppState, _ layout: Layout) {
    let r = layout.details
    guard r.height > 0, r.width > 4 else { return }
    if layout.wide {
        for y in r.y..<(r.y + r.height) { g.put("│", x: r.x - 1, y: y, style: CellStyle(dim: true)) }
    } else {
        g.put(String(repeating: "─", count: s.width), x: 0, y: r.y - 1, style: CellStyle(dim: true))
    }
    guard let row = s.selectedRow else { return }
    var y = r.y
    for line in PaneTable.details(s.pane, s, row: row) {
        for piece in DisplayWidth.wrap(Sanitize.forTerminal(line.text), width: r.width - 2) {
            guard y < r.y + r.height else { return }
            g.put(piece, x: r.x + 1, y: y, style: line.style, maxWidth: r.width - 2)
            y += 1
        }
    }
}

private func drawStatus(_ g: inout CellGrid, _ s: AppState) {
    let y = s.height - 1
    g.fill(x: 0, y: y, width: s.width, height: 1, style: barStyle)
    // Counts without the attendees' clashes say so until those are in.
    let summary = " " + (s.attendeesPending ? T.readingAttendees.text(s.language) + " · " : "")
        + FindingReport.summary(s.findings, s.language, brief: true) + " "
    let right = DisplayWidth.of(summary)
    let left: String
    if case .search = s.mode {
        left = " /" + (s.lists[s.pane]?.search ?? "") + "▏" + (s.message.map { "  " + $0 } ?? "")
    } else if let m = s.message {
        left = " " + m
    } else if s.pane == .schedule {
        // Whole hints only, as below.
        var shown = ""
        for h in (s.grid.moving != nil ? T.gridMoveHints : T.gridHints).text(s.language).components(separatedBy: " · ") {
            let next = shown.isEmpty ? " " + h : shown + " · " + h
            if DisplayWidth.of(next) > s.width - right - 2 { break }
            shown = next
        }
        left = shown
    } else {
        var hints: [T] = [.hintMove]
        switch s.pane {
        case .conflicts: hints += [.hintJump, .hintAck]
        case .schedule: break
        case .sessions: hints += [.hintAdd, .hintEdit, .hintDelete, .hintRole]
        case .attendees: hints += [.hintAdd, .hintEdit, .hintDelete, .hintImport]
        default: hints += [.hintAdd, .hintEdit, .hintDelete]
        }
        hints += [.hintSearch, .hintSort, .hintUndo, .hintHelp, .hintQuit]
        // Read-only: no key that would change something is offered.
        if s.readOnly { hints.removeAll { [.hintAdd, .hintEdit, .hintDelete, .hintRole, .hintImport, .hintAck, .hintUndo].contains($0) } }
        // Whole hints only: a hint cut in half is worse than one left out (? lists them all).
        var shown = ""
        for h in hints {
            let next = shown + "  " + h.text(s.language)
            if DisplayWidth.of(next) > s.width - right - 2 { break }
            shown = next
        }
        left = shown
    }
    g.put(left, x: 0, y: y, style: barStyle, maxWidth: max(0, s.width - right - 1))
    let errors = s.findings.contains { $0.isOpen && $0.severity == .error }
    g.put(summary, x: max(0, s.width - right), y: y,
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

private func drawForm(_ g: inout CellGrid, _ s: AppState, _ form: Form) {
    let focused = form.fields[form.focus]
    let options = focused.isPicker ? Array(focused.filtered.prefix(6)) : []
    let pickerLines = focused.isPicker ? max(1, options.count) + 1 : 0
    let r = centered(s, width: 76, height: form.fields.count + pickerLines + 5)
    box(&g, r, title: form.title.text(s.language))
    let labelWidth = (form.fields.map { DisplayWidth.of($0.label.text(s.language)) }.max() ?? 0) + 2
    let valueX = r.x + 2 + labelWidth, valueWidth = r.x + r.width - 2 - valueX
    var y = r.y + 2
    for (i, f) in form.fields.enumerated() {
        guard y < r.y + r.height - 2 else { break }
        let isFocus = i == form.focus
        g.put(f.label.text(s.language) + (f.required ? "*" : ""), x: r.x + 2, y: y, style: CellStyle(bold: isFocus))
        var value = isFocus && (f.kind == .text || f.kind == .number || f.kind == .date || f.kind == .time) ? String(f.text) : f.display
        if isFocus, f.isPicker, !f.string.isEmpty { value = f.display + "  ‹" + f.string + "›" }
        var shown = value
        // Keep the cursor in view in a long value: show its end.
        while DisplayWidth.of(shown) > valueWidth - 1, !shown.isEmpty { shown.removeFirst() }
        let fieldStyle = isFocus ? CellStyle(underline: true) : .plain
        g.fill(x: valueX, y: y, width: valueWidth, height: 1, style: fieldStyle)
        let end = g.put(shown, x: valueX, y: y, style: fieldStyle, maxWidth: valueWidth)
        if isFocus && !f.isPicker {
            // The cursor: the cell of the character it stands on, shown reversed.
            let before = String(f.text.prefix(f.cursor))
            let cut = DisplayWidth.of(value) - DisplayWidth.of(shown)
            let cx = valueX + DisplayWidth.of(before) - cut
            if cx >= valueX && cx < valueX + valueWidth {
                let ch = f.cursor < f.text.count ? String(f.text[f.cursor]) : " "
                g.put(ch, x: cx, y: y, style: CellStyle(reverse: true))
            }
        }
        if let error = f.error {
            g.put(" ✖ " + error, x: min(end + 1, r.x + r.width - 3), y: y, style: CellStyle(bold: true, role: .error),
                  maxWidth: max(0, r.x + r.width - 2 - end))
        }
        y += 1
    }
    if focused.isPicker {
        y += 1
        if options.isEmpty {
            g.put("  " + T.formNoMatch.text(s.language), x: r.x + 2, y: y, style: CellStyle(dim: true))
        }
        for (k, o) in options.enumerated() where y < r.y + r.height - 2 {
            var label = o.label
            if case .multi = focused.kind { label = (focused.picked.contains(o.value) ? "[x] " : "[ ] ") + label }
            let hl = k == focused.highlight
            g.put((hl ? "› " : "  ") + label, x: r.x + 2, y: y, style: hl ? CellStyle(reverse: true) : .plain, maxWidth: r.width - 4)
            y += 1
        }
    }
    // A long error does not fit beside its value: the first one also takes the hint line.
    if let error = form.fields.lazy.compactMap(\.error).first {
        g.put("✖ " + error, x: r.x + 2, y: r.y + r.height - 2, style: CellStyle(bold: true, role: .error), maxWidth: r.width - 4)
        return
    }
    var hints = [T.formSave, .formCancel, .formNext].map { $0.text(s.language) }
    if focused.isPicker { hints.append(T.formPickerHint.text(s.language)) }
    g.put(hints.joined(separator: " · "), x: r.x + 2, y: r.y + r.height - 2, style: CellStyle(dim: true), maxWidth: r.width - 4)
}

private func drawConfirm(_ g: inout CellGrid, _ s: AppState, _ message: String, hint: T = .confirmYesNo) {
    let lines = DisplayWidth.wrap(message, width: min(60, s.width - 8))
    let r = centered(s, width: (lines.map { DisplayWidth.of($0) }.max() ?? 20) + 6, height: lines.count + 5)
    box(&g, r, title: "")
    for (i, line) in lines.enumerated() { g.put(line, x: r.x + 3, y: r.y + 2 + i, style: CellStyle(bold: true)) }
    g.put(hint.text(s.language), x: r.x + 3, y: r.y + r.height - 2, style: CellStyle(dim: true))
}

/// The pane's keys from its own table, each description wrapped under itself (never cut), the
/// list scrolled with ↑↓ when it is longer than the screen.
private func drawHelp(_ g: inout CellGrid, _ s: AppState, scroll: Int) {
    let lines = s.helpLines()
    let r = centered(s, width: min(72, s.width - 2), height: min(s.height - 2, lines.count + 5))
    box(&g, r, title: T.helpTitle.text(s.language) + " · " + s.pane.title.text(s.language))
    let visible = r.height - 5
    let first = min(scroll, max(0, lines.count - visible))
    for (i, line) in lines.dropFirst(first).prefix(visible).enumerated() {
        g.put(line.key, x: r.x + 3, y: r.y + 2 + i, style: CellStyle(bold: true))
        g.put(line.text, x: r.x + 3 + line.indent, y: r.y + 2 + i, maxWidth: r.width - line.indent - 5)
    }
    let more = first + visible < lines.count ? "  ↓" : first > 0 ? "  ↑" : ""
    g.put(T.helpClose.text(s.language) + more, x: r.x + 3, y: r.y + r.height - 2, style: CellStyle(dim: true))
}
