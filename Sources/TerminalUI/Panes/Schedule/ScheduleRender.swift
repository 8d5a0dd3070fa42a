import PlanningCore
import Interchange

/// Draws pane 5: a day as rooms across and time down, each session a box; clashes marked with
/// a symbol as well as colour, so they show in monochrome too.
func drawSchedule(_ g: inout CellGrid, _ s: AppState) {
    let model = GridModel(s)
    let geo = GridGeometry(width: s.width, height: s.height, roomCount: model.rooms.count)
    drawGridTitle(&g, s, model)
    guard !model.rooms.isEmpty else {
        g.put(UIWords.gridNoRooms.text(s.language), x: 2, y: geo.top, style: CellStyle(dim: true),
              maxWidth: s.width - 4)
        drawGridDetails(&g, s, model, geo)
        return
    }
    let z = s.view.grid.zoom
    let top = gridTop(s, model, geo)
    let rows = min(geo.rows, max(0, (model.lastMinute - top) / z))
    let shown = s.view.grid.left..<min(model.rooms.count, s.view.grid.left + geo.visibleColumns)
    let w = geo.columnWidth

    // Headers: sites over their rooms, then rooms; the time column stays put while rooms scroll.
    var x = GridGeometry.timeWidth
    var k = shown.lowerBound
    while k < shown.upperBound {
        let site = s.plan.rooms[model.rooms[k]].site
        var n = 0
        while k + n < shown.upperBound, s.plan.rooms[model.rooms[k + n]].site == site { n += 1 }
        let name = s.document.catalog.siteName[site] ?? ""
        let label = TextFit.cut(name, width: n * w - 2)
        g.put(label + " " + String(repeating: "─", count: max(0, n * w - 2 - DisplayWidth.of(label))), x: x, y: 2,
              style: CellStyle(dim: true), maxWidth: n * w - 1)
        x += n * w
        k += n
    }
    for (i, c) in shown.enumerated() {
        let room = s.plan.rooms[model.rooms[c]]
        let label = room.name + " " + String(room.capacity)
        let full = DisplayWidth.of(label) <= w - 1
        g.put(full ? label : TextFit.cut(room.name, width: w - 1), x: GridGeometry.timeWidth + i * w, y: 3,
              style: CellStyle(bold: true, underline: true), maxWidth: w - 1)
    }

    // Time labels, hour dots, and the cursor on an empty cell.
    let labelEvery = max(z, 15)
    for r in 0..<rows {
        let minute = top + r * z
        if minute % labelEvery == 0 {
            g.put(
                LocalDateTime(minutes: model.midnight + minute).clock, x: 0, y: geo.top + r,
                style: CellStyle(dim: minute % 60 != 0), maxWidth: GridGeometry.timeWidth - 1)
        }
        if minute % 60 == 0 {
            for i in shown.indices {
                g.put(
                    "·", x: GridGeometry.timeWidth + (i - shown.lowerBound) * w, y: geo.top + r,
                    style: CellStyle(dim: true))
            }
        }
    }
    let selected = s.gridSelection(model)
    let cursor = s.view.grid
    if selected == nil, shown.contains(cursor.column), cursor.minute >= top, cursor.minute < top + rows * z {
        g.fill(
            x: GridGeometry.timeWidth + (cursor.column - shown.lowerBound) * w, y: geo.top + (cursor.minute - top) / z,
            width: w - 1, height: 1, style: CellStyle(reverse: true))
    }

    let personSessions = s.view.grid.person.map { Set(s.itinerary($0, on: model).map(\.id)) }
    for c in shown {
        let x0 = GridGeometry.timeWidth + (c - shown.lowerBound) * w
        for p in model.placements[c] {
            let session = s.plan.sessions[p.session]
            let isSelected = selected.map { $0.session == p.session && c == s.view.grid.column } ?? false
            drawBox(
                &g, s, p, session, x0: x0, top: top, rows: rows, geoTop: geo.top, width: w, selected: isSelected,
                involved: personSessions.map { $0.contains(session.id) })
        }
    }
    if let person = s.view.grid.person {
        drawTravelGaps(&g, s, person, model, shown: shown, top: top, rows: rows, geoTop: geo.top, width: w)
    }
    drawGridDetails(&g, s, model, geo)
}

