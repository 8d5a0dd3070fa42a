import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let apply = Option("--apply", help: "make the moves (one change in confplan log), not only show them")
    static let keep = Option("--keep", value: "SESSION,…", help: "leave these sessions where they are, this time")
    static let maxMoves = Option("--max-moves", value: "N", help: "move at most N sessions")
    static let onlyUnplaced = Option("--only-unplaced", help: "place sessions without a room or time; move no other")
    static let moveHeld = Option("--move-held", help: "let meals, breaks and the opening move too")
}

/// `confplan solve`: a repair moving as few sessions as it can, shown or made.
enum SolveCommand {
    static let command = Command(
        name: "solve", summary: "clear the errors moving as few sessions as possible, and show or make the moves",
        arguments: "[EVENT]",
        options: [.apply, .keep, .maxMoves, .onlyUnplaced, .moveHeld, FormatChoice.textOrJSON.option],
        positionals: 0...1,
        details: """
            Moves a session's time (its length stays), day or room, or swaps two sessions' rooms or times,
            and places sessions without a room or time. Never moves a fixed session (event file
            "fixed": true, or the session form) nor, without --move-held, a meal, break or the opening,
            and puts nothing in their time; never changes who holds a role, and leaves acknowledged
            findings alone. Without --apply nothing is saved. Exit status 0 when every error is cleared,
            3 when some remain (each is explained).
            """, run: run)

    static func run(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let plan = try store.plan(event.id)
        let policy = try store.findingPolicy(event.id)
        var keep = Set<ID<Session>>()
        for name in (a[.keep] ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !name.isEmpty {
            keep.insert(try CLI.session(name, in: plan).id)
        }
        let options = SolveOptions(
            keep: keep, maxMoves: try a.int(.maxMoves, in: 0...Int.max, what: .notAPositiveNumber),
            onlyUnplaced: a.has(.onlyUnplaced), moveHeld: a.has(.moveHeld))
        let json = try a.format(.textOrJSON) == .json
        let solution = ConflictEngine(plan).solve(policy: policy, options: options)
        let apply = a.has(.apply) && !solution.moves.isEmpty
        if apply {
            let changes = SolvePlan.changes(solution.moves, in: plan)
            let titles = changes.compactMap { c -> String? in
                if case .session(_, let after?) = c { after.session.title } else { nil }
            }
            let note = ChangeNote(.solve, [.sessionsMoved(count: changes.count, titles: titles)])
            try store.apply(changes, event: event.id, note: note, logEach: false)
        }
        let report = SolveReport(plan: plan, solution: solution, language: try CLI.language(a), applied: apply)
        print(json ? report.json() : report.text(), terminator: "")
        if !solution.isComplete { throw CLI.ExitStatus(code: 3) }
    }
}
