import PlanningCore

/// The words of what confplan writes: the programme and its variants, the CSV tables, the
/// `check` report, the import report and the change list. A CSV header is one entry, its
/// column names separated by tabs.
public enum ExportWords: String, Phrasebook {
    case labelSeparator, listSeparator, clauseSeparator, icalLanguage
    // programme
    case roomAtSite, personalProgramme, programme, programmeOfTrack, markLegend, unscheduled, parallelOne, parallelOther
    case languageLine, interpreted, seats, outsideEvent
    case roleSpeakerOne, roleSpeakerOther, roleChairOne, roleChairOther, roleModeratorOne, roleModeratorOther
    case rolePanelistOne, rolePanelistOther, roleHostOne, roleHostOther, roleInterpreterOne, roleInterpreterOther
    case roleGuestOne, roleGuestOther, roleAddressOne, roleAddressOther
    // CSV headers
    case headerSessions, headerPeople, headerAttendees, headerSignups
    case yes, no
    case releaseNow, releaseDiffHeading, releaseChange, releaseStamp, releaseDraftOne, releaseDraftOther
    case sheetSessions, sheetPeople, sheetAttendees, sheetSignups, sheetProgramme
    // check
    case errorsHeading, warningsHeading, infoHeading, acknowledgedHeading, acknowledgedBy, noConflicts
    case summaryErrorOne, summaryErrorOther, summaryWarningOne, summaryWarningOther, summaryInfo, summaryAcknowledged
    // change list
    case changesSince, nothingChanged, changeMoved, changeRenamed, changePeople, changeAdded, changeRemoved
    case rolesAdded, rolesNoLonger, rolesChanged
    // import report
    case readAsLatin, looksLatin
    case withBOM, readAs, readSheetAs, columns, columnNumber, unknownColumn, keptInNotes, mapHint, comma, semicolon, tab
    case fieldPhone, fieldEmail, onLine, alreadyInEvent, alreadyInEventWith, lineOnly
    case sharedContact, possibleDuplicate, mergedDuplicate, samePhone, sameEmail, sameNameAndOrganisation, mergedContact
    case countNew, countUpdated, countMerged, countUnchanged, countRejected, dietCounts
    case noName, phoneScientific, emailInvalid, unknownSubForum, ambiguousSubForum, languageUnknown
    case onlyContactNotImported, importedWithout

    public static let tables: [Language: [ExportWords: String]] = [.en: en, .zh: zh]

