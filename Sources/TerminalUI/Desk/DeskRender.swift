import Print
import Interchange
import PlanningCore

extension DeskState {
    typealias Line = (text: String, style: CellStyle)

    /// The counts' column beside the search from 90 columns, wider on a wide screen so a VIP's
    /// name and organisation keep room beside the phone.
    var sideWidth: Int { width >= 90 ? max(34, min(48, width / 4)) : 0 }

    /// The desk as a grid: the title bar, the input line, what just happened (a banner a person
    /// sees from a step away), the people found, the chosen one with what to hand over, and the
    /// counts beside (below 90 columns the count in the title bar, the rest behind Tab).
    public func render() -> CellGrid {
        var g = CellGrid(width: width, height: height)
        let lang = language
        let side = sideWidth
        let main = width - side
        drawTitle(&g, withCount: side == 0)
        if let form {
            drawForm(form, &g, width: main)
        } else {
            g.put(cut(DeskWords.prompt.text(lang) + query + "▏", main - 2), x: 1, y: 2, style: CellStyle(bold: true))
            var y = 3
            if let flash {
                // A column kept clear before the counts' rule: a terminal that draws ✔ wide
                // pushes the banner's row one cell right.
                drawFlash(flash, &g, y: y, width: main - (side > 0 ? 3 : 2))
                y += 3
            }
            y += 1
            if panel {
                drawPanel(&g, y: y, width: main, counts: side == 0)
            } else {
                drawFound(&g, y: &y, width: main)
                drawChosen(&g, y: y + 1, width: main)
            }
        }
        if side > 0 { drawCounts(&g, x: main, width: side) }
        // Under a form its own keys: the desk's do other things there.
        let bottom = form.map { f -> String in
            // Saving and leaving first, then moving about.
            let hints = (f.purpose.isWalkIn ? DeskWords.walkInHints : .formHints).text(lang)
                .components(separatedBy: " · ")
            let byNeed = [0, hints.count - 1] + Array(1..<max(1, hints.count - 1))
            return fitWhole(hints, byNeed: byNeed, width: width - 2).joined(separator: " · ")
        } ?? hints(width: width - 2)
        g.put(bottom, x: 1, y: height - 1, style: CellStyle(role: .muted))
        return g
    }

    private func drawTitle(_ g: inout CellGrid, withCount: Bool) {
        let lang = language
        let sessionTitle = session.flatMap { id in plan.sessions.first { $0.id == id }?.title }
        var title = DeskWords.title.text(lang, plan.event.shortestName, desk)
        if let sessionTitle { title += " · " + DeskWords.sessionTitle.text(lang, sessionTitle) }
        let style = CellStyle(bold: true, reverse: true, role: .bar)
        g.put(String(repeating: " ", count: width), x: 0, y: 0, style: style)
        // Without the counts beside, the one figure a desk glances at stays in sight.
        let count = withCount ? DeskWords.arrived.text(lang, arrivedCount, expectedCount) + " " : ""
        g.put(cut(Sanitize.forTerminal(title), width - 2 - DisplayWidth.of(count) - 2), x: 1, y: 0, style: style)
        if !count.isEmpty { g.put(count, x: width - DisplayWidth.of(count), y: 0, style: style) }
    }

    private func drawFlash(_ flash: (text: String, good: Bool), _ g: inout CellGrid, y: Int, width: Int) {
        let style = CellStyle(bold: true, reverse: true, role: flash.good ? .accent : .error)
        // A success is read from a step away, spaced out when there is room; anything else is read whole.
        let shown = Sanitize.forTerminal(flash.text)
        let spread = DisplayWidth.spread(shown, name: flashName.map { Sanitize.forTerminal($0) })
        let text = cut(flash.good && DisplayWidth.of(spread) <= width ? spread : shown, width)
        for row in 0..<3 {
            let line = row == 1 ? text : ""
            let pad = max(0, (width - DisplayWidth.of(line)) / 2)
            g.put(DisplayWidth.pad(String(repeating: " ", count: pad) + line, to: width), x: 1, y: y + row,
                  style: style)
        }
    }

