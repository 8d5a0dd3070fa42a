import PlanningCore
import Workbook

/// Sessions, people, attendees and sign-ups as tables for Excel: one header row in the export's
/// language, then one row per item in a stable order; written as CSV or as a workbook.
public enum TableExport {
    public enum Table: String, CaseIterable, Sendable { case sessions, people, attendees, signups }

    /// A workbook's cell and sheet, by the names the exports have always used.
    public typealias Cell = TableCell
    public typealias Sheet = TableSheet

    public static func csv(
        _ table: Table, plan: EventPlan, language: Language, byteOrderMark: Bool = true,
        track: String? = nil, person: ID<Person>? = nil, codes: Bool = false
    ) -> String {
        csv(sheet(table, plan: plan, language: language, track: track, person: person, codes: codes),
            byteOrderMark: byteOrderMark)
    }

    /// Any sheet as CSV that Excel opens.
    public static func csv(_ sheet: Sheet, byteOrderMark: Bool = true) -> String {
        sheet.csv(byteOrderMark: byteOrderMark)
    }

    /// The programme as a sheet: a row per session in programme order, when, what, where, who.
    public static func programmeSheet(
        plan: EventPlan, language: Language, track: String? = nil, person: ID<Person>? = nil
    ) -> Sheet {
        let sessions = sheet(.sessions, plan: plan, language: language, track: track, person: person)
        // day, start, end, title, kind, track, room, site, speakers, chairs, languages
        let picked = [4, 5, 6, 1, 2, 3, 7, 8, 11, 12, 13]
        return Sheet(
            name: ExportWords.sheetProgramme.text(language), header: picked.map { sessions.header[$0] },
            rows: sessions.rows.map { row in picked.map { row[$0] } })
    }

    public static func sheet(
        _ table: Table, plan: EventPlan, language: Language, track: String? = nil, person: ID<Person>? = nil,
        codes: Bool = false
    ) -> Sheet {
        let words = Words(language: language, codes: codes)
        let at = Lookups(plan, track: track, person: person)
        var out = Sheet(name: ExportWords.sheetName(table).text(language), header: [], rows: [])
        switch table {
        case .sessions:
            out.header = ExportWords.headerSessions.columns(language)
            out.rows = sessionRows(at, words)
        case .people:
            out.header = ExportWords.headerPeople.columns(language)
            out.rows = peopleRows(at, words)
        case .attendees:
            out.header = ExportWords.headerAttendees.columns(language)
            out.rows = attendeeRows(at, words)
        case .signups:
            out.header = ExportWords.headerSignups.columns(language)
            out.rows = signupRows(at)
        }
        return out
    }

    /// Words for people, as the office says them; codes only when a script asks.
    private struct Words {
        let language: Language
        let codes: Bool

        func kind(_ s: Session) -> String { codes ? s.kind.rawValue : s.kind.label(language) }
        func status(_ s: Session) -> String { codes ? s.status.rawValue : s.status.text(language) }
        func flag(_ yes: Bool) -> String {
            codes ? String(yes) : (yes ? ExportWords.yes : ExportWords.no).text(language)
        }
        func languages(_ s: Session) -> String {
            codes ? s.languages.joined(separator: ",") : LanguageName.words(s.languages, language)
        }
        func category(_ r: Registration) -> String {
            codes ? r.category : RegistrationCategory.words(r.category, language)
        }
        func role(_ r: SessionRole) -> String { codes ? r.role.rawValue : r.role.label(language) }
    }

    /// The plan's rooms, sites, people, sessions and roles by id, and which sessions the export keeps.
    private struct Lookups {
        let plan: EventPlan
        let person: ID<Person>?
        let track: String?
        let rooms: [ID<Room>: Room]
        let sites: [ID<Site>: String]
        /// People by position, not copied into a table of their own: there are 100,000 of them.
        let personAt: [ID<Person>: Int]
        let sessions: [ID<Session>: Session]
        var rolesBySession: [ID<Session>: [SessionRole]] = [:], rolesByPerson: [ID<Person>: [SessionRole]] = [:]
        var personSessions: Set<ID<Session>>?

