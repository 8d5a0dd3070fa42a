import Foundation
import Codecs
import Print
import Interchange
import PlanningCore

/// The `x` dialog: what to export, how much of the event, the width, where, and in which
/// language; it writes the file and says where, showing the first lines of a text programme (`ExportedPreview`).
enum ExportField: Int, FieldSet { case format, scope, width, file, language }

extension TableExport.Table {
    var title: UIWords {
        switch self {
        case .sessions: .exportTableSessions
        case .people: .exportTablePeople
        case .attendees: .exportTableAttendees
        case .signups: .exportTableSignups
        }
    }
}

/// The `x` form: what it offers, the name it proposes, and what saving it asks for.
enum ExportForm {
    static func label(_ k: ExportKind, _ s: AppState) -> String {
        switch k {
        case .programme: UIWords.exportProgramme.text(s.language)
        case .markdown: UIWords.exportMarkdown.text(s.language)
        case .roomSheets: UIWords.exportRoomSheets.text(s.language)
        case .ical: UIWords.exportICal.text(s.language)
        case .frabXML: "frab XML"
        case .frabJSON: "frab JSON"
        case .csv(let t):
            "CSV " + t.title.text(s.language)
        case .xlsx(let t):
            "Excel " + (t?.title ?? .exportProgramme).text(s.language)
        }
    }

    static func make(_ s: AppState) -> Form {
        var scopes = [Choice(label: UIWords.exportWhole.text(s.language), value: .scope(.whole))]
        // Days are numbered from the event's first; the days guests travel around it (the day
        // before, mostly) are offered too, for the pickup and drop-off lists.
        let first = s.plan.event.firstDay.dayNumber, count = s.plan.event.days.count
        for d in Set(s.plan.event.days + s.plan.journeyDays).sorted() {
            let n = d.dayNumber - first + 1
            let label = (1...max(1, count)).contains(n)
                ? UIWords.exportDay.text(s.language, n, DateText.day(d, s.language))
                : UIWords.exportTravelDay.text(s.language, DateText.day(d, s.language))
            scopes.append(Choice(label: label, value: .scope(.day(n))))
        }
        for t in Set(s.plan.sessions.map(\.track)).filter({ !$0.isEmpty }).sorted(by: {
            Pinyin.shared.sortKey($0) < Pinyin.shared.sortKey($1)
        }) {
            scopes.append(Choice(label: UIWords.exportTrack.text(s.language, t), value: .scope(.track(t))))
        }
        var chosen = ExportScope.whole
        if let p = s.selectedPerson, let i = s.document.catalog.personIndex[p] {
            // Offered, not chosen: a row selected in passing (the Attendees pane always has one)
            // is no request for one person's programme; the whole event unless that is picked.
            scopes.insert(
                Choice(label: UIWords.exportPerson.text(s.language, s.plan.people[i].name), value: .scope(.person(p))),
                at: 1)
        }
        if s.pane == .sessions, let row = s.selectedRow {
            let x = s.plan.sessions[row]
            // Offered, not chosen: the programme stays whole; table cards take this session anyway.
            scopes.insert(Choice(label: UIWords.exportSession.text(s.language, x.title), value: .scope(.session(x.id))),
                          at: 1)
        }
        if s.pane == .venues, let row = s.selectedRow {
            let r = s.plan.rooms[row]
            scopes.insert(Choice(label: UIWords.exportRoom.text(s.language, r.name), value: .scope(.room(r.id))), at: 1)
            chosen = .room(r.id)
        }
        let kinds = ExportKind.allCases.map { Choice(label: label($0, s), value: .export($0)) }
            + PrintKind.allCases.flatMap { kind in
                [PrintKind.Format.pdf, .xlsx].map { format in
                    Choice(label: kind.title.text(s.language) + " " + format.rawValue.uppercased(),
                           value: .printout(kind, format))
                }
            }
            + transportChoices(s)
            + BanquetExport.Kind.allCases.flatMap { kind in
                Self.banquetEndings(kind).map { ending in
                    Choice(label: kind.title.text(s.language) + " " + ending.uppercased(),
                           value: .banquet(kind, ending))
                }
            }
            + RoomingFile.allCases.map { Choice(label: $0.label(s.language), value: .rooming($0)) }
        let languages = [LanguageName.zh, .en].map { Choice(label: $0.text(s.language), value: .language($0)) }
        let written = LanguageName(rawValue: Programme.Options.language(of: s.plan, chosen: nil).rawValue)!
        let form = Form(title: .formExport, purpose: .export, fields: [
            FormField(.fieldFormat, .choice(kinds, allowsNew: false), chosen: .export(.programme)),
            FormField(.fieldScope, .choice(scopes, allowsNew: false), chosen: .scope(chosen)),
            FormField(.fieldWidth, .number, text: "80"),
            FormField(.fieldExportFile, .path),
            // The event's language unless changed, as the command line's: a mixed team's German
            // partner reads the English UI and may still send the Chinese programme.
            FormField(.fieldExportLanguage, .choice(languages, allowsNew: false), chosen: .language(written)),
        ])
        return following(form, s)
    }

