import PlanningCore

/// A short text overview of an event: what `confplan demo` and `confplan show` print, in the
/// reader's language (a Chinese office reads `标识`, not `identifier`).
public enum PlanSummary {
    public static func text(_ plan: EventPlan, _ lang: Language) -> String {
        let e = plan.event
        let w = { (word: SummaryWords, args: [any CustomStringConvertible]) in
            word.text(lang, arguments: args.map(\.description))
        }
        let list = CoreWords.listSeparator.text(lang)
        var lines: [String] = []
        lines.append(
            Sanitize.forTerminal(e.name)
                + (e.shortName.isEmpty ? "" : w(.shortName, [Sanitize.forTerminal(e.shortName)])))
        lines.append(w(.identifier, [e.key]))
        lines.append(w(.place, [Sanitize.forTerminal(e.city), ZoneOffset.shown(e.timeZone, on: e.firstDay, lang)]))
        lines.append(w(e.days.count == 1 ? .daysOne : .daysOther, [e.firstDay, e.lastDay, e.days.count]))
        let sites = plan.sites.map { Sanitize.forTerminal($0.name) }.joined(separator: list)
        lines.append(w(.sites, [plan.sites.count, sites]))
        lines.append(w(.rooms, [plan.rooms.count, plan.rooms.reduce(0) { $0 + $1.capacity }]))
        var byDay: [Int: Int] = [:]
        var unscheduled = 0
        for s in plan.sessions {
            if let start = s.start { byDay[e.dayIndex(of: start), default: 0] += 1 } else { unscheduled += 1 }
        }
        lines.append(w(.sessions, [plan.sessions.count]))
        for (i, day) in e.days.enumerated() {
            let n = byDay[i + 1] ?? 0
            lines.append(w(n == 1 ? .dayLineOne : .dayLineOther, [i + 1, day, n]))
        }
        let outside = byDay.filter { $0.key < 1 || $0.key > e.days.count }.values.reduce(0, +)
        if outside > 0 { lines.append(w(.outside, [outside])) }
        if unscheduled > 0 { lines.append(w(.unscheduled, [unscheduled])) }
        let withRoles = Set(plan.roles.map(\.person)).count
        lines.append(w(.people, [plan.people.count, withRoles]))
        lines.append(w(.roles, [plan.roles.count]))
        lines.append(w(.attendees, [plan.registrations.count]))
        lines.append(w(.signups, [plan.signupCount]))
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The labels of `confplan show`, padded to one column in each language.
public enum SummaryWords: String, Phrasebook {
    case shortName, identifier, place, daysOne, daysOther, sites, rooms, sessions, dayLineOne, dayLineOther
    case outside, unscheduled, people, roles, attendees, signups

    public static let tables: [Language: [SummaryWords: String]] = [
        .en: [
            .shortName: " (%1)", .identifier: "  identifier  %1", .place: "  where       %1 · %2",
            .daysOne: "  days        %1 – %2 (%3 day)", .daysOther: "  days        %1 – %2 (%3 days)",
            .sites: "  sites       %1: %2", .rooms: "  rooms       %1, %2 seats", .sessions: "  sessions    %1",
            .dayLineOne: "    day %1  %2  %3 session", .dayLineOther: "    day %1  %2  %3 sessions",
            .outside: "    outside the event days: %1", .unscheduled: "    unscheduled: %1",
            .people: "  people      %1 (%2 with roles: speakers, chairs, hosts…)", .roles: "  roles       %1",
            .attendees: "  attendees   %1 registered", .signups: "  sign-ups    %1",
        ],
        .zh: [
            .shortName: "（%1）", .identifier: "  标识        %1", .place: "  地点        %1 · %2",
            .daysOne: "  会期        %1 – %2（%3 天）", .daysOther: "  会期        %1 – %2（%3 天）",
            .sites: "  场地        %1 处：%2", .rooms: "  会场        %1 个，%2 座", .sessions: "  场次        %1 个",
            .dayLineOne: "    第 %1 天  %2  %3 个场次", .dayLineOther: "    第 %1 天  %2  %3 个场次",
            .outside: "    在会期之外：%1 个", .unscheduled: "    时间待定：%1 个",
            .people: "  人员        %1 人（%2 人有角色：主讲、主持等）", .roles: "  角色        %1 项",
            .attendees: "  参会者      %1 人报名", .signups: "  场次报名    %1 人次",
        ],
    ]
}
