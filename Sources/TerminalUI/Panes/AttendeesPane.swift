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
        let plan = s.plan, c = s.document.catalog
        // A choice by its track (分论坛三) when the track is that one session's; by its title when
        // several sessions share the track (国际分论坛 has three), so the column says which one.
        var sessionsInTrack: [String: Int] = [:]
        for x in plan.sessions where !x.track.isEmpty { sessionsInTrack[x.track, default: 0] += 1 }
        let choices: (Int) -> String = { row in
            plan.registrations[row].signups.compactMap { c.sessionIndex[$0] }.map { i in
                let x = plan.sessions[i]
                return x.track.isEmpty || sessionsInTrack[x.track, default: 0] > 1 ? x.title : x.track
            }.joined(separator: UIWords.listSeparator.text(s.language))
        }
        return PersonColumns.columns { person(s, $0) } + [
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
