import Foundation
import Codecs
import Interchange
import PlanningCore

/// The Attendees pane's `i`: a form asks for the file, the list is read and matched against the
/// event and shown (how it was read, the first rows, every problem with its line, the counts)
/// before anything is stored; Enter stores it as one undoable step.
struct ImportPreview: Dialog {
    var path: String
    var list: AttendeeList
    var roster: RosterImport
    /// How the list meets the event's people (its source, and what earlier copies left).
    var rules = ImportRules()
    var scroll = 0

    /// What the dialog shows, top to bottom: how the file was read, the first rows as they will
    /// be stored, every problem with its line, and the counts.
    func lines(_ s: AppState) -> [String] {
        let report = RosterReport(list: list, roster: roster, language: s.language)
        // How the file was read, then the column mapping one column a line, so a wide sheet's
        // mapping scrolls with the rest instead of being cut at the box's edge.
        var out = [String(report.heading().split(separator: "\n").first ?? "")]
        if let doubt = report.encodingDoubt() { out.append(doubt) }
        out.append(ExportWords.columns.text(s.language, ""))
        out += report.mapping().map { "  " + Sanitize.forTerminal($0) }
        if let notes = report.keptInNotes(hint: false) { out.append(notes) }
        out.append(report.ruleLine(rules))
        out.append("")
        let shown = list.rows.prefix(8)
        out.append(UIWords.importWillStore.text(s.language, shown.count))
        for row in shown {
            let subForums = row.signups.compactMap { id in s.plan.sessions.first { $0.id == id }?.track }
            let parts = [
                row.name, row.organisation, row.title, row.phone, row.email,
                Array(Set(subForums)).sorted().joined(separator: UIWords.listSeparator.text(s.language)),
            ].filter { !$0.isEmpty }
            out.append("  \(row.line): " + parts.joined(separator: " · "))
        }
        let problems = report.problemLines()
        if !problems.isEmpty {
            out.append("")
            out.append(UIWords.importNotImported.text(s.language))
            out += problems.map { "  " + $0 }
        }
        let changes = report.changeLines(sessions: s.plan.sessions) + report.missingLines()
        if !changes.isEmpty {
            out.append("")
            out += changes.map { "  " + $0 }
        }
        out.append("")
        out += report.counts().split(separator: "\n").map(String.init)
        return out.map(Sanitize.forTerminal)
    }

    enum Command { case store, cancel, up, down, pageUp, pageDown, keepExisting, withdrawMissing }

    var shown: Mode { .importPreview(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [
            Binding([.enter, .char("y")], hint: .importStore, .store),
            Binding([.escape, .char("q"), .char("n")], hint: .importCancel, .cancel),
            Binding([.char("k")], hint: .importKeepExisting, .keepExisting),
            Binding([.char("w")], hint: .importWithdrawMissing, .withdrawMissing),
            Binding([.up], hint: .importScroll, .up), Binding([.down], "", .importScroll, .down),
            Binding([.pageUp], "", .importScroll, .pageUp), Binding([.pageDown], "", .importScroll, .pageDown),
        ]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        let page = max(1, s.height - 8)
        var next = self
        switch command {
        case .cancel: return Outcome(.normal)
        case .store:
            guard !list.rows.isEmpty else { return Outcome(.normal, message: UIWords.importNoRows.text(s.language)) }
            return Outcome(.normal, [.importList(self)])
        case .up: next.scroll -= 1
        case .down: next.scroll += 1
        case .pageUp: next.scroll -= page
        case .pageDown: next.scroll += page
        // The same list matched again under the other rule, so the preview shows what it will do.
        case .keepExisting, .withdrawMissing:
            if command == .keepExisting {
                next.rules.keepExisting.toggle()
            } else {
                next.rules.withdrawMissing.toggle()
            }
            next.roster = Roster.match(list.rows, into: s.plan, rules: next.rules)
        }
        next.scroll = max(0, min(next.scroll, lines(s).count - 1))
        return Outcome(.importPreview(next))
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let r = centered(s, width: s.width - 4, height: s.height - 2)
        box(&g, r, title: UIWords.importPreviewTitle.text(s.language, (path as NSString).lastPathComponent))
        for (i, line) in lines(s).dropFirst(scroll).prefix(r.height - 4).enumerated() {
            g.put(line, x: r.x + 2, y: r.y + 1 + i, maxWidth: r.width - 4)
        }
        g.put(
            bindings(s).hintLine(s.language), x: r.x + 2, y: r.y + r.height - 2, style: CellStyle(role: .muted),
            maxWidth: r.width - 4)
    }
}

extension ImportPreview {
    static let form = Form(title: .formImport, purpose: .importFile,
                           fields: [FormField(.fieldFile, .path, required: true), FormField(.fieldSheet, .text)])

    /// Asks for the file named in the form; `listRead` shows the preview, or the problem in the form.
    static func start(_ form: Form) -> Outcome {
        Outcome(.form(form), [.readList(path: (form[ImportField.file].string as NSString).expandingTildeInPath)])
    }

    /// The list read for `form`: its preview, or the form again saying what is wrong.
    static func listRead(_ path: String, _ result: Result<[UInt8], Files.Problem>, memory: ImportMemory,
                         form: Form, _ s: AppState) -> Mode {
        var form = form
        let language = s.language
        do {
            let bytes = try result.get()
            let sheet = form[ImportField.sheet].string.trimmingCharacters(in: .whitespaces)
            let list = try AttendeeList.read(
                bytes, file: path, sheet: sheet.isEmpty ? nil : sheet, sessions: s.plan.sessions)
            var rules = list.rules(source: ListSource.name(ofFile: path))
            rules.memory = memory
            return .importPreview(ImportPreview(path: path, list: list, roster: Roster.match(list.rows, into: s.plan,
                                                                                          rules: rules), rules: rules))
        } catch let error as InputError {
            // A workbook with several sheets that could be the list: the sheet field asks which.
            if error.phrase == .severalSheets || error.phrase == .noSuchSheet {
                form[ImportField.sheet].error = UIWords.importWhichSheet.text(language, error.arguments.last ?? "")
                return .form(form)
            }
            let at = error.line > 0 ? UIWords.lineNumber.text(language, error.line) : ""
            form[ImportField.file].error =
                [at, error.field, error.message(language)].filter { !$0.isEmpty }.joined(separator: ": ")
            return .form(form)
        } catch {
            let problem = error as? Files.Problem
            form[ImportField.file].error =
                problem?.missing == true ? UIWords.importNoFile.text(language) : explain(error, language)
            return .form(form)
        }
    }
}

func progressBar(_ done: Int, _ total: Int, width: Int) -> String {
    let filled = total > 0 ? min(width, done * width / total) : 0
    return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
}
