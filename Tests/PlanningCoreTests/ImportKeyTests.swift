import Testing
@testable import PlanningCore

@Suite struct ImportKeyTests {
    /// Keys of one import share a width, so they sort in the order they were made (and the
    /// database index takes them as appends); a small import keeps the usual four digits.
    @Test func keysOfOneImportSortAsTheyAreMade() {
        let existing = [Person(id: ID(1), key: "a0042", uid: "u", name: "王芳"), Person(id: ID(2), key: "p1", uid: "v", name: "周铁农")]
        let small = Roster.keys(after: existing, count: 3)
        #expect([small().0, small().0, small().0] == ["a0043", "a0044", "a0045"])
        let large = Roster.keys(after: existing, count: 10_000)
        let keys = (0..<10_000).map { _ in large().0 }
        #expect(keys.first == "a00043" && keys.last == "a10042")
        #expect(keys == keys.sorted() && Set(keys).count == keys.count)
    }
}