    /// The bottom line: as many of the keys as fit, the most needed first, each whole; the
    /// rest are behind Tab, whose hint is then always there.
    func hints(width: Int) -> String {
        let shown: [DeskWords] = [.hintFind, .hintChoose, .hintTick, .hintEnter, .hintWalkIn, .hintUndo, .hintQuit]
        let byNeed: [DeskWords] = [.hintEnter, .hintWalkIn, .hintUndo, .hintQuit, .hintTick, .hintChoose, .hintFind]
        let order = shown + [.hintCounts, .hintKeys, .hintBack]
        func fit(_ first: DeskWords?) -> [String] {
            let need = (first.map { [$0] } ?? []) + byNeed
            return fitWhole(order.map { $0.text(language) }, byNeed: need.map { order.firstIndex(of: $0)! },
                            width: width)
        }
        let tab: DeskWords? = panel ? .hintBack : sideWidth == 0 ? .hintCounts : nil
        var chosen = fit(tab)
        if tab == nil && chosen.count < byNeed.count { chosen = fit(.hintKeys) }
        return chosen.joined(separator: " · ")
    }

    /// The hints that fit `width` joined by ` · `, each whole, taken in the order of `byNeed`
    /// (indices into `hints`) and shown in their own order.
    func fitWhole(_ hints: [String], byNeed: [Int], width: Int) -> [String] {
        var chosen: Set<Int> = []
        var used = 0
        for i in byNeed where hints.indices.contains(i) && !chosen.contains(i) {
            let w = DisplayWidth.of(hints[i]) + (chosen.isEmpty ? 0 : 3)
            if used + w <= width { chosen.insert(i); used += w }
        }
        return hints.indices.filter(chosen.contains).map { hints[$0] }
    }

    private func drawFound(_ g: inout CellGrid, y: inout Int, width: Int) {
        let lang = language
        let rows = min(found.count, max(3, (height - 14) / 2))
        let shown = Array(found.prefix(rows))
        let names = shown.map { Sanitize.forTerminal(index.people[$0].name) }
        let orgs = shown.map { Sanitize.forTerminal(index.people[$0].organisation) }
        let cats = shown.map { Sanitize.forTerminal(RegistrationCategory.words(category(of: $0), lang)) }
        let phones = shown.map { PrintLists.phoneTail(index.people[$0].phone) }
        // Found through the check-in code alone: the code says why (`ww` finds WW3K…).
        let whys = shown.map { place in
            foundByCode.contains(place) ? DeskWords.code.text(lang, CheckInCode.of(uid: index.people[place].uid)) : ""
        }
        let statuses = shown.map { place in
            arrived[place].map { Sanitize.forTerminal("✓ " + DeskWords.arrivedAt.text(lang, clock($0.at), $0.desk)) }
                ?? ""
        }
        func widest(_ texts: [String]) -> Int { texts.map { DisplayWidth.of($0) }.max() ?? 0 }
        let w = Self.foundColumns(name: widest(names), organisation: widest(orgs), category: widest(cats),
                                  phone: widest(phones), why: widest(whys), status: widest(statuses), width: width - 2)
        for (i, place) in shown.enumerated() {
            let line = [DisplayWidth.pad(names[i], to: w.name), DisplayWidth.pad(orgs[i], to: w.organisation),
                        DisplayWidth.pad(cats[i], to: w.category), DisplayWidth.pad(phones[i], to: w.phone),
                        DisplayWidth.pad(whys[i], to: w.why), statuses[i]]
                .filter { !$0.isEmpty }.joined(separator: " ")
            g.put(cut(line, width - 2), x: 1, y: y, style: CellStyle(reverse: i == chosen,
                  role: arrived[place] == nil ? .plain : .muted))
            y += 1
        }
        if more || found.count > rows {
            g.put(cut(DeskWords.more.text(lang), width - 2), x: 1, y: y, style: CellStyle(role: .muted))
            y += 1
        }
        if found.isEmpty && !query.isEmpty && flash == nil {
            g.put(cut(Sanitize.forTerminal(DeskWords.nobody.text(lang, query)), width - 2), x: 1, y: y,
                  style: CellStyle(role: .warning))
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
            g.put(cut(Sanitize.forTerminal(text), width - 4), x: 2, y: y, style: style)
            y += 1
        }
        line(p.name + "  " + [p.title, p.organisation].filter { !$0.isEmpty }.joined(separator: " · "),
             CellStyle(bold: true))
        let badge = badges[p.id].map { DeskWords.badge.text(lang, PrintLists.badgeNumber($0)) } ?? ""
        line([RegistrationCategory.words(category(of: place), lang), badge,
              DeskWords.code.text(lang, CheckInCode.of(uid: p.uid))].filter { !$0.isEmpty }.joined(separator: " · "))
        let sessions = todaysSessions(p.id)
        if !sessions.isEmpty {
            // Wrapped where the screen has rows to spare, the last line cut with `…`.
            let label = DeskWords.today.text(lang)
            let text = Sanitize.forTerminal(sessions.joined(separator: lang == .zh ? "；" : "; "))
            let indent = DisplayWidth.of(label)
            let lines = DisplayWidth.wrap(text, width: max(1, width - 4 - indent))
            let room = max(1, min(3, height - 10 - y))
            for (i, l) in lines.prefix(room).enumerated() {
                let last = i == room - 1 && lines.count > room
                line((i == 0 ? label : String(repeating: " ", count: indent)) + (last ? l + "…" : l))
            }
        }
        if let room = Self.roomLine(of: p.id, in: plan, lang) { line(room) }
        if let back = Self.returnRun(of: p.id, in: plan, lang) { line(back) }
        if let meals = Self.mealTables(of: p.id, in: plan, on: today, lang) { line(meals) }
        let list = items(place).enumerated().map { i, item in
            "F\(i + 1) [" + (ticked.contains(i) ? "✓" : " ") + "] " + item
        }
        if !list.isEmpty { line(DeskWords.items.text(lang) + list.joined(separator: "  ")) }
        if let record = arrived[place] {
            line("✓ " + DeskWords.arrivedAt.text(lang, clock(record.at), record.desk), CellStyle(role: .accent))
        } else {
            line(DeskWords.notArrived.text(lang), CellStyle(role: .muted))
            // What Enter will write, before it does: a scan's pack as much as a hand's ticks.
            let handed = handedOver
            line(handed.isEmpty ? DeskWords.willRecordNothing.text(lang)
                 : DeskWords.willRecord.text(lang, handed.joined(separator: lang == .zh ? "、" : ", ")),
                 CellStyle(bold: true))
        }
    }