    static let en: [ExportWords: String] = [
        .labelSeparator: ": ", .listSeparator: "; ", .clauseSeparator: "; ", .icalLanguage: "EN",
        .roomAtSite: "%1 (%2)", .personalProgramme: "Personal programme: %1", .programme: "Programme",
        .programmeOfTrack: "Programme (%1)",
        .markLegend: "[!] this session still has an open clash (see confplan check)",
        .unscheduled: "Not yet scheduled", .parallelOne: "%1 session in parallel",
        .parallelOther: "%1 sessions in parallel",
        .languageLine: "Language: %1", .interpreted: " (simultaneous interpretation)", .seats: "%1 seats",
        .outsideEvent: "%1 (outside the event's days)",
        .roleSpeakerOne: "Speaker", .roleSpeakerOther: "Speakers", .roleChairOne: "Chair", .roleChairOther: "Chairs",
        .roleModeratorOne: "Moderator", .roleModeratorOther: "Moderators", .rolePanelistOne: "Panelist",
        .rolePanelistOther: "Panelists", .roleHostOne: "Host", .roleHostOther: "Hosts",
        .roleInterpreterOne: "Interpreter",
        .roleInterpreterOther: "Interpreters", .roleGuestOne: "On the rostrum", .roleGuestOther: "On the rostrum",
        .roleAddressOne: "Speaker", .roleAddressOther: "Speakers",
        .headerSessions: "key\ttitle\tkind\ttrack\tday\tstart\tend\troom\tsite\tseats\tsignups"
            + "\tspeakers\tchairs\tlanguages\tstatus\tfixed",
        .yes: "yes", .no: "no",
        .releaseStamp: "%1 · published %2", .releaseDraftOne: "Draft (1 change since %2)",
        .releaseDraftOther: "Draft (%1 changes since %2)", .releaseNow: "now",
        .releaseDiffHeading: "Changes from %1 to %2: %3", .releaseChange: "%1: %2",
        .headerPeople: "key\tname\torganisation\ttitle\tphone\temail\tvip\troles",
        .sheetSessions: "Sessions", .sheetPeople: "Speakers", .sheetAttendees: "Attendees", .sheetSignups: "Sign-ups",
        .sheetProgramme: "Programme",
        .headerAttendees: "key\tname\torganisation\ttitle\tphone\temail\tcategory\tprovince\tcity\tgender"
            + "\tsub-forums\tnotes",
        .headerSignups: "person\tname\torganisation\tsession\ttitle\tday\tstart\troom",
        .errorsHeading: "errors (%1)", .warningsHeading: "warnings (%1)", .infoHeading: "info (%1)",
        .acknowledgedHeading: "acknowledged (%1)", .acknowledgedBy: "acknowledged: %1 — %2, %3",
        .noConflicts: "No conflicts found.",
        .summaryErrorOne: "%1 error", .summaryErrorOther: "%1 errors", .summaryWarningOne: "%1 warning",
        .summaryWarningOther: "%1 warnings", .summaryInfo: "%1 info", .summaryAcknowledged: "%1 acknowledged",
        .changesSince: "Changes since %1: %2", .nothingChanged: "Nothing changed.", .changeMoved: "moved    ",
        .changeRenamed: "renamed  ", .changePeople: "people   ", .changeAdded: "added    ", .changeRemoved: "removed  ",
        .rolesAdded: "added %1", .rolesNoLonger: "no longer: %1", .rolesChanged: "changed",
        .readAsLatin: "read as Windows-1252 (a German or other Western Excel CSV): line %1 has “%2”; "
            + "if the list is Chinese, give --encoding gb18030",
        .looksLatin: "line %1: “%2” looks like Windows-1252 (a German Excel CSV) read as GB18030; "
            + "if so, give --encoding windows-1252",
        .withBOM: " with BOM", .readAs: "%1: %2, %3, header on line %4, %5 rows",
        .readSheetAs: "%1: workbook sheet, header in row %2, %3 rows", .columns: "columns: %1",
        .columnNumber: "column %1", .unknownColumn: "notes (unknown column)",
        .keptInNotes: "not recognised, kept in the notes: %1",
        .mapHint: " (import one into a field with --map 'COLUMN=FIELD')", .comma: "comma-separated",
        .semicolon: "semicolon-separated", .tab: "tab-separated",
        .fieldPhone: "phone", .fieldEmail: "email", .onLine: "%1 on line %2",
        .alreadyInEvent: "%1, already in the event",
        .alreadyInEventWith: "%1 (%2), already in the event", .lineOnly: "line %1",
        .sharedContact: "same as %1 but a different name; kept as two people",
        .possibleDuplicate: "possible duplicate of %1 (same name and organisation, different %2); kept as two people",
        .mergedDuplicate: "duplicate of line %1 (%2); merged", .samePhone: "same phone", .sameEmail: "same email",
        .sameNameAndOrganisation: "same name and organisation",
        .mergedContact: "a contact of someone merged into them",
        .countNew: "new", .countUpdated: "updated", .countMerged: "merged", .countUnchanged: "unchanged",
        .countRejected: "rejected",
        .dietCounts: "diets read: %1 halal, %2 vegetarian, %3 other",
        .noName: "no name",
        .phoneScientific: "\"%1\" was turned into a number by Excel and its digits are lost; "
            + "format the column as text and export again",
        .emailInvalid: "\"%1\" is not an email address", .languageUnknown: "\"%1\" is not a language",
        .unknownSubForum: "no session or track is called \"%1\"",
        .ambiguousSubForum: "\"%1\" names %2 parallel sessions (%3); name one",
        .onlyContactNotImported: "; it is the row's only contact, so the row was not imported",
        .importedWithout: " (the row was imported without it)",
    ]

