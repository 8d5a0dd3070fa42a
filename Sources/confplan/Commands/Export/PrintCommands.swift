import Foundation
import Print
import Workbook
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let session = Option(
        "--session", value: "ID", help: "one session's people (table cards: its rostrum)")
    static let category = Option("--category", value: "C", help: "one category (delegate, guest, media …)")
    static let missing = Option("--missing", help: "those who have not checked in, VIPs first")
    static let allowMissingGlyphs = Option(
        "--allow-missing-glyphs", help: "set characters no installed font has as boxes, not fail")
    static let sort = Option("--sort", value: "pinyin|organisation", help: "order of names (default pinyin)")
}

/// `export table-cards|badges|sign-in`: what the office prints the night before.
enum PrintCommands {
    static func run(_ a: ParsedArguments, _ kind: PrintKind, _ store: Store, _ event: EventSummary) throws {
        // Badges carry numbers kept from the first print on, so they are given before reading.
        if kind == .badges { try store.numberBadges(event.id) }
        let plan = try store.plan(event.id)
        let lang = try CLI.chosenLanguage(a) ?? plan.event.language
        // What is printed speaks the event's language; what is said about it on the terminal, the reader's.
        let said = try CLI.language(a)
        let session = try a[.session].map { try CLI.session($0, in: plan) }
        let output = a[.output]
        let fromName = output.flatMap { OutputFormat(fileName: $0, among: FormatChoice.print.accepted) }
        let chosen = try a.format(.print) ?? fromName ?? (kind == .signIn ? .text : .pdf)
        let format = PrintKind.Format(rawValue: chosen.rawValue)!
        var job = PrintJob(kind, format, language: lang, session: session?.id, category: a[.category])
        job.order = try a.choice(.sort, ["pinyin": PrintLists.Order.pinyin, "organisation": .organisation]) ?? .pinyin
        job.view = try a.choice(.seatingView, ["audience": SeatingView.audience, "stage": .stage]) ?? .audience
        job.byteOrderMark = !a.has(.noBOM)
        job.allowMissingGlyphs = a.has(.allowMissingGlyphs)
        if format == .pdf || format == .xlsx {
            try Commands.refuseTerminal(for: output, a.usage(.printNeedsFile, format.rawValue))
        }
        let bytes: [UInt8], notes: PrintNotes
        do {
            (bytes, notes) = try job.printed(plan)
        } catch .needsSession {
            throw UserError(.cardsNeedSession)
        } catch .nobodyOnRostrum(let title) {
            throw UserError(.nobodyOnRostrum, title)
        } catch .nobodyOfCategoryOnRostrum(let title, let category) {
            throw UserError(.nobodyOfCategoryOnRostrum, title, category)
        } catch .noSuchCategory(let name, let known) {
            throw UserError(.noSuchCategory, name, known.joined(separator: ", "))
        } catch .missingGlyphs(let notes) {
            throw UserError(.missingGlyphs, notes.missingLines(said).joined(separator: "\n"))
        }
        try Commands.write(bytes, to: output, said)
        // Printed all the same: the list says whom to ask for a shorter form, or whose boxes to check.
        for line in notes.missingLines(said) + notes.tooLongLines(said) {
            printError(CLIWords.scheduleWarning.text(said, line))
        }
    }

    /// `export arrivals`: the desk's records as a sheet, CSV by default.
    static func arrivals(_ a: ParsedArguments, _ store: Store, _ event: EventSummary) throws {
        let plan = try store.plan(event.id)
        let lang = try CLI.chosenLanguage(a) ?? plan.event.language
        let session = try a[.session].map { try CLI.session($0, in: plan).id }
        let sheet = Arrivals(plan: plan, records: try store.checkIns(event.id), session: session, language: lang)
            .sheet(missing: a.has(.missing))
        let output = a[.output]
        let xlsx = try (a.format(.arrivals) ?? output.flatMap { OutputFormat(fileName: $0, among: [.xlsx]) }) == .xlsx
        if xlsx {
            try Commands.refuseTerminal(for: output, a.usage(.workbookNeedsFile))
            try Commands.write(WorkbookWriter.workbook([sheet], language: lang), to: output, try CLI.language(a))
        } else {
            try Commands.write(TableExport.csv(sheet, byteOrderMark: !a.has(.noBOM)), to: output)
            if let output, output != "-" { printError(CLIWords.wrote.text(try CLI.language(a), output)) }
        }
    }
}
