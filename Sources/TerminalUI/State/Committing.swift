import Foundation
import Interchange
import PlanningCore

/// Every change a person makes goes through here: saved at once, brought into the plan and the
/// engine, and kept for undo and redo.
extension AppState {
    /// Saves changes at once (the runner writes them; each user action is one transaction, or
    /// one per new site), then `saved` brings the plan, the engine and the findings along.
    /// Nothing waits for a "save" step.
    mutating func commit(_ changes: [Change], done: UIWords, form: Form? = nil) {
        emit(.save(changes, .edit(done: done, form: form)))
    }

    /// What a save ended with, whatever it was for.
    mutating func saved(_ intent: SaveIntent, _ outcome: SaveOutcome) {
        if let stored = outcome.reloaded {
            adoptStored(stored.plan, stored.policy)
            if !outcome.applied.isEmpty { readAgainAfterOwnSave() }
        } else {
            bringIn(outcome.applied)
        }
        if let conflict = outcome.conflict {
            let form: Form? = if case .edit(_, let form) = intent { form } else { nil }
            mode = .conflict(ConflictDialog(mine: conflict.mine, theirs: conflict.theirs, form: form))
        }
        let complete = outcome.conflict == nil && outcome.error == nil
        switch intent {
        case .edit(let done, let form):
            let made = form?.purpose
            if !outcome.applied.isEmpty {
                document.undoStack.append(.changes(outcome.applied))
                document.redoStack.removeAll()
                if complete { message = done.text(language, document.describe(outcome.applied.last, language)) }
            }
            // A new row is selected, so the person sees what they made.
            if complete, case .addSession = made, let s = plan.sessions.last {
                select(.sessions, plan.sessions.count - 1, uid: s.uid)
            }
            if complete, case .addRoom = made, let r = plan.rooms.last {
                select(.venues, plan.rooms.count - 1, uid: r.uid)
            }
            if complete, case .addSpeaker = made, let p = plan.people.last {
                select(.speakers, plan.people.count - 1, uid: p.uid)
            }
            if complete, case .addRun = made, let r = plan.runs.last {
                select(.transport, plan.runs.count - 1, uid: r.uid)
            }
            if complete, case .addVehicle = made, let v = plan.vehicles.last {
                select(.transport, plan.vehicles.count - 1, uid: v.uid)
            }
        case .undo(let group):
            if complete {
                document.redoStack.append(group)
                message = UIWords.undone.text(language, group.what(language, document))
            } else if outcome.applied.isEmpty, outcome.conflict == nil {
                document.undoStack.append(group)
            }
        case .redo(let group):
            if complete {
                document.undoStack.append(group)
                message = UIWords.redone.text(language, group.what(language, document))
            } else if outcome.applied.isEmpty {
                document.redoStack.append(group)
            }
        case .repair(let again):
            if !outcome.applied.isEmpty {
                document.undoStack.append(.changes(outcome.applied))
                document.redoStack.removeAll()
                if complete {
                    message = Plural(one: UIWords.repairAcceptedOne, other: .repairAccepted)
                        .text(language, outcome.applied.count)
                }
            }
            if complete, let again { startRepair(again) }
        case .transportPlan:
            if !outcome.applied.isEmpty {
                document.undoStack.append(.changes(outcome.applied))
                document.redoStack.removeAll()
                if complete { message = UIWords.planApplied.text(language) }
            }
        case .roomPlan:
            if !outcome.applied.isEmpty {
                document.undoStack.append(.changes(outcome.applied))
                document.redoStack.removeAll()
                if complete { message = UIWords.roomPlanApplied.text(language) }
            }
        case .gridMove(let original):
            if !outcome.applied.isEmpty {
                document.undoStack.append(.changes(outcome.applied))
                document.redoStack.removeAll()
                if complete {
                    message = UIWords.saved.text(language, document.describe(outcome.applied.last, language))
                }
            } else {
                // Not saved (a read-only database, say): the grid shows what is stored.
                previewMove(original)
            }
        }
        if let error = outcome.error { message = UIWords.cannotSave.text(language, error.text(language)) }
    }

