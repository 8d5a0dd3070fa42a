import Foundation
import PlanningCore
import Workbook

/// Every export confplan writes, by name, with the one function that produces each: the
/// command line and the UI's export dialog go through here.
public enum ExportKind: Hashable, Sendable, CaseIterable {
    case programme, markdown, roomSheets, ical, frabXML, frabJSON
    case csv(TableExport.Table)
    /// A workbook of one table, or (nil) of the programme: a row per session in programme order.
    case xlsx(TableExport.Table?)

    public static var allCases: [ExportKind] {
        [.programme, .markdown, .roomSheets, .ical, .frabXML, .frabJSON] + TableExport.Table.allCases.map { .csv($0) }
            + [.xlsx(nil)] + TableExport.Table.allCases.map { .xlsx($0) }
    }

    /// Bytes rather than text: written to a file, never shown.
    public var isBinary: Bool { if case .xlsx = self { true } else { false } }

    public var name: String {
        switch self {
        case .programme: "programme"
        case .markdown: "markdown"
        case .roomSheets: "room-sheets"
        case .ical: "ical"
        case .frabXML: "frab-xml"
        case .frabJSON: "frab-json"
        case .csv(let t): "csv " + t.rawValue
        case .xlsx(let t): "xlsx " + (t?.rawValue ?? "programme")
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
        case .xlsx: "xlsx"
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
                    plan: plan, language: options.language, stamp: stamp, track: options.track, person: options.person,
                    sequences: options.sequences
                ).text(), 0
            )
        case .frabXML, .frabJSON:
            // frab's version is the release's name; the generator keeps confplan's own.
            let release = options.releases?.last.map { $0.title(options.language) }
            let frab = FrabExport(plan: plan, generatorVersion: version, scheduleVersion: release,
                                  track: options.track, person: options.person)
            return (self == .frabXML ? frab.xml() : frab.json(), frab.skipped)
        case .csv(let table):
            return (TableExport.csv(table, plan: plan, language: options.language, byteOrderMark: byteOrderMark,
                                    track: options.track, person: options.person, codes: options.codes), 0)
        case .xlsx:
            return ("", 0)
        }
    }

    /// The file's bytes: the text of a text export, or a workbook.
    public func contents(_ plan: EventPlan, _ options: Programme.Options, version: String, byteOrderMark: Bool = true,
                         stamp: Date = Date()) -> (bytes: [UInt8], skipped: Int) {
        guard case .xlsx(let table) = self else {
            let (text, skipped) = render(plan, options, version: version, byteOrderMark: byteOrderMark, stamp: stamp)
            return (Array(text.utf8), skipped)
        }
        let lang = options.language
        let sheet = table.map {
            TableExport.sheet($0, plan: plan, language: lang, track: options.track, person: options.person,
                              codes: options.codes)
        } ?? TableExport.programmeSheet(plan: plan, language: lang, track: options.track, person: options.person)
        return (WorkbookWriter.workbook([sheet], language: lang), 0)
    }
}
