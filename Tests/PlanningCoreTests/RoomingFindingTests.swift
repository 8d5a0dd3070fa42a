import Testing
@testable import PlanningCore

private func night(_ s: String) -> LocalDate { LocalDate(iso: s)! }

/// One small event per rooming finding, at the edge where it starts to be found.
@Suite struct RoomingFindingTests {
    /// A hotel 50 minutes from the venue, a twin block of two rooms for two nights and a suite,
    /// four guests (two men, a woman, a VIP), and an opening at 08:10 on the 14th.
    static func base() -> EventPlan {
        var p = EventPlan(event: Event(key: "e", uid: "e", name: "会", firstDay: night("2026-05-13"),
                                       lastDay: night("2026-05-15")))
        p.sites = [Site(id: ID(1), key: "hotel", uid: "s1", name: "旌湖宾馆"),
                   Site(id: ID(2), key: "venue", uid: "s2", name: "会展中心")]
        p.travel = [TravelTime(from: ID(1), to: ID(2), minutes: 50)]
        p.rooms = [Room(id: ID(1), key: "hall", uid: "r1", site: ID(2), name: "一号厅", capacity: 300)]
        p.sessions = [Session(id: ID(1), key: "open", uid: "x1", title: "开幕式", kind: .openingCeremony, room: ID(1),
                              start: LocalDateTime(iso: "2026-05-14T09:00"), end: LocalDateTime(iso: "2026-05-14T10:00"))]
        p.people = [
            Person(id: ID(1), key: "p1", uid: "p1", name: "张伟", gender: "男"),
            Person(id: ID(2), key: "p2", uid: "p2", name: "李强", gender: "男"),
            Person(id: ID(3), key: "p3", uid: "p3", name: "王芳", gender: "女"),
            Person(id: ID(4), key: "p4", uid: "p4", name: "周部长", vipLevel: 3, gender: "男"),
        ]
        p.registrations = p.people.map { Registration(person: $0.id) }
        p.stays = p.people.map { Stay(person: $0.id, need: .shared) }
        p.roomBlocks = [
            RoomBlock(id: ID(1), key: "twin", uid: "b1", hotel: ID(1), type: .twin, checkIn: night("2026-05-13"),
                      checkOut: night("2026-05-15"), rooms: 2, numbers: [RoomNumber("1208"), RoomNumber("1209")]),
            RoomBlock(id: ID(2), key: "suite", uid: "b2", hotel: ID(1), type: .suite, checkIn: night("2026-05-13"),
                      checkOut: night("2026-05-15"), rooms: 1),
        ]
        return p
    }

    static func room(_ id: Int, _ person: Int, _ block: Int, _ room: String, _ from: String = "2026-05-13",
                     _ to: String = "2026-05-15") -> RoomAssignment {
        RoomAssignment(id: ID(id), key: "a\(id)", uid: "a\(id)", person: ID(person), block: ID(block), room: room,
                       checkIn: night(from), checkOut: night(to))
    }

    func found(_ p: EventPlan, _ code: FindingCode) -> [Finding] { ConflictEngine.check(p).filter { $0.code == code } }

    /// Everyone roomed as they should be: two men share 1208, the woman has 1209, the VIP the suite.
    static func wellRoomed() -> EventPlan {
        var p = base()
        p.roomAssignments = [room(1, 1, 1, "1208"), room(2, 2, 1, "1208"), room(3, 3, 1, "1209"), room(4, 4, 2, "1")]
        return p
    }

    @Test func aWellRoomedEventHasNoRoomingFinding() {
        #expect(ConflictEngine.check(Self.wellRoomed()).isEmpty)
    }

    @Test func aThirdRoomOnANightOfTwoHeldIsAnOverbooking() {
        var p = Self.wellRoomed()
        p.people.append(Person(id: ID(5), key: "p5", uid: "p5", name: "赵磊", gender: "男"))
        p.registrations.append(Registration(person: ID(5)))
        p.stays.append(Stay(person: ID(5), need: .single, checkIn: night("2026-05-14"), checkOut: night("2026-05-15")))
        p.roomAssignments.append(Self.room(5, 5, 1, "1301", "2026-05-14", "2026-05-15"))
        let f = found(p, .roomsOverbooked)
        #expect(f.map(\.details) == [["2026-05-14"]] && f.map(\.count) == [3] && f.map(\.limit) == [2])
        #expect(FindingText(plan: p, language: .zh).message(f[0]) == "旌湖宾馆标间 5月14日晚分出3间，只预留2间")
    }

    /// 1208 checks out a day before the block: 张伟 kept there on the 14th is found, the room named.
    @Test func aGuestInARoomOnANightTheHotelDoesNotHoldItIsFound() {
        var p = Self.base()
        p.roomBlocks[0].nights[1].rooms = 1
        p.roomBlocks[0].numbers[0].nights = NightSpan(checkIn: night("2026-05-13"), checkOut: night("2026-05-14"))
        p.roomAssignments = [Self.room(1, 1, 1, "1208")]
        let f = found(p, .roomNotHeld)
        #expect(f.map(\.details) == [["2026-05-14", "1208"]] && f.map(\.people) == [[ID(1)]])
        #expect(FindingText(plan: p, language: .zh).message(f[0]) == "旌湖宾馆 1208房 5月14日晚酒店未预留（共1晚），却安排了张伟入住")
    }

