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
    /// be stored, every problem with its line, and the counts; each line wrapped to `width`
    /// under its own indent, never cut. The file is named once, in the title.
    func lines(_ s: AppState, width: Int) -> [String] {
        let report = RosterReport(list: list, roster: roster, language: s.language)
        let file = Sanitize.forTerminal(list.file)
        // How the file was read, then the column mapping one column a line, so a wide sheet's
        // mapping scrolls with the rest instead of being cut at the box's edge.
        var out = [Self.withoutFile(String(report.heading().split(separator: "\n").first ?? ""), file)]
        if let doubt = report.encodingDoubt() { out.append(doubt) }
        out.append(ExportWords.columns.text(s.language, ""))
        out += report.mapping().map { "  " + Sanitize.forTerminal($0) }
        if let notes = report.keptInNotes(hint: false) { out.append(notes) }
        out.append(report.ruleLine(rules, keys: true))
        out.append("")
        let shown = list.rows.prefix(8)
        out.append(UIWords.importWillStore.text(s.language, shown.count))
        let choices = ChoiceNames(s.plan, s.document.catalog)
        for row in shown {
            let parts = [
                row.name, row.organisation, row.title, row.phone, row.email,
                choices.names(row.signups).joined(separator: UIWords.listSeparator.text(s.language)),
            ].filter { !$0.isEmpty }
            out.append("  \(row.line): " + parts.joined(separator: " · "))
        }
        let problems = report.problemLines()
        if !problems.isEmpty {
            out.append("")
            out.append(UIWords.importNotImported.text(s.language))
            out += problems.map { "  " + Self.onLine(Self.withoutFile($0, file), s.language) }
        }
        if list.rejectedCount > 0 { out.append(UIWords.importSaveRejectsHint.text(s.language, list.rejectedCount)) }
        let changes = report.changeLines(sessions: s.plan.sessions) + report.missingLines(keys: true)
        if !changes.isEmpty {
            out.append("")
            out += changes.map { "  " + $0 }
        }
        out.append("")
        out += report.counts().split(separator: "\n").map(String.init)
        return out.map(Sanitize.forTerminal).flatMap { line -> [String] in
            let lead = line.prefix { $0 == " " }.count, text = String(line.dropFirst(lead))
            guard DisplayWidth.of(line) > width, width > lead + 8 else { return [line] }
            // A problem's continuation hangs under its reason, past `第 3 行：`.
            let hang = lead + min(hangingIndent(text, width: width - lead), 12)
            return TextFit.wrap(text, width: width - lead, hang: hang - lead).enumerated().map { i, piece in
                String(repeating: " ", count: i == 0 ? lead : hang) + piece
            }
        }
    }

    /// A line of the report without the file it names at its start (`回执.csv:3: …` → `3: …`).
    static func withoutFile(_ line: String, _ file: String) -> String {
        guard !file.isEmpty, line.hasPrefix(file) else { return line }
        return String(line.dropFirst(file.count).drop { $0 == ":" || $0 == "：" || $0 == " " })
    }

    /// `3: 姓名: no name` as `第 3 行：姓名: no name`.
    static func onLine(_ line: String, _ language: Language) -> String {
        let digits = line.prefix { $0.isNumber }
        guard let n = Int(digits), line.dropFirst(digits.count).hasPrefix(": ") else { return line }
        return UIWords.lineNumber.text(language, n) + UIWords.labelSeparator.text(language)
            + line.dropFirst(digits.count + 2)
    }

    enum Command { case store, cancel, up, down, pageUp, pageDown, keepExisting, withdrawMissing, saveRejects }

    var shown: Mode { .importPreview(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [
            Binding([.enter, .char("y")], hint: .importStore, .store),
            Binding([.escape, .char("q"), .char("n")], hint: .importCancel, .cancel),
            Binding([.char("k")], hint: .importKeepExisting, .keepExisting),
            Binding([.char("W")], hint: .importWithdrawMissing, .withdrawMissing),
        ] + (list.rejectedCount > 0 ? [Binding([.char("w")], hint: .importSaveRejects, .saveRejects)] : []) + [
            Binding([.up], hint: .importScroll, .up), Binding([.down], "", .importScroll, .down),
            Binding([.pageUp], "", .importScroll, .pageUp), Binding([.pageDown], "", .importScroll, .pageDown),
        ]
    }

    /// The box, and the lines of text it has room for above its keys.
    func region(_ s: AppState) -> Region { centered(s, width: s.width - 4, height: s.height - 2) }
    func room(_ s: AppState) -> Int { max(1, region(s).height - 3 - hints(s).count) }

    /// The keys, on as many lines as they take: a narrow terminal still shows every one, whole.
    func hints(_ s: AppState) -> [String] {
        hintLines(bindings(s).compactMap { $0.hint?.text(s.language) }, width: region(s).width - 4)
    }
    func lines(_ s: AppState) -> [String] { lines(s, width: region(s).width - 4) }

    /// `回执.csv` → `回执_未导入.xlsx` (`回执-rejects.xlsx` in English) beside it: the rows not
    /// imported, with their reasons, as a workbook to fix in Excel and import again (`--rejects`
    /// in the command line). Either mark is one ListSource drops, so the fixed rows come back as
    /// the list's own.
    func rejectsPath(_ language: Language) -> String {
        let base = (path as NSString).deletingPathExtension
        let (mark, join) = language == .zh ? ("_未导入", "_") : ("-rejects", "-")
        return base + mark + (list.sheet.map { join + Sanitize.fileName($0) } ?? "") + ".xlsx"
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        let page = max(1, room(s) - 1)
        var next = self
        switch command {
        case .cancel: return Outcome(.normal)
        case .store:
            guard !list.rows.isEmpty else { return Outcome(.normal, message: UIWords.importNoRows.text(s.language)) }
            return Outcome(.normal, [.importList(self)])
        case .saveRejects:
            let bytes = RosterReport(list: list, roster: roster, language: s.language).rejectsWorkbook()
            let write = Effect.writeFile(path: rejectsPath(s.language), bytes: bytes, preview: nil, overwrite: false)
            return Outcome(shown, [write])
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
        // The last page is full: PgDn never scrolls past the end into an empty box.
        next.scroll = max(0, min(next.scroll, next.lines(s).count - room(s)))
        return Outcome(.importPreview(next))
    }

    /// The rejects workbook written (or not): the preview stays, saying where it went.
    func fileWritten(_ path: String, _ result: Result<Void, Files.Problem>, _ s: AppState) -> Outcome {
        // Beside the list: its name says where, and the bottom line has room for it.
        let name = (path as NSString).lastPathComponent
        switch result {
        case .success: return Outcome(shown, message: UIWords.importRejectsWritten.text(s.language, name))
        case .failure(let problem):
            return Outcome(shown, message: UIWords.exportCannotWrite.text(s.language, problem.text(s.language)))
        }
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let r = region(s)
        let name = (path as NSString).lastPathComponent + (list.sheet.map { " · " + $0 } ?? "")
        box(&g, r, title: Sanitize.forTerminal(UIWords.importPreviewTitle.text(s.language, name)))
        let all = lines(s)
        for (i, line) in all.dropFirst(scroll).prefix(room(s)).enumerated() {
            g.put(line, x: r.x + 2, y: r.y + 1 + i, maxWidth: r.width - 4)
        }
        let keys = hints(s)
        let more = scroll + room(s) < all.count ? "↓" : scroll > 0 ? "↑" : ""
        g.put(more, x: r.x + r.width - 3, y: r.y + r.height - 2 - keys.count, style: CellStyle(role: .muted))
        for (i, line) in keys.enumerated() {
            g.put(line, x: r.x + 2, y: r.y + r.height - 1 - keys.count + i, style: CellStyle(role: .muted),
                  maxWidth: r.width - 4)
        }
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
                [at, error.field, error.message(language)].filter { !$0.isEmpty }
                    .joined(separator: UIWords.labelSeparator.text(language))
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

extension Mode {
    /// The import preview shown, if it is: a file it writes answers to it.
    var importPreview: ImportPreview? { if case .importPreview(let p) = self { p } else { nil } }
}
