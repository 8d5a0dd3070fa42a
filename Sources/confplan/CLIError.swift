import PlanningCore

/// What the command line says when it cannot do what it was asked, in the reader's language.
enum CLIError: String, Phrasebook {
    case unknownCommand, unknownOption, unknownOptionFor, needsValue, takesNoValue, argumentsOne, argumentsOther
    case needsOption, seeHelp, notANumber, notAPositiveNumber, notAWidth, notADayOfEvent, notADate, notAChoice
    case unknownSubcommand, exportTable, tooManyArguments, ackNeedsReason, badLevel, badDay, badStart, newNeedsFirstDay
    case lastBeforeFirst, importKind, badEncoding, unknownCode, unknownOnlyCode, workbookNeedsFile
    case samePerson, noPerson, severalPeople, noMerge, changedSinceMerge
    case noTrack, nobodyCalled, personCouldBe, noSessionsInFile, noFinding, notAcknowledged, noSession
    case sessionsMatch, noRoom, severalRooms, needsTerminal, noSamples, noEventFiles, releaseKept, noReleaseYet
    case cardsNeedSession, nobodyOnRostrum, nobodyOfCategoryOnRostrum, noSuchCategory, printNeedsFile
    case nobodyToCheckIn, severalToCheckIn
    case missingGlyphs
    case eventTwice, scheduleTakesNoEvent
    case notAWindow
    case badLayout, noTablePlan, notAMeal, formatAgainstName, unknownExtension, applyWithoutAssign
    case noHotel
    case noHotelToList

