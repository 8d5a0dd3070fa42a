import PlanningCore
import Workbook

/// Table cards (桌签) for a seating chart: one A4 page per seat in seat order (front row first,
/// left to right in the chart's view), folded across the middle into a tent. Both faces carry
/// the name large with title and organisation small, the upper one upside down, so whichever
/// face turns to the seated person or the hall reads upright; a small line on the front says
/// where the card goes.
public struct TableCardPrint {
    public let chart: SeatingChart
    /// Seats with someone in them, in the order staff walk the rostrum placing cards.
    public let cards: [Card]

    public init(chart: SeatingChart) {
        self.chart = chart
        cards = chart.rows.enumerated().flatMap { row, seats in
            seats.enumerated().compactMap { position, precedence in
                chart.person(precedence).map { Card(row: row + 1, position: position + 1, precedence: precedence,
                                                    person: $0) }
            }
        }
    }

    public struct Card: Equatable {
        public let row: Int, position: Int, precedence: Int
        public let person: Person
    }

    /// Where the name goes on the front (the lower half), in millimetres from the page's top
    /// left (x, y, width, height): what the print test looks for ink in.
    public static let nameBox = (x: 15.0, y: 180.0, width: 180.0, height: 40.0)

    /// The chart's sheet, a row a card: the empty seats get none.
    public func sheet() -> TableSheet {
        var sheet = chart.sheet()
        sheet.name = PrintText.tableCards.text(chart.language)
        sheet.rows.removeAll { $0[3] == .text("") }
        return sheet
    }

    public func text() -> String {
        let lang = chart.language
        guard !cards.isEmpty else { return PrintText.none.text(lang) + "\n" }
        return cards.map { c in
            [place(c), c.person.name, [c.person.title, c.person.organisation].filter { !$0.isEmpty }
                .joined(separator: " ")].map(Sanitize.forTerminal).joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    func place(_ c: Card) -> String {
        let side = chart.view == .audience ? SeatingText.fromHallShort : SeatingText.fromStageShort
        return PrintText.place.text(chart.language, c.row, c.position, side.text(chart.language), c.precedence)
    }

    public func pdf() -> [UInt8] {
        var document = PDFDocument()
        for card in cards {
            var page = PDFPage()
            face(card, on: &page, upsideDown: false)
            face(card, on: &page, upsideDown: true)
            let middle = page.height / 2
            var x = PDFPage.mm(10)
            while x < page.width - PDFPage.mm(10) {  // the fold, dashed
                page.line(from: (x, middle), to: (min(x + PDFPage.mm(3), page.width - PDFPage.mm(10)), middle),
                          width: 0.3)
                x += PDFPage.mm(6)
            }
            page.text(place(card), x: PDFPage.mm(10), y: PDFPage.mm(8), size: 8)
            document.pages.append(page)
        }
        if document.pages.isEmpty { document.pages.append(PDFPage()) }
        return document.bytes()
    }

    /// One face: the lower half as printed, or the upper half turned half round.
    func face(_ c: Card, on page: inout PDFPage, upsideDown: Bool) {
        let mm = PDFPage.mm
        let box = Self.nameBox
        let width = mm(box.width)
        // Baselines measured from the page's top in the lower half; the upper face mirrors them
        // through the page's centre.
        func y(_ fromTop: Double) -> Double { upsideDown ? mm(fromTop) : page.height - mm(fromTop) }
        let centre = page.width / 2
        let name = PDFPage.fitting(c.person.name, width: width, size: 110)
        page.text(c.person.name, x: centre, y: y(box.y + box.height - 4), size: min(name, mm(box.height) * 1.1),
                  anchor: .centre, upsideDown: upsideDown)
        for (line, text) in [c.person.title, c.person.organisation].filter({ !$0.isEmpty }).enumerated() {
            page.text(text, x: centre, y: y(box.y + box.height + 14 + Double(line) * 9),
                      size: PDFPage.fitting(text, width: width, size: 18), anchor: .centre, upsideDown: upsideDown)
        }
    }
}
