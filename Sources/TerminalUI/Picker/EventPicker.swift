import PlanningCore

/// Several events in one database and none named: a list to open one from (name, dates,
/// sessions, attendees), before any event is read. ↑↓ choose, Enter opens, q or Esc leaves.
public struct EventPicker {
    public struct Entry: Sendable {
        public var key: String
        public var name: String
        public var firstDay: LocalDate
        public var lastDay: LocalDate
        public var sessions: Int
        public var attendees: Int

        public init(key: String, name: String, firstDay: LocalDate, lastDay: LocalDate, sessions: Int, attendees: Int) {
            (self.key, self.name, self.firstDay, self.lastDay) = (key, name, firstDay, lastDay)
            (self.sessions, self.attendees) = (sessions, attendees)
        }
    }

    enum Command { case up, down, open, leave }

    static let bindings: [Binding<Command>] = [
        Binding([.up, .char("k")], hint: .pickerChoose, .up), Binding([.down, .char("j")], "", .pickerChoose, .down),
        Binding([.enter], hint: .pickerOpen, .open),
        Binding([.escape, .char("q"), .ctrl("c")], hint: .pickerLeave, .leave),
    ]

    public let entries: [Entry]
    public let language: Language
    public var highlight = 0
    public var width = 100, height = 30
    /// The chosen entry once Enter is pressed; `done` without one when left.
    public private(set) var chosen: Int?
    public private(set) var done = false

    public init(_ entries: [Entry], language: Language) {
        self.entries = entries
        self.language = language
    }

    public mutating func handle(_ key: Key) {
        if case .resize(let w, let h) = key { (width, height) = (w, h); return }
        guard let command: Command = Self.bindings.command(for: key) else { return }
        switch command {
        case .up: highlight = max(0, highlight - 1)
        case .down: highlight = min(entries.count - 1, highlight + 1)
        case .open: chosen = highlight; done = true
        case .leave: done = true
        }
    }

    public func render() -> CellGrid {
        var g = CellGrid(width: width, height: height)
        g.put(
            " " + UIWords.pickerTitle.text(language), x: 0, y: 0, style: CellStyle(bold: true, role: .bar),
            maxWidth: width)
        for (i, e) in entries.enumerated() where 2 + i < height - 1 {
            let days =
                DateText.day(e.firstDay, language, weekday: false) + "–"
                + DateText.day(e.lastDay, language, weekday: false)
            // The name gives way: the key, the dates and the counts always show.
            let facts = "  " + days + "  " + UIWords.pickerCounts.text(language, e.sessions, e.attendees)
            let room = max(4, width - 4 - DisplayWidth.of(e.key) - 2 - DisplayWidth.of(facts))
            let line =
                " " + e.key + "  "
                + DisplayWidth.pad(DisplayWidth.truncate(Sanitize.forTerminal(e.name), to: room), to: room)
                + facts
            g.put(
                line, x: 1, y: 2 + i, style: i == highlight ? CellStyle(role: .selection) : .plain, maxWidth: width - 2)
        }
        g.put(
            " " + Self.bindings.hintLine(language), x: 0, y: height - 1, style: CellStyle(role: .bar), maxWidth: width)
        return g
    }
}