    static let tables: [Language: [CLIError: String]] = [
        .en: [
            .unknownCommand: "unknown command '%1'", .unknownOption: "unknown option '%1'",
            .unknownOptionFor: "unknown option '%1' for '%2'", .needsValue: "%1 needs a value (%2)",
            .takesNoValue: "%1 takes no value", .argumentsOne: "'%1' takes %2 argument, got %3: %1 %4",
            .argumentsOther: "'%1' takes %2 arguments, got %3: %1 %4", .needsOption: "%1 needs %2: %3",
            .seeHelp: "see: confplan %1--help", .notANumber: "%1: \"%2\" is not a number",
            .notAPositiveNumber: "%1: \"%2\" is not a positive number",
            .notAWidth: "%1: \"%2\" is not a width of 40 cells or more",
            .notAWindow: "%1: \"%2\" is not a number of minutes from 0 to %3",
            .applyWithoutAssign: "--apply stores the assignment: give it with --assign (a --layout is stored alone)",
            .badLayout: "%1: \"%2\" is not TABLESxSEATS (20x10: twenty tables of ten; at most 12 seats a table)",
            .noTablePlan: "%1 has no tables yet: lay them out with --layout 20x10",
            .notAMeal: "“%1” (%2) is not a meal but of the kind “%3”: only a meal has banquet tables",
            .formatAgainstName:
                "%1 asks for %2 but the file's name ends in .%3: name it FILE.%4, or leave out --format",
            .unknownExtension: "%1: .%2 is not a form this export writes (it writes %3)",
            .noHotel: "--hotel: \"%1\" is not one hotel of the event; hotels with rooms: %2",
            .noHotelToList: "--hotel: no hotel with rooms is \"%1\"; the hotels are: %2",
            .notADayOfEvent: "%1: \"%2\" is not a day of the event, which has %3 days",
            .notADate: "%1: \"%2\" is not a date (YYYY-MM-DD)", .notAChoice: "%1 takes %2, not '%3'",
            .unknownSubcommand: "%1: '%2' is not one of %3", .exportTable: "%1 needs a table: %2",
            .tooManyArguments: "export: too many arguments: %1",
            .ackNeedsReason: "ack needs %1: say why the finding is accepted",
            .badLevel: "level must be error, warning, info, off or default",
            .badDay: "--day: \"%1\" is neither a day of the event (1–%2) nor a date",
            .badStart: "--start: \"%1\" is not HH:MM", .newNeedsFirstDay: "new needs %1",
            .lastBeforeFirst: "%1: %2 is before the first day %3",
            .importKind: "import takes 'attendees FILE', 'vehicles FILE', 'rooms FILE' or 'schedule FILE' (not '%1')",
            .badEncoding:
                "--encoding: '%1' is not one of utf-8, gb18030, gbk, utf-16le, utf-16be, windows-1252, latin1",
            .noTrack: "--track: no session has the track \"%1\"; tracks: %2",
            .nobodyCalled: "--person: nobody in the event is called \"%1\"",
            .personCouldBe: "--person: \"%1\" could be %2; give the identifier",
            .noSessionsInFile: "%1: no sessions found; is it a programme confplan exported, or an event file?",
            .noFinding: "no finding %1 (see: confplan check)", .notAcknowledged: "finding %1 is not acknowledged",
            .noSession: "no session \"%1\" in %2", .sessionsMatch: "\"%1\" matches %2 sessions: %3",
            .releaseKept: "release %1 kept (--yes deletes without asking)",
            .noReleaseYet: "%1 has no release to compare with yet (confplan release makes one)",
            .noRoom: "--room: no room \"%1\"", .severalRooms: "--room: \"%1\" names several rooms; use the identifier",
            .needsTerminal: "the UI needs a terminal (use check, dump or show from scripts)",
            .noSamples: "cannot find the sample-events folder (run from the confplan checkout, "
                + "or set CONFPLAN_SAMPLES)",
            .noEventFiles: "no event files in %1", .unknownCode: "unknown code '%1' (codes: %2)",
            .unknownOnlyCode: "--only: unknown code '%1' (codes: %2)",
            .workbookNeedsFile: "a workbook is written to a file: give -o FILE.xlsx",
            .cardsNeedSession: "table cards are for a session's rostrum: give --session ID",
            .nobodyToCheckIn: "nobody in %1 is \"%2\" (a check-in code, key, name, phone or its last four digits)",
            .severalToCheckIn: "\"%1\" could be %2 people; give one's code or key:\n%3",
            .nobodyOnRostrum: "\"%1\" has nobody on its rostrum: give it roles, or guests (role guest)",
            .nobodyOfCategoryOnRostrum: "nobody on the rostrum of \"%1\" is \"%2\"; no cards printed",
            .noSuchCategory: "--category: nobody here is \"%1\"; the categories are: %2",
            .printNeedsFile: "%1 is written to a file: give -o FILE.%1",
            .missingGlyphs: "%1\nnothing printed: install a font with these characters, or give "
                + "--allow-missing-glyphs to print them as boxes",
            .samePerson: "%1 is named twice: give two people", .noPerson: "no person \"%1\" in %2",
            .severalPeople: "\"%1\" is the name of several people: %2; give the identifier",
            .noMerge: "nobody was merged into %1 (%2)",
            .changedSinceMerge: "%1 (%2) has changed since the merge (or it was taken back): nothing was changed",
            .eventTwice: "%1: the event is named twice, '%2' and --event %3; name it once",
            .scheduleTakesNoEvent: "import schedule makes a new event (--id names it), so it takes no EVENT: '%1'",
        ],
        .zh: [
            .unknownCommand: "没有“%1”这个命令", .unknownOption: "没有“%1”这个选项",
            .unknownOptionFor: "“%2”没有“%1”这个选项", .needsValue: "%1 需要一个值（%2）",
            .takesNoValue: "%1 不带值", .argumentsOne: "“%1”需要 %2 个参数，给了 %3 个：%1 %4",
            .argumentsOther: "“%1”需要 %2 个参数，给了 %3 个：%1 %4", .needsOption: "%1 需要 %2：%3",
            .seeHelp: "参见：confplan %1--help", .notANumber: "%1：“%2”不是数字",
            .notAPositiveNumber: "%1：“%2”不是正整数",
            .notAWidth: "%1：“%2”不是 40 或以上的宽度",
            .notAWindow: "%1：“%2”不是 0 到 %3 之间的分钟数",
            .applyWithoutAssign: "--apply 保存的是自动排座：请与 --assign 一起使用（--layout 会直接保存）",
            .badLayout: "%1：“%2”不是“桌数x每桌座数”（20x10 即 20 桌、每桌 10 座；每桌最多 12 座）",
            .noTablePlan: "%1 还没有桌位：请先用 --layout 20x10 布置",
            .notAMeal: "“%1”（%2）的类型是“%3”，不是用餐：只有用餐场次才有桌次",
            .formatAgainstName: "%1 要求 %2，但文件名以 .%3 结尾：请改名为 文件名.%4，或不用 --format",
            .unknownExtension: "%1：此导出不写 .%2 格式（可写 %3）",
            .noHotel: "--hotel：“%1”不是本会议的某一家酒店；有预留房的酒店：%2",
            .notADayOfEvent: "%1：“%2”不是会议的某一天（会议共 %3 天）",
            .notADate: "%1：“%2”不是日期（YYYY-MM-DD）", .notAChoice: "%1 只能是 %2，不能是“%3”",
            .unknownSubcommand: "%1：“%2”不是 %3 之一", .exportTable: "%1 需要指明表：%2",
            .tooManyArguments: "export：参数太多：%1",
            .ackNeedsReason: "ack 需要 %1：说明为什么接受这个问题",
            .badLevel: "级别只能是 error、warning、info、off 或 default",
            .badDay: "--day：“%1”既不是会议的第几天（1–%2），也不是日期",
            .badStart: "--start：“%1”不是 HH:MM 格式的时间", .newNeedsFirstDay: "new 需要 %1",
            .lastBeforeFirst: "%1：%2 早于第一天 %3",
            .importKind:
                "import 后面是“attendees 文件”“vehicles 文件”“rooms 文件”或“schedule 文件”（不是“%1”）",
            .badEncoding: "--encoding：“%1”不是 utf-8、gb18030、gbk、utf-16le、utf-16be、windows-1252、latin1 之一",
            .noTrack: "--track：没有场次属于“%1”；现有：%2",
            .nobodyCalled: "--person：会议里没有叫“%1”的人",
            .personCouldBe: "--person：“%1”可能是 %2；请给出标识",
            .noSessionsInFile: "%1：没有找到场次；这是 confplan 导出的日程，或会议文件吗？",
            .noFinding: "没有问题 %1（查看：confplan check）", .notAcknowledged: "问题 %1 还没有确认",
            .noSession: "%2 里没有场次“%1”", .sessionsMatch: "“%1”对应 %2 个场次：%3",
            .releaseKept: "第 %1 版已保留（加 --yes 不再询问直接删除）",
            .noReleaseYet: "%1 还没有可比较的发布版本（confplan release 发布一版）",
            .noRoom: "--room：没有会场“%1”",
            .severalRooms: "--room：“%1”对应多个会场；请用标识",
            .needsTerminal: "界面需要终端（脚本里请用 check、dump 或 show）",
            .noSamples:
                "找不到 sample-events 文件夹（请在 confplan 目录里运行，或设置 CONFPLAN_SAMPLES）",
            .noEventFiles: "%1 里没有会议文件",
            .unknownCode: "没有“%1”这个问题代码（代码：%2）",
            .unknownOnlyCode: "--only：没有“%1”这个问题代码（代码：%2）",
            .workbookNeedsFile: "工作簿要写入文件：请用 -o 文件名.xlsx",
            .cardsNeedSession: "桌签按场次的主席台制作：请用 --session 场次编号",
            .nobodyToCheckIn: "%1 中没有“%2”（签到码、编号、姓名、手机或手机尾号）",
            .severalToCheckIn: "“%1”对应 %2 人，请给出签到码或编号：\n%3",
            .nobodyOnRostrum:
                "“%1”的主席台上没有人：请给它安排角色或出席嘉宾（guest）",
            .nobodyOfCategoryOnRostrum: "“%1”的主席台上没有“%2”类别的人，未印桌签",
            .noSuchCategory:
                "--category：没有类别为“%1”的人；现有类别：%2",
            .printNeedsFile: "%1 要写入文件：请用 -o 文件名.%1",
            .missingGlyphs: "%1\n未输出：请安装含有这些字的字体，或用 --allow-missing-glyphs 把它们印成方框",
            .samePerson: "%1 出现了两次：请给出两个人", .noPerson: "%2 中没有“%1”这个人",
            .severalPeople: "叫“%1”的有好几个人：%2；请用标识",
            .noMerge: "没有人被并入 %1（%2）",
            .changedSinceMerge: "%1（%2）在合并之后有过改动（或合并已撤销）：没有任何改动",
            .eventTwice: "%1：会议指明了两次，“%2”和 --event %3；只指明一次",
            .scheduleTakesNoEvent: "import schedule 会新建会议（用 --id 命名），不需要指明会议：“%1”",
            .noHotelToList: "--hotel：没有预留了房间的酒店叫“%1”；现有酒店：%2",
        ],
    ]
}

/// A problem with the input or the database: one line on stderr, exit status 1.
struct UserError: Explained, CustomStringConvertible {
    var phrase: CLIError
    var arguments: [String]
    init(_ phrase: CLIError, _ arguments: any CustomStringConvertible...) {
        self.init(phrase, arguments: arguments.map(\.description))
    }
    init(_ phrase: CLIError, arguments: [String]) {
        self.phrase = phrase
        self.arguments = arguments
    }
    func text(_ lang: Language) -> String { phrase.text(lang, arguments: arguments) }
    var description: String { text(.en) }
}

/// A command line that cannot be run as written: exit status 2, with a pointer to the help.
struct UsageError: Explained, CustomStringConvertible {
    var said: UserError
    var command: String?
    init(_ phrase: CLIError, _ arguments: [String], command: String?) {
        said = UserError(phrase, arguments: arguments)
        self.command = command
    }
    func text(_ lang: Language) -> String { said.text(lang) }
    var description: String { said.description }
}
