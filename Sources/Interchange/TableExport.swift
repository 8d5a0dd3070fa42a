import PlanningCore

/// Sessions, people, attendees and sign-ups as CSV for Excel: one header row in the export's
/// language, then one row per item in a stable order.
public enum TableExport {
    public enum Table: String, CaseIterable, Sendable { case sessions, people, attendees, signups }

    public static func csv(
        _ table: Table, plan: EventPlan, language: Language, byteOrderMark: Bool = true,
        track: String? = nil, person: ID<Person>? = nil, codes: Bool = false
    ) -> String {
        // Words for people, as the office says them; codes only when a script asks.
        let kind = { (s: Session) in codes ? s.kind.rawValue : s.kind.label(language) }
        let status = { (s: Session) in codes ? s.status.rawValue : s.status.text(language) }
        let languages = { (s: Session) in
            codes ? s.languages.joined(separator: ",") : LanguageName.words(s.languages, language)
        }
        let category = { (r: Registration) in codes ? r.category : RegistrationCategory.words(r.category, language) }
        let role = { (r: SessionRole) in codes ? r.role.rawValue : r.role.label(language) }
        var w = CSVWriter(byteOrderMark: byteOrderMark)
        let rooms = Dictionary(plan.rooms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sites = Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var signups: [ID<Session>: Int] = [:]
        for r in plan.registrations { for s in r.signups { signups[s, default: 0] += 1 } }
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
        let ordered = Programme.inOrder(plan.sessions)
        func day(_ s: Session) -> String { s.start.map { plan.event.programmeDay(of: $0).description } ?? "" }
        func names(_ roles: [SessionRole], _ kinds: Set<RoleKind>) -> String {
            roles.filter { kinds.contains($0.role) }.compactMap { people[$0.person]?.name }.joined(
                separator: ExportText.listSeparator.text(language))
        }
        switch table {
        case .sessions:
            w.row(ExportText.headerSessions.columns(language))
            for s in ordered where keep(s) {
                let room = s.room.flatMap { rooms[$0] }
                let roles = rolesBySession[s.id] ?? []
                w.row([
                    s.key, s.title, kind(s), s.track, day(s), s.start?.clock ?? "", s.end?.clock ?? "",
                    room?.name ?? "", room.flatMap { sites[$0.site] } ?? "", room.map { String($0.capacity) } ?? "",
                    String(signups[s.id] ?? 0), names(roles, [.speaker, .panelist]),
                    names(roles, [.chair, .moderator, .host]),
                    languages(s), status(s),
                ])
            }
        case .people:
            w.row(ExportText.headerPeople.columns(language))
            for p in plan.people.sorted(by: { $0.key < $1.key }) where rolesByPerson[p.id] != nil {
                let roles = (rolesByPerson[p.id] ?? []).compactMap { r in
                    sessions[r.session].map {
                        role(r) + ExportText.labelSeparator.text(language) + $0.title
                    }
                }
                w.row([
                    p.key, p.name, p.organisation, p.title, p.phone, p.email, String(p.vipLevel),
                    roles.joined(separator: ExportText.clauseSeparator.text(language)),
                ])
            }
        case .attendees:
            w.row(ExportText.headerAttendees.columns(language))
            for r in plan.registrations.sorted(by: { (people[$0.person]?.key ?? "") < (people[$1.person]?.key ?? "") })
            {
                guard let p = people[r.person] else { continue }
                if let person, person != p.id { continue }
                let chosen = r.signups.compactMap { sessions[$0] }.filter(keep)
                if track != nil && chosen.isEmpty { continue }
                w.row([
                    p.key, p.name, p.organisation, p.title, p.phone, p.email, category(r), p.province, p.city, p.gender,
                    chosen.map(\.title).joined(separator: ExportText.listSeparator.text(language)), p.notes,
                ])
            }
        case .signups:
            w.row(ExportText.headerSignups.columns(language))
            for r in plan.registrations.sorted(by: { (people[$0.person]?.key ?? "") < (people[$1.person]?.key ?? "") })
            {
                guard let p = people[r.person] else { continue }
                if let person, person != p.id { continue }
                for s in r.signups.compactMap({ sessions[$0] }) where keep(s) {
                    w.row([
                        p.key, p.name, p.organisation, s.key, s.title, day(s), s.start?.clock ?? "",
                        s.room.flatMap { rooms[$0]?.name } ?? "",
                    ])
                }
            }
        }
        return w.text
    }
}
