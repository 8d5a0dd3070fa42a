import Foundation
import Print
import Workbook
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let session = Option(
        "--session", value: "ID", help: "print: one session's people (table cards: its rostrum)")
    static let category = Option("--category", value: "C", help: "print: one category (代表, guest, 媒体 …)")
    static let missing = Option("--missing", help: "arrivals: those who have not checked in, VIPs first")
    static let allowMissingGlyphs = Option(
        "--allow-missing-glyphs", help: "print: set characters no installed font has as boxes, not fail")
    static let sort = Option("--sort", value: "pinyin|organisation", help: "sign-in: order of names (default pinyin)")
}

/// `export table-cards|badges|sign-in`: what the office prints the night before.
enum PrintCommands {
    static func run(_ a: ParsedArguments, _ kind: PrintKind, _ store: Store, _ event: EventSummary) throws {
        // Badges carry numbers kept from the first print on, so they are given before reading.
        if kind == .badges { try store.numberBadges(event.id) }
        let plan = try store.plan(event.id)
        let lang = try CLI.chosenLanguage(a) ?? plan.event.language
        let session = try a[.session].map { try CheckCommands.session($0, in: plan) }
        let output = a[.output]
        let fromName = output.flatMap { path in
            PrintKind.Format.allCases.first { path.lowercased().hasSuffix("." + ($0 == .text ? "txt" : $0.rawValue)) }
        }
        let format = try a.choice(.programmeFormat, ["pdf": PrintKind.Format.pdf, "xlsx": .xlsx, "csv": .csv,
                                                     "text": .text]) ?? fromName ?? (kind == .signIn ? .text : .pdf)
        var job = PrintJob(kind, format, language: lang, session: session?.id, category: a[.category])
        job.order = try a.choice(.sort, ["pinyin": PrintLists.Order.pinyin, "organisation": .organisation]) ?? .pinyin
        job.view = try a.choice(.seatingView, ["audience": SeatingView.audience, "stage": .stage]) ?? .audience
        job.byteOrderMark = !a.has(.noBOM)
        job.allowMissingGlyphs = a.has(.allowMissingGlyphs)
        if format == .pdf || format == .xlsx {
            try Commands.refuseTerminal(for: output, UserError(.printNeedsFile, format.rawValue))
        }
        let bytes: [UInt8], notes: PrintNotes
        do {
            (bytes, notes) = try job.printed(plan)
        } catch .needsSession {
            throw UserError(.cardsNeedSession)
        } catch .nobodyOnRostrum(let title) {
            throw UserError(.nobodyOnRostrum, title)
        } catch .noSuchCategory(let name, let known) {
            throw UserError(.noSuchCategory, name, known.joined(separator: ", "))
        } catch .missingGlyphs(let notes) {
            throw UserError(.missingGlyphs, notes.missingLines(lang).joined(separator: "\n"))
        }
        try Commands.write(bytes, to: output, lang)
        // Printed all the same: the list says whom to ask for a shorter form, or whose boxes to check.
        for line in notes.missingLines(lang) + notes.tooLongLines(lang) {
            printError(CLIText.scheduleWarning.text(lang, line))
        }
    }

    /// `export arrivals`: the desk's records as a sheet, CSV by default.
    static func arrivals(_ a: ParsedArguments, _ store: Store, _ event: EventSummary) throws {
        let plan = try store.plan(event.id)
        let lang = try CLI.chosenLanguage(a) ?? plan.event.language
        let session = try a[.session].map { try CheckCommands.session($0, in: plan).id }
        let sheet = Arrivals(plan: plan, records: try store.checkIns(event.id), session: session, language: lang)
            .sheet(missing: a.has(.missing))
        let output = a[.output]
        let xlsx = try a.choice(.programmeFormat, ["csv": false, "xlsx": true])
            ?? (output?.lowercased().hasSuffix(".xlsx") ?? false)
        if xlsx {
            try Commands.refuseTerminal(for: output, UserError(.workbookNeedsFile))
            try Commands.write(WorkbookWriter.workbook([sheet], language: lang), to: output, lang)
        } else {
            try Commands.write(TableExport.csv(sheet, byteOrderMark: !a.has(.noBOM)), to: output)
            if let output, output != "-" { printError(CLIText.wrote.text(lang, output)) }
        }
    }
}