    /// The found list's column widths from the widest of each among the rows shown, within
    /// `width` cells with a space between columns. A name is whole up to 24 cells and the phone's
    /// tail and a code that explains a match are never cut; where the row is short of room the
    /// organisation gives way first, then the arrival (last on the row), then the category, and
    /// only then the name.
    static func foundColumns(name: Int, organisation: Int, category: Int, phone: Int, why: Int, status: Int,
                             width: Int) -> (name: Int, organisation: Int, category: Int, phone: Int, why: Int) {
        var cols = [min(24, name), organisation, category, phone, why, status]
        let gaps = max(0, cols.filter { $0 > 0 }.count - 1)
        var over = cols.reduce(gaps, +) - width
        // (column, down to): name 0, organisation 1, category 2, status 5.
        for (c, floor) in [(1, 8), (5, 10), (2, 8), (1, 4), (0, 10), (5, 0)] where over > 0 {
            let give = min(over, max(0, cols[c] - floor))
            cols[c] -= give
            over -= give
        }
        return (cols[0], cols[1], cols[2], cols[3], cols[4])
    }

    func todaysSessions(_ person: ID<Person>) -> [String] {
        let mine = Set(plan.roles.filter { $0.person == person }.map(\.session)).union(signups[person] ?? [])
        return plan.sessions.filter { s in
            mine.contains(s.id) && s.start.map { plan.event.programmeDay(of: $0) } == today
        }.sorted { ($0.start?.minutes ?? 0) < ($1.start?.minutes ?? 0) }
            .map { ($0.start?.clock ?? "") + " " + $0.title }
    }

