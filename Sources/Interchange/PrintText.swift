import PlanningCore

/// The words on what the office prints: badges, table cards, sign-in sheets.
public enum PrintText: String, Phrasebook {
    case badges, tableCards, signIn, everyone, badgeNumber, checkIn, page, badgeHeader, signInHeader, place
    case signInTitle, none

    public static let tables: [Language: [PrintText: String]] = [
        .en: [
            .badges: "Badges", .tableCards: "Table cards", .signIn: "Sign-in sheet", .everyone: "All participants",
            .badgeNumber: "No. %1", .checkIn: "Check-in %1", .page: "Page %1 of %2",
            .badgeHeader: "badge\tcategory\tname\torganisation\ttitle\tevent\tdates\tcheck-in code",
            .signInHeader: "no.\tname\torganisation\ttitle\tphone (last 4)\tsignature",
            .place: "Row %1 · seat %2 from the left (%3) · No. %4", .signInTitle: "%1 · sign-in sheet · %2",
            .none: "(nobody on this list)",
        ],
        .zh: [
            .badges: "参会证", .tableCards: "桌签", .signIn: "签到表", .everyone: "全体参会人员",
            .badgeNumber: "编号 %1", .checkIn: "签到码 %1", .page: "第 %1 页 / 共 %2 页",
            .badgeHeader: "编号\t类别\t姓名\t单位\t职务\t会议\t日期\t签到码",
            .signInHeader: "序号\t姓名\t单位\t职务\t手机尾号\t签名",
            .place: "第 %1 排 · %3从左数第 %2 座 · 位次 %4", .signInTitle: "%1 · 签到表 · %2",
            .none: "（名单为空）",
        ],
    ]

    func columns(_ lang: Language) -> [String] { text(lang).split(separator: "\t").map(String.init) }
}

/// What the office prints, by name: the command line's `export table-cards|badges|sign-in`
/// and the UI's export list go through here.
public enum PrintKind: String, CaseIterable, Sendable {
    case tableCards = "table-cards", badges, signIn = "sign-in"

    public enum Format: String, CaseIterable, Sendable { case pdf, xlsx, csv, text }

    public var title: PrintText {
        switch self {
        case .tableCards: .tableCards
        case .badges: .badges
        case .signIn: .signIn
        }
    }
}
