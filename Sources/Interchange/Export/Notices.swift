import PlanningCore

/// One message per person a change of the programme concerns, since a release: what changed for
/// them, a line each, and for a VIP's office the whole updated timetable. Text to copy into
/// messages, or a table (phone, e-mail, name, message) for an SMS gateway or a mail merge.
public struct Notices {
    public enum Audience: String, CaseIterable, Sendable {
        /// Everyone who holds a role in a changed session (before or after the change).
        case speakers
        /// Role holders and attendees of VIP level 2 or more.
        case vips
        /// Everyone signed up for a changed session.
        case attendees
        case all
    }

    public struct Notice: Sendable {
        public var person: Person
        public var language: Language
        public var message: String
    }

    /// Short messages stay within this many characters (an SMS of a few parts); a full timetable may not.
    public static let limit = 500

    public let notices: [Notice]

    /// `full`: everyone gets their whole timetable; otherwise only people of VIP level 2 or more.
    /// `cancelled`: who was signed up for each deleted session (`Store.cancelledSignups`), by
    /// UUIDs: a deleted session has no sign-ups left, and its attendees must hear it is cancelled.
    /// `language`, when staff give one (`--lang`), is every message's; else each person's own.
    public init(plan: EventPlan, since release: Release, to audience: Audience, full: Bool = false,
                cancelled: [String: [String]] = [:], language: Language? = nil) {
        let diff = ProgrammeDiff(from: release.sessions, to: plan.releasedSessions(), rank: Programme.rank(plan))
        let byUID = Dictionary(plan.people.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a })
        let sessionByUID = Dictionary(plan.sessions.map { ($0.uid, $0.id) }, uniquingKeysWith: { a, _ in a })
        var attendees: [ID<Session>: [ID<Person>]] = [:]
        if audience != .speakers {
            for r in plan.registrations { for s in r.signups { attendees[s, default: []].append(r.person) } }
        }
        let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Who hears about which change, in the order the changes come (the programme's).
        var order: [String] = [], changesOf: [String: [ProgrammeDiff.SessionChange]] = [:]
        func tell(_ uid: String, _ c: ProgrammeDiff.SessionChange) {
            if changesOf[uid] == nil { order.append(uid) }
            changesOf[uid, default: []].append(c)
        }
        for c in diff.changes {
            var told = Set<String>()
            if audience != .attendees {
                for uid in diff.people(of: c).sorted() where audience != .vips || (byUID[uid]?.vipLevel ?? 0) >= 2 {
                    if told.insert(uid).inserted { tell(uid, c) }
                }
            }
            if audience != .speakers, let id = sessionByUID[c.session.uid] {
                for p in attendees[id] ?? [] {
                    guard let person = people[p], audience != .vips || person.vipLevel >= 2 else { continue }
                    if told.insert(person.uid).inserted { tell(person.uid, c) }
                }
            }
            if audience != .speakers, c.after == nil {
                for uid in cancelled[c.session.uid] ?? [] {
                    guard let person = byUID[uid], audience != .vips || person.vipLevel >= 2 else { continue }
                    if told.insert(uid).inserted { tell(uid, c) }
                }
            }
        }
        let timetable = Timetable(plan)
        notices = order.compactMap { uid in
            guard let person = byUID[uid] else { return nil }
            let lang = language ?? Self.language(of: person)
            let lines = (changesOf[uid] ?? []).map { Self.line($0, for: uid, lang) }
            let whole = full || person.vipLevel >= 2 ? timetable.lines(of: person.id, lang) : nil
            return Notice(person: person, language: lang, message: Self.message(person, lines, whole, lang))
        }
    }

    /// The person's own language when set (Chinese for `zh…`, English for any other), else their
    /// name's: Chinese for a Chinese one, English for one in Latin script (Michael Schulz of
    /// 德国国际合作机构（GIZ） reads English); only a name in neither goes by the organisation.
    static func language(of p: Person) -> Language {
        if let l = p.language, !l.isEmpty { return l.lowercased().hasPrefix("zh") ? .zh : .en }
        if p.name.unicodeScalars.contains(where: \.isHan) { return .zh }
        if p.name.unicodeScalars.contains(where: \.isLatinLetter) { return .en }
        return Language.of(p.organisation)
    }

    /// What changed for this person in one session: their own role first, else the change itself.
    static func line(_ c: ProgrammeDiff.SessionChange, for uid: String, _ lang: Language) -> String {
        let before = c.before?.roles.filter { $0.person == uid } ?? []
        let after = c.after?.roles.filter { $0.person == uid } ?? []
        let s = c.session
        let day = s.start.map { DateText.day($0.date, lang, weekday: false) } ?? ReleaseWords.unscheduled.text(lang)
        if !before.isEmpty && after.isEmpty {
            return NoticeWords.roleCancelled.text(lang, day, s.title, before.map { $0.role.text(lang) }.joined())
        }
        if before.isEmpty && !after.isEmpty, c.before != nil {
            return NoticeWords.roleNew.text(lang, day, s.title, after.map { $0.role.text(lang) }.joined())
        }
        return c.line(lang)
    }