    /// Lines from `y` on in one column, each cut with `…` where it does not fit; returns the row after.
    @discardableResult
    private func drawColumn(_ lines: [Line], _ g: inout CellGrid, x: Int, y: Int, width: Int) -> Int {
        var y = y
        for l in lines where y < height - 2 {
            g.put(cut(Sanitize.forTerminal(l.text), width), x: x, y: y, style: l.style)
            y += 1
        }
        return y
    }

    private func countLines() -> [Line] { countHead() + categoryLines() }

    private func countHead() -> [Line] {
        [(DeskWords.counts.text(language), CellStyle(bold: true)),
         (DeskWords.arrived.text(language, arrivedCount, expectedCount), CellStyle(bold: true))]
    }

    private func categoryLines() -> [Line] {
        let lang = language
        var lines: [Line] = []
        for category in expectedByCategory.keys.sorted() {
            lines.append(("  " + RegistrationCategory.words(category, lang) + " "
                          + "\(arrivedByCategory[category] ?? 0) / \(expectedByCategory[category] ?? 0)", .plain))
        }
        return lines
    }

    /// The liaison's list in `rows` lines: a VIP's phone is always whole (it is what they are
    /// there for); the name and organisation are cut to leave it room.
    private func vipLines(width: Int, rows: Int) -> [Line] {
        let lang = language
        var lines: [Line] = [(DeskWords.missingVIPs.text(lang), CellStyle(bold: true))]
        let missing = missingVIPs
        if missing.isEmpty { lines.append(("  " + DeskWords.noneMissing.text(lang), CellStyle(role: .muted))) }
        let room = max(1, rows - 1)
        let shown = missing.count <= room ? missing.count : room - 1
        for p in missing.prefix(shown) {
            let phone = Sanitize.forTerminal(p.phone)
            let who = Sanitize.forTerminal([p.name, p.organisation].filter { !$0.isEmpty }.joined(separator: " "))
            let left = width - 2 - (phone.isEmpty ? 0 : DisplayWidth.of(phone) + 1)
            lines.append(("  " + cut(who, left) + (phone.isEmpty ? "" : " " + phone), CellStyle(role: .warning)))
        }
        if missing.count > shown { lines.append(("  … +\(missing.count - shown)", CellStyle(role: .muted))) }
        return lines
    }

    private func chartLines(width: Int) -> [Line] {
        var lines: [Line] = [(DeskWords.perTen.text(language), CellStyle(bold: true))]
        let recent = perTenMinutes.keys.sorted().suffix(6)
        let top = max(1, recent.map { perTenMinutes[$0] ?? 0 }.max() ?? 1)
        for bucket in recent {
            let n = perTenMinutes[bucket] ?? 0
            let bar = String(repeating: "█", count: max(n > 0 ? 1 : 0, n * max(1, width - 14) / top))
            lines.append(("  " + LocalDateTime(minutes: bucket * 10).clock + " " + bar + " \(n)", .plain))
        }
        return lines
    }

    /// Every key of the desk, for Tab: the bottom line has room for only some.
    private func keyLines() -> [Line] {
        [(DeskWords.keys.text(language), CellStyle(bold: true))]
            + [DeskWords.hintFind, .hintChoose, .hintTick, .hintEnter, .hintWalkIn, .hintUndo, .hintQuit]
            .map { ("  " + $0.text(language), CellStyle.plain) }
    }

    private func drawCounts(_ g: inout CellGrid, x: Int, width: Int) {
        for row in 1..<(height - 1) { g.put("│", x: x - 1, y: row, style: CellStyle(role: .muted)) }
        let counts = countLines(), chart = chartLines(width: width - 2)
        // The VIPs take every row the counts and the chart leave (a liaison's list stopped at
        // `… +3` above a dozen empty rows).
        let rows = height - 4 - counts.count - chart.count - 2
        drawColumn(counts + [("", .plain)] + vipLines(width: width - 2, rows: rows) + [("", .plain)] + chart,
                   &g, x: x + 1, y: 2, width: width - 2)
    }

