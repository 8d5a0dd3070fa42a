import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let seatingView = Option(
        "--view", value: "audience|stage", help: "seen from the hall (default) or the rostrum")
    static let seatingRule = Option(
        "--rule", value: "domestic|international",
        help: "以左为尊 or 以右为尊 (default: the event's seatingRule)")
    static let seatingRows = Option("--rows", value: "N,…", help: "seats per row, front first (default: one row)")
}

/// `confplan seating`: a session's rostrum chart by the rule of precedence.
enum SeatingCommand {
    static let command = Command(
        name: "seating", summary: "the rostrum (主席台) seating chart of a session, by precedence",
        arguments: "[EVENT] SESSION", options: [.seatingView, .seatingRule, .seatingRows, .checkFormat],
        positionals: 1...2,
        details: """
            The session's role holders (interpreters aside) by VIP level, then role (host, chair, speaker…),
            then the order they were added. Domestic: No. 1 in the centre, No. 2 on No. 1's own left, No. 3
            on the right, outward; international: the mirror image. The chart says from where it is seen.
            """, run: run)

    static func run(_ a: ParsedArguments) throws {
        let (eventName, rest) = CheckCommands.split(a)
        let store = try Commands.openStore(a)
        let plan = try store.plan(try store.resolveEvent(eventName).id)
        let session = try CheckCommands.session(rest[0], in: plan)
        let view = try a.choice(.seatingView, ["audience": SeatingView.audience, "stage": .stage]) ?? .audience
        let rule = try a.choice(.seatingRule, ["domestic": SeatingRule.domestic, "international": .international])
            ?? plan.event.seatingRule
        let sizes = try a[.seatingRows].map { text in
            try text.split(separator: ",").map { part -> Int in
                guard let n = Int(part.trimmingCharacters(in: .whitespaces)), n > 0 else {
                    throw a.usage(.notAPositiveNumber, "--rows", String(part))
                }
                return n
            }
        }
        let chart = SeatingChart(session: session, people: plan.rostrum(of: session.id), sizes: sizes, rule: rule,
                                 view: view, language: try CLI.chosenLanguage(a) ?? plan.event.language)
        let json = try a.choice(.checkFormat, ["text": false, "json": true]) ?? false
        print(json ? chart.json() : chart.text(), terminator: "")
    }
}
