import Foundation
import Testing
@testable import Interchange
import PlanningCore

@Suite struct SolveSampleTests {
    /// Every error in each sample event is cleared or explained, no fixed session moves, and
    /// where one move clears several (德阳's round table, double-booked over a room and a
    /// speaker) fewer placed sessions move than there were errors.
    @Test(arguments: sampleFiles())
    func everySampleErrorIsClearedOrExplained(_ url: URL) throws {
        let plan = try EventFile.read([UInt8](Data(contentsOf: url)), file: url.lastPathComponent)
        let solution = ConflictEngine(plan).solve()
        #expect(solution.after.errors == solution.unresolved.filter { $0.finding.severity == .error }.count)
        let placedMoves = solution.moves.filter { $0.from.start != nil && $0.from.room != nil }.count
        #expect(placedMoves <= solution.before.errors)
        if url.lastPathComponent.hasPrefix("deyang") { #expect(placedMoves < solution.before.errors) }
        let fixed = Set(plan.sessions.filter(\.isFixed).map(\.id))
        #expect(!fixed.isEmpty && solution.moves.allSatisfy { !fixed.contains($0.session) })
        let text = SolveReport(plan: plan, solution: solution, language: .zh).text()
        #expect(text.contains("错误 \(solution.before.errors) → \(solution.after.errors)"))
    }
}
