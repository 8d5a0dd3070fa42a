import Foundation
import Workbook
import Print
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let programmeFormat = Option(
        "--format", value: "FORMAT",
        help: "programme: text (default), markdown, pdf or png; notices: text, csv or xlsx; "
            + "print: pdf, xlsx, csv or text")
    static let paper = Option("--paper", value: "SIZE", help: "programme --format pdf: a4 (default) or a5")
    static let since = Option("--since", value: "N", help: "notices: what changed since release N (default the last)")
    static let audience = Option("--to", value: "WHO", help: "notices: speakers (default), vips, attendees or all")
    static let full = Option("--full", help: "notices: everyone's whole timetable (always for VIP level 2 and up)")
    static let width = Option(
        "--width", value: "N", help: "programme and room sheets: line width in cells (default 80, 40 at least)")
    static let exportDay = Option("--day", value: "N", help: "programme: only day N of the event (1 = first day)")
    static let track = Option("--track", value: "TRACK", help: "only one track (sub-forum)")
    static let person = Option("--person", value: "NAME", help: "only one person's sessions: their own agenda")
    static let allSpeakers = Option("--all-speakers", value: "DIR", help: "programme: one file per speaker in DIR")
    static let changesSince = Option(
        "--changes-since", value: "FILE", help: "programme: list what moved, was added or removed since FILE")
    static let noMarks = Option("--no-marks", help: "programme: do not mark sessions that still have clashes")
    static let noBOM = Option("--no-bom", help: "csv: without the byte-order mark Excel needs")
    static let codes = Option("--codes", help: "csv: codes (sub-forum, delegate, draft) instead of words, for scripts")
}

enum ExportCommands {
    static let kinds = [
        "programme", "room-sheets", "markdown", "ical", "frab-xml", "frab-json", "csv", "xlsx", "notices",
    ] + PrintKind.allCases.map(\.rawValue) + ["arrivals"]

    static let command = Command(
        name: "export", summary: "write the programme (会议日程) or the event in another format",
        arguments: kinds.joined(separator: "|") + " [TABLE] [EVENT]",
        options: [
            .output, .programmeFormat, .paper, .width, .exportDay, .track, .person, .allSpeakers, .changesSince,
            .noMarks, .noBOM, .codes, .since, .audience, .full, .session, .category, .sort, .seatingView, .missing,
        ],
        positionals: 1...3,
        details: """
            programme     the text programme, by day and time (--format markdown for the web)
                          --format pdf (--paper a4|a5) or png (one long image a phone screen wide)
            room-sheets   one page per room and day, for the doors (pages split by form feeds)
            markdown      the programme in Markdown
            ical          iCalendar (RFC 5545), for phones and calendar programs
            frab-xml      frab/c3voc schedule XML, for conference apps (Giggity, ConfClerk)
            frab-json     the same as JSON
            csv TABLE     sessions, people, attendees or signups, as CSV that Excel opens
            xlsx TABLE    the same tables, or programme, as an Excel workbook (-o FILE.xlsx)
            notices       one message per person a change since a release concerns (--since, --to, --full)
            table-cards   桌签 for a session's rostrum, one A4 page each, folded (--session, --view)
            badges        参会证 with QR check-in codes, 8 to an A4 page (--session, --category)
            sign-in       签到表 for a session, a category or everyone (--sort pinyin|organisation)
                          these three: --format pdf (default; sign-in: text), xlsx, csv or text
            arrivals      who checked in, when and where (--missing: who has not; --session; csv or xlsx)

            --changes-since takes an earlier programme export or event file (confplan dump).
            The same database always gives the same programme, byte for byte.
            """,
        run: run)

