// The codes confplan stores and scripts rely on, and the words people read for them: a code is
// never shown on screen or in a spreadsheet, only in the JSON formats and where `--codes` asks.

extension FindingCode: Phrasebook {
    public static let tables: [Language: [FindingCode: String]] = [
        .zh: [
            .roomOverlap: "会场冲突", .personOverlap: "人员冲突", .travelTime: "路程不够",
            .roomUnavailable: "会场不可用",
            .personUnavailable: "本人不能到场", .outsideEvent: "不在会期内", .overCapacity: "座位不够",
            .attendeeClash: "报名冲突",
            .missingFeature: "缺少设施", .parallelToPlenary: "与全体会议同时",
            .duringHeldTime: "占用用餐茶歇",
            .invalidTime: "时间有误",
            .unplaced: "未排定",
            .missingRole: "缺主讲或主持", .nonexistentTime: "时间不存在", .ambiguousTime: "时间有歧义",
            .lateArrival: "到达太晚", .earlyDeparture: "离会太早", .runOverSeats: "车辆超载",
            .vehicleDoubleBooked: "车辆重复安排", .runBeforeArrival: "发车早于到达", .longWait: "候车太久",
            .noTransport: "未安排接送", .visitShortOfSeats: "参观车座位不够", .wrongHub: "车次不在其站点",
            .vehicleUnavailable: "车辆不在可用时间", .escortDoubleBooked: "陪同重复安排",
            .passengerNotComing: "已取消仍在车上", .runWithoutVehicle: "车次未派车", .emptyRun: "空车次",
            .tableOverSeats: "桌位超员", .seatedTwice: "重复排座", .halalAtPlainTable: "清真未入清真桌",
            .vipBelowJunior: "贵宾桌次偏后", .noInterpreterAtTable: "外宾桌无翻译", .unseatedGuest: "未排座位",
            .seatedNotSignedUp: "排座但未报名", .tableWithoutHost: "桌无主人",
            .tripOutsideEvent: "行程日期存疑",
            .roomsOverbooked: "房间超订", .mixedGenderRoom: "异性合住", .roomNotHeld: "房间未预留",
            .guestInTwoRooms: "一晚两间房",
            .nightsUncovered: "住宿缺晚", .roomBeyondStay: "房间多订",
            .roomBelowLevel: "房型低于规格", .roommateNotHonoured: "合住要求未满足",
            .hotelTooFar: "酒店太远", .cancelledHoldsRoom: "取消仍占房", .companionApart: "随行不同酒店",
        ],
        .en: [
            .roomOverlap: "room double-booked", .personOverlap: "person in two places",
            .travelTime: "too little travel time",
            .roomUnavailable: "room unavailable", .personUnavailable: "person unavailable",
            .outsideEvent: "outside the event",
            .overCapacity: "over capacity", .attendeeClash: "sign-up clash", .missingFeature: "missing equipment",
            .parallelToPlenary: "parallel to a plenary", .duringHeldTime: "during a meal or break",
            .invalidTime: "impossible time", .unplaced: "not placed",
            .missingRole: "no speaker or chair", .nonexistentTime: "time that does not exist",
            .ambiguousTime: "time that happens twice",
            .lateArrival: "arrives too late", .earlyDeparture: "leaves too early", .runOverSeats: "run over its seats",
            .vehicleDoubleBooked: "vehicle double-booked", .runBeforeArrival: "run before arrival",
            .longWait: "long wait", .noTransport: "no transport", .visitShortOfSeats: "visit short of seats",
            .wrongHub: "run from another station",
            .vehicleUnavailable: "vehicle not available", .escortDoubleBooked: "escort in two runs",
            .passengerNotComing: "cancelled guest in a run", .runWithoutVehicle: "run without a vehicle",
            .emptyRun: "run with nobody",
            .tableOverSeats: "table over its seats", .seatedTwice: "seated twice",
            .halalAtPlainTable: "halal at a plain table", .vipBelowJunior: "VIP below a junior",
            .noInterpreterAtTable: "no interpreter at table", .unseatedGuest: "guest without a seat",
            .seatedNotSignedUp: "seated but not a guest", .tableWithoutHost: "table without a host",
            .tripOutsideEvent: "journey date far off",
            .roomsOverbooked: "rooms overbooked", .mixedGenderRoom: "mixed-gender room", .roomNotHeld: "room not held",
            .guestInTwoRooms: "two rooms one night", .nightsUncovered: "nights without a room",
            .roomBeyondStay: "room beyond the stay",
            .roomBelowLevel: "room below level", .roommateNotHonoured: "roommate not honoured",
            .hotelTooFar: "hotel too far", .cancelledHoldsRoom: "cancelled guest holds a room",
            .companionApart: "companion at another hotel",
        ],
    ]
}

extension OrgType: Phrasebook {
    public static let tables: [Language: [OrgType: String]] = [
        .zh: [
            .college: "院校", .enterprise: "企业", .government: "政府部门", .research: "研究机构",
            .other: "其他",
        ],
        .en: [.college: "college", .enterprise: "company", .government: "government", .research: "research institute",
              .other: "other"],
    ]
}