    @Test func aManAndAWomanInOneRoomAreFound() {
        var p = Self.wellRoomed()
        p.roomAssignments[1] = Self.room(2, 3, 1, "1208")
        p.roomAssignments[2] = Self.room(3, 2, 1, "1209")
        let f = found(p, .mixedGenderRoom)
        #expect(f.map(\.people) == [[ID(1), ID(3)]] && f.map(\.details) == [["2026-05-13", "1208"]])
        #expect(FindingText(plan: p, language: .en).message(f[0])
            == "Room 1208 at 旌湖宾馆 is shared by guests of two genders: 张伟, 王芳")
    }

    @Test func aGuestGivenTwoRoomsOnOneNightIsFound() {
        var p = Self.wellRoomed()
        p.roomAssignments.append(Self.room(5, 3, 1, "1208", "2026-05-14", "2026-05-15"))
        #expect(found(p, .guestInTwoRooms).map(\.details) == [["2026-05-14"]])
    }

    @Test func nightsOfAStayWithoutARoomAreAWarning() {
        var p = Self.wellRoomed()
        p.stays[2].checkOut = night("2026-05-16")
        let f = found(p, .nightsUncovered)
        #expect(f.map(\.people) == [[ID(3)]] && f.map(\.count) == [1] && f.map(\.limit) == [3])
        #expect(f.map(\.details) == [["2026-05-15"]])
    }

    /// A guest who now leaves a day early still holds the room's last night: the hotel would bill it.
    @Test func aRoomKeptPastAShortenedStayIsAWarning() {
        var p = Self.wellRoomed()
        p.stays[2].checkOut = night("2026-05-14")
        let f = found(p, .roomBeyondStay)
        #expect(f.map(\.people) == [[ID(3)]] && f.map(\.count) == [1] && f.map(\.blocks) == [[ID(1)]])
        #expect(FindingText(plan: p, language: .zh).message(f[0]) == "王芳 住宿为5月13日至5月14日，房间却多订了1晚（自5月14日晚起）")
    }

    @Test func aVIPInATwinIsBelowTheirLevel() {
        var p = Self.wellRoomed()
        p.roomAssignments[3] = Self.room(4, 4, 1, "1209")
        p.roomAssignments[2] = Self.room(3, 3, 2, "1")
        p.people[2].vipLevel = 0
        #expect(found(p, .roomBelowLevel).map(\.people) == [[ID(4)]])
    }

    @Test func aRoommateAskedForAndNotGivenIsInfo() {
        var p = Self.wellRoomed()
        p.stays[0].roommate = ID(2)
        #expect(found(p, .roommateNotHonoured).isEmpty)
        p.roomAssignments[1] = Self.room(2, 2, 1, "1209")
        p.roomAssignments[2] = Self.room(3, 3, 1, "1208")
        p.people[2].gender = "男"
        let f = found(p, .roommateNotHonoured)
        #expect(f.map(\.people) == [[ID(1), ID(2)]] && f[0].severity == .info)
    }

    /// The opening at 09:00 is 50 minutes from the hotel: a chair can leave at 07:30 and make it;
    /// moved to 08:10 they are 10 minutes late.
    @Test func aHotelTooFarForTheFirstRoleIsFoundFromTenMinutesLate() {
        var p = Self.wellRoomed()
        p.roles = [SessionRole(session: ID(1), person: ID(1), role: .chair)]
        #expect(found(p, .hotelTooFar).isEmpty)
        p.sessions[0].start = LocalDateTime(iso: "2026-05-14T08:10")
        let f = found(p, .hotelTooFar)
        #expect(f.map(\.count) == [10] && f.map(\.limit) == [50])
        #expect(FindingText(plan: p, language: .zh).message(f[0])
            == "张伟 住旌湖宾馆，离会展中心有50分钟车程，赶不上「开幕式」开始（5月14日 08:10–10:00），晚10分钟")
    }

    /// 王芳 travels with 周部长 (随行): lodged at 德阳宾馆 while he has the suite at 旌湖宾馆, she is
    /// found apart from the night of the 13th, both hotels named.
    @Test func aCompanionAtAnotherHotelThanTheirPrincipalIsFound() {
        var p = Self.wellRoomed()
        p.sites.append(Site(id: ID(3), key: "dy", uid: "s3", name: "德阳宾馆"))
        p.roomBlocks.append(RoomBlock(id: ID(3), key: "dy", uid: "b3", hotel: ID(3), type: .single,
                                      checkIn: night("2026-05-13"), checkOut: night("2026-05-15"), rooms: 1))
        p.stays[2] = Stay(person: ID(3), need: .companion, principal: ID(4))
        p.roomAssignments[2] = Self.room(3, 3, 3, "1")
        let f = found(p, .companionApart)
        #expect(f.map { FindingText(plan: p, language: .zh).message($0) }
            == ["王芳 随行周部长，住德阳宾馆，周部长住旌湖宾馆，不在同一酒店（自5月13日晚起）"])
    }

    @Test func aGuestWhoNoLongerComesAndHoldsARoomIsFound() {
        var p = Self.wellRoomed()
        p.registrations.removeAll { $0.person == ID(3) }
        let f = found(p, .cancelledHoldsRoom)
        #expect(f.map(\.people) == [[ID(3)]] && f.map(\.count) == [2])
        #expect(found(p, .nightsUncovered).isEmpty)
    }
}
