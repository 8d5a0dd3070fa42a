import Foundation
import PlanningCore

/// Where a pane's list is: the selected row (an index into the pane's row order), the first
/// row shown, and how it is sorted and searched.
struct ListState: Equatable {
    var selected = 0
    var top = 0
    var sortColumn = 0
    var ascending = true
    var search = ""
}

/// Lookups derived from the plan, rebuilt after every change so rendering only reads.
struct Catalog {
    var sessionIndex: [ID<Session>: Int] = [:]
    var roomIndex: [ID<Room>: Int] = [:]
    var personIndex = RowIndex<Person>([])
    var siteName: [ID<Site>: String] = [:]
    var rolesBySession: [ID<Session>: [SessionRole]] = [:]
    var rolesByPerson: [ID<Person>: [SessionRole]] = [:]
    var signups: [ID<Session>: Int] = [:]
    var registrationIndex = RowIndex<Person>([])
    var speakers: [Int] = []
    var findingsBySession: [ID<Session>: [ReportedFinding]] = [:]

    /// `engine` is the plan's: it has counted every session's sign-ups already.
    init(plan: EventPlan, engine: ConflictEngine, findings: [ReportedFinding]) {
        for (i, s) in plan.sessions.enumerated() { sessionIndex[s.id] = i; signups[s.id] = engine.signupCount(s.id) }
        for (i, r) in plan.rooms.enumerated() { roomIndex[r.id] = i }
        personIndex = RowIndex(plan.people.map(\.id))
        for s in plan.sites { siteName[s.id] = s.name }
        for r in plan.roles {
            rolesBySession[r.session, default: []].append(r)
            rolesByPerson[r.person, default: []].append(r)
        }
        registrationIndex = RowIndex(plan.registrations.map(\.person))
        speakers = Set(plan.roles.map(\.person)).compactMap { personIndex[$0] }.sorted()
        findingsBySession = Catalog.bySession(findings)
    }

    /// Sessions were edited, none added or removed: their sign-up counts and findings.
    mutating func follow(_ edited: [Session], engine: ConflictEngine, findings: [ReportedFinding]) {
        for s in edited { signups[s.id] = engine.signupCount(s.id) }
        findingsBySession = Catalog.bySession(findings)
    }

    static func bySession(_ findings: [ReportedFinding]) -> [ID<Session>: [ReportedFinding]] {
        var out: [ID<Session>: [ReportedFinding]] = [:]
        for f in findings where f.isOpen {
            for s in Set(f.finding.sessions) { out[s, default: []].append(f) }
        }
        return out
    }
}

/// The event as this UI holds it: the plan, what the engine finds in it, the lookups built
/// from both, and this person's history of changes. Changed only by what is stored (or, while
/// a session is dragged, by its trial positions). Public as a type only: its fields are the UI's.
public struct Document {
    var plan: EventPlan
    var engine: ConflictEngine
    var policy: FindingPolicy
    /// Finding keys and order, built when the plan changes (it covers every person).
    var identity: FindingIdentity
    var findings: [ReportedFinding]
    var catalog: Catalog
    /// Finding messages and session times in words; its lookups cover every person, so it is
    /// built when the plan changes, never while drawing.
    var words: FindingText
    /// The database may only be read: nothing is offered that would change it.
    let readOnly: Bool
    var undoStack: [UndoStep] = []
    var redoStack: [UndoStep] = []
    /// The whole event is being read on the loading thread, and why (see `StoreRunner.opening`).
    var loading: LoadPurpose?
    /// Others changed the database while a session was being dragged: reload when it lands.
    var pendingReload = false
    /// Where the plan stands in the store's history, so others' saves after it are taken in row
    /// by row; nil when not known (the event is then read whole once).
    var mark: ChangeMark?
    /// Others saved while the whole event was being read: what came after its read is taken in
    /// once it is in.
    var othersWhileLoading = false
    /// The event's newest release (read when the event is; the only one shown), and what changed
    /// since it (nothing is counted before the first).
    var releases: [Release] = []
    /// People checked in at each session, read from the desks' records.
    var arrivals: [ID<Session>: Int] = [:]
    var changesSinceRelease: [ProgrammeDiff.SessionChange] = []
    var sinceRelease: Int { changesSinceRelease.count }

