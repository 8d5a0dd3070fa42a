import Testing
import PlanningCore
@testable import TerminalUI

/// The editor's `o` on an official at a table a staff member hosts (issue 37, third trial fault 5).
@Suite struct TableHostTests {
    /// The official becomes 主人 (seat 1) and the staff member 副主人, as the assignment would seat them.
    @Test func anOfficialMadeHostGoesBeforeTheStaffHost() {
        var plan = TablePlan.laidOut(meal: ID(1), tables: 1, seats: 10)
        plan.seats = [TableSeat(person: ID(1), table: 1, seat: 1, host: true), TableSeat(person: ID(2), table: 1, seat: 2),
                      TableSeat(person: ID(3), table: 1, seat: 10)]
        let after = TableEditing.toggleHost(plan, ID(2), at: 1, order: .hostAndDeputy, official: { $0 != ID(1) })
        #expect(after.seats.first { $0.person == ID(2) }?.seat == 1)
    }
}
