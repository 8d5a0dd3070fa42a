import Foundation
import Testing
@testable import PlanningCore
@testable import PlanningStore

private func day(_ s: String) -> LocalDate { LocalDate(iso: s)! }

/// `smallPlan` with a hotel, both guests' stays (one asking to share with the other), a numbered
/// twin block and an unnumbered suite block there, and the first guest in suite 1.
func roomingPlan(key: String = "t1") -> EventPlan {
    var p = smallPlan(key: key)
    p.sites.append(Site(id: ID(3), key: "jinghu", uid: StableUID.make(key, "s3"), name: "旌湖宾馆"))
    p.stays = [
        Stay(person: ID(1), need: .single, checkIn: day("2026-05-13"), checkOut: day("2026-05-15")),
        Stay(person: ID(2), need: .shared, roommate: ID(1)),
    ]
    p.roomBlocks = [
        RoomBlock(id: ID(1), key: "jh-twin", uid: StableUID.make(key, "b1"), hotel: ID(3), type: .twin,
                  nights: [NightCount(night: day("2026-05-13"), rooms: 2), NightCount(night: day("2026-05-14"), rooms: 3)],
                  numbers: [RoomNumber("1208"), RoomNumber("1209"), RoomNumber("A01", floor: 1)], notes: "含早"),
        RoomBlock(id: ID(2), key: "jh-suite", uid: StableUID.make(key, "b2"), hotel: ID(3), type: .suite,
                  checkIn: day("2026-05-13"), checkOut: day("2026-05-16"), rooms: 1),
    ]
    p.roomAssignments = [
        RoomAssignment(id: ID(1), key: "a1", uid: StableUID.make(key, "a1"), person: ID(1), block: ID(2), room: "1",
                       checkIn: day("2026-05-13"), checkOut: day("2026-05-15")),
        RoomAssignment(id: ID(2), key: "a2", uid: StableUID.make(key, "a2"), person: ID(2), block: ID(1), room: "1208",
                       bed: 2, checkIn: day("2026-05-14"), checkOut: day("2026-05-15")),
    ]
    return p
}

/// Stays, blocks and assignments as memory and the database both hold them, order and row ids
/// aside (people by key, blocks by key).
private struct RoomingContents: Equatable {
    var stays: Set<String>, blocks: Set<String>, assignments: Set<String>
    init(_ p: EventPlan) {
        let person = Dictionary(uniqueKeysWithValues: p.people.map { ($0.id, $0.key) })
        let block = Dictionary(uniqueKeysWithValues: p.roomBlocks.map { ($0.id, $0.key) })
        func key(_ id: ID<Person>?) -> String { id.map { person[$0] ?? "?\($0)" } ?? "-" }
        stays = Set(p.stays.map {
            "\(key($0.person)) \($0.need) \(String(describing: $0.checkIn)) \(String(describing: $0.checkOut)) "
                + "\(key($0.roommate)) \(key($0.principal))"
        })
        blocks = Set(p.roomBlocks.map { "\($0.key) \($0.hotel) \($0.type) \($0.beds) \($0.nights) \($0.numbers) \($0.notes)" })
        assignments = Set(p.roomAssignments.map {
            "\(key($0.person)) \(block[$0.block] ?? "?") \($0.room) \(String(describing: $0.bed)) \($0.checkIn) \($0.checkOut)"
        })
    }
}

@Suite struct RoomingStoreTests {
    /// A room's own nights (1216 checking out a day early) are stored with its number and floor.
    @Test func aRoomsOwnNightsAreStoredWithItsNumber() {
        let numbers = [RoomNumber("1215"), RoomNumber("1216", floor: 12, nights: NightSpan(checkIn: day("2026-05-13"),
                                                                                          checkOut: day("2026-05-15"))),
                       RoomNumber("A~1", nights: NightSpan(checkIn: day("2026-05-14"), checkOut: day("2026-05-16")))]
        #expect(Store.decodeNumbers(Store.encodeNumbers(numbers)) == numbers)
    }

