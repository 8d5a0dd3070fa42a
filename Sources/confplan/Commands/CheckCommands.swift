import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let checkFormat = Option("--format", value: "text|json", help: "output form (default text)")
    static let arrivals = Option("--arrivals", help: "over-capacity by the people checked in, not by sign-ups")
    static let only = Option("--only", value: "CODE,…", help: "report only these codes")
    static let minSeverity = Option(
        "--min-severity", value: "LEVEL", help: "leave out findings below LEVEL (error, warning, info)")
    static let reason = Option("--reason", value: "TEXT", help: "why the finding is accepted")
    static let moveDay = Option("--day", value: "N|DATE", help: "day of the event (1 = first) or a date")
    static let start = Option("--start", value: "HH:MM", help: "new start time (the length stays)")
    static let minutes = Option("--minutes", value: "N", help: "new length in minutes")
    static let room = Option("--room", value: "ROOM", help: "a room's identifier or name")
}

extension CLI {
    /// `--lang`, else the locale.
    static func language(_ a: ParsedArguments) throws -> Language {
        try chosenLanguage(a) ?? Language.from(environment: ProcessInfo.processInfo.environment)
    }

    /// `--lang` when given: exports fall back to the event's own language instead of the locale.
    static func chosenLanguage(_ a: ParsedArguments) throws -> Language? {
        try a.choice(.lang, ["en": Language.en, "zh": .zh])
    }
}

