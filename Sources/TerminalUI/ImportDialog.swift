import Foundation
import Interchange
import PlanningCore
import PlanningStore

/// A registration list read and matched against the event, shown before anything is stored.
struct ImportPreview {
    var path: String
    var list: AttendeeList
    var roster: RosterImport
    var scroll = 0

    /// What the dialog shows, top to bottom: how the file was read, the first rows as they will
    /// be stored, every problem with its line, and the counts.
    func lines(_ s: AppState) -> [String] {
        let report = RosterReport(list: list, roster: roster, language: s.language)
        var out = report.heading().split(separator: "\n").map(String.init)
        out.append("")
        let shown = list.rows.prefix(8)
        out.append(T.importWillStore.text(s.language, shown.count))
        for row in shown {
            let subForums = row.signups.compactMap { id in s.plan.sessions.first { $0.id == id }?.track }
            let parts = [row.name, row.organisation, row.title, row.phone, row.email,
                         Array(Set(subForums)).sorted().joined(separator: "、")].filter { !$0.isEmpty }
            out.append("  \(row.line): " + parts.joined(separator: " · "))
        }
        let problems = report.problemLines()
        if !problems.isEmpty {
            out.append("")
            out.append(T.importNotImported.text(s.language))
            out += problems.map { "  " + $0 }
        }
        out.append("")
        out += report.counts().split(separator: "\n").map(String.init)
        return out.map(Sanitize.forTerminal)
    }
}

extension AppState {
    /// Asks for the file named in the form; `listRead` shows the preview, or the problem in the form.
    mutating func startImport(_ form: inout Form) {
        mode = .form(form)
        emit(.readList(path: (form["file"].string as NSString).expandingTildeInPath))
    }

    mutating func listRead(_ path: String, _ result: Result<[UInt8], Files.Problem>) {
        guard case .form(var form) = mode else { return }
        do {
            let bytes = try result.get()
            let list = try AttendeeList.read(bytes, file: path, sessions: plan.sessions)
            mode = .importPreview(ImportPreview(path: path, list: list, roster: Roster.match(list.rows, into: plan)))
        } catch let error as InputError {
            form.fields[0].error = ([error.line > 0 ? "line \(error.line)" : "", error.field, error.message].filter { !$0.isEmpty })
                .joined(separator: ": ")
            mode = .form(form)
        } catch {
            let problem = error as? Files.Problem
            form.fields[0].error = problem?.missing == true ? T.importNoFile.text(language) : problem?.description ?? "\(error)"
            mode = .form(form)
        }
    }

    mutating func handlePreview(_ key: Key, _ preview: inout ImportPreview) {
        let page = max(1, height - 8)
        switch key {
        case .escape, .char("q"), .char("n"): mode = .normal; return
        case .enter, .char("y"):
            mode = .normal
            guard !preview.list.rows.isEmpty else { message = T.importNoRows.text(language); return }
            emit(.importList(preview))
            return
        case .up: preview.scroll -= 1
        case .down: preview.scroll += 1
        case .pageUp: preview.scroll -= page
        case .pageDown: preview.scroll += page
        default: break
        }
        preview.scroll = max(0, min(preview.scroll, preview.lines(self).count - 1))
        mode = .importPreview(preview)
    }

    /// The import is stored (in one transaction) and the event read again; the whole import is
    /// one undo step.
    mutating func imported(_ preview: ImportPreview, before: EventPlan,
                           _ result: Result<(roster: RosterImport, plan: EventPlan), StoreFailure>) {
        switch result {
        case .failure(let error):
            message = T.cannotSave.text(language, error.description)
        case .success(let stored):
            plan = stored.plan
            loading = nil
            engine = ConflictEngine(plan)
            refresh()
            guard !stored.roster.changesNothing else { message = T.importNothing.text(language); return }
            undoStack.append(importChanges(before: before, after: plan, roster: stored.roster))
            redoStack.removeAll()
            let name = (preview.path as NSString).lastPathComponent
            let report = RosterReport(list: preview.list, roster: stored.roster, language: language)
            message = T.importDone.text(language, name, report.newCount, report.updatedCount, report.mergedCount,
                                        preview.list.rejectedCount)
        }
    }

    /// The import as changes, so undo can take it back like any edit.
    private func importChanges(before: EventPlan, after: EventPlan, roster: RosterImport) -> [Change] {
        func records(_ plan: EventPlan) -> [String: PersonRecord] {
            var regs: [ID<Person>: Registration] = [:]
            for r in plan.registrations { regs[r.person] = r }
            var roles: [ID<Person>: [SessionRole]] = [:]
            for r in plan.roles { roles[r.person, default: []].append(r) }
            var out: [String: PersonRecord] = [:]
            for p in plan.people { out[p.key] = PersonRecord(person: p, roles: roles[p.id] ?? [], registration: regs[p.id]) }
            return out
        }
        let old = records(before), new = records(after)
        var changes: [Change] = roster.newPeople.compactMap { p in new[p.person.key].map { .person(before: nil, after: $0) } }
        for u in roster.updates {
            if let a = old[u.person.key], let b = new[u.person.key] { changes.append(.person(before: a, after: b)) }
        }
        return changes
    }
}

func progressBar(_ done: Int, _ total: Int, width: Int) -> String {
    let filled = total > 0 ? min(width, done * width / total) : 0
    return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
}
