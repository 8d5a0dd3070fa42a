import PlanningCore

/// The printed programme (会议日程): by day, then by time, parallel sessions together under
/// one time heading, each session with its kind, room, site, people and languages. Laid out by
/// display width, so Chinese and mixed text line up and no line is wider than `width`.
/// The same plan always gives the same bytes, so two exports can be compared with `diff`.
public struct Programme {
    public enum Format: String, Sendable { case text, markdown }

    public struct Options: Sendable {
        public var language: Language
        public var width: Int
        public var format: Format
        /// 1-based day of the event; nil for all days.
        public var day: Int?
        public var track: String?
        /// Only this person's sessions (roles and sign-ups): their own agenda.
        public var person: ID<Person>?
        /// Sessions to mark as having an open clash.
        public var marked: Set<ID<Session>>
        /// Only sessions in this room (a room's door sheets, or its own programme).
        public var room: ID<Room>?
        /// Tables write codes (`sub-forum`, `delegate`) instead of words, for scripts.
        public var codes = false
        /// The event's releases: the header says which this is, and frab's version names it.
        /// nil: the event has none (or they do not matter).
        public var releases: ReleaseHistory?
        /// Calendar entries' numbers as this export sends them out (`Store.publishCalendar`);
        /// nil: the programme has not gone out yet, and entries carry none.
        public var sequences: CalendarSequences?

        public init(
            language: Language = .zh, width: Int = 80, format: Format = .text, day: Int? = nil, track: String? = nil,
            person: ID<Person>? = nil, marked: Set<ID<Session>> = []
        ) {
            self.language = language
            self.width = width
            self.format = format
            self.day = day
            self.track = track
            self.person = person
            self.marked = marked
        }
    }

    public static let timeColumn = 13  // "14:00–17:30  "
    let plan: EventPlan
    let options: Options
    let people: [ID<Person>: Person]
    let rooms: [ID<Room>: Room]
    let sites: [ID<Site>: Site]
    let roles: [ID<Session>: [SessionRole]]
    var lang: Language { options.language }