    init(_ model: PlanModel, readOnly: Bool) {
        plan = model.plan
        engine = model.engine
        policy = model.policy
        identity = model.identity
        findings = model.findings
        catalog = model.catalog
        words = model.words
        mark = model.mark
        self.readOnly = readOnly
    }

    /// Takes a freshly built model (read on the loading thread, or built here).
    mutating func adopt(_ model: PlanModel, language: Language) {
        plan = model.plan
        policy = model.policy
        engine = model.engine
        identity = model.identity
        findings = model.findings
        catalog = model.catalog
        words = model.language == language ? model.words : FindingText(plan: plan, language: language)
        mark = model.mark
    }

    /// The changes since the last release (all of the programme before the first).
    var programmeChanges: [ProgrammeDiff.SessionChange] {
        releases.isEmpty ? ProgrammeDiff(from: [], to: releasedNow).changes : changesSinceRelease
    }

    /// `第 3 版 · 5 处改动` for the top bar; nil before the first release.
    func releaseState(_ language: Language) -> String? {
        guard let last = releases.last else { return nil }
        let title = last.title(language)
        return sinceRelease == 0
            ? title : Plural(one: UIWords.releaseStateOne, other: .releaseState).text(language, sinceRelease, title)
    }

    /// Releases read or made: what changed since the newest is counted again.
    mutating func take(releases: [Release]) {
        self.releases = releases
        countSinceRelease()
    }

    func person(_ id: ID<Person>) -> Person? { catalog.personIndex[id].map { plan.people[$0] } }

    /// What changed since the last release, for the top bar and the Changes view; worked out
    /// once per change of the plan or of the releases.
    mutating func countSinceRelease() {
        changesSinceRelease = releases.last.map { ProgrammeDiff(from: $0.sessions, to: releasedNow).changes } ?? []
    }

    /// The programme as a release would keep it now, people found through the catalog.
    var releasedNow: [ReleasedSession] {
        plan.releasedSessions { [catalog, plan] id in catalog.personIndex[id].map { plan.people[$0] } }
    }

    /// Works out a repair of the plan as this UI holds it, under the event's policy.
    func repairPlan(_ options: SolveOptions, progress: ((Int, Int) -> Void)? = nil) -> SolvePlan {
        engine.solve(policy: policy, options: options, progress: progress)
    }

    /// Findings, lookups and words worked out again from the plan and the engine.
    mutating func rebuildLookups(_ language: Language) {
        (identity, findings, catalog, words) = PlanModel.lookups(plan, engine, policy, language)
    }

    /// Stored edits of sessions only (a move, a rename, the commonest edits), taken in from the
    /// engine's deltas: findings that went are dropped, new ones reported, and those about an
    /// edited session put back where its new time orders them; the lookups over 100,000 people
    /// and the other thousands of findings stay as they are.
    mutating func follow(sessions edited: [Session], deltas: [FindingDelta]) {
        identity.update(edited)
        var removed: [Finding: Int] = [:], added: [Finding] = []
        for d in deltas {
            for f in d.removed {
                if let i = added.firstIndex(of: f) { added.remove(at: i) } else { removed[f, default: 0] += 1 }
            }
            added += d.added
        }
        let ids = Set(edited.map(\.id))
        var moving: [ReportedFinding] = []
        findings.removeAll { r in
            if let n = removed[r.finding], n > 0 {
                removed[r.finding] = n - 1
                return true
            }
            guard r.finding.sessions.contains(where: ids.contains) else { return false }
            moving.append(r)
            return true
        }
        let order = FindingIdentity.order(identity)
        for r in moving + policy.report(added, identity: identity) {
            var low = 0, high = findings.count
            while low < high {
                let mid = (low + high) / 2
                if order(findings[mid], r) { low = mid + 1 } else { high = mid }
            }
            findings.insert(r, at: low)
        }
        // Findings by session are gathered again only when a session or a finding about one
        // changed: a room's or a car's edit leaves them as they were (a walk over every finding).
        let aboutSessions = deltas.contains { d in (d.added + d.removed).contains { !$0.sessions.isEmpty } }
        if !edited.isEmpty || aboutSessions {
            catalog.follow(edited, engine: engine, findings: findings)
        }
        words.update(edited, in: plan)
    }
}