    static func message(_ p: Person, _ lines: [String], _ timetable: [String]?, _ lang: Language) -> String {
        var text = NoticeWords.greeting.text(lang, p.name)
        var shown = 0
        for l in lines {
            let next = text + "\n" + l
            // Kept short for a text message: the changes that do not fit are counted instead.
            if timetable == nil && next.count > Self.limit - 20 && shown > 0 { break }
            text = next
            shown += 1
        }
        if shown < lines.count { text += "\n" + NoticeWords.more.text(lang, lines.count - shown) }
        if let timetable { text += "\n" + NoticeWords.timetable.text(lang) + "\n" + timetable.joined(separator: "\n") }
        return text
    }

    /// One block per notice, headed by who and how to reach them, for copying into messages.
    public func text() -> String {
        Self.blocks(notices.map { n in
            ([n.person.name, n.person.organisation, n.person.phone, n.person.email], n.message)
        })
    }

    /// Messages as text to copy from, every kind of notice alike: each headed by who and how to
    /// reach them (the parts given), blocks apart by an empty line.
    static func blocks(_ list: [(reach: [String], message: String)]) -> String {
        list.map { n in
            // `--`, not a box-drawing rule: these are pasted into messages, where `─` may count two wide.
            "-- " + n.reach.filter { !$0.isEmpty }.joined(separator: " · ") + "\n" + n.message + "\n"
        }.joined(separator: "\n")
    }

    /// Phone, e-mail, name and the message: for an SMS gateway or a mail merge.
    public func sheet(_ lang: Language) -> TableExport.Sheet {
        TableExport.Sheet(
            name: NoticeWords.sheetName.text(lang),
            header: NoticeWords.header.text(lang).split(separator: "\t").map(String.init),
            rows: notices.map { n in
                [n.person.phone, n.person.email, n.person.name, n.message].map(TableExport.Cell.text)
            })
    }
}

/// A person's sessions as they are now, roles and sign-ups, in time order: the whole timetable
/// a VIP's office asks for after any change.
struct Timetable {
    let plan: EventPlan
    let sessionsOf: [ID<Person>: [Session]]
    let rooms: [ID<Room>: Room]
    let sites: [ID<Site>: String]

    init(_ plan: EventPlan) {
        self.plan = plan
        let sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var of: [ID<Person>: [Session]] = [:]
        for r in plan.roles { if let s = sessions[r.session] { of[r.person, default: []].append(s) } }
        for r in plan.registrations {
            for id in r.signups { if let s = sessions[id] { of[r.person, default: []].append(s) } }
        }
        sessionsOf = of
        rooms = Dictionary(plan.rooms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sites = Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// `5月14日 09:00–09:40 开幕式 · 一号会议厅（德阳旌湖宾馆）`
    func lines(of person: ID<Person>, _ lang: Language) -> [String] {
        var seen = Set<ID<Session>>()
        let mine = (sessionsOf[person] ?? []).filter { seen.insert($0.id).inserted && $0.start != nil }
            .sorted { ($0.start!, $0.title) < ($1.start!, $1.title) }
        return mine.map { s in
            let day = DateText.day(s.start!.date, lang, weekday: false)
            let when = day + " " + s.start!.clock + "–" + (s.end?.clock ?? "")
            let room = s.room.flatMap { rooms[$0] }.map { r in
                sites[r.site].map { ReleaseWords.place.text(lang, r.name, $0) } ?? r.name
            }
            return when + " " + s.title + (room.map { " · " + $0 } ?? "")
        }
    }
}

/// The words of notices.
public enum NoticeWords: String, Phrasebook {
    case greeting, roleCancelled, roleNew, more, timetable, sheetName, header

    public static let tables: [Language: [NoticeWords: String]] = [
        .en: [
            .greeting: "Dear %1, the programme has changed:", .roleCancelled: "%1 %2: your part as %3 is cancelled",
            .roleNew: "%1 %2: you are now %3", .more: "… and %1 more changes", .timetable: "Your programme now:",
            .sheetName: "Notices", .header: "phone\temail\tname\tmessage",
        ],
        .zh: [
            .greeting: "%1您好，会议日程有以下调整：", .roleCancelled: "%1 %2：您的%3已取消",
            .roleNew: "%1 %2：请您担任%3", .more: "……另有 %1 处调整", .timetable: "您的最新日程：",
            .sheetName: "通知", .header: "手机\t邮箱\t姓名\t通知内容",
        ],
    ]
}
