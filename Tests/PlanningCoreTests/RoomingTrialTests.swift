import Testing
@testable import PlanningCore

private func night(_ s: String) -> LocalDate { LocalDate(iso: s)! }

/// Faults the rooming trial found (issue 36), each as it was met.
@Suite struct RoomingTrialTests {
    /// The base event with a second hotel, 德阳宾馆 (10 minutes from the venue, three twins), and
    /// two more men; 张伟 and 李强 asked to share with each other.
    static func twoHotels() -> EventPlan {
        var p = RoomingFindingTests.base()
        p.sites.append(Site(id: ID(3), key: "dy", uid: "s3", name: "德阳宾馆"))
        p.travel.append(TravelTime(from: ID(3), to: ID(2), minutes: 10))
        p.people += [Person(id: ID(5), key: "p5", uid: "p5", name: "赵磊", gender: "男"),
                     Person(id: ID(6), key: "p6", uid: "p6", name: "孙杰", gender: "男")]
        p.registrations = p.people.map { Registration(person: $0.id) }
        p.stays = p.people.map { Stay(person: $0.id, need: .shared) }
        p.stays[0].roommate = ID(2)
        p.stays[1].roommate = ID(1)
        p.roomBlocks.append(RoomBlock(id: ID(3), key: "dytwin", uid: "b3", hotel: ID(3), type: .twin,
                                      checkIn: night("2026-05-13"), checkOut: night("2026-05-15"), rooms: 3))
        return p
    }

