import Foundation
import Workbook
import Print
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let since = Option("--since", value: "N", help: "what changed since release N (default the last)")
    static let audience = Option("--to", value: "WHO", help: "speakers (default), vips, attendees or all")
    static let full = Option("--full", help: "everyone's whole timetable (always for VIP level 2 and up)")
    static let width = Option("--width", value: "N", help: "line width in cells (default 80, 40 at least)")
    static let exportDay = Option("--day", value: "N", help: "only day N of the event (1 = first day)")
    static let track = Option("--track", value: "TRACK", help: "only one track (sub-forum)")
    static let person = Option("--person", value: "NAME", help: "only one person's sessions: their own agenda")
    static let allSpeakers = Option("--all-speakers", value: "DIR", help: "one file per speaker in DIR")
    static let changesSince = Option(
        "--changes-since", value: "FILE", help: "list what moved, was added or removed since FILE")
    static let noMarks = Option("--no-marks", help: "text, PDF, PNG: do not mark sessions that still have clashes")
    static let marks = Option(
        "--marks", help: "Markdown: mark sessions that still have clashes with [!] (text marks them by default)")
    static let noBOM = Option("--no-bom", help: "without the byte-order mark Excel needs")
    static let codes = Option("--codes", help: "codes (sub-forum, delegate, draft) instead of words, for scripts")
}

/// `export KIND`: one subcommand per kind of file, each with its own options and help.
enum ExportCommands {
    /// What picks the sessions of a programme-like export: a day, a track, a person. The clash marks
    /// are the programme's alone: no other export prints them.
    static let selection: [Option] = [.exportDay, .track, .person]

    static let subcommands: [Command] = [
        Command(
            name: "export programme", summary: "the text programme, by day and time (--format markdown for the web)",
            arguments: "[EVENT]",
            options: [.output, FormatChoice.programme.option, .paper, .allowMissingGlyphs, .width] + selection
                + [.noMarks, .marks, .allSpeakers, .changesSince],
            positionals: 0...2,
            details: """
                --format pdf (--paper a4|a5) or png (one long image a phone screen wide) draw it for
                printing or for a WeChat group; a character no font has fails them, naming it
                (--allow-missing-glyphs prints it as a box).
                Sessions with a clash still open are marked [!] in text, PDF and PNG (--no-marks for
                the final print); a Markdown programme, for the web, has no marks unless --marks.
                --changes-since takes an earlier programme export or event file (confplan dump).
                The same database always gives the same programme, byte for byte.
                """,
            run: { try programme($0, markdown: false) }),
        Command(
            name: "export markdown", summary: "the programme in Markdown, for the web", arguments: "[EVENT]",
            options: [.output] + selection + [.marks, .allSpeakers, .changesSince], positionals: 0...2,
            run: { try programme($0, markdown: true) }),
        Command(
            name: "export room-sheets", summary: "one page per room and day, for the doors (pages split by form feeds)",
            arguments: "[EVENT]", options: [.output, .width] + selection, positionals: 0...2,
            run: { try plain($0, .roomSheets) }),
        Command(
            name: "export ical", summary: "iCalendar (RFC 5545), for phones and calendar programs",
            arguments: "[EVENT]", options: [.output] + selection, positionals: 0...2, run: { try plain($0, .ical) }),
        Command(
            name: "export frab-xml", summary: "frab/c3voc schedule XML, for conference apps (Giggity, ConfClerk)",
            arguments: "[EVENT]", options: [.output] + selection, positionals: 0...2,
            run: { try plain($0, .frabXML) }),
        Command(
            name: "export frab-json", summary: "the same as JSON", arguments: "[EVENT]",
            options: [.output] + selection, positionals: 0...2, run: { try plain($0, .frabJSON) }),
        Command(
            name: "export csv", summary: "sessions, people, attendees or signups, as CSV that Excel opens",
            arguments: "TABLE [EVENT]", options: [.output, .codes, .noBOM] + selection, positionals: 0...2, run: csv),
        Command(
            name: "export xlsx", summary: "the same tables, or programme, as an Excel workbook (-o FILE.xlsx)",
            arguments: "TABLE [EVENT]", options: [.output, .codes] + selection, positionals: 0...2, run: xlsx),
        Command(
            name: "export notices", summary: "one message per person a change since a release concerns",
            arguments: "[EVENT]",
            options: [.output, FormatChoice.notices.option, .since, .audience, .full, .noBOM], positionals: 0...2,
            run: notices),
        Command(
            name: "export table-cards", summary: "table cards for a session's rostrum, one A4 page each, folded",
            arguments: "[EVENT]",
            options: [.output, FormatChoice.print.option, .session, .category, .seatingView, .allowMissingGlyphs,
                      .noBOM],
            positionals: 0...2, run: { try printed($0, .tableCards) }),
        Command(
            name: "export badges", summary: "badges with QR check-in codes, 8 to an A4 page", arguments: "[EVENT]",
            options: [.output, FormatChoice.print.option, .session, .category, .allowMissingGlyphs, .noBOM],
            positionals: 0...2, run: { try printed($0, .badges) }),
        Command(
            name: "export sign-in", summary: "sign-in sheets for a session, a category or everyone",
            arguments: "[EVENT]",
            options: [.output, FormatChoice.print.option, .session, .category, .sort, .allowMissingGlyphs, .noBOM],
            positionals: 0...2, run: { try printed($0, .signIn) }),
        Command(
            name: "export arrivals", summary: "who checked in, when and where (--missing: who has not)",
            arguments: "[EVENT]", options: [.output, FormatChoice.arrivals.option, .session, .missing, .noBOM],
            positionals: 0...2, run: arrivals),
    ] + TransportExports.subcommands + BanquetExports.subcommands + RoomingExports.subcommands

