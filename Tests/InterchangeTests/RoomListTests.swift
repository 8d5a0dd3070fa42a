import Codecs
import Testing
@testable import Interchange
@testable import PlanningCore

private func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }

/// A hotel's confirmation (`import rooms`) met with the event's blocks.
@Suite struct RoomListTests {
    static func list(_ csv: String) throws -> RoomList {
        try RoomList.read(Array(csv.utf8), file: "确认函.csv", year: 2026)
    }

    /// A hotel with rooms 1208 and 1209 confirmed; 张伟 lodged in 1208.
    static func plan() -> EventPlan {
        var p = EventPlan(event: Event(key: "e", uid: "e", name: "会", firstDay: d("2026-05-13"),
                                       lastDay: d("2026-05-15")))
        p.sites = [Site(id: ID(1), key: "h", uid: "s1", name: "旌湖宾馆")]
        p.people = [Person(id: ID(1), key: "p1", uid: "p1", name: "张伟", gender: "男")]
        p.roomBlocks = [RoomBlock(id: ID(1), key: "b", uid: "b1", hotel: ID(1), type: .twin, checkIn: d("2026-05-13"),
                                  checkOut: d("2026-05-16"), rooms: 2,
                                  numbers: [RoomNumber("1208"), RoomNumber("1209")])]
        p.roomAssignments = [RoomAssignment(id: ID(1), key: "a1", uid: "a1", person: ID(1), block: ID(1),
                                            room: "1208", checkIn: d("2026-05-13"), checkOut: d("2026-05-16"))]
        return p
    }

    /// The hotel's second confirmation no longer names 1208: its guest's room is taken back in the
    /// same change (and said), not left pointing at a room the hotel no longer holds.
    @Test func aRoomALaterConfirmationDropsIsTakenBackFromItsGuest() throws {
        let l = try Self.list("酒店,房型,房号,入住日期,离店日期\n旌湖宾馆,两人间,1209,5月13日,5月16日\n"
            + "旌湖宾馆,两人间,1210,5月13日,5月16日\n")
        let p = Self.plan()
        let changes = l.changes(against: p)
        #expect(RoomList.gone(changes, p).map(\.id) == [ID(1)])
        #expect(changes.last == .roomAssignment(before: p.roomAssignments[0], after: nil))
    }

    /// A list missing a column names it as offices write it, and counts every row it read.
    @Test func aMissingColumnIsNamedInChineseAndEveryRowIsCounted() throws {
        let l = try Self.list("酒店,间数,入住日期,离店日期\n旌湖宾馆,4,5月13日,5月16日\n旌湖宾馆,2,5月13日,5月14日\n")
        #expect(l.problems.map(\.column) == ["房型", "房型"])
        #expect(l.read == 2)
    }
}