    /// `rooms assign --hotel 德阳宾馆` with 张伟 already at 旌湖宾馆: 李强, who asked to share with
    /// him, is not put beside a stranger here; the proposal says where his roommate sleeps.
    @Test func aRoommateAtAnotherHotelIsSaidRatherThanSplit() {
        var p = Self.twoHotels()
        p.roomAssignments = [RoomingFindingTests.room(1, 1, 1, "1208")]
        let proposal = RoomAssigner.assign(p, options: RoomAssignOptions(hotel: ID(3)))
        #expect(proposal.unassigned.filter { $0.person == ID(2) }
            == [UnassignedGuest(person: ID(2), reason: .roommateElsewhere, roommate: ID(1), hotel: ID(1))])
    }

    /// Four men fill both twins; the woman who asked to share takes the empty single rather than
    /// being told every room is full, and the proposal says why she is alone.
    @Test func aSharedGuestTakesAnEmptySingleWhenTheTwinsAreFull() {
        var p = RoomingFindingTests.base()
        p.people += [Person(id: ID(5), key: "p5", uid: "p5", name: "赵磊", gender: "男"),
                     Person(id: ID(6), key: "p6", uid: "p6", name: "孙杰", gender: "男")]
        p.registrations = p.people.map { Registration(person: $0.id) }
        p.stays = p.people.map { Stay(person: $0.id, need: .shared) }
        p.roomBlocks.append(RoomBlock(id: ID(3), key: "king", uid: "b3", hotel: ID(1), type: .single,
                                      checkIn: night("2026-05-13"), checkOut: night("2026-05-15"), rooms: 1))
        let proposal = RoomAssigner.assign(p)
        #expect(proposal.unassigned == [])
        #expect(proposal.alone == [ID(3)])
        let done = applying(proposal, to: p)
        #expect(done.roomAssignments.first { $0.person == ID(3) }?.block == ID(3))
    }

    /// The minister's companion has a twin near him; its spare bed goes to 张伟, who asked to share,
    /// rather than 张伟 being told every room is full while it stands empty.
    @Test func aCompanionsSpareBedIsSharedWithAGuestOfTheirGender() {
        var p = RoomingFindingTests.base()
        p.stays[1] = Stay(person: ID(2), need: .companion, principal: ID(4))
        p.stays[3] = Stay(person: ID(4), need: .single)
        let proposal = RoomAssigner.assign(p)
        #expect(proposal.unassigned == [])
        let done = applying(proposal, to: p)
        let room = { (who: Int) in done.roomAssignments.first { $0.person == ID(who) }.map { "\($0.block.raw)/\($0.room)" } }
        #expect(room(1) == room(2))
        // Given by hand beside the companion, 张伟 keeps that bed when the assignment runs again.
        var byHand = p
        byHand.roomAssignments = [RoomingFindingTests.room(1, 2, 1, "1208"), RoomingFindingTests.room(2, 1, 1, "1208")]
        #expect(!RoomAssigner.assign(byHand).changes.contains { if case .roomAssignment(_?, nil) = $0 { true } else { false } })
    }

    /// 周部长 (level 3) was given the single by hand, 张伟 (合住) the only suite: the assignment moves
    /// the minister up into the suite and 张伟 into the single he left, instead of saying the rooms
    /// as they stand need no change while `room-below-level` stays.
    @Test func aVIPBelowHisLevelMovesUpIntoASuiteADelegateHolds() {
        var p = RoomingFindingTests.base()
        p.people = Array(p.people.prefix(1)) + [p.people[3]]
        p.registrations = p.people.map { Registration(person: $0.id) }
        p.stays = [Stay(person: ID(1), need: .shared), Stay(person: ID(4), need: .single)]
        p.roomBlocks[0] = RoomBlock(id: ID(1), key: "single", uid: "b1", hotel: ID(1), type: .single,
                                    checkIn: night("2026-05-13"), checkOut: night("2026-05-15"), rooms: 1)
        p.roomAssignments = [RoomingFindingTests.room(1, 4, 1, "1"), RoomingFindingTests.room(2, 1, 2, "1")]
        let done = applying(RoomAssigner.assign(p), to: p)
        #expect(done.roomAssignments.map { "\($0.person.raw)@\($0.block.raw)" }.sorted() == ["1@1", "4@2"])
    }

    /// 赵磊 chairs the opening at 08:10: from 旌湖宾馆, 50 minutes away, he would be late; the twins
    /// there come first in the blocks' order, yet he is given one at 德阳宾馆, 10 minutes away.
    @Test func aGuestIsNotRoomedAtAHotelThatMakesThemLateForTheirFirstRole() {
        var p = Self.twoHotels()
        p.sessions[0].start = LocalDateTime(iso: "2026-05-14T08:10")
        p.roles = [SessionRole(session: ID(1), person: ID(5), role: .chair)]
        let done = applying(RoomAssigner.assign(p), to: p)
        #expect(done.roomAssignments.filter { $0.person == ID(5) }.map(\.block) == [ID(3)])
    }

    /// Two blocks of 标间 at one hotel are counted on, not told apart by a key nobody knows.
    @Test func aSecondBlockOfOneTypeCountsOnFromTheFirst() {
        var p = RoomingFindingTests.base()
        p.roomBlocks = [
            RoomBlock(id: ID(1), key: "rj-twin", uid: "b1", hotel: ID(1), type: .twin, checkIn: night("2026-05-13"),
                      checkOut: night("2026-05-15"), rooms: 40),
            RoomBlock(id: ID(2), key: "rj-twin2", uid: "b2", hotel: ID(1), type: .twin, checkIn: night("2026-05-13"),
                      checkOut: night("2026-05-15"), rooms: 5),
        ]
        #expect(p.roomLabel(block: p.roomBlocks[1], room: "2", .zh) == "标间-42")
        #expect(p.roomLabel(block: p.roomBlocks[0], room: "2", .en) == "twin-2")
    }

    /// The log names a room by hotel and label and a block by hotel and type when the store says them.
    @Test func theLogNamesRoomsAsStaffKnowThem() {
        let names = ChangeNote.Names(room: { _ in "" }, person: { _ in "张伟" }, session: { _ in "" },
                                     lodging: { _, room in "旌湖宾馆 标间-" + room }, hotel: { _ in "旌湖宾馆" })
        let a = RoomAssignment(id: ID(1), person: ID(1), block: ID(1), room: "3", checkIn: night("2026-05-13"),
                               checkOut: night("2026-05-15"))
        let given = ChangeNote(.roomAssignment(before: nil, after: a), names)
        #expect(given?.text(.zh).summary == "“张伟”：旌湖宾馆 标间-3 房间，2026-05-13–2026-05-15")
        let block = RoomBlock(id: ID(1), key: "b76a4bdf", uid: "b", hotel: ID(1), type: .twin,
                              checkIn: night("2026-05-13"), checkOut: night("2026-05-15"), rooms: 40)
        let added = ChangeNote(.roomBlock(before: nil, after: RoomBlockRecord(block: block)), names)
        #expect(added?.text(.en).summary == "“旌湖宾馆 标间”: 40 rooms")
    }

    /// A guest who wrote 不住 still comes: the finding says they need no room, and one night is one night.
    @Test func aNoRoomGuestHoldingARoomIsNotSaidToNoLongerCome() {
        var p = RoomingFindingTests.wellRoomed()
        p.stays[2].need = .noRoom
        p.roomAssignments[2] = RoomingFindingTests.room(3, 3, 1, "1209", "2026-05-13", "2026-05-14")
        let f = ConflictEngine.check(p).filter { $0.code == .cancelledHoldsRoom }
        #expect(FindingText(plan: p, language: .en).message(f[0])
            == "王芳 needs no room (不住) and still holds one at 旌湖宾馆 (1 night)")
        #expect(FindingText(plan: p, language: .zh).message(f[0]) == "王芳 已填不住，仍占着旌湖宾馆的房间（1晚）")
    }

    // MARK: the third trial

    /// 王芳, her minister's companion, is given a twin, not the spare suite beside his: the suites
    /// are numbered and the twins are not, yet a suite is an official's (the trial's 秦雪 in 1805).
    @Test func aCompanionIsNotGivenASuite() {
        var p = RoomingFindingTests.base()
        p.roomBlocks[0].numbers = []
        p.roomBlocks[1].numbers = [RoomNumber("1801"), RoomNumber("1802")]
        p.roomBlocks[1].nights = p.roomBlocks[1].nights.map { NightCount(night: $0.night, rooms: 2) }
        p.stays[2] = Stay(person: ID(3), need: .companion, principal: ID(4))
        let done = applying(RoomAssigner.assign(p), to: p)
        #expect(done.roomAssignments.filter { $0.person == ID(3) }.map(\.block) == [ID(1)])
    }

    /// 王芳 wants to share and her gender is not known (a late 回执): nobody can share with her, but
    /// the single standing free takes her alone, said as such, rather than her being left out.
    @Test func aSharedGuestWithoutAGenderTakesAFreeSingle() {
        var p = RoomingFindingTests.base()
        p.people[2].gender = ""
        p.roomBlocks.append(RoomBlock(id: ID(3), key: "king", uid: "b3", hotel: ID(1), type: .single,
                                      checkIn: night("2026-05-13"), checkOut: night("2026-05-15"), rooms: 1))
        let proposal = RoomAssigner.assign(p)
        let done = applying(proposal, to: p)
        #expect([proposal.unassigned.map(\.person), proposal.alone,
                 done.roomAssignments.filter { $0.person == ID(3) }.map { ID<Person>($0.block.raw) }]
                    == [[], [ID(3)], [ID(3)]])
    }

    /// The hotel holds one twin on the 13th (the men's) and two on the 14th: 王芳 has no room the
    /// first night, and is given the free twin for the second rather than neither.
    @Test func aGuestWithoutARoomOnTheirFirstNightHasOneForTheNext() {
        var p = RoomingFindingTests.base()
        p.roomBlocks[0].nights = [NightCount(night: night("2026-05-13"), rooms: 1),
                                  NightCount(night: night("2026-05-14"), rooms: 2)]
        let done = applying(RoomAssigner.assign(p), to: p)
        #expect(done.roomAssignments.filter { $0.person == ID(3) }.map { "\($0.room) \($0.span.nights.count)" }
                    == ["1209 1"])
    }

    /// The minister's secretary and driver (张伟, 李强: men of his office) share one twin rather
    /// than each taking one and a stranger the spare bed (the trial's 马超 and 何军).
    @Test func twoCompanionsOfOnePrincipalShareATwin() {
        var p = RoomingFindingTests.base()
        for i in 0..<2 { p.people[i].organisation = "教育部职业教育与成人教育司" }
        p.stays[0] = Stay(person: ID(1), need: .companion, principal: ID(4))
        p.stays[1] = Stay(person: ID(2), need: .companion, principal: ID(4))
        let done = applying(RoomAssigner.assign(p), to: p)
        #expect(done.roomAssignments.filter { $0.person.raw <= 2 }.map(\.room) == ["1208", "1208"])
    }

    /// Four men of one college, two staying two nights and two three: each shares with the
    /// colleague whose nights are his, not with the next to arrive (the trial's 宜宾 delegation:
    /// a spare bed on the last night went to a stranger).
    @Test func colleaguesArePairedByMatchingNights() {
        var p = RoomingFindingTests.base()
        p.people += [Person(id: ID(5), key: "p5", uid: "p5", name: "赵磊", gender: "男"),
                     Person(id: ID(6), key: "p6", uid: "p6", name: "孙杰", gender: "男")]
        for i in [0, 1, 4, 5] { p.people[i].organisation = "宜宾职业技术学院" }
        p.registrations = p.people.map { Registration(person: $0.id) }
        let (d13, d15, d16) = (night("2026-05-13"), night("2026-05-15"), night("2026-05-16"))
        p.stays = [Stay(person: ID(1), need: .shared, checkIn: d13, checkOut: d15),
                   Stay(person: ID(2), need: .shared, checkIn: d13, checkOut: d16),
                   Stay(person: ID(5), need: .shared, checkIn: d13, checkOut: d15),
                   Stay(person: ID(6), need: .shared, checkIn: d13, checkOut: d16)]
        p.roomBlocks[0] = RoomBlock(id: ID(1), key: "twin", uid: "b1", hotel: ID(1), type: .twin, checkIn: d13,
                                    checkOut: d16, rooms: 2, numbers: [RoomNumber("1208"), RoomNumber("1209")])
        let done = applying(RoomAssigner.assign(p), to: p)
        #expect(done.roomAssignments.sorted { $0.person < $1.person }.map(\.room) == ["1208", "1209", "1208", "1209"])
    }

    /// Two colleagues staying three nights, and no room held all three (the twins the first two, a
    /// second block the last): 李强 follows 张伟 from room to room rather than each sleeping
    /// beside a stranger (the trial's 吕俊杰 and 袁振宇, split over two hotels).
    @Test func aPairNoOneRoomHoldsEveryNightStaysTogether() {
        var p = RoomingFindingTests.base()
        for i in 0..<2 { p.people[i].organisation = "成都职业技术学院" }
        let (d13, d16) = (night("2026-05-13"), night("2026-05-16"))
        p.stays = [Stay(person: ID(1), need: .shared, checkIn: d13, checkOut: d16),
                   Stay(person: ID(2), need: .shared, checkIn: d13, checkOut: d16),
                   Stay(person: ID(3), need: .noRoom), Stay(person: ID(4), need: .noRoom)]
        p.roomBlocks[1] = RoomBlock(id: ID(2), key: "late", uid: "b2", hotel: ID(1), type: .twin,
                                    checkIn: night("2026-05-15"), checkOut: d16, rooms: 2)
        let done = applying(RoomAssigner.assign(p), to: p)
        #expect(done.roomAssignments.filter { $0.person == ID(2) }.map(\.room) == ["1208", "1"])
    }
}
