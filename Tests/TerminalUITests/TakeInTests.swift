import Foundation
import Testing
import Fixtures
import PlanningCore
import PlanningStore
@testable import TerminalUI
import TestSupport

/// A UI open on an event while colleagues and desks save: what they saved is taken in row by row
/// (check-ins by their sequence, edits by the rows the change log names), and the UI's event is
/// then exactly what reading it afresh gives.
@Suite struct TakeInTests {
    func open() throws -> (ui: Headless, colleague: Store, event: ID<Event>) {
        let dir = Scratch.folder("takein")
        let path = dir + "/takein.sqlite"
        let store = try Store(path: path)
        let event = try store.insert(samplePlan()).event.id
        // Opened as `confplan` opens it: the whole event, then the desks' arrivals, read behind the first frame.
        var ui = try Headless.opening(store: store, event: event, language: .en)
        ui.handle(.resize(width: 120, height: 36))
        ui.awaitWholePlan()
        return (ui, try Store(path: path), event)
    }

    /// What a UI holds equals a fresh read of the store, and its findings and lookups equal
    /// those built afresh from it.
    func expectCurrent(_ ui: Headless, _ store: Store, _ event: ID<Event>, _ step: String) throws {
        let fresh = try store.plan(event)
        let same = ui.plan == fresh  // compared apart: a failure would print both whole events
        #expect(same, "\(step): the plan differs from a fresh read")
        #expect(ui.document.policy == (try store.findingPolicy(event)), "\(step)")
        #expect(Set(ui.findings.map(\.finding)) == Set(ConflictEngine.check(fresh)), "\(step)")
        var rebuilt = ui.state
        rebuilt.refresh()
        #expect(ui.findings == rebuilt.findings, "\(step): findings differ from a rebuild")
        #expect(ui.document.catalog.signups == rebuilt.document.catalog.signups, "\(step)")
        var counts: [ID<Session>: Int] = [:]
        for r in try store.checkIns(event) where r.undone == nil { if let s = r.session { counts[s, default: 0] += 1 } }
        #expect(ui.document.arrivals == counts, "\(step): arrivals")
    }

