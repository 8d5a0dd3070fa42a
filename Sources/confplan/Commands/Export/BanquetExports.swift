import Workbook
import Interchange
import PlanningCore
import PlanningStore

extension FormatChoice {
    static let banquetList = FormatChoice(
        [.text, .csv, .xlsx, .pdf], help: "output form (default: from the file's name, else text)")
    static let kitchen = FormatChoice(
        [.text, .csv, .xlsx], help: "output form (default: from the file's name, else text)")
    static let banquetPrint = FormatChoice(
        [.pdf, .text], help: "output form (default: from the file's name, else pdf; text to check)")
    static let banquetPlan = FormatChoice(
        [.text, .pdf], help: "output form (default: from the file's name, else text)")
}

/// `export hall-plan|table-charts|seating-list|kitchen|seating-notices MEAL` (issue 37): a meal's
/// tables for the door, the tables and the kitchen.
enum BanquetExports {
    static let subcommands: [Command] = [
        command("hall-plan", "桌次图: the meal's tables as laid out in the hall, the head table marked", .hallPlan,
                .banquetPlan),
        command("table-charts", "座次表: each table's seats by number, host and guests, a page each", .tableCharts,
                .banquetPlan),
        command("table-signs", "桌号牌: each table's number, large, a page each", .tableSigns, .banquetPrint),
        command("place-cards", "座签: a folded card with name and table for each seated guest", .placeCards,
                .banquetPrint),
        command("seating-list", "座位查询: everyone seated at the meal by name, with table and seat, for the door",
                .seatingList, .banquetList),
        command("kitchen", "后厨用餐单: guests per table and dietary need (清真, 素食, other), no names", .kitchen,
                .kitchen),
        Command(
            name: "export seating-notices", summary: "a message to each seated guest: 您的座位：3 号桌",
            arguments: "[EVENT] MEAL", options: [.output, FormatChoice.notices.option, .noBOM], positionals: 1...2,
            run: notices),
    ]

    static func command(_ name: String, _ summary: String, _ kind: BanquetExport.Kind, _ formats: FormatChoice)
        -> Command {
        Command(name: "export " + name, summary: summary, arguments: "[EVENT] MEAL",
                options: [.output, formats.option] + (kind.hasPDF ? [.allowMissingGlyphs] : [])
                    + (kind.hasSheet ? [.noBOM] : []),
                positionals: 1...2,
                details: "MEAL is the meal session's title or key; its tables are laid out with `confplan tables`.",
                run: { try list($0, kind, formats) })
    }

    static func meal(_ a: ParsedArguments) throws -> (EventPlan, Session) {
        let (eventName, rest) = CheckCommands.split(a)
        let store = try Commands.openStore(a)
        let plan = try store.plan(try store.resolveEvent(eventName).id)
        return (plan, try CLI.meal(rest[0], in: plan, try CLI.language(a)))
    }

    static func list(_ a: ParsedArguments, _ kind: BanquetExport.Kind, _ formats: FormatChoice) throws {
        let (plan, meal) = try meal(a)
        let lang = try CLI.chosenLanguage(a) ?? plan.event.language
        let said = try CLI.language(a)
        let output = a[.output]
        let format = try ExportCommands.chosenFormat(a, formats)
        let export = BanquetExport(plan: plan, meal: meal, kind: kind, language: lang)
        switch format {
        case .pdf:
            // PDF bytes on a screen, or in a log that caught standard output, are noise: say where.
            if output == nil { throw a.usage(.printNeedsFile, "pdf") }
            let (bytes, notes) = export.pdf()
            if !notes.missing.isEmpty && !a.has(.allowMissingGlyphs) {
                throw UserError(.missingGlyphs, notes.missingLines(said).joined(separator: "\n"))
            }
            try Commands.write(bytes, to: output, said)
            for line in notes.missingLines(said) + notes.tooLongLines(said) {
                printError(CLIWords.scheduleWarning.text(said, line))
            }
        case .xlsx:
            try Commands.refuseTerminal(for: output, a.usage(.workbookNeedsFile))
            try Commands.write(export.workbook(), to: output, said)
        case .csv: try ExportCommands.write(export.csv(byteOrderMark: !a.has(.noBOM)), a, said)
        default: try ExportCommands.write(export.text(), a, said)
        }
    }

    static func notices(_ a: ParsedArguments) throws {
        let (plan, meal) = try meal(a)
        let given = try CLI.chosenLanguage(a)
        let lang = given ?? plan.event.language
        let notices = BanquetNotices(plan: plan, meal: meal, language: given)
        if notices.notices.isEmpty { printError(BanquetExportWords.noneSeated.text(try CLI.language(a))) }
        switch try ExportCommands.chosenFormat(a, .notices) {
        case .xlsx:
            guard let path = a[.output], path != "-" else { throw a.usage(.workbookNeedsFile) }
            try Commands.write(WorkbookWriter.workbook([notices.sheet(lang)], language: lang), to: path,
                               try CLI.language(a))
        case .csv:
            try Commands.write(TableExport.csv(notices.sheet(lang), byteOrderMark: !a.has(.noBOM)), to: a[.output])
        default:
            try Commands.write(notices.text(), to: a[.output])
        }
    }
}

extension ExportCommands {
    /// The form to write: `--format`, else the file's ending, else the first accepted. A file
    /// named for one form and written in another would open as garbage, so an ending that is
    /// not the form asked for, or not one this export writes, is refused.
    static func chosenFormat(_ a: ParsedArguments, _ formats: FormatChoice) throws -> OutputFormat {
        let given = try a.format(formats)
        guard let output = a[.output], output != "-" else { return given ?? formats.accepted[0] }
        let name = String(output.split(separator: "/").last ?? Substring(output))
        let ending = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        // `.txt` and `.text` both name text.
        let fromName = formats.accepted.first { ending == $0.fileExtension || ending == $0.rawValue }
        if let given {
            if ending.isEmpty || fromName == given { return given }
            throw UserError(.formatAgainstName, "--format", given.rawValue, ending, given.fileExtension)
        }
        if let fromName { return fromName }
        if ending.isEmpty { return formats.accepted[0] }
        throw UserError(.unknownExtension, output, ending,
                        formats.accepted.map { "." + $0.fileExtension }.joined(separator: " "))
    }
}
