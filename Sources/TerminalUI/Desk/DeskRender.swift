import Print
import Interchange
import PlanningCore

extension DeskState {
    /// The desk as a grid: the title bar, the input line, what just happened (a banner a person
    /// sees from a step away), the people found, the chosen one with what to hand over, and the
    /// counts beside.
    public func render() -> CellGrid {
        var g = CellGrid(width: width, height: height)
        let lang = language
        let side = width >= 90 ? 34 : 0
        let main = width - side
        let sessionTitle = session.flatMap { id in plan.sessions.first { $0.id == id }?.title }
        var title = DeskWords.title.text(lang, plan.event.shortestName, desk)
        if let sessionTitle { title += " · " + DeskWords.sessionTitle.text(lang, sessionTitle) }
        g.put(DisplayWidth.pad(" " + Sanitize.forTerminal(title), to: width), x: 0, y: 0,
              style: CellStyle(bold: true, reverse: true, role: .bar))
        if let form {
            drawForm(form, &g, width: main)
        } else {
            g.put(DeskWords.prompt.text(lang) + query + "▏", x: 1, y: 2, style: CellStyle(bold: true),
                  maxWidth: main - 2)
            var y = 3
            if let flash {
                let style = CellStyle(bold: true, reverse: true, role: flash.good ? .accent : .error)
                for row in 0..<3 {
                    // A success is read from a step away, spaced out; anything else is read whole.
                    let shown = Sanitize.forTerminal(flash.text)
                    let text = row == 1 ? (flash.good ? DisplayWidth.spread(shown) : shown) : ""
                    let pad = max(0, (main - 2 - DisplayWidth.of(text)) / 2)
                    g.put(DisplayWidth.pad(String(repeating: " ", count: pad) + text, to: main - 2), x: 1, y: y + row,
                          style: style, maxWidth: main - 2)
                }
                y += 3
            }
            y += 1
            drawFound(&g, y: &y, width: main)
            drawChosen(&g, y: y + 1, width: main)
        }
        if side > 0 { drawCounts(&g, x: main, width: side) }
        g.put(DeskWords.hints.text(lang), x: 1, y: height - 1, style: CellStyle(role: .muted), maxWidth: width - 2)
        return g
    }

    private func drawFound(_ g: inout CellGrid, y: inout Int, width: Int) {
        let lang = language
        let rows = min(found.count, max(3, (height - 14) / 2))
        for (i, place) in found.prefix(rows).enumerated() {
            let p = index.people[place]
            let status = arrived[place].map { "✓ " + DeskWords.arrivedAt.text(lang, clock($0.at), $0.desk) } ?? ""
            let line = [DisplayWidth.pad(DisplayWidth.truncate(p.name, to: 10), to: 10),
                        DisplayWidth.pad(DisplayWidth.truncate(p.organisation, to: 24), to: 24),
                        DisplayWidth.pad(RegistrationCategory.words(category(of: place), lang), to: 8),
                        DisplayWidth.pad(PrintLists.phoneTail(p.phone), to: 5), status].joined(separator: " ")
            g.put(Sanitize.forTerminal(line), x: 1, y: y, style: CellStyle(reverse: i == chosen,
                  role: arrived[place] == nil ? .plain : .muted), maxWidth: width - 2)
            y += 1
        }
        if more || found.count > rows {
            g.put(DeskWords.more.text(lang), x: 1, y: y, style: CellStyle(role: .muted), maxWidth: width - 2)
            y += 1
        }
        if found.isEmpty && !query.isEmpty && flash == nil {
            g.put(DeskWords.nobody.text(lang, query), x: 1, y: y, style: CellStyle(role: .warning), maxWidth: width - 2)
            y += 1
        }
    }

    private func drawChosen(_ g: inout CellGrid, y start: Int, width: Int) {
        guard let place = chosenPlace else { return }
        let lang = language
        let p = index.people[place]
        var y = start
        func line(_ text: String, _ style: CellStyle = .plain) {
            guard y < height - 2 else { return }
            g.put(Sanitize.forTerminal(text), x: 2, y: y, style: style, maxWidth: width - 4)
            y += 1
        }
        line(p.name + "  " + [p.title, p.organisation].filter { !$0.isEmpty }.joined(separator: " · "),
             CellStyle(bold: true))
        let badge = badges[p.id].map { DeskWords.badge.text(lang, PrintLists.badgeNumber($0)) } ?? ""
        line([RegistrationCategory.words(category(of: place), lang), badge,
              DeskWords.code.text(lang, CheckInCode.of(uid: p.uid))].filter { !$0.isEmpty }.joined(separator: " · "))
        let sessions = todaysSessions(p.id)
        if !sessions.isEmpty { line(DeskWords.today.text(lang) + sessions.joined(separator: "；")) }
        let list = items(place).enumerated().map { i, item in
            "F\(i + 1) [" + (ticked.contains(i) ? "✓" : " ") + "] " + item
        }
        if !list.isEmpty { line(DeskWords.items.text(lang) + list.joined(separator: "  ")) }
        if let record = arrived[place] {
            line("✓ " + DeskWords.arrivedAt.text(lang, clock(record.at), record.desk), CellStyle(role: .accent))
        } else {
            line(DeskWords.notArrived.text(lang), CellStyle(role: .muted))
        }
    }

