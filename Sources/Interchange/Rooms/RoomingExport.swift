import PlanningCore
import Print
import Workbook

/// The 分房表 (a block per hotel for its front desk) and the room-nights for the contract, as
/// text (columns aligned in display cells), CSV and a workbook; the 分房表's PDF is
/// `RoomingLists.pdf`.
public struct RoomingExport {
    public enum Kind: Sendable { case rooming, roomNights }

    public let lists: RoomingLists
    public let kind: Kind

    public init(plan: EventPlan, kind: Kind = .rooming, language: Language, hotel: ID<Site>? = nil) {
        lists = RoomingLists(plan: plan, language: language, hotel: hotel)
        self.kind = kind
    }

    /// The CSV's one table: every hotel's guests with the hotel first, or the room-nights.
    public var sheet: TableSheet { kind == .rooming ? lists.sheet() : lists.nightsSheet() }

    public func csv(byteOrderMark: Bool = true) -> String { sheet.csv(byteOrderMark: byteOrderMark) }

    /// A sheet per hotel for the 分房表 (each desk gets its own), one for the room-nights.
    public func workbook() -> [UInt8] {
        WorkbookWriter.workbook(kind == .rooming ? lists.sheets() : [lists.nightsSheet()], language: lists.language)
    }

    public func text() -> String {
        let lang = lists.language
        let words: RoomingWords = kind == .rooming ? .listTitle : .nightsTitle
        var out = [Sanitize.forTerminal(RoomingWords.title.text(lang, words.text(lang), lists.plan.event.name))]
        switch kind {
        case .rooming:
            let hotels = lists.hotels().filter { !$0.entries.isEmpty }
            if hotels.isEmpty { out += ["", RoomingWords.empty.text(lang)] }
            for h in hotels {
                out += ["", Sanitize.forTerminal(lists.heading(h))]
                out += TransportExport.table([RoomingWords.columns.columns(lang)] + h.entries.map(lists.cells))
            }
        case .roomNights:
            let s = lists.nightsSheet()
            // No block held: said, rather than a table of headings alone.
            out.append("")
            out += s.rows.isEmpty ? [RoomingWords.noBlocks.text(lang)]
                : TransportExport.table([s.header] + s.rows.map { $0.map(\.text) })
        }
        return out.joined(separator: "\n") + "\n"
    }
}