    @Test func aColleaguesEditsAndTheDesksCheckInsAreTakenInWithoutReadingTheEventAgain() throws {
        var (ui, colleague, event) = try open()
        var plan = try colleague.plan(event)

        // A session moved to another room and an hour later; people checked in at it and one taken back.
        var moved = try #require(plan.sessions.first { s in
            s.start != nil && s.room != nil && plan.registrations.filter { $0.signups.contains(s.id) }.count >= 3
        })
        let record = try #require(plan.record(of: moved.id))
        moved.start = moved.start!.adding(minutes: 60)
        moved.end = moved.end!.adding(minutes: 60)
        moved.room = try #require(plan.rooms.first { $0.id != moved.room }).id
        var after = record
        after.session = moved
        try colleague.apply(.session(before: record, after: after), event: event)
        let comers = plan.registrations.filter { $0.signups.contains(moved.id) }.prefix(3).map(\.person)
        try #require(comers.count == 3)
        var arrived: [CheckIn] = []
        for p in comers {
            if case .done(let c) = try colleague.checkIn(event, person: p, session: moved.id, desk: "一号台") {
                arrived.append(c)
            }
        }
        try colleague.undoCheckIn(event, id: arrived[0].id, reason: "认错人")
        _ = try colleague.checkIn(event, person: comers[0], desk: "一号台")
        ui.othersChanged()
        let reading1 = ui.isLoading
        #expect(!reading1, "taken in at once, not by reading the whole event")
        #expect(ui.message == "Updated with changes saved by others")
        try expectCurrent(ui, colleague, event, "move and check-ins")

        // This UI's own edit of an attendee's phone (the attendee keeps their place in the list).
        plan = try colleague.plan(event)
        let own = try #require(ui.plan.record(of: plan.registrations[1].person))
        var ownAfter = own
        ownAfter.person.phone = "13900000001"
        ui.commit([.person(before: own, after: ownAfter)], done: .saved)

        // A person's name and sign-ups changed, another's organisation, a role added, a session
        // deleted (its sign-ups go with it), a person added and one deleted, a release made and a
        // finding acknowledged.
        let first = try #require(plan.record(of: plan.registrations[0].person))
        var renamed = first
        renamed.person.name = "改名的人"
        let unchosen = try #require(plan.sessions.first { !(first.registration?.signups.contains($0.id) ?? true) })
        renamed.registration?.signups.append(unchosen.id)
        try colleague.apply(.person(before: first, after: renamed), event: event)
        let third = try #require(plan.record(of: plan.registrations[5].person))
        var moved3 = third
        moved3.person.organisation = "新单位"
        try colleague.apply(.person(before: third, after: moved3), event: event)
        let speaker = SessionRole(session: moved.id, person: plan.registrations[7].person, role: .moderator)
        #expect(!plan.roles.contains(speaker))
        try colleague.apply(.role(before: nil, after: speaker), event: event)
        let gone = try #require(plan.record(of: plan.registrations[9].person))
        try colleague.apply(.person(before: gone, after: nil), event: event)
        let doomed = try #require(plan.sessions.last { s in plan.registrations.contains { $0.signups.contains(s.id) } })
        try colleague.apply(.session(before: try #require(plan.record(of: doomed.id)), after: nil), event: event)
        let walkIn = Person(id: ID(0), key: "", uid: "", name: "新来的人", organisation: "某职业学院")
        try colleague.apply(.person(before: nil, after: PersonRecord(
            person: walkIn, registration: Registration(person: ID(0), signups: [moved.id]))), event: event)
        try colleague.release(event, name: "第二版")
        let finding = try #require(ui.findings.first { $0.isOpen })
        try colleague.acknowledge(event, key: finding.key, reason: "已知悉")
        ui.othersChanged()
        let reading2 = ui.isLoading
        #expect(!reading2, "taken in at once, not by reading the whole event")
        try expectCurrent(ui, colleague, event, "edits, a deletion, a release, an acknowledgement")
        #expect(ui.document.releases.map(\.name) == ["第二版"])
    }

    /// An import by someone else names no rows the UI could read one by one: the event is read
    /// whole, and what comes after it is taken in row by row again.
    @Test func anImportBySomeoneElseIsReadWholeAndLaterEditsRowByRowAgain() throws {
        var (ui, colleague, event) = try open()
        let rows = (0..<4).map { i -> AttendeeRow in
            var r = AttendeeRow(line: i + 2)
            r.name = "导入\(i)"
            r.organisation = "导入学院"
            r.phone = "1370000000\(i)"
            return r
        }
        try colleague.importRoster(event: event, source: "late.csv", rows: rows)
        ui.othersChanged()
        let reading3 = ui.isLoading
        #expect(reading3, "the whole event is read again")
        ui.awaitWholePlan()
        try expectCurrent(ui, colleague, event, "after the import")

        let plan = try colleague.plan(event)
        let record = try #require(plan.record(of: plan.sessions[0].id))
        var after = record
        after.session.title = "导入之后改名"
        try colleague.apply(.session(before: record, after: after), event: event)
        ui.othersChanged()
        let reading4 = ui.isLoading
        #expect(!reading4)
        try expectCurrent(ui, colleague, event, "an edit after the import")
    }

    /// Badge numbers are given without a log entry: a UI that cannot account for them reads whole.
    @Test func badgesNumberedBySomeoneElseAreReadWhole() throws {
        var (ui, colleague, event) = try open()
        #expect(try colleague.numberBadges(event) > 0)
        ui.othersChanged()
        let reading5 = ui.isLoading
        #expect(reading5)
        ui.awaitWholePlan()
        try expectCurrent(ui, colleague, event, "after numbering badges")
    }

    /// A backup put back takes the log back with it: the UI's mark names an entry that is no longer
    /// there as it was, so the event is read whole rather than kept with edits the restore undid.
    @Test func aRestoredDatabaseIsReadWhole() throws {
        var (ui, colleague, event) = try open()
        let backup = Scratch.folder("takein-restore") + "/before.sqlite"
        try colleague.backup(to: backup)
        let plan = try colleague.plan(event)
        let record = try #require(plan.record(of: plan.sessions[0].id))
        var after = record
        after.session.title = "恢复前的改名"
        try colleague.apply(.session(before: record, after: after), event: event)
        ui.othersChanged()
        #expect(ui.plan.sessions[0].title == "恢复前的改名")
        _ = try colleague.restore(from: backup)
        ui.othersChanged()
        ui.awaitWholePlan()
        try expectCurrent(ui, colleague, event, "after the restore")
    }

    /// Hundreds of people changed at once (an import taken back) are read whole, on the other thread.
    @Test func manyPeopleChangedAtOnceAreReadWhole() throws {
        var (ui, colleague, event) = try open()
        let plan = try colleague.plan(event)
        let records = plan.personRecords()
        let gone = plan.registrations.prefix(501).compactMap { records[$0.person] }
        try colleague.apply(gone.map { .person(before: $0, after: nil) }, event: event)
        ui.othersChanged()
        let reading = ui.isLoading
        #expect(reading)
        ui.awaitWholePlan()
        try expectCurrent(ui, colleague, event, "after 501 people went")
    }

    /// Only the newest release is shown (the top bar, the Changes view), so only it is read and
    /// kept: every release whole, each a programme, read after each of a release every two
    /// seconds left a UI ever further behind and held them all.
    @Test func onlyTheNewestReleaseIsReadAndKept() throws {
        var (ui, colleague, event) = try open()
        for name in ["第一版", "第二版", "第三版"] { try colleague.release(event, name: name) }
        ui.othersChanged()
        #expect(ui.document.releases.map(\.name) == ["第三版"])
    }

    /// This UI's own save is in the log too: taking it in again changes nothing and says nothing.
    @Test func ownSavesTakenInAgainSayNothing() throws {
        var (ui, colleague, event) = try open()
        let plan = try colleague.plan(event)
        let record = try #require(ui.plan.record(of: plan.sessions[2].id))
        var after = record
        after.session.title = "自己改的标题"
        ui.commit([.session(before: record, after: after)], done: .saved)
        ui.handle(.char("j"))
        _ = try colleague.checkIn(event, person: plan.registrations[3].person, desk: "一号台")
        ui.othersChanged()
        #expect(ui.message == nil)
        try expectCurrent(ui, colleague, event, "own save taken in again")
    }
}

