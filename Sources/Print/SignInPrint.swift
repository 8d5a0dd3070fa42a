import PlanningCore
import Typeset
import Workbook

/// Sign-in sheets (签到表) for the doors: number, name, organisation, title, the phone's last
/// four digits (enough to tell two 王伟 apart, no more) and a space to sign; paginated, each
/// page headed by the title and `第 2 页 / 共 7 页`.
public struct SignInPrint {
    public let lists: PrintLists
    public let entries: [PrintLists.Entry]
    /// What the sheet is for: a session's title, a category's word, or everyone.
    public let subject: String
    /// The line under the title: when and where those signing are, a session's day, time and room
    /// (`5月14日 14:00–17:30 · 二号会议室`), else the event's dates.
    public let when: String

    public init(lists: PrintLists, entries: [PrintLists.Entry], subject: String, session: Session? = nil) {
        self.lists = lists
        self.entries = entries
        self.subject = subject
        when = session.flatMap(lists.dayTimeAndRoom) ?? lists.dates()
    }

    public var title: String { PrintWords.signInTitle.text(lists.language, lists.eventName, subject) }

    public func sheet() -> TableSheet {
        let lang = lists.language
        return TableSheet(
            name: PrintWords.signIn.text(lang), header: PrintWords.signInHeader.columns(lang),
            rows: entries.enumerated().map { i, e in
                [.number(i + 1), .text(e.person.name), .text(e.person.organisation), .text(e.person.title),
                 .text(PrintLists.phoneTail(e.person.phone)), .text("")]
            },
            printSetup: TableSheet.PrintSetup(
                columnWidths: Self.workbookColumns, rowHeight: Self.workbookRowHeight,
                header: title, subtitle: when, footer: PrintWords.page.text(lang, "&P", "&N")))
    }

    /// The PDF's columns in characters of the workbook's font, the signature's 18 wide (about 35 mm)
    /// to take a signature in full. Narrow enough that fitting them to the page does not shrink
    /// the rows (LibreOffice sets them at full size), so a page holds 25 as the PDF's does.
    static let workbookColumns = [5.0, 13, 27, 14, 8, 18]
    /// Points: 10 mm, a hand's signature between the lines, and 25 rows to an A4 page as on the PDF.
    static let workbookRowHeight = 28.5

    /// Pages of `rows` people, split by form feeds like the room sheets.
    public func text(rows: Int = 30) -> String { textSheet(rows: rows).text }

    /// The text sheet's columns in display columns, the name's as wide as the longest name needs
    /// (at least 12) up to what a page of `textPageWidth` leaves it: 38, so that a name longer is
    /// cut with "…" and said in the notes, as the PDF says what it cut, never cut silently.
    static let textWidths = [4, 12, 30, 16, 8, 14], textPageWidth = 120

