import Foundation
import PlanningCore

/// Every export confplan writes, by name, with the one function that produces each: the
/// command line and the UI's export dialog go through here.
public enum ExportKind: Hashable, Sendable, CaseIterable {
    case programme, markdown, roomSheets, ical, frabXML, frabJSON
    case csv(TableExport.Table)

    public static var allCases: [ExportKind] {
        [.programme, .markdown, .roomSheets, .ical, .frabXML, .frabJSON] + TableExport.Table.allCases.map { .csv($0) }
    }

    public var name: String {
        switch self {
        case .programme: "programme"
        case .markdown: "markdown"
        case .roomSheets: "room-sheets"
        case .ical: "ical"
        case .frabXML: "frab-xml"
        case .frabJSON: "frab-json"
        case .csv(let t): "csv " + t.rawValue
        }
    }

    public var fileExtension: String {
        switch self {
        case .programme, .roomSheets: "txt"
        case .markdown: "md"
        case .ical: "ics"
        case .frabXML: "xml"
        case .frabJSON: "json"
        case .csv: "csv"
        }
    }

    /// The export as text, and how many sessions it could not place (frab needs a room and a time).
    public func render(_ plan: EventPlan, _ options: Programme.Options, version: String, byteOrderMark: Bool = true,
                       stamp: Date = Date()) -> (text: String, skipped: Int) {
        switch self {
        case .programme: return (Programme(plan: plan, options: options).render(), 0)
        case .markdown:
            var o = options
            o.format = .markdown
            return (Programme(plan: plan, options: o).render(), 0)
        case .roomSheets: return (Programme(plan: plan, options: options).roomSheets(), 0)
        case .ical:
            return (
                ICalendarExport(
                    plan: plan, language: options.language, stamp: stamp, track: options.track, person: options.person
                ).text(), 0
            )
        case .frabXML, .frabJSON:
            let frab = FrabExport(plan: plan, generatorVersion: version, track: options.track, person: options.person)
            return (self == .frabXML ? frab.xml() : frab.json(), frab.skipped)
        case .csv(let table):
            return (TableExport.csv(table, plan: plan, language: options.language, byteOrderMark: byteOrderMark,
                                    track: options.track, person: options.person, codes: options.codes), 0)
        }
    }
}
