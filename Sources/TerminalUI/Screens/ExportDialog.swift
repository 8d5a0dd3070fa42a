import Foundation
import Interchange
import PlanningCore

/// The `x` dialog: what to export, how much of the event, the width, and where; it writes the
/// file and says where, showing the first lines of a text programme (`ExportedPreview`).
enum ExportField: Int, FieldSet { case format, scope, width, file }

extension TableExport.Table {
    var title: UIText {
        switch self {
        case .sessions: .exportTableSessions
        case .people: .exportTablePeople
        case .attendees: .exportTableAttendees
        case .signups: .exportTableSignups
        }
    }
}

extension AppState {
    func exportLabel(_ k: ExportKind) -> String {
        switch k {
        case .programme: UIText.exportProgramme.text(language)
        case .markdown: UIText.exportMarkdown.text(language)
        case .roomSheets: UIText.exportRoomSheets.text(language)
        case .ical: UIText.exportICal.text(language)
        case .frabXML: "frab XML"
        case .frabJSON: "frab JSON"
        case .csv(let t):
            "CSV " + t.title.text(language)
        case .xlsx(let t):
            "Excel " + (t?.title ?? .exportProgramme).text(language)
        }
    }

    func exportForm() -> Form {
        var scopes = [Choice(label: UIText.exportWhole.text(language), value: .scope(.whole))]
        for (i, d) in plan.event.days.enumerated() {
            scopes.append(
                Choice(
                    label: UIText.exportDay.text(language, i + 1, DateText.day(d, language)), value: .scope(.day(i + 1))
                ))
        }
        for t in Set(plan.sessions.map(\.track)).filter({ !$0.isEmpty }).sorted(by: {
            Pinyin.shared.sortKey($0) < Pinyin.shared.sortKey($1)
        }) {
            scopes.append(Choice(label: UIText.exportTrack.text(language, t), value: .scope(.track(t))))
        }
        var chosen = ExportScope.whole
        if let p = selectedPerson, let i = document.catalog.personIndex[p] {
            scopes.insert(
                Choice(label: UIText.exportPerson.text(language, plan.people[i].name), value: .scope(.person(p))), at: 1
            )
            chosen = .person(p)
        }
        if pane == .sessions, let row = selectedRow {
            let x = plan.sessions[row]
            // Offered, not chosen: the programme stays whole; table cards take this session anyway.
            scopes.insert(Choice(label: UIText.exportSession.text(language, x.title), value: .scope(.session(x.id))),
                          at: 1)
        }
        if pane == .venues, let row = selectedRow {
            let r = plan.rooms[row]
            scopes.insert(Choice(label: UIText.exportRoom.text(language, r.name), value: .scope(.room(r.id))), at: 1)
            chosen = .room(r.id)
        }
        let kinds = ExportKind.allCases.map { Choice(label: exportLabel($0), value: .export($0)) }
            + PrintKind.allCases.flatMap { kind in
                [PrintKind.Format.pdf, .xlsx].map { format in
                    Choice(label: kind.title.text(language) + " " + format.rawValue.uppercased(),
                           value: .printout(kind, format))
                }
            }
        let form = Form(title: .formExport, purpose: .export, fields: [
            FormField(.fieldFormat, .choice(kinds, allowsNew: false), chosen: .export(.programme)),
            FormField(.fieldScope, .choice(scopes, allowsNew: false), chosen: .scope(chosen)),
            FormField(.fieldWidth, .number, text: "80"),
            FormField(.fieldExportFile, .path),
        ])
        return followingChoices(form)
    }

    /// The name an export gets unless one is typed, saying what it holds: `…-day2-programme.txt`,
    /// `…-李明-ical.ics`. The form shows it from the start and follows the format and scope.
    func defaultExportName(_ form: Form) -> String {
        var suffix = ""
        if case .scope(let scope) = form[ExportField.scope].chosen {
            switch scope {
            case .whole: break
            case .day(let d): suffix = "-day\(d)"
            case .track(let t): suffix = "-" + t
            case .person(let p): suffix = "-" + (document.catalog.personIndex[p].map { plan.people[$0].name } ?? "")
            case .room(let r): suffix = "-" + (document.catalog.roomIndex[r].map { plan.rooms[$0].name } ?? "")
            case .session(let id): suffix = "-" + (plan.sessions.first { $0.id == id }?.key ?? "")
            }
        }
        let name: String, ending: String
        switch form[ExportField.format].chosen {
        case .export(let kind):
            (name, ending) = (kind.name.replacingOccurrences(of: " ", with: "-"), kind.fileExtension)
        case .printout(let kind, let format):
            (name, ending) = (kind.rawValue, PrintJob(kind, format, language: language).fileExtension)
        default: return ""
        }
        let base = plan.event.key + suffix + "-" + name
        return String(base.map { "/\\:*?\"<>|".contains($0) ? "_" : $0 }) + "." + ending
    }