    /// The text sheet and the names it had to cut.
    public func textSheet(rows: Int = 30) -> (text: String, notes: PrintNotes) {
        let lang = lists.language
        let separators = 2 * (Self.textWidths.count - 1)
        let room = Self.textPageWidth - separators - Self.textWidths.reduce(0, +) + Self.textWidths[1]
        let longest = entries.map { DisplayWidth.of(Sanitize.forTerminal($0.person.name)) }.max() ?? 0
        var widths = Self.textWidths
        widths[1] = min(room, max(widths[1], longest))
        var notes = PrintNotes()
        for e in entries where DisplayWidth.of(Sanitize.forTerminal(e.person.name)) > widths[1] {
            notes.cutInText.append(PrintNotes.CutInText(
                person: e.person.name, field: .name, columns: widths[1],
                printed: DisplayWidth.truncate(Sanitize.forTerminal(e.person.name), to: widths[1])))
        }
        let pages = pageCount(rows)
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { cell, width in
                DisplayWidth.pad(DisplayWidth.truncate(Sanitize.forTerminal(cell), to: width), to: width)
            }.joined(separator: "  ").trimmingSpaces.description
        }
        var out: [String] = []
        for page in 0..<pages {
            var lines = [Sanitize.forTerminal(title), PrintWords.page.text(lang, page + 1, pages), "",
                         line(PrintWords.signInHeader.columns(lang))]
            let slice = entries.enumerated().dropFirst(page * rows).prefix(rows)
            if slice.isEmpty { lines.append(PrintWords.none.text(lang)) }
            for (i, e) in slice {
                lines.append(line([String(i + 1), e.person.name, e.person.organisation, e.person.title,
                                   PrintLists.phoneTail(e.person.phone), String(repeating: "_", count: 14)]))
            }
            out.append(lines.joined(separator: "\n") + "\n")
        }
        return (out.joined(separator: "\u{0C}"), notes)
    }

    func pageCount(_ rows: Int) -> Int { max(1, (entries.count + rows - 1) / rows) }

    /// Column widths in millimetres across an A4 page with 10 mm margins: a name of two lines,
    /// an organisation's name of two, and room to sign. Rows hold two lines of Chinese at 9 pt.
    static let columns = [10.0, 42, 50, 30, 18, 40]
    public static let rowsPerPage = 25, rowHeight = 9.5, tableTop = 32.0
    /// Where the name column starts, in millimetres from the page's left: what the print test looks in.
    public static let nameColumn = (x: 20.0, width: 42.0)

    /// Names, organisations and titles wrap to two lines, then shrink to 9 pt (names) or 7 pt.
    static func style(column: Int, header: Bool) -> TextStyle {
        if header { return TextStyle(size: 10, minimumSize: 7, maxLines: 2, bold: true) }
        switch column {
        case 1: return TextStyle(size: 10.5, minimumSize: 9, maxLines: 2)
        case 2, 3: return TextStyle(size: 10, minimumSize: 7, maxLines: 2)
        default: return TextStyle(size: 10.5, minimumSize: 7)
        }
    }

    /// The sheets, and what staff must know before printing them (see `PrintNotes`).
    public func pdf() -> (bytes: [UInt8], notes: PrintNotes) {
        let lang = lists.language
        let canvas = PrintCanvas(title: title, date: PrintCanvas.date(of: lists.plan.event))
        let pages = pageCount(Self.rowsPerPage)
        let fields: [PrintWords?] = [nil, .name, .organisation, .title, nil, nil]
        for index in 0..<pages {
            canvas.canvas.startPage(.a4)
            canvas.text(title, in: PrintCanvas.box(10, 10, 190, 9),
                        style: TextStyle(size: 15, minimumSize: 9, alignment: .center, bold: true))
            canvas.text(when, in: PrintCanvas.box(10, 19.5, 190, 5),
                        style: TextStyle(size: 9, minimumSize: 7, alignment: .center))
            let slice = Array(entries.enumerated().dropFirst(index * Self.rowsPerPage).prefix(Self.rowsPerPage))
            var rows: [(person: String?, cells: [String])] = [(nil, PrintWords.signInHeader.columns(lang))]
            rows += slice.map { i, e in
                (e.person.name, [String(i + 1), e.person.name, e.person.organisation, e.person.title,
                                 PrintLists.phoneTail(e.person.phone), ""])
            }
            for (r, row) in rows.enumerated() {
                let top = Self.tableTop + Double(r) * Self.rowHeight
                var x = 10.0
                for (column, (cell, width)) in zip(row.cells, Self.columns).enumerated() {
                    canvas.canvas.frame(PrintCanvas.box(x, top, width, Self.rowHeight), width: r == 0 ? 0.6 : 0.3)
                    canvas.text(cell, in: PrintCanvas.box(x + 1.2, top, width - 2.4, Self.rowHeight),
                                style: Self.style(column: column, header: r == 0), person: row.person,
                                field: row.person == nil ? nil : fields[column])
                    x += width
                }
            }
            canvas.text(PrintWords.page.text(lang, index + 1, pages), in: PrintCanvas.box(10, 282, 190, 6),
                        style: TextStyle(size: 9, alignment: .center))
        }
        return (canvas.finish(), canvas.notes)
    }
}