    static func run(_ a: ParsedArguments) throws {
        var rest = a.positionals
        let kind = rest.removeFirst()
        guard kinds.contains(kind) else {
            throw a.usage(.exportKind, kind, kinds.joined(separator: ", "))
        }
        var table: TableExport.Table?
        var workbook: ExportKind?
        if kind == "xlsx" {
            guard let t = rest.first, t == "programme" || TableExport.Table(rawValue: t) != nil else {
                throw a.usage(.exportTable, (["programme"] + TableExport.Table.allCases.map(\.rawValue))
                    .joined(separator: ", "))
            }
            workbook = .xlsx(TableExport.Table(rawValue: t))
            rest.removeFirst()
        }
        if kind == "csv" {
            guard let t = rest.first.flatMap(TableExport.Table.init(rawValue:)) else {
                throw a.usage(.exportTable, TableExport.Table.allCases.map(\.rawValue).joined(separator: ", "))
            }
            table = t
            rest.removeFirst()
        }
        guard rest.count <= 1 else { throw a.usage(.tooManyArguments, rest.joined(separator: " ")) }
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(rest.first)
        if let print = PrintKind(rawValue: kind) { return try PrintCommands.run(a, print, store, event) }
        if kind == "arrivals" { return try PrintCommands.arrivals(a, store, event) }
        let plan = try store.plan(event.id)
        // What is printed for the event speaks its language unless --lang says otherwise.
        let lang = try CLI.chosenLanguage(a) ?? plan.event.language
        let person = try a[.person].map { try findPerson($0, in: plan) }
        let track = a[.track]
        if let track, !plan.sessions.contains(where: { $0.track == track }) {
            let tracks = Set(plan.sessions.map(\.track)).filter { !$0.isEmpty }.sorted()
            throw UserError(.noTrack, track, tracks.joined(separator: ", "))
        }
        let width = try a.int(.width, in: 40...10_000, what: .notAWidth) ?? 80
        var options = Programme.Options(language: lang, width: width, track: track, person: person)
        let days = max(1, plan.event.days.count)
        options.day = try a.int(.exportDay, in: 1...days, what: .notADayOfEvent, plan.event.days.count)
        options.codes = a.has(.codes)
        let releases = try store.releases(event.id)
        // Made once: with 100,000 attendees it costs as much as the calendar itself.
        let released = releases.isEmpty && kind != "ical" ? [] : plan.releasedSessions()
        if !releases.isEmpty { options.releases = ReleaseHistory(releases, now: released) }
        if kind == "notices" {
            return try notices(a, plan, releases, event.key, lang, cancelled: try store.cancelledSignups(event.id),
                               given: try CLI.chosenLanguage(a))
        }
        // The calendar goes out: entries changed since their number last went out take the next.
        if kind == "ical" { options.sequences = try store.publishCalendar(event.id, released) }
        if !a.has(.noMarks) {
            let policy = try store.findingPolicy(event.id)
            let open = policy.report(ConflictEngine.check(plan), in: plan).filter { $0.isOpen && $0.severity != .info }
            options.marked = Set(open.flatMap(\.finding.sessions))
        }
        if let workbook {
            try Commands.refuseTerminal(for: a[.output], UserError(.workbookNeedsFile))
            let (bytes, _) = workbook.contents(plan, options, version: CLI.version)
            try Commands.write(bytes, to: a[.output], lang)
            return
        }
        let output: String
        switch kind {
        case "programme", "markdown":
            let format = try a.choice(
                .programmeFormat, ["text": "text", "markdown": "markdown", "pdf": "pdf", "png": "png"])
            if kind == "programme", let format, format == "pdf" || format == "png" {
                return try printedProgramme(a, Programme(plan: plan, options: options).printed(), format, lang)
            }
            if format == "markdown" || kind == "markdown" { options.format = .markdown }
            if let dir = a[.allSpeakers] { return try allSpeakers(plan, options, dir) }
            if let since = a[.changesSince] {
                output = try changes(since: since, plan: plan, options: options)
            } else {
                output = Programme(plan: plan, options: options).render()
            }
        default:
            let exportKind = ExportKind.allCases.first { $0.name == kind || (table != nil && $0 == .csv(table!)) }!
            let (text, skipped) = exportKind.render(plan, options, version: CLI.version, byteOrderMark: !a.has(.noBOM))
            if skipped > 0 {
                printError(CLIText.unplacedLeftOut.text(lang, skipped, kind))
            }
            output = text
        }
        try Commands.write(output, to: a[.output])
        if let path = a[.output], path != "-" { printError(CLIText.wrote.text(lang, path)) }
    }

    /// The programme drawn as a PDF or one long PNG. A character no font has is printed as a box,
    /// and said on standard error with the text it is in.
    static func printedProgramme(_ a: ParsedArguments, _ programme: ProgrammePrint, _ format: String,
                                 _ lang: Language) throws {
        try Commands.refuseTerminal(for: a[.output], UserError(.printNeedsFile, format))
        let paper = try a.choice(.paper, ["a4": ProgrammePrint.Paper.a4, "a5": .a5]) ?? .a4
        let made = format == "pdf" ? try programme.pdf(paper: paper) : try programme.png()
        for (text, characters) in made.missing {
            printError(CLIText.noGlyph.text(lang, characters.map { String($0) }.joined(separator: " "), text))
        }
        try Commands.write(made.bytes, to: a[.output], lang)
    }

