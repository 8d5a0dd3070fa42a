import Foundation
import Testing
import Fixtures
@testable import PlanningCore

/// Random edits of every kind the engine knows, on a generated event.
struct EditMaker {
    var rng: SeededRandom
    var nextSession = 100_000
    var nextPerson = 100_000
    var transport = TransportMaker()
    /// Rooming edits come between the others, from a sequence of their own, so the walk's other
    /// edits are the ones it made before rooms existed.
    var rooming = RoomingMaker()
    var roomingRng = SeededRandom(seed: 17)

    mutating func roomingEdits(_ plan: EventPlan, step: Int) -> [PlanEdit] {
        guard step % 3 == 0, let edit = rooming.edit(plan, &roomingRng) else { return [] }
        return [edit]
    }

    mutating func int(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
    mutating func chance(_ p: Double) -> Bool { Double(rng.next() % 1_000_000) / 1_000_000 < p }

    mutating func time(_ plan: EventPlan) -> LocalDateTime {
        // Mostly inside the event, sometimes the night before or the day after.
        let day = plan.event.firstDay.adding(days: int(plan.event.days.count + 2) - 1)
        return LocalDateTime(date: day, hour: 0).adding(minutes: int(96) * 15)
    }

    mutating func edit(_ plan: EventPlan) -> PlanEdit {
        let sessions = plan.sessions, people = plan.people
        switch int(17) {
        case 0, 1, 2: // move in time, keeping the length
            var s = sessions[int(sessions.count)]
            let start = time(plan)
            let length = s.window?.durationMinutes ?? 30
            s.start = start
            s.end = start.adding(minutes: length)
            return .updateSession(s)
        case 3: // change room, or take it out of its room
            var s = sessions[int(sessions.count)]
            s.room = chance(0.1) ? nil : plan.rooms[int(plan.rooms.count)].id
            return .updateSession(s)
        case 4: // resize, sometimes to nothing or to more than a day
            var s = sessions[int(sessions.count)]
            if let start = s.start { s.end = start.adding(minutes: [-15, 0, 15, 45, 90, 1500][int(6)]) } else {
                s.start = time(plan)
                s.end = s.start!.adding(minutes: 60)
            }
            return .updateSession(s)
        case 5:
            var s = sessions[int(sessions.count)]
            if chance(0.5) { s.isPlenary.toggle() } else { s.requiredFeatures = chance(0.5) ? ["interpretation"] : [] }
            if chance(0.2) { s.start = nil; s.end = nil }
            if chance(0.2) { s.capacityLimit = chance(0.5) ? nil : int(5) }
            return .updateSession(s)
        case 6:
            let s = sessions[int(sessions.count)], p = people[int(people.count)]
            return .addRole(SessionRole(session: s.id, person: p.id, role: RoleKind.allCases[int(RoleKind.allCases.count)]))
        case 7:
            if let r = plan.roles.randomElement(using: &rng) { return .removeRole(r) }
            return .addRole(SessionRole(session: sessions[0].id, person: people[0].id, role: .chair))
        case 8:
            return .addSignup(person: people[int(people.count)].id, session: sessions[int(sessions.count)].id)
        case 9:
            if let r = plan.registrations.randomElement(using: &rng), let s = r.signups.randomElement(using: &rng) {
                return .removeSignup(person: r.person, session: s)
            }
            return .addSignup(person: people[0].id, session: sessions[0].id)
        case 10:
            var room = plan.rooms[int(plan.rooms.count)]
            switch int(4) {
            case 0: room.capacity = int(12)
            case 1: room.features = chance(0.5) ? ["interpretation"] : []
            case 2: room.site = plan.sites[int(plan.sites.count)].id
            default:
                let from = time(plan)
                room.availability = chance(0.3) ? [] : [TimeWindow(start: from, end: from.adding(minutes: 60 * (1 + int(12))))]
            }
            return .updateRoom(room)
        case 11:
            var p = people[int(people.count)]
            let from = time(plan)
            p.availability = chance(0.3) ? [] : [TimeWindow(start: from, end: from.adding(minutes: 60 * (1 + int(20))))]
            return .updatePerson(p)
        case 12:
            if chance(0.5) && sessions.count > 5 { return .removeSession(sessions[int(sessions.count)].id) }
            nextSession += 1
            let start = time(plan)
            return .addSession(Session(id: ID(nextSession), key: "n\(nextSession)", uid: "n\(nextSession)", title: "新会议",
                                       kind: [.keynote, .subForum, .other, .meal][int(4)], room: plan.rooms[int(plan.rooms.count)].id,
                                       start: start, end: start.adding(minutes: 30 + 15 * int(6)), isPlenary: chance(0.1)))
        case 14, 15:
            if let edit = transport.edit(plan, &rng) { return edit }
            return edit(plan)

        default:
            nextPerson += 1
            return .addPerson(Person(id: ID(nextPerson), key: "n\(nextPerson)", uid: "n\(nextPerson)", name: "新人"))
        }
    }
}

@Suite struct IncrementalEngineTests {
    static let steps = Int(ProcessInfo.processInfo.environment["ENGINE_STEPS"] ?? "") ?? 10_000
    static func generated() -> EventPlan {
        var g = SyntheticEvent()
        g.days = 2
        g.sites = 3
        g.rooms = 6
        g.slotsPerDay = 5
        g.peopleWithRoles = 25
        g.attendees = 60
        g.signupsPerAttendee = 3
        g.mistakeRate = 0.1
        var plan = g.make()
        // A night the clocks go forward and one they go back, so the walk meets both findings.
        let first = LocalDateTime(date: plan.event.firstDay)
        plan.event.clockChanges = [
            ClockChange(kind: .skipped, start: first.adding(minutes: 9 * 60), end: first.adding(minutes: 10 * 60),
                        offsetBefore: 60, offsetAfter: 120),
            ClockChange(kind: .repeated, start: first.adding(minutes: 24 * 60 + 14 * 60), end: first.adding(minutes: 24 * 60 + 15 * 60),
                        offsetBefore: 120, offsetAfter: 60),
        ]
        var transport = TransportMaker()
        transport.populate(&plan, seed: 5)
        var rooming = RoomingMaker()
        rooming.populate(&plan, seed: 6)
        return plan
    }

