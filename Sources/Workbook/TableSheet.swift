import Codecs
import PlanningCore

/// A cell as typed: text stays text (a phone, an id), a count a number, a day a date, a
/// clock a time, so a workbook holds each as its kind.
public enum TableCell: Hashable, Sendable {
    case text(String), number(Int), date(LocalDate), time(minutes: Int)

    public var text: String {
        switch self {
        case .text(let s): s
        case .number(let n): String(n)
        case .date(let d): d.description
        case .time(let m): LocalDateTime(minutes: m).clock
        }
    }
}

public struct TableSheet: Sendable {
    public var name: String
    public var header: [String]
    public var rows: [[TableCell]]
    /// How the sheet prints, for a sheet made to be printed and filled in by hand (the sign-in
    /// sheet); nil: a list to work with on screen, printed as the spreadsheet program likes.
    public var printSetup: PrintSetup?

    public init(name: String, header: [String], rows: [[TableCell]], printSetup: PrintSetup? = nil) {
        self.name = name
        self.header = header
        self.rows = rows
        self.printSetup = printSetup
    }

    /// A4 portrait, fitted to the page's width (as many pages down as it takes), the header row
    /// on every page, every cell framed, columns and rows of fixed size so there is room to write.
    public struct PrintSetup: Sendable, Equatable {
        /// Each column's width in characters of the default font, as Excel measures widths.
        public var columnWidths: [Double]
        /// Every row's height but the header's, in points.
        public var rowHeight: Double
        /// Printed at the top of every page, in bold (`&P` / `&N` in `footer` are the page and page
        /// count), with `subtitle` on a smaller line under it.
        public var header: String
        public var subtitle: String
        public var footer: String

        public init(columnWidths: [Double], rowHeight: Double, header: String, subtitle: String = "",
                    footer: String) {
            self.columnWidths = columnWidths
            self.rowHeight = rowHeight
            self.header = header
            self.subtitle = subtitle
            self.footer = footer
        }
    }

    /// The sheet as CSV, each cell as its text.
    public func csv(byteOrderMark: Bool = true) -> String {
        var w = CSVWriter(byteOrderMark: byteOrderMark)
        w.row(header)
        for row in rows { w.row(row.map(\.text)) }
        return w.text
    }
}
