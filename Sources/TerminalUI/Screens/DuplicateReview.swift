import PlanningCore

/// The Attendees pane's possible duplicates (`D`): one pair at a time, the two records side by
/// side with what differs marked; merge them (`m` keeps the left, `M` the right), say they are
/// two (`k`, remembered, so the pair is not raised again), or skip to the next.
struct DuplicateReview: Dialog {
    var pairs: [PossiblePair]
    var at = 0

    enum Command { case merge, mergeIntoRight, keepApart, skip, back }

    var shown: Mode { .duplicates(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.char("m")], hint: .dupMerge, .merge), Binding([.char("M")], hint: .dupMergeRight, .mergeIntoRight),
         Binding([.char("k")], hint: .dupKeepApart, .keepApart),
         Binding([.char("n"), .char(" "), .right, .down], hint: .dupSkip, .skip),
         Binding([.escape, .char("q")], hint: .dupBack, .back)]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        guard at < pairs.count else { return Outcome(.normal) }
        let pair = pairs[at]
        switch command {
        case .back: return Outcome(.normal)
        case .skip: return Outcome(next(after: at + 1))
        case .merge, .mergeIntoRight:
            let (keep, other) = command == .merge ? (pair.first, pair.second) : (pair.second, pair.first)
            // The store's merge, as `confplan merge` makes it: one logged merge that unmerge takes back.
            guard keep != other, let k = s.document.person(keep), let o = s.document.person(other) else {
                return Outcome(next(after: at + 1))
            }
            let merge = Effect.step(.merge(kept: k, other: o), .act)
            // The person merged away is the one kept in their other pairs now; pairs skipped
            // before stay, so the review goes on while any is left.
            var rest = self
            var seen = Set<[ID<Person>]>()
            rest.pairs = pairs.enumerated().compactMap { i, p -> PossiblePair? in
                guard i != at else { return nil }
                var p = p
                if p.first == other { p.first = keep }
                if p.second == other { p.second = keep }
                guard p.first != p.second, seen.insert([p.first, p.second].sorted { $0.raw < $1.raw }).inserted
                else { return nil }
                return p
            }
            rest.at = at < rest.pairs.count ? at : 0
            return rest.pairs.isEmpty ? done([merge], s) : Outcome(rest.shown, [merge])
        case .keepApart:
            guard let a = s.document.person(pair.first), let b = s.document.person(pair.second) else {
                return Outcome(next(after: at + 1))
            }
            let apart = Effect.step(.keepApart(a, b), .act)
            var rest = self
            rest.pairs.remove(at: at)
            if rest.at >= rest.pairs.count { rest.at = 0 }
            return rest.pairs.isEmpty ? done([apart], s) : Outcome(rest.shown, [apart])
        }
    }

    private func next(after i: Int) -> Mode {
        var n = self
        n.at = i
        return i < pairs.count ? n.shown : .normal
    }

    private func done(_ effects: [Effect], _ s: AppState) -> Outcome {
        Outcome(.normal, effects, message: UIWords.dupNoneLeft.text(s.language))
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        guard at < pairs.count, let x = s.plan.record(of: pairs[at].first), let y = s.plan.record(of: pairs[at].second)
        else { return }
        let lang = s.language
        let differ = Set(x.compare(y).differ)
        let fields = PlanningCore.PersonField.allCases.filter { !x.value($0).isEmpty || !y.value($0).isEmpty }
        let label = fields.map { DisplayWidth.of($0.text(lang)) }.max() ?? 4
        let column = max(16, min(30, (s.width - label - 16) / 2))
        let hints = bindings(s).hintLine(lang)
        let width = min(s.width - 4, max(label + 2 * column + 10, DisplayWidth.of(hints) + 6))
        // The keys run onto a second line on a narrow terminal rather than losing the last.
        let keys = hintLines(bindings(s).compactMap { $0.hint?.text(lang) }, width: width - 6)
        let r = centered(s, width: width, height: fields.count + 7 + keys.count)
        let title = UIWords.dupTitle.text(lang, at + 1, pairs.count, pairs[at].why.text(lang))
        box(&g, r, title: title)
        let left = r.x + 3 + label + 2, right = left + column + 2
        // Each side by name, and by what tells two of one name apart: the key is not staff's word.
        let heads = [TellApart.named(x.person, apartFrom: y.person, lang),
                     TellApart.named(y.person, apartFrom: x.person, lang)]
        for (head, at) in zip(heads, [left, right]) {
            g.put(DisplayWidth.truncate(Sanitize.forTerminal(head), to: column), x: at, y: r.y + 2,
                  style: CellStyle(role: .header), maxWidth: column)
        }
        for (i, f) in fields.enumerated() {
            let row = r.y + 3 + i
            let style = differ.contains(f) ? CellStyle(role: .warning) : CellStyle()
            g.put(f.text(lang), x: r.x + 3, y: row, style: CellStyle(role: .muted))
            g.put(DisplayWidth.truncate(x.shown(f, lang), to: column), x: left, y: row, style: style, maxWidth: column)
            g.put(DisplayWidth.truncate(y.shown(f, lang), to: column), x: right, y: row, style: style, maxWidth: column)
        }
        // Each count with its own noun's number: `1 sign-up`, `0 roles`.
        func side(_ p: PersonRecord) -> String {
            UIWords.dupSide.text(
                lang, Plural(one: UIWords.dupRolesOne, other: .dupRolesOther).text(lang, p.roles.count),
                Plural(one: UIWords.dupSignupsOne, other: .dupSignupsOther)
                    .text(lang, p.registration?.signups.count ?? 0))
        }
        let roles = UIWords.dupRoles.text(lang, side(x), side(y))
        g.put(
            TextFit.cut(roles, width: r.width - 6), x: r.x + 3, y: r.y + 4 + fields.count,
            style: CellStyle(role: .muted), maxWidth: r.width - 6)
        for (i, line) in keys.enumerated() {
            g.put(line, x: r.x + 3, y: r.y + r.height - 1 - keys.count + i, style: CellStyle(role: .muted),
                  maxWidth: r.width - 6)
        }
    }
}

extension DuplicateReview {
    /// The pairs the store has not been told are two, once it has said which those are.
    static func keptApartRead(_ result: Result<Set<KeptApart>, StoreFailure>, _ s: AppState) -> Outcome {
        switch result {
        case .failure(let error): return Outcome(s.mode, message: error.text(s.language))
        case .success(let apart):
            let pairs = s.plan.possibleDuplicates(keptApart: apart)
            guard !pairs.isEmpty else { return Outcome(s.mode, message: UIWords.dupNone.text(s.language)) }
            return Outcome(.duplicates(DuplicateReview(pairs: pairs)))
        }
    }
}