    static let zh: [ExportWords: String] = [
        .labelSeparator: "：", .listSeparator: "、", .clauseSeparator: "；", .icalLanguage: "ZH",
        .roomAtSite: "%1（%2）", .personalProgramme: "个人日程：%1", .programme: "会议日程",
        .programmeOfTrack: "会议日程（%1）",
        .markLegend: "[!] 此场次仍有未解决的冲突（见 confplan check）", .unscheduled: "时间待定",
        .parallelOne: "同时进行 %1 场", .parallelOther: "同时进行 %1 场",
        .languageLine: "语言：%1", .interpreted: "（同声传译）", .seats: "%1 座", .outsideEvent: "%1（会期外）",
        // As a Chinese office heads them: whoever conducts a session 主持 (主办 is the organising
        // institution, not a person); a ceremony's speakers 致辞; a dialogue's moderator 对话主持.
        .roleSpeakerOne: "主讲", .roleSpeakerOther: "主讲", .roleChairOne: "主持", .roleChairOther: "主持",
        .roleModeratorOne: "对话主持", .roleModeratorOther: "对话主持", .rolePanelistOne: "对话嘉宾",
        .rolePanelistOther: "对话嘉宾",
        .roleHostOne: "主持", .roleHostOther: "主持", .roleInterpreterOne: "翻译",
        .roleInterpreterOther: "翻译",
        .roleGuestOne: "出席嘉宾", .roleGuestOther: "出席嘉宾", .roleAddressOne: "致辞", .roleAddressOther: "致辞",
        .headerSessions:
            "编号\t题目\t类型\t分论坛\t日期\t开始\t结束\t会场\t场地\t座位\t报名人数"
            + "\t主讲\t主持\t语言\t状态\t锁定",
        .yes: "是", .no: "否",
        .releaseStamp: "%1 · %2 发布", .releaseDraftOne: "草稿（%2后有 1 处改动）",
        .releaseDraftOther: "草稿（%2后有 %1 处改动）", .releaseNow: "当前",
        .releaseDiffHeading: "%1 → %2：%3 处变动", .releaseChange: "%1：%2",
        .headerPeople: "编号\t姓名\t单位\t职务\t手机\t邮箱\t贵宾级别\t角色",
        .sheetSessions: "场次", .sheetPeople: "嘉宾", .sheetAttendees: "参会者", .sheetSignups: "报名",
        .sheetProgramme: "会议日程",
        .headerAttendees:
            "编号\t姓名\t单位\t职务\t手机\t邮箱\t参会类别\t省份\t城市\t性别\t分论坛\t备注",
        .headerSignups: "参会者编号\t姓名\t单位\t场次编号\t场次\t日期\t开始\t会场",
        .errorsHeading: "错误 (%1)", .warningsHeading: "警告 (%1)", .infoHeading: "提示 (%1)",
        .acknowledgedHeading: "已确认 (%1)", .acknowledgedBy: "已确认：%1 — %2, %3",
        .noConflicts: "没有发现冲突。",
        .summaryErrorOne: "%1 个错误", .summaryErrorOther: "%1 个错误", .summaryWarningOne: "%1 个警告",
        .summaryWarningOther: "%1 个警告", .summaryInfo: "%1 条提示", .summaryAcknowledged: "%1 条已确认",
        .changesSince: "与 %1 相比的变动：%2 处", .nothingChanged: "没有变动。", .changeMoved: "调整  ",
        .changeRenamed: "更名  ",
        .changePeople: "人员  ", .changeAdded: "新增  ", .changeRemoved: "取消  ",
        .rolesAdded: "新增%1", .rolesNoLonger: "不再担任：%1", .rolesChanged: "有变动",
        .readAsLatin: "按 Windows-1252（德文等西文 Excel 的 CSV）读取：第 %1 行有“%2”；"
            + "如果名单是中文，请用 --encoding gb18030",
        .looksLatin: "第 %1 行的“%2”像是按 GB18030 读错的 Windows-1252（德文 Excel 的 CSV）；"
            + "如果是，请用 --encoding windows-1252",
        .withBOM: "（带 BOM）", .readAs: "%1：%2，%3，表头在第 %4 行，%5 行数据",
        .readSheetAs: "%1：工作表，表头在第 %2 行，%3 行数据", .columns: "列：%1",
        .columnNumber: "第%1列",
        .unknownColumn: "备注（未识别的列）",
        .keptInNotes: "未识别、存入备注的列：%1",
        .mapHint: "（如需导入到某个字段，请用 --map '列名=字段'）", .comma: "逗号分隔", .semicolon: "分号分隔",
        .tab: "制表符分隔",
        .fieldPhone: "电话", .fieldEmail: "邮箱", .onLine: "第 %2 行的%1", .alreadyInEvent: "已有的%1",
        .alreadyInEventWith: "已有的%1（%2）", .lineOnly: "第 %1 行",
        .sharedContact: "与%1相同但姓名不同，按两人导入",
        .possibleDuplicate: "可能与%1重复（姓名和单位相同，%2不同），按两人导入",
        .mergedDuplicate: "与第 %1 行重复（%2），已合并", .samePhone: "电话相同",
        .sameEmail: "邮箱相同",
        .sameNameAndOrganisation: "姓名和单位相同",
        .mergedContact: "是已合并进来的人的联系方式",
        .countNew: "新增", .countUpdated: "更新", .countMerged: "合并", .countUnchanged: "无变化",
        .countRejected: "未导入",
        .dietCounts: "饮食禁忌读作：清真 %1 人，素食 %2 人，其他 %3 人",
        .noName: "缺少姓名",
        .phoneScientific:
            "“%1”已被 Excel 转成科学计数法，号码已丢失，无法还原；"
                + "请把该列设为文本后重新导出",
        .emailInvalid: "“%1”不是邮箱地址", .languageUnknown: "“%1”不是一种语言",
        .unknownSubForum: "没有名为“%1”的分论坛或场次",
        .ambiguousSubForum: "“%1”对应多个同时进行的场次（%3），请写明其中一个",
        .onlyContactNotImported: "；该行没有其他联系方式，未导入",
        .importedWithout: "（该行已导入，此项未保存）",
    ]

