import Foundation
import Interchange
import PlanningCore

/// One column of a list pane.
struct Column {
    var title: UIWords
    var width: Int
    /// Columns with higher priority stay when the terminal is narrow.
    var priority: Int
    var flex = false
    var alignRight = false
    var value: (Int) -> String
    var sortKey: (Int) -> SortKey
    /// For a column of marks: what a row's mark means (a severity, acknowledged), which colours it
    /// (the colour follows the meaning, never the glyph).
    var role: ((Int) -> Role?)?

    /// A text column's sort key: pinyin order.
    static func text(_ value: @escaping (Int) -> String) -> (Int) -> SortKey {
        let py = Pinyin.shared
        return { .text(py.sortKey(value($0))) }
    }
}

struct DetailLine {
    var text: String
    var style: CellStyle = .plain
}

/// The pieces the panes' details are made of, in the UI's language.
struct DetailText {
    let s: AppState

    init(_ s: AppState) { self.s = s }

    func field(_ t: UIWords, _ value: String) -> DetailLine {
        DetailLine(
            text: t.text(s.language) + UIWords.labelSeparator.text(s.language)
                + (value.isEmpty ? UIWords.none.text(s.language) : value))
    }

    func heading(_ t: UIWords) -> DetailLine {
        DetailLine(text: t.text(s.language) + UIWords.labelSeparator.text(s.language))
    }

    func windows(_ w: [TimeWindow]) -> String {
        guard !w.isEmpty else { return UIWords.detailAlways.text(s.language) }
        return w.map {
            DateText.day($0.start.date, s.language, weekday: false) + " " + $0.start.clock + "–" + $0.end.clock
        }
        .joined(separator: "; ")
    }

    /// A session on a line of its own: when, and its title.
    func session(_ id: ID<Session>, _ extra: String = "") -> DetailLine? {
        guard let i = s.document.catalog.sessionIndex[id] else { return nil }
        let when = s.document.words.when(id)
        return DetailLine(text: "  " + (when.isEmpty ? "—" : when) + " " + s.plan.sessions[i].title + extra)
    }
}

/// A list pane's table: column titles, then only the rows on screen (100,000 attendees cost
/// what one screen costs). The widths its values need were measured when the list was ordered
/// (`ColumnNeeds`); measuring 2,000 sampled rows on every frame took 13–61 ms of a 16 ms frame.
func drawTable(_ g: inout CellGrid, _ s: AppState, _ r: Region, _ columns: [Column]) {
    let l = s.view.lists[s.pane] ?? ListState()
    let order = s.view.order[s.pane] ?? []
    let needs =
        s.view.columnNeeds[s.pane].flatMap { $0.widest(columns, order, s.language) }
        ?? ColumnNeeds(columns, order, s.language).widest
    let fitted = fitToContent(columns, widest: needs, width: r.width - 1, s.language)
    var x = r.x + 1
    for (i, w) in fitted {
        let title = columns[i].title.text(s.language)
        g.put(columns[i].alignRight ? DisplayWidth.pad(title, to: w, alignRight: true) : title, x: x, y: r.y,
              style: CellStyle(bold: true, role: .header), maxWidth: w)
        x += w + 1
    }
    let rows = order
    if rows.isEmpty {
        let empty: UIWords = s.pane == .attendees && s.attendeesPending ? .readingAttendees : .noRows
        g.put(empty.text(s.language), x: r.x + 2, y: r.y + 2, style: CellStyle(role: .muted), maxWidth: r.width - 3)
        return
    }
    for line in 0..<(r.height - 1) {
        let position = l.top + line
        guard position < rows.count else { break }
        let row = rows[position]
        let selected = position == l.selected
        let y = r.y + 1 + line
        let base = selected ? CellStyle(bold: true, role: .selection) : .plain
        if selected { g.fill(x: r.x, y: y, width: r.width, height: 1, style: base) }
        x = r.x + 1
        for (i, w) in fitted {
            let text = columns[i].value(row)
            var style = base
            if let role = columns[i].role?(row) {
                // The mark keeps its colour on the selected row, shown reversed with the row.
                style.role = role
                style.bold = true
                style.reverse = selected
            }
            let shown =
                columns[i].alignRight
                ? DisplayWidth.pad(text, to: w, alignRight: true) : DisplayWidth.truncate(text, to: w)
            g.put(shown, x: x, y: y, style: style, maxWidth: w)
            x += w + 1
        }
    }
}

/// The rows a table's column widths are measured on: the whole list, not the rows on screen,
/// so a column shown keeps its place and width while scrolling (the category came and went as a
/// long Western name scrolled by); beyond 2,000 rows every n-th, evenly over the list.
func measured(_ rows: [Int]) -> [Int] {
    let limit = 2000
    guard rows.count > limit else { return rows }
    return stride(from: 0, to: rows.count, by: (rows.count + limit - 1) / limit).map { rows[$0] }
}

/// The widest value of each column of a list, over the rows `measured` picks, measured once
/// each time the list is ordered (`AppState.setOrder`): the values change only with the plan,
/// and then the list is ordered again. It names the list it measured (the sampled rows, the
/// columns and the language) so a frame of any other list measures its own.
struct ColumnNeeds {
    var language: Language
    var titles: [UIWords]
    var sample: [Int]
    var widest: [Int]

