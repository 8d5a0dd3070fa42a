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

    /// The hotel's count (间数) first, its numbers (房号) a week later: the same rooms, so the count
    /// block becomes the numbered one (not a second block beside it) and its guests take the
    /// numbers in order, roommates together.
    @Test func aNumberedListNumbersTheCountBlockAndItsGuestsTakeTheNumbers() throws {
        var p = Self.plan()
        p.roomBlocks[0].numbers = []
        p.people.append(Person(id: ID(2), key: "p2", uid: "p2", name: "李强", gender: "男"))
        p.roomAssignments = [ID(1), ID(2)].map { who in
            RoomAssignment(id: ID(who.raw), key: "a\(who.raw)", uid: "a\(who.raw)", person: who, block: ID(1),
                           room: "2", checkIn: d("2026-05-13"), checkOut: d("2026-05-16"))
        }
        let l = try Self.list("酒店,房型,房号,入住日期,离店日期\n旌湖宾馆,标间,1208,5月13日,5月16日\n"
            + "旌湖宾馆,标间,1209,5月13日,5月16日\n")
        var numbered = p.roomBlocks[0]
        numbered.numbers = [RoomNumber("1208"), RoomNumber("1209")]
        let moved = p.roomAssignments.map { a in
            var m = a
            m.room = "1208"
            return Change.roomAssignment(before: a, after: m)
        }
        #expect(l.changes(against: p) == [.roomBlock(before: RoomBlockRecord(block: p.roomBlocks[0]),
                                                     after: RoomBlockRecord(block: numbered))] + moved)
    }

    /// The hotel's 房号 list with 1216 checking out on the 15th and 1215 on the 16th: each room
    /// keeps its own nights (the block holds 2 rooms, then 1 on the 15th).
    @Test func eachNumberedRoomKeepsItsOwnNights() throws {
        let l = try Self.list("酒店,房型,房号,入住日期,离店日期\n旌湖宾馆,标间,1215,5月13日,5月16日\n"
            + "旌湖宾馆,标间,1216,5月13日,5月15日\n")
        let b = l.blocks(against: EventPlan(event: Self.plan().event))[0]
        #expect(b.numbers == [RoomNumber("1215"), RoomNumber("1216", nights: NightSpan(checkIn: d("2026-05-13"),
                                                                                       checkOut: d("2026-05-15")))])
        #expect(!b.holds("1216", on: d("2026-05-15")) && b.holds("1215", on: d("2026-05-15")))
    }

    /// Guests in 标间-1 leave on the 15th, those in 标间-2 stay to the 16th, and 1215 is held to the
    /// 16th, 1216 to the 15th: 标间-1 takes 1216, so that 标间-2 still has a room (1215).
    @Test func guestsLeavingEarlyTakeTheRoomHeldFewerNights() throws {
        var p = Self.plan()
        p.roomBlocks[0].numbers = []
        p.people.append(Person(id: ID(2), key: "p2", uid: "p2", name: "李强", gender: "男"))
        p.roomAssignments = [
            RoomAssignment(id: ID(1), key: "a1", uid: "a1", person: ID(1), block: ID(1), room: "1",
                           checkIn: d("2026-05-13"), checkOut: d("2026-05-15")),
            RoomAssignment(id: ID(2), key: "a2", uid: "a2", person: ID(2), block: ID(1), room: "2",
                           checkIn: d("2026-05-13"), checkOut: d("2026-05-16")),
        ]
        let l = try Self.list("酒店,房型,房号,入住日期,离店日期\n旌湖宾馆,标间,1215,5月13日,5月16日\n"
            + "旌湖宾馆,标间,1216,5月13日,5月15日\n")
        let moved = RoomList.renumbered(l.changes(against: p), p)
        #expect(moved.map { "\($0.before.room)→\($0.after?.room ?? "-")" } == ["1→1216", "2→1215"])
    }

    /// A list missing a column names it as offices write it, and counts every row it read.
    @Test func aMissingColumnIsNamedInChineseAndEveryRowIsCounted() throws {
        let l = try Self.list("酒店,间数,入住日期,离店日期\n旌湖宾馆,4,5月13日,5月16日\n旌湖宾馆,2,5月13日,5月14日\n")
        #expect(l.problems.map(\.column) == ["房型", "房型"])
        #expect(l.read == 2)
    }
}
