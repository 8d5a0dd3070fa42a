import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let arrivals = Option("--arrivals", help: "over-capacity by the people checked in, not by sign-ups")
    static let only = Option("--only", value: "CODE,…", help: "report only these codes")
    static let minSeverity = Option(
        "--min-severity", value: "LEVEL", help: "leave out findings below LEVEL (error, warning, info)")
    static let reason = Option("--reason", value: "TEXT", help: "why the finding is accepted")
}

enum CheckCommands {
    static let all: [Command] = [
        Command(
            name: "check", summary: "find the clashes in an event: rooms, people, travel, capacity…",
            arguments: "[EVENT]",
            options: [FormatChoice.textOrJSON.option, .only, .minSeverity, .arrivals], positionals: 0...1,
            details: """
                Exit status 0 when there are no open errors, 3 when there are. --arrivals: rooms too full
                by the people checked in at each session (at its door) rather than by sign-ups.
                Codes: \(FindingCode.allCases.map(\.rawValue).joined(separator: ", ")).
                """, run: check),
        Command(
            name: "ack", summary: "acknowledge a finding: keep it, with a reason, and stop counting it",
            arguments: "[EVENT] FINDING-ID", options: [.reason], required: [.reason], positionals: 1...2,
            details: "FINDING-ID is the eight-character id `check` prints.", run: ack),
        Command(
            name: "unack", summary: "withdraw an acknowledgement", arguments: "[EVENT] FINDING-ID", positionals: 1...2,
            run: unack),
        Command(
            name: "severity", summary: "change or silence a finding code for one event",
            arguments: "[EVENT] CODE error|warning|info|off|default", positionals: 2...3, run: severity),
    ]

    /// The event and its current findings with the event's policy applied.
    static func findings(_ store: Store, _ name: String?) throws -> (EventPlan, [ReportedFinding]) {
        let event = try store.resolveEvent(name)
        let plan = try store.plan(event.id)
        let policy = try store.findingPolicy(event.id)
        return (plan, policy.report(ConflictEngine.check(plan), in: plan))
    }

    static func check(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        let (plan, all) = try findings(store, a.positionals.first)
        var reported = all
        if a.has(.arrivals) {
            let came = plan.withArrivals(try store.checkIns(plan.event.id))
            let policy = try store.findingPolicy(plan.event.id)
            let full = policy.report(ConflictEngine.check(came), in: came).filter { $0.finding.code == .overCapacity }
            reported = reported.filter { $0.finding.code != .overCapacity } + full
        }
        if let only = a[.only] {
            var codes = Set<FindingCode>()
            for name in only.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let code = FindingCode(rawValue: name) else {
                    throw a.usage(.unknownOnlyCode, name, FindingCode.allCases.map(\.rawValue).joined(separator: ", "))
                }
                codes.insert(code)
            }
            reported = reported.filter { codes.contains($0.finding.code) }
        }
        if let min = try a.choice(.minSeverity, ["error": Severity.error, "warning": .warning, "info": .info]) {
            reported = reported.filter { $0.severity <= min }
        }
        let json = try a.format(.textOrJSON) == .json
        let report = FindingReport(plan: plan, findings: reported, language: try CLI.language(a))
        print(json ? report.json() : report.text(), terminator: "")
        if report.openErrors > 0 { throw CLI.ExitStatus(code: 3) }
    }

    /// [EVENT] X: the last positional is X, the one before (if any) the event.
    static func split(_ a: ParsedArguments) -> (event: String?, rest: [String]) {
        a.positionals.count >= 2 ? (a.positionals[0], Array(a.positionals.dropFirst())) : (nil, a.positionals)
    }

    static func find(_ id: String, in reported: [ReportedFinding]) throws -> ReportedFinding {
        let matches = reported.filter { $0.shortID == id.lowercased() || $0.key == id }
        guard let f = matches.first else { throw UserError(.noFinding, id) }
        return f
    }

    static func ack(_ a: ParsedArguments) throws {
        guard let reason = a[.reason], !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw a.usage(.ackNeedsReason, Option.reason.synopsis)
        }
        let (eventName, rest) = split(a)
        let store = try Commands.openStore(a)
        let (plan, reported) = try findings(store, eventName)
        let f = try find(rest[0], in: reported)
        try store.acknowledge(plan.event.id, key: f.key, reason: reason)
        let words = FindingText(plan: plan, language: try CLI.language(a))
        print(CLIWords.acknowledged.text(words.language, f.shortID, Sanitize.forTerminal(words.message(f.finding))))
    }

    static func unack(_ a: ParsedArguments) throws {
        let (eventName, rest) = split(a)
        let store = try Commands.openStore(a)
        let (plan, reported) = try findings(store, eventName)
        let f = try find(rest[0], in: reported)
        guard f.acknowledgement != nil else { throw UserError(.notAcknowledged, f.shortID) }
        try store.withdrawAcknowledgement(plan.event.id, key: f.key)
        print(CLIWords.withdrawn.text(try CLI.language(a), f.shortID))
    }

    static func severity(_ a: ParsedArguments) throws {
        let p = a.positionals
        let (eventName, codeName, level) = p.count == 3 ? (p[0], p[1], p[2]) : (nil, p[0], p[1])
        guard let code = FindingCode(rawValue: codeName) else {
            throw a.usage(.unknownCode, codeName, FindingCode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        let lang = try CLI.language(a)
        // Said in words, as `confplan log` records it: the codes are what scripts type, not what staff read.
        let said: String
        switch level {
        case "default":
            try store.setSeverity(event.id, code: code, to: nil, reset: true)
            said = CLIWords.levelDefault.text(lang)
        case "off":
            try store.setSeverity(event.id, code: code, to: nil)
            said = CLIWords.levelOff.text(lang)
        default:
            guard let s = Severity(rawValue: level) else {
                throw a.usage(.badLevel)
            }
            try store.setSeverity(event.id, code: code, to: s)
            said = s.label(lang)
        }
        print(CLIWords.severitySet.text(lang, code.text(lang), event.key, said))
    }
}
