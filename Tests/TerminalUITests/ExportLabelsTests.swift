import TestSupport
import Testing
import PlanningCore
@testable import TerminalUI

/// The `x` dialog's list of what to export: staff choose by the words alone.
@Suite struct ExportLabelsTests {
    /// Two entries with one label (the rostrum's 桌签 and the banquet's table-number signs were
    /// both “桌签 PDF”) leave staff guessing which file they get.
    @Test(arguments: [Language.zh, .en])
    func everyExportHasALabelOfItsOwn(_ lang: Language) throws {
        let form = ExportForm.make(AppState(plan: samplePlan(), language: lang))
        guard case .choice(let choices, _) = form.fields[0].kind else {
            Issue.record("the first field is not a choice")
            return
        }
        let labels = choices.map(\.label)
        #expect(labels.filter { l in labels.filter { $0 == l }.count > 1 } == [])
    }
}