    func todaysSessions(_ person: ID<Person>) -> [String] {
        let mine = Set(plan.roles.filter { $0.person == person }.map(\.session)).union(signups[person] ?? [])
        return plan.sessions.filter { s in
            mine.contains(s.id) && s.start.map { plan.event.programmeDay(of: $0) } == today
        }.sorted { ($0.start?.minutes ?? 0) < ($1.start?.minutes ?? 0) }
            .map { ($0.start?.clock ?? "") + " " + $0.title }
    }

    private func drawCounts(_ g: inout CellGrid, x: Int, width: Int) {
        let lang = language
        var y = 2
        func line(_ text: String, _ style: CellStyle = .plain) {
            guard y < height - 2 else { return }
            g.put(Sanitize.forTerminal(text), x: x + 1, y: y, style: style, maxWidth: width - 2)
            y += 1
        }
        for row in 1..<(height - 1) { g.put("│", x: x - 1, y: row, style: CellStyle(role: .muted)) }
        line(DeskWords.counts.text(lang), CellStyle(bold: true))
        line(DeskWords.arrived.text(lang, arrivedCount, expectedCount), CellStyle(bold: true))
        for category in expectedByCategory.keys.sorted() {
            line("  " + RegistrationCategory.words(category, lang) + " "
                 + "\(arrivedByCategory[category] ?? 0) / \(expectedByCategory[category] ?? 0)")
        }
        y += 1
        line(DeskWords.missingVIPs.text(lang), CellStyle(bold: true))
        let missing = missingVIPs
        if missing.isEmpty { line("  " + DeskWords.noneMissing.text(lang), CellStyle(role: .muted)) }
        for p in missing.prefix(8) { line("  " + p.name + " " + p.phone, CellStyle(role: .warning)) }
        if missing.count > 8 { line("  … +\(missing.count - 8)", CellStyle(role: .muted)) }
        y += 1
        line(DeskWords.perTen.text(lang), CellStyle(bold: true))
        let recent = perTenMinutes.keys.sorted().suffix(6)
        let top = max(1, recent.map { perTenMinutes[$0] ?? 0 }.max() ?? 1)
        for bucket in recent {
            let n = perTenMinutes[bucket] ?? 0
            line("  " + LocalDateTime(minutes: bucket * 10).clock + " "
                 + String(repeating: "█", count: max(n > 0 ? 1 : 0, n * (width - 14) / top)) + " \(n)")
        }
    }

    private func drawForm(_ f: DeskForm, _ g: inout CellGrid, width: Int) {
        let lang = language
        let heading: String = switch f.purpose {
        case .walkIn: DeskWords.walkInTitle.text(lang)
        case .undo(_, let name): DeskWords.undoTitle.text(lang, name)
        }
        g.put(Sanitize.forTerminal(heading), x: 1, y: 2, style: CellStyle(bold: true), maxWidth: width - 2)
        for (i, label) in f.labels.enumerated() {
            let text = DisplayWidth.pad(label.text(lang), to: 8) + " " + f.values[i] + (i == f.focus ? "▏" : "")
            g.put(Sanitize.forTerminal(text), x: 2, y: 4 + i, style: CellStyle(reverse: i == f.focus),
                  maxWidth: width - 4)
        }
        g.put(DeskWords.formHints.text(lang), x: 2, y: 5 + f.labels.count, style: CellStyle(role: .muted),
              maxWidth: width - 4)
        if let error = f.error {
            g.put("✖ " + Sanitize.forTerminal(error), x: 2, y: 7 + f.labels.count,
                  style: CellStyle(bold: true, role: .error), maxWidth: width - 4)
        }
    }
}

extension DisplayWidth {
    /// Characters set a space apart, so a name reads from a step away: `张 三`.
    static func spread(_ text: String) -> String { text.map(String.init).joined(separator: " ") }
}
