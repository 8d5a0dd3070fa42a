import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let layout = Option(
        "--layout", value: "TABLESxSEATS",
        help: "lay out the hall: 20x10 is twenty tables of ten, table 1 the head table (at most 12 seats)")
    static let assignSeats = Option("--assign", help: "seat the meal's guests (shown; --apply stores it)")
    static let storeSeats = Option("--apply", help: "store the assignment (one change in confplan log)")
}

extension CLI {
    /// A meal session by key or title; another kind of session has no tables, and is named.
    static func meal(_ name: String, in plan: EventPlan, _ lang: Language) throws -> Session {
        let s = try session(name, in: plan)
        guard s.kind == .meal else { throw UserError(.notAMeal, s.title, s.key, s.kind.text(lang)) }
        return s
    }
}

/// `confplan tables`: a meal's tables and seats (桌次、座次), laid out, shown, assigned.
enum TablesCommand {
    static let command = Command(
        name: "tables", summary: "a meal's banquet tables (桌次): lay out, show, and seat the guests",
        arguments: "[EVENT] MEAL",
        options: [.layout, .assignSeats, .storeSeats, FormatChoice.textOrJSON.option], positionals: 1...2,
        details: """
            Lists the meal's tables in the office's order (the head table first; the nearer the head table,
            the higher; at one distance, the head table's right first) with who sits in which seat (seat 1
            the host's, counted to the host's right), then the guests without a seat. --layout lays the
            hall out anew (stored at once, unless with --assign). --assign seats the guests: the head table
            by precedence (VIP level, role, the order set in the seating editor), then delegations together,
            halal guests at halal tables, foreign guests with their interpreter, a host representative
            (staff, or the meal's host) at each table; a re-run moves as few guests as it can. Without
            --apply the assignment is only shown.
            """, run: run)

    static func run(_ a: ParsedArguments) throws {
        let (eventName, rest) = CheckCommands.split(a)
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        var plan = try store.plan(event.id)
        let language = try CLI.language(a)
        let meal = try CLI.meal(rest[0], in: plan, language)
        // Nothing would be stored and the staff member would believe it was.
        if a.has(.storeSeats) && !a.has(.assignSeats) { throw a.usage(.applyWithoutAssign) }
        let json = try a.format(.textOrJSON) == .json
        var laidOut: (tables: Int, seats: Int)?
        var layoutChange: Change?
        if let text = a[.layout] {
            let parts = text.lowercased().split(separator: "x").map { Int($0) }
            guard parts.count == 2, let n = parts[0], let s = parts[1], (1...999).contains(n),
                  (1...BanquetTable.mostSeats).contains(s)
            else { throw a.usage(.badLayout, Option.layout.canonical, text) }
            let before = plan.tablePlan(of: meal.id)
            var after = TablePlan.laidOut(meal: meal.id, tables: n, seats: s)
            if let before {
                let again = before.laidOutAgain(tables: n, seats: s)
                after = again.plan
                // With --assign everyone not kept is seated again; without it, they are told.
                if !a.has(.assignSeats) && !again.lost.isEmpty {
                    printError(BanquetReport.layoutLosses(again.lost, plan: plan, language: language))
                }
            }
            layoutChange = .tablePlan(before: before, after: after)
            laidOut = (n, s)
        }
        guard a.has(.assignSeats) else {
            if let change = layoutChange {
                let applied = try store.apply(change, event: event.id)
                plan.apply(applied)
            }
            let report = BanquetReport(current: plan, meal: meal, laidOut: laidOut, language: language)
            print(json ? report.json() : report.text(), terminator: "")
            return
        }
        var work = plan
        if let change = layoutChange { work.apply(change) }
        guard work.tablePlan(of: meal.id)?.tables.isEmpty == false else { throw UserError(.noTablePlan, meal.key) }
        var proposal = BanquetAssigner.assign(work, meal: meal.id)
        // A layout and the seats at it are one proposal, stored as one change.
        if let layout = layoutChange, case .tablePlan(let before, _) = layout {
            let seated = proposal.changes.last.flatMap { c -> TablePlan? in
                if case .tablePlan(_, let after) = c { return after } else { return nil }
            } ?? work.tablePlan(of: meal.id)
            proposal.changes = [.tablePlan(before: before, after: seated)]
        }
        let apply = a.has(.storeSeats) && !proposal.changes.isEmpty
        if apply {
            var after = work
            for c in proposal.changes { after.apply(c) }
            let seated = after.tablePlan(of: meal.id).map {
                ChangeNote.Fact.tablesSeated(tables: $0.tables.count, seated: $0.seats.count)
            }
            let name = Dictionary(plan.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            let before = plan.tablePlan(of: meal.id)
            let moved = ChangeNote.seatFacts(before, after.tablePlan(of: meal.id), person: { name[$0] ?? "?" })
            try store.apply(proposal.changes, event: event.id,
                            note: ChangeNote(.assignTables, subject: meal.title, (seated.map { [$0] } ?? []) + moved),
                            logEach: false)
        }
        let report = BanquetReport(plan: plan, meal: meal, proposal: proposal, applied: apply, laidOut: laidOut,
                                   language: language)
        print(json ? report.json() : report.text(), terminator: "")
    }
}
