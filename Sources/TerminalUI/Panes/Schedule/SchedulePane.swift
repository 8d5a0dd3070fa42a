import Interchange
import PlanningCore

/// Pane 5: the schedule grid, rooms across and time down, one day at a time. Its behaviour is
/// here (the cursor, days and zoom, free slots and filters), its drawing in ScheduleRender.swift,
/// moving a session in GridMove.swift.
enum SchedulePane: PaneScreen {
    static let title = UIWords.paneSchedule

    /// The grid has its own n, N and / and no columns to sort: one meaning per key.
    static let bindings: [Binding<Action>] = [
        Binding([.left, .char("h")], "← h", .left),
        Binding([.right, .char("l")], "→ l", .right),
        Binding([.char("n")], "n", hint: .hintNextClash, .nextClash),
        Binding([.char("N")], "N", .previousClash),
        Binding([.char("m")], "m", hint: .hintMoveSession, .moveSession),
        // At 80 columns the bar keeps n, m, F (and `?`); f, then the day, then the rest as room allows.
        Binding([.char("f")], "f", hint: .hintFreeSlot, rank: 2, .findSlot),
        Binding([.char("[")], "[ ] PgUp PgDn", hint: .hintDay, rank: 3, .previousDay),
        Binding([.char("]")], "", .nextDay),
        Binding([.char("+"), .char("=")], "+ -", hint: .hintZoom, rank: 4, .zoomIn),
        Binding([.char("-")], "", .zoomOut),
        Binding([.char("t")], "t", hint: .hintTrack, rank: 4, .trackFilter),
        Binding([.char("p")], "p", hint: .hintPerson, rank: 4, .personFilter),
        Binding([.char("F")], "F", hint: .hintSolve, .solve),
        Binding([.enter, .char("e")], "Enter e", .edit),
        Binding([.char("a")], "a", .addAtCursor),
        Binding([.char("/")], "/", .searchSessions),
    ]

    static func perform(_ action: Action, _ s: inout AppState) -> Bool { s.handleGrid(action) }

    static func draw(_ g: inout CellGrid, _ s: AppState, _ layout: Layout) { drawSchedule(&g, s) }
}

extension AppState {
    var gridModel: GridModel { GridModel(self) }

    /// Where the session being moved in the grid now starts (for the benchmark and scripts).
    public var gridMovingStart: LocalDateTime? { view.grid.moving?.current.start }

    /// The session under the grid's cursor: the first drawn in the cursor's row.
    func gridSelection(_ model: GridModel) -> Placement? {
        guard view.grid.column >= 0, view.grid.column < model.placements.count else { return nil }
        // While moving, the moved session is the selection wherever it overlaps others.
        if let id = view.grid.moving?.current.id, let i = document.catalog.sessionIndex[id],
           let p = model.placements[view.grid.column].first(where: { $0.session == i }) {
            return p
        }
        let a = view.grid.minute, b = view.grid.minute + view.grid.zoom
        let here = model.placements[view.grid.column].filter { $0.start < b && a < $0.end }
        if let id = view.grid.focused, let i = document.catalog.sessionIndex[id],
            let p = here.first(where: { $0.session == i })
        {
            return p
        }
        return here.first
    }

    var gridSelectedSession: Session? {
        let model = gridModel
        return gridSelection(model).map { plan.sessions[$0.session] }
    }

    /// Handles a grid action; false when the action is not the grid's (pane switching, undo…).
    mutating func handleGrid(_ action: Action) -> Bool {
        let model = gridModel
        switch action {
        case .up: stepCursor(-1, model)
        case .down: stepCursor(1, model)
        case .left: view.grid.column = max(0, view.grid.column - 1)
        case .right: view.grid.column = min(max(0, model.rooms.count - 1), view.grid.column + 1)
        case .home: view.grid.minute = model.firstMinute
        case .end: view.grid.minute = max(model.firstMinute, model.lastMinute - view.grid.zoom)
        case .pageUp, .previousDay: changeDay(-1)
        case .pageDown, .nextDay: changeDay(1)
        case .zoomIn, .zoomOut:
            let i = GridState.zooms.firstIndex(of: view.grid.zoom) ?? 1
            view.grid.zoom = GridState.zooms[max(0, min(GridState.zooms.count - 1, i + (action == .zoomIn ? -1 : 1)))]
            view.grid.minute = view.grid.minute / view.grid.zoom * view.grid.zoom
            view.grid.top = nil
        case .edit:
            guard let p = gridSelection(model) else { return true }
            mode = .form(sessionForm(plan.sessions[p.session]))
        case .addAtCursor:
            guard gridSelection(model) == nil, view.grid.column < model.rooms.count else {
                message = UIWords.gridAddOnEmpty.text(language)
                return true
            }
            mode = .form(newSessionForm(room: plan.rooms[model.rooms[view.grid.column]].id,
                                        start: LocalDateTime(minutes: model.midnight + view.grid.minute), minutes: 60))
        case .moveSession:
            guard let p = gridSelection(model) else { message = UIWords.gridNoSession.text(language); return true }
            let s = plan.sessions[p.session]
            view.grid.moving = GridState.Moving(original: s, current: s)
            view.grid.minute = p.start / view.grid.zoom * view.grid.zoom
        case .findSlot:
            guard let p = gridSelection(model) else { message = UIWords.gridNoSession.text(language); return true }
            let id = plan.sessions[p.session].id
            let slots = document.engine.suggestSlots(for: id, limit: 12, stepMinutes: view.grid.zoom)
            if slots.isEmpty {
                message = UIWords.gridNoSlot.text(language)
            } else {
                mode = .freeSlots(FreeSlots(session: id, slots: slots))
            }
        case .solve: startRepair(SolveOptions())
        case .nextClash, .previousClash: nextClash(action == .nextClash ? 1 : -1)
        case .searchSessions:
            // The search starts from the session under the cursor; the general search mode takes it from here.
            if let here = gridSelection(model).map(\.session), let i = gridSearchOrder.firstIndex(of: here) {
                list.selected = i
            }
            return false
        case .export: return false
        case .trackFilter: mode = .form(trackForm())
        case .personFilter: mode = .form(personForm())
        default: return false
        }
        keepGridCursorVisible()
        return true
    }