        init(_ plan: EventPlan, track: String?, person: ID<Person>?) {
            self.plan = plan
            self.track = track
            self.person = person
            rooms = Dictionary(plan.rooms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            sites = Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            personAt = Dictionary(plan.people.indices.map { (plan.people[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
            sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for r in plan.roles {
                rolesBySession[r.session, default: []].append(r)
                rolesByPerson[r.person, default: []].append(r)
            }
            personSessions = person.map { [rolesByPerson] p in
                var ids = Set((rolesByPerson[p] ?? []).map(\.session))
                if let r = plan.registrations.first(where: { $0.person == p }) { ids.formUnion(r.signups) }
                return ids
            }
        }

        func people(_ id: ID<Person>) -> Person? { personAt[id].map { plan.people[$0] } }

        func keep(_ s: Session) -> Bool {
            (track.map { s.track == $0 } ?? true) && (personSessions.map { $0.contains(s.id) } ?? true)
        }

        /// Registrations by their person's key, each key looked up once (not twice a comparison).
        func byPersonKey() -> [Registration] {
            plan.registrations.map { (people($0.person)?.key ?? "", $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        }

        func day(_ s: Session) -> Cell { s.start.map { .date(plan.event.programmeDay(of: $0)) } ?? .text("") }
        func clock(_ t: LocalDateTime?) -> Cell { t.map { .time(minutes: $0.minuteOfDay) } ?? .text("") }

        func names(_ roles: [SessionRole], _ kinds: Set<RoleKind>, _ language: Language) -> String {
            roles.filter { kinds.contains($0.role) }.compactMap { people($0.person)?.name }.joined(
                separator: ExportWords.listSeparator.text(language))
        }
    }

    private static func sessionRows(_ at: Lookups, _ w: Words) -> [[Cell]] {
        var signups: [ID<Session>: Int] = [:]
        for r in at.plan.registrations { for s in r.signups { signups[s, default: 0] += 1 } }
        var rows: [[Cell]] = []
        for s in Programme.inOrder(at.plan.sessions) where at.keep(s) {
            let room = s.room.flatMap { at.rooms[$0] }
            let roles = at.rolesBySession[s.id] ?? []
            rows.append([
                .text(s.key), .text(s.title), .text(w.kind(s)), .text(s.track), at.day(s), at.clock(s.start),
                at.clock(s.end), .text(room?.name ?? ""), .text(room.flatMap { at.sites[$0.site] } ?? ""),
                room.map { .number($0.capacity) } ?? .text(""), .number(signups[s.id] ?? 0),
                .text(at.names(roles, [.speaker, .panelist], w.language)),
                .text(at.names(roles, [.chair, .moderator, .host], w.language)),
                .text(w.languages(s)), .text(w.status(s)), .text(w.flag(s.isFixed)),
            ])
        }
        return rows
    }

    private static func peopleRows(_ at: Lookups, _ w: Words) -> [[Cell]] {
        var rows: [[Cell]] = []
        for p in at.plan.people.sorted(by: { $0.key < $1.key }) where at.rolesByPerson[p.id] != nil {
            let roles = (at.rolesByPerson[p.id] ?? []).compactMap { r in
                at.sessions[r.session].map {
                    w.role(r) + ExportWords.labelSeparator.text(w.language) + $0.title
                }
            }
            rows.append(
                [p.key, p.name, p.organisation, p.title, p.phone, p.email].map(Cell.text) + [
                    .number(p.vipLevel), .text(roles.joined(separator: ExportWords.clauseSeparator.text(w.language))),
                ])
        }
        return rows
    }

    private static func attendeeRows(_ at: Lookups, _ w: Words) -> [[Cell]] {
        // Titles of the sessions kept, by id: 600,000 sign-ups copy a title each, not a session.
        let titles = Dictionary(
            at.plan.sessions.filter(at.keep).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let separator = ExportWords.listSeparator.text(w.language)
        var rows: [[Cell]] = []
        for r in at.byPersonKey() {
            guard let p = at.people(r.person) else { continue }
            if let person = at.person, person != p.id { continue }
            let chosen = r.signups.compactMap { titles[$0] }
            if at.track != nil && chosen.isEmpty { continue }
            rows.append(
                [
                    p.key, p.name, p.organisation, p.title, p.phone, p.email, w.category(r), p.province, p.city,
                    p.gender, chosen.joined(separator: separator), p.notes,
                ].map(Cell.text))
        }
        return rows
    }

    private static func signupRows(_ at: Lookups) -> [[Cell]] {
        var rows: [[Cell]] = []
        for r in at.byPersonKey() {
            guard let p = at.people(r.person) else { continue }
            if let person = at.person, person != p.id { continue }
            for s in r.signups.compactMap({ at.sessions[$0] }) where at.keep(s) {
                rows.append(
                    [.text(p.key), .text(p.name), .text(p.organisation), .text(s.key), .text(s.title), at.day(s),
                     at.clock(s.start), .text(s.room.flatMap { at.rooms[$0]?.name } ?? "")])
            }
        }
        return rows
    }
}
