/// The words of releases and of what changed between them.
public enum ReleaseWords: String, Phrasebook {
    case numbered, line, factSeparator, quoted, place, nothing, unscheduled, noRoom
    case added, removed, time, room, title, status, kind, roleAdded, roleRemoved, roleChanged, languages

    public static let tables: [Language: [ReleaseWords: String]] = [.en: en, .zh: zh]

    static let en: [ReleaseWords: String] = [
        .numbered: "release %1", .line: "%1 %2: %3", .factSeparator: "; ", .quoted: "“%1”", .place: "%1 (%2)",
        .nothing: "Nothing changed.", .unscheduled: "no time", .noRoom: "no room",
        .added: "new in the programme", .removed: "cancelled", .time: "time %1 → %2", .room: "room %1 → %2",
        .title: "title %1 → %2", .status: "status %1 → %2", .kind: "kind %1 → %2", .roleAdded: "new %1: %2",
        .roleRemoved: "%2 no longer %1", .roleChanged: "%1: %2 → %3", .languages: "languages %1 → %2",
    ]

    static let zh: [ReleaseWords: String] = [
        .numbered: "第 %1 版", .line: "%1 %2：%3", .factSeparator: "；", .quoted: "「%1」", .place: "%1（%2）",
        .nothing: "没有变动。", .unscheduled: "未定时间", .noRoom: "未定会场",
        .added: "新增场次", .removed: "已取消", .time: "时间由 %1 改为 %2", .room: "会场由 %1 改为 %2",
        .title: "题目由%1改为%2", .status: "状态由 %1 改为 %2", .kind: "类型由 %1 改为 %2",
        .roleAdded: "新增%1：%2",
        .roleRemoved: "%2的%1已取消", .roleChanged: "%1由 %2 改为 %3", .languages: "语言由 %1 改为 %2",
    ]
}

extension ProgrammeDiff.SessionChange {
    /// `5月14日 分论坛二：会场由 四号会议室 改为 学术报告厅（天山路校区）`
    public func line(_ lang: Language) -> String {
        let s = session
        let day = s.start.map { DateText.day($0.date, lang, weekday: false) } ?? ReleaseWords.unscheduled.text(lang)
        return ReleaseWords.line.text(
            lang, day, s.title, facts.map { $0.text(lang) }.joined(separator: ReleaseWords.factSeparator.text(lang)))
    }
}

extension ProgrammeDiff.Fact {
    public func text(_ lang: Language) -> String {
        func when(_ w: TimeWindow?) -> String {
            guard let w else { return ReleaseWords.unscheduled.text(lang) }
            return DateText.day(w.start.date, lang, weekday: false) + " " + w.start.clock + "–" + w.end.clock
        }
        func place(_ p: ProgrammeDiff.Place?) -> String {
            guard let p else { return ReleaseWords.noRoom.text(lang) }
            return p.site.map { ReleaseWords.place.text(lang, p.room, $0) } ?? p.room
        }
        switch self {
        case .added: return ReleaseWords.added.text(lang)
        case .removed: return ReleaseWords.removed.text(lang)
        case .time(let a, let b): return ReleaseWords.time.text(lang, when(a), when(b))
        case .room(let a, let b): return ReleaseWords.room.text(lang, place(a), place(b))
        case .title(let a, let b):
            return ReleaseWords.title.text(lang, ReleaseWords.quoted.text(lang, a), ReleaseWords.quoted.text(lang, b))
        case .status(let a, let b): return ReleaseWords.status.text(lang, a.text(lang), b.text(lang))
        case .kind(let a, let b): return ReleaseWords.kind.text(lang, a.label(lang), b.label(lang))
        case .roleAdded(let r): return ReleaseWords.roleAdded.text(lang, r.role.text(lang), r.name)
        case .roleRemoved(let r): return ReleaseWords.roleRemoved.text(lang, r.role.text(lang), r.name)
        case .roleChanged(let name, let a, let b):
            return ReleaseWords.roleChanged.text(lang, name, a.text(lang), b.text(lang))
        case .languages(let a, let b):
            return ReleaseWords.languages.text(lang, LanguageName.words(a, lang), LanguageName.words(b, lang))
        }
    }
}
