import Foundation
import Testing
import Fixtures
import Interchange
import PlanningCore
import PlanningStore
import TestSupport

/// The 德阳 arrivals sample's welcome dinner: a hundred tables of ten seated by the office, with
/// two planted mistakes the check finds and the assignment fixes.
@Suite struct BanquetSampleTests {
    static let banquetCodes: Set<FindingCode> = [.tableOverSeats, .seatedTwice, .halalAtPlainTable, .vipBelowJunior,
                                                 .noInterpreterAtTable, .unseatedGuest, .seatedNotSignedUp]

    func banquet(_ plan: EventPlan) -> [String] {
        let words = FindingText(plan: plan, language: .en)
        return ConflictEngine.check(plan).filter { Self.banquetCodes.contains($0.code) }.map(words.message).sorted()
    }

    @Test func theCheckFindsThePlantedMistakesAndTheAssignmentFixesThem() throws {
        let file = "arrivals-deyang-2026.json"
        let url = repoRoot.appendingPathComponent("sample-events/\(file)")
        let store = try Store(path: Scratch.folder("banquet-sample") + "/t.sqlite")
        let loaded = try store.insert(try EventFile.read([UInt8](Data(contentsOf: url)), file: file))
        #expect(banquet(loaded) == [
            "“欢迎晚宴”: table 31 has 11 people at 10 seats",
            "冯春胜 eats halal but sits at table 21 of “欢迎晚宴”, which is not halal",
        ])
        let dinner = try #require(loaded.sessions.first { $0.key == "dinner1" })
        #expect(loaded.tablePlan(of: dinner.id)?.tables.count == 100)
        let proposal = BanquetAssigner.assign(loaded, meal: dinner.id)
        #expect(proposal.unseated == [])
        try store.apply(proposal.changes, event: loaded.event.id, note: ChangeNote(.assignTables), logEach: false)
        let assigned = try store.plan(loaded.event.id)
        #expect(banquet(assigned) == [])
        // The office's seats stand but for the two mistakes: the eleventh guest of table 31 moves,
        // with the interpreter whose chair it took; table 21 becomes a halal table for its guest.
        let before = Dictionary(loaded.tablePlan(of: dinner.id)!.seats.map { ($0.person, $0.table) },
                                uniquingKeysWith: { a, _ in a })
        let moved = assigned.tablePlan(of: dinner.id)!.seats.filter { before[$0.person] != $0.table }
        #expect(moved.count == 2)
        #expect(assigned.tablePlan(of: dinner.id)?.table(21)?.halal == true)
        #expect(BanquetAssigner.assign(assigned, meal: dinner.id).changes.isEmpty)
    }
}

@Suite struct BanquetWordsTests {
    @Test func theTablesReportsPhrasebookIsWholeInBothLanguages() {
        for lang in Language.allCases {
            #expect(BanquetReportWords.missing(in: lang).isEmpty, "\(lang): \(BanquetReportWords.missing(in: lang))")
        }
    }
}
