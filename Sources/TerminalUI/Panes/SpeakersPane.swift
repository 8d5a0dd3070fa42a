import Interchange
import PlanningCore

/// Pane 3: everyone with a role (speakers, moderators, interpreters, guests), with their sessions.
enum SpeakersPane: ListPane {
    static let title = UIWords.paneSpeakers
    static let bindings = PaneKeys.editing + PaneKeys.list

    static func perform(_ action: Action, _ s: inout AppState) -> Bool {
        switch action {
        case .add:
            guard !s.plan.sessions.isEmpty else { s.message = UIWords.noSessionYet.text(s.language); return true }
            s.mode = .form(s.speakerForm(nil))
        case .edit: if let row = s.selectedRow { s.mode = .form(s.speakerForm(s.plan.people[row])) }
        case .delete:
            guard let row = s.selectedRow, let r = s.plan.record(of: s.plan.people[row].id) else { return true }
            let message = UIWords.deletePerson.text(
                s.language, r.person.name, r.roles.count, r.registration?.signups.count ?? 0)
            s.mode = .confirm(
                Confirmation(title: .confirmDeletePerson, message: message, changes: [.person(before: r, after: nil)]))
        default: return false
        }
        return true
    }

    static func rows(_ s: AppState) -> [Int] { s.document.catalog.speakers }

    static func entityKey(_ s: AppState, row: Int) -> String? {
        row < s.plan.people.count ? s.plan.people[row].uid : nil
    }

    static func searchText(_ s: AppState, row: Int) -> String {
        s.plan.people[row].name + " " + s.plan.people[row].organisation
    }

    /// The name by its surname reading too: `/zyt` finds 曾永涛.
    static func searchKey(_ s: AppState, row: Int) -> String {
        let p = s.plan.people[row]
        return Pinyin.shared.nameSearchKey(p.name) + "\u{1}" + Pinyin.shared.searchKey(p.organisation)
    }

    static func columns(_ s: AppState) -> [Column] {
        let plan = s.plan, c = s.document.catalog
        let count: (Int) -> Int = { Set((c.rolesByPerson[plan.people[$0].id] ?? []).map(\.session)).count }
        let vip: (Int) -> String = { plan.people[$0].vipLevel > 0 ? String(plan.people[$0].vipLevel) : "" }
        return PersonColumns.columns { plan.people[$0] } + [
            Column(
                title: .colVIP, width: 4, priority: 5, alignRight: true, value: vip,
                sortKey: { .number(-plan.people[$0].vipLevel) }),
            Column(
                title: .colSessions, width: 5, priority: 7, alignRight: true, value: { String(count($0)) },
                sortKey: { .number(count($0)) }),
        ]
    }

    static func details(_ s: AppState, row: Int) -> [DetailLine] {
        let plan = s.plan, c = s.document.catalog, d = DetailText(s)
        let person = plan.people[row]
        var lines = PersonColumns.details(person, d)
        lines += [
            d.field(.colVIP, person.vipLevel > 0 ? String(person.vipLevel) : ""),
            d.field(.detailAvailability, d.windows(person.availability)), d.heading(.detailSessions),
        ]
        let start: (SessionRole) -> Int = {
            c.sessionIndex[$0.session].flatMap { plan.sessions[$0].start?.minutes } ?? .max
        }
        let roles = (c.rolesByPerson[person.id] ?? []).sorted { start($0) < start($1) }
        lines += roles.compactMap { d.session($0.session, " (" + $0.role.label(s.language) + ")") }
        return lines
    }
}

/// The columns and details the Speakers and Attendees panes share.
enum PersonColumns {
    static func columns(_ person: @escaping (Int) -> Person) -> [Column] {
        let name: (Int) -> String = { person($0).name }, org: (Int) -> String = { person($0).organisation }
        let title: (Int) -> String = { person($0).title }
        return [
            Column(title: .colName, width: 10, priority: 10, value: name,
                   sortKey: { .text(NameOrder.key(person($0).name)) }),
            Column(title: .colOrganisation, width: 20, priority: 8, flex: true, value: org, sortKey: Column.text(org)),
            Column(title: .colJobTitle, width: 12, priority: 6, value: title, sortKey: Column.text(title)),
        ]
    }

    static func details(_ person: Person, _ d: DetailText) -> [DetailLine] {
        [DetailLine(text: person.name, style: CellStyle(bold: true)), d.field(.colOrganisation, person.organisation),
         d.field(.colJobTitle, person.title), d.field(.detailPhone, person.phone), d.field(.detailEmail, person.email)]
            // Only when staff set one: otherwise the notices go by the name, as everyone's do.
            + (person.language.map { [d.field(.fieldNoticeLanguage, LanguageName.words([$0], d.s.language))] } ?? [])
    }
}