    public init(plan: EventPlan, options: Options) {
        self.plan = plan
        self.options = options
        // Only people with a role appear in a programme (and the one it is for): with 100,000
        // attendees, indexing everyone would cost more than writing the programme.
        var wanted = Set(plan.roles.map(\.person))
        if let p = options.person { wanted.insert(p) }
        var people: [ID<Person>: Person] = [:]
        people.reserveCapacity(wanted.count)
        for p in plan.people where wanted.contains(p.id) { people[p.id] = p }
        self.people = people
        rooms = Dictionary(plan.rooms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sites = Dictionary(plan.sites.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var roles: [ID<Session>: [SessionRole]] = [:]
        for r in plan.roles { roles[r.session, default: []].append(r) }
        self.roles = roles
    }

    /// The sessions the options select, scheduled ones by day, and the unscheduled. A session
    /// dated outside the event's days (a mistake `check` reports) is never dropped: it comes
    /// under its own date, in date order (`dayHeading` marks it); `day` picks an event day only.
    func selected() -> (days: [(LocalDate, [Session])], unscheduled: [Session]) {
        var chosen = plan.sessions
        if let t = options.track { chosen = chosen.filter { $0.track == t } }
        if let r = options.room { chosen = chosen.filter { $0.room == r } }
        if let p = options.person {
            var ids = Set((plan.roles.filter { $0.person == p }).map(\.session))
            if let r = plan.registrations.first(where: { $0.person == p }) { ids.formUnion(r.signups) }
            chosen = chosen.filter { ids.contains($0.id) }
        }
        let event = plan.event
        var byDay: [LocalDate: [Session]] = [:]
        var unscheduled: [Session] = []
        for s in chosen {
            guard let a = s.start else { unscheduled.append(s); continue }
            byDay[event.programmeDay(of: a), default: []].append(s)
        }
        var days: [(LocalDate, [Session])] = []
        let eventDays = event.days
        let wanted = options.day.map { n in eventDays.indices.contains(n - 1) ? [eventDays[n - 1]] : [] }
            ?? Set(eventDays).union(byDay.keys).sorted()
        for d in wanted {
            guard let list = byDay[d], !list.isEmpty else { continue }
            days.append((d, Programme.inOrder(list)))
        }
        if options.day != nil { unscheduled = [] }
        return (days, unscheduled.sorted { ChineseNumbers.less($0.title, $1.title) })
    }

    /// Time; then, for parallel sessions numbered alike (分论坛一 … 十, 国际分论坛一：…), their number;
    /// then end, room order and title, then key: a total order, for stable output. Sessions with
    /// no time come last, by key. The numbering keys are made once per session, not per comparison.
    static func inOrder(_ sessions: [Session]) -> [Session] {
        let keys = sessions.map { (ChineseNumbers.Numbering($0.track), ChineseNumbers.Numbering($0.title)) }
        let sorted = sessions.indices.sorted { i, j in
            let a = sessions[i], b = sessions[j]
            switch (a.start, b.start) {
            case (nil, nil): return a.key < b.key
            case (nil, _): return false
            case (_, nil): return true
            default: break
            }
            if a.start != b.start { return a.start! < b.start! }
            if let numbered = keys[i].0.less(keys[j].0) ?? keys[i].1.less(keys[j].1) {
                return numbered
            }
            return tieBreak(a, b)
        }
        return sorted.map { sessions[$0] }
    }

    /// Each session's place in the programme's order, by uid: what a list of changes between
    /// releases (which know sessions by uid, not track or room) is ordered by.
    public static func rank(_ plan: EventPlan) -> [String: Int] {
        Dictionary(inOrder(plan.sessions).enumerated().map { ($1.uid, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The rest of the order for two sessions that start together and are not numbered apart.
    static func tieBreak(_ a: Session, _ b: Session) -> Bool {
        if a.end != b.end { return (a.end ?? a.start!) < (b.end ?? b.start!) }
        if a.room?.raw != b.room?.raw { return (a.room?.raw ?? Int.max) < (b.room?.raw ?? Int.max) }
        if a.title != b.title { return a.title < b.title }
        return a.key < b.key
    }

    // MARK: words

    func roomText(_ s: Session) -> String? {
        guard let r = s.room.flatMap({ rooms[$0] }) else { return nil }
        let site = sites[r.site]?.name ?? ""
        return site.isEmpty ? r.name : ExportWords.roomAtSite.text(lang, r.name, site)
    }

    /// `周铁农 全国人大常委会副委员长` / `Thomas Becker, Head of Department, BIBB`.
    /// Each language's order: a Chinese programme runs organisation and post together after
    /// the name, an English one lists them after commas.
    func personText(_ p: Person) -> String {
        switch lang {
        case .zh:
            let about = Self.runTogether(p.organisation, p.title)
            guard !about.isEmpty else { return p.name }
            // A Chinese name ends where the Latin or the next Han word begins; `Nguyễn Thị Minh Khai Bộ
            // Giáo dục…` does not say where the name ends, so a name in another script is set apart.
            return p.name.last.map(Self.chinese) ?? true ? p.name + " " + about : p.name + " · " + about
        case .en:
            return ([p.name, p.title, p.organisation].filter { !$0.isEmpty }).joined(separator: ", ")
        }
    }

    /// Chinese runs an organisation and a post together (`德阳职业技术学院院长`); where one side of
    /// the seam is not Chinese (`慕尼黑职业学校 Schulleiter`) a space keeps the words apart, and where
    /// neither is (`Politechnika Wrocławska, Prorektor`) a comma, as a space alone would run them on.
    static func runTogether(_ a: String, _ b: String) -> String {
        guard let last = a.last, let first = b.first else { return a + b }
        switch (chinese(last), chinese(first)) {
        case (true, true): return a + b
        case (false, false): return a + ", " + b
        default: return a + " " + b
        }
    }

    /// Han characters and the full-width punctuation Chinese text closes and opens with (`）`, `“`).
    static func chinese(_ c: Character) -> Bool {
        guard let u = c.unicodeScalars.first?.value else { return false }
        return TextFolding.isHan(c) || (0x3000...0x303F).contains(u) || (0xFF00...0xFFEF).contains(u)
            || (0x2018...0x201D).contains(u)
    }

    /// Only when it says something: a session in Chinese alone needs no language line.
    func languageText(_ s: Session) -> String? {
        let langs = s.languages
        guard !langs.isEmpty, langs != ["zh"] else { return nil }
        let names = langs.map { code in LanguageName(rawValue: code.lowercased())?.text(lang) ?? code }
        return ExportWords.languageLine.text(lang, names.joined(separator: CoreWords.listSeparator.text(lang)))
            + (langs.count > 1 ? ExportWords.interpreted.text(lang) : "")
    }

    /// Each kind of role with its people, in the order a programme names them.
    func roleLines(_ s: Session) -> [(label: String, people: [String])] {
        let order: [RoleKind] = [.guest, .host, .chair, .moderator, .speaker, .panelist, .interpreter]
        let here = roles[s.id] ?? []
        return order.compactMap { kind in
            let names = here.filter { $0.role == kind }.compactMap { people[$0.person] }.map(personText)
            guard !names.isEmpty else { return nil }
            return (kind.heading(lang, count: names.count, in: s.kind), names)
        }
    }

    func dayHeading(_ d: LocalDate) -> String {
        let day = DateText.day(d, options.language)
        return d < plan.event.firstDay || d > plan.event.lastDay ? ExportWords.outsideEvent.text(lang, day) : day
    }

    func clock(_ s: Session) -> String {
        guard let a = s.start else { return "" }
        guard let b = s.end else { return a.clock }
        return a.clock + "–" + b.clock
    }

    /// `2026年5月14日至16日 · 德阳` / `14–16 May 2026 · Deyang`
    func datesLine() -> String {
        let e = plan.event
        let a = e.firstDay.components, b = e.lastDay.components
        var dates: String
        switch lang {
        case .zh:
            dates = "\(a.year)年\(a.month)月\(a.day)日"
            if e.lastDay != e.firstDay {
                dates +=
                    "至"
                    + (a.year != b.year
                        ? "\(b.year)年\(b.month)月\(b.day)日"
                        : a.month != b.month ? "\(b.month)月\(b.day)日" : "\(b.day)日")
            }
        case .en:
            let m = { (n: Int) in DateText.months[n - 1] }
            if e.lastDay == e.firstDay {
                dates = "\(a.day) \(m(a.month)) \(a.year)"
            } else if a.year != b.year {
                dates = "\(a.day) \(m(a.month)) \(a.year) – \(b.day) \(m(b.month)) \(b.year)"
            } else if a.month != b.month {
                dates = "\(a.day) \(m(a.month)) – \(b.day) \(m(b.month)) \(a.year)"
            } else {
                dates = "\(a.day)–\(b.day) \(m(a.month)) \(a.year)"
            }
        }
        return e.city.isEmpty ? dates : dates + " · " + e.city
    }

    func title() -> String {
        if let p = options.person, let person = people[p] {
            return ExportWords.personalProgramme.text(lang, personText(person))
        }
        return options.track.map { ExportWords.programmeOfTrack.text(lang, $0) } ?? ExportWords.programme.text(lang)
    }

    var markLegend: String { ExportWords.markLegend.text(lang) }
    var unscheduledHeading: String { ExportWords.unscheduled.text(lang) }
    func parallelHeading(_ n: Int) -> String {
        Plural(one: ExportWords.parallelOne, other: .parallelOther).text(lang, n)
    }
}

extension Programme.Options {
    /// The sessions the programme marks as still clashing: those of every open finding above a note,
    /// as the command line and the UI's export both print them.
    public static func marked(_ reported: [ReportedFinding]) -> Set<ID<Session>> {
        Set(reported.filter { $0.isOpen && $0.severity != .info }.flatMap(\.finding.sessions))
    }
}
