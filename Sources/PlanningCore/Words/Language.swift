/// The two languages of the UI and messages.
public enum Language: String, CaseIterable, Sendable {
    case en, zh

    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`, as the C library decides: `zh_CN.UTF-8` gives Chinese.
    public static func from(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = environment[name], !v.isEmpty { return v.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }

    /// Chinese for a text with Han characters in it (a Chinese name, organisation or event),
    /// else English.
    public static func of(_ text: some StringProtocol) -> Language {
        text.unicodeScalars.contains(where: \.isHan) ? .zh : .en
    }
}

extension Unicode.Scalar {
    /// A Han character: the CJK unified ideographs and their extensions.
    public var isHan: Bool { (0x3400...0x9FFF).contains(value) || (0x20000...0x2FFFF).contains(value) }

    /// A letter of the Latin script: A–Z, a–z and the accented ones of Latin-1 and Latin
    /// Extended-A and -B (ü, ß, ł), not the signs among them (×, ÷).
    public var isLatinLetter: Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            || ((0xC0...0x24F).contains(value) && value != 0xD7 && value != 0xF7)
    }
}

// The vocabularies are their own phrasebooks: a kind, a role or a severity is the key of its words.

extension SessionKind: Phrasebook {
    public static let tables: [Language: [SessionKind: String]] = [
        .zh: [
            .openingCeremony: "开幕式", .keynote: "主旨演讲", .plenary: "全体会议", .subForum: "分论坛",
            .panel: "专题研讨",
            .roundTable: "圆桌对话", .workshop: "工作坊", .report: "成果报告", .signing: "签约仪式",
            .siteVisit: "参观考察",
            .meal: "用餐", .breakTime: "茶歇", .other: "其他",
        ],
        .en: [
            .openingCeremony: "opening ceremony", .keynote: "keynote", .plenary: "plenary", .subForum: "sub-forum",
            .panel: "panel", .roundTable: "round table", .workshop: "workshop", .report: "report", .signing: "signing",
            .siteVisit: "site visit", .meal: "meal", .breakTime: "break", .other: "other",
        ],
    ]

    public func label(_ lang: Language) -> String { text(lang) }
}

extension RoleKind: Phrasebook {
    public static let tables: [Language: [RoleKind: String]] = [
        // A person's part, never an institution's (主办 is the organising body); each word apart
        // from the others, as the role picker offers them side by side.
        .zh: [.speaker: "主讲", .chair: "主持", .moderator: "对话主持", .panelist: "对话嘉宾", .host: "主持人",
              .interpreter: "翻译", .guest: "出席嘉宾"],
        .en: [.speaker: "speaker", .chair: "chair", .moderator: "moderator", .panelist: "panelist", .host: "host",
              .interpreter: "interpreter", .guest: "guest on the rostrum"],
    ]

    public func label(_ lang: Language) -> String { text(lang) }
}

extension VehicleKind: Phrasebook {
    /// What the car company calls them; the one name the lists, reports, forms and imports print.
    public static let tables: [Language: [VehicleKind: String]] = [
        .zh: [.car: "轿车", .van: "商务车", .minibus: "中巴", .coach: "大巴"],
        .en: [.car: "car", .van: "van", .minibus: "minibus", .coach: "coach"],
    ]

    public func label(_ lang: Language) -> String { text(lang) }
}

extension RoomType: Phrasebook {
    /// What hotels and the 回执 call them; the one name lists, forms and imports print.
    public static let tables: [Language: [RoomType: String]] = [
        .zh: [.single: "单间", .twin: "标间", .suite: "套房"],
        .en: [.single: "single", .twin: "twin", .suite: "suite"],
    ]
}

extension StayNeed: Phrasebook {
    public static let tables: [Language: [StayNeed: String]] = [
        .zh: [.noRoom: "不住", .single: "单住", .shared: "合住", .companion: "随行"],
        .en: [.noRoom: "no room", .single: "single", .shared: "shared", .companion: "companion"],
    ]
}

extension UnassignedGuest.Reason: Phrasebook {
    /// Why a guest has no room, as `rooms assign` lists them (`%1`: the night).
    public static let tables: [Language: [UnassignedGuest.Reason: String]] = [
        .zh: [.full: "%1 当晚合适的房间已满", .noRoomsThatNight: "%1 当晚没有酒店预留房间",
              .noGender: "合住需要性别，名单上没有", .notGiven: "%1 起还没有分房",
              .roommateElsewhere: "合住人%2已住%3，未在本酒店分房，以免拆开"],
        .en: [.full: "every fitting room is taken on the night of %1",
              .noRoomsThatNight: "no hotel holds rooms on the night of %1",
              .noGender: "a shared room needs their gender, which is not known",
              .notGiven: "no room given yet from the night of %1",
              .roommateElsewhere: "their roommate %2 sleeps at %3: no room here, so as not to split them"],
    ]
}

extension TravelMode: Phrasebook {
    /// How a guest travels, when no train or flight number names it: the one name the findings
    /// (`… arrives by car at …`) and the Transport pane print.
    public static let tables: [Language: [TravelMode: String]] = [
        .zh: [.flight: "航班", .train: "火车", .car: "自驾", .selfArranged: "自行前往"],
        .en: [.flight: "flight", .train: "train", .car: "car", .selfArranged: "own transport"],
    ]

    public func label(_ lang: Language) -> String { text(lang) }
}

extension Severity: Phrasebook {
    /// One finding's severity; counts of them are `Plural`s of the books that print them.
    public static let tables: [Language: [Severity: String]] = [
        .zh: [.error: "错误", .warning: "警告", .info: "提示"],
        .en: [.error: "error", .warning: "warning", .info: "info"],
    ]

    public func label(_ lang: Language) -> String { text(lang) }
}
