import PlanningCore

/// Sessions, people, attendees and sign-ups as CSV for Excel: one header row in the export's
/// language, then one row per item in a stable order.
public enum TableExport {
    public enum Table: String, CaseIterable, Sendable { case sessions, people, attendees, signups }

    public static func csv(_ table: Table, plan: EventPlan, language: Language, byteOrderMark: Bool = true,
                           track: String? = nil, person: ID<Person>? = nil) -> String {
        let zh = language == .zh
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
        let ordered = plan.sessions.sorted { a, b in
            switch (a.start, b.start) {
            case (nil, nil): return a.key < b.key
            case (nil, _): return false
            case (_, nil): return true
            default: return Programme.order(a, b)
            }
        }
        func day(_ s: Session) -> String { s.start.map { plan.event.programmeDay(of: $0).description } ?? "" }
        func names(_ roles: [SessionRole], _ kinds: Set<RoleKind>) -> String {
            roles.filter { kinds.contains($0.role) }.compactMap { people[$0.person]?.name }.joined(separator: zh ? "、" : "; ")
        }
        switch table {
        case .sessions:
            w.row(zh ? ["编号", "题目", "类型", "分论坛", "日期", "开始", "结束", "会场", "场地", "座位", "报名人数", "主讲", "主持", "语言", "状态"]
                : ["key", "title", "kind", "track", "day", "start", "end", "room", "site", "seats", "signups", "speakers", "chairs", "languages", "status"])
            for s in ordered where keep(s) {
                let room = s.room.flatMap { rooms[$0] }
                let roles = rolesBySession[s.id] ?? []
                w.row([s.key, s.title, s.kind.label(language), s.track, day(s), s.start?.clock ?? "", s.end?.clock ?? "",
                       room?.name ?? "", room.flatMap { sites[$0.site] } ?? "", room.map { String($0.capacity) } ?? "",
                       String(signups[s.id] ?? 0), names(roles, [.speaker, .panelist]), names(roles, [.chair, .moderator, .host]),
                       s.languages.joined(separator: ","), s.status.rawValue])
            }
        case .people:
            w.row(zh ? ["编号", "姓名", "单位", "职务", "手机", "邮箱", "贵宾级别", "角色"]
                : ["key", "name", "organisation", "title", "phone", "email", "vip", "roles"])
            for p in plan.people.sorted(by: { $0.key < $1.key }) where rolesByPerson[p.id] != nil {
                let roles = (rolesByPerson[p.id] ?? []).compactMap { r in
                    sessions[r.session].map { r.role.label(language) + (zh ? "：" : ": ") + $0.title }
                }
                w.row([p.key, p.name, p.organisation, p.title, p.phone, p.email, String(p.vipLevel), roles.joined(separator: zh ? "；" : "; ")])
            }
        case .attendees:
            w.row(zh ? ["编号", "姓名", "单位", "职务", "手机", "邮箱", "参会类别", "省份", "城市", "性别", "分论坛", "备注"]
                : ["key", "name", "organisation", "title", "phone", "email", "category", "province", "city", "gender", "sub-forums", "notes"])
            for r in plan.registrations.sorted(by: { (people[$0.person]?.key ?? "") < (people[$1.person]?.key ?? "") }) {
                guard let p = people[r.person] else { continue }
                if let person, person != p.id { continue }
                let chosen = r.signups.compactMap { sessions[$0] }.filter(keep)
                if track != nil && chosen.isEmpty { continue }
                w.row([p.key, p.name, p.organisation, p.title, p.phone, p.email, r.category, p.province, p.city, p.gender,
                       chosen.map(\.title).joined(separator: zh ? "、" : "; "), p.notes])
            }
        case .signups:
            w.row(zh ? ["参会者编号", "姓名", "单位", "场次编号", "场次", "日期", "开始", "会场"]
                : ["person", "name", "organisation", "session", "title", "day", "start", "room"])
            for r in plan.registrations.sorted(by: { (people[$0.person]?.key ?? "") < (people[$1.person]?.key ?? "") }) {
                guard let p = people[r.person] else { continue }
                if let person, person != p.id { continue }
                for s in r.signups.compactMap({ sessions[$0] }) where keep(s) {
                    w.row([p.key, p.name, p.organisation, s.key, s.title, day(s), s.start?.clock ?? "",
                           s.room.flatMap { rooms[$0]?.name } ?? ""])
                }
            }
        }
        return w.text
    }
}