    @Test func incrementalEqualsFullAfterEveryOneOfTenThousandRandomEdits() throws {
        var engine = ConflictEngine(Self.generated())
        var maker = EditMaker(rng: SeededRandom(seed: 7))
        var current = Set(engine.findings)
        var seenCodes = Set<FindingCode>()
        var plan = engine.plan
        for step in 1...Self.steps {
            let main = maker.edit(plan)
            for edit in [main] + maker.roomingEdits(plan, step: step) {
                let delta = try engine.apply(edit)
                current.subtract(delta.removed)
                current.formUnion(delta.added)
                plan = engine.plan
            }
            let edit = main
            let full = Set(ConflictEngine.check(plan))
            let kept = Set(engine.findings)
            if kept != full || current != full {
                Issue.record("step \(step) after \(edit): engine has \(kept.subtracting(full).count) extra, \(full.subtracting(kept).count) missing; delta-tracked differs by \(current.symmetricDifference(full).count)")
                return
            }
            seenCodes.formUnion(full.map(\.code))
        }
        // The walk must have exercised every rule, or it proves little.
        // Banquet findings have a walk of their own, with tables (`BanquetWalkTests`).
        #expect(Set(FindingCode.allCases).subtracting(seenCodes).subtracting(BanquetWalkTests.banquetCodes) == [])
    }

    @Test func aMoveReturnsOnlyWhatChanged() throws {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.session(2, "2026-05-14T10:00", "2026-05-14T11:00")
        var engine = ConflictEngine(f.plan)
        #expect(engine.findings.isEmpty)
        var moved = f.plan.sessions[1]
        moved.start = at("2026-05-14T09:30")
        let delta = try engine.apply(.updateSession(moved))
        #expect(delta.added.map(\.code) == [.roomOverlap] && delta.removed.isEmpty)
        moved.start = at("2026-05-14T10:00")
        let back = try engine.apply(.updateSession(moved))
        #expect(back.removed.map(\.code) == [.roomOverlap] && back.added.isEmpty)
        #expect(throws: EditError.self) { try engine.apply(.removeSession(ID(99))) }
    }
}

/// Random changes of every kind staff can make (as `Change`s, the way the UI and the command line
/// make them, so the edits the plan hands the engine are tested too), plus travel times and the
/// event's days, which only reach the engine as edits.
struct ChangeMaker {
    var rng: SeededRandom
    var next = 200_000
    var transport = TransportMaker()
    /// Rooming changes come between the others, from a sequence of their own (see `EditMaker`).
    var rooming = RoomingMaker()
    var roomingRng = SeededRandom(seed: 19)
    /// Deleted people and vehicles, to be put back as an undo does.
    var deletedPeople: [PersonRecord] = []
    var deletedVehicles: [VehicleRecord] = []