    /// One message per person affected since a release, as text, CSV or a workbook.
    static func notices(_ a: ParsedArguments, _ plan: EventPlan, _ releases: [Release], _ key: String,
                        _ lang: Language, cancelled: [String: [String]], given: Language?) throws {
        guard let last = releases.last else { throw UserError(.noReleaseYet, key) }
        var since = last
        if let n = try a.int(.since, in: 1...Int.max, what: .notAPositiveNumber) {
            guard let r = releases.first(where: { $0.number == n }) else { throw StoreError.noSuchRelease(n) }
            since = r
        }
        let audience = try a.choice(
            .audience, ["speakers": Notices.Audience.speakers, "vips": .vips, "attendees": .attendees, "all": .all])
        let notices = Notices(
            plan: plan, since: since, to: audience ?? .speakers, full: a.has(.full), cancelled: cancelled,
            language: given)
        let format = try a.choice(.programmeFormat, ["text": 0, "csv": 1, "xlsx": 2]) ?? 0
        let sheet = notices.sheet(lang)
        switch format {
        case 2:
            guard let path = a[.output], path != "-" else { throw UserError(.workbookNeedsFile) }
            try Commands.write(WorkbookWriter.workbook([sheet], language: lang), to: path, lang)
        case 1:
            try Commands.write(TableExport.csv(sheet, byteOrderMark: !a.has(.noBOM)), to: a[.output])
        default:
            try Commands.write(notices.text(), to: a[.output])
        }
    }

    /// A person by key, exact name, or a unique part of a name.
    static func findPerson(_ name: String, in plan: EventPlan) throws -> ID<Person> {
        if let p = plan.people.first(where: { $0.key == name }) { return p.id }
        let exact = plan.people.filter { $0.name == name }
        if exact.count == 1 { return exact[0].id }
        let candidates = exact.isEmpty ? plan.people.filter { $0.name.contains(name) } : exact
        if candidates.count == 1 { return candidates[0].id }
        if candidates.isEmpty { throw UserError(.nobodyCalled, name) }
        throw UserError(
            .personCouldBe, name,
            candidates.prefix(8).map { "\($0.name) (\($0.key), \($0.organisation))" }.joined(separator: ", "))
    }

    static func changes(since path: String, plan: EventPlan, options: Programme.Options) throws -> String {
        let bytes = try Commands.readFile(path)
        let before: [ChangeList.Entry]
        let text = String(decoding: bytes, as: UTF8.self)
        if text.drop(while: { $0.isWhitespace }).first == "{" {
            // An event file has identities: the releases' diff, roles, titles and status included,
            // kept to the sessions the options select (a track, a person) before or after.
            let earlier = try EventFile.read(bytes, file: path)
            let shown = Set((ChangeList.entries(earlier, options: options) + ChangeList.entries(plan, options: options))
                .compactMap(\.uid))
            var diff = ProgrammeDiff(from: earlier.releasedSessions(), to: plan.releasedSessions())
            diff.changes.removeAll { !shown.contains($0.session.uid) }
            let file = Release(number: 0, name: path, note: "", at: "", by: "", sessions: [])
            return ReleaseReport(plan: plan, diff: diff, from: file, to: nil, language: options.language).text()
        } else {
            before = ChangeList.entries(programme: text, language: options.language)
            if before.isEmpty {
                throw UserError(.noSessionsInFile, path)
            }
        }
        var after = ChangeList.entries(plan, options: options)
        // A printed programme has no identities: compare like with like.
        if before.allSatisfy({ $0.uid == nil }) {
            after = after.map {
                var e = $0; e.uid = nil; return e
            }
        }
        return ChangeList(before: before, after: after).text(since: path, language: options.language)
    }

    /// One programme file per speaker (anyone with a role), named after them.
    static func allSpeakers(_ plan: EventPlan, _ options: Programme.Options, _ dir: String) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let speakers = Set(plan.roles.map(\.person))
        var used: Set<String> = []
        var count = 0
        for p in plan.people where speakers.contains(p.id) {
            var o = options
            o.person = p.id
            var base = Sanitize.fileName(p.name)
            if base.isEmpty || used.contains(base) { base += "-" + p.key }
            used.insert(base)
            try Commands.write(
                Programme(plan: plan, options: o).render(),
                to: dir + "/" + base + (o.format == .markdown ? ".md" : ".txt"))
            count += 1
        }
        printError(CLIText.wroteProgrammes.text(options.language, count, dir))
    }
}
