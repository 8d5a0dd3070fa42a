import Foundation
import Testing
@testable import Interchange
import PlanningCore
import TestSupport

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

    /// A real schedule (FOSDEM 2025, 943 talks in 40 rooms) with twenty talks moved onto others'
    /// rooms and times: every error is cleared, each displaced talk moved once at most.
    @Test func aRealScheduleWithClashesIsRepaired() throws {
        let file = repoRoot.appendingPathComponent("Tests/datasets/fosdem-2025.xml")
        var plan = try ScheduleImport.read([UInt8](Data(contentsOf: file)), file: "fosdem-2025.xml").plan
        let before = ConflictEngine.check(plan).filter { $0.severity == .error }.count
        for k in 0..<20 {
            let (i, j) = (k * 37 % plan.sessions.count, (k * 37 + 11) % plan.sessions.count)
            guard plan.sessions[i].room != plan.sessions[j].room, let a = plan.sessions[i].start,
                  let b = plan.sessions[i].end, let to = plan.sessions[j].start else { continue }
            plan.sessions[i].room = plan.sessions[j].room
            plan.sessions[i].start = to
            plan.sessions[i].end = to.adding(minutes: b.minutes - a.minutes)
        }
        let solution = ConflictEngine(plan).solve()
        #expect(solution.before.errors > before + 10)
        #expect(solution.after.errors == 0)
        #expect(solution.moves.count <= before + 20)
    }

    /// The same schedule with twenty talks moved into clashes and then each room open only from
    /// its first to its last talk: every error is cleared moving 14 talks, and no fewer can do it
    /// (each pair of talks clashing where they are needs one of the two moved, and the fewest
    /// talks that meet every pair are 14, as Tests/oracle's model bounds it).
    @Test func aRealScheduleIsRepairedWithTheFewestMoves() throws {
        let file = repoRoot.appendingPathComponent("Tests/datasets/fosdem-2025.xml")
        var plan = try ScheduleImport.read([UInt8](Data(contentsOf: file)), file: "fosdem-2025.xml").plan
        for k in 0..<20 {
            let (i, j) = (k * 37 % plan.sessions.count, (k * 37 + 11) % plan.sessions.count)
            guard plan.sessions[i].room != plan.sessions[j].room, let a = plan.sessions[i].start,
                  let b = plan.sessions[i].end, let to = plan.sessions[j].start else { continue }
            plan.sessions[i].room = plan.sessions[j].room
            plan.sessions[i].start = to
            plan.sessions[i].end = to.adding(minutes: b.minutes - a.minutes)
        }
        var open: [ID<Room>: TimeWindow] = [:]
        for x in plan.sessions {
            guard let room = x.room, let a = x.start, let b = x.end else { continue }
            let w = open[room]
            open[room] = TimeWindow(start: min(w?.start ?? a, a), end: max(w?.end ?? b, b))
        }
        for i in plan.rooms.indices { plan.rooms[i].availability = open[plan.rooms[i].id].map { [$0] } ?? [] }
        let solution = ConflictEngine(plan).solve()
        #expect(solution.after.errors == 0)
        #expect(solution.moves.count == 14)
    }
}
