import PlanningCore
import Workbook

/// Badges (参会证): eight to an A4 page with cut marks, each with the category's word, the
/// event and its dates, the name (set smaller when long, never cut), organisation, title, the
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
    /// height): what the print test looks for ink in.
    public static let nameBox = (x: 4.0, y: 28.0, width: 58.0, height: 10.0)

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
            name: PrintText.badges.text(lang), header: PrintText.badgeHeader.columns(lang),
            rows: entries.map { e in
                [.text(PrintLists.badgeNumber(e.badge)), .text(RegistrationCategory.words(e.category, lang)),
                 .text(e.person.name), .text(e.person.organisation), .text(e.person.title), .text(lists.eventName),
                 .text(lists.dates()), .text(e.checkIn)]
            })
    }

    public func text() -> String {
        let lang = lists.language
        guard !entries.isEmpty else { return PrintText.none.text(lang) + "\n" }
        return entries.map { e in
            [RegistrationCategory.words(e.category, lang) + " · " + lists.eventName + " · " + lists.dates(),
             e.person.name, [e.person.organisation, e.person.title].filter { !$0.isEmpty }.joined(separator: " "),
             PrintText.badgeNumber.text(lang, PrintLists.badgeNumber(e.badge)) + "  "
                + PrintText.checkIn.text(lang, e.checkIn)].map(Sanitize.forTerminal).joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    public func pdf() -> [UInt8] {
        var document = PDFDocument()
        let chunks = stride(from: 0, to: max(entries.count, 1), by: Self.perPage).map {
            Array(entries[min($0, entries.count)..<min($0 + Self.perPage, entries.count)])
        }
        for chunk in chunks {
            var page = PDFPage()
            for (slot, entry) in chunk.enumerated() { draw(entry, at: Self.origin(slot), on: &page) }
            document.pages.append(page)
        }
        return document.bytes()
    }

    func draw(_ e: PrintLists.Entry, at origin: (x: Double, y: Double), on page: inout PDFPage) {
        let lang = lists.language
        let mm = PDFPage.mm
        let height = page.height
        // Page points from millimetres measured from the badge's top left.
        func x(_ v: Double) -> Double { mm(origin.x + v) }
        func y(_ v: Double) -> Double { height - mm(origin.y + v) }
        let w = Self.size.width, h = Self.size.height
        page.box(x: x(0), y: y(h), width: mm(w), height: mm(h), line: 0.3)
        cutMarks(x: x(0), y: y(h), width: mm(w), height: mm(h), on: &page)
        func fitted(_ text: String, _ left: Double, _ baseline: Double, width: Double, size: Double,
                    anchor: PDFPage.Anchor = .left) {
            page.text(text, x: x(left), y: y(baseline), size: PDFPage.fitting(text, width: mm(width), size: size),
                      anchor: anchor)
        }
        fitted(lists.eventName, 4, 7, width: w - 8, size: 10)
        fitted(lists.dates(), 4, 11.5, width: w - 8, size: 7.5)
        page.line(from: (x(4), y(14)), to: (x(w - 4), y(14)), width: 0.3)
        fitted(RegistrationCategory.words(e.category, lang), 4, 22, width: 40, size: 13)
        let name = Self.nameBox
        fitted(e.person.name, name.x, name.y + name.height - 1.5, width: name.width, size: 26)
        fitted(e.person.organisation, 4, 45, width: w - 34, size: 9)
        fitted(e.person.title, 4, 51, width: w - 34, size: 9)
        fitted(PrintText.badgeNumber.text(lang, PrintLists.badgeNumber(e.badge)), 4, 60, width: 40, size: 8)
        if let code = try? QRCode(text: e.checkIn) {
            // Four light modules round the code at least (the standard's quiet zone) keep the
            // frame and the text out of the reader's way.
            let side = 20.0
            page.qr(code, x: x(w - 6 - side), y: y(h - 10), side: mm(side))
            fitted(e.checkIn, w - 6 - side / 2, h - 3.5, width: side + 2, size: 7, anchor: .centre)
        }
    }

    /// Marks 3 mm long just outside each corner, in the gutter, where the guillotine cuts.
    func cutMarks(x: Double, y: Double, width: Double, height: Double, on page: inout PDFPage) {
        let reach = PDFPage.mm(2.8), off = PDFPage.mm(0.4)
        for (cx, dx) in [(x, -1.0), (x + width, 1.0)] {
            for (cy, dy) in [(y, -1.0), (y + height, 1.0)] {
                page.line(from: (cx + dx * off, cy), to: (cx + dx * (off + reach), cy), width: 0.25)
                page.line(from: (cx, cy + dy * off), to: (cx, cy + dy * (off + reach)), width: 0.25)
            }
        }
    }
}