/// The minute after midnight of the grid's first row: where the person scrolled, else with the
/// cursor a third of the way down.
func gridTop(_ s: AppState, _ model: GridModel, _ geo: GridGeometry) -> Int {
    let z = s.view.grid.zoom
    return s.view.grid.top
        ?? max(model.firstMinute, min(s.view.grid.minute - geo.rows * z / 3, model.lastMinute - geo.rows * z)) / z * z
}

/// A place a session would move to (a repair's move), as a dashed outline over the grid when
/// it is on the day and in a room shown.
func drawGhost(_ g: inout CellGrid, _ s: AppState, place: SessionPlace, title: String, style: CellStyle) {
    let model = GridModel(s)
    let geo = GridGeometry(width: s.width, height: s.height, roomCount: model.rooms.count)
    guard let a = place.start, let b = place.end, let r = place.room.flatMap({ s.document.catalog.roomIndex[$0] }),
          let c = model.rooms.firstIndex(of: r), c >= s.view.grid.left, c < s.view.grid.left + geo.visibleColumns
    else { return }
    let z = s.view.grid.zoom, top = gridTop(s, model, geo)
    let rows = min(geo.rows, max(0, (model.lastMinute - top) / z))
    let first = (a.minutes - model.midnight - top).floorDiv(z)
    let last = (b.minutes - model.midnight - top + z - 1).floorDiv(z) - 1
    guard last >= 0, first < rows else { return }
    let x = GridGeometry.timeWidth + (c - s.view.grid.left) * geo.columnWidth, w = geo.columnWidth - 1
    for row in max(0, first)...min(rows - 1, last) {
        let edge = row == first ? "┌" : row == last ? "└" : "┆"
        g.put(edge, x: x, y: geo.top + row, style: style)
        if row == max(0, first) {
            g.put(TextFit.cut(Sanitize.forTerminal(title), width: w - 1), x: x + 1, y: geo.top + row,
                  style: style, maxWidth: w - 1)
        }
    }
}

private func drawGridTitle(_ g: inout CellGrid, _ s: AppState, _ model: GridModel) {
    var parts = [
        UIWords.gridTitle.text(s.language), DateText.day(model.day, s.language),
        UIWords.gridDay.text(s.language, s.view.grid.day + 1, max(1, s.plan.event.days.count)),
        UIWords.gridZoom.text(s.language, s.view.grid.zoom),
    ]
    if let t = s.view.grid.track { parts.append(UIWords.gridTrackShown.text(s.language, t)) }
    if let p = s.view.grid.person, let i = s.document.catalog.personIndex[p] {
        parts.append(UIWords.gridPersonShown.text(s.language, s.plan.people[i].name))
    }
    if model.unplaced > 0 { parts.append(UIWords.gridUnplaced.text(s.language, model.unplaced)) }
    // Narrow: the day count (the date says which day) goes first, then the pane's name (its tab
    // says it); what is left is cut by the one rule, never `15 分` for `15 分钟`.
    let width = s.width - 2
    for dropped in [2, 0] where DisplayWidth.of(parts.joined(separator: " · ")) > width {
        parts.remove(at: dropped)
    }
    g.put(
        TextFit.cut(Sanitize.forTerminal(parts.joined(separator: " · ")), width: width), x: 1, y: 1,
        style: CellStyle(bold: true), maxWidth: width)
}

/// The worst open finding of a session, for its mark.
private func worst(_ s: AppState, _ id: ID<Session>) -> Severity? {
    (s.document.catalog.findingsBySession[id] ?? []).map(\.severity).min()
}