    /// Brings changes this UI stored into the plan, the engine and the findings.
    mutating func bringIn(_ applied: [Change]) {
        guard !applied.isEmpty else { return }
        var deltas: [FindingDelta]? = []
        for change in applied {
            let d = document.absorb(change)
            deltas = d.flatMap { d in deltas.map { $0 + d } }
        }
        refresh(after: applied, deltas: deltas)
        readAgainAfterOwnSave()
    }

    /// A read under way may have started before this UI's own save: taking it would hide the
    /// save, so it starts again.
    mutating func readAgainAfterOwnSave() {
        if let loading = document.loading { emit(.startBackgroundRead(loading)) }
    }

    /// Takes back only the fields this person's change touched, on the rows as they are now: a
    /// colleague's rename since this person's move stays. Where a colleague changed one of those
    /// same fields since, it asks first, showing both values.
    /// A merge, a keep-apart or an acknowledgement is taken back by the store (`UndoStep`).
    mutating func undo() {
        guard let step = document.undoStack.popLast() else { message = UIWords.nothingToUndo.text(language); return }
        guard case .changes(let group, _) = step else { emit(.step(step, .undo)); return }
        var inverse: [Change] = []
        for change in group.reversed() {
            let back = change.inverse
            guard let now = document.currentImage(of: back), let rebased = EditMerge.merged(back, theirs: now) else {
                inverse.append(back)
                continue
            }
            if EditMerge.fields(back, theirs: now).contains(where: \.clashes) {
                // What came before in the group is written; this one waits for the person.
                if !inverse.isEmpty { emit(.save(inverse, .edit(done: .undone))) }
                mode = .conflict(ConflictDialog(mine: rebased, theirs: now))
                message = nil
                return
            }
            inverse.append(rebased)
        }
        emit(.save(inverse, .undo(group: step)))
    }

    mutating func redo() {
        guard let step = document.redoStack.popLast() else { message = UIWords.nothingToRedo.text(language); return }
        guard case .changes(let group, _) = step else { emit(.step(step, .redo)); return }
        emit(.save(group, .redo(group: step)))
    }
}

/// What the document does with changes by itself: the store is not involved.
extension Document {
    /// Brings one stored change into the plan and the engine.
    /// The engine's finding deltas; nil when it had to start afresh (they say nothing then).
    @discardableResult
    mutating func absorb(_ change: Change) -> [FindingDelta]? {
        var deltas: [FindingDelta] = []
        for edit in plan.apply(change) {
            do { deltas.append(try engine.apply(edit)) } catch {
                // The engine disagreeing with the plan would show wrong findings: start it afresh.
                engine = ConflictEngine(plan)
                return nil
            }
        }
        return deltas
    }

    /// The row a change's before-image stands for, as this UI now has it, when it differs from
    /// that image (someone else changed it since); nil when it is unchanged or gone.
    func currentImage(of change: Change) -> Change? {
        switch change {
        case .session(let b?, _):
            guard let now = plan.record(of: b.session.id), now.session != b.session else { return nil }
            return .session(before: b, after: now)
        case .person(let b?, _):
            guard let now = plan.record(of: b.person.id), now.person != b.person || now.registration != b.registration
            else { return nil }
            return .person(before: b, after: now)
        case .room(let b?, _):
            guard let now = plan.record(of: b.room.id), now.room != b.room else { return nil }
            return .room(before: b, after: now)
        case .site(let b?, _):
            guard let now = plan.sites.first(where: { $0.id == b.id }), now != b else { return nil }
            return .site(before: b, after: now)
        case .trip(let b?, _):
            let now = plan.trips.first { $0.person == b.person }
            return now == b ? nil : .trip(before: b, after: now)
        case .vehicle(let b?, _):
            guard let now = plan.record(of: b.vehicle.id), now.vehicle != b.vehicle else { return nil }
            return .vehicle(before: b, after: now)
        case .run(let b?, _):
            guard let now = plan.runs.first(where: { $0.id == b.id }), now != b else { return nil }
            return .run(before: b, after: now)
        case .stay(let b?, _):
            let now = plan.stays.first { $0.person == b.person }
            return now == b ? nil : .stay(before: b, after: now)
        case .roomBlock(let b?, _):
            guard let now = plan.record(of: b.block.id), now.block != b.block else { return nil }
            return .roomBlock(before: b, after: now)
        case .roomAssignment(let b?, _):
            guard let now = plan.roomAssignments.first(where: { $0.id == b.id }), now != b else { return nil }
            return .roomAssignment(before: b, after: now)
        case .tablePlan(let b?, _):
            let now = plan.tablePlan(of: b.meal)
            return now == b ? nil : .tablePlan(before: b, after: now)
        default:
            return nil
        }
    }

