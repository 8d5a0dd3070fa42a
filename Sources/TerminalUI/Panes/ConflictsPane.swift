import Interchange
import PlanningCore

/// Pane 6: every finding, errors first; Enter goes to its session, `a` acknowledges it.
enum ConflictsPane: ListPane {
    static let title = UIWords.paneConflicts
    static let bindings = [
        Binding([.enter], "Enter", hint: .hintJump, Action.jump),
        Binding([.char("a")], "a", hint: .hintAck, .acknowledge),
        Binding([.char("A")], "A", .withdrawAcknowledgement),
        Binding([.char("v")], "v", hint: .hintSeverityFilter, .severityFilter),
        Binding([.char("c")], "c", hint: .hintCodeFilter, .codeFilter),
    ] + PaneKeys.list + [Binding([.char("F")], "F", hint: .hintSolve, Action.solve)]

    static func perform(_ action: Action, _ s: inout AppState) -> Bool {
        let selected = s.selectedRow.map { s.findings[$0] }
        switch action {
        case .solve: s.startRepair(SolveOptions())
        case .acknowledge, .withdrawAcknowledgement:
            guard let f = selected else { return true }
            // `a` on an acknowledged finding, like `A`, takes the acknowledgement back.
            if f.isOpen && action == .acknowledge { s.mode = .form(s.acknowledgeForm(f.key)) } else if !f.isOpen {
                s.act(.withdraw(key: f.key, reason: s.document.policy.acknowledgements[f.key]?.reason ?? ""))
            }
        case .severityFilter:
            let cycle: [Severity?] = [nil, .error, .warning, .info]
            let next = cycle[((cycle.firstIndex(of: s.view.findingFilter.severity) ?? 0) + 1) % cycle.count]
            s.view.findingFilter.severity = next
            showFiltered(&s)
        case .codeFilter:
            s.mode = .form(codeFilterForm(s))
        case .jump:
            guard let id = selected?.finding.sessions.first, let i = s.document.catalog.sessionIndex[id] else {
                return true
            }
            s.pane = .sessions
            if let position = s.rows.firstIndex(of: i) { s.list.selected = position }
        default: return false
        }
        return true
    }

    static func rows(_ s: AppState) -> [Int] {
        let filter = s.view.findingFilter
        return filter == FindingFilter()
            ? Array(s.findings.indices) : s.findings.indices.filter { filter.keeps(s.findings[$0]) }
    }

    static func entityKey(_ s: AppState, row: Int) -> String? { row < s.findings.count ? s.findings[row].key : nil }

    static func searchText(_ s: AppState, row: Int) -> String { s.document.words.message(s.findings[row].finding) }

    static func columns(_ s: AppState) -> [Column] {
        let f = s.findings, words = s.document.words, plan = s.plan, lang = s.language
        let severity: (Int) -> String = {
            f[$0].isOpen ? f[$0].severity.label(lang) : UIWords.detailAcknowledged.text(lang)
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
                title: .colMessage, width: 30, priority: 10, flex: true, value: { words.brief(f[$0].finding) },
                sortKey: { .text(words.brief(f[$0].finding)) }),
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
            DetailLine(text: s.document.words.message(f.finding)),
        ]
        lines += f.finding.sessions.compactMap { d.session($0) }
        if let a = f.acknowledgement {
            let at = ZoneOffset(s.plan.event.timeZone).readable(a.at, s.language)
            lines.append(DetailLine(text: d.heading(.detailAcknowledged).text + a.reason + " — " + a.by + " " + at))
        }
        return lines
    }
}

extension ConflictsPane {
    /// Picks the one kind of finding the pane shows (or all of them again).
    static func codeFilterForm(_ s: AppState) -> Form {
        let language = s.language
        let codes = FindingCode.allCases.map { Choice(label: $0.text(language), value: .code($0)) }
        let choices = [Choice(label: UIWords.filterAll.text(language), value: .none)] + codes
        let chosen = s.view.findingFilter.code.map { ChoiceValue.code($0) } ?? ChoiceValue.none
        var field = FormField(.fieldCode, .choice(choices, allowsNew: false), chosen: chosen)
        // The marker starts on the kind shown now, so Enter keeps what the marker says.
        field.highlight = choices.firstIndex { $0.value == chosen } ?? 0
        return Form(title: .formCodeFilter, purpose: .findingCode, fields: [field])
    }

    /// The filter changed: the pane's rows again, the status saying what is shown.
    static func showFiltered(_ s: inout AppState) {
        s.view.order[.conflicts] = nil
        s.view.lists[.conflicts]?.selected = 0
        s.view.lists[.conflicts]?.top = 0
        s.ensureOrder(.conflicts)
        let f = s.view.findingFilter, language = s.language
        let parts = [f.severity?.label(language), f.code?.text(language)].compactMap { $0 }
        s.message = parts.isEmpty ? UIWords.filterAllShown.text(language)
            : UIWords.filterShown.text(language, parts.joined(separator: " · "), s.view.order[.conflicts]?.count ?? 0)
    }
}
