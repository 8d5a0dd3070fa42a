import Foundation
import Testing
@testable import PlanningCore
@testable import PlanningStore

/// The parts of a plan that must agree between the database and memory, order aside.
struct Contents: Equatable {
    var sessions: Set<Session>, people: Set<Person>, rooms: Set<Room>, roles: Set<SessionRole>
    var registrations: [ID<Person>: Set<ID<Session>>]
    init(_ p: EventPlan) {
        sessions = Set(p.sessions)
        people = Set(p.people)
        rooms = Set(p.rooms)
        roles = Set(p.roles)
        registrations = Dictionary(uniqueKeysWithValues: p.registrations.map { ($0.person, Set($0.signups)) })
    }
}

@Suite struct ChangeTests {
    @Test func changesAndTheirUndoKeepDatabaseAndMemoryTheSame() throws {
        let store = try Store(path: scratchPath())
        var plan = try store.insert(smallPlan())
        let original = Contents(plan)
        let event = plan.event.id
        var history: [Change] = []
        func step(_ change: Change) throws {
            let applied = try store.apply(change, event: event)
            plan.apply(applied)
            history.append(applied)
            #expect(Contents(try store.plan(event)) == Contents(plan), "\(change)")
        }
        // Add a session with a speaker and an attendee.
        let newSession = Session(id: ID(0), key: "", uid: UUID().uuidString.lowercased(), title: "新增分论坛", kind: .subForum,
                                 room: plan.rooms[0].id, start: LocalDateTime(iso: "2026-05-14T14:00"), end: LocalDateTime(iso: "2026-05-14T15:00"))
        try step(.session(before: nil, after: SessionRecord(session: newSession, roles: [SessionRole(session: ID(0), person: plan.people[0].id, role: .chair)],
                                                             attendees: [plan.people[1].id])))
        let added = try #require(plan.sessions.first { $0.title == "新增分论坛" })
        #expect(added.id.raw > 0 && !added.key.isEmpty)
        #expect(plan.roles.contains(SessionRole(session: added.id, person: plan.people[0].id, role: .chair)))
        // Move it, rename a person, register someone, remove a role, delete a room, delete a person.
        var moved = added
        moved.start = LocalDateTime(iso: "2026-05-14T16:00")
        moved.end = LocalDateTime(iso: "2026-05-14T17:00")
        try step(.session(before: plan.record(of: added.id), after: SessionRecord(session: moved)))
        var renamed = plan.record(of: plan.people[0].id)!
        renamed.person.name = "周铁农（改）"
        renamed.registration = Registration(person: renamed.person.id, category: "guest", signups: [added.id])
        try step(.person(before: plan.record(of: plan.people[0].id), after: renamed))
        try step(.role(before: plan.roles[0], after: nil))
        try step(.room(before: plan.record(of: plan.rooms[0].id), after: nil))
        #expect(plan.sessions.allSatisfy { $0.room == nil })
        try step(.person(before: plan.record(of: plan.people[1].id), after: nil))
        try step(.session(before: plan.record(of: added.id), after: nil))
        // Undo everything, newest first: the database is as it was.
        for change in history.reversed() {
            let applied = try store.apply(change.inverse, event: event)
            plan.apply(applied)
            #expect(Contents(try store.plan(event)) == Contents(plan))
        }
        #expect(Contents(try store.plan(event)) == original)
    }
}
