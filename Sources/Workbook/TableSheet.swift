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

    public init(name: String, header: [String], rows: [[TableCell]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    /// The sheet as CSV, each cell as its text.
    public func csv(byteOrderMark: Bool = true) -> String {
        var w = CSVWriter(byteOrderMark: byteOrderMark)
        w.row(header)
        for row in rows { w.row(row.map(\.text)) }
        return w.text
    }
}
