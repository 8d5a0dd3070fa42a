import PlanningCore
import Print
import Workbook

/// 接站表, 送站表 and 乘车表 as text (columns aligned in display cells, for a terminal, a message
/// or a plain printer), CSV and a workbook; the PDF is `TransportLists.pdf`.
public struct TransportExport {
    public let lists: TransportLists
    public let kind: TransportListKind

    public init(plan: EventPlan, kind: TransportListKind, language: Language, day: LocalDate? = nil) {
        lists = TransportLists(plan: plan, language: language, day: day)
        self.kind = kind
    }

    public var sheet: TableSheet { lists.sheet(kind) }

    public func csv(byteOrderMark: Bool = true) -> String { sheet.csv(byteOrderMark: byteOrderMark) }

    public func workbook() -> [UInt8] { WorkbookWriter.workbook([sheet], language: lists.language) }

    /// The title, then a block per hub and day (a driver's page per vehicle, split by form feeds).
    public func text() -> String {
        let lang = lists.language
        let title = TransportWords.title.text(lang, kind.title.text(lang), lists.plan.event.name)
        switch kind {
        case .pickups, .dropoffs:
            let groups = lists.groups(kind == .pickups ? .pickup : .dropoff)
            var out = [Sanitize.forTerminal(title)]
            if groups.isEmpty { out += ["", TransportWords.empty.text(lang)] }
            for g in groups {
                out += ["", Sanitize.forTerminal(lists.heading(g))]
                out += Self.table([TransportWords.columns.columns(lang)] + g.entries.map(lists.cells))
            }
            return out.joined(separator: "\n") + "\n"
        case .runs:
            let pages = lists.pages()
            if pages.isEmpty { return Sanitize.forTerminal(title) + "\n\n" + TransportWords.empty.text(lang) + "\n" }
            return pages.map { page in
                var out = [Sanitize.forTerminal(title), Sanitize.forTerminal(lists.heading(page))]
                for r in page.runs {
                    out += ["", Sanitize.forTerminal(lists.heading(r))]
                    if r.passengers.isEmpty { out.append("  " + TransportWords.nobody.text(lang)); continue }
                    let rows = [TransportWords.passengerColumns.columns(lang)]
                        + r.passengers.map { lists.passengerCells(r, $0) }
                    out += Self.table(rows).map { "  " + $0 }
                }
                return out.joined(separator: "\n") + "\n"
            }.joined(separator: "\u{0C}")
        }
    }

    /// Rows in columns as wide as their widest cell, two spaces apart, trailing spaces cut; columns
    /// empty in every row but the header's are kept, so the header reads the same on every block.
    static func table(_ rows: [[String]]) -> [String] {
        let shown = rows.map { $0.map(Sanitize.forTerminal) }
        let count = shown.map(\.count).max() ?? 0
        let widths = (0..<count).map { c in shown.map { $0.count > c ? DisplayWidth.of($0[c]) : 0 }.max() ?? 0 }
        return shown.map { cells in
            var line = zip(cells, widths).map { DisplayWidth.pad($0, to: $1) }.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
