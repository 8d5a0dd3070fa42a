import PlanningCore

/// Who arrived, when and at which desk, or who has not: for the office's report and for the
/// liaison chasing the missing.
public struct Arrivals {
    public let plan: EventPlan
    public let standing: [ID<Person>: CheckIn]
    public let session: ID<Session>?
    public let zone: ZoneOffset
    public let language: Language

    /// `records`: every check-in record, as the store keeps them; the standing ones count.
    public init(plan: EventPlan, records: [CheckIn], session: ID<Session>? = nil, language: Language) {
        self.plan = plan
        self.session = session
        self.language = language
        zone = ZoneOffset(plan.event.timeZone)
        standing = CheckIn.standing(records, session: session)
    }

    /// Everyone expected: badge holders, or the session's role holders and sign-ups.
    public var expected: [Person] { plan.badgeHolders(of: session) }

    public func sheet(missing: Bool) -> TableExport.Sheet {
        let lang = language
        let registrations = Dictionary(plan.registrations.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let category = { (p: Person) in
            RegistrationCategory.words(plan.badgeCategory(p.id, registrations: registrations), lang)
        }
        if missing {
            let rows = expected.filter { standing[$0.id] == nil }
                .sorted { ($0.vipLevel, $1.id) > ($1.vipLevel, $0.id) }
                .map { p -> [TableExport.Cell] in
                    [.text(p.name), .text(p.organisation), .text(p.title), .text(category(p)), .text(p.phone),
                     .number(p.vipLevel)]
                }
            return TableExport.Sheet(name: ArrivalsWords.missingSheet.text(lang),
                                     header: ArrivalsWords.missingHeader.columns(lang), rows: rows)
        }
        let rows = expected.compactMap { p -> (String, [TableExport.Cell])? in
            guard let r = standing[p.id] else { return nil }
            return (r.at, [.text(p.name), .text(p.organisation), .text(p.title), .text(category(p)), .text(p.phone),
                           .text(zone.readable(r.at, lang)), .text(r.desk), .text(r.by),
                           .text(r.items.joined(separator: CoreWords.listSeparator.text(lang)))])
        }.sorted { $0.0 < $1.0 }.map(\.1)
        return TableExport.Sheet(name: ArrivalsWords.sheet.text(lang), header: ArrivalsWords.header.columns(lang),
                                 rows: rows)
    }

    /// `签到：已到 312 / 840`, and each session with arrivals beside its sign-ups.
    public static func summary(_ plan: EventPlan, _ records: [CheckIn], _ lang: Language) -> [String] {
        let all = Arrivals(plan: plan, records: records, language: lang)
        var lines = [ArrivalsWords.line.text(lang, all.standing.count, all.expected.count)]
        let sessions = Set(records.compactMap(\.session))
        for s in plan.sessions where sessions.contains(s.id) {
            let here = Arrivals(plan: plan, records: records, session: s.id, language: lang)
            let title = Sanitize.forTerminal(s.title)
            lines.append("    " + ArrivalsWords.sessionLine.text(lang, title, here.standing.count, here.expected.count))
        }
        return lines
    }
}

public enum ArrivalsWords: String, Phrasebook {
    case sheet, missingSheet, header, missingHeader, line, sessionLine

    public static let tables: [Language: [ArrivalsWords: String]] = [
        .en: [
            .sheet: "Arrivals", .missingSheet: "Not arrived",
            .header: "name\torganisation\ttitle\tcategory\tphone\tchecked in\tdesk\tby\thanded over",
            .missingHeader: "name\torganisation\ttitle\tcategory\tphone\tVIP level",
            .line: "  arrivals    %1 of %2 checked in", .sessionLine: "%1: %2 came of %3 expected",
        ],
        .zh: [
            .sheet: "签到名单", .missingSheet: "未到名单",
            .header: "姓名\t单位\t职务\t类别\t手机\t签到时间\t签到台\t经办人\t已领取",
            .missingHeader: "姓名\t单位\t职务\t类别\t手机\t贵宾级别",
            .line: "  签到        已到 %1 / %2", .sessionLine: "%1：到场 %2 / 应到 %3",
        ],
    ]

    func columns(_ lang: Language) -> [String] { text(lang).split(separator: "\t").map(String.init) }
}
