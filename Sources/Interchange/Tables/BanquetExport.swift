import PlanningCore
import Print
import Workbook

/// What `export hall-plan|table-charts|table-signs|place-cards|seating-list|kitchen` write for
/// one meal: the lists of `BanquetLists` as text, the lists also as CSV and a workbook, the
/// prints as PDF.
public struct BanquetExport {
    public enum Kind: String, CaseIterable, Sendable {
        /// 桌次图: the tables as they stand in the hall, the head table marked.
        case hallPlan = "hall-plan"
        /// 座次表: each table's seats by number, host and guests.
        case tableCharts = "table-charts"
        /// 座位查询: name → table, for the door.
        case seatingList = "seating-list"
        /// 后厨用餐单: counts per table and dietary need, no names.
        case kitchen
        /// 桌签: a table's number, large, for its stand.
        case tableSigns = "table-signs"
        /// 座签: a folded card for each seated guest.
        case placeCards = "place-cards"

        /// `桌次图`, `Kitchen sheet`: what the UI's export dialog calls it.
        public var title: BanquetExportWords {
            switch self {
            case .hallPlan: .titleHallPlan
            case .tableCharts: .titleTableCharts
            case .seatingList: .titleSeatingList
            case .kitchen: .titleKitchen
            case .tableSigns: .titleTableSigns
            case .placeCards: .titlePlaceCards
            }
        }

        /// What each gives besides text: the lists are sheets, the rest pictures to print.
        public var hasSheet: Bool { self == .kitchen || self == .seatingList }
        public var hasPDF: Bool { self != .kitchen }
    }

    public let lists: BanquetLists
    public let kind: Kind

    public init(plan: EventPlan, meal: Session, kind: Kind, language: Language) {
        lists = BanquetLists(plan: plan, meal: meal, language: language)
        self.kind = kind
    }

    /// The kitchen's sheet; the door's list otherwise (the other kinds have none: `Kind.hasSheet`).
    public var sheet: TableSheet { kind == .kitchen ? lists.kitchenSheet() : lists.seatingSheet() }

    public func csv(byteOrderMark: Bool = true) -> String { sheet.csv(byteOrderMark: byteOrderMark) }

    public func workbook() -> [UInt8] { WorkbookWriter.workbook([sheet], language: lists.language) }

    /// The print of each kind but the kitchen's (which gets the hall plan's: `Kind.hasPDF`).
    public func pdf() -> (bytes: [UInt8], notes: PrintNotes) {
        switch kind {
        case .hallPlan, .kitchen: lists.hallPDF()
        case .tableCharts: lists.chartsPDF()
        case .tableSigns: lists.signsPDF()
        case .placeCards: lists.placeCardsPDF()
        case .seatingList: lists.seatingPDF()
        }
    }

    public func text() -> String {
        switch kind {
        case .hallPlan: return lists.hallText()
        case .tableCharts: return lists.chartsText()
        case .kitchen: return lists.kitchenText()
        case .tableSigns:
            // What the signs say, a table a line: to check before printing.
            let lang = lists.language
            if lists.order.isEmpty {
                return BanquetWords.signsTitle.text(lang, lists.mealTitle) + "\n\n" + BanquetWords.noTables.text(lang)
                    + "\n"
            }
            return ([BanquetWords.signsTitle.text(lang, lists.mealTitle), ""] + lists.order.map { n in
                let t = lists.tables.table(n)
                return ([lists.tableName(n), n == lists.tables.headTable ? BanquetWords.headTableWord.text(lang) : "",
                         t?.halal == true ? BanquetWords.halalWord.text(lang) : ""].filter { !$0.isEmpty })
                    .joined(separator: " · ")
            }).map(Sanitize.forTerminal).joined(separator: "\n") + "\n"
        case .placeCards:
            let lang = lists.language
            let cards = lists.order.flatMap { lists.seated(at: $0) }.compactMap { s in
                lists.person(s.person).map { p in
                    [p.name, p.organisation, BanquetWords.placeLine.text(lang, lists.tableName(s.table), s.seat)]
                        .filter { !$0.isEmpty }.map(Sanitize.forTerminal).joined(separator: "\n")
                }
            }
            let shown = cards.isEmpty ? [BanquetExportWords.nobodySeated.text(lang)] : cards
            return ([BanquetWords.placeCardsTitle.text(lang, lists.mealTitle)] + shown).joined(separator: "\n\n")
                + "\n"
        case .seatingList:
            let lang = lists.language
            var out = [BanquetWords.listTitle.text(lang, lists.mealTitle)]
            let rows = lists.seatingList
            if rows.isEmpty {
                return (out + ["", BanquetExportWords.nobodySeated.text(lang)]).joined(separator: "\n") + "\n"
            }
            out.append("")
            out += BanquetLists.columns([BanquetWords.listHeader.columns(lang)] + rows.map { p, s in
                [p.name, p.organisation, lists.tableName(s.table), String(s.seat)].map(Sanitize.forTerminal)
            })
            return out.joined(separator: "\n") + "\n"
        }
    }
}

