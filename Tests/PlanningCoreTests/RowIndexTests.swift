import Testing
import PlanningCore

@Suite struct RowIndexTests {
    @Test func findsRowsInIdOrderAndInAnyOtherOrder() {
        let increasing = RowIndex<Person>([3, 5, 9, 200].map { ID($0) })
        #expect([3, 5, 9, 200].map { increasing[ID($0)] } == [0, 1, 2, 3])
        #expect(increasing[ID(4)] == nil && increasing[ID(1)] == nil && increasing[ID(201)] == nil)
        let shuffled = RowIndex<Person>([9, 3, 200, 5, 3].map { ID($0) })
        #expect([9, 3, 200, 5].map { shuffled[ID($0)] } == [0, 1, 2, 3])
        #expect(shuffled[ID(4)] == nil)
        #expect(RowIndex<Person>([])[ID(1)] == nil)
    }
}