    /// A CSV header's column names.
    func columns(_ lang: Language) -> [String] { text(lang).split(separator: "\t").map(String.init) }

    /// A workbook's sheet for a table: 场次, 嘉宾, 参会者, 报名.
    static func sheetName(_ table: TableExport.Table) -> ExportWords {
        switch table {
        case .sessions: .sheetSessions
        case .people: .sheetPeople
        case .attendees: .sheetAttendees
        case .signups: .sheetSignups
        }
    }
}

extension RoleKind {
    /// Headings older programmes printed, read back by `--changes-since` as the role they were.
    static let formerHeadings: [String: RoleKind] = ["主办": .host, "主持人": .moderator]

    /// How a programme heads a role's people: `Speakers`, `Chair`; `主讲`. At a ceremony (an opening,
    /// a signing) the speakers give addresses: `致辞`.
    func heading(_ lang: Language, count: Int, in kind: SessionKind? = nil) -> String {
        let plural: Plural<ExportWords> = switch self {
        case .speaker where kind == .openingCeremony || kind == .signing:
            Plural(one: .roleAddressOne, other: .roleAddressOther)
        case .speaker: Plural(one: .roleSpeakerOne, other: .roleSpeakerOther)
        case .chair: Plural(one: .roleChairOne, other: .roleChairOther)
        case .moderator: Plural(one: .roleModeratorOne, other: .roleModeratorOther)
        case .panelist: Plural(one: .rolePanelistOne, other: .rolePanelistOther)
        case .host: Plural(one: .roleHostOne, other: .roleHostOther)
        case .interpreter: Plural(one: .roleInterpreterOne, other: .roleInterpreterOther)
        case .guest: Plural(one: .roleGuestOne, other: .roleGuestOther)
        }
        return plural.text(lang, count)
    }
}