extension SessionStatus: Phrasebook {
    /// A session's status; 已确认 is kept for acknowledged findings, so a session is 已确定.
    public static let tables: [Language: [SessionStatus: String]] = [
        .zh: [.draft: "待定", .confirmed: "已确定"],
        .en: [.draft: "draft", .confirmed: "confirmed"],
    ]
}

/// The registration categories confplan knows; any other is kept as the registration list wrote it.
public enum RegistrationCategory: String, Phrasebook {
    case delegate, guest, enterpriseDelegate = "enterprise-delegate", press, staff

    public static let tables: [Language: [RegistrationCategory: String]] = [
        .zh: [
            .delegate: "代表", .guest: "嘉宾", .enterpriseDelegate: "企业代表", .press: "媒体",
            .staff: "工作人员",
        ],
        .en: [
            .delegate: "delegate", .guest: "guest", .enterpriseDelegate: "company delegate", .press: "press",
            .staff: "staff",
        ],
    ]

    /// A stored category in words: a known code as its word, anything else as written.
    public static func words(_ stored: String, _ lang: Language) -> String {
        RegistrationCategory(rawValue: stored)?.text(lang) ?? stored
    }
}

/// A session's languages by their ISO 639-1 codes, as people name them.
public enum LanguageName: String, Phrasebook {
    case zh, en, de, fr, ru, ja, ko, es, ar, th, vi, id, kk, uz, pt

    public static let tables: [Language: [LanguageName: String]] = [
        .zh: [
            .zh: "中文", .en: "英语", .de: "德语", .fr: "法语", .ru: "俄语", .ja: "日语", .ko: "韩语",
            .es: "西班牙语",
            .ar: "阿拉伯语", .th: "泰语", .vi: "越南语", .id: "印尼语", .kk: "哈萨克语",
            .uz: "乌兹别克语",
            .pt: "葡萄牙语",
        ],
        .en: [
            .zh: "Chinese", .en: "English", .de: "German", .fr: "French", .ru: "Russian", .ja: "Japanese",
            .ko: "Korean",
            .es: "Spanish", .ar: "Arabic", .th: "Thai", .vi: "Vietnamese", .id: "Indonesian", .kk: "Kazakh",
            .uz: "Uzbek",
            .pt: "Portuguese",
        ],
    ]

    /// The code of a language as staff write it in a form or a registration list: a code (`de`,
    /// `zh-CN`, as BCP 47 writes them), or a word of either language (`德语`, `英文`, `German`);
    /// nil for anything else.
    public static func code(of text: String) -> String? {
        let t = String(text.trimmingSpaces).lowercased()
        if let l = LanguageName(rawValue: t) { return l.rawValue }
        for (_, words) in tables {
            if let hit = words.first(where: { $0.value.lowercased() == t }) { return hit.key.rawValue }
        }
        if let l = otherWords[t] { return l.rawValue }
        // Another language's code (`nl`, `zh-hant`): letters, then subtags.
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        let letters = { (c: Character) in c.isASCII && c.isLetter }
        let alphanumeric = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber) }
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(letters),
              parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy(alphanumeric) })
        else { return nil }
        return t
    }

    /// Words registration forms use beside the tables' own.
    static let otherWords: [String: LanguageName] = [
        "英文": .en, "汉语": .zh, "普通话": .zh, "中文简体": .zh, "简体中文": .zh, "德文": .de, "法文": .fr,
        "俄文": .ru, "日文": .ja, "韩文": .ko, "西班牙文": .es, "葡萄牙文": .pt, "deutsch": .de, "français": .fr,
        "español": .es, "mandarin": .zh,
    ]

    /// A session's language codes in words, `中文/德语`; an unknown code stays as it is.
    public static func words(_ codes: [String], _ lang: Language, separator: String = "/") -> String {
        codes.map { LanguageName(rawValue: $0.lowercased())?.text(lang) ?? $0 }.joined(separator: separator)
    }
}

extension PersonField: Phrasebook {
    public static let tables: [Language: [PersonField: String]] = [
        .zh: [.name: "姓名", .organisation: "单位", .title: "职务", .phone: "手机", .email: "邮箱",
              .category: "参会类别", .province: "省份", .city: "城市", .gender: "性别", .notes: "备注"],
        .en: [.name: "name", .organisation: "organisation", .title: "title", .phone: "phone", .email: "e-mail",
              .category: "category", .province: "province", .city: "city", .gender: "gender", .notes: "notes"],
    ]
}

extension PossiblePair.Why: Phrasebook {
    public static let tables: [Language: [PossiblePair.Why: String]] = [
        .zh: [
            .sameNameAndOrganisation: "姓名和单位相同", .samePhone: "同一手机号",
            .sameEmail: "同一邮箱",
        ],
        .en: [.sameNameAndOrganisation: "same name and organisation", .samePhone: "one phone",
              .sameEmail: "one e-mail"],
    ]
}
