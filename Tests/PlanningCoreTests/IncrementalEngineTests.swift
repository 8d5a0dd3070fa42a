import Foundation
import Testing
@testable import PlanningCore

/// Random edits of every kind the engine knows, on a generated event.
struct EditMaker {
    var rng: SeededRandom
    var nextSession = 100_000
    var nextPerson = 100_000

    mutating func int(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
    mutating func chance(_ p: Double) -> Bool { Double(rng.next() % 1_000_000) / 1_000_000 < p }

    mutating func time(_ plan: EventPlan) -> LocalDateTime {
        // Mostly inside the event, sometimes the night before or the day after.
        let day = plan.event.firstDay.adding(days: int(plan.event.days.count + 2) - 1)
        return LocalDateTime(date: day, hour: 0).adding(minutes: int(96) * 15)
    }

    mutating func edit(_ plan: EventPlan) -> PlanEdit {
        let sessions = plan.sessions, people = plan.people
        switch int(14) {
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
                                       kind: [.keynote, .subForum, .other][int(3)], room: plan.rooms[int(plan.rooms.count)].id,
                                       start: start, end: start.adding(minutes: 30 + 15 * int(6)), isPlenary: chance(0.1)))
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
        return g.make()
    }

    @Test func incrementalEqualsFullAfterEveryOneOfTenThousandRandomEdits() throws {
        var engine = ConflictEngine(Self.generated())
        var maker = EditMaker(rng: SeededRandom(seed: 7))
        var current = Set(engine.findings)
        var seenCodes = Set<FindingCode>()
        var plan = engine.plan
        for step in 1...Self.steps {
            let edit = maker.edit(plan)
            let delta = try engine.apply(edit)
            current.subtract(delta.removed)
            current.formUnion(delta.added)
            plan = engine.plan
            let full = Set(ConflictEngine.check(plan))
            let kept = Set(engine.findings)
            if kept != full || current != full {
                Issue.record("step \(step) after \(edit): engine has \(kept.subtracting(full).count) extra, \(full.subtracting(kept).count) missing; delta-tracked differs by \(current.symmetricDifference(full).count)")
                return
            }
            seenCodes.formUnion(full.map(\.code))
        }
        // The walk must have exercised every rule, or it proves little.
        #expect(seenCodes == Set(FindingCode.allCases))
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
