import PlanningCore
import Workbook

/// The words on what the office prints: badges, table cards, sign-in sheets.
public enum PrintWords: String, Phrasebook, Sendable {
    case badges, tableCards, signIn, everyone, badgeNumber, checkIn, page, badgeHeader, signInHeader, place
    case signInTitle, none, name, organisation, title, missingGlyph, tooLong, cutInText

    public static let tables: [Language: [PrintWords: String]] = [
        .en: [
            .badges: "Badges", .tableCards: "Table cards", .signIn: "Sign-in sheet", .everyone: "All participants",
            .badgeNumber: "No. %1", .checkIn: "Check-in %1", .page: "Page %1 of %2",
            .badgeHeader: "badge\tcategory\tname\torganisation\ttitle\tevent\tdates\tcheck-in code",
            .signInHeader: "no.\tname\torganisation\ttitle\tphone (last 4)\tsignature",
            .place: "Row %1 · seat %2 from the left (%3) · No. %4", .signInTitle: "%1 · sign-in sheet · %2",
            .none: "(nobody on this list)", .name: "name", .organisation: "organisation", .title: "title",
            .missingGlyph: "\"%1\": no installed font has the character \"%2\" (U+%3)",
            .tooLong: "%1: the %2 does not fit even at %3 pt; printed as \"%4\" (give a shorter form)",
            .cutInText: "%1: the %2 is wider than the text sheet's %3 columns; printed as \"%4\" (give a shorter form)",
        ],
        .zh: [
            .badges: "参会证", .tableCards: "桌签", .signIn: "签到表", .everyone: "全体参会人员",
            .badgeNumber: "编号 %1", .checkIn: "签到码 %1", .page: "第 %1 页 / 共 %2 页",
            .badgeHeader: "编号\t类别\t姓名\t单位\t职务\t会议\t日期\t签到码",
            .signInHeader: "序号\t姓名\t单位\t职务\t手机尾号\t签名",
            .place: "第 %1 排 · %3从左数第 %2 座 · 位次 %4", .signInTitle: "%1 · 签到表 · %2",
            .none: "（名单为空）", .name: "姓名", .organisation: "单位", .title: "职务",
            .missingGlyph: "“%1”：已安装的字体都没有“%2”这个字（U+%3）",
            .tooLong: "%1：%2缩到 %3 磅仍放不下，印成了“%4”（请给一个简短写法）",
            .cutInText: "%1：%2超出文本签到表的 %3 列宽，印成了“%4”（请给一个简短写法）",
        ],
    ]

    func columns(_ lang: Language) -> [String] { text(lang).split(separator: "\t").map(String.init) }
}

/// What the office prints, by name: the command line's `export table-cards|badges|sign-in`
/// and the UI's export list go through here.
public enum PrintKind: String, CaseIterable, Sendable {
    case tableCards = "table-cards", badges, signIn = "sign-in"

    public enum Format: String, CaseIterable, Sendable { case pdf, xlsx, csv, text }

    public var title: PrintWords {
        switch self {
        case .tableCards: .tableCards
        case .badges: .badges
        case .signIn: .signIn
        }
    }
}

/// One printout asked for, made into the bytes of its file: what the command line and the UI's
/// export dialog both call.
public struct PrintJob {
    public var kind: PrintKind
    public var format: PrintKind.Format
    public var language: Language
    public var session: ID<Session>?
    public var category: String?
    public var order = PrintLists.Order.pinyin
    public var view = SeatingView.audience
    /// CSV with the byte-order mark Excel needs to read it as UTF-8.
    public var byteOrderMark = true

    public init(_ kind: PrintKind, _ format: PrintKind.Format, language: Language, session: ID<Session>? = nil,
                category: String? = nil) {
        self.kind = kind
        self.format = format
        self.language = language
        self.session = session
        self.category = category
    }

    /// Prints characters no font has as boxes rather than failing (`--allow-missing-glyphs`).
    public var allowMissingGlyphs = false

    public func bytes(_ plan: EventPlan) throws(PrintFailure) -> [UInt8] { try printed(plan).bytes }

    /// The file's bytes, and for a PDF what did not fit (`PrintNotes.tooLong`): a warning, since
    /// the printout is still usable. Characters no font has fail the job, naming whose they are,
    /// unless `allowMissingGlyphs`; the notes then list them too.
    public func printed(_ plan: EventPlan) throws(PrintFailure) -> (bytes: [UInt8], notes: PrintNotes) {
        let lists = PrintLists(plan: plan, language: language)
        let found = session.flatMap { id in plan.sessions.first { $0.id == id } }
        let sheet: TableSheet, text: () -> String, pdf: () -> (bytes: [UInt8], notes: PrintNotes)
        var signInSheet: (text: String, notes: PrintNotes)?
        switch kind {
        case .tableCards:
            guard let found else { throw .needsSession }
            let chart = SeatingChart(found, in: plan, view: view, language: language)
            guard !chart.people.isEmpty else { throw .nobodyOnRostrum(found.title) }
            // A category's cards (the guests' again, after their titles changed) in their seats'
            // order among the rostrum's; a category the event has not is an error, as for badges.
            let only = try category.map { category throws(PrintFailure) in
                Set(try lists.entries(category: category).map(\.person.id))
            }
            var cards = TableCardPrint(chart: chart, only: only)
            if let category, cards.cards.isEmpty { throw .nobodyOfCategoryOnRostrum(found.title, category) }
            cards.date = PrintCanvas.date(of: plan.event)
            (sheet, text, pdf) = (cards.sheet(), cards.text, cards.pdf)
        case .badges:
            let badges = BadgePrint(lists: lists, entries: try lists.entries(session: session, category: category))
            (sheet, text, pdf) = (badges.sheet(), badges.text, badges.pdf)
        case .signIn:
            let chosen = PrintLists.sorted(try lists.entries(session: session, category: category), by: order)
            let subject = found?.title ?? category ?? PrintWords.everyone.text(language)
            let signIn = SignInPrint(lists: lists, entries: chosen, subject: subject, session: found)
            (sheet, text, pdf) = (signIn.sheet(), { signIn.text() }, signIn.pdf)
            if format == .text { signInSheet = signIn.textSheet() }
        }
        switch format {
        case .pdf:
            let made = pdf()
            if !made.notes.missing.isEmpty && !allowMissingGlyphs { throw .missingGlyphs(made.notes) }
            return made
        case .xlsx: return (WorkbookWriter.workbook([sheet], language: language), PrintNotes())
        case .csv: return (Array(sheet.csv(byteOrderMark: byteOrderMark).utf8), PrintNotes())
        case .text:
            // A text sign-in sheet says whose names it cut, as a PDF says what it could not fit.
            if kind == .signIn, let signIn = signInSheet { return (Array(signIn.text.utf8), signIn.notes) }
            return (Array(text().utf8), PrintNotes())
        }
    }

    /// The file name's ending for the format.
    public var fileExtension: String { format == .text ? "txt" : format.rawValue }
}
