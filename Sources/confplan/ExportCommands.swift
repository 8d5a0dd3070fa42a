import Foundation
import Interchange
import PlanningCore
import PlanningStore

enum ExportCommands {
    static let kinds = ["programme", "room-sheets", "markdown", "ical", "frab-xml", "frab-json", "csv"]

    static let spec = CommandSpec(
        name: "export", summary: "write the programme (会议日程) or the event in another format",
        usage: "programme|room-sheets|markdown|ical|frab-xml|frab-json|csv [TABLE] [EVENT] [options]",
        options: [
            OptionSpec(names: ["-o", "--output"], valueName: "FILE", help: "write to FILE instead of standard output"),
            OptionSpec(names: ["--format"], valueName: "text|markdown", help: "programme: text (default) or Markdown"),
            OptionSpec(names: ["--width"], valueName: "N", help: "programme and room sheets: line width in cells (default 80)"),
            OptionSpec(names: ["--day"], valueName: "N", help: "programme: only day N of the event (1 = first day)"),
            OptionSpec(names: ["--track"], valueName: "TRACK", help: "only one track (sub-forum)"),
            OptionSpec(names: ["--person"], valueName: "NAME", help: "only one person's sessions: their own agenda"),
            OptionSpec(names: ["--all-speakers"], valueName: "DIR", help: "programme: one file per speaker in DIR"),
            OptionSpec(names: ["--changes-since"], valueName: "FILE", help: "programme: list what moved, was added or removed since FILE"),
            OptionSpec(names: ["--no-marks"], valueName: nil, help: "programme: do not mark sessions that still have clashes"),
            OptionSpec(names: ["--no-bom"], valueName: nil, help: "csv: without the byte-order mark Excel needs"),
        ],
        positionals: 1...3,
        details: """
            programme     the text programme, by day and time (--format markdown for the web)
            room-sheets   one page per room and day, for the doors (pages split by form feeds)
            markdown      the programme in Markdown
            ical          iCalendar (RFC 5545), for phones and calendar programs
            frab-xml      frab/c3voc schedule XML, for conference apps (Giggity, ConfClerk)
            frab-json     the same as JSON
            csv TABLE     sessions, people, attendees or signups, as CSV that Excel opens

            --changes-since takes an earlier programme export or event file (confplan dump).
            The same database always gives the same programme, byte for byte.
            """)

