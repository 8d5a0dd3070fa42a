import Foundation
import Testing

@Suite struct SeatingCommandTests {
    /// The Sino-German seminar seats its rostrum 以右为尊 by its own setting; --rule overrides it
    /// for one chart, and the view is said.
    @Test func theEventsRuleAndAnOverride() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        let own = try confplan(["--db", db, "seating", "open"])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdout.contains("台下视角：面向主席台 · 以右为尊"))
        let domestic = try confplan(["--db", db, "seating", "open", "--rule", "domestic", "--view", "stage"])
        #expect(domestic.stdout.contains("台上视角：面向台下 · 以左为尊"))
        let bad = try confplan(["--db", db, "seating", "open", "--rows", "2,x"])
        #expect(bad.status == 2 && bad.stderr.contains("--rows"))
    }
}