/// Where the person is looking: the pane, each pane's list, the grid, the size and the message.
public struct ViewState {
    var language: Language
    var pane: Pane = .sessions
    var lists: [Pane: ListState] = Dictionary(uniqueKeysWithValues: Pane.allCases.map { ($0, ListState()) })
    /// Row order of each pane that has been shown since the plan last changed. A pane's order
    /// is worked out when it is shown: sorting 100,000 attendees by pinyin is most of what
    /// opening a large event would otherwise wait for, before the first frame shows sessions.
    var order: [Pane: [Int]] = [:]
    /// The widths the values of each ordered list need, measured with its order (`setOrder`).
    var columnNeeds: [Pane: ColumnNeeds] = [:]
    /// How the Attendees pane names choices, worked out with its order: counting the heads of
    /// 6,000 sessions' titles took 20 ms of every frame of the pane.
    var choiceNames: ChoiceNames?
    /// The entity to select in a pane when its order is next worked out.
    var pendingSelection: [Pane: String] = [:]
    /// UTF-8 bytes of each row's search key: a byte search over 100,000 attendees takes a few
    /// milliseconds where Unicode-aware String.contains takes half a second.
    var searchKeys: [Pane: SearchIndex] = [:]
    var grid = GridState()
    /// What the Conflicts pane shows: one severity, one kind of finding, or all.
    var findingFilter = FindingFilter()
    /// Which of the Transport pane's lists is shown, and where the others were left.
    var transport = TransportView()
    /// Which of the Rooms pane's lists is shown, and where the other was left.
    var rooms = RoomsView()
    /// The Transport pane's lookups, gathered with its order (see `TransportTables`).
    var transportTables: TransportTables?
    /// The Rooms pane's lookups, gathered with its order (`RoomTables`).
    var roomTables: RoomTables?
    /// `roomTables` as the last edit of stays or rooms left them, taken by the next ordering of
    /// the Rooms pane (right after that edit) instead of gathering them again.
    var roomTablesNext: RoomTables?
    var message: String?
    var width = 100
    var height = 30

    init(language: Language) { self.language = language }
}

/// Everything the UI shows, in three parts: the document, the view and the mode (the screen
/// over the panes). Rendering reads it; `update(_:)` changes it and says what the world should
/// do (`Effect`); it holds no store, file, thread or closure. A part is read as that part's
/// (`state.document.catalog`, `state.view.grid`), so what a function reaches shows; the few the
/// benchmark and scripts read (`plan`, `findings`, `pane`, …) are named below.
public struct AppState {
    var document: Document
    var view: ViewState
    var mode: Mode = .normal
    /// Effects asked for while taking the current message (see `update`).
    var outbox: [Effect] = []
    public internal(set) var quit = false

    public init(plan: EventPlan, readOnly: Bool = false, language: Language, policy: FindingPolicy = FindingPolicy()) {
        document = Document(PlanModel(plan: plan, policy: policy, language: language), readOnly: readOnly)
        view = ViewState(language: language)
        ensureOrder(view.pane)
    }

    // What scripts and the benchmark may read.
    public internal(set) var plan: EventPlan {
        get { document.plan }
        set { document.plan = newValue }
    }
    public internal(set) var findings: [ReportedFinding] {
        get { document.findings }
        set { document.findings = newValue }
    }
    public internal(set) var message: String? {
        get { view.message }
        set { view.message = newValue }
    }
    public var language: Language {
        get { view.language }
        set {
            view.language = newValue
            // The values are words of the language: each ordered list's widths are measured again.
            for (p, rows) in view.order { setOrder(p, rows) }
        }
    }
    public var width: Int {
        get { view.width }
        set { view.width = newValue }
    }
    public var height: Int {
        get { view.height }
        set { view.height = newValue }
    }

