import PlanningCore

/// Pane 2: every session with its time, room, speakers, sign-ups and worst clash.
enum SessionsPane: ListPane {
    static let title = UIWords.paneSessions
    static let bindings = PaneKeys.editing + [
        Binding([.char("r")], "r", hint: .hintRole, .addRole),
        Binding([.char("R")], "R", .removeRole),
        Binding([.char("z")], "z", .seating),
        Binding([.char("b")], "b", .tables),
    ] + PaneKeys.list

    static func perform(_ action: Action, _ s: inout AppState) -> Bool {
        let selected = s.selectedRow.map { s.plan.sessions[$0].id }
        switch action {
        case .add: s.mode = .form(s.sessionForm(nil))
        case .edit: if let row = s.selectedRow { s.mode = .form(s.sessionForm(s.plan.sessions[row])) }
        case .delete:
            guard let id = selected, let r = s.plan.record(of: id) else { return true }
            s.mode = .confirm(
                Confirmation(
                    title: .confirmDeleteSession,
                    message: UIWords.deleteSession.text(s.language, r.session.title, r.roles.count, r.attendees.count),
                    changes: [.session(before: r, after: nil)]))
        case .addRole:
            guard let id = selected else { s.message = UIWords.noSessionYet.text(s.language); return true }
            s.mode = .form(s.roleForm(id))
        case .seating:
            guard let id = selected else { s.message = UIWords.noSessionYet.text(s.language); return true }
            s.mode = .seating(SeatingEditor(session: id))
        case .tables:
            guard let id = selected else { s.message = UIWords.noSessionYet.text(s.language); return true }
            // Only a meal is served at tables: a plan on a keynote would be seats nobody eats at.
            if let session = s.plan.sessions.first(where: { $0.id == id }), session.kind != .meal {
                s.message = UIWords.tablesNotAMeal.text(s.language, session.title, session.kind.text(s.language))
                return true
            }
            s.mode = .tables(TableEditor(meal: id))
        case .removeRole:
            guard let id = selected, !(s.document.catalog.rolesBySession[id] ?? []).isEmpty else { return true }
            s.mode = .form(s.removeRoleForm(id))
        default: return false
        }
        return true
    }

    static func rows(_ s: AppState) -> [Int] { Array(s.plan.sessions.indices) }

    static func entityKey(_ s: AppState, row: Int) -> String? {
        row < s.plan.sessions.count ? s.plan.sessions[row].uid : nil
    }

    static func searchText(_ s: AppState, row: Int) -> String {
        s.plan.sessions[row].title + " " + s.plan.sessions[row].track
    }

    /// The worst open clash of a session: what its mark column shows and is coloured by.
    static func worst(_ s: AppState, _ id: ID<Session>) -> Severity? {
        let f = s.document.catalog.findingsBySession[id] ?? []
        return f.contains { $0.severity == .error } ? .error : f.contains { $0.severity == .warning } ? .warning : nil
    }

    static func columns(_ s: AppState) -> [Column] {
        let plan = s.plan, c = s.document.catalog, lang = s.language, pending = s.attendeesPending
        let list = UIWords.listSeparator.text(lang)
        // The date, as the rest of the UI writes a day (`D2` was a code to work out).
        let day: (Int) -> String = { row in
            plan.sessions[row].start.map { DateText.day(plan.event.programmeDay(of: $0), lang, weekday: false) } ?? "—"
        }
        let dayWidth = plan.event.days.map { DisplayWidth.of(DateText.day($0, lang, weekday: false)) }.max() ?? 6
        let time: (Int) -> String = { row in
            guard let a = plan.sessions[row].start, let b = plan.sessions[row].end else { return "—" }
            return a.clock + "–" + b.clock
        }
        let room: (Int) -> String = { row in
            plan.sessions[row].room.flatMap { c.roomIndex[$0] }.map { plan.rooms[$0].name } ?? "—"
        }
        let speakers: (Int) -> String = { row in
            (c.rolesBySession[plan.sessions[row].id] ?? []).filter { $0.role != .interpreter }
                .compactMap { c.personIndex[$0.person].map { plan.people[$0].name } }.joined(separator: list)
        }
        let seats: (Int) -> String = { row in
            let x = plan.sessions[row]
            let roomSeats = x.room.flatMap { c.roomIndex[$0] }.map { plan.rooms[$0].capacity }
            let cap = [roomSeats, x.capacityLimit].compactMap { $0 }.min()
            return "\(pending ? "…" : String(c.signups[x.id] ?? 0))/\(cap.map(String.init) ?? "—")"
        }
        let worst: (Int) -> Severity? = { row in Self.worst(s, plan.sessions[row].id) }
        // `#`: fixed, which `solve` leaves where it is.
        let mark: (Int) -> String = { row in
            (worst(row).map { $0 == .error ? "✖" : "▲" } ?? "") + (plan.sessions[row].isFixed ? "#" : "")
        }
        let start: (Int) -> SortKey = { .number(plan.sessions[$0].start?.minutes ?? Int.max) }
        let title: (Int) -> String = { plan.sessions[$0].title }, track: (Int) -> String = { plan.sessions[$0].track }
        return [
            Column(title: .colDay, width: dayWidth, priority: 8, value: day, sortKey: start),
            Column(title: .colTime, width: 11, priority: 9, value: time, sortKey: start),
            Column(title: .colRoom, width: 12, priority: 7, value: room, sortKey: Column.text(room)),
            Column(title: .colTitle, width: 24, priority: 10, flex: true, value: title, sortKey: Column.text(title)),
            Column(title: .colKind, width: 9, priority: 3, value: { plan.sessions[$0].kind.label(lang) },
                   sortKey: { .text(plan.sessions[$0].kind.rawValue) }),
            Column(title: .colTrack, width: 10, priority: 2, value: track, sortKey: Column.text(track)),
            Column(title: .colSpeakers, width: 14, priority: 5, value: speakers, sortKey: Column.text(speakers)),
            Column(title: .colSignups, width: 9, priority: 6, alignRight: true, value: seats,
                   sortKey: { .number(c.signups[plan.sessions[$0].id] ?? 0) }),
            Column(title: .colMark, width: 2, priority: 10, value: mark, sortKey: Column.text(mark),
                   role: { worst($0).map(Theme.role) }),
        ]
    }

