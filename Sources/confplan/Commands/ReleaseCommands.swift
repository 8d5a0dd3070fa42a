import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let releaseName = Option(
        "--name", value: "TEXT", help: "the release's name (default: release N)")
    static let releaseNote = Option("--note", value: "TEXT", help: "a note kept with it (who it goes to, why)")
    static let deleteRelease = Option("--delete", value: "N", help: "take release N away (asks first; logged)")
    static let yes = Option("--yes", help: "do not ask")
}

/// Numbered releases of the programme, and what changed between them.
enum ReleaseCommands {
    static let all: [Command] = [
        Command(
            name: "release", summary: "freeze the programme as its next numbered release",
            arguments: "[EVENT]", options: [.releaseName, .releaseNote, .deleteRelease, .yes], positionals: 0...1,
            details: """
                Keeps every session's time, room, title, kind, status, roles and languages as they are now, with
                who and when, in one transaction. Releases are never changed; --delete N takes one away after
                asking (or with --yes), and the log says so.
                """, run: release),
        Command(name: "releases", summary: "list the event's releases and how much changed in each",
                arguments: "[EVENT]", positionals: 0...1, run: releases),
        Command(
            name: "diff", summary: "what changed between two releases, or since the last one",
            arguments: "[EVENT] [N [M]]", options: [FormatChoice.textOrJSON.option], positionals: 0...3,
            details: "Without N: the last release against now; with N: release N against now; N M: N against M.",
            run: diff),
    ]

    static func release(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let lang = try CLI.language(a)
        if let text = a[.deleteRelease] {
            guard let n = Int(text), n > 0 else { throw a.usage(.notAPositiveNumber, "--delete", text) }
            guard a.has(.yes) || ask(CLIWords.deleteReleaseAsk.text(lang, n, event.key)) else {
                throw UserError(.releaseKept, n)
            }
            try store.deleteRelease(event.id, number: n)
            print(CLIWords.releaseDeleted.text(lang, n, event.key))
            return
        }
        let r = try store.release(event.id, name: a[.releaseName] ?? "", note: a[.releaseNote] ?? "")
        print(Sanitize.forTerminal((r.sessions.count == 1 ? CLIWords.releasedOne : .released)
            .text(lang, r.title(lang), event.key, r.sessions.count)))
    }

    /// Asks on the terminal; anything but yes (or no terminal at all) keeps what is there.
    static func ask(_ question: String) -> Bool {
        guard isatty(0) != 0 else { return false }
        print(question, terminator: " ")
        return ["y", "yes", "是"].contains(readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? "")
    }

    static func releases(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let lang = try CLI.language(a)
        let list = try store.releases(event.id)
        guard !list.isEmpty else { print(CLIWords.noReleases.text(lang, event.key)); return }
        let plan = try store.plan(event.id)
        let zone = ZoneOffset(plan.event.timeZone)
        let history = ReleaseHistory(list, now: plan.releasedSessions())
        for (i, r) in list.enumerated() {
            let when = zone.readable(r.at, lang)
            let line = i == 0
                ? CLIWords.releaseFirstLine.text(lang, r.number, r.title(lang), when, r.by)
                : CLIWords.releaseLine.text(lang, r.number, r.title(lang), when, r.by, history.changesInRelease[i])
            print(Sanitize.forTerminal(line + (r.note.isEmpty ? "" : " · " + r.note)))
        }
    }

    static func diff(_ a: ParsedArguments) throws {
        var words = a.positionals
        let eventName = words.first.flatMap { Int($0) == nil ? $0 : nil }
        if eventName != nil { words.removeFirst() }
        let numbers = try words.map { w -> Int in
            guard let n = Int(w), n > 0 else { throw a.usage(.notAPositiveNumber, "N", w) }
            return n
        }
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        let plan = try store.plan(event.id)
        let list = try store.releases(event.id)
        func release(_ n: Int) throws -> Release {
            guard let r = list.first(where: { $0.number == n }) else { throw StoreError.noSuchRelease(n) }
            return r
        }
        let from: Release?, to: Release?
        switch numbers.count {
        case 0:
            guard let last = list.last else { throw UserError(.noReleaseYet, event.key) }
            (from, to) = (last, nil)
        case 1: (from, to) = (try release(numbers[0]), nil)
        default: (from, to) = (try release(numbers[0]), try release(numbers[1]))
        }
        let diff = ProgrammeDiff(from: from?.sessions ?? [], to: to?.sessions ?? plan.releasedSessions(),
                                 rank: Programme.rank(plan))
        let report = ReleaseReport(plan: plan, diff: diff, from: from, to: to, language: try CLI.language(a))
        let json = try a.format(.textOrJSON) == .json
        print(json ? report.json() : report.text(), terminator: "")
    }
}