/// Journeys, vehicles and runs saved by a colleague reach an open UI without reading the event again.
@Suite struct TransportTakeInTests {
    @Test func aColleaguesVehicleRunAndJourneyAreTakenInRowByRow() throws {
        let t = TakeInTests()
        var (ui, colleague, event) = try t.open()
        let plan = try colleague.plan(event)
        let guest = plan.people[0].id, other = plan.people[1].id
        let hub = try #require(plan.sites.last).id, hotel = try #require(plan.sites.first).id
        try colleague.apply(.trip(before: plan.trips.first { $0.person == guest }, after: Trip(
            person: guest, arrival: TripLeg(mode: .train, number: "G8921", hub: hub,
                                            time: LocalDateTime(iso: "2026-05-13T14:20"), wantsTransfer: true),
            companions: 1)), event: event)
        let van = try colleague.apply(.vehicle(before: nil, after: VehicleRecord(
            vehicle: Vehicle(id: ID(0), key: "", uid: "", plate: "川F·12345", kind: .van, driver: "王师傅"))), event: event)
        guard case .vehicle(_, let stored?) = van else { Issue.record("no vehicle stored"); return }
        try colleague.apply(.run(before: nil, after: Run(
            id: ID(0), key: "", uid: "", kind: .pickup, vehicle: stored.vehicle.id, from: hub, to: hotel,
            depart: LocalDateTime(iso: "2026-05-13T15:55")!, passengers: [guest, other])), event: event)
        ui.othersChanged()
        let reading1 = ui.isLoading
        #expect(!reading1, "taken in at once, not by reading the whole event")
        try t.expectCurrent(ui, colleague, event, "a journey, a vehicle and a run")
        let ours = { (ui: Headless) in ui.plan.runs.filter { $0.depart == LocalDateTime(iso: "2026-05-13T15:55")! && $0.to == hotel } }
        #expect(ours(ui).map(\.passengers) == [[guest, other]])

        // A passenger deleted leaves the run; the vehicle deleted leaves it without one.
        let now = try colleague.plan(event)
        try colleague.apply(.person(before: try #require(now.record(of: other)), after: nil), event: event)
        try colleague.apply(.vehicle(before: try #require(now.record(of: stored.vehicle.id)), after: nil), event: event)
        ui.othersChanged()
        let reading2 = ui.isLoading
        #expect(!reading2, "taken in at once, not by reading the whole event")
        try t.expectCurrent(ui, colleague, event, "a passenger and the vehicle deleted")
        #expect(ours(ui).map(\.passengers) == [[guest]] && ours(ui).map(\.vehicle) == [nil])
    }
}

/// Stays, room blocks and room assignments saved by a colleague reach an open UI without reading
/// the event again.
@Suite struct RoomingTakeInTests {
    @Test func aColleaguesBlockStayAndRoomsAreTakenInRowByRow() throws {
        let t = TakeInTests()
        var (ui, colleague, event) = try t.open()
        let plan = try colleague.plan(event)
        let guest = plan.people[0].id, other = plan.people[1].id
        let hotel = try #require(plan.sites.first).id
        let day = { (s: String) in LocalDate(iso: s)! }
        let added = try colleague.apply(.roomBlock(before: nil, after: RoomBlockRecord(block: RoomBlock(
            id: ID(0), key: "", uid: "", hotel: hotel, type: .twin, checkIn: day("2026-05-13"),
            checkOut: day("2026-05-15"), rooms: 4))), event: event)
        guard case .roomBlock(_, let block?) = added else { Issue.record("no block stored"); return }
        try colleague.apply(.stay(before: plan.stays.first { $0.person == guest },
                                  after: Stay(person: guest, need: .shared, roommate: other)), event: event)
        for p in [guest, other] {
            try colleague.apply(.roomAssignment(before: nil, after: RoomAssignment(
                id: ID(0), person: p, block: block.block.id, room: "1", checkIn: day("2026-05-13"),
                checkOut: day("2026-05-15"))), event: event)
        }
        ui.othersChanged()
        let reading1 = ui.isLoading
        #expect(!reading1, "taken in at once, not by reading the whole event")
        try t.expectCurrent(ui, colleague, event, "a block, a stay and two rooms")
        #expect(ui.plan.guests(block: block.block.id, room: "1", night: day("2026-05-13")).count == 2)

        // The roommate deleted takes their room and is nobody's roommate; the block deleted takes the rest.
        let now = try colleague.plan(event)
        try colleague.apply(.person(before: try #require(now.record(of: other)), after: nil), event: event)
        try colleague.apply(.roomBlock(before: try #require(now.record(of: block.block.id)), after: nil), event: event)
        ui.othersChanged()
        let reading2 = ui.isLoading
        #expect(!reading2, "taken in at once, not by reading the whole event")
        try t.expectCurrent(ui, colleague, event, "the roommate and the block deleted")
        #expect(ui.plan.roomAssignments.isEmpty && ui.plan.stays.first { $0.person == guest }?.roommate == nil)
    }
}
