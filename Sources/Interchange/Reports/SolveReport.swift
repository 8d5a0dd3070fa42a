import Codecs
import PlanningCore

/// A repair plan as `confplan solve` prints it: each move with the findings it clears and
/// creates, the totals, and why what remains remains; or as JSON for scripts (README.md,
/// "solve --format json").
public struct SolveReport {
    public let plan: EventPlan
    public let solution: SolvePlan
    public let language: Language
    public let applied: Bool
    let words: SolvePlanWords
    /// Cleared findings are told as they were, created ones as they will be.
    let before: FindingText

    public init(plan: EventPlan, solution: SolvePlan, language: Language, applied: Bool = false) {
        self.plan = plan
        self.solution = solution
        self.language = language
        self.applied = applied
        // Findings are told as they read after the moves (the times they name are the new ones).
        words = SolvePlanWords(plan: solution.applied(to: plan), language: language)
        before = FindingText(plan: plan, language: language)
    }

    /// Each cleared or created finding under the first move whose session it concerns.
    func byMove(_ findings: [Finding]) -> [[Finding]] {
        var out = Array(repeating: [Finding](), count: solution.moves.count)
        for f in findings {
            if let i = solution.moves.firstIndex(where: { f.sessions.contains($0.session) }) { out[i].append(f) }
        }
        return out
    }

    public func text() -> String {
        let lang = language, w = words.words
        var out = Sanitize.forTerminal(plan.event.name) + " (\(plan.event.key))\n"
        if solution.moves.isEmpty && solution.unresolved.isEmpty {
            return out + SolveWords.nothingToDo.text(lang) + "\n"
        }
        out += words.totals(solution) + "\n"
        let cleared = byMove(solution.cleared), created = byMove(solution.created)
        if !solution.moves.isEmpty { out += "\n" }
        for (i, m) in solution.moves.enumerated() {
            out += "  " + Sanitize.forTerminal(words.move(m)) + "\n"
            for f in cleared[i] {
                out += "      " + Sanitize.forTerminal(SolveWords.clears.text(lang, before.message(f))) + "\n"
            }
            for f in created[i] {
                out += "      " + Sanitize.forTerminal(SolveWords.creates.text(lang, w.message(f))) + "\n"
            }
        }
        if !solution.unresolved.isEmpty {
            out += "\n" + SolveWords.notCleared.text(lang, solution.unresolved.count) + "\n"
            for u in solution.unresolved {
                out += "  " + Sanitize.forTerminal(w.message(u.finding)) + "\n"
                out += "      " + Sanitize.forTerminal(words.reason(u)) + "\n"
            }
        }
        return out
    }

    public func json() -> String {
        let w = words.words
        func q(_ s: String) -> String { JSONText.quote(s) }
        func tally(_ t: FindingTally) -> String {
            "{\"errors\": \(t.errors), \"unplaced\": \(t.unplaced), \"warnings\": \(t.warnings)}"
        }
        func place(_ p: SessionPlace) -> String {
            var parts: [String] = []
            if let r = p.room.flatMap(w.room) {
                parts.append("\"room\": {\"id\": \(q(r.key)), \"uuid\": \(q(r.uid)), \"name\": \(q(r.name))}")
            } else {
                parts.append("\"room\": null")
            }
            if let a = p.start, let b = p.end { parts += ["\"start\": \"\(a)\"", "\"end\": \"\(b)\""] }
            return "{" + parts.joined(separator: ", ") + "}"
        }
        func finding(_ f: Finding, _ told: FindingText) -> String {
            let sessions = f.sessions.compactMap { told.session($0) }.map(\.key).map(q).joined(separator: ", ")
            return "{\"code\": \(q(f.code.rawValue)), \"severity\": \(q(f.severity.rawValue)), "
                + "\"message\": \(q(told.message(f))), \"sessions\": [\(sessions)]}"
        }
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
        }
        let moves = solution.moves.map { m in
            let s = w.session(m.session)
            return "{\"session\": {\"id\": \(q(s?.key ?? "")), \"uuid\": \(q(s?.uid ?? "")), "
                + "\"title\": \(q(s?.title ?? ""))}, \"from\": \(place(m.from)), \"to\": \(place(m.to))}"
        }
        let unresolved = solution.unresolved.map { u in
            "{\"finding\": \(finding(u.finding, w)), \"reason\": \(q(u.reason.code)), "
                + "\"explanation\": \(q(words.reason(u)))}"
        }
        let e = plan.event
        return """
            {
              "event": {"id": \(q(e.key)), "uuid": \(q(e.uid)), "name": \(q(e.name))},
              "applied": \(applied),
              "complete": \(solution.isComplete),
              "before": \(tally(solution.before)),
              "after": \(tally(solution.after)),
              "moves": \(list(moves)),
              "cleared": \(list(solution.cleared.map { finding($0, before) })),
              "created": \(list(solution.created.map { finding($0, w) })),
              "unresolved": \(list(unresolved))
            }

            """
    }
}

extension Unresolved.Reason {
    /// A stable name for scripts.
    public var code: String {
        switch self {
        case .cannotMove: "fixed"
        case .heldTime: "held-time"
        case .onlyUnplaced: "only-unplaced"
        case .notAboutPlace: "not-about-place"
        case .noRoomWithFeatures: "no-room-with-features"
        case .noRoomWithSeats: "no-room-with-seats"
        case .noFreeTime: "no-free-time"
        case .onlyInHeld: "only-in-held-time"
        case .maxMoves: "max-moves"
        }
    }
}