/// `您的座位：3 号桌`: a message to each seated guest with the meal, its time and their table.
public struct BanquetNotices {
    public struct Notice: Sendable, Equatable {
        public var name: String
        public var phone: String
        public var email: String
        public var language: Language
        public var message: String
    }

    public let notices: [Notice]

    /// `language`, when staff give one, is every message's; else each guest's own.
    public init(plan: EventPlan, meal: Session, language: Language? = nil) {
        let lists = [Language.zh: BanquetLists(plan: plan, meal: meal, language: .zh),
                     .en: BanquetLists(plan: plan, meal: meal, language: .en)]
        notices = lists[.zh]!.seatingList.map { p, s in
            let lang = language ?? Notices.language(of: p)
            let l = lists[lang]!
            let message = BanquetExportWords.notice.text(lang, p.name, l.mealTitle, l.tableName(s.table), s.seat)
            return Notice(name: p.name, phone: p.phone, email: p.email, language: lang, message: message)
        }
    }

    /// One block per notice, headed by who and how to reach them, for copying into messages.
    public func text() -> String {
        Notices.blocks(notices.map { ([$0.name, $0.phone, $0.email], $0.message) })
    }

    /// Phone, e-mail, name and the message: for an SMS gateway, as the programme's notices.
    public func sheet(_ lang: Language) -> TableSheet {
        TableSheet(name: BanquetExportWords.noticeSheet.text(lang),
                   header: NoticeWords.header.text(lang).split(separator: "\t").map(String.init),
                   rows: notices.map { n in [n.phone, n.email, n.name, n.message].map(TableCell.text) })
    }
}

public enum BanquetExportWords: String, Phrasebook {
    case nobodySeated, notice, noticeSheet, noneSeated
    case titleHallPlan, titleTableCharts, titleSeatingList, titleKitchen, titleTableSigns, titlePlaceCards

    public static let tables: [Language: [BanquetExportWords: String]] = [
        .en: [
            .nobodySeated: "(nobody seated yet)",
            .notice: "Dear %1, %2: your seat is at %3, seat %4.", .noticeSheet: "Seating notices",
            .noneSeated: "nobody is seated at this meal yet: no notices",
            .titleHallPlan: "Hall plan", .titleTableCharts: "Seat charts", .titleSeatingList: "Seating list (door)",
            .titleKitchen: "Kitchen sheet", .titleTableSigns: "Table-number signs", .titlePlaceCards: "Place cards",
        ],
        .zh: [
            .nobodySeated: "（还没有排座）",
            .notice: "%1您好：%2，您的座位：%3（%4 号座）。", .noticeSheet: "座位通知",
            .noneSeated: "本场用餐还没有排座，没有可发的通知",
            .titleHallPlan: "桌次图", .titleTableCharts: "座次表", .titleSeatingList: "座位查询（门口）",
            .titleKitchen: "后厨用餐单", .titleTableSigns: "桌号牌", .titlePlaceCards: "座签",
        ],
    ]
}