    /// A click on a grid cell puts the cursor there.
    mutating func clickGrid(x: Int, y: Int) {
        let model = gridModel
        let geo = GridGeometry(width: width, height: height, roomCount: model.rooms.count)
        guard x >= GridGeometry.timeWidth, y >= geo.top, y < geo.top + geo.rows else { return }
        let column = view.grid.left + (x - GridGeometry.timeWidth) / geo.columnWidth
        let top = view.grid.top ?? model.firstMinute
        let minute = top + (y - geo.top) * view.grid.zoom
        guard column < model.rooms.count, minute < model.lastMinute else { return }
        view.grid.column = column
        view.grid.minute = minute
        keepGridCursorVisible()
    }

    /// Up and down step over a whole session, so the cursor goes from session to session and
    /// through the empty cells between them.
    private mutating func stepCursor(_ direction: Int, _ model: GridModel) {
        let z = view.grid.zoom
        if let p = gridSelection(model) {
            view.grid.minute = direction > 0 ? (p.end + z - 1) / z * z : (p.start / z - 1) * z
        } else {
            view.grid.minute += direction * z
        }
        view.grid.minute = max(model.firstMinute, min(view.grid.minute, max(model.firstMinute, model.lastMinute - z)))
    }

    private mutating func changeDay(_ by: Int) {
        let n = plan.event.days.count
        guard n > 0 else { return }
        view.grid.day = max(0, min(n - 1, view.grid.day + by))
        view.grid.top = nil
        view.grid.column = min(view.grid.column, max(0, gridModel.rooms.count - 1))
    }

    mutating func keepGridCursorVisible() {
        let model = gridModel
        let geometry = GridGeometry(width: width, height: height, roomCount: model.rooms.count)
        view.grid.column = max(0, min(view.grid.column, model.rooms.count - 1))
        if view.grid.column < view.grid.left { view.grid.left = view.grid.column }
        if view.grid.column >= view.grid.left + geometry.visibleColumns {
            view.grid.left = view.grid.column - geometry.visibleColumns + 1
        }
        view.grid.left = max(0, min(view.grid.left, max(0, model.rooms.count - geometry.visibleColumns)))
        let span = geometry.rows * view.grid.zoom
        var top =
            view.grid.top ?? max(model.firstMinute, min(view.grid.minute - span / 3, model.lastMinute - span))
            / view.grid.zoom * view.grid.zoom
        if view.grid.minute < top { top = view.grid.minute }
        if view.grid.minute >= top + span { top = view.grid.minute - span + view.grid.zoom }
        top = max(min(top, model.lastMinute - span), model.firstMinute)
        view.grid.top = top / view.grid.zoom * view.grid.zoom
    }

