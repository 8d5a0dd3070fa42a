import Codecs
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
    public static func csv(_ sheet: Sheet, byteOrderMark: Bool = true) -> String { sheet.csv(byteOrderMark: byteOrderMark) }

    /// The programme as a sheet: a row per session in programme order, when, what, where, who.
    public static func programmeSheet(
        plan: EventPlan, language: Language, track: String? = nil, person: ID<Person>? = nil
    ) -> Sheet {
        let sessions = sheet(.sessions, plan: plan, language: language, track: track, person: person)
        // day, start, end, title, kind, track, room, site, speakers, chairs, languages
        let picked = [4, 5, 6, 1, 2, 3, 7, 8, 11, 12, 13]
        return Sheet(
            name: ExportText.sheetProgramme.text(language), header: picked.map { sessions.header[$0] },
            rows: sessions.rows.map { row in picked.map { row[$0] } })
    }

    public static func sheet(
        _ table: Table, plan: EventPlan, language: Language, track: String? = nil, person: ID<Person>? = nil,
        codes: Bool = false
    ) -> Sheet {
        // Words for people, as the office says them; codes only when a script asks.
        let kind = { (s: Session) in codes ? s.kind.rawValue : s.kind.label(language) }
        let status = { (s: Session) in codes ? s.status.rawValue : s.status.text(language) }
        let flag = { (yes: Bool) in codes ? String(yes) : (yes ? ExportText.yes : ExportText.no).text(language) }
        let languages = { (s: Session) in
            codes ? s.languages.joined(separator: ",") : LanguageName.words(s.languages, language)
        }
        let category = { (r: Registration) in codes ? r.category : RegistrationCategory.words(r.category, language) }
        let role = { (r: SessionRole) in codes ? r.role.rawValue : r.role.label(language) }
        var out = Sheet(name: ExportText.sheetName(table).text(language), header: [], rows: [])
        let rooms = Dictionary(plan.rooms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sites = Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // People by position, not copied into a table of their own: there are 100,000 of them.
        let personAt = Dictionary(plan.people.indices.map { (plan.people[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let people = { (id: ID<Person>) in personAt[id].map { plan.people[$0] } }
        let sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        lazy var signups: [ID<Session>: Int] = {
            var count: [ID<Session>: Int] = [:]
            for r in plan.registrations { for s in r.signups { count[s, default: 0] += 1 } }
            return count
        }()
        var rolesBySession: [ID<Session>: [SessionRole]] = [:], rolesByPerson: [ID<Person>: [SessionRole]] = [:]
        for r in plan.roles {
            rolesBySession[r.session, default: []].append(r)
            rolesByPerson[r.person, default: []].append(r)
        }
        let personSessions: Set<ID<Session>>? = person.map { p in
            var ids = Set((rolesByPerson[p] ?? []).map(\.session))
            if let r = plan.registrations.first(where: { $0.person == p }) { ids.formUnion(r.signups) }
            return ids
        }
        func keep(_ s: Session) -> Bool {
            (track.map { s.track == $0 } ?? true) && (personSessions.map { $0.contains(s.id) } ?? true)
        }
        lazy var ordered = Programme.inOrder(plan.sessions)
        /// Registrations by their person's key, each key looked up once (not twice a comparison).
        func byPersonKey() -> [Registration] {
            plan.registrations.map { (people($0.person)?.key ?? "", $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
        func day(_ s: Session) -> Cell { s.start.map { .date(plan.event.programmeDay(of: $0)) } ?? .text("") }
        func clock(_ t: LocalDateTime?) -> Cell { t.map { .time(minutes: $0.minuteOfDay) } ?? .text("") }
        func names(_ roles: [SessionRole], _ kinds: Set<RoleKind>) -> String {
            roles.filter { kinds.contains($0.role) }.compactMap { people($0.person)?.name }.joined(
                separator: ExportText.listSeparator.text(language))
        }
        switch table {
        case .sessions:
            out.header = ExportText.headerSessions.columns(language)
            for s in ordered where keep(s) {
                let room = s.room.flatMap { rooms[$0] }
                let roles = rolesBySession[s.id] ?? []
                out.rows.append([
                    .text(s.key), .text(s.title), .text(kind(s)), .text(s.track), day(s), clock(s.start), clock(s.end),
                    .text(room?.name ?? ""), .text(room.flatMap { sites[$0.site] } ?? ""),
                    room.map { .number($0.capacity) } ?? .text(""), .number(signups[s.id] ?? 0),
                    .text(names(roles, [.speaker, .panelist])), .text(names(roles, [.chair, .moderator, .host])),
                    .text(languages(s)), .text(status(s)), .text(flag(s.isFixed)),
                ])
            }
        case .people:
            out.header = ExportText.headerPeople.columns(language)
            for p in plan.people.sorted(by: { $0.key < $1.key }) where rolesByPerson[p.id] != nil {
                let roles = (rolesByPerson[p.id] ?? []).compactMap { r in
                    sessions[r.session].map {
                        role(r) + ExportText.labelSeparator.text(language) + $0.title
                    }
                }
                out.rows.append(
                    [p.key, p.name, p.organisation, p.title, p.phone, p.email].map(Cell.text) + [
                        .number(p.vipLevel), .text(roles.joined(separator: ExportText.clauseSeparator.text(language))),
                    ])
            }
        case .attendees:
            out.header = ExportText.headerAttendees.columns(language)
            // Titles of the sessions kept, by id: 600,000 sign-ups copy a title each, not a session.
            let titles = Dictionary(
                plan.sessions.filter(keep).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            let separator = ExportText.listSeparator.text(language)
            for r in byPersonKey() {
                guard let p = people(r.person) else { continue }
                if let person, person != p.id { continue }
                let chosen = r.signups.compactMap { titles[$0] }
                if track != nil && chosen.isEmpty { continue }
                out.rows.append(
                    [
                        p.key, p.name, p.organisation, p.title, p.phone, p.email, category(r), p.province, p.city,
                        p.gender, chosen.joined(separator: separator), p.notes,
                    ].map(Cell.text))
            }
        case .signups:
            out.header = ExportText.headerSignups.columns(language)
            for r in byPersonKey() {
                guard let p = people(r.person) else { continue }
                if let person, person != p.id { continue }
                for s in r.signups.compactMap({ sessions[$0] }) where keep(s) {
                    out.rows.append(
                        [.text(p.key), .text(p.name), .text(p.organisation), .text(s.key), .text(s.title), day(s),
                         clock(s.start), .text(s.room.flatMap { rooms[$0]?.name } ?? "")])
                }
            }
        }
        return out
    }
}