    @Test func aPlanWithStaysBlocksAndAssignmentsIsReadBackAsStored() throws {
        let store = try Store(path: scratchPath())
        let plan = roomingPlan()
        let stored = try store.insert(plan)
        #expect(normalised(try store.plan(stored.event.id)) == normalised(plan))
    }

    @Test func roomingChangesAndTheirUndoKeepDatabaseAndMemoryTheSame() throws {
        let store = try Store(path: scratchPath())
        var plan = try store.insert(roomingPlan())
        let event = plan.event.id
        var history: [Change] = []
        func step(_ change: Change) throws {
            let applied = try store.apply(change, event: event)
            plan.apply(applied)
            history.append(applied)
            #expect(RoomingContents(try store.plan(event)) == RoomingContents(plan), "\(change)")
        }
        let first = plan.people[0].id, second = plan.people[1].id
        let twin = try #require(plan.roomBlocks.first { $0.type == .twin })
        try step(.roomBlock(before: nil, after: RoomBlockRecord(block: RoomBlock(
            id: ID(0), key: "", uid: "", hotel: plan.sites[1].id, type: .single, checkIn: day("2026-05-13"),
            checkOut: day("2026-05-15"), rooms: 5))))
        let single = try #require(plan.roomBlocks.first { $0.type == .single })
        #expect(!single.key.isEmpty && single.beds == 1)
        try step(.roomAssignment(before: nil, after: RoomAssignment(
            id: ID(0), person: second, block: single.id, room: "2", checkIn: day("2026-05-13"),
            checkOut: day("2026-05-14"))))
        var stay = try #require(plan.stays.first { $0.person == second })
        stay.need = .companion
        stay.principal = first
        try step(.stay(before: plan.stays.first { $0.person == second }, after: stay))
        var changed = twin
        changed.nights.append(NightCount(night: day("2026-05-15"), rooms: 1))
        try step(.roomBlock(before: plan.record(of: twin.id), after: RoomBlockRecord(block: changed)))
        // A guest deleted takes their stay and rooms, and is no longer anyone's principal.
        try step(.person(before: plan.record(of: first), after: nil))
        #expect(plan.stays.map(\.person) == [second] && plan.stays[0].principal == nil)
        #expect(plan.roomAssignments.allSatisfy { $0.person != first })
        // A block deleted takes the rooms given in it.
        try step(.roomBlock(before: plan.record(of: twin.id), after: nil))
        #expect(plan.roomAssignments.map(\.room) == ["2"])
        for change in history.reversed() {
            let applied = try store.apply(change.inverse, event: event)
            plan.apply(applied)
            #expect(RoomingContents(try store.plan(event)) == RoomingContents(plan))
        }
        // Every row is back, though the guest and the blocks came back under new row ids.
        #expect(RoomingContents(try store.plan(event)) == RoomingContents(try Store(path: scratchPath("b.sqlite"))
            .insert(roomingPlan())))
    }

    @Test func aSecondStayForOnePersonIsAConflictNotAnOverwrite() throws {
        let store = try Store(path: scratchPath())
        let plan = try store.insert(roomingPlan())
        let guest = plan.people[0].id
        #expect(throws: StoreError.self) {
            try store.apply(.stay(before: nil, after: Stay(person: guest, need: .noRoom)), event: plan.event.id)
        }
        #expect(try store.plan(plan.event.id).stays.first { $0.person == guest } == plan.stays.first { $0.person == guest })
    }

    @Test func aDeletedHotelTakesItsBlocksAndTheirRooms() throws {
        let store = try Store(path: scratchPath())
        var plan = try store.insert(roomingPlan())
        let applied = try store.apply(.site(before: plan.sites[2], after: nil), event: plan.event.id)
        plan.apply(applied)
        #expect(plan.roomBlocks.isEmpty && plan.roomAssignments.isEmpty)
        #expect(RoomingContents(try store.plan(plan.event.id)) == RoomingContents(plan))
    }
}
