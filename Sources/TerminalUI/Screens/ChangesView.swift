import Interchange
import PlanningCore

/// `C` from any pane: what changed since the last release, session by session in programme
/// order, with who made each change (from the change log); `r` makes the next release.
struct ChangesView: Dialog {
    var changes: [ProgrammeDiff.SessionChange]
    /// Who last changed each session (by title, as the log names it).
    var who: [String: String] = [:]
    var top = 0

    enum Command { case up, down, release, close }

    var shown: Mode { .changes(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [
            Binding([.up, .char("k")], hint: .changesScroll, .up),
            Binding([.down, .char("j")], "", .changesScroll, .down),
            Binding([.char("r")], hint: .changesRelease, .release),
            Binding([.escape, .char("q"), .char("C")], hint: .changesClose, .close),
        ]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        var next = self
        switch command {
        case .up: next.top = max(0, top - 1)
        case .down: next.top = min(max(0, changes.count - 1), top + 1)
        case .close: return Outcome(.normal)
        case .release:
            guard !s.document.readOnly else { return Outcome(shown) }
            return Outcome(.form(Form(title: .formRelease, purpose: .release, fields: [
                FormField(.fieldReleaseName, .text), FormField(.fieldReleaseNote, .text),
            ])))
        }
        return Outcome(.changes(next))
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let lang = s.language
        let r = Region(x: 1, y: 1, width: s.width - 2, height: s.height - 2)
        let last = s.document.releases.last
        let title = last.map { UIWords.changesTitle.text(lang, $0.title(lang), changes.count) }
            ?? UIWords.changesNoRelease.text(lang, changes.count)
        box(&g, r, title: Sanitize.forTerminal(title))
        let inner = r.width - 4
        var y = r.y + 1
        if changes.isEmpty {
            g.put(ReleaseWords.nothing.text(lang), x: r.x + 2, y: y, style: CellStyle(role: .muted), maxWidth: inner)
        }
        // Before the first release every session is new to the readers, not to its last editor:
        // a list crediting each to whoever last touched it (a move and its undo) would be untrue.
        let listed = last == nil ? [] : changes
        if last == nil && !changes.isEmpty {
            for part in TextFit.wrap(UIWords.changesFirstRelease.text(lang, changes.count), width: inner) {
                g.put(part, x: r.x + 2, y: y, style: CellStyle(role: .muted), maxWidth: inner)
                y += 1
            }
        }
        for c in listed.dropFirst(top) {
            guard y < r.y + r.height - 2 else { break }
            let by = who[c.session.title].map { "  — " + $0 } ?? ""
            for part in TextFit.wrap(Sanitize.forTerminal(c.line(lang) + by), width: inner, maxLines: 3) {
                guard y < r.y + r.height - 2 else { break }
                g.put(part, x: r.x + 2, y: y, maxWidth: inner)
                y += 1
            }
        }
        g.put(bindings(s).hintLine(lang, width: inner), x: r.x + 2, y: r.y + r.height - 2,
              style: CellStyle(role: .muted),
              maxWidth: inner)
    }
}

extension ChangesView {
    /// `C`: the view at once; the releases and who made the changes follow from the store.
    static func show(_ s: AppState) -> Outcome {
        Outcome(.changes(ChangesView(changes: s.document.programmeChanges)), [.readReleases])
    }

    /// The releases were read (the document has taken them): the changes again, and who made each.
    func following(_ authors: [ChangeAuthor], _ document: Document) -> Mode {
        var view = self
        view.changes = document.programmeChanges
        // The log is newest first: the first entry about a session is who changed it last.
        guard let since = document.releases.last?.at else { return .changes(view) }
        for e in authors where e.at >= since && view.who[e.subject] == nil { view.who[e.subject] = e.user }
        return .changes(view)
    }

    /// A release was made (the document has taken it): the view starts again from it.
    static func made(_ release: Release, _ s: AppState) -> Outcome {
        Outcome(.changes(ChangesView(changes: s.document.programmeChanges)),
                message: UIWords.releaseMade.text(s.language, release.title(s.language)))
    }
}
