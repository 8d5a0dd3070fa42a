import Interchange
import PlanningCore

/// One action of this person's, as `u` takes it back and Ctrl-R does it again. Every change the
/// UI makes to the database is one of these: rows edited, two people merged, a pair kept apart,
/// a finding acknowledged or its acknowledgement withdrawn.
enum UndoStep {
    /// Edits of rows, taken back by their inverses. `imported`: an import, by file and people.
    case changes([Change], imported: (file: String, people: Int)? = nil)
    /// Two people merged by the store (`Store.mergePeople`), taken back by its unmerge; `other`
    /// has the id they had, and have again once it is taken back.
    case merge(kept: Person, other: Person)
    case keepApart(Person, Person)
    case acknowledge(key: String, reason: String)
    case withdraw(key: String, reason: String)
}

/// Doing an action the first time, taking it back, or doing it again.
enum StepDirection { case act, undo, redo }

/// What the store's answer to a step brings the UI.
enum StepOutcome {
    case merged(PeopleMerge)
    case acknowledgement(key: String, Acknowledgement?)
    case nothing
}

extension UndoStep {
    /// What the step did, in the words the status bar takes it back with.
    func what(_ lang: Language, _ document: Document) -> String {
        switch self {
        case .changes(_, let imported?): return UIWords.stepImport.text(lang, imported.file, imported.people)
        case .changes(let group, nil): return document.describe(group.last, lang)
        case .merge(let kept, let other): return UIWords.stepMerge.text(lang, kept.name, other.name)
        case .keepApart(let a, let b): return UIWords.stepKeepApart.text(lang, a.name, b.name)
        case .acknowledge(let key, _): return UIWords.stepAcknowledge.text(lang, key)
        case .withdraw(let key, _): return UIWords.stepWithdraw.text(lang, key)
        }
    }
}

extension AppState {
    /// Does an action that is not a change of rows (a merge, a keep-apart, an acknowledgement):
    /// the store answers with `stepDone`, which puts it on the undo stack.
    mutating func act(_ step: UndoStep) { emit(.step(step, .act)) }

    /// The store did (or could not do) a step: the plan takes in what it changed, and the step
    /// goes on the stack it now belongs to; one that failed goes back where it was.
    mutating func stepDone(_ step: UndoStep, _ direction: StepDirection, _ result: Result<StepOutcome, StoreFailure>) {
        let outcome: StepOutcome
        switch result {
        case .failure(let error):
            message = UIWords.cannotSave.text(language, error.text(language))
            if direction == .undo { document.undoStack.append(step) }
            if direction == .redo { document.redoStack.append(step) }
            return
        case .success(let o): outcome = o
        }
        var done = step
        var said: String?
        switch outcome {
        case .merged(let merge):
            bringIn(merge.changes)
            done = .merge(kept: merge.kept, other: merge.other)
            let zone = ZoneOffset(plan.event.timeZone)
            let lines = merge.secondCheckIns.map { second in
                let title = second.stands.session.flatMap { id in document.catalog.sessionIndex[id] }
                    .map { plan.sessions[$0].title }
                return second.text(language, name: merge.kept.name, session: title, zone: zone)
            }
            // Namesakes said apart: `Katrin Hoffmann（手机尾号 1234）并入 Katrin Hoffmann（手机尾号 5678）`.
            let (o, k) = (merge.other, merge.kept)
            let into = UIWords.dupMergedInto.text(
                language, TellApart.named(o, apartFrom: k, language), TellApart.named(k, apartFrom: o, language))
            said = ([into] + lines)
                .joined(separator: UIWords.messageSeparator.text(language))
        case .acknowledgement(let key, let ack):
            document.policy.acknowledgements[key] = ack
            readAgainAfterOwnSave()
            refresh()
            said = (ack == nil ? UIWords.withdrawn : .acknowledged).text(language)
        case .nothing:
            if case .keepApart = step { said = UIWords.dupKept.text(language) }
        }
        switch direction {
        case .act:
            document.undoStack.append(done)
            document.redoStack.removeAll()
            message = said
        case .undo:
            document.redoStack.append(done)
            message = UIWords.undone.text(language, done.what(language, document))
        case .redo:
            document.undoStack.append(done)
            message = UIWords.redone.text(language, done.what(language, document))
        }
    }
}
