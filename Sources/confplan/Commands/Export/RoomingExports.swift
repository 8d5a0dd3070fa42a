import Print
import Workbook
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let roomingHotel = Option("--hotel", value: "H", help: "only this hotel (its name or key)")
}

extension FormatChoice {
    static let rooming = FormatChoice(
        [.text, .csv, .xlsx, .pdf], help: "output form (default: from the file's name, else text)")
    static let roomNights = FormatChoice(
        [.text, .csv, .xlsx], help: "output form (default: from the file's name, else text)")
}

/// `export rooming` (分房表), `export room-nights` (间夜, for the hotel's contract) and
/// `export rooming-notices`. The room-nights are an export of their own rather than a section of
/// the 分房表: the front desk and the contract go to different people.
enum RoomingExports {
    static let subcommands: [Command] = [
        Command(
            name: "export rooming", summary: "分房表: each hotel's guests by room, for its front desk",
            arguments: "[EVENT]",
            options: [.output, FormatChoice.rooming.option, .roomingHotel, .allowMissingGlyphs, .noBOM],
            positionals: 0...1,
            details: """
                A row per guest and room: room, type, name, gender, nights, phone; sorted by room.
                A workbook has a sheet per hotel, a PDF a page per hotel. The file holds phone
                numbers: it is created readable by its owner only.
                """,
            run: { try list($0, .rooming) }),
        Command(
            name: "export room-nights", summary: "间夜: rooms used/held per night, hotel and room type",
            arguments: "[EVENT]", options: [.output, FormatChoice.roomNights.option, .roomingHotel, .noBOM],
            positionals: 0...1, run: { try list($0, .roomNights) }),
        Command(
            name: "export rooming-notices", summary: "messages telling each guest their hotel, room and nights",
            arguments: "[EVENT]",
            options: [.output, FormatChoice.notices.option, .roomingHotel, .changedOnly, .preview, .noBOM],
            positionals: 0...1,
            details: """
                Each export records what it told whom (--preview does not); --changed then gives only
                the guests whose room or nights differ from what they were told, and tells those
                whose room was taken back.
                """,
            run: notices),
    ]

    /// The hotel `--hotel` names (a site with a room block, by key or name); nil when not given.
    static func hotel(_ a: ParsedArguments, _ plan: EventPlan) throws -> ID<Site>? {
        guard let given = a[.roomingHotel] else { return nil }
        if let h = plan.hotel(named: given) { return h }
        throw UserError(.noHotelToList, given, plan.hotelsWithBlocks.map(\.name).joined(separator: ", "))
    }

    static func list(_ a: ParsedArguments, _ kind: RoomingExport.Kind) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(try ExportCommands.eventName(a))
        let plan = try store.plan(event.id)
        let lang = try CLI.chosenLanguage(a) ?? plan.event.language
        let said = try CLI.language(a)
        let choice: FormatChoice = kind == .rooming ? .rooming : .roomNights
        let output = a[.output]
        let format = try ExportCommands.chosenFormat(a, choice)
        let export = RoomingExport(plan: plan, kind: kind, language: lang, hotel: try hotel(a, plan))
        switch format {
        case .pdf:
            try Commands.refuseTerminal(for: output, a.usage(.printNeedsFile, "pdf"))
            let (bytes, notes) = export.lists.pdf()
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
        let hotel = try hotel(a, plan)
        var notices = RoomingNotices(plan: plan, language: given, hotel: hotel)
        if a.has(.changedOnly) {
            var sent = try store.sentRoomingNotices(event.id)
            // One hotel's notices cannot tell what another hotel's guests lost: no cancellations then.
            if hotel != nil { sent = sent.filter { key, _ in notices.notices.contains { $0.key == key } } }
            notices = notices.changed(since: sent, plan: plan, language: given)
        }
        if notices.notices.isEmpty {
            let said = try CLI.language(a)
            printError((a.has(.changedOnly) ? RoomingNoticeWords.noneChanged : .noneAtAll).text(said))
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
        if !a.has(.preview) { try store.recordRoomingNotices(event.id, notices.record) }
    }
}
