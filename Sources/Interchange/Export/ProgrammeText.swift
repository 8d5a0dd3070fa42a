import PlanningCore

extension Programme {
    /// The rule of a text file's headings: a character every terminal and editor counts one
    /// column wide (a box-drawing `━` is two in an East Asian one, and an 80-column rule wraps).
    static let rule: Character = "="
    static let ruleStart = "== "

    /// The whole programme as text or Markdown, per the options.
    public func render() -> String {
        options.format == .markdown ? markdown() : text()
    }

    /// Lines no wider than `width`: the time in a column of its own, everything about a session
    /// indented beside it, long text wrapped with a hanging indent.
    public func text() -> String {
        let width = max(40, options.width)
        var out: [String] = []
        func wrapped(_ text: String, first: String, rest: String) {
            let room = width - DisplayWidth.of(first)
            let lines = DisplayWidth.wrap(Sanitize.forTerminal(text), width: max(1, room))
            for (i, l) in lines.enumerated() { out.append((i == 0 ? first : rest) + l) }
        }
        wrapped(plan.event.name, first: "", rest: "")
        wrapped(title() + " · " + datesLine(), first: "", rest: "")
        if let r = releaseLine() { wrapped(r, first: "", rest: "") }
        let (days, unscheduled) = selected()
        let indent = String(repeating: " ", count: Programme.timeColumn)
        var anyMarked = false
        func session(_ s: Session) {
            let marked = options.marked.contains(s.id)
            anyMarked = anyMarked || marked
            let time = DisplayWidth.pad(clock(s), to: Programme.timeColumn - 2) + "  "
            wrapped((marked ? "[!] " : "") + s.title, first: time, rest: indent)
            var facts = [s.kind.label(options.language)]
            if !s.track.isEmpty, !s.title.hasPrefix(s.track) { facts.append(s.track) }
            if let r = roomText(s) { facts.append(r) }
            wrapped(facts.joined(separator: " · "), first: indent, rest: indent)
            for (label, names) in roleLines(s) {
                let head = label + ExportWords.labelSeparator.text(lang)
                let hanging = indent + String(repeating: " ", count: DisplayWidth.of(head))
                for (i, n) in names.enumerated() { wrapped(n, first: i == 0 ? indent + head : hanging, rest: hanging) }
            }
            if let l = languageText(s) { wrapped(l, first: indent, rest: indent) }
        }
        /// `== 5月14日 星期四 ====`; a heading too long for the width (a day outside the event, in
        /// English, 40 wide) wraps, and its rule follows the last line.
        func heading(_ title: String) {
            let lines = DisplayWidth.wrap(Sanitize.forTerminal(title), width: max(1, width - 6))
            for (i, l) in lines.enumerated() {
                let line = (i == 0 ? Programme.ruleStart : "   ") + l + " "
                let last = i == lines.count - 1
                let rule = String(repeating: Programme.rule, count: max(2, width - DisplayWidth.of(line)))
                out.append(line + (last ? rule : ""))
            }
        }
        for (day, sessions) in days {
            out.append("")
            heading(dayHeading(day))
            var i = 0
            while i < sessions.count {
                var j = i + 1
                while j < sessions.count, sessions[j].start == sessions[i].start { j += 1 }
                out.append("")
                if j - i > 1 {
                    out.append(
                        DisplayWidth.pad(sessions[i].start!.clock, to: Programme.timeColumn - 2) + "  "
                            + parallelHeading(j - i))
                    for k in i..<j {
                        out.append("")
                        session(sessions[k])
                    }
                } else {
                    session(sessions[i])
                }
                i = j
            }
        }
        if !unscheduled.isEmpty {
            out.append("")
            heading(unscheduledHeading)
            for s in unscheduled {
                out.append("")
                session(s)
            }
        }
        if anyMarked {
            out.append("")
            wrapped(markLegend, first: "", rest: "")
        }
        return out.map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n") + "\n"
    }

    /// For web pages and messaging: headings per day and session, no wrapping.
    public func markdown() -> String {
        func md(_ s: String) -> String {
            var out = ""
            for c in Sanitize.forTerminal(s) {
                if "\\`*_[]<>#|".contains(c) { out.append("\\") }
                out.append(c)
            }
            return out
        }
        var out = "# " + md(plan.event.name) + "\n\n" + md(title() + " · " + datesLine()) + "\n"
        if let r = releaseLine() { out += "\n" + md(r) + "\n" }
        let (days, unscheduled) = selected()
        func session(_ s: Session) {
            out +=
                "\n### " + (clock(s).isEmpty ? "" : clock(s) + " ") + (options.marked.contains(s.id) ? "[!] " : "")
                + md(s.title) + "\n\n"
            var facts = [s.kind.label(options.language)]
            if !s.track.isEmpty, !s.title.hasPrefix(s.track) { facts.append(s.track) }
            if let r = roomText(s) { facts.append(r) }
            var lines = [md(facts.joined(separator: " · "))]
            for (label, names) in roleLines(s) {
                lines.append("**" + md(label) + "**" + ExportWords.labelSeparator.text(lang)
                             + names.map(md).joined(separator: ExportWords.clauseSeparator.text(lang)))
            }
            if let l = languageText(s) { lines.append(md(l)) }
            out += lines.map { "- " + $0 }.joined(separator: "\n") + "\n"
        }
        for (day, sessions) in days {
            out += "\n## " + md(dayHeading(day)) + "\n"
            for s in sessions { session(s) }
        }
        if !unscheduled.isEmpty {
            out += "\n## " + md(unscheduledHeading) + "\n"
            for s in unscheduled { session(s) }
        }
        return out
    }
}

extension Programme {
    /// `第 3 版 · 2026-05-10 发布`, or `草稿（第 3 版后有 5 处改动）` when the programme moved since.
    func releaseLine() -> String? {
        guard let history = options.releases, let last = history.last else { return nil }
        let day = ZoneOffset(plan.event.timeZone).localDay(last.at)
        return history.changesSinceLast == 0
            ? ExportWords.releaseStamp.text(lang, last.title(lang), day)
            : Plural(one: ExportWords.releaseDraftOne, other: .releaseDraftOther).text(
                lang, history.changesSinceLast, last.title(lang))
    }
}
