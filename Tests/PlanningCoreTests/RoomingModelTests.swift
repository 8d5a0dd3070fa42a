import Testing
@testable import PlanningCore

private func night(_ s: String) -> LocalDate { LocalDate(iso: s)! }

@Suite struct RoomingModelTests {
    /// The rooming books (room types, needs, why a guest has no room) exist in both languages.
    @Test func theRoomingBooksAreWhole() {
        for lang in Language.allCases {
            #expect(RoomType.missing(in: lang).isEmpty && StayNeed.missing(in: lang).isEmpty, "\(lang)")
            #expect(UnassignedGuest.Reason.missing(in: lang).isEmpty, "\(lang)")
        }
    }

    /// Nights come from the stay's dates, else the journey (a 02:10 arrival counts the night
    /// before, as hotels count it), else the event's days; 不住 needs none.
    @Test func aStaysNightsComeFromItsDatesElseTheJourneyElseTheEvent() {
        let plan = EventPlan(event: Event(key: "e", uid: "u", name: "会", firstDay: night("2026-05-13"),
                                          lastDay: night("2026-05-15")))
        let late = Trip(person: ID(1), arrival: TripLeg(time: LocalDateTime(iso: "2026-05-14T02:10")),
                        departure: TripLeg(time: LocalDateTime(iso: "2026-05-16T09:00")))
        let given = Stay(person: ID(1), checkIn: night("2026-05-12"), checkOut: night("2026-05-14"))
        #expect(plan.nights(of: given, trip: late)?.nights.map(\.description) == ["2026-05-12", "2026-05-13"])
        #expect(plan.nights(of: Stay(person: ID(1)), trip: late)?.nights.map(\.description)
            == ["2026-05-13", "2026-05-14", "2026-05-15"])
        #expect(plan.nights(of: Stay(person: ID(1)), trip: nil)?.nights.map(\.description)
            == ["2026-05-13", "2026-05-14"])
        #expect(plan.nights(of: Stay(person: ID(1), need: .noRoom), trip: late) == nil)
    }

    /// A block's rooms are its numbers, else ordinals for its busiest night, labelled by type;
    /// floors are read off numbers that show them.
    @Test func roomsAreNamedByNumberElseByTypeAndOrdinal() {
        let hotel = ID<Site>(1)
        let numbered = RoomBlock(id: ID(1), key: "n", uid: "n", hotel: hotel, type: .twin, checkIn: night("2026-05-13"),
                                 checkOut: night("2026-05-15"), rooms: 2, numbers: [RoomNumber("1208"), RoomNumber("A1")])
        let plain = RoomBlock(id: ID(2), key: "p", uid: "p", hotel: hotel, type: .twin,
                              nights: [NightCount(night: night("2026-05-13"), rooms: 2),
                                       NightCount(night: night("2026-05-14"), rooms: 3)])
        var plan = EventPlan(event: Event(key: "e", uid: "u", name: "会", firstDay: night("2026-05-13"),
                                          lastDay: night("2026-05-15")))
        plan.roomBlocks = [numbered, plain]
        #expect(plain.roomNames == ["1", "2", "3"] && numbered.roomNames == ["1208", "A1"])
        #expect(plan.roomLabel(block: plain, room: "3", .zh) == "标间-3")
        #expect(plan.roomLabel(block: numbered, room: "1208", .en) == "1208")
        #expect(numbered.numbers.map(\.effectiveFloor) == [12, nil])
        #expect(plain.checkOut == night("2026-05-15") && plain.rooms(on: night("2026-05-14")) == 3)
    }

    /// The log tells what a rooming change did, in either language.
    @Test func theLogTellsARoomGivenAndABlockAdded() {
        let names = ChangeNote.Names(room: { _ in "" }, person: { _ in "张伟" }, session: { _ in "" })
        let a = RoomAssignment(id: ID(1), person: ID(1), block: ID(1), room: "1208", checkIn: night("2026-05-13"),
                               checkOut: night("2026-05-15"))
        let given = ChangeNote(.roomAssignment(before: nil, after: a), names)
        #expect(given?.text(.zh).action == "分配房间")
        #expect(given?.text(.zh).summary == "“张伟”：1208 房间，2026-05-13–2026-05-15")
        let block = RoomBlock(id: ID(1), key: "jh-twin", uid: "b", hotel: ID(1), type: .twin,
                              checkIn: night("2026-05-13"), checkOut: night("2026-05-15"), rooms: 40)
        let added = ChangeNote(.roomBlock(before: nil, after: RoomBlockRecord(block: block)), names)
        #expect(added?.text(.en).action == "add room block" && added?.text(.en).summary == "“jh-twin”: 40 rooms")
    }

    /// Deleting a guest takes their stay and rooms and clears others' requests for them; the
    /// undo (the record made before) puts all of it back.
    @Test func aDeletedGuestComesBackWithTheirStayRoomsAndWhoAskedForThem() {
        var plan = EventPlan(event: Event(key: "e", uid: "u", name: "会", firstDay: night("2026-05-13"),
                                          lastDay: night("2026-05-15")))
        plan.sites = [Site(id: ID(1), key: "h", uid: "h", name: "宾馆")]
        plan.people = [Person(id: ID(1), key: "p1", uid: "p1", name: "甲"), Person(id: ID(2), key: "p2", uid: "p2", name: "乙")]
        plan.stays = [Stay(person: ID(1), roommate: ID(2)), Stay(person: ID(2), roommate: ID(1))]
        plan.roomBlocks = [RoomBlock(id: ID(1), key: "b", uid: "b", hotel: ID(1), type: .twin,
                                     checkIn: night("2026-05-13"), checkOut: night("2026-05-15"), rooms: 1)]
        plan.roomAssignments = [
            RoomAssignment(id: ID(1), key: "a1", uid: "a1", person: ID(1), block: ID(1), room: "1",
                           checkIn: night("2026-05-13"), checkOut: night("2026-05-15")),
            RoomAssignment(id: ID(2), key: "a2", uid: "a2", person: ID(2), block: ID(1), room: "1",
                           checkIn: night("2026-05-13"), checkOut: night("2026-05-15")),
        ]
        let before = plan
        let record = plan.record(of: ID<Person>(2))!
        plan.apply(.person(before: record, after: nil))
        #expect(plan.stays == [Stay(person: ID(1))] && plan.roomAssignments.map(\.key) == ["a1"])
        #expect(plan.structuralProblems().isEmpty)
        plan.apply(.person(before: nil, after: record))
        #expect(Set(plan.stays) == Set(before.stays) && Set(plan.roomAssignments) == Set(before.roomAssignments))
    }
}
