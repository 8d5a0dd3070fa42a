import Testing
@testable import PlanningCore

private func night(_ s: String) -> LocalDate { LocalDate(iso: s)! }

/// A proposal applied as the store would: new rooms get fresh ids.
func applying(_ proposal: RoomProposal, to plan: EventPlan) -> EventPlan {
    var out = plan
    var next = (plan.roomAssignments.map(\.id.raw).max() ?? 0) + 1
    for change in proposal.changes {
        if case .roomAssignment(nil, var a?) = change {
            a.id = ID(next)
            a.key = "new-\(next)"
            a.uid = "new-\(next)"
            next += 1
            out.apply(.roomAssignment(before: nil, after: a))
        } else {
            out.apply(change)
        }
    }
    return out
}

@Suite struct RoomAssignerTests {
    /// A guest moved to another room is one move, not a room given and one taken back; the log
    /// entry says the counts in guests.
    @Test func aProposalIsCountedInGuestsAndAMoveIsOne() {
        func a(_ id: Int, _ p: Int, _ room: String, _ out: String = "2026-05-15") -> RoomAssignment {
            RoomAssignment(id: ID(id), person: ID(p), block: ID(1), room: room, checkIn: night("2026-05-13"),
                           checkOut: night(out))
        }
        let changes: [Change] = [
            .roomAssignment(before: a(1, 1, "1208"), after: nil), .roomAssignment(before: nil, after: a(0, 1, "1209")),
            .roomAssignment(before: nil, after: a(0, 2, "1210")), .roomAssignment(before: a(3, 3, "1211"), after: nil),
            .roomAssignment(before: a(4, 4, "1212"), after: a(4, 4, "1212", "2026-05-14")),
        ]
        #expect(RoomProposal(changes: changes).tally == RoomProposal.Tally(given: 1, moved: 1, changed: 1, takenBack: 1))
        #expect(ChangeNote.roomsAssigned(changes).text(.zh).summary == "新分 1 人，换房 1 人，调整晚数 1 人，收回 1 人")
    }

    /// Roommates share, the woman has a room without a man in it, the minister the suite, and
    /// a second run changes nothing.
    @Test func roommatesShareOfficialsGetSuitesAndASecondRunKeepsAll() {
        var p = RoomingFindingTests.base()
        p.stays[0].roommate = ID(2)
        let proposal = RoomAssigner.assign(p)
        #expect(proposal.unassigned.isEmpty)
        let done = applying(proposal, to: p)
        #expect(ConflictEngine.check(done).isEmpty)
        let room = { (person: Int) in done.roomAssignments.first { $0.person == ID(person) }.map { "\($0.block.raw)/\($0.room)" } }
        #expect([room(1), room(2), room(3), room(4)] == ["1/1208", "1/1208", "1/1209", "2/1"])
        #expect(RoomAssigner.assign(done).changes.isEmpty)
    }

    /// 1208 checks out a day before 1209: a guest staying both nights is given 1209, not 1208
    /// on a night the hotel does not hold it.
    @Test func aRoomIsNotGivenOnANightTheHotelDoesNotHoldIt() {
        var p = RoomingFindingTests.base()
        p.roomBlocks[0].nights[1].rooms = 1
        p.roomBlocks[0].numbers[0].nights = NightSpan(checkIn: night("2026-05-13"), checkOut: night("2026-05-14"))
        p.stays = [Stay(person: ID(1), need: .single)]
        let done = applying(RoomAssigner.assign(p), to: p)
        #expect(done.roomAssignments.map { "\($0.room) \($0.checkIn)–\($0.checkOut)" } == ["1209 2026-05-13–2026-05-15"])
    }

    /// A companion goes next to their principal: 1209 beside 1208, not 1230 at the corridor's end.
    @Test func aCompanionIsRoomedNextToTheirPrincipal() {
        var p = RoomingFindingTests.base()
        p.roomBlocks[0].numbers = ["1230", "1208", "1209", "1501"].map { RoomNumber($0) }
        p.roomBlocks[0].nights = p.roomBlocks[0].nights.map { NightCount(night: $0.night, rooms: 4) }
        p.stays[0].need = .single
        p.stays[2] = Stay(person: ID(3), need: .companion, principal: ID(1))
        p.stays[1].need = .noRoom
        p.stays[3].need = .noRoom
        p.roomAssignments = [RoomingFindingTests.room(1, 1, 1, "1208")]
        let done = applying(RoomAssigner.assign(p), to: p)
        #expect(done.roomAssignments.first { $0.person == ID(3) }?.room == "1209")
    }

    /// More guests than beds: who is left is listed with the night and why, in words.
    @Test func guestsBeyondTheBlocksAreListedWithTheNightAndWhy() {
        var p = RoomingFindingTests.base()
        p.roomBlocks[0].nights = [NightCount(night: night("2026-05-13"), rooms: 1),
                                  NightCount(night: night("2026-05-14"), rooms: 1)]
        let proposal = RoomAssigner.assign(p)
        #expect(proposal.unassigned.map(\.person) == [ID(3)])
        let u = proposal.unassigned[0]
        #expect(u.reason.text(.zh, DateText.day(u.night!, .zh, weekday: false)) == "5月13日 当晚合适的房间已满")
    }

    /// A mixed share and an overbooked night, as the sample plants them, are put right.
    @Test func aMixedShareAndAnOverbookingAreFixedByMovingOnlyThoseGuests() {
        var p = RoomingFindingTests.base()
        p.roomBlocks[0].nights = p.roomBlocks[0].nights.map { NightCount(night: $0.night, rooms: 3) }
        p.roomBlocks[0].numbers.append(RoomNumber("1210"))
        // 张伟 and 王芳 share 1208; 李强 has 1209; the minister is in the suite.
        p.roomAssignments = [RoomingFindingTests.room(1, 1, 1, "1208"), RoomingFindingTests.room(2, 3, 1, "1208"),
                             RoomingFindingTests.room(3, 2, 1, "1209"), RoomingFindingTests.room(4, 4, 2, "1")]
        #expect(ConflictEngine.check(p).map(\.code) == [.mixedGenderRoom])
        let proposal = RoomAssigner.assign(p)
        let done = applying(proposal, to: p)
        #expect(ConflictEngine.check(done).isEmpty)
        let moved = Set(proposal.changes.compactMap { c -> ID<Person>? in
            if case .roomAssignment(let b?, _) = c { return b.person } else { return nil }
        })
        #expect(moved == [ID(3)])
    }
}