    /// The name an export gets unless one is typed, saying what it holds: `…-day2-programme.txt`,
    /// `…-李明-ical.ics`. The form shows it from the start and follows the format and scope.
    static func defaultName(_ form: Form, _ s: AppState) -> String {
        var suffix = ""
        if case .scope(let scope) = form[ExportField.scope].chosen {
            switch scope {
            case .whole: break
            case .day(let d):
                let inside = (1...max(1, s.plan.event.days.count)).contains(d)
                suffix = inside ? "-day\(d)" : "-" + s.plan.event.firstDay.adding(days: d - 1).description
            case .track(let t): suffix = "-" + t
            case .person(let p): suffix = "-" + (s.document.catalog.personIndex[p].map { s.plan.people[$0].name } ?? "")
            case .room(let r): suffix = "-" + (s.document.catalog.roomIndex[r].map { s.plan.rooms[$0].name } ?? "")
            case .session(let id): suffix = "-" + (s.plan.sessions.first { $0.id == id }?.key ?? "")
            }
        }
        let name: String, ending: String
        switch form[ExportField.format].chosen {
        case .export(let kind):
            (name, ending) = (kind.name.replacingOccurrences(of: " ", with: "-"), kind.fileExtension)
        case .printout(let kind, let format):
            (name, ending) = (kind.rawValue, PrintJob(kind, format, language: writtenIn(form, s)).fileExtension)
        case .transport(let list, let format):
            (name, ending) = (list?.rawValue ?? "transport-notices", format == .text ? "txt" : format.rawValue)
        case .banquet(let kind, let format):
            (name, ending) = (kind.rawValue, format)
        case .rooming(let file):
            (name, ending) = (file.name, file.fileExtension)
        default: return ""
        }
        let base = s.plan.event.key + suffix + "-" + name
        return String(base.map { "/\\:*?\"<>|".contains($0) ? "_" : $0 }) + "." + ending
    }

    /// The export form after a choice moved: the file name follows, until the person types one.
    static func following(_ form: Form, _ s: AppState) -> Form {
        guard form.purpose == .export, !form[ExportField.file].typed else { return form }
        var f = form
        let name = defaultName(f, s)
        f[ExportField.file].text = Array(name)
        f[ExportField.file].cursor = name.count
        return f
    }

    static func save(_ form: Form, _ s: AppState) -> Outcome {
        var form = form
        if case .printout(let kind, let format) = form[ExportField.format].chosen {
            return printout(form, kind, format, s)
        }
        if case .transport(let list, let format) = form[ExportField.format].chosen {
            return transport(form, list, format, s)
        }
        if case .banquet(let kind, let ending) = form[ExportField.format].chosen {
            return banquet(form, kind, ending, s)
        }
        if case .rooming(let file) = form[ExportField.format].chosen {
            var path = form[ExportField.file].string
            if path.isEmpty { path = defaultName(form, s) }
            let bytes: [UInt8]
            switch file.bytes(s.plan, writtenIn(form, s)) {
            case .success(let b): bytes = b
            case .failure(let f):
                form[ExportField.scope].error = f.notes.missingLines(s.language).joined(separator: "; ")
                return Outcome(.form(form))
            }
            return Outcome(.form(form), [.writeFile(path: (path as NSString).expandingTildeInPath, bytes: bytes,
                                                    preview: nil, overwrite: false)])
        }
        guard case .export(let kind) = form[ExportField.format].chosen else { return Outcome(.normal) }
        // What the command line starts from, made by the same function: the same file from either.
        var options = Programme.Options(language: writtenIn(form, s))
        // Marks as the command line sets them: a Markdown programme is for the web and has none.
        options.describe(releases: s.document.releases, released: s.document.releasedNow,
                         findings: kind == .markdown ? nil : s.findings)
        options.width = Int(form[ExportField.width].string) ?? 80
        guard options.width >= 40 else {
            form[ExportField.width].error = UIWords.exportWidthTooSmall.text(s.language)
            return Outcome(.form(form))
        }
        if case .scope(let scope) = form[ExportField.scope].chosen {
            switch scope {
            case .whole: break
            case .day(let d):
                guard (1...max(1, s.plan.event.days.count)).contains(d) else {
                    form[ExportField.scope].error = UIWords.exportTravelDayOnly.text(s.language)
                    return Outcome(.form(form))
                }
                options.day = d
            case .track(let t): options.track = t
            case .person(let p): options.person = p
            case .room(let r): options.room = r
            case .session: break  // the programme of a session is the whole programme's line
            }
        }
        var path = form[ExportField.file].string
        if path.isEmpty { path = defaultName(form, s) }
        path = (path as NSString).expandingTildeInPath
        if kind == .ical {
            return Outcome(.form(form), [.writeCalendar(path: path, options: options)])
        }
        let (bytes, _) = kind.contents(s.plan, options, version: "ui")
        let preview: [String]? = switch kind {
        case .programme, .markdown, .roomSheets:
            Array(String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .prefix(200).map(String.init))
        default: nil
        }
        // The form stays up until the file is written, to show a problem in it.
        return Outcome(.form(form), [.writeFile(path: path, bytes: bytes, preview: preview, overwrite: false)])
    }

