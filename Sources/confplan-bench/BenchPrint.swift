import Print
import PlanningCore
import Typeset

extension Bench {
    /// 1,000 badges as one PDF (125 pages), as the office prints them the night before. The
    /// baseline draws the same pages in the same run through the same Cairo surface: every frame,
    /// QR code and piece of text at its preferred size on one line, with no wrap-then-shrink
    /// search and no check for missing characters. What the row shows over it is the cost of
    /// the layout rules themselves.
    mutating func measureBadges(_ plan: EventPlan) throws {
        guard wants("export-badges-pdf") else { return }
        let lists = PrintLists(plan: plan, language: .zh)
        let entries = Array(try lists.entries().prefix(1_000))
        var pages = 0, size = 0, notes = PrintNotes()
        let runs = Clock.time(runs: 3) {
            let made = BadgePrint(lists: lists, entries: entries).pdf()
            size = made.bytes.count
            notes = made.notes
        }
        let baseRuns = try Clock.time(runs: 3) { pages = try Self.plainBadges(lists, entries) }
        verify("1,000 badges: every character in a font", notes.missing.isEmpty && entries.count == 1_000)
        verify("1,000 badges: 125 pages", pages == 125)
        let m = Measurement(
            name: "export-badges-pdf", runs: runs, peakMB: Clock.peakMB(), baseline: "same pages, no layout rules",
            baselineMedian: baseRuns.sorted()[baseRuns.count / 2], target: "≤ 2 s",
            passed: runs.sorted()[runs.count / 2] <= 2_000,
            note: "1,000 badges, \(size >> 10) KiB, \(notes.tooLong.count) too long")
        record(m)
    }

    /// The baseline's badges: the same boxes and strings, each set once.
    static func plainBadges(_ lists: PrintLists, _ entries: [PrintLists.Entry]) throws -> Int {
        let canvas = Canvas.pdf(title: "badges", date: "2000-01-01T00:00:00Z")
        var pages = 0
        for (index, e) in entries.enumerated() {
            if index % BadgePrint.perPage == 0 {
                canvas.startPage(.a4)
                pages += 1
            }
            let origin = BadgePrint.origin(index % BadgePrint.perPage)
            func box(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> Box {
                Box(x: Length.mm(origin.x + x), y: Length.mm(origin.y + y), width: Length.mm(w), height: Length.mm(h))
            }
            canvas.frame(box(0, 0, BadgePrint.size.width, BadgePrint.size.height), width: 0.3)
            let texts: [(String, Box, Double)] = [
                (lists.eventName, box(4, 2.5, 82, 6), 10), (lists.dates(), box(4, 8.5, 82, 4.5), 7.5),
                (RegistrationCategory.words(e.category, .zh), box(4, 15.5, 50, 7), 13),
                (e.person.name, box(4, 23, 82, 17), 24), (e.person.organisation, box(4, 41, 58, 9.5), 9),
                (e.person.title, box(4, 51, 58, 5), 9), (PrintLists.badgeNumber(e.badge), box(4, 57, 40, 5), 8),
                (e.checkIn, box(64, 59, 22, 4), 7),
            ]
            for (text, place, points) in texts { canvas.text(text, in: place, style: TextStyle(size: points)) }
            let code = try QRCode(text: e.checkIn)
            let dark = (0..<code.size).map { row in (0..<code.size).map { code.isDark(row: row, column: $0) } }
            canvas.modules(dark, x: Length.mm(origin.x + 66), y: Length.mm(origin.y + 40.5),
                           module: Length.mm(18) / Double(code.size))
        }
        _ = try canvas.finish()
        return pages
    }
}
