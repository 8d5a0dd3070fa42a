import Testing
@testable import PlanningCore

@Suite struct ImportKeyTests {
    /// Keys of one import share a width, so they sort in the order they were made; a small
    /// import keeps the usual four digits. Numbers continue after the `a` keys earlier versions
    /// gave, whose UIDs were made from the same numbers.
    @Test func keysOfOneImportSortAsTheyAreMade() {
        let existing = [Person(id: ID(1), key: "a0042", uid: "u", name: "王芳"), Person(id: ID(2), key: "p1", uid: "v", name: "周铁农")]
        let small = Roster.keys(after: existing, count: 3)
        #expect([small().0, small().0, small().0] == ["z0043", "z0044", "z0045"])
        let large = Roster.keys(after: existing, count: 10_000)
        let keys = (0..<10_000).map { _ in large().0 }
        #expect(keys.first == "z00043" && keys.last == "z10042")
        #expect(keys == keys.sorted() && Set(keys).count == keys.count)
    }

    /// A list's people sort after the keys staff, event files and earlier imports gave, so the
    /// database's (event, key) index takes them as appends rather than inserts before `p1`.
    @Test func importedKeysSortAfterTheEventsKeys() {
        let existing = ["v05", "p12", "int1", "fe45d891", "a0007", "z0009"].enumerated().map { i, key in
            Person(id: ID(i + 1), key: key, uid: "u\(i)", name: "嘉宾")
        }
        let next = Roster.keys(after: existing, count: 2)
        let made = [next(), next()]
        #expect(made.map(\.0) == ["z0010", "z0011"] && made.map(\.1) == [10, 11])
        #expect(made.allSatisfy { m in existing.allSatisfy { $0.key < m.0 } })
    }

    /// Someone holding one of the family's UIDs under another key (an id renamed in a dumped file)
    /// is counted too: the next person imported is not given their UID.
    @Test func numberingContinuesPastAFamilyUIDSomeoneHolds() {
        let family = StableUID.Family("event-uid", "imported-person")
        #expect(family.number(of: family.uid(8)) == 8 && family.number(of: StableUID.make("other")) == nil)
        let existing = [Person(id: ID(1), key: "a0005", uid: family.uid(5), name: "王芳"),
                        Person(id: ID(2), key: "x1", uid: family.uid(8), name: "李强")]
        let next = Roster.keys(after: existing, count: 1, uids: family)
        #expect(next() == ("z0009", 9))
    }
}