private func drawBox(
    _ g: inout CellGrid, _ s: AppState, _ p: Placement, _ session: Session, x0: Int, top: Int, rows: Int,
    geoTop: Int, width w: Int, selected: Bool, involved: Bool?
) {
    let z = s.view.grid.zoom
    let firstRow = (p.start - top).floorDiv(z)
    let lastRow = (p.end - top + z - 1).floorDiv(z) - 1
    guard lastRow >= 0, firstRow < rows else { return }
    let laneWidth = max(2, (w - 1) / p.lanes)
    let x = x0 + p.lane * laneWidth
    let boxWidth = p.lane == p.lanes - 1 ? w - 1 - p.lane * laneWidth : laneWidth - 1
    guard boxWidth >= 1 else { return }
    let severity = worst(s, session.id)
    let moving = s.view.grid.moving?.current.id == session.id
    var style = CellStyle()
    if severity == .error || severity == .warning { style.role = Theme.role(severity) }
    if involved == true { style.bold = true; if style.role == .plain { style.role = .accent } }
    if involved == false { style.dim = true }
    if selected || moving { style.reverse = true }
    if moving { style.bold = true }

    // `#`: fixed in place, which `solve` never moves.
    let mark = (severity == .error ? "!" : severity == .warning ? "?" : "") + (session.isFixed ? "#" : "")
    let textWidth = max(1, boxWidth - 1)
    var lines = TextFit.wrap(Sanitize.forTerminal(mark + session.title), width: textWidth, maxLines: 2)
    if let a = session.start, let b = session.end { lines.append(a.clock + "–" + b.clock) }
    let speakers = (s.document.catalog.rolesBySession[session.id] ?? []).filter { $0.role != .interpreter }
        .compactMap { s.document.catalog.personIndex[$0.person].map { s.plan.people[$0].name } }
    if !speakers.isEmpty {
        lines.append(Sanitize.forTerminal(speakers.joined(separator: UIWords.listSeparator.text(s.language))))
    }
    let single = firstRow == lastRow
    for r in max(0, firstRow)...min(rows - 1, lastRow) {
        let edge = single ? "▌" : r == firstRow ? "┌" : r == lastRow ? "└" : "│"
        g.fill(x: x, y: geoTop + r, width: boxWidth, height: 1, style: style)
        g.put(edge, x: x, y: geoTop + r, style: style)
        let i = r - firstRow
        if i < lines.count {
            g.put(
                TextFit.cut(lines[i], width: textWidth), x: x + 1, y: geoTop + r,
                style: i == 0 ? withBold(style) : style,
                maxWidth: textWidth)
        }
    }
}

private func withBold(_ s: CellStyle) -> CellStyle {
    var b = s
    b.bold = true
    return b
}

/// Between two of the followed person's sessions at different sites, the time they have to
/// get there, written above the later one (and in the error colour when it is too short).
private func drawTravelGaps(
    _ g: inout CellGrid, _ s: AppState, _ person: ID<Person>, _ model: GridModel, shown: Range<Int>,
    top: Int, rows: Int, geoTop: Int, width w: Int
) {
    let day = s.itinerary(person, on: model)
    for (a, b) in zip(day, day.dropFirst()) {
        guard let ra = a.room, let rb = b.room,
            let ia = s.document.catalog.roomIndex[ra], let ib = s.document.catalog.roomIndex[rb],
            let end = a.end, let start = b.start
        else { continue }
        let need = s.plan.travelMinutes(s.plan.rooms[ia].site, s.plan.rooms[ib].site)
        guard need > 0, let c = model.rooms.firstIndex(of: ib), shown.contains(c) else { continue }
        let gap = start.minutes - end.minutes
        let row = (start.minutes - model.midnight - top).floorDiv(s.view.grid.zoom) - 1
        guard row >= 0, row < rows else { continue }
        let text = "⇣ " + UIWords.gridGap.text(s.language, gap, need)
        g.put(text, x: GridGeometry.timeWidth + (c - shown.lowerBound) * w, y: geoTop + row,
              style: CellStyle(bold: gap < need, role: gap < need ? .error : .info), maxWidth: w - 1)
    }
}

