import Interchange
import PlanningCore

/// `C` from any pane: what changed since the last release, session by session in programme
/// order, with who made each change (from the change log); `r` makes the next release.
struct ChangesView: Screen {
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

    func perform(_ command: Command, _ s: inout AppState) -> Mode {
        var next = self
        switch command {
        case .up: next.top = max(0, top - 1)
        case .down: next.top = min(max(0, changes.count - 1), top + 1)
        case .close: return .normal
        case .release:
            guard !s.readOnly else { return shown }
            return .form(Form(title: .formRelease, purpose: .release, fields: [
                FormField(.fieldReleaseName, .text), FormField(.fieldReleaseNote, .text),
            ]))
        }
        return .changes(next)
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let lang = s.language
        let r = Region(x: 1, y: 1, width: s.width - 2, height: s.height - 2)
        let last = s.document.releases.last
        let title = last.map { UIText.changesTitle.text(lang, $0.title(lang), changes.count) }
            ?? UIText.changesNoRelease.text(lang, changes.count)
        box(&g, r, title: Sanitize.forTerminal(title))
        let inner = r.width - 4
        var y = r.y + 1
        if changes.isEmpty {
            g.put(ReleaseText.nothing.text(lang), x: r.x + 2, y: y, style: CellStyle(role: .muted), maxWidth: inner)
        }
        for c in changes.dropFirst(top) {
            guard y < r.y + r.height - 2 else { break }
            let by = who[c.session.title].map { "  — " + $0 } ?? ""
            for part in DisplayWidth.wrap(Sanitize.forTerminal(c.line(lang) + by), width: inner).prefix(3) {
                guard y < r.y + r.height - 2 else { break }
                g.put(part, x: r.x + 2, y: y, maxWidth: inner)
                y += 1
            }
        }
        g.put(bindings(s).hintLine(lang), x: r.x + 2, y: r.y + r.height - 2, style: CellStyle(role: .muted),
              maxWidth: inner)
    }
}

extension AppState {
    /// The changes since the last release (all of the programme before the first).
    var changesSinceRelease: [ProgrammeDiff.SessionChange] {
        document.releases.isEmpty
            ? ProgrammeDiff(from: [], to: document.releasedNow).changes : document.changesSinceRelease
    }

    /// `C`: the view at once; the releases and who made the changes follow from the store.
    mutating func showChanges() {
        mode = .changes(ChangesView(changes: changesSinceRelease))
        emit(.readReleases)
    }

    mutating func releasesRead(_ result: Result<(releases: [Release], authors: [ChangeAuthor]), StoreFailure>) {
        guard case .success(let read) = result else { return }
        document.releases = read.releases
        document.countSinceRelease()
        guard case .changes(var view) = mode else { return }
        view.changes = changesSinceRelease
        // The log is newest first: the first entry about a session is who changed it last.
        let since = document.releases.last?.at ?? ""
        for e in read.authors where e.at >= since && view.who[e.subject] == nil { view.who[e.subject] = e.user }
        mode = .changes(view)
    }

    mutating func releaseMade(_ result: Result<Release, StoreFailure>) {
        switch result {
        case .success(let r):
            document.releases.append(r)
            document.countSinceRelease()
            message = UIText.releaseMade.text(language, r.title(language))
            mode = .changes(ChangesView(changes: changesSinceRelease))
        case .failure(let error):
            message = UIText.cannotSave.text(language, error.text(language))
        }
    }

    /// `第 3 版 · 5 处改动` for the top bar; nil before the first release.
    var releaseState: String? {
        guard let last = document.releases.last else { return nil }
        let title = last.title(language)
        return document.sinceRelease == 0 ? title : UIText.releaseState.text(language, title, document.sinceRelease)
    }
}