    mutating func int(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
    mutating func chance(_ p: Double) -> Bool { Double(rng.next() % 1_000_000) / 1_000_000 < p }
    mutating func fresh() -> Int { next += 1; return next }

    mutating func time(_ plan: EventPlan) -> LocalDateTime {
        let day = plan.event.firstDay.adding(days: int(plan.event.days.count + 2) - 1)
        return LocalDateTime(date: day, hour: 0).adding(minutes: int(96) * 15)
    }

    enum Step {
        case changes([Change])
        /// An edit with no `Change` of its own, and the plan as it is after it.
        case edit(PlanEdit, EventPlan)
        static func change(_ c: Change) -> Step { .changes([c]) }
    }

    mutating func step(_ plan: EventPlan) -> Step {
        let roll = int(20)
        if roll >= 16 { return transportStep(plan, roll) }
        switch roll {
        case 0, 1, 2:
            guard var s = plan.sessions.randomElement(using: &rng), let record = plan.record(of: s.id) else { return step(plan) }
            let start = time(plan)
            if chance(0.7) {
                s.start = start
                s.end = start.adding(minutes: s.window?.durationMinutes ?? 45)
            } else {
                s.room = chance(0.1) ? nil : plan.rooms.randomElement(using: &rng)?.id
            }
            if chance(0.1) { s.isPlenary.toggle() }
            if chance(0.1) { s.requiredFeatures = chance(0.5) ? ["同声传译设备"] : [] }
            return .change(.session(before: record, after: SessionRecord(session: s, roles: record.roles, attendees: record.attendees)))
        case 3:
            if chance(0.4), let s = plan.sessions.randomElement(using: &rng), let record = plan.record(of: s.id) {
                return .change(.session(before: record, after: nil))
            }
            let id = fresh(), start = time(plan)
            let s = Session(id: ID(id), key: "s\(id)", uid: "s\(id)", title: "新场次", kind: [.keynote, .subForum, .other][int(3)],
                            room: plan.rooms.randomElement(using: &rng)?.id, start: start, end: start.adding(minutes: 30 + 15 * int(6)))
            let roles = plan.people.randomElement(using: &rng).map { [SessionRole(session: s.id, person: $0.id, role: .speaker)] } ?? []
            return .change(.session(before: nil, after: SessionRecord(session: s, roles: roles)))
        case 4:
            guard let s = plan.sessions.randomElement(using: &rng), let p = plan.people.randomElement(using: &rng) else { return step(plan) }
            let role = SessionRole(session: s.id, person: p.id, role: RoleKind.allCases[int(RoleKind.allCases.count)])
            if plan.roles.contains(role) { return .change(.role(before: role, after: nil)) }
            return .change(.role(before: nil, after: role))
        case 5:
            if let r = plan.roles.randomElement(using: &rng) { return .change(.role(before: r, after: nil)) }
            return step(plan)
        case 6, 7: // a person's availability, contacts, registration and sign-ups
            guard let p = plan.people.randomElement(using: &rng), var after = plan.record(of: p.id) else { return step(plan) }
            let before = after
            switch int(4) {
            case 0:
                let from = time(plan)
                after.person.availability = chance(0.3) ? [] : [TimeWindow(start: from, end: from.adding(minutes: 60 * (1 + int(20))))]
            case 1:
                after.registration = chance(0.2) ? nil : Registration(person: p.id, category: ["delegate", "vip", "media"][int(3)],
                                                                      signups: after.registration?.signups ?? [])
            default:
                var reg = after.registration ?? Registration(person: p.id, signups: [])
                if let s = plan.sessions.randomElement(using: &rng) {
                    if let i = reg.signups.firstIndex(of: s.id) { reg.signups.remove(at: i) } else { reg.signups.append(s.id) }
                }
                after.registration = reg
            }
            return .change(.person(before: before, after: after))
        case 8:
            if chance(0.3), let p = plan.people.randomElement(using: &rng), let record = plan.record(of: p.id) {
                deletedPeople.append(record)
                return .change(.person(before: record, after: nil))
            }
            let id = fresh()
            let person = Person(id: ID(id), key: "p\(id)", uid: "p\(id)", name: "新人")
            let s = plan.sessions.randomElement(using: &rng)
            return .change(.person(before: nil, after: PersonRecord(
                person: person, roles: s.map { [SessionRole(session: $0.id, person: person.id, role: .chair)] } ?? [],
                registration: chance(0.5) ? Registration(person: person.id, category: "vip", signups: s.map { [$0.id] } ?? []) : nil)))
        case 9, 10: // a room's seats, features, availability or site
            guard let r = plan.rooms.randomElement(using: &rng), var after = plan.record(of: r.id) else { return step(plan) }
            let before = after
            switch int(4) {
            case 0: after.room.capacity = int(12)
            case 1: after.room.features = chance(0.5) ? ["interpretation"] : []
            case 2: after.room.site = plan.sites.randomElement(using: &rng)!.id
            default:
                let from = time(plan)
                after.room.availability = chance(0.3) ? [] : [TimeWindow(start: from, end: from.adding(minutes: 60 * (1 + int(12))))]
            }
            return .change(.room(before: before, after: after))
        case 11: // add or delete a room
            if chance(0.4), plan.rooms.count > 2, let r = plan.rooms.randomElement(using: &rng), let record = plan.record(of: r.id) {
                return .change(.room(before: record, after: nil))
            }
            let id = fresh()
            let room = Room(id: ID(id), key: "r\(id)", uid: "r\(id)", site: plan.sites.randomElement(using: &rng)!.id,
                            name: "新会议室", capacity: 5 + int(20), features: chance(0.5) ? ["投影"] : [])
            let moved = plan.sessions.randomElement(using: &rng).map { [$0.id] } ?? []
            return .change(.room(before: nil, after: RoomRecord(room: room, sessions: moved)))
        case 12: // add, rename or delete a site (a site is deleted only when no room is on it)
            let empty = plan.sites.filter { s in !plan.rooms.contains { $0.site == s.id } }
            if chance(0.3), let s = empty.randomElement(using: &rng) { return .change(.site(before: s, after: nil)) }
            if chance(0.3), let s = plan.sites.randomElement(using: &rng) {
                var renamed = s
                renamed.name += "新"
                return .change(.site(before: s, after: renamed))
            }
            let id = fresh()
            return .change(.site(before: nil, after: Site(id: ID(id), key: "t\(id)", uid: "t\(id)", name: "新场地")))
        case 13: // a new room on a new site, as the room form makes it
            let site = fresh(), room = fresh()
            let moved = plan.sessions.randomElement(using: &rng).map { [$0.id] } ?? []
            return .changes([
                .site(before: nil, after: Site(id: ID(site), key: "t\(site)", uid: "t\(site)", name: "新校区")),
                .room(before: nil, after: RoomRecord(room: Room(id: ID(room), key: "r\(room)", uid: "r\(room)", site: ID(site),
                                                               name: "新校区会议室", capacity: 50), sessions: moved)),
            ])
        case 14: // travel times between two sites
            guard plan.sites.count >= 2 else { return step(plan) }
            let a = plan.sites.randomElement(using: &rng)!.id, b = plan.sites.randomElement(using: &rng)!.id
            var changed = plan
            changed.travel.removeAll { ($0.from == a && $0.to == b) || ($0.from == b && $0.to == a) }
            if a != b && chance(0.8) { changed.travel.append(TravelTime(from: a, to: b, minutes: int(120))) }
            return .edit(.setSites(changed.sites, travel: changed.travel), changed)
        default: // the event's days, day-change hour or default travel time
            var changed = plan
            switch int(3) {
            case 0: changed.event.lastDay = changed.event.firstDay.adding(days: int(3))
            case 1: changed.event.defaultTravelMinutes = int(90)
            default: changed.event.dayChangeHour = int(6)
            }
            return .edit(.updateEvent(changed.event), changed)
        }
    }
}

extension ChangeMaker {
    /// A journey, vehicle or run changed, or a deleted person or vehicle put back (an undo).
    mutating func transportStep(_ plan: EventPlan, _ roll: Int) -> Step {
        if roll == 19 {
            if var record = deletedPeople.popLast(), !plan.people.contains(where: { $0.id == record.person.id }) {
                // What was deleted with them since stays deleted.
                let sessions = Set(plan.sessions.map(\.id))
                record.roles.removeAll { !sessions.contains($0.session) }
                record.registration?.signups.removeAll { !sessions.contains($0) }
                return .change(.person(before: nil, after: record))
            }
            if let record = deletedVehicles.popLast(), !plan.vehicles.contains(where: { $0.id == record.vehicle.id }) {
                return .change(.vehicle(before: nil, after: record))
            }
            return step(plan)
        }
        guard let c = transport.change(plan, &rng) else { return step(plan) }
        if case .vehicle(let before?, nil) = c { deletedVehicles.append(before) }
        return .change(c)
    }
}

extension IncrementalEngineTests {
    @Test func incrementalEqualsFullAfterEveryChangeStaffCanMake() throws {
        var plan = Self.generated()
        var engine = ConflictEngine(plan)
        var maker = ChangeMaker(rng: SeededRandom(seed: 11))
        var current = Set(engine.findings)
        var seenCodes = Set<FindingCode>()
        for step in 1...Self.steps / 2 {
            let made = maker.step(plan)
            var edits: [PlanEdit] = []
            switch made {
            case .changes(let changes): for c in changes { edits += plan.apply(c) }
            case .edit(let edit, let after):
                edits = [edit]
                plan = after
            }
            if step % 3 == 0, let c = maker.rooming.change(plan, &maker.roomingRng) { edits += plan.apply(c) }
            for edit in edits {
                let delta = try engine.apply(edit)
                current.subtract(delta.removed)
                current.formUnion(delta.added)
            }
            let full = Set(ConflictEngine.check(plan))
            seenCodes.formUnion(full.map(\.code))
            if Set(engine.findings) != full || current != full {
                Issue.record("step \(step) after \(made): engine has \(Set(engine.findings).subtracting(full)) extra, \(full.subtracting(Set(engine.findings))) missing")
                return
            }
            // The plan the engine gives back (what the UI saves from) is compared less often: it is
            // the slowest part of a step.
            guard step % 20 == 0 else { continue }
            let kept = engine.plan
            if Set(kept.rooms) != Set(plan.rooms) || Set(kept.people) != Set(plan.people) || Set(kept.sites) != Set(plan.sites)
                || Set(kept.registrations) != Set(plan.registrations) || Set(kept.roles) != Set(plan.roles)
                || Set(kept.trips) != Set(plan.trips) || Set(kept.vehicles) != Set(plan.vehicles) || Set(kept.runs) != Set(plan.runs)
                || Set(kept.stays) != Set(plan.stays) || Set(kept.roomBlocks) != Set(plan.roomBlocks)
                || Set(kept.roomAssignments) != Set(plan.roomAssignments) {
                Issue.record("step \(step) after \(made): the engine's plan is no longer the plan")
                return
            }
        }
        // Banquet findings have a walk of their own, with tables (`BanquetWalkTests`).
        #expect(Set(FindingCode.allCases).subtracting(seenCodes).subtracting(BanquetWalkTests.banquetCodes) == [])
    }

    @Test func twoRoomsOnTwoNewSitesAreFarApart() throws {
        var f = Fixture()
        f.session(1, "2026-05-14T09:00", "2026-05-14T10:00")
        f.session(2, "2026-05-14T10:05", "2026-05-14T11:00")
        f.role(1, 1)
        f.role(1, 2)
        var plan = f.plan
        var engine = ConflictEngine(plan)
        for (n, site) in [(50, 60), (51, 61)] {
            for c: Change in [.site(before: nil, after: Site(id: ID(site), key: "x\(site)", uid: "x\(site)", name: "校区\(site)")),
                              .room(before: nil, after: RoomRecord(room: Room(id: ID(n), key: "r\(n)", uid: "r\(n)", site: ID(site),
                                                                             name: "厅\(n)", capacity: 100),
                                                                  sessions: [ID(n - 49)]))] {
                for e in plan.apply(c) { try engine.apply(e) }
            }
        }
        #expect(engine.findings.filter { $0.code == .travelTime }.count == 1)
        #expect(Set(engine.findings) == Set(ConflictEngine.check(plan)))
    }
}
