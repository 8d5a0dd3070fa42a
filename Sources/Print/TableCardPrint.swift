import PlanningCore
import Typeset
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
    /// Written into the PDF as its date (`PrintCanvas.date(of:)`), so the same chart prints the same bytes.
    public var date = "2000-01-01T00:00:00Z"

    /// `only`: the people whose cards to print (those of one category), each card still saying
    /// its seat; nil: everyone seated.
    public init(chart: SeatingChart, only: Set<ID<Person>>? = nil) {
        self.chart = chart
        self.only = only
        cards = chart.rows.enumerated().flatMap { row, seats in
            seats.enumerated().compactMap { position, precedence in
                chart.person(precedence).flatMap { person in
                    only.map { $0.contains(person.id) } ?? true
                        ? Card(row: row + 1, position: position + 1, precedence: precedence, person: person) : nil
                }
            }
        }
    }

    let only: Set<ID<Person>>?

    public struct Card: Equatable {
        public let row: Int, position: Int, precedence: Int
        public let person: Person
    }

    /// Where the name goes on the front (the lower half), in millimetres from the page's top
    /// left (x, y, width, height): what the print test looks for ink in.
    /// Tall enough for two lines of a long name.
    public static let nameBox = (x: 15.0, y: 170.0, width: 180.0, height: 52.0)

    /// The chart's sheet, a row a card: the empty seats get none.
    public func sheet() -> TableSheet {
        var sheet = chart.sheet()
        sheet.name = PrintWords.tableCards.text(chart.language)
        sheet.rows.removeAll { $0[3] == .text("") }
        if only != nil {
            // A card's row, seat and precedence are its key in the chart's sheet.
            let kept = Set(cards.map { [TableCell.number($0.row), .number($0.position), .number($0.precedence)] })
            sheet.rows.removeAll { !kept.contains(Array($0.prefix(3))) }
        }
        return sheet
    }

    public func text() -> String {
        let lang = chart.language
        guard !cards.isEmpty else { return PrintWords.none.text(lang) + "\n" }
        return cards.map { c in
            [place(c), c.person.name, [c.person.title, c.person.organisation].filter { !$0.isEmpty }
                .joined(separator: " ")].map(Sanitize.forTerminal).joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    func place(_ c: Card) -> String {
        let side = chart.view == .audience ? SeatingWords.fromHallShort : SeatingWords.fromStageShort
        return PrintWords.place.text(chart.language, c.row, c.position, side.text(chart.language), c.precedence)
    }

    /// The cards, and what staff must know before printing them (see `PrintNotes`).
    public func pdf() -> (bytes: [UInt8], notes: PrintNotes) {
        let canvas = PrintCanvas(title: PrintWords.tableCards.text(chart.language) + " · " + chart.session.title,
                                 date: date)
        let page = PageSize.a4
        for card in cards {
            canvas.canvas.startPage(page)
            face(card, on: canvas)
            canvas.canvas.halfTurned(about: page.width / 2, page.height / 2) { face(card, on: canvas) }
            let middle = page.height / 2, end = page.width - Length.mm(10)
            var x = Length.mm(10)
            while x < end {  // the fold, dashed
                canvas.canvas.line(from: (x, middle), to: (min(x + Length.mm(3), end), middle), width: 0.3)
                x += Length.mm(6)
            }
            canvas.text(place(card), in: PrintCanvas.box(10, 285, 190, 6), style: TextStyle(size: 8, minimumSize: 6))
        }
        if cards.isEmpty { canvas.canvas.startPage(page) }
        return (canvas.finish(), canvas.notes)
    }

    /// Read across a table: the name as large as the face allows, 24 pt at the least.
    static let nameStyle = TextStyle(size: 96, minimumSize: 24, maxLines: 2, alignment: .center, bold: true)
    static let lineStyle = TextStyle(size: 18, minimumSize: 7, maxLines: 2, alignment: .center,
                                     verticalAlignment: .top)

    /// One face, the lower half as printed; the upper is the same turned half round.
    func face(_ c: Card, on canvas: PrintCanvas) {
        let box = Self.nameBox, who = c.person.name
        canvas.text(who, in: PrintCanvas.box(box.x, box.y, box.width, box.height), style: Self.nameStyle,
                    person: who, field: .name)
        canvas.text(c.person.title, in: PrintCanvas.box(box.x, box.y + box.height + 3, box.width, 8),
                    style: TextStyle(size: 18, minimumSize: 7, alignment: .center), person: who, field: .title)
        canvas.text(c.person.organisation, in: PrintCanvas.box(box.x, box.y + box.height + 12, box.width, 20),
                    style: Self.lineStyle, person: who, field: .organisation)
    }
}
