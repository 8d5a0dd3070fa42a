import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let window = Option(
        "--window", value: "MINUTES",
        help: "arrivals at a hub within this many minutes share a run (default 30, at most 60)")
    static let storeRuns = Option("--apply", help: "store the runs (one change in confplan log), not only show them")
    static let farDates = Option(
        "--far-dates", help: "plan journeys dated days off the event too (their dates are confirmed)")
}

/// `confplan transport`: the runs as they stand, and who asked for a ride and has none.
enum TransportCommand {
    static let command = Command(
        name: "transport", summary: "the pickup and drop-off runs (接送站) as they stand; `transport plan` plans them",
        arguments: "[EVENT]", options: [FormatChoice.textOrJSON.option], positionals: 0...1,
        details: """
            Lists the runs per kind, day and hub: times, vehicle, driver, seats used, escort and passengers,
            then the guests who asked for a ride (or, as VIPs, are due one) and have none.
            """,
        subcommands: [TransportPlanCommand.command], runsWithoutSubcommand: true, run: run)

    static func run(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let json = try a.format(.textOrJSON) == .json
        let report = TransportReport(current: try store.plan(event.id), language: try CLI.language(a))
        print(json ? report.json() : report.text(), terminator: "")
    }
}

/// `confplan transport plan`: batches arrivals and departures into runs, shown or stored.
enum TransportPlanCommand {
    static let command = Command(
        name: "transport plan", summary: "batch arrivals and departures into runs by hub, time and seats",
        arguments: "[EVENT]", options: [.window, .storeRuns, .farDates, FormatChoice.textOrJSON.option],
        positionals: 0...1,
        details: """
            Arrivals at one hub within the window share a run when the vehicle seats them (companions
            count), leaving when the last is ready (a train's passengers at once, a flight's after 40
            minutes for luggage); a train's passengers ride together; a VIP of level 2 or more rides alone
            with a staff escort. Departures leave the hotel so the guest is at the hub 90 minutes before a
            flight (30 before a train) and not before their last part in the programme. Nobody waits more
            than an hour. Runs already made are kept while they still serve their passengers: a re-plan
            after a flight moves changes as few passengers' runs as it can. A journey dated more than three
            days off the event is left unplanned (a mistyped month, mostly) unless --far-dates says the dates
            are right. Without --apply nothing is saved.
            """, run: run)

    static func run(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let plan = try store.plan(event.id)
        var options = TransportPlanOptions()
        if let w = try a.int(.window, in: 0...TransportPlanOptions.longestWait, what: .notAWindow,
                             TransportPlanOptions.longestWait)
        {
            options.windowMinutes = w
        }
        options.farDates = a.has(.farDates)
        let json = try a.format(.textOrJSON) == .json
        let proposal = TransportPlanner.plan(plan, options: options)
        let apply = a.has(.storeRuns) && !proposal.changes.isEmpty
        if apply {
            try store.apply(proposal.changes, event: event.id, note: .transportPlanned(proposal.changes),
                            logEach: false)
        }
        let report = TransportReport(plan: plan, proposal: proposal, applied: apply, language: try CLI.language(a))
        print(json ? report.json() : report.text(), terminator: "")
    }
}
