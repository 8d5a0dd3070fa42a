import PlanningCore
import Typeset
import Workbook

/// Badges (参会证): eight to an A4 page with cut marks, each with the category's word, the
/// event and its dates, the name (wrapped, then set smaller when long), organisation, title, the
/// badge number, and a QR code of the check-in code printed beneath it too. Also as rows for
/// a mail merge.
public struct BadgePrint {
    public let lists: PrintLists
    public let entries: [PrintLists.Entry]

    public init(lists: PrintLists, entries: [PrintLists.Entry]) {
        self.lists = lists
        self.entries = entries
    }

    /// Badge size and the grid on the page, in millimetres: 2 across, 4 down, 6 mm between
    /// for the cut marks.
    public static let size = (width: 90.0, height: 65.0)
    static let gap = 6.0, across = 2, down = 4

    /// Where a badge's name is set, from the badge's top left in millimetres (x, y, width,
    /// height): what the print test looks for ink in. Tall enough for two lines at 16 pt.
    public static let nameBox = (x: 4.0, y: 23.0, width: 82.0, height: 17.0)

    /// The top left corner of the badge in slot `index` of a page, in millimetres from the
    /// page's top left.
    public static func origin(_ index: Int) -> (x: Double, y: Double) {
        let left = (210 - Double(across) * size.width - Double(across - 1) * gap) / 2
        let top = (297 - Double(down) * size.height - Double(down - 1) * gap) / 2
        return (left + Double(index % across) * (size.width + gap), top + Double(index / across) * (size.height + gap))
    }

    public static var perPage: Int { across * down }

    public func sheet() -> TableSheet {
        let lang = lists.language
        return TableSheet(
            name: PrintWords.badges.text(lang), header: PrintWords.badgeHeader.columns(lang),
            rows: entries.map { e in
                [.text(PrintLists.badgeNumber(e.badge)), .text(RegistrationCategory.words(e.category, lang)),
                 .text(e.person.name), .text(e.person.organisation), .text(e.person.title), .text(lists.eventName),
                 .text(lists.dates()), .text(e.checkIn)]
            })
    }

    public func text() -> String {
        let lang = lists.language
        guard !entries.isEmpty else { return PrintWords.none.text(lang) + "\n" }
        return entries.map { e in
            [RegistrationCategory.words(e.category, lang) + " · " + lists.eventName + " · " + lists.dates(),
             e.person.name, [e.person.organisation, e.person.title].filter { !$0.isEmpty }.joined(separator: " "),
             PrintWords.badgeNumber.text(lang, PrintLists.badgeNumber(e.badge)) + "  "
                + PrintWords.checkIn.text(lang, e.checkIn)].map(Sanitize.forTerminal).joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    /// The badges, and what staff must know before printing them (see `PrintNotes`).
    public func pdf() -> (bytes: [UInt8], notes: PrintNotes) {
        let canvas = PrintCanvas(title: PrintWords.badges.text(lists.language) + " · " + lists.eventName,
                                 date: PrintCanvas.date(of: lists.plan.event))
        for first in stride(from: 0, to: max(entries.count, 1), by: Self.perPage) {
            canvas.canvas.startPage(.a4)
            for (slot, entry) in entries[min(first, entries.count)..<min(first + Self.perPage, entries.count)]
                .enumerated() {
                draw(entry, at: Self.origin(slot), on: canvas)
            }
        }
        return (canvas.finish(), canvas.notes)
    }

    /// The name takes the badge's whole width, two lines at most, 16 pt at the least; what is
    /// under it stays left of the QR code with its quiet zone.
    static let nameStyle = TextStyle(size: 24, minimumSize: 16, maxLines: 2, bold: true)
    static let organisationStyle = TextStyle(size: 9, minimumSize: 7, maxLines: 2, verticalAlignment: .top)
    /// Two lines, as the organisation has: a long title (a German head of department's) wraps
    /// before it is cut; the badge number sits low enough to leave room for the second line.
    static let titleStyle = TextStyle(size: 9, minimumSize: 7, maxLines: 2, verticalAlignment: .top)
    /// The QR code's side and top left, in millimetres from the badge's top left.
    static let qr = (x: 66.0, y: 40.5, side: 18.0)

    func draw(_ e: PrintLists.Entry, at origin: (x: Double, y: Double), on canvas: PrintCanvas) {
        let lang = lists.language
        let w = Self.size.width, h = Self.size.height
        func box(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> Box {
            PrintCanvas.box(origin.x + x, origin.y + y, width, height)
        }
        canvas.canvas.frame(box(0, 0, w, h), width: 0.3)
        cutMarks(box(0, 0, w, h), on: canvas.canvas)
        canvas.text(lists.eventName, in: box(4, 2.5, w - 8, 6), style: TextStyle(size: 10, minimumSize: 6))
        canvas.text(lists.dates(), in: box(4, 8.5, w - 8, 4.5), style: TextStyle(size: 7.5, minimumSize: 6))
        let rule = Length.mm(origin.y + 14)
        canvas.canvas.line(from: (Length.mm(origin.x + 4), rule), to: (Length.mm(origin.x + w - 4), rule), width: 0.3)
        canvas.text(RegistrationCategory.words(e.category, lang), in: box(4, 15.5, 50, 7),
                    style: TextStyle(size: 13, minimumSize: 8, bold: true))
        let name = Self.nameBox, who = e.person.name
        canvas.text(who, in: box(name.x, name.y, name.width, name.height), style: Self.nameStyle,
                    person: who, field: .name)
        canvas.text(e.person.organisation, in: box(4, 41, 58, 9.5), style: Self.organisationStyle,
                    person: who, field: .organisation)
        canvas.text(e.person.title, in: box(4, 51, 58, 8), style: Self.titleStyle, person: who, field: .title)
        canvas.text(PrintWords.badgeNumber.text(lang, PrintLists.badgeNumber(e.badge)), in: box(4, 59.5, 40, 4.5),
                    style: TextStyle(size: 8, minimumSize: 6))
        if let code = try? QRCode(text: e.checkIn) {
            // Four light modules round the code at least (the standard's quiet zone) keep the
            // frame and the text out of the reader's way.
            let module = Length.mm(Self.qr.side) / Double(code.size)
            let dark = (0..<code.size).map { row in (0..<code.size).map { code.isDark(row: row, column: $0) } }
            canvas.canvas.modules(dark, x: Length.mm(origin.x + Self.qr.x), y: Length.mm(origin.y + Self.qr.y),
                                  module: module)
            canvas.text(e.checkIn, in: box(Self.qr.x - 2, Self.qr.y + Self.qr.side + 0.5, Self.qr.side + 4, 4),
                        style: TextStyle(size: 7, minimumSize: 5, alignment: .center))
        }
    }

    /// Marks 3 mm long just outside each corner, in the gutter, where the guillotine cuts.
    func cutMarks(_ box: Box, on canvas: Canvas) {
        let reach = Length.mm(2.8), off = Length.mm(0.4)
        for (cx, dx) in [(box.x, -1.0), (box.maxX, 1.0)] {
            for (cy, dy) in [(box.y, -1.0), (box.maxY, 1.0)] {
                canvas.line(from: (cx + dx * off, cy), to: (cx + dx * (off + reach), cy), width: 0.25)
                canvas.line(from: (cx, cy + dy * off), to: (cx, cy + dy * (off + reach)), width: 0.25)
            }
        }
    }
}
