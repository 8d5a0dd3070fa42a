import Interchange
import PlanningCore

/// Pane 6: every finding, errors first; Enter goes to its session, `a` acknowledges it.
enum ConflictsPane: ListPane {
    static let title = UIText.paneConflicts
    static let bindings = [
        Binding([.enter], "Enter", .keyJump, hint: .hintJump, Action.jump),
        Binding([.char("a")], "a", .keyAck, hint: .hintAck, .acknowledge),
    ] + PaneKeys.list

    static func perform(_ action: Action, _ s: inout AppState) -> Bool {
        let selected = s.selectedRow.map { s.findings[$0] }
        switch action {
        case .acknowledge:
            guard let f = selected, f.isOpen else { return true }
            s.mode = .form(s.acknowledgeForm(f.key))
        case .jump:
            guard let id = selected?.finding.sessions.first, let i = s.catalog.sessionIndex[id] else { return true }
            s.pane = .sessions
            if let position = s.rows.firstIndex(of: i) { s.list.selected = position }
        default: return false
        }
        return true
    }

    static func rows(_ s: AppState) -> [Int] { Array(s.findings.indices) }

    static func entityKey(_ s: AppState, row: Int) -> String? { row < s.findings.count ? s.findings[row].key : nil }

    static func searchText(_ s: AppState, row: Int) -> String { s.words.message(s.findings[row].finding) }

    static func columns(_ s: AppState) -> [Column] {
        let f = s.findings, words = s.words, plan = s.plan, lang = s.language
        let severity: (Int) -> String = {
            f[$0].isOpen ? f[$0].severity.label(lang) : UIText.detailAcknowledged.text(lang)
        }
        let rank: (Int) -> SortKey = {
            .number(f[$0].isOpen ? [Severity.error, .warning, .info].firstIndex(of: f[$0].severity)! : 3)
        }
        let when: (Int) -> String = { row in f[row].finding.sessions.first.map { start(plan, $0, lang) } ?? "" }
        let starts: (Int) -> SortKey = { row in
            .number(
                f[row].finding.sessions.first.flatMap { id in plan.sessions.first { $0.id == id }?.start?.minutes }
                    ?? .max)
        }
        return [
            Column(
                title: .colSeverity, width: 6, priority: 9, value: severity, sortKey: rank,
                role: { f[$0].isOpen ? Theme.role(f[$0].severity) : .acknowledged }),
            Column(
                title: .colCode, width: 14, priority: 5, value: { f[$0].finding.code.text(lang) },
                sortKey: { .number(f[$0].finding.code.rank) }),
            // `12月14日 14:00` takes 14 cells.
            Column(title: .colWhen, width: 14, priority: 6, value: when, sortKey: starts),
            Column(
                title: .colMessage, width: 30, priority: 10, flex: true, value: { words.message(f[$0].finding) },
                sortKey: { .text(words.message(f[$0].finding)) }),
        ]
    }

    /// `5月14日 14:00`: the day and start of a session, for narrow columns.
    static func start(_ plan: EventPlan, _ id: ID<Session>, _ lang: Language) -> String {
        guard let t = plan.sessions.first(where: { $0.id == id })?.start else { return "" }
        return DateText.day(t.date, lang, weekday: false) + " " + t.clock
    }

    static func details(_ s: AppState, row: Int) -> [DetailLine] {
        let f = s.findings[row], d = DetailText(s)
        var lines = [
            DetailLine(
                text: f.finding.code.text(s.language) + " · " + f.severity.label(s.language),
                style: CellStyle(bold: true)),
            DetailLine(text: s.words.message(f.finding)),
        ]
        lines += f.finding.sessions.compactMap { d.session($0) }
        if let a = f.acknowledgement {
            let at = ZoneOffset(s.plan.event.timeZone).readable(a.at, s.language)
            lines.append(DetailLine(text: d.heading(.detailAcknowledged).text + a.reason + " — " + a.by + " " + at))
        }
        return lines
    }
}
