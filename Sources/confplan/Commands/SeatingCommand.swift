import Foundation
import Print
import Workbook
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let seatingView = Option(
        "--view", value: "audience|stage", help: "seen from the hall (default) or the rostrum")
    static let seatingRule = Option(
        "--rule", value: "domestic|international",
        help: "the left or the right of the first seat ranks higher (default: the event's seatingRule)")
    static let seatingRows = Option(
        "--rows", value: "N,…", help: "seats per row, front first (default: as set in the UI, else one row)")
    static let photo = Option("--photo", value: "N,…", help: "the group photo: people per row, front first")
}

/// `confplan seating`: a session's rostrum chart by the rule of precedence.
enum SeatingCommand {
    static let command = Command(
        name: "seating", summary: "the rostrum seating chart of a session, by precedence",
        arguments: "[EVENT] SESSION",
        options: [.seatingView, .seatingRule, .seatingRows, .photo, FormatChoice.seating.option, .output],
        positionals: 1...2,
        details: """
            The session's role holders (interpreters aside) by VIP level, then role (host, chair, speaker…),
            then the order they were added. Domestic: No. 1 in the centre, No. 2 on No. 1's own left, No. 3
            on the right, outward; international: the mirror image. The chart says from where it is seen.
            An order, rows or a rule set in the seating editor (z in the Sessions pane) are used unless
            --rule or --rows say otherwise. --photo lines the same people up for the group photo.
            """, run: run)

    static func run(_ a: ParsedArguments) throws {
        let (eventName, rest) = CheckCommands.split(a)
        let store = try Commands.openStore(a)
        let plan = try store.plan(try store.resolveEvent(eventName).id)
        let session = try CLI.session(rest[0], in: plan)
        let view = try a.choice(.seatingView, ["audience": SeatingView.audience, "stage": .stage]) ?? .audience
        let rule = try a.choice(.seatingRule, ["domestic": SeatingRule.domestic, "international": .international])
        let photo = try sizes(a, .photo)
        let lang = try CLI.chosenLanguage(a) ?? plan.event.language
        let chart = SeatingChart(session, in: plan, sizes: try photo ?? sizes(a, .seatingRows), rule: rule, view: view,
                                 language: lang, photo: photo != nil)
        switch try a.format(.seating) ?? .text {
        case .xlsx:
            guard let path = a[.output], path != "-" else { throw a.usage(.workbookNeedsFile) }
            try Commands.write(WorkbookWriter.workbook([chart.sheet()], language: lang), to: path, try CLI.language(a))
        case .json: try Commands.write(chart.json(), to: a[.output])
        default: try Commands.write(chart.text(), to: a[.output])
        }
    }

    /// `--rows 7,5`: positive numbers, front row first.
    static func sizes(_ a: ParsedArguments, _ option: Option) throws -> [Int]? {
        try a[option].map { text in
            try text.split(separator: ",").map { part -> Int in
                guard let n = Int(part.trimmingCharacters(in: .whitespaces)), n > 0 else {
                    throw a.usage(.notAPositiveNumber, option.names[0], String(part))
                }
                return n
            }
        }
    }
}