    /// Tab's view over the search: below 90 columns the counts (in two columns where they fit),
    /// and every key.
    private func drawPanel(_ g: inout CellGrid, y top: Int, width: Int, counts: Bool) {
        guard counts else {
            drawColumn(keyLines(), &g, x: 2, y: top, width: width - 4)
            return
        }
        let rows = height - 2 - top
        if width >= 64 {
            let half = (width - 3) / 2
            let left = countLines()
            drawColumn(left + [("", .plain)] + vipLines(width: half, rows: rows - left.count - 1), &g, x: 1, y: top,
                       width: half)
            drawColumn(chartLines(width: half) + [("", .plain)] + keyLines(), &g, x: half + 2, y: top,
                       width: width - half - 3)
        } else {
            // One column on a small screen: the VIPs the liaison calls before the figures by category.
            let vips = vipLines(width: width - 2, rows: max(2, min(6, rows - 3)))
            let lines = countHead() + vips + [("", .plain)] + categoryLines() + [("", .plain)]
                + chartLines(width: width - 2) + [("", .plain)] + keyLines()
            drawColumn(lines, &g, x: 1, y: top, width: width - 2)
        }
    }

    private func drawForm(_ f: DeskForm, _ g: inout CellGrid, width: Int) {
        let lang = language
        let heading: String = switch f.purpose {
        case .walkIn: DeskWords.walkInTitle.text(lang)
        case .undo(_, let name): DeskWords.undoTitle.text(lang, name)
        }
        g.put(cut(Sanitize.forTerminal(heading), width - 2), x: 1, y: 2, style: CellStyle(bold: true))
        // The labels' column as wide as the longest (`Organisation`), never cut.
        let labelWidth = f.labels.map { DisplayWidth.of($0.text(lang)) }.max() ?? 8
        for (i, label) in f.labels.enumerated() {
            let value = f.values[i] + (i == f.focus ? "▏" : "")
            let text = DisplayWidth.pad(label.text(lang), to: labelWidth) + " " + value
            g.put(cut(Sanitize.forTerminal(text), width - 4), x: 2, y: 4 + i, style: CellStyle(reverse: i == f.focus))
        }
        var y = 4 + f.labels.count
        if case .walkIn = f.purpose {
            // The event's categories under the field, narrowed as it is typed; Enter takes the marked one.
            let offered = f.offered
            let room = max(1, min(6, height - y - 6))
            let first = max(0, min(f.pick - room + 1, offered.count - room))
            for (i, c) in offered.enumerated().dropFirst(first).prefix(room) {
                let marked = f.picking && i == f.pick
                let style = CellStyle(bold: marked, reverse: marked && f.focus == DeskForm.categoryField)
                g.put(cut((marked ? "› " : "  ") + Sanitize.forTerminal(RegistrationCategory.words(c, lang)),
                          width - 5 - labelWidth), x: labelWidth + 1, y: y, style: style)
                y += 1
            }
            if offered.isEmpty && !f.values[DeskForm.categoryField].isEmpty {
                g.put(cut(DeskWords.noCategory.text(lang), width - 5 - labelWidth), x: labelWidth + 3, y: y,
                      style: CellStyle(role: .muted))
                y += 1
            }
        }
        if let error = f.error {
            g.put(cut("✖ " + Sanitize.forTerminal(error), width - 4), x: 2, y: y + 1,
                  style: CellStyle(bold: true, role: .error))
        }
    }
}

/// Text cut to `width` cells, the cut marked with `…`: nothing on the desk is cut silently. (Not
/// `TextFit.cut`, which sets words one space apart: the desk's rows are columns padded with spaces.)
private func cut(_ text: String, _ width: Int) -> String { DisplayWidth.truncate(text, to: max(0, width)) }

extension DisplayWidth {
    /// The banner with the Chinese characters of `name` set a space apart, so a name reads
    /// from a step away (`刘 静 丽`); Latin words, punctuation and figures stay as written
    /// (`Dr. Hans-Peter Müller`, `badge 0275`: set apart they are read slower, not faster).
    static func spread(_ text: String, name: String?) -> String {
        guard let name, !name.isEmpty, let at = text.range(of: name) else { return text }
        var spread = ""
        var previous: Character?
        for c in name {
            if let p = previous, isChinese(p), isChinese(c) { spread += " " }
            spread.append(c)
            previous = c
        }
        return text.replacingCharacters(in: at, with: spread)
    }

    private static func isChinese(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { $0.properties.isIdeographic } ?? false
    }
}
