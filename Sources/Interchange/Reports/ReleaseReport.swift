import Codecs
import PlanningCore

/// What changed between two releases, or since the last: grouped by day as the programme is,
/// in the reader's language, the same bytes for the same releases; and the list of releases.
public struct ReleaseReport {
    public let plan: EventPlan
    public let diff: ProgrammeDiff
    /// What is compared: a release, or nil for the programme as it is now.
    public let from: Release?
    public let to: Release?
    public let language: Language

    public init(plan: EventPlan, diff: ProgrammeDiff, from: Release?, to: Release?, language: Language) {
        self.plan = plan
        self.diff = diff
        self.from = from
        self.to = to
        self.language = language
    }

    func name(_ r: Release?) -> String { r?.title(language) ?? ExportWords.releaseNow.text(language) }

    public func text() -> String {
        let lang = language
        var out = Sanitize.forTerminal(plan.event.name) + " (\(plan.event.key))\n"
        out += ExportWords.releaseDiffHeading.text(lang, name(from), name(to), diff.changes.count) + "\n"
        guard !diff.changes.isEmpty else { return out + ReleaseWords.nothing.text(lang) + "\n" }
        var day: LocalDate??
        for c in diff.changes {
            let d = c.session.start.map { plan.event.programmeDay(of: $0) }
            if day != .some(d) {
                day = .some(d)
                out += "\n" + Programme.ruleStart
                    + (d.map { DateText.day($0, lang) } ?? ReleaseWords.unscheduled.text(lang)) + "\n"
            }
            let facts = c.facts.map { $0.text(lang) }.joined(separator: ReleaseWords.factSeparator.text(lang))
            out += "  " + Sanitize.forTerminal(ExportWords.releaseChange.text(lang, c.session.title, facts)) + "\n"
        }
        return out
    }

    public func json() -> String {
        func q(_ s: String) -> String { JSONText.quote(s) }
        func side(_ r: Release?) -> String {
            r.map { "{\"release\": \($0.number), \"name\": \(q($0.name)), \"at\": \(q($0.at))}" } ?? "\"now\""
        }
        let items = diff.changes.map { c in
            let facts = c.facts.map { "{\"change\": \(q($0.code)), \"text\": \(q($0.text(language)))}" }
            return "{\"session\": {\"uuid\": \(q(c.session.uid)), \"title\": \(q(c.session.title))}"
                + (c.session.start.map { ", \"start\": \"\($0)\"" } ?? "")
                + ", \"changes\": [" + facts.joined(separator: ", ") + "]}"
        }
        let e = plan.event
        return "{\n  \"event\": {\"id\": \(q(e.key)), \"uuid\": \(q(e.uid)), \"name\": \(q(e.name))},\n"
            + "  \"from\": \(side(from)),\n  \"to\": \(side(to)),\n"
            + "  \"sessions\": [" + (items.isEmpty ? "" : "\n    " + items.joined(separator: ",\n    ") + "\n  ")
            + "]\n}\n"
    }
}

extension ProgrammeDiff.Fact {
    /// A stable name for scripts.
    public var code: String {
        switch self {
        case .added: "added"
        case .removed: "removed"
        case .time: "time"
        case .room: "room"
        case .title: "title"
        case .status: "status"
        case .kind: "kind"
        case .roleAdded: "role-added"
        case .roleRemoved: "role-removed"
        case .roleChanged: "role-changed"
        case .languages: "languages"
        }
    }
}
