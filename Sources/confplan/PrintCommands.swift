import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let session = Option(
        "--session", value: "ID", help: "print: one session's people (table cards: its rostrum)")
    static let category = Option("--category", value: "C", help: "print: one category (代表, guest, 媒体 …)")
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
        let lists = PrintLists(plan: plan, language: lang)
        let printed: Printed
        switch kind {
        case .tableCards:
            guard let session else { throw UserError(.cardsNeedSession) }
            let people = plan.rostrum(of: session.id)
            guard !people.isEmpty else { throw UserError(.nobodyOnRostrum, session.title) }
            let view = try a.choice(.seatingView, ["audience": SeatingView.audience, "stage": .stage]) ?? .audience
            let rows = session.seating?.rows.isEmpty == false ? session.seating?.rows : nil
            let chart = SeatingChart(session: session, people: people, sizes: rows,
                                     rule: plan.seatingRule(of: session.id), view: view, language: lang)
            let cards = TableCardPrint(chart: chart)
            printed = Printed(sheet: cards.sheet(), text: cards.text, pdf: cards.pdf)
        case .badges:
            let badges = BadgePrint(lists: lists, entries: try entries(lists, session, a[.category]))
            printed = Printed(sheet: badges.sheet(), text: badges.text, pdf: badges.pdf)
        case .signIn:
            let order = try a.choice(.sort, ["pinyin": PrintLists.Order.pinyin, "organisation": .organisation])
            let chosen = PrintLists.sorted(try entries(lists, session, a[.category]), by: order ?? .pinyin)
            let subject = session?.title ?? a[.category] ?? PrintText.everyone.text(lang)
            let sheet = SignInPrint(lists: lists, entries: chosen, subject: subject)
            printed = Printed(sheet: sheet.sheet(), text: { sheet.text() }, pdf: sheet.pdf)
        }
        switch format {
        case .pdf, .xlsx:
            guard let output, output != "-" || isatty(1) == 0 else { throw UserError(.printNeedsFile, format.rawValue) }
            let bytes = format == .pdf ? printed.pdf() : WorkbookWriter.workbook([printed.sheet], language: lang)
            if output == "-" {
                FileHandle.standardOutput.write(Data(bytes))
            } else {
                try Files.write(bytes, to: output)
            }
        case .csv: try Commands.write(TableExport.csv(printed.sheet, byteOrderMark: !a.has(.noBOM)), to: output)
        case .text: try Commands.write(printed.text(), to: output)
        }
        if let output, output != "-" { printError(CLIText.wrote.text(lang, output)) }
    }

    /// The three forms a printed list takes besides its sheet, made only when asked for.
    struct Printed {
        let sheet: TableExport.Sheet
        let text: () -> String
        let pdf: () -> [UInt8]
    }

    static func entries(_ lists: PrintLists, _ session: Session?, _ category: String?) throws -> [PrintLists.Entry] {
        do {
            return try lists.entries(session: session?.id, category: category)
        } catch .noSuchCategory(let name, let known) {
            throw UserError(.noSuchCategory, name, known.joined(separator: ", "))
        }
    }
}
