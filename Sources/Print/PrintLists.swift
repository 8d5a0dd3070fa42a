import Foundation
import PlanningCore

/// Why a printout cannot be made.
public enum PrintFailure: Error, Equatable {
    /// Table cards are for one session's rostrum.
    case needsSession
    case nobodyOnRostrum(String)
    /// Table cards of one category: nobody of it sits on the session's rostrum (session, category).
    case nobodyOfCategoryOnRostrum(String, String)
    /// `--category` named none the event uses; the ones it does.
    case noSuchCategory(String, known: [String])
    /// Characters no installed font has, whose they are (`PrintNotes.missing`): printed, they would
    /// be boxes in people's names.
    case missingGlyphs(PrintNotes)
}

/// Who goes on the badges, table cards or sign-in sheet the office prints, with the fields
/// each carries: one list, so the PDF, the workbook, the CSV and the text agree.
public struct PrintLists {
    public let plan: EventPlan
    public let language: Language
    let registrations: [ID<Person>: Registration]
    let badges: [ID<Person>: Int]

    public init(plan: EventPlan, language: Language) {
        self.plan = plan
        self.language = language
        registrations = Dictionary(plan.registrations.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        badges = plan.badgeNumbers()
    }

    public enum Order: String, CaseIterable, Sendable { case pinyin, organisation }

    /// A badge holder with what every printed piece says of them.
    public struct Entry: Sendable, Equatable {
        public let person: Person
        public let category: String
        public let badge: Int
        public var checkIn: String { CheckInCode.of(uid: person.uid) }
    }

    /// Badge holders: everyone, a session's (its role holders and those signed up), or one
    /// category's (`代表` or `delegate` alike); in the order they were added.
    public func entries(session: ID<Session>? = nil, category: String? = nil) throws(PrintFailure) -> [Entry] {
        var out = plan.badgeHolders(of: session).map { p in
            Entry(person: p, category: plan.badgeCategory(p.id, registrations: registrations), badge: badges[p.id] ?? 0)
        }
        if let category {
            let used = Array(Set(out.map(\.category))).sorted()
            guard let code = used.first(where: {
                $0 == category || RegistrationCategory.words($0, .zh) == category
                    || RegistrationCategory.words($0, .en) == category
            }) else {
                throw .noSuchCategory(category, known: used.map { RegistrationCategory.words($0, language) })
            }
            out = out.filter { $0.category == code }
        }
        return out
    }

    public static func sorted(_ entries: [Entry], by order: Order) -> [Entry] {
        let pinyin = Pinyin.shared
        let keyed = entries.map { e in (e, NameOrder.key(e.person.name), pinyin.sortKey(e.person.organisation)) }
        return keyed.sorted { a, b in
            switch order {
            case .pinyin: (a.1, a.0.badge) < (b.1, b.0.badge)
            case .organisation: (a.2, a.1, a.0.badge) < (b.2, b.1, b.0.badge)
            }
        }.map(\.0)
    }

    /// `2026年5月14日至16日` / `14–16 May 2026`.
    public func dates() -> String {
        let a = plan.event.firstDay.components, b = plan.event.lastDay.components
        switch language {
        case .zh:
            let start = "\(a.year)年\(a.month)月\(a.day)日"
            if a.year == b.year && a.month == b.month { return a.day == b.day ? start : start + "至\(b.day)日" }
            return start + "至" + (a.year == b.year ? "" : "\(b.year)年") + "\(b.month)月\(b.day)日"
        case .en:
            let month = { (m: Int) in DateText.months[m - 1] }
            if a.year == b.year && a.month == b.month {
                return (a.day == b.day ? "\(a.day)" : "\(a.day)–\(b.day)") + " \(month(a.month)) \(a.year)"
            }
            return "\(a.day) \(month(a.month))" + (a.year == b.year ? "" : " \(a.year)")
                + " – \(b.day) \(month(b.month)) \(b.year)"
        }
    }

    /// `5月14日 14:00–17:30 · 二号会议室` / `14 May 14:00–17:30 · Room 2`: where a session's sign-in
    /// sheet is used; what it has of the two, nil when it has neither.
    public func dayTimeAndRoom(_ session: Session) -> String? {
        let time = session.start.map { start in
            DateText.day(start.date, language, weekday: false) + " " + start.clock
                + (session.end.map { "–" + $0.clock } ?? "")
        }
        let room = session.room.flatMap { id in plan.rooms.first { $0.id == id }?.name }
        let parts = [time, room].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    public var eventName: String { plan.event.shortestName }

    public static func badgeNumber(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The last four digits of a phone, for the sheet at the door (the rest stays private).
    public static func phoneTail(_ phone: String) -> String { String(phone.filter(\.isNumber).suffix(4)) }
}
