import Print
import Workbook
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let transferDate = Option("--date", value: "DATE", help: "only the transfers of that day (YYYY-MM-DD)")
    static let riders = Option("--to", value: "WHO", help: "passengers, drivers or all (default)")
    static let changedOnly = Option(
        "--changed",
        help: "only those whose arrangement (run, room, table) changed since the last notices, and cancellations")
    static let preview = Option("--preview", help: "show the notices without recording them as sent")
}

extension FormatChoice {
    static let transport = FormatChoice(
        [.text, .csv, .xlsx, .pdf], help: "output form (default: from the file's name, else text)")
}

/// `export pickups|dropoffs|runs` (接站表, 送站表, 乘车表) and `export transport-notices`.
enum TransportExports {
    static let subcommands: [Command] = [
        Command(
            name: "export pickups", summary: "接站表: whom to fetch, by hub and day, with run, car, driver",
            arguments: "[EVENT]",
            options: [.output, FormatChoice.transport.option, .transferDate, .allowMissingGlyphs, .noBOM],
            positionals: 0...1,
            details: """
                Guests who asked for a pickup and have no run yet are listed too, marked 未安排.
                The file holds phone numbers: it is created readable by its owner only.
                """,
            run: { try list($0, .pickups) }),
        Command(
            name: "export dropoffs", summary: "送站表: whom to take to trains and flights, by hub and day",
            arguments: "[EVENT]",
            options: [.output, FormatChoice.transport.option, .transferDate, .allowMissingGlyphs, .noBOM],
            positionals: 0...1, run: { try list($0, .dropoffs) }),
        Command(
            name: "export runs", summary: "乘车表: a page per vehicle for its driver, its runs and passengers",
            arguments: "[EVENT]",
            options: [.output, FormatChoice.transport.option, .transferDate, .allowMissingGlyphs, .noBOM],
            positionals: 0...1, run: { try list($0, .runs) }),
        Command(
            name: "export transport-notices",
            summary: "messages to passengers (when and where their car waits) and drivers (their runs of the day)",
            arguments: "[EVENT]",
            options: [.output, FormatChoice.notices.option, .riders, .transferDate, .changedOnly, .preview, .noBOM],
            positionals: 0...1,
            details: """
                Each export records what it told whom (--preview does not); --changed then gives only
                the passengers and drivers whose run, time or car differs from what they were told,
                and tells those whose transfer was cancelled.
                """,
            run: notices),
    ]

    static func list(_ a: ParsedArguments, _ kind: TransportListKind) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(try ExportCommands.eventName(a))
        let plan = try store.plan(event.id)
        let lang = try CLI.chosenLanguage(a) ?? plan.event.language
        let said = try CLI.language(a)
        let output = a[.output]
        let format = try ExportCommands.chosenFormat(a, .transport)
        let export = TransportExport(plan: plan, kind: kind, language: lang, day: try a.date(.transferDate))
        switch format {
        case .pdf:
            try Commands.refuseTerminal(for: output, a.usage(.printNeedsFile, "pdf"))
            let (bytes, notes) = export.lists.pdf(kind)
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
        case .csv:
            try ExportCommands.write(export.csv(byteOrderMark: !a.has(.noBOM)), a, said)
        default:
            try ExportCommands.write(export.text(), a, said)
        }
    }

    static func notices(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(try ExportCommands.eventName(a))
        let plan = try store.plan(event.id)
        let given = try CLI.chosenLanguage(a)
        let lang = given ?? plan.event.language
        let audience = try a.choice(
            .riders, ["passengers": TransportNotices.Audience.passengers, "drivers": .drivers, "all": .all]) ?? .all
        let day = try a.date(.transferDate)
        var notices = TransportNotices(plan: plan, to: audience, language: given, day: day)
        if a.has(.changedOnly) {
            // Cancellations of the other audience, or of other days, are not this export's to tell.
            let sent = try store.sentTransportNotices(event.id).filter { key, _ in
                let driver = key.hasPrefix("driver:")
                return audience == .all || (audience == .drivers) == driver
            }.filter { key, _ in
                // One day's notices cannot tell what another day lost: no cancellations then.
                day == nil || notices.notices.contains { $0.key == key }
            }
            notices = notices.changed(since: sent, plan: plan, language: given)
        }
        let said = try CLI.language(a)
        for h in notices.heldBack {
            printError(Sanitize.forTerminal(TransportNoticeWords.heldBack.text(said, h.name, h.message)))
        }
        if notices.notices.isEmpty {
            printError((a.has(.changedOnly) ? TransportNoticeWords.noneChanged : .noneAtAll).text(said))
        }
        switch try a.format(.notices) ?? .text {
        case .xlsx:
            guard let path = a[.output], path != "-" else { throw a.usage(.workbookNeedsFile) }
            try Commands.write(WorkbookWriter.workbook([notices.sheet(lang)], language: lang), to: path,
                               try CLI.language(a))
        case .csv:
            try Commands.write(TableExport.csv(notices.sheet(lang), byteOrderMark: !a.has(.noBOM)), to: a[.output])
        default:
            try Commands.write(notices.text(), to: a[.output])
        }
        if !a.has(.preview) { try store.recordTransportNotices(event.id, notices.record) }
    }
}
