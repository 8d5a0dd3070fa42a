import Interchange
import PlanningCore

/// Pane 4: the registrations, with each attendee's sub-forum choices; `i` imports a list.
enum AttendeesPane: ListPane {
    static let title = UIWords.paneAttendees
    static let bindings =
        // The review of duplicates last, so a narrow bottom line keeps search before it.
        PaneKeys.editing + [Binding([.char("i")], "i", hint: .hintImport, .importList)] + PaneKeys.list
        + [Binding([.char("D")], "D", hint: .hintDuplicates, .duplicates)]

    static func perform(_ action: Action, _ s: inout AppState) -> Bool {
        switch action {
        case .add: s.mode = .form(s.attendeeForm(nil, nil))
        case .edit:
            guard let row = s.selectedRow else { return true }
            let reg = s.plan.registrations[row]
            s.mode = .form(s.attendeeForm(person(s, row), reg))
        case .delete:
            guard let row = s.selectedRow, let r = s.plan.record(of: s.plan.registrations[row].person) else {
                return true
            }
            // Someone who also has roles keeps them: only the registration goes.
            var after = r
            after.registration = nil
            let message = Plural(one: UIWords.deleteAttendeeOne, other: .deleteAttendee)
                .text(s.language, r.registration?.signups.count ?? 0, r.person.name)
            s.mode = .confirm(
                Confirmation(
                    title: .confirmDeleteAttendee, message: message,
                    changes: [r.roles.isEmpty ? .person(before: r, after: nil) : .person(before: r, after: after)]))
        case .importList: s.mode = .form(ImportPreview.form)
        case .duplicates: s.emit(.readKeptApart)
        default: return false
        }
        return true
    }

    static func person(_ s: AppState, _ row: Int) -> Person {
        s.plan.people[s.document.catalog.personIndex[s.plan.registrations[row].person]!]
    }

    static func rows(_ s: AppState) -> [Int] { Array(s.plan.registrations.indices) }

    static func entityKey(_ s: AppState, row: Int) -> String? {
        row < s.plan.registrations.count ? "\(s.plan.registrations[row].person.raw)" : nil
    }

    static func searchText(_ s: AppState, row: Int) -> String {
        let p = person(s, row)
        return p.name + " " + p.organisation + " " + p.phone
    }

    /// The name by its surname reading too, then organisation and phone.
    static func searchKey(_ s: AppState, row: Int) -> String {
        let p = person(s, row)
        return Pinyin.shared.nameSearchKey(p.name) + "\u{1}" + Pinyin.shared.searchKey(p.organisation + " " + p.phone)
    }

    static func columns(_ s: AppState) -> [Column] {
        let plan = s.plan, names = s.view.choiceNames ?? ChoiceNames(plan, s.document.catalog)
        let choices: (Int) -> String = { row in
            names.names(plan.registrations[row].signups).joined(separator: UIWords.listSeparator.text(s.language))
        }
        // The category before the job title where both do not fit: staff look people up by it.
        var people = PersonColumns.columns { person(s, $0) }
        for i in people.indices where people[i].title == .colJobTitle { people[i].priority = 4 }
        return people + [
            Column(
                title: .colCategory, width: 10, priority: 5,
                value: { RegistrationCategory.words(plan.registrations[$0].category, s.language) },
                sortKey: { .text(plan.registrations[$0].category) }),
            Column(
                title: .colChoices, width: 20, priority: 7, flex: true, value: choices, sortKey: Column.text(choices)),
        ]
    }

    static func details(_ s: AppState, row: Int) -> [DetailLine] {
        let d = DetailText(s), reg = s.plan.registrations[row]
        return PersonColumns.details(person(s, row), d) + [
            d.field(.colCategory, RegistrationCategory.words(reg.category, s.language)), d.heading(.colChoices),
        ]
            + reg.signups.compactMap { d.session($0) }
    }
}

/// An attendee's chosen sessions as a list names them: each by its own short title, the head of
/// its title (`工作坊一`, `圆桌对话`), or the whole title where that head is shared (`主旨报告`);
/// a track (`工作坊`) only for someone who chose every one of its several sessions. The track
/// alone read as a choice of the track: `圆桌` for `圆桌对话`, `工作坊` for `工作坊一`.
struct ChoiceNames {
    private let plan: EventPlan
    private let catalog: Catalog
    private var inTrack: [String: Int] = [:]
    private var heads: [String: Int] = [:]

    init(_ plan: EventPlan, _ catalog: Catalog) {
        self.plan = plan
        self.catalog = catalog
        for x in plan.sessions {
            if !x.track.isEmpty { inTrack[x.track, default: 0] += 1 }
            if let head = Self.head(x.title) { heads[head, default: 0] += 1 }
        }
    }

    private static func head(_ title: String) -> String? {
        title.firstIndex { $0 == "：" || $0 == ":" }.map { String(title[..<$0]) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    func names(_ chosen: [ID<Session>]) -> [String] {
        let sessions = chosen.compactMap { catalog.sessionIndex[$0] }.map { plan.sessions[$0] }
        var count: [String: Int] = [:]
        for x in sessions where !x.track.isEmpty { count[x.track, default: 0] += 1 }
        var out: [String] = []
        for x in sessions {
            let name: String
            if !x.track.isEmpty, let all = inTrack[x.track], all > 1, count[x.track] == all {
                name = x.track
            } else if let head = Self.head(x.title), heads[head] == 1 {
                name = head
            } else {
                name = x.title
            }
            if !out.contains(name) { out.append(name) }
        }
        return out
    }
}