    /// `第2天 5月15日 09:00–10:30`, `Day 2 · 15 May 09:00–10:30`: the details have room for which
    /// day of the event it is, which a one-day event does not need.
    static func when(_ s: AppState, _ x: Session) -> String {
        let when = s.document.words.when(x.id)
        guard let a = x.start, s.plan.event.days.count > 1, !when.isEmpty else { return when }
        return UIWords.dayNumbered.text(s.language, s.plan.event.dayIndex(of: a)) + when
    }

    static func details(_ s: AppState, row: Int) -> [DetailLine] {
        let plan = s.plan, c = s.document.catalog, lang = s.language, d = DetailText(s)
        let x = plan.sessions[row]
        let room = x.room.flatMap { c.roomIndex[$0] }.map { plan.rooms[$0] }
        let came = s.document.arrivals[x.id].map { " · " + UIWords.arrivedHere.text(lang, $0) } ?? ""
        let count = s.attendeesPending ? "…" : String(c.signups[x.id] ?? 0)
        let signups = count + (room.map { " / \($0.capacity)" } ?? "") + came
        var lines = [
            DetailLine(text: x.title, style: CellStyle(bold: true)),
            d.field(.colTime, Self.when(s, x)),
            d.field(.colRoom, room.map { $0.name + " · " + (c.siteName[$0.site] ?? "") } ?? ""),
            d.field(
                .colKind,
                x.kind.label(lang) + (x.isPlenary ? " · " + UIWords.fieldPlenary.text(lang) : "")
                    + (x.isFixed ? " · " + UIWords.fieldFixed.text(lang) : "")),
            d.field(.colTrack, x.track), d.field(.detailStatus, x.status.text(lang)),
            d.field(.detailLanguages, LanguageName.words(x.languages, lang)),
            d.field(
                .detailRequires,
                x.requiredFeatures.map { featureLabel($0, lang) }.joined(separator: UIWords.listSeparator.text(lang))),
            d.field(.colSignups, signups), d.heading(.detailRoles),
        ]
        for r in c.rolesBySession[x.id] ?? [] {
            guard let i = c.personIndex[r.person] else { continue }
            let person = plan.people[i]
            lines.append(
                DetailLine(
                    text: "  " + r.role.label(lang) + " " + person.name + " " + person.title + " " + person.organisation
                ))
        }
        let open = c.findingsBySession[x.id] ?? []
        if !open.isEmpty {
            lines.append(DetailLine(text: d.heading(.detailFindings).text, style: CellStyle(bold: true)))
            for f in open {
                let mark = f.severity == .error ? "✖ " : f.severity == .warning ? "▲ " : "· "
                lines.append(
                    DetailLine(
                        text: "  " + mark + s.document.words.message(f.finding),
                        style: CellStyle(role: Theme.role(f.severity))))
            }
        }
        if !x.notes.isEmpty { lines.append(d.field(.detailNotes, x.notes)) }
        return lines
    }
}