    /// Showing a pane works out its order if the plan changed since it was last shown.
    public var pane: Pane {
        get { view.pane }
        set {
            view.pane = newValue
            ensureOrder(newValue)
        }
    }

    /// Works out the pane's order if it is not known, selecting what was selected before.
    mutating func ensureOrder(_ p: Pane) {
        guard view.order[p] == nil else { return }
        if p == .transport { view.transportTables = TransportTables(self) }
        if p == .rooms {
            view.roomTables = view.roomTablesNext ?? RoomTables(self)
            view.roomTablesNext = nil
        }
        setOrder(p, computeOrder(p))
        if let key = view.pendingSelection.removeValue(forKey: p),
            let i = view.order[p]?.firstIndex(where: { entityKey(p, row: $0) == key })
        {
            view.lists[p]?.selected = i
        }
        clampSelection(p)
    }

    /// A pane's rows in a new order, and the widths its columns need, measured now rather than
    /// on every frame: a sample of 100,000 attendees takes milliseconds a frame cannot spare.
    mutating func setOrder(_ p: Pane, _ rows: [Int]) {
        view.order[p] = rows
        if p == .attendees { view.choiceNames = ChoiceNames(plan, document.catalog) }
        view.columnNeeds[p] = p.table.map { ColumnNeeds($0.columns(self), rows, language) }
    }

    var list: ListState {
        get { view.lists[pane] ?? ListState() }
        set { view.lists[pane] = newValue }
    }

    var rows: [Int] { view.order[pane] ?? [] }

    func text(_ key: UIWords) -> String { key.text(language) }

    /// After any change: findings, lookups and row orders follow the plan.
    /// `selected`: each pane's selected entity, taken before the plan was replaced (row numbers
    /// of the old plan mean nothing in the new one); by default taken now.
    mutating func refresh(keepSelection: Bool = true, selected: [Pane: String]? = nil) {
        document.rebuildLookups(language)
        document.countSinceRelease()
        reorder(selecting: keepSelection ? selected ?? selectedKeys() : [:])
    }

    /// After stored changes: edits of sessions only are followed (`Document.follow`); anything
    /// else rebuilds the lookups.
    /// `deltas` nil: the engine started afresh, so its deltas say nothing and everything is rebuilt.
    mutating func refresh(after changes: [Change], deltas: [FindingDelta]?) {
        let sessionEdits = changes.allSatisfy { if case .session(_?, _?) = $0 { true } else { false } }
        // Journeys, vehicles and runs (and stays and rooms) touch no person's row or the schedule:
        // their few thousand rows are read into the lookups again, not the 100,000 people (70 ms).
        let transportEdits = changes.allSatisfy {
            switch $0 {
            case .trip, .run, .vehicle: true
            // A guest's stay and rooms touch no person's row either: an assignment's edit took a
            // full rebuild of 100,000 people's lookups before its frame. (A block names a hotel,
            // rarely edited: rebuilt in full.)
            case .stay, .roomAssignment: true
            default: false
            }
        }
        if transportEdits, !changes.isEmpty, let deltas {
            let selected = selectedKeys()
            document.identity.updateTransport(document.plan)
            document.words.updateTransport(in: document.plan)
            document.follow(sessions: [], deltas: deltas)
            document.countSinceRelease()
            // The Rooms pane on screen follows its guests' edits rather than gather every guest again.
            view.roomTablesNext = pane == .rooms ? view.roomTables?.following(changes, self) : nil
            reorder(selecting: selected)
            return
        }
        guard sessionEdits, !changes.isEmpty, let deltas else { refresh(); return }
        let selected = selectedKeys()
        document.follow(
            sessions: changes.compactMap { if case .session(_, let after?) = $0 { after.session } else { nil } },
            deltas: deltas)
        document.countSinceRelease()
        reorder(selecting: selected)
    }

    /// Each pane's selected entity, to select it again once rows have moved.
    func selectedKeys() -> [Pane: String] {
        var keys: [Pane: String] = [:]
        for p in Pane.allCases { keys[p] = entityKey(p, at: view.lists[p]?.selected ?? 0) ?? view.pendingSelection[p] }
        return keys
    }

