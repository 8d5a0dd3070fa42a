import Foundation
import PlanningCore

/// A form as a screen: typing into the focused field, moving between fields and through a
/// pick list, saving and cancelling. What a save stands for is in `Forms.swift`.
extension Form: StateScreen {
    enum Command { case cancel, save, next, previous, up, down, left, right, home, end, backspace, delete, clear }

    var shown: Mode { .form(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        // A narrow hint line keeps Esc (a way out) first, then saving and a picker's keys; Tab
        // gives way first, as the fields are on screen to see.
        var table: [Binding<Command>] = [
            Binding([.enter, .ctrl("s")], hint: enterDoes, .save),
            Binding([.escape], hint: .formCancel, rank: 0, .cancel),
            Binding([.tab], hint: .formNext, rank: 2, .next),
            Binding([.backTab], "", .formNext, .previous),
            Binding([.up], "", .formPickerHint, hint: fields[focus].isPicker ? .formPickerHint : nil, .up),
        ]
        let editing: [(Key, Command)] = [(.down, .down), (.left, .left), (.right, .right), (.home, .home), (.end, .end),
                                         (.backspace, .backspace), (.delete, .delete), (.ctrl("u"), .clear)]
        table += editing.map { Binding([$0.0], "", .formNext, $0.1) }
        return table
    }

    func perform(_ command: Command, _ s: inout AppState) -> Mode {
        var form = self
        var field = form.fields[form.focus]
        switch command {
        case .cancel: return .normal
        case .save: return s.save(form)
        case .next, .previous:
            // In a file field with text, Tab first completes the path (the runner lists the folder).
            if command == .next, field.kind == .path, !field.string.isEmpty {
                s.emit(.completePath(field.string))
                return .form(form)
            }
            form.next(command == .next ? 1 : -1)
            return .form(form)
        case .up, .down:
            guard field.isPicker else {
                form.next(command == .down ? 1 : -1)
                return .form(form)
            }
            field.moveHighlight(command == .down ? 1 : -1)
            form.fields[form.focus] = field
            return .form(ExportForm.following(form, s))
        case .left: field.move(-1)
        case .right: field.move(1)
        case .home: field.cursor = 0
        case .end: field.cursor = field.text.count
        case .backspace, .delete, .clear:
            if command == .backspace { field.backspace() } else if command == .delete { field.deleteForward() } else {
                field.text = []
                field.cursor = 0
            }
            form.typed(into: field)
            return .form(field.isPicker ? ExportForm.following(form, s) : form)
        }
        form.fields[form.focus] = field
        return .form(form)
    }

    /// What Enter is said to do: the import form opens a preview and a filter takes the choice;
    /// neither saves anything, so neither says `保存`.
    var enterDoes: UIWords {
        switch purpose {
        case .importFile: .formPreview
        case .gridTrack, .gridPerson, .findingCode: .formChoose
        default: .formSave
        }
    }

    /// A character typed into the focused field.
    func unbound(_ key: Key, _ s: inout AppState) -> Mode {
        guard case .char(let c) = key else { return shown }
        var form = self
        var field = form.fields[form.focus]
        field.type(c)
        form.typed(into: field)
        return .form(field.isPicker ? ExportForm.following(form, s) : form)
    }

    /// The field after typing: a field being corrected loses its mark (it is judged again at the
    /// next save), and the form now holds text that quitting would lose.
    private mutating func typed(into field: FormField) {
        var f = field
        f.error = nil
        f.typed = true
        fields[focus] = f
        edited = true
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let focused = fields[focus]
        let options = focused.isPicker ? Array(focused.filtered.prefix(6)) : []
        let pickerLines = focused.isPicker ? max(1, options.count) + 1 : 0
        let r = centered(s, width: 76, height: fields.count + pickerLines + 5)
        box(&g, r, title: title.text(s.language))
        let labelWidth = (fields.map { DisplayWidth.of($0.label.text(s.language)) }.max() ?? 0) + 2
        let valueX = r.x + 2 + labelWidth, valueWidth = r.x + r.width - 2 - valueX
        var y = r.y + 2
        for (i, f) in fields.enumerated() {
            guard y < r.y + r.height - 2 else { break }
            drawField(
                &g, f, focused: i == focus, x: r.x + 2, valueX: valueX, valueWidth: valueWidth,
                right: r.x + r.width - 2, y: y, s)
            y += 1
        }
        if focused.isPicker {
            y += 1
            if options.isEmpty {
                g.put("  " + UIWords.formNoMatch.text(s.language), x: r.x + 2, y: y, style: CellStyle(role: .muted))
            }
            for (k, o) in options.enumerated() where y < r.y + r.height - 2 {
                var label = o.label
                if case .multi = focused.kind { label = (focused.picked.contains(o.value) ? "[x] " : "[ ] ") + label }
                let hl = k == focused.highlight
                g.put(
                    (hl ? "› " : "  ") + label, x: r.x + 2, y: y, style: hl ? CellStyle(role: .selection) : .plain,
                    maxWidth: r.width - 4)
                y += 1
            }
        }
        // A long error does not fit beside its value: the first one also takes the hint line.
        if let error = fields.lazy.compactMap(\.error).first {
            g.put(
                "✖ " + error, x: r.x + 2, y: r.y + r.height - 2, style: CellStyle(bold: true, role: .error),
                maxWidth: r.width - 4)
            return
        }
        g.put(
            bindings(s).hintLine(s.language, width: r.width - 4), x: r.x + 2, y: r.y + r.height - 2,
            style: CellStyle(role: .muted),
            maxWidth: r.width - 4)
    }

    private func drawField(
        _ g: inout CellGrid, _ f: FormField, focused isFocus: Bool, x: Int, valueX: Int, valueWidth: Int,
        right: Int, y: Int, _ s: AppState
    ) {
        g.put(f.label.text(s.language) + (f.required ? "*" : ""), x: x, y: y, style: CellStyle(bold: isFocus))
        var value = isFocus && f.isTyped ? String(f.text) : f.display(s.language)
        if isFocus, f.isPicker, !f.string.isEmpty { value = f.display(s.language) + "  ‹" + f.string + "›" }
        var shown = value
        // Keep the cursor in view in a long value: show its end.
        while DisplayWidth.of(shown) > valueWidth - 1, !shown.isEmpty { shown.removeFirst() }
        let fieldStyle = isFocus ? CellStyle(role: .focus) : .plain
        g.fill(x: valueX, y: y, width: valueWidth, height: 1, style: fieldStyle)
        let end = g.put(shown, x: valueX, y: y, style: fieldStyle, maxWidth: valueWidth)
        if isFocus && !f.isPicker {
            // The cursor: the cell of the character it stands on, shown reversed.
            let before = String(f.text.prefix(f.cursor))
            let cx = valueX + DisplayWidth.of(before) - (DisplayWidth.of(value) - DisplayWidth.of(shown))
            if cx >= valueX && cx < valueX + valueWidth {
                g.put(
                    f.cursor < f.text.count ? String(f.text[f.cursor]) : " ", x: cx, y: y,
                    style: CellStyle(role: .selection))
            }
        }
        if let error = f.error {
            g.put(
                " ✖ " + error, x: min(end + 1, right - 1), y: y, style: CellStyle(bold: true, role: .error),
                maxWidth: max(0, right - end))
        }
    }
}

extension Form {
    /// Tab in a file field: the one name that continues the typed path, or what all of them share
    /// (the status lists them); nothing to complete moves on to the next field. Nil when the
    /// field no longer holds what was completed.
    func pathCompleted(_ typed: String, _ candidates: [String]) -> Outcome? {
        guard fields[focus].string == typed else { return nil }
        var form = self
        var message: String?
        var common = candidates.first ?? typed
        for c in candidates.dropFirst() { while !c.hasPrefix(common) { common.removeLast() } }
        if candidates.isEmpty || (common == typed && candidates.count == 1) {
            form.next(1)
        } else {
            form.fields[form.focus].text = Array(common)
            form.fields[form.focus].cursor = common.count
            form.fields[form.focus].typed = true
            if candidates.count > 1 {
                message = candidates.prefix(8).map { ($0 as NSString).lastPathComponent }.joined(separator: "  ")
            }
            if let message { form.listed = message }
        }
        return Outcome(.form(form), message: message)
    }
}
