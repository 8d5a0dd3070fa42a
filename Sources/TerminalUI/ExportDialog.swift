import Foundation
import Interchange
import PlanningCore

/// The `x` dialog: what to export, how much of the event, the width, and where; it writes the
/// file and says where, showing the first lines of a text programme (`ExportedPreview`).
extension AppState {
    func exportLabel(_ k: ExportKind) -> String {
        let zh = language == .zh
        switch k {
        case .programme: return zh ? "会议日程（文本）" : "Programme (text)"
        case .markdown: return zh ? "会议日程（Markdown）" : "Programme (Markdown)"
        case .roomSheets: return zh ? "会场门贴" : "Room door sheets"
        case .ical: return zh ? "日历（iCalendar）" : "Calendar (iCalendar)"
        case .frabXML: return "frab XML"
        case .frabJSON: return "frab JSON"
        case .csv(let t):
            let name: String = switch t {
            case .sessions: zh ? "场次" : "sessions"
            case .people: zh ? "嘉宾" : "people"
            case .attendees: zh ? "参会者" : "attendees"
            case .signups: zh ? "分论坛报名" : "sign-ups"
            }
            return "CSV " + name
        }
    }

    func exportForm() -> Form {
        let zh = language == .zh
        var scopes = [Choice(label: zh ? "整个会议" : "Whole event", value: "all")]
        for (i, d) in plan.event.days.enumerated() {
            scopes.append(Choice(label: (zh ? "第 \(i + 1) 天 " : "Day \(i + 1) ") + DateText.day(d, language), value: "day:\(i + 1)"))
        }
        for t in Set(plan.sessions.map(\.track)).filter({ !$0.isEmpty }).sorted() {
            scopes.append(Choice(label: (zh ? "分论坛：" : "Track: ") + t, value: "track:" + t))
        }
        var chosen = "all"
        if let p = selectedPerson, let i = catalog.personIndex[p] {
            scopes.insert(Choice(label: (zh ? "此人：" : "This person: ") + plan.people[i].name, value: "person:\(p.raw)"), at: 1)
            chosen = "person:\(p.raw)"
        }
        if pane == .venues, let row = selectedRow {
            let r = plan.rooms[row]
            scopes.insert(Choice(label: (zh ? "此会场：" : "This room: ") + r.name, value: "room:\(r.id.raw)"), at: 1)
            chosen = "room:\(r.id.raw)"
        }
        let kinds = ExportKind.allCases.map { Choice(label: exportLabel($0), value: $0.name) }
        return Form(title: .formExport, purpose: .export, fields: [
            FormField("format", .fieldFormat, .choice(kinds, allowsNew: false), chosen: ExportKind.programme.name),
            FormField("scope", .fieldScope, .choice(scopes, allowsNew: false), chosen: chosen),
            FormField("width", .fieldWidth, .number, text: "80"),
            FormField("file", .fieldExportFile, .text),
        ])
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
        guard let kind = ExportKind.allCases.first(where: { $0.name == form["format"].chosen }) else { return .normal }
        var options = Programme.Options(language: language)
        options.width = Int(form["width"].string) ?? 80
        guard options.width >= 40 else {
            form["width"].error = T.exportWidthTooSmall.text(language)
            return .form(form)
        }
        let scope = form["scope"].chosen ?? "all"
        var suffix = ""
        if scope.hasPrefix("day:") { options.day = Int(scope.dropFirst(4)); suffix = "-day\(options.day ?? 1)" }
        if scope.hasPrefix("track:") { options.track = String(scope.dropFirst(6)); suffix = "-" + (options.track ?? "") }
        if scope.hasPrefix("person:"), let raw = Int(scope.dropFirst(7)) {
            options.person = ID(raw)
            suffix = "-" + (catalog.personIndex[ID(raw)].map { plan.people[$0].name } ?? "")
        }
        if scope.hasPrefix("room:"), let raw = Int(scope.dropFirst(5)) {
            options.room = ID(raw)
            suffix = "-" + (catalog.roomIndex[ID(raw)].map { plan.rooms[$0].name } ?? "")
        }
        options.marked = Set(findings.filter { $0.isOpen && $0.severity != .info }.flatMap(\.finding.sessions))
        var path = form["file"].string
        if path.isEmpty {
            let base = plan.event.key + suffix + "-" + kind.name.replacingOccurrences(of: " ", with: "-")
            path = String(base.map { "/\\:*?\"<>|".contains($0) ? "_" : $0 }) + "." + kind.fileExtension
        }
        path = (path as NSString).expandingTildeInPath
        let (text, _) = kind.render(plan, options, version: "ui")
        let preview: [String]? = switch kind {
        case .programme, .markdown, .roomSheets:
            Array(text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200).map(String.init))
        default: nil
        }
        // The form stays up until the file is written, to show a problem in it.
        emit(.writeFile(path: path, text: text, preview: preview))
        return .form(form)
    }

    mutating func fileWritten(_ path: String, preview: [String]?, _ result: Result<Void, Files.Problem>) {
        switch result {
        case .success:
            if let preview { mode = .exported(ExportedPreview(path: path, preview: preview)) } else {
                mode = .normal
                message = T.exportWrote.text(language, path)
            }
        case .failure(let problem):
            guard case .form(var form) = mode else { message = problem.description; return }
            form["file"].error = T.exportCannotWrite.text(language, problem.description)
            mode = .form(form)
        }
    }
}

/// An export just written: where, and its first lines; any key closes it.
struct ExportedPreview: Screen {
    var path: String
    var preview: [String]

    var shown: Mode { .exported(self) }

    func bindings(_ s: AppState) -> [Binding<Void>] { [Binding([.escape, .enter, .char("q")], hint: .exportPreviewClose, ())] }

    func perform(_ command: Void, _ s: inout AppState) -> Mode { .normal }

    func unbound(_ key: Key, _ s: inout AppState) -> Mode { .normal }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let r = centered(s, width: s.width - 4, height: s.height - 2)
        box(&g, r, title: T.exportWrote.text(s.language, path))
        for (i, line) in preview.prefix(r.height - 4).enumerated() {
            g.put(line, x: r.x + 2, y: r.y + 1 + i, maxWidth: r.width - 4)
        }
        g.put(bindings(s).hintLine(s.language), x: r.x + 2, y: r.y + r.height - 2, style: CellStyle(role: .muted), maxWidth: r.width - 4)
    }
}
