import Testing
import PlanningCore
@testable import PlanningStore

/// What a list remembers of the sub-forums it gave each person (`import_lists.signups`): one
/// blob a few bytes a choice, read and written once per import, and not written at all when the
/// same list comes again (a cumulative list of 100,000 people took 1.7× as long with its
/// sub-forum column while the memory was text).
@Suite struct ImportMemoryTests {
    let rules = ImportRules(source: "回执", columns: [.name, .organisation, .phone, .signups])

    func stored() throws -> (Store, ID<Event>, s1: ID<Session>, s2: ID<Session>) {
        let store = try Store(path: scratchPath("memory.sqlite"))
        let plan = try store.insert(smallPlan())
        let id = { (key: String) in plan.sessions.first { $0.key == key }!.id }
        return (store, plan.event.id, id("s1"), id("s2"))
    }

    func rows(_ s1: ID<Session>, _ s2: ID<Session>) -> [AttendeeRow] {
        var a = AttendeeRow(line: 2), b = AttendeeRow(line: 3)
        (a.name, a.organisation, a.phone, a.signups) = ("李娜", "绵竹职业学院", "13900000301", [s2, s1])
        (b.name, b.organisation, b.phone, b.signups) = ("张敏", "绵竹职业学院", "13900000202", [s1])
        return [a, b]
    }

    func uid(_ store: Store, _ event: ID<Event>, _ name: String) throws -> String {
        try #require(try store.plan(event).people.first { $0.name == name }).uid
    }

    /// Two sessions' UIDs once (17 bytes each), two people (17 bytes each) with a count and a
    /// byte a choice, the format and two counts: 76 bytes, where the text was 186.
    @Test func theMemoryIsOneBlobOfAFewBytesAChoice() throws {
        let (store, event, s1, s2) = try stored()
        try store.importRoster(event: event, source: "回执.csv", rows: rows(s1, s2), rules: rules)
        #expect(try store.db.rows("SELECT typeof(signups), length(signups) FROM import_lists")
            == [[.text("blob"), .int(76)]])
        let li = try uid(store, event, "李娜"), zhang = try uid(store, event, "张敏")
        #expect(try store.importMemory(event, source: "回执").signupsFromSource == [li: [s2, s1], zhang: [s1]])
    }

    /// A memory schema 18 wrote as text is read as before, and stored as a blob by the next copy.
    @Test func aMemoryWrittenAsTextIsStillRead() throws {
        let (store, event, s1, s2) = try stored()
        try store.importRoster(event: event, source: "回执.csv", rows: rows(s1, s2), rules: rules)
        let li = try uid(store, event, "李娜"), zhang = try uid(store, event, "张敏")
        let plan = try store.plan(event)
        let x1 = plan.sessions.first { $0.id == s1 }!.uid, x2 = plan.sessions.first { $0.id == s2 }!.uid
        try store.db.run("UPDATE import_lists SET signups = ?", "\(li)\t\(x2) \(x1)\n")
        #expect(try store.importMemory(event, source: "回执").signupsFromSource == [li: [s2, s1]])
        try store.importRoster(event: event, source: "回执.csv", rows: rows(s1, s2), rules: rules)
        #expect(try store.db.scalarText("SELECT typeof(signups) FROM import_lists") == "blob")
        #expect(try store.importMemory(event, source: "回执").signupsFromSource == [li: [s2, s1], zhang: [s1]])
    }

    /// The same list again changes no row: neither the people nor what the list remembers.
    @Test func theSameListAgainWritesNothing() throws {
        let (store, event, s1, s2) = try stored()
        try store.importRoster(event: event, source: "回执.csv", rows: rows(s1, s2), rules: rules)
        let before = try store.db.scalarInt("SELECT total_changes()")
        let again = try store.importRoster(event: event, source: "回执.csv", rows: rows(s1, s2), rules: rules)
        #expect(again.changesNothing)
        #expect(try store.db.scalarInt("SELECT total_changes()") == before)
    }

    /// A copy that moves one person keeps the other's memory and changes only the mover's.
    @Test func aCopyThatMovesOnePersonChangesOnlyTheirMemory() throws {
        let (store, event, s1, s2) = try stored()
        try store.importRoster(event: event, source: "回执.csv", rows: rows(s1, s2), rules: rules)
        var moved = rows(s1, s2)
        moved[0].signups = [s1]
        try store.importRoster(event: event, source: "回执.csv", rows: moved, rules: rules)
        let li = try uid(store, event, "李娜"), zhang = try uid(store, event, "张敏")
        #expect(try store.importMemory(event, source: "回执").signupsFromSource == [li: [s1], zhang: [s1]])
    }
}