    /// Row orders and search keys are worked out again when next shown, on the entities given.
    mutating func reorder(selecting keys: [Pane: String]) {
        view.searchKeys = [:]
        view.choiceNames = nil
        view.pendingSelection = keys
        for p in Pane.allCases { view.order[p] = nil }
        ensureOrder(pane)
    }

    mutating func clampSelection(_ p: Pane) {
        let n = view.order[p]?.count ?? 0
        if var l = view.lists[p] {
            l.selected = max(0, min(l.selected, n - 1))
            view.lists[p] = l
        }
    }

    /// A stable name for the entity on a row, to keep the cursor on it when rows move.
    func entityKey(_ p: Pane, at position: Int) -> String? {
        guard let rows = view.order[p], position >= 0, position < rows.count else { return nil }
        return entityKey(p, row: rows[position])
    }

    func entityKey(_ p: Pane, row: Int) -> String? { p.table?.entityKey(self, row: row) }

    /// The rows of a pane in display order: indexes into the plan's arrays (or the findings).
    func computeOrder(_ p: Pane) -> [Int] {
        guard let table = p.table else { return [] }
        let l = view.lists[p] ?? ListState()
        let rows = table.rows(self)
        // The findings are already errors first, then by code and time, until sorted by another column.
        if p == .conflicts && l.sortColumn == 0 && l.ascending { return rows }
        let columns = table.columns(self)
        guard !columns.isEmpty else { return rows }
        let column = columns[min(l.sortColumn, columns.count - 1)]
        let keys = rows.map { column.sortKey($0) }
        var positions = Array(rows.indices)
        positions.sort { a, b in
            let c = keys[a].compare(keys[b])
            if c != 0 { return l.ascending ? c < 0 : c > 0 }
            return rows[a] < rows[b]
        }
        return positions.map { rows[$0] }
    }

    /// Search keys of a pane's rows (text plus pinyin and initials), built when first searched.
    mutating func searchIndex(_ p: Pane) -> SearchIndex {
        if let built = view.searchKeys[p] { return built }
        // Every row of the plan's array (or the findings), by its index: the order does not matter.
        let count = switch p {
        case .venues: plan.rooms.count
        case .sessions: plan.sessions.count
        case .speakers: plan.people.count
        case .attendees: plan.registrations.count
        case .conflicts: findings.count
        case .schedule: 0
        case .transport: TransportPane.rowSpace(self)
        case .rooms: RoomsPane.rowSpace(self)
        }
        let state = self
        let keys = p.table.map { t in (0..<count).map { t.searchKey(state, row: $0) } } ?? []
        let index = SearchIndex(keys: keys)
        view.searchKeys[p] = index
        return index
    }
}

/// The Conflicts pane's filter; nil shows every one.
struct FindingFilter: Equatable {
    var severity: Severity?
    var code: FindingCode?

    func keeps(_ f: ReportedFinding) -> Bool {
        (severity.map { f.isOpen && f.severity == $0 } ?? true) && (code.map { f.finding.code == $0 } ?? true)
    }
}

/// A value a column sorts by: text in pinyin order, or a number.
enum SortKey: Comparable {
    case number(Int)
    case text(String)

    static func < (a: SortKey, b: SortKey) -> Bool { a.compare(b) < 0 }

    /// Texts compare by their UTF-8 bytes (code point order): the keys are pinyin with the
    /// characters after each syllable, and a pane of 6,000 rows sorted with String's
    /// Unicode-aware comparison spent most of an edit's time breaking graphemes.
    func compare(_ other: SortKey) -> Int {
        switch (self, other) {
        case let (.number(x), .number(y)): return x < y ? -1 : x > y ? 1 : 0
        case let (.text(x), .text(y)): return SortKey.compareBytes(x, y)
        case (.number, .text): return -1
        case (.text, .number): return 1
        }
    }

    static func compareBytes(_ x: String, _ y: String) -> Int {
        var a = x, b = y
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                let n = min(pa.count, pb.count)
                let c = n == 0 ? 0 : memcmp(pa.baseAddress!, pb.baseAddress!, n)
                return c != 0 ? Int(c) : pa.count - pb.count
            }
        }
    }
}