    static func run(_ a: ParsedArguments) throws {
        var rest = a.positionals
        let kind = rest.removeFirst()
        guard kinds.contains(kind) else {
            throw UsageError(message: "export: '\(kind)' is not one of \(kinds.joined(separator: ", "))", command: "export")
        }
        var table: TableExport.Table?
        if kind == "csv" {
            guard let t = rest.first.flatMap(TableExport.Table.init(rawValue:)) else {
                throw UsageError(message: "export csv needs a table: \(TableExport.Table.allCases.map(\.rawValue).joined(separator: ", "))", command: "export")
            }
            table = t
            rest.removeFirst()
        }
        guard rest.count <= 1 else { throw UsageError(message: "export: too many arguments: \(rest.joined(separator: " "))", command: "export") }
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(rest.first)
        let plan = try store.plan(event.id)
        let lang = try CLI.language(a)
        let person = try a.value("--person").map { try findPerson($0, in: plan) }
        let track = a.value("--track")
        if let track, !plan.sessions.contains(where: { $0.track == track }) {
            let tracks = Set(plan.sessions.map(\.track)).filter { !$0.isEmpty }.sorted()
            throw UserError("--track: no session has the track \"\(track)\"; tracks: \(tracks.joined(separator: ", "))")
        }
        var options = Programme.Options(language: lang, width: try number(a, "--width") ?? 80, track: track, person: person)
        if let w = a.value("--width"), options.width < 40 { throw UsageError(message: "--width: \(w) is too narrow; 40 cells at least", command: "export") }
        if let day = try number(a, "--day") {
            guard (1...max(1, plan.event.days.count)).contains(day) else {
                throw UsageError(message: "--day: the event has \(plan.event.days.count) days, so \(day) is not one of them", command: "export")
            }
            options.day = day
        }
        if !a.has("--no-marks") {
            let policy = try store.findingPolicy(event.id)
            let open = policy.report(ConflictEngine.check(plan), in: plan).filter { $0.isOpen && $0.severity != .info }
            options.marked = Set(open.flatMap(\.finding.sessions))
        }
        let output: String
        switch kind {
        case "programme", "markdown":
            if a.value("--format") == "markdown" || kind == "markdown" { options.format = .markdown }
            else if let f = a.value("--format"), f != "text" { throw UsageError(message: "--format takes text or markdown, not '\(f)'", command: "export") }
            if let dir = a.value("--all-speakers") { return try allSpeakers(plan, options, dir) }
            if let since = a.value("--changes-since") {
                output = try changes(since: since, plan: plan, options: options)
            } else {
                output = Programme(plan: plan, options: options).render()
            }
        default:
            let exportKind = ExportKind.allCases.first { $0.name == kind || (table != nil && $0 == .csv(table!)) }!
            let (text, skipped) = exportKind.render(plan, options, version: CLI.version, byteOrderMark: !a.has("--no-bom"))
            if skipped > 0 { printError("note: \(skipped) session(s) without a room or a time are not in the \(kind) export") }
            output = text
        }
        try Commands.write(output, to: a.value("--output"))
        if let path = a.value("--output"), path != "-" { printError("wrote \(path)") }
    }

    static func number(_ a: ParsedArguments, _ name: String) throws -> Int? {
        guard let text = a.value(name) else { return nil }
        guard let n = Int(text) else { throw UsageError(message: "\(name): \"\(text)\" is not a number", command: "export") }
        return n
    }

    /// A person by key, exact name, or a unique part of a name.
    static func findPerson(_ name: String, in plan: EventPlan) throws -> ID<Person> {
        if let p = plan.people.first(where: { $0.key == name }) { return p.id }
        let exact = plan.people.filter { $0.name == name }
        if exact.count == 1 { return exact[0].id }
        let candidates = exact.isEmpty ? plan.people.filter { $0.name.contains(name) } : exact
        if candidates.count == 1 { return candidates[0].id }
        if candidates.isEmpty { throw UserError("--person: nobody in the event is called \"\(name)\"") }
        throw UserError("--person: \"\(name)\" could be " + candidates.prefix(8).map { "\($0.name) (\($0.key), \($0.organisation))" }.joined(separator: ", ")
                        + "; give the identifier")
    }

    static func changes(since path: String, plan: EventPlan, options: Programme.Options) throws -> String {
        let bytes = try Commands.readFile(path)
        let before: [ChangeList.Entry]
        let text = String(decoding: bytes, as: UTF8.self)
        if text.drop(while: { $0.isWhitespace }).first == "{" {
            before = ChangeList.entries(try EventFile.read(bytes, file: path), options: options)
        } else {
            before = ChangeList.entries(programme: text, language: options.language)
            if before.isEmpty { throw UserError("\(path): no sessions found; is it a programme confplan exported, or an event file?") }
        }
        var after = ChangeList.entries(plan, options: options)
        // A printed programme has no identities: compare like with like.
        if before.allSatisfy({ $0.uid == nil }) { after = after.map { var e = $0; e.uid = nil; return e } }
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
            var base = String(p.name.map { "/\\:*?\"<>|\u{0}".contains($0) || $0.isNewline ? "_" : $0 })
            if base.isEmpty || used.contains(base) { base += "-" + p.key }
            used.insert(base)
            try Commands.write(Programme(plan: plan, options: o).render(), to: dir + "/" + base + (o.format == .markdown ? ".md" : ".txt"))
            count += 1
        }
        printError("wrote \(count) programmes to \(dir)")
    }
}