    /// The export form after a choice moved: the file name follows, until the person types one.
    func followingChoices(_ form: Form) -> Form {
        guard form.purpose == .export, !form[ExportField.file].typed else { return form }
        var f = form
        let name = defaultExportName(f)
        f[ExportField.file].text = Array(name)
        f[ExportField.file].cursor = name.count
        return f
    }

    /// The person on the selected row of the Speakers or Attendees pane.
    var selectedPerson: ID<Person>? {
        guard let row = selectedRow else { return nil }
        switch pane {
        case .speakers: return plan.people[row].id
        case .attendees: return plan.registrations[row].person
        default: return nil
        }
    }

    mutating func saveExport(_ form: Form) -> Mode {
        var form = form
        if case .printout(let kind, let format) = form[ExportField.format].chosen {
            return savePrintout(form, kind, format)
        }
        guard case .export(let kind) = form[ExportField.format].chosen else { return .normal }
        var options = Programme.Options(language: language)
        options.width = Int(form[ExportField.width].string) ?? 80
        guard options.width >= 40 else {
            form[ExportField.width].error = UIText.exportWidthTooSmall.text(language)
            return .form(form)
        }
        if case .scope(let scope) = form[ExportField.scope].chosen {
            switch scope {
            case .whole: break
            case .day(let d): options.day = d
            case .track(let t): options.track = t
            case .person(let p): options.person = p
            case .room(let r): options.room = r
            case .session: break  // the programme of a session is the whole programme's line
            }
        }
        options.marked = Set(findings.filter { $0.isOpen && $0.severity != .info }.flatMap(\.finding.sessions))
        var path = form[ExportField.file].string
        if path.isEmpty { path = defaultExportName(form) }
        path = (path as NSString).expandingTildeInPath
        if kind == .ical {
            emit(.writeCalendar(path: path, options: options))
            return .form(form)
        }
        let (bytes, _) = kind.contents(plan, options, version: "ui")
        let preview: [String]? = switch kind {
        case .programme, .markdown, .roomSheets:
            Array(String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .prefix(200).map(String.init))
        default: nil
        }
        // The form stays up until the file is written, to show a problem in it.
        emit(.writeFile(path: path, bytes: bytes, preview: preview, overwrite: false))
        return .form(form)
    }

    /// Badges, table cards or a sign-in sheet for the scope's session (or everyone); badges
    /// have their numbers kept in the database first, as `confplan export badges` does.
    mutating func savePrintout(_ form: Form, _ kind: PrintKind, _ format: PrintKind.Format) -> Mode {
        var form = form
        var session: ID<Session>?
        if case .scope(.session(let id)) = form[ExportField.scope].chosen { session = id }
        if kind == .tableCards, session == nil, pane == .sessions, let row = selectedRow {
            session = plan.sessions[row].id
        }
        let bytes: [UInt8]
        do {
            bytes = try PrintJob(kind, format, language: language, session: session).bytes(plan)
        } catch {
            let problem: String = switch error {
            case .needsSession: UIText.exportNeedsSession.text(language)
            case .nobodyOnRostrum(let title): UIText.seatingNobody.text(language) + " (" + title + ")"
            case .noSuchCategory(let name, _): name
            }
            form[ExportField.scope].error = problem
            return .form(form)
        }
        var path = form[ExportField.file].string
        if path.isEmpty { path = defaultExportName(form) }
        emit(.writeFile(path: (path as NSString).expandingTildeInPath, bytes: bytes, preview: nil, overwrite: false))
        // After the file, so a failure to keep the numbers is what the bottom line says last.
        if kind == .badges { emit(.numberBadges) }
        return .form(form)
    }

    mutating func fileWritten(_ path: String, preview: [String]?, _ result: Result<Void, Files.Problem>) {
        switch result {
        case .success:
            if let preview { mode = .exported(ExportedPreview(path: path, preview: preview)) } else {
                mode = .normal
                message = UIText.exportWrote.text(language, path)
            }
        case .failure(let problem):
            guard case .form(var form) = mode else { message = problem.text(language); return }
            form[ExportField.file].error = UIText.exportCannotWrite.text(language, problem.text(language))
            mode = .form(form)
        }
    }
}

/// An export just written: where, and its first lines; any key closes it.
struct ExportedPreview: Dialog {
    var path: String
    var preview: [String]

    var shown: Mode { .exported(self) }

    func bindings(_ s: AppState) -> [Binding<Void>] {
        [Binding([.escape, .enter, .char("q")], hint: .exportPreviewClose, ())]
    }

    func perform(_ command: Void, _ s: AppState) -> Outcome { Outcome(.normal) }

    func unbound(_ key: Key, _ s: AppState) -> Outcome { Outcome(.normal) }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let r = centered(s, width: s.width - 4, height: s.height - 2)
        box(&g, r, title: UIText.exportWrote.text(s.language, path))
        for (i, line) in preview.prefix(r.height - 4).enumerated() {
            g.put(line, x: r.x + 2, y: r.y + 1 + i, maxWidth: r.width - 4)
        }
        g.put(
            bindings(s).hintLine(s.language), x: r.x + 2, y: r.y + r.height - 2, style: CellStyle(role: .muted),
            maxWidth: r.width - 4)
    }
}