    /// What a change was about, for the status line: a title or a name.
    func describe(_ change: Change?, _ language: Language) -> String {
        switch change {
        case .session(let b, let a): return (a ?? b)?.session.title ?? ""
        case .person(let b, let a): return (a ?? b)?.person.name ?? ""
        case .room(let b, let a): return (a ?? b)?.room.name ?? ""
        case .site(let b, let a): return (a ?? b)?.name ?? ""
        case .role(let b, let a):
            return (a ?? b).flatMap { r in catalog.personIndex[r.person].map { plan.people[$0].name } } ?? ""
        case .trip(let b, let a):
            return (a ?? b).flatMap { t in catalog.personIndex[t.person].map { plan.people[$0].name } } ?? ""
        case .vehicle(let b, let a): return (a ?? b)?.vehicle.plate ?? ""
        case .run(let b, let a): return (a ?? b).map { "\($0.depart.date) \($0.depart.clock)" } ?? ""
        case .stay(let b, let a):
            return (a ?? b).flatMap { t in catalog.personIndex[t.person].map { plan.people[$0].name } } ?? ""
        case .roomBlock(let b, let a):
            // The hotel and type staff know it by (`德阳旌湖宾馆 标间`), not its key.
            return (a ?? b).map { (catalog.siteName[$0.block.hotel] ?? "") + " " + $0.block.type.text(language) } ?? ""
        case .roomAssignment(let b, let a):
            return (a ?? b).flatMap { t in catalog.personIndex[t.person].map { plan.people[$0].name } } ?? ""
        case .tablePlan(let b, let a):
            return (a ?? b).flatMap { t in plan.sessions.first { $0.id == t.meal }?.title } ?? ""
        case nil: return ""
        }
    }
}

extension AppState {
    /// The import is stored (in one transaction) and the event read again; the whole import is
    /// one undo step.
    mutating func imported(_ preview: ImportPreview, before: EventPlan,
                           _ result: Result<(roster: RosterImport, plan: EventPlan), StoreFailure>) {
        switch result {
        case .failure(let error):
            message = UIWords.cannotSave.text(language, error.text(language))
        case .success(let stored):
            plan = stored.plan
            document.loading = nil
            document.engine = ConflictEngine(plan)
            refresh()
            guard !stored.roster.changesNothing else { message = UIWords.importNothing.text(language); return }
            let name = (preview.path as NSString).lastPathComponent
            let changes = importChanges(before: before, after: plan, roster: stored.roster)
            document.undoStack.append(.changes(changes, imported: (name, changes.count)))
            document.redoStack.removeAll()
            let report = RosterReport(list: preview.list, roster: stored.roster, language: language)
            message = UIWords.importDone.text(language, name, report.newCount, report.updatedCount, report.mergedCount,
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
            for p in plan.people {
                out[p.key] = PersonRecord(person: p, roles: roles[p.id] ?? [], registration: regs[p.id])
            }
            return out
        }
        let old = records(before), new = records(after)
        // Hubs the list named that no site had came with it, before the journeys naming them.
        let hadSites = Set(before.sites.map(\.id))
        var changes: [Change] = after.sites.filter { !hadSites.contains($0.id) }.map { .site(before: nil, after: $0) }
        let oldTrips = Dictionary(before.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let newTrips = Dictionary(after.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        for p in roster.newPeople {
            // A new person's journey rides in their record, so undo and redo take it with them.
            guard var record = new[p.person.key] else { continue }
            record.trip = newTrips[record.person.id]
            changes.append(.person(before: nil, after: record))
        }
        for u in roster.updates {
            if let a = old[u.person.key], let b = new[u.person.key] { changes.append(.person(before: a, after: b)) }
        }
        for w in roster.withdrawals {
            if let a = old[w.person.key], let b = new[w.person.key] { changes.append(.person(before: a, after: b)) }
        }
        for p in before.people where oldTrips[p.id] != newTrips[p.id] {
            changes.append(.trip(before: oldTrips[p.id], after: newTrips[p.id]))
        }
        return changes
    }
}