enum CheckCommands {
    static let all: [Command] = [
        Command(
            name: "check", summary: "find the clashes in an event: rooms, people, travel, capacity…",
            arguments: "[EVENT]",
            options: [.checkFormat, .only, .minSeverity, .arrivals], positionals: 0...1,
            details: """
                Exit status 0 when there are no open errors, 3 when there are. --arrivals: rooms too full
                by the people checked in at each session (分论坛签到) rather than by sign-ups.
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
        Command(
            name: "move", summary: "move a session to another time, day or room, and say what clashes then",
            arguments: "[EVENT] SESSION", options: [.moveDay, .start, .minutes, .room], positionals: 1...2,
            details: "Saved at once (and recorded in confplan log); exit status 3 if the session then has open errors.",
            run: move),
        Command(
            name: "suggest", summary: "list free slots where a session would create no error",
            arguments: "[EVENT] SESSION", positionals: 1...2,
            details: "SESSION is a session's id in the event file, or a unique part of its title.", run: suggest),
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
        let json = try a.choice(.checkFormat, ["text": false, "json": true]) ?? false
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
        print(CLIText.acknowledged.text(words.language, f.shortID, Sanitize.forTerminal(words.message(f.finding))))
    }

    static func unack(_ a: ParsedArguments) throws {
        let (eventName, rest) = split(a)
        let store = try Commands.openStore(a)
        let (plan, reported) = try findings(store, eventName)
        let f = try find(rest[0], in: reported)
        guard f.acknowledgement != nil else { throw UserError(.notAcknowledged, f.shortID) }
        try store.withdrawAcknowledgement(plan.event.id, key: f.key)
        print(CLIText.withdrawn.text(try CLI.language(a), f.shortID))
    }

    static func severity(_ a: ParsedArguments) throws {
        let p = a.positionals
        let (eventName, codeName, level) = p.count == 3 ? (p[0], p[1], p[2]) : (nil, p[0], p[1])
        guard let code = FindingCode(rawValue: codeName) else {
            throw a.usage(.unknownCode, codeName, FindingCode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        switch level {
        case "default": try store.setSeverity(event.id, code: code, to: nil, reset: true)
        case "off": try store.setSeverity(event.id, code: code, to: nil)
        default:
            guard let s = Severity(rawValue: level) else {
                throw a.usage(.badLevel)
            }
            try store.setSeverity(event.id, code: code, to: s)
        }
        print(CLIText.severitySet.text(try CLI.language(a), code.rawValue, event.key, level))
    }

    static func session(_ name: String, in plan: EventPlan) throws -> Session {
        var matches = plan.sessions.filter { $0.key == name }
        if matches.isEmpty { matches = plan.sessions.filter { $0.title.contains(name) } }
        guard matches.count == 1 else {
            throw matches.isEmpty
                ? UserError(.noSession, name, plan.event.key)
                : UserError(.sessionsMatch, name, matches.count, matches.prefix(5).map(\.key).joined(separator: ", "))
        }
        return matches[0]
    }

    static func move(_ a: ParsedArguments) throws {
        let (eventName, rest) = split(a)
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        let plan = try store.plan(event.id)
        let original = try session(rest[0], in: plan)
        var s = original
        let length = s.start.flatMap { a in s.end.map { $0.minutes - a.minutes } } ?? 60
        var day = s.start.map { plan.event.programmeDay(of: $0) } ?? plan.event.firstDay
        if let d = a[.moveDay] {
            if let n = Int(d), (1...plan.event.days.count).contains(n) {
                day = plan.event.days[n - 1]
            } else if let date = LocalDate(iso: d) {
                day = date
            } else {
                throw a.usage(.badDay, d, plan.event.days.count)
            }
        }
        var startMinute = s.start?.minuteOfDay ?? 9 * 60
        if let t = a[.start] {
            let parts = t.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
                throw a.usage(.badStart, t)
            }
            startMinute = parts[0] * 60 + parts[1]
        }
        let minutes = try a.int(.minutes, in: 1...Int.max, what: .notAPositiveNumber) ?? length
        if let r = a[.room] {
            let rooms = plan.rooms.filter { $0.key == r || $0.name == r }
            guard rooms.count == 1 else {
                throw UserError(rooms.isEmpty ? .noRoom : .severalRooms, r)
            }
            s.room = rooms[0].id
        }
        s.start = LocalDateTime(date: day).adding(minutes: startMinute)
        s.end = s.start!.adding(minutes: minutes)
        guard var after = plan.record(of: s.id) else { return }
        var before = after
        before.session = original
        after.session = s
        try store.applyFromScript(.session(before: before, after: after), event: event.id)
        var moved = plan
        moved.sessions[moved.sessions.firstIndex { $0.id == s.id }!] = s
        let policy = try store.findingPolicy(event.id)
        let findings = policy.report(ConflictEngine.check(moved), in: moved).filter {
            $0.isOpen && $0.finding.sessions.contains(s.id)
        }
        let lang = try CLI.language(a)
        let words = FindingText(plan: moved, language: lang)
        let place =
            "\(s.start!.date) \(s.start!.clock)–\(s.end!.clock)"
            + (s.room.flatMap { r in plan.rooms.first { $0.id == r }?.name }.map { ", " + $0 } ?? "")
        print(Sanitize.forTerminal(CLIText.moved.text(lang, s.title, place)))
        for f in findings {
            print("  " + f.severity.label(lang) + ": " + Sanitize.forTerminal(words.message(f.finding)))
        }
        if findings.contains(where: { $0.severity == .error }) { throw CLI.ExitStatus(code: 3) }
    }

    static func suggest(_ a: ParsedArguments) throws {
        let (eventName, rest) = split(a)
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        let plan = try store.plan(event.id)
        let matches = [try session(rest[0], in: plan)]
        let lang = try CLI.language(a)
        let engine = ConflictEngine(plan)
        let slots = engine.suggestSlots(for: matches[0].id)
        let rooms = Dictionary(uniqueKeysWithValues: plan.rooms.map { ($0.id, $0) })
        print(Sanitize.forTerminal(matches[0].title))
        if slots.isEmpty { print(CLIText.noFreeSlot.text(lang)) }
        let width = slots.map { DisplayWidth.of(Sanitize.forTerminal(rooms[$0.room]?.name ?? "")) }.max() ?? 0
        for s in slots {
            let room = rooms[s.room]!
            print(
                "  " + DateText.day(s.start.date, lang, weekday: false) + " " + s.start.clock + "–" + s.end.clock
                    + "  " + DisplayWidth.pad(Sanitize.forTerminal(room.name), to: width) + "  \(room.capacity)")
        }
    }
}