/// Three lines under the grid: the selected session (or cell, or the followed person's day)
/// and what is wrong with it.
private func drawGridDetails(_ g: inout CellGrid, _ s: AppState, _ model: GridModel, _ geo: GridGeometry) {
    // Under a repair plan the list says what each move does; the cursor's cell keys would mislead.
    if case .repair = s.mode { return }
    let y0 = s.height - 4
    var lines: [(String, CellStyle)] = []
    let words = s.document.words
    if let person = s.view.grid.person, s.view.grid.moving == nil, let pi = s.document.catalog.personIndex[person] {
        let day = s.itinerary(person, on: model)
        let name = s.plan.people[pi].name
        if day.isEmpty { lines.append((UIWords.gridNoPersonSessions.text(s.language, name), CellStyle(dim: true))) }
        var text = name + UIWords.labelSeparator.text(s.language)
        for (i, x) in day.enumerated() {
            if i > 0, let ra = day[i - 1].room, let rb = x.room, let ia = s.document.catalog.roomIndex[ra],
                let ib = s.document.catalog.roomIndex[rb],
                let end = day[i - 1].end, let start = x.start
            {
                let need = s.plan.travelMinutes(s.plan.rooms[ia].site, s.plan.rooms[ib].site)
                let gap = start.minutes - end.minutes
                text +=
                    need > 0
                    ? " → (" + UIWords.gridGap.text(s.language, gap, need)
                        + (gap < need ? " ⚠ " + UIWords.gridTooTight.text(s.language) : "") + ") → " : " → "
            }
            text += (x.start?.clock ?? "") + " " + x.title
        }
        if !day.isEmpty {
            lines += TextFit.wrap(Sanitize.forTerminal(text), width: s.width - 2, maxLines: 3).map { ($0, CellStyle()) }
        }
    } else if let p = s.gridSelection(model) {
        let session = s.plan.sessions[p.session]
        let moving = UIWords.gridMoving.text(s.language) + UIWords.labelSeparator.text(s.language)
        var head = s.view.grid.moving != nil ? moving : ""
        if let a = session.start, let b = session.end { head += a.clock + "–" + b.clock + " " }
        head += session.title
        if let r = session.room, let i = s.document.catalog.roomIndex[r] {
            let site = s.document.catalog.siteName[s.plan.rooms[i].site] ?? ""
            head += " · " + ExportWords.roomAtSite.text(s.language, s.plan.rooms[i].name, site)
        }
        let roles = (s.document.catalog.rolesBySession[session.id] ?? []).compactMap { r in
            s.document.catalog.personIndex[r.person].map { r.role.label(s.language) + " " + s.plan.people[$0].name }
        }
        if !roles.isEmpty { head += " · " + roles.joined(separator: UIWords.listSeparator.text(s.language)) }
        let found = s.document.catalog.findingsBySession[session.id] ?? []
        // The head wraps onto the lines the findings leave free; every line is cut only with `…`.
        let width = s.width - 2
        for part in TextFit.wrap(Sanitize.forTerminal(head), width: width, maxLines: max(1, 3 - min(2, found.count))) {
            lines.append((part, CellStyle(bold: true)))
        }
        for (k, f) in found.prefix(2).enumerated() {
            let symbol = f.severity == .error ? "✖ " : f.severity == .warning ? "▲ " : "ℹ "
            let more = k == 1 && found.count > 2 ? "  " + UIWords.gridMore.text(s.language, found.count - 2) : ""
            let text = TextFit.cut(
                Sanitize.forTerminal(symbol + words.message(f.finding)), width: width - DisplayWidth.of(more))
            lines.append((text + more, CellStyle(role: Theme.role(f.severity))))
        }
    } else if s.view.grid.column < model.rooms.count {
        let room = s.plan.rooms[model.rooms[s.view.grid.column]]
        lines.append(
            (
                UIWords.gridFree.text(
                    s.language, LocalDateTime(minutes: model.midnight + s.view.grid.minute).clock, room.name),
                CellStyle(dim: true)
            ))
    }
    g.put(String(repeating: "─", count: s.width), x: 0, y: y0 - 1, style: CellStyle(dim: true))
    for (i, line) in lines.prefix(3).enumerated() {
        g.put(TextFit.cut(Sanitize.forTerminal(line.0), width: s.width - 2), x: 1, y: y0 + i, style: line.1,
              maxWidth: s.width - 2)
    }
}
