import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let session = Option(
        "--session", value: "ID", help: "print: one session's people (table cards: its rostrum)")
    static let category = Option("--category", value: "C", help: "print: one category (代表, guest, 媒体 …)")
    static let missing = Option("--missing", help: "arrivals: those who have not checked in, VIPs first")
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
        // A PDF or a workbook on a terminal would be noise: to a file, or to a pipe.
        if format == .pdf || format == .xlsx, (output ?? "-") == "-", isatty(1) == 1 {
            throw UserError(.printNeedsFile, format.rawValue)
        }
        let bytes: [UInt8]
        do {
            bytes = try job.bytes(plan)
        } catch .needsSession {
            throw UserError(.cardsNeedSession)
        } catch .nobodyOnRostrum(let title) {
            throw UserError(.nobodyOnRostrum, title)
        } catch .noSuchCategory(let name, let known) {
            throw UserError(.noSuchCategory, name, known.joined(separator: ", "))
        }
        // CSV as Excel wants it unless --no-bom: the writer puts the mark in, this takes it out.
        let written = format == .csv && a.has(.noBOM) && bytes.starts(with: [0xEF, 0xBB, 0xBF])
            ? Array(bytes.dropFirst(3)) : bytes
        if let output, output != "-" {
            try Files.write(written, to: output)
        } else {
            FileHandle.standardOutput.write(Data(written))
        }
        if let output, output != "-" { printError(CLIText.wrote.text(lang, output)) }
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
            if (output ?? "-") == "-", isatty(1) == 1 { throw UserError(.workbookNeedsFile) }
            let bytes = WorkbookWriter.workbook([sheet], language: lang)
            if let output, output != "-" {
                try Files.write(bytes, to: output)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        } else {
            try Commands.write(TableExport.csv(sheet, byteOrderMark: !a.has(.noBOM)), to: output)
        }
        if let output, output != "-" { printError(CLIText.wrote.text(lang, output)) }
    }
}
