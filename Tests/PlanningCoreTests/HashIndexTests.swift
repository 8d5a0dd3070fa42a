import Testing
@testable import PlanningCore

@Suite struct HashIndexTests {
    @Test func theFirstHolderKeepsAKeyThroughCollisionsAndGrowth() {
        var index = HashIndex(capacity: 4)
        // Keys that share their low bits land in one slot and must probe past each other.
        let keys: [UInt64] = (0..<200).map { UInt64($0) << 40 | 7 }
        for (i, k) in keys.enumerated() { index.insertIfAbsent(k, i) }
        for (i, k) in keys.enumerated() { index.insertIfAbsent(k, 1_000 + i) }
        #expect(keys.enumerated().allSatisfy { index[$0.element] == $0.offset })
        #expect(index[8] == nil && index[UInt64(201) << 40 | 7] == nil)
        index.insertIfAbsent(0, 5)
        #expect(index[0] == 5)
    }
}
