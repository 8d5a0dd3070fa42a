import Testing
@testable import PlanningCore

@Suite struct FindingPolicyTests {
    func clashing() -> EventPlan {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.session(2, "2026-05-14T09:30", "2026-05-14T10:30")
        f.session(3, "2026-05-14T09:00", "2026-05-14T10:00", room: 2, kind: .keynote)
        return f.plan
    }

    @Test func acknowledgedFindingsAreKeptButNotOpen() {
        let plan = clashing()
        let first = FindingPolicy().report(ConflictEngine.check(plan), in: plan)
        #expect(first.filter(\.isOpen).count == 2)
        let overlap = first.first { $0.finding.code == .roomOverlap }!
        let policy = FindingPolicy(acknowledgements: [overlap.key: Acknowledgement(reason: "有意为之", by: "li", at: "t")])
        let second = policy.report(ConflictEngine.check(plan), in: plan)
        #expect(second.count == 2 && second.filter(\.isOpen).map(\.finding.code) == [.missingRole])
    }

    @Test func keysSurviveReloadingButNotAChangeOfWhatIsConcerned() {
        let plan = clashing()
        var reloaded = plan
        // A reload gives new row ids; the UUIDs stay.
        reloaded.sessions = plan.sessions.map { var s = $0; s.id = ID($0.id.raw + 100); return s }
        let a = FindingIdentity(plan: plan), b = FindingIdentity(plan: reloaded)
        let f = ConflictEngine.check(plan).first { $0.code == .roomOverlap }!
        var g = f
        g.sessions = f.sessions.map { ID($0.raw + 100) }
        #expect(a.key(f) == b.key(g))
        #expect(FindingIdentity.shortID(a.key(f)).count == 8)
        g.rooms = [ID(2)]
        #expect(b.key(g) != a.key(f))
    }

    @Test func severitiesCanBeChangedOrSilencedPerCode() {
        let plan = clashing()
        let policy = FindingPolicy(overrides: [.roomOverlap: Severity?.some(.warning), .missingRole: Severity?.none])
        let reported = policy.report(ConflictEngine.check(plan), in: plan)
        #expect(reported.map(\.finding.code) == [.roomOverlap])
        #expect(reported.map(\.severity) == [.warning])
    }

    @Test func languageFollowsTheLocale() {
        #expect(Language.from(environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.from(environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]) == .en)
        #expect(Language.from(environment: ["LC_ALL": "zh_CN.GB18030", "LANG": "en_US.UTF-8"]) == .zh)
        #expect(Language.from(environment: [:]) == .en)
    }
}

@Suite struct SlotSuggestionTests {
    @Test func suggestsFreeSlotsBestFirst() throws {
        var f = Fixture()
        f.plan.rooms[1].capacity = 50
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.session(2, "2026-05-14T09:30", "2026-05-14T10:30") // clashes with 1 in the hall
        f.session(3, "2026-05-14T10:30", "2026-05-14T11:30", room: 2)
        f.role(1, 2)
        f.session(4, "2026-05-14T11:00", "2026-05-14T12:00", room: 3)
        f.role(1, 4) // the speaker is busy 11:00–12:00
        f.signups(1...5, [2])
        let engine = ConflictEngine(f.plan)
        let slots = engine.suggestSlots(for: ID(2), limit: 200)
        // 10:00 in the hall is free, but would leave the speaker no time to reach room 3 by 11:00:
        // inside the programme's hours (09:00–12:00), slots that make no new travel problem come
        // first, then the same room, then the nearest time. 08:00 in the hall, before the first
        // session, comes after every slot inside them.
        let placed = slots.map { "\($0.room.raw) \($0.start.clock)–\($0.end.clock) \($0.tightTravel)" }
        #expect(placed.first == "3 09:30–10:30 0")
        #expect(placed.contains("1 10:00–11:00 1"))
        #expect(slots.first?.sameRoom == false && slots.first?.minutesAway == 0)
        let inside = slots.filter { !$0.outsideHours }
        #expect(inside.map(\.tightTravel) == inside.map(\.tightTravel).sorted())
        #expect(slots.firstIndex { $0.room == ID(1) && $0.start.clock == "08:00" } ?? 0 >= inside.count)
        // Never where it would clash with the room or with its speaker, never outside the day.
        for s in slots {
            var moved = f.plan
            let i = moved.sessions.firstIndex { $0.id == ID(2) }!
            moved.sessions[i].room = s.room
            moved.sessions[i].start = s.start
            moved.sessions[i].end = s.end
            let errors = ConflictEngine.check(moved).filter { $0.severity == .error && $0.sessions.contains(ID(2)) }
            #expect(errors.isEmpty, "\(s)")
            #expect(s.start.date == day("2026-05-14"))
        }
        #expect(!slots.contains { $0.room == ID(1) && $0.start == at("2026-05-14T09:30") })
        // After the hall, nearer times in other rooms; of two rooms at one time, the smaller first.
        let atTen = slots.filter { $0.start == at("2026-05-14T09:30") }
        #expect(Set(atTen.map(\.room)).isSubset(of: [ID(2), ID(3)]) && !atTen.isEmpty)
    }

    @Test func noSlotWhenNoRoomSeatsTheSignups() {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.signups(1...20, [1])
        f.plan.rooms[2].capacity = 10
        #expect(ConflictEngine(f.plan).suggestSlots(for: ID(1)).isEmpty)
    }
}
