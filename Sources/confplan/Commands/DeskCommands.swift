import Foundation
import Interchange
import PlanningCore
import PlanningStore
import TerminalUI

extension Option {
    static let desk = Option("--desk", value: "NAME", help: "which desk this is (desk 1); default: the user's name")
    static let deskSession = Option("--session", value: "ID", help: "check in at one session (a sub-forum's door)")
}

/// The day itself: the check-in desk and its one-shot form for scripts.
enum DeskCommands {
    static let all: [Command] = [
        Command(
            name: "desk", summary: "the check-in desk: find, hand over, check in",
            arguments: "[EVENT]", options: [.desk, .deskSession], positionals: 0...1,
            details: """
                One input line: type a name (Chinese, pinyin or initials), a phone or its last four digits,
                an organisation, or scan a badge (its code and Enter checks the person in at once). F1–F8
                tick what is handed over (a scanned badge comes up with its category's pack ticked), Enter
                checks in with the ticks shown, Ctrl-N registers a walk-in (numbered at once for a badge),
                Ctrl-D takes a check-in back (with a reason), Tab shows the counts and every key. Several
                desks share one database and see each other's arrivals within a second.
                """, run: desk),
        Command(
            name: "checkin", summary: "check one person in from a script",
            arguments: "[EVENT] PERSON|CODE", options: [.desk, .deskSession], positionals: 1...2,
            details: "Exit status 0: checked in; 4: already checked in; 1: nobody or several match (listed).",
            run: checkin),
    ]

    static func deskName(_ a: ParsedArguments) -> String { a[.desk] ?? Store.currentUser }

    static func desk(_ a: ParsedArguments) throws {
        guard Commands.interactive else { throw UserError(.needsTerminal) }
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let plan = try store.plan(event.id)
        let session = try a[.deskSession].map { try CLI.session($0, in: plan).id }
        try store.keepCheckInCodes(event.id)
        // Staff read the desk in their own language, as every other screen (LANG, or --lang).
        let lang = try CLI.language(a)
        let state = DeskState(plan: plan, desk: deskName(a), session: session, language: lang, now: Date(),
                              mergedCodes: try store.mergedCheckInCodes(event.id))
        let runner = DeskRunner(store: store, event: event.id, session: session, desk: deskName(a))
        try DeskApp.run(state, runner: runner, store: store, monochrome: Commands.terminalChoices(a).monochrome)
    }

    static func checkin(_ a: ParsedArguments) throws {
        let (eventName, rest) = CheckCommands.split(a)
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        let lang = try CLI.language(a)
        let text = rest[0].trimmingCharacters(in: .whitespaces)
        var session: ID<Session>?
        if let name = a[.deskSession] { session = try CLI.session(name, in: try store.plan(event.id)).id }
        let code = CheckInCode.normalised(text)
        var ids = CheckInCode.looksLikeOne(code) ? try store.people(event.id, checkInCode: code) : []
        var names: [ID<Person>: String] = [:]
        if ids.isEmpty {
            let found = try store.findPeople(event.id, text)
            ids = found.map(\.id)
            for f in found { names[f.id] = f.name }
            if found.count > 1 {
                let list = found.map { "  \($0.name)  \($0.organisation)  \($0.phone)" }.joined(separator: "\n")
                printError(UserError(.severalToCheckIn, text, found.count, list).text(lang))
                throw CLI.ExitStatus(code: 1)
            }
        }
        guard let person = ids.first, ids.count == 1 else {
            printError(UserError(.nobodyToCheckIn, event.key, text).text(lang))
            throw CLI.ExitStatus(code: 1)
        }
        let name = try names[person] ?? store.person(person)?.person.name ?? text
        let zone = ZoneOffset(try store.timeZone(event.id))
        switch try store.checkIn(event.id, person: person, session: session, desk: deskName(a)) {
        case .done(let record): print(CLIWords.checkedIn.text(lang, name, zone.readable(record.at, lang)))
        case .already(let record):
            print(CLIWords.alreadyCheckedIn.text(lang, name, zone.readable(record.at, lang), record.desk))
            throw CLI.ExitStatus(code: 4)
        }
    }
}