    /// The language the form's language field chose (the event's unless changed).
    static func writtenIn(_ form: Form, _ s: AppState) -> Language {
        guard case .language(let name) = form[ExportField.language].chosen, let l = Language(rawValue: name.rawValue)
        else { return Programme.Options.language(of: s.plan, chosen: nil) }
        return l
    }

    /// Badges, table cards or a sign-in sheet for the scope's session (or everyone); badges
    /// have their numbers kept in the database first, as `confplan export badges` does.
    static func printout(_ form: Form, _ kind: PrintKind, _ format: PrintKind.Format, _ s: AppState) -> Outcome {
        var form = form
        var session: ID<Session>?
        if case .scope(.session(let id)) = form[ExportField.scope].chosen { session = id }
        if kind == .tableCards, session == nil, s.pane == .sessions, let row = s.selectedRow {
            session = s.plan.sessions[row].id
        }
        let bytes: [UInt8]
        do {
            bytes = try PrintJob(kind, format, language: writtenIn(form, s), session: session).bytes(s.plan)
        } catch {
            let problem: String = switch error {
            case .needsSession: UIWords.exportNeedsSession.text(s.language)
            case .nobodyOnRostrum(let title): UIWords.seatingNobody.text(s.language) + " (" + title + ")"
            case .noSuchCategory(let name, _): name
            // The dialog asks for no category; listed so the switch stays whole.
            case .nobodyOfCategoryOnRostrum(let title, let category): title + " · " + category
            case .missingGlyphs(let notes): notes.missingLines(s.language).joined(separator: "; ")
            }
            form[ExportField.scope].error = problem
            return Outcome(.form(form))
        }
        var path = form[ExportField.file].string
        if path.isEmpty { path = defaultName(form, s) }
        let write = Effect.writeFile(path: (path as NSString).expandingTildeInPath, bytes: bytes, preview: nil,
                                     overwrite: false)
        // After the file, so a failure to keep the numbers is what the bottom line says last.
        return Outcome(.form(form), kind == .badges ? [write, .numberBadges] : [write])
    }

    /// The transport lists in every form `export pickups|dropoffs|runs` writes, and the notices
    /// as `export transport-notices` writes them for an SMS gateway.
    static func transportChoices(_ s: AppState) -> [Choice] {
        let lists = TransportListKind.allCases.flatMap { list in
            [PrintKind.Format.pdf, .xlsx, .csv, .text].map { format in
                Choice(label: list.title.text(s.language) + " " + format.rawValue.uppercased(),
                       value: .transport(list, format))
            }
        }
        let notices = [PrintKind.Format.csv, .xlsx, .text].map { format in
            Choice(label: TransportNoticeWords.sheetName.text(s.language) + " " + format.rawValue.uppercased(),
                   value: .transport(nil, format))
        }
        return lists + notices
    }

