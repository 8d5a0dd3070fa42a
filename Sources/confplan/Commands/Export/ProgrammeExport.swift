import Foundation
import Codecs
import Interchange
import Print
import PlanningCore

extension Option {
    static let paper = Option("--paper", value: "a4|a5", help: "the page of a PDF programme (default a4)")
}

/// `export programme` and `export markdown`: the programme, one per speaker, or what changed since a file.
extension ExportCommands {
    static func programme(_ a: ParsedArguments, markdown: Bool) throws {
        let format = markdown ? nil : try a.format(.programme)
        let isMarkdown = markdown || format == .markdown
        // A Markdown programme goes on the web: planning marks only when asked for.
        let marks = isMarkdown ? a.has(.marks) && !a.has(.noMarks) : !a.has(.noMarks)
        let (plan, prepared) = try prepare(a, try eventName(a), marks: marks)
        var options = prepared
        let said = try CLI.language(a)
        if format == .pdf || format == .png {
            return try printedProgramme(a, Programme(plan: plan, options: options).printed(), format!, said)
        }
        if isMarkdown { options.format = .markdown }
        if let dir = a[.allSpeakers] { return try allSpeakers(plan, options, dir, said) }
        if let since = a[.changesSince] {
            let bytes = try Commands.readFile(since)
            guard let report = try ChangeList.report(since: bytes, file: since, plan: plan, options: options) else {
                throw UserError(.noSessionsInFile, since)
            }
            return try write(report, a, said)
        }
        try write(Programme(plan: plan, options: options).render(), a, said)
    }

    /// One programme file per speaker (anyone with a role), named after them.
    static func allSpeakers(_ plan: EventPlan, _ options: Programme.Options, _ dir: String, _ said: Language) throws {
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
        printError(Plural(one: CLIWords.wroteProgrammesOne, other: .wroteProgrammes).text(said, count, dir))
    }

    /// The programme drawn as a PDF or one long PNG. A character no font has fails it, named,
    /// unless boxes are allowed; then it is said on standard error with the text it is in.
    static func printedProgramme(_ a: ParsedArguments, _ programme: ProgrammePrint, _ format: OutputFormat,
                                 _ lang: Language) throws {
        try Commands.refuseTerminal(for: a[.output], a.usage(.printNeedsFile, format.rawValue))
        let paper = try a.choice(.paper, ["a4": ProgrammePrint.Paper.a4, "a5": .a5]) ?? .a4
        let made = format == .pdf ? try programme.pdf(paper: paper) : try programme.png()
        // In the command line's language, as the error around them is, not the programme's.
        let said = lang
        let lines = made.missing.map { text, characters in
            // The code point too: the character itself is what no font on this machine can show.
            CLIWords.noGlyph.text(said, characters.map { Self.named($0, said) }.joined(separator: " "), text)
        }
        if !lines.isEmpty && !a.has(.allowMissingGlyphs) {
            throw UserError(.missingGlyphs, lines.joined(separator: "\n"))
        }
        try Commands.write(made.bytes, to: a[.output], said)
        for line in lines { printError(line) }
    }

    /// `"𠮷" (U+20BB7)` / `“𠮷”（U+20BB7）`: quoted, as data, so a space or a mark reads as itself.
    static func named(_ c: Unicode.Scalar, _ lang: Language) -> String {
        let code = String(c.value, radix: 16, uppercase: true)
        let padded = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        return lang == .zh ? "“\(c)”（\(padded)）" : "\"\(c)\" (\(padded))"
    }
}