    static let command = Command(
        name: "export", summary: "write the programme or the event in another format",
        arguments: "KIND [TABLE] [EVENT]", positionals: 1...3,
        details: "`confplan export KIND --help` lists the options of each kind.", subcommands: subcommands,
        // Never run: the parser chooses a subcommand for any word after `export`.
        run: { _ in })

    /// The event's name after a subcommand's own positionals (`taken`: the table of csv and xlsx).
    static func eventName(_ a: ParsedArguments, after taken: Int = 0) throws -> String? {
        let rest = a.positionals.dropFirst(taken)
        guard rest.count <= 1 else { throw a.usage(.tooManyArguments, rest.joined(separator: " ")) }
        return rest.first
    }

    /// The plan of the event, the language it is written in and the programme's options from the
    /// command line; for a calendar, the entries changed since they last went out take their next number.
    /// `marks`: mark the sessions with an open clash (a programme's choice; only it prints them).
    static func prepare(_ a: ParsedArguments, _ eventName: String?, calendar: Bool = false, marks: Bool = false)
        throws -> (EventPlan, Programme.Options)
    {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        let plan = try store.plan(event.id)
        // What is printed for the event speaks its language unless --lang says otherwise.
        var options = try selected(
            a, plan, language: Programme.Options.language(of: plan, chosen: try CLI.chosenLanguage(a)))
        let releases = try store.releases(event.id)
        // Made once: with 100,000 attendees it costs as much as the calendar itself.
        let released = releases.isEmpty && !calendar ? [] : plan.releasedSessions()
        // As the UI's export dialog does: the same file from either.
        let findings = marks ? try store.findingPolicy(event.id).report(ConflictEngine.check(plan), in: plan) : nil
        options.describe(releases: releases, released: released, findings: findings)
        if calendar { options.sequences = try store.publishCalendar(event.id, released) }
        return (plan, options)
    }

    /// The sessions a person, a track or a day selects, the width and codes.
    static func selected(_ a: ParsedArguments, _ plan: EventPlan, language: Language) throws -> Programme.Options {
        let person = try a[.person].map { try CLI.person($0, in: plan).id }
        let track = a[.track]
        if let track, !plan.sessions.contains(where: { $0.track == track }) {
            let tracks = Set(plan.sessions.map(\.track)).filter { !$0.isEmpty }.sorted()
            throw UserError(.noTrack, track, tracks.joined(separator: ", "))
        }
        let width = try a.int(.width, in: 40...10_000, what: .notAWidth) ?? 80
        var options = Programme.Options(language: language, width: width, track: track, person: person)
        let days = max(1, plan.event.days.count)
        options.day = try a.int(.exportDay, in: 1...days, what: .notADayOfEvent, plan.event.days.count)
        options.codes = a.has(.codes)
        return options
    }

    /// A text export to `-o` or standard output, saying where a file went.
    static func write(_ text: String, _ a: ParsedArguments, _ lang: Language) throws {
        try Commands.write(text, to: a[.output])
        if let path = a[.output], path != "-" { printError(CLIWords.wrote.text(lang, path)) }
    }

    /// The room sheets, the calendar and the frab schedules: the plan through its renderer.
    static func plain(_ a: ParsedArguments, _ kind: ExportKind) throws {
        try render(a, kind, word: kind.name, try prepare(a, try eventName(a), calendar: kind == .ical))
    }

    static func render(_ a: ParsedArguments, _ kind: ExportKind, word: String,
                       _ prepared: (EventPlan, Programme.Options)) throws {
        let (plan, options) = prepared
        let (text, skipped) = kind.render(plan, options, version: CLI.version, byteOrderMark: !a.has(.noBOM))
        // The file speaks the event's (or --lang's) language; what is said about it, the reader's.
        let said = try CLI.language(a)
        if skipped > 0 { printError(CLIWords.unplacedLeftOut.text(said, skipped, word)) }
        try write(text, a, said)
    }

    static func csv(_ a: ParsedArguments) throws {
        let tables = TableExport.Table.allCases.map(\.rawValue).joined(separator: ", ")
        guard let given = a.positionals.first else { throw a.usage(.exportTable, "export csv", tables) }
        guard let table = TableExport.Table(rawValue: given) else {
            throw a.usage(.unknownSubcommand, "export csv", given, tables)
        }
        try render(a, .csv(table), word: "csv", try prepare(a, try eventName(a, after: 1)))
    }

    static func xlsx(_ a: ParsedArguments) throws {
        let tables = (["programme"] + TableExport.Table.allCases.map(\.rawValue)).joined(separator: ", ")
        guard let t = a.positionals.first else { throw a.usage(.exportTable, "export xlsx", tables) }
        guard t == "programme" || TableExport.Table(rawValue: t) != nil else {
            throw a.usage(.unknownSubcommand, "export xlsx", t, tables)
        }
        let (plan, options) = try prepare(a, try eventName(a, after: 1))
        try Commands.refuseTerminal(for: a[.output], a.usage(.workbookNeedsFile))
        let (bytes, _) = ExportKind.xlsx(TableExport.Table(rawValue: t)).contents(plan, options, version: CLI.version)
        try Commands.write(bytes, to: a[.output], try CLI.language(a))
    }

    static func printed(_ a: ParsedArguments, _ kind: PrintKind) throws {
        let store = try Commands.openStore(a)
        try PrintCommands.run(a, kind, store, try store.resolveEvent(try eventName(a)))
    }

    static func arrivals(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        try PrintCommands.arrivals(a, store, try store.resolveEvent(try eventName(a)))
    }
}
