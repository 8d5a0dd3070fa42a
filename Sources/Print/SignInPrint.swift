import PlanningCore
import Workbook

/// Sign-in sheets (签到表) for the doors: number, name, organisation, title, the phone's last
/// four digits (enough to tell two 王伟 apart, no more) and a space to sign; paginated, each
/// page headed by the title and `第 2 页 / 共 7 页`.
public struct SignInPrint {
    public let lists: PrintLists
    public let entries: [PrintLists.Entry]
    /// What the sheet is for: a session's title, a category's word, or everyone.
    public let subject: String

    public init(lists: PrintLists, entries: [PrintLists.Entry], subject: String) {
        self.lists = lists
        self.entries = entries
        self.subject = subject
    }

    public var title: String { PrintText.signInTitle.text(lists.language, lists.eventName, subject) }

    public func sheet() -> TableSheet {
        let lang = lists.language
        return TableSheet(
            name: PrintText.signIn.text(lang), header: PrintText.signInHeader.columns(lang),
            rows: entries.enumerated().map { i, e in
                [.number(i + 1), .text(e.person.name), .text(e.person.organisation), .text(e.person.title),
                 .text(PrintLists.phoneTail(e.person.phone)), .text("")]
            },
            printSetup: TableSheet.PrintSetup(
                columnWidths: Self.workbookColumns, rowHeight: Self.workbookRowHeight,
                header: title + "  " + lists.dates(), footer: PrintText.page.text(lang, "&P", "&N")))
    }

    /// The PDF's columns in characters of the workbook's font, the signature's 18 wide (about 35 mm)
    /// to take a signature in full. Narrow enough that fitting them to the page does not shrink
    /// the rows (LibreOffice sets them at full size), so a page holds 25 as the PDF's does.
    static let workbookColumns = [5.0, 13, 27, 14, 8, 18]
    /// Points: 10 mm, a hand's signature between the lines, and 25 rows to an A4 page as on the PDF.
    static let workbookRowHeight = 28.5

    /// Pages of `rows` people, split by form feeds like the room sheets.
    public func text(rows: Int = 30) -> String {
        let lang = lists.language
        let widths = [4, 12, 30, 16, 8, 14]
        let pages = pageCount(rows)
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { cell, width in
                DisplayWidth.pad(DisplayWidth.truncate(Sanitize.forTerminal(cell), to: width), to: width)
            }.joined(separator: "  ").trimmingSpaces.description
        }
        var out: [String] = []
        for page in 0..<pages {
            var lines = [Sanitize.forTerminal(title), PrintText.page.text(lang, page + 1, pages), "",
                         line(PrintText.signInHeader.columns(lang))]
            let slice = entries.enumerated().dropFirst(page * rows).prefix(rows)
            if slice.isEmpty { lines.append(PrintText.none.text(lang)) }
            for (i, e) in slice {
                lines.append(line([String(i + 1), e.person.name, e.person.organisation, e.person.title,
                                   PrintLists.phoneTail(e.person.phone), String(repeating: "_", count: 14)]))
            }
            out.append(lines.joined(separator: "\n") + "\n")
        }
        return out.joined(separator: "\u{0C}")
    }

    func pageCount(_ rows: Int) -> Int { max(1, (entries.count + rows - 1) / rows) }

    /// Column widths in millimetres across an A4 page with 10 mm margins.
    static let columns = [12.0, 30, 62, 32, 18, 36]
    public static let rowsPerPage = 25, rowHeight = 9.0, tableTop = 32.0

    public func pdf() -> [UInt8] {
        let lang = lists.language
        let mm = PDFPage.mm
        var document = PDFDocument()
        let pages = pageCount(Self.rowsPerPage)
        for index in 0..<pages {
            var page = PDFPage()
            let top = page.height
            page.text(title, x: page.width / 2, y: top - mm(16),
                      size: PDFPage.fitting(title, width: mm(190), size: 15), anchor: .centre)
            page.text(lists.dates(), x: page.width / 2, y: top - mm(23), size: 9, anchor: .centre)
            let slice = Array(entries.enumerated().dropFirst(index * Self.rowsPerPage).prefix(Self.rowsPerPage))
            var rows = [PrintText.signInHeader.columns(lang)]
            rows += slice.map { i, e in
                [String(i + 1), e.person.name, e.person.organisation, e.person.title,
                 PrintLists.phoneTail(e.person.phone), ""]
            }
            for (r, cells) in rows.enumerated() {
                let rowTop = Self.tableTop + Double(r) * Self.rowHeight
                var x = 10.0
                for (cell, width) in zip(cells, Self.columns) {
                    page.box(x: mm(x), y: top - mm(rowTop + Self.rowHeight), width: mm(width),
                             height: mm(Self.rowHeight), line: r == 0 ? 0.6 : 0.3)
                    page.text(cell, x: mm(x + 1.5), y: top - mm(rowTop + 6),
                              size: PDFPage.fitting(cell, width: mm(width - 3), size: r == 0 ? 10 : 10.5))
                    x += width
                }
            }
            page.text(PrintText.page.text(lang, index + 1, pages), x: page.width / 2, y: mm(10), size: 9,
                      anchor: .centre)
            document.pages.append(page)
        }
        return document.bytes()
    }
}
