import Foundation
import PlanningCore
import TerminalUI

extension Bench {
    /// One guest moved to another room through the Rooms pane's room form, with the bench's
    /// 100,000 attendees loaded and 3,000 of them lodged two to a twin in 5 hotels: the save
    /// (answered in memory), the engine's findings, the pane's lists and the frame drawn after it.
    mutating func measureRoomsEdit(_ base: EventPlan) {
        var plan = RoomsEditBench.lodged(base, count: large ? 3_000 : 300)
        var state = Headless(plan: plan, language: .zh)
        state.handle(.resize(width: 200, height: 50))
        state.handle(.char("8"))
        var runs: [Double] = []
        var saved = true
        let free = RoomsEditBench.freeRooms(plan)
        for i in 0..<30 {
            state.handle(.char("m"))
            // Guest, then the room: one not yet given (a different one each time), found by typing
            // its hotel and number as staff would.
            state.handle(.tab)
            for c in free[i % free.count] { state.handle(.char(c)) }
            let t0 = Clock.now()
            state.handle(.ctrl("s"))
            _ = render(state.state)
            runs.append(Double(Clock.now() - t0) / 1e6)
            saved = saved && state.message?.hasPrefix("已保存") == true
            state.handle(.down)
        }
        plan = state.plan
        verify("room edits were saved", saved)
        verify("findings after the room edits equal a full check",
               Set(state.findings.map(\.finding)) == Set(ConflictEngine.check(plan)))
        var m = Measurement(
            name: "rooms-edit-to-frame", runs: runs, peakMB: Clock.peakMB(), target: "≤ 16 ms", passed: nil)
        if large { m.passed = m.median <= 16 }
        record(m)
    }
}

/// The bench's lodging: hotels, their blocks and guests in them.
enum RoomsEditBench {
    /// The bench's event with 5 hotels, each holding numbered twins for the 4 nights from the day
    /// before it opens (a fifth more rooms than it needs), and `count` attendees sharing them two
    /// to a room, given row ids as the store would.
    static func lodged(_ base: EventPlan, count: Int) -> EventPlan {
        var plan = base
        let checkIn = plan.event.firstDay.adding(days: -1), checkOut = checkIn.adding(days: 4)
        let first = (plan.sites.map(\.id.raw).max() ?? 0) + 1
        let perHotel = (count + 4) / 5, rooms = (perHotel + 1) / 2 * 6 / 5
        for h in 0..<5 {
            plan.sites.append(Site(id: ID(first + h), key: "hotel\(h)", uid: "bench-hotel\(h)", name: "宾馆\(h + 1)"))
            let numbers = (0..<rooms).map { RoomNumber(String((2 + $0 / 40) * 100 + $0 % 40 + 1)) }
            plan.roomBlocks.append(RoomBlock(id: ID(h + 1), key: "b\(h + 1)", uid: "bench-b\(h + 1)",
                                             hotel: ID(first + h), type: .twin, checkIn: checkIn, checkOut: checkOut,
                                             rooms: rooms, numbers: numbers))
        }
        for (i, r) in plan.registrations.prefix(count).enumerated() {
            plan.stays.append(Stay(person: r.person, need: .shared, checkIn: checkIn, checkOut: checkOut))
            let block = plan.roomBlocks[i % 5]
            plan.roomAssignments.append(RoomAssignment(
                id: ID(i + 1), key: "a\(i + 1)", uid: "bench-a\(i + 1)", person: r.person, block: block.id,
                room: block.numbers[i / 5 / 2].number, checkIn: checkIn, checkOut: checkOut))
        }
        return plan
    }

    /// `宾馆2 236`: the rooms `lodged` left empty, as the room form's list names them.
    static func freeRooms(_ plan: EventPlan) -> [String] {
        let used = Set(plan.roomAssignments.map { "\($0.block.raw)/\($0.room)" })
        let names = Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return plan.roomBlocks.flatMap { b in
            b.numbers.map(\.number).filter { !used.contains("\(b.id.raw)/\($0)") }
                .map { (names[b.hotel] ?? "") + " " + $0 }
        }
    }
}