    init(_ columns: [Column], _ rows: [Int], _ language: Language) {
        TableProbe.measurements?.count()
        self.language = language
        titles = columns.map(\.title)
        let sample = measured(rows)
        self.sample = sample
        widest = columns.map { c in sample.map { DisplayWidth.of(c.value($0)) }.max() ?? 0 }
    }

    /// The widths, when they were measured on these columns of this list in this language.
    func widest(_ columns: [Column], _ rows: [Int], _ language: Language) -> [Int]? {
        guard language == self.language, columns.map(\.title) == titles, measured(rows) == sample else { return nil }
        return widest
    }
}

/// Lets a test count how often column widths are measured, in its own task only (tests run in
/// parallel), since a frame measuring them again looks the same as one that does not.
enum TableProbe {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        var value: Int { lock.withLock { n } }
        func count() { lock.withLock { n += 1 } }
    }

    @TaskLocal static var measurements: Counter?
}

/// Column widths from what the list holds: every column at least as wide as its title; a column
/// that names the row (priority 9 or more: a name, a finding's severity) as wide as its values
/// need up to a third of the table, so `Dr. Hans-…` is never cut while less important columns
/// are there and only a name longer than that ends in `…`; the columns that fit are chosen by
/// priority (`Layout.fit`), the spare room goes to the columns whose values need it, most
/// important first, and what is left to the flexible ones.
func fitToContent(_ columns: [Column], widest: [Int], width: Int, _ language: Language) -> [(Int, Int)] {
    // A third of the table at most, so one long name does not push every other column out.
    let cap = max(8, width / 3)
    let need = columns.indices.map { i in min(cap, max(DisplayWidth.of(columns[i].title.text(language)), widest[i])) }
    var sized = columns
    for i in sized.indices {
        // A column shown is never narrower than its title (`日期`, not `日`).
        sized[i].width = max(sized[i].width, min(cap, DisplayWidth.of(sized[i].title.text(language))))
        if !sized[i].flex && sized[i].priority >= 9 { sized[i].width = max(sized[i].width, need[i]) }
    }
    var flexible = sized
    for i in flexible.indices { flexible[i].flex = false }
    var widths = Dictionary(uniqueKeysWithValues: Layout.fit(flexible, width: width))
    let chosen = widths.keys.sorted()
    var spare = width - widths.values.reduce(0, +) - max(0, chosen.count - 1)
    for i in chosen.sorted(by: { columns[$0].priority > columns[$1].priority }) {
        let grow = min(spare, max(0, need[i] - widths[i]!))
        widths[i]! += grow
        spare -= grow
    }
    let flex = chosen.filter { columns[$0].flex }
    for (k, i) in flex.enumerated() { widths[i]! += spare / flex.count + (k < spare % flex.count ? 1 : 0) }
    return chosen.map { ($0, widths[$0]!) }
}

/// How far a detail line's continuation is indented beyond the line's own: past `label：` (or
/// `label: `) when the label is short, else two cells; never more than a third of the width.
func hangingIndent(_ text: String, width: Int) -> Int {
    for separator in ["：", ": "] {
        if let r = text.range(of: separator), DisplayWidth.of(String(text[..<r.upperBound])) <= 12 {
            return min(width / 3, DisplayWidth.of(String(text[..<r.upperBound])))
        }
    }
    return min(width / 3, 2)
}

/// The selected row's details, right of the table when wide, below it when narrow.
func drawDetails(_ g: inout CellGrid, _ s: AppState, _ layout: Layout, _ details: (Int) -> [DetailLine]) {
    let r = layout.details
    guard r.height > 0, r.width > 4 else { return }
    if layout.wide {
        for y in r.y..<(r.y + r.height) { g.put("│", x: r.x - 1, y: y, style: CellStyle(role: .muted)) }
    } else {
        g.put(String(repeating: "─", count: s.width), x: 0, y: r.y - 1, style: CellStyle(role: .muted))
    }
    guard let row = s.selectedRow else { return }
    let width = r.width - 2
    var pieces: [(text: String, x: Int, style: CellStyle)] = []
    for line in details(row) {
        // A wrapped line hangs under its value, after `label：` or the line's own indent.
        let full = Sanitize.forTerminal(line.text)
        let lead = min(width / 3, full.prefix { $0 == " " }.count), text = String(full.drop { $0 == " " })
        let hang = lead + (DisplayWidth.of(full) > width ? hangingIndent(text, width: width - lead) : 0)
        for (i, piece) in TextFit.wrap(text, width: max(1, width - lead), hang: hang - lead).enumerated() {
            pieces.append((piece, i == 0 ? lead : hang, line.style))
        }
        if pieces.count > r.height { break }
    }
    // More than there is room for: the last line shown ends in `…`, never cut silently.
    if pieces.count > r.height {
        pieces.removeLast(pieces.count - r.height)
        let last = pieces[pieces.count - 1]
        pieces[pieces.count - 1].text = DisplayWidth.truncate(last.text + " …", to: width - last.x)
    }
    for (i, p) in pieces.enumerated() {
        g.put(p.text, x: r.x + 1 + p.x, y: r.y + i, style: p.style, maxWidth: width - p.x)
    }
}