    /// A transport list or the notices, of the whole event or the day chosen as the scope. The
    /// notices are not recorded as sent: `export transport-notices --changed` counts only what
    /// the command line told (README).
    static func transport(_ form: Form, _ list: TransportListKind?, _ format: PrintKind.Format, _ s: AppState)
        -> Outcome
    {
        var form = form
        var day: LocalDate?
        switch form[ExportField.scope].chosen {
        case .scope(.whole): break
        case .scope(.day(let d)): day = s.plan.event.firstDay.adding(days: d - 1)
        default:
            // A track's or a person's list would be the whole event's under a name saying less.
            form[ExportField.scope].error = UIWords.exportTransportScope.text(s.language)
            return Outcome(.form(form))
        }
        let lang = writtenIn(form, s)
        let bytes: [UInt8]
        if let list {
            let export = TransportExport(plan: s.plan, kind: list, language: lang, day: day)
            switch format {
            case .pdf:
                let (pdf, notes) = export.lists.pdf(list)
                if !notes.missing.isEmpty {
                    form[ExportField.format].error = notes.missingLines(s.language).joined(separator: "; ")
                    return Outcome(.form(form))
                }
                bytes = pdf
            case .xlsx: bytes = export.workbook()
            case .csv: bytes = Array(export.csv().utf8)
            case .text: bytes = Array(export.text().utf8)
            }
        } else {
            // Each passenger in their own language, as the command line without --lang.
            let notices = TransportNotices(plan: s.plan, to: .all, language: nil, day: day)
            switch format {
            case .xlsx: bytes = notices.workbook(lang)
            case .csv: bytes = Array(TableExport.csv(notices.sheet(lang), byteOrderMark: true).utf8)
            case .pdf, .text: bytes = Array(notices.text().utf8)
            }
        }
        var path = form[ExportField.file].string
        if path.isEmpty { path = defaultName(form, s) }
        return Outcome(.form(form), [.writeFile(path: (path as NSString).expandingTildeInPath, bytes: bytes,
                                                preview: nil, overwrite: false)])
    }

    /// The file endings each banquet export is offered in, as `confplan export` writes them.
    static func banquetEndings(_ kind: BanquetExport.Kind) -> [String] {
        switch kind {
        case .hallPlan, .tableCharts: ["txt", "pdf"]
        case .tableSigns, .placeCards: ["pdf"]
        case .seatingList: ["txt", "csv", "xlsx", "pdf"]
        case .kitchen: ["txt", "csv", "xlsx"]
        }
    }

    /// A meal's banquet export: the scope's session, else the one chosen in the Sessions pane.
    static func banquet(_ form: Form, _ kind: BanquetExport.Kind, _ ending: String, _ s: AppState) -> Outcome {
        var form = form
        var session: ID<Session>?
        if case .scope(.session(let id)) = form[ExportField.scope].chosen { session = id }
        if session == nil, s.pane == .sessions, let row = s.selectedRow { session = s.plan.sessions[row].id }
        guard let meal = session.flatMap({ id in s.plan.sessions.first { $0.id == id } }) else {
            form[ExportField.scope].error = UIWords.exportNeedsSession.text(s.language)
            return Outcome(.form(form))
        }
        let export = BanquetExport(plan: s.plan, meal: meal, kind: kind, language: writtenIn(form, s))
        let bytes: [UInt8]
        switch ending {
        case "csv": bytes = Array(export.csv().utf8)
        case "xlsx": bytes = export.workbook()
        case "pdf":
            let (pdf, notes) = export.pdf()
            guard notes.missing.isEmpty else {
                form[ExportField.scope].error = notes.missingLines(s.language).joined(separator: "; ")
                return Outcome(.form(form))
            }
            bytes = pdf
        default: bytes = Array(export.text().utf8)
        }
        var path = form[ExportField.file].string
        if path.isEmpty { path = defaultName(form, s) }
        return Outcome(.form(form), [.writeFile(path: (path as NSString).expandingTildeInPath, bytes: bytes,
                                                preview: nil, overwrite: false)])
    }

    static func fileWritten(_ path: String, preview: [String]?, _ result: Result<Void, Files.Problem>,
                            _ s: AppState) -> Outcome {
        switch result {
        case .success:
            if let preview { return Outcome(.exported(ExportedPreview(path: path, preview: preview))) }
            return Outcome(.normal, message: UIWords.exportWrote.text(s.language, path))
        case .failure(let problem):
            guard case .form(var form) = s.mode else { return Outcome(s.mode, message: problem.text(s.language)) }
            form[ExportField.file].error = UIWords.exportCannotWrite.text(s.language, problem.text(s.language))
            return Outcome(.form(form))
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
        box(&g, r, title: UIWords.exportWrote.text(s.language, path))
        for (i, line) in preview.prefix(r.height - 4).enumerated() {
            g.put(TextFit.cut(line, width: r.width - 4), x: r.x + 2, y: r.y + 1 + i, maxWidth: r.width - 4)
        }
        g.put(
            bindings(s).hintLine(s.language, width: r.width - 4), x: r.x + 2, y: r.y + r.height - 2,
            style: CellStyle(role: .muted),
            maxWidth: r.width - 4)
    }
}