    /// Goes to the next (or previous) session with an open clash, across days, so a person can
    /// walk through every clash from the grid.
    /// Every session with an open clash once each, in the order the grid shows them (time, then
    /// the grid's column): from the selected session to the next or the one before, wrapping.
    private mutating func nextClash(_ direction: Int) {
        let placed = plan.sessions.filter {
            $0.start != nil && $0.room != nil && document.catalog.findingsBySession[$0.id] != nil
        }
        guard !placed.isEmpty else { message = UIWords.gridNoClash.text(language); return }
        let model = gridModel
        let column = Dictionary(model.rooms.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let roomIndex = document.catalog.roomIndex
        // Rooms the grid does not show (a track filter) come after those it does.
        let rank: (Session) -> (Int, Int, Int) = { s in
            let r = roomIndex[s.room!] ?? 0
            return (s.start!.minutes, column[r] ?? 10_000 + r, s.id.raw)
        }
        let ordered = placed.sorted { rank($0) < rank($1) }
        let target: Session
        if let current = gridSelection(model).map({ plan.sessions[$0.session].id }),
            let i = ordered.firstIndex(where: { $0.id == current })
        {
            target = ordered[(i + direction + ordered.count) % ordered.count]
        } else {
            let here = (model.midnight + view.grid.minute, view.grid.column, Int.min)
            target =
                direction > 0
                ? ordered.first { rank($0) > here } ?? ordered[0]
                : ordered.last { rank($0) < here } ?? ordered[ordered.count - 1]
        }
        focusGrid(on: target)
    }

    // MARK: filters

    private func trackForm() -> Form {
        let tracks = Set(plan.sessions.map(\.track)).filter { !$0.isEmpty }.sorted {
            Pinyin.shared.sortKey($0) < Pinyin.shared.sortKey($1)
        }
        let choices =
            [Choice(label: UIWords.gridAllTracks.text(language), value: .none)]
            + tracks.map { Choice(label: $0, value: .track($0)) }
        let chosen = view.grid.track.map { ChoiceValue.track($0) } ?? ChoiceValue.none
        return Form(
            title: .gridTrackTitle, purpose: .gridTrack,
            fields: [FormField(.fieldTrack, .choice(choices, allowsNew: false), chosen: chosen)])
    }

    private func personForm() -> Form {
        let people = document.catalog.speakers.map { plan.people[$0] }
            .sorted { Pinyin.shared.sortKey($0.name) < Pinyin.shared.sortKey($1.name) }
        let choices =
            [Choice(label: UIWords.gridNobody.text(language), value: .none)]
            + people.map {
                Choice(label: $0.name + ($0.organisation.isEmpty ? "" : " · " + $0.organisation),
                       value: .person($0.id))
            }
        let chosen = view.grid.person.map { ChoiceValue.person($0) } ?? ChoiceValue.none
        return Form(
            title: .gridPersonTitle, purpose: .gridPerson,
            fields: [FormField(.fieldPerson, .choice(choices, allowsNew: false), chosen: chosen)])
    }

    /// The grid's filter forms save into the grid, not the store.
    mutating func saveGridFilter(_ form: Form) {
        switch form.purpose {
        case .gridTrack:
            view.grid.track = if case .track(let t) = form[OnlyField.only].chosen { t } else { nil }
            view.grid.column = 0
            view.grid.left = 0
        case .gridPerson:
            view.grid.person = if case .person(let p) = form[OnlyField.only].chosen { p } else { nil }
            // Following someone starts at their first session, on whatever day it is.
            if let p = view.grid.person, let first = firstSession(of: p) { focusGrid(on: first) }
        default: break
        }
        keepGridCursorVisible()
    }

    /// A person's first placed session across the event (their roles and sign-ups).
    func firstSession(of person: ID<Person>) -> Session? {
        var ids = Set((document.catalog.rolesByPerson[person] ?? []).map(\.session))
        if let r = document.catalog.registrationIndex[person] { ids.formUnion(plan.registrations[r].signups) }
        return ids.compactMap { document.catalog.sessionIndex[$0].map { plan.sessions[$0] } }
            .filter { $0.start != nil && $0.room != nil }.min { ($0.start!, $0.title) < ($1.start!, $1.title) }
    }

    /// One person's sessions on the grid's day, in time order: where they must be.
    func itinerary(_ person: ID<Person>, on model: GridModel) -> [Session] {
        var ids = Set((document.catalog.rolesByPerson[person] ?? []).map(\.session))
        if let r = document.catalog.registrationIndex[person] { ids.formUnion(plan.registrations[r].signups) }
        return ids.compactMap { document.catalog.sessionIndex[$0].map { plan.sessions[$0] } }
            .filter { s in s.start.map { plan.event.programmeDay(of: $0) == model.day } ?? false }
            .sorted { ($0.start!, $0.title) < ($1.start!, $1.title) }
    }

    /// The grid's search: the first session on or after the one the search started from (in the
    /// grid's time order, across days) whose title, pinyin or initials contain the query; the
    /// grid goes to it.
    mutating func findInGrid(_ query: String, from start: Int) {
        let q = Array(query.lowercased().utf8)
        let timed = gridSearchOrder
        guard !q.isEmpty, !timed.isEmpty else { return }
        let index = searchIndex(.sessions)
        guard let hit = index.firstMatch(q, order: timed, from: ((start % timed.count) + timed.count) % timed.count)
        else {
            message = UIWords.searchNone.text(language)
            return
        }
        list.selected = hit
        message = nil
        focusGrid(on: plan.sessions[timed[hit]])
    }

    /// Placed sessions in time order: the grid's search walks them.
    var gridSearchOrder: [Int] {
        plan.sessions.indices.filter { plan.sessions[$0].start != nil && plan.sessions[$0].room != nil }
            .sorted { (plan.sessions[$0].start!, $0) < (plan.sessions[$1].start!, $1) }
    }
}
