/// A session with what belongs to it, so deleting it can be undone whole.
public struct SessionRecord: Hashable, Sendable {
    public var session: Session
    public var roles: [SessionRole]
    /// People signed up for it.
    public var attendees: [ID<Person>]
    public init(session: Session, roles: [SessionRole] = [], attendees: [ID<Person>] = []) {
        self.session = session
        self.roles = roles
        self.attendees = attendees
    }
}

public struct PersonRecord: Hashable, Sendable, Codable {
    public var person: Person
    public var roles: [SessionRole]
    public var registration: Registration?
    public init(person: Person, roles: [SessionRole] = [], registration: Registration? = nil) {
        self.person = person
        self.roles = roles
        self.registration = registration
    }
}

public struct RoomRecord: Hashable, Sendable {
    public var room: Room
    /// Sessions held in it, which lose their room when it is deleted.
    public var sessions: [ID<Session>]
    public init(room: Room, sessions: [ID<Session>] = []) {
        self.room = room
        self.sessions = sessions
    }
}

/// One undoable change to an event: an entity's image before and after (nil = absent).
/// Insert is (nil, x), delete is (x, nil), update is (x, y). Updates change the entity's own
/// fields; a person's update also replaces their registration.
public enum Change: Hashable, Sendable {
    case session(before: SessionRecord?, after: SessionRecord?)
    case person(before: PersonRecord?, after: PersonRecord?)
    case room(before: RoomRecord?, after: RoomRecord?)
    case role(before: SessionRole?, after: SessionRole?)
    case site(before: Site?, after: Site?)

    public var inverse: Change {
        switch self {
        case .session(let b, let a): return .session(before: a, after: b)
        case .person(let b, let a): return .person(before: a, after: b)
        case .room(let b, let a): return .room(before: a, after: b)
        case .role(let b, let a): return .role(before: a, after: b)
        case .site(let b, let a): return .site(before: a, after: b)
        }
    }
}

extension EventPlan {
    public func record(of id: ID<Session>) -> SessionRecord? {
        guard let s = sessions.first(where: { $0.id == id }) else { return nil }
        return SessionRecord(session: s, roles: roles.filter { $0.session == id },
                             attendees: registrations.filter { $0.signups.contains(id) }.map(\.person))
    }

    public func record(of id: ID<Person>) -> PersonRecord? {
        guard let p = people.first(where: { $0.id == id }) else { return nil }
        return PersonRecord(
            person: p, roles: roles.filter { $0.person == id }, registration: registrations.first { $0.person == id })
    }

    /// Every person's record at once, for looking up many (`record(of:)` walks the plan each time).
    public func personRecords() -> [ID<Person>: PersonRecord] {
        let roles = Dictionary(grouping: self.roles, by: \.person)
        let registrations = Dictionary(registrations.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [ID<Person>: PersonRecord] = [:]
        for p in people where out[p.id] == nil {
            out[p.id] = PersonRecord(person: p, roles: roles[p.id] ?? [], registration: registrations[p.id])
        }
        return out
    }

    public func record(of id: ID<Room>) -> RoomRecord? {
        guard let r = rooms.first(where: { $0.id == id }) else { return nil }
        return RoomRecord(room: r, sessions: sessions.filter { $0.room == id }.map(\.id))
    }

    /// Applies a change (already given its final ids by the store) and returns the edits that
    /// tell the conflict engine what moved.
    @discardableResult
    public mutating func apply(_ change: Change) -> [PlanEdit] {
        var edits: [PlanEdit] = []
        switch change {
        case .session(let before, let after):
            if let before, after == nil {
                for r in roles where r.session == before.session.id { edits.append(.removeRole(r)) }
                roles.removeAll { $0.session == before.session.id }
                for i in registrations.indices where registrations[i].signups.contains(before.session.id) {
                    edits.append(.removeSignup(person: registrations[i].person, session: before.session.id))
                    registrations[i].signups.removeAll { $0 == before.session.id }
                }
                sessions.removeAll { $0.id == before.session.id }
                edits.append(.removeSession(before.session.id))
            } else if let after, before == nil {
                sessions.append(after.session)
                edits.append(.addSession(after.session))
                for r in after.roles where !roles.contains(r) {
                    roles.append(r)
                    edits.append(.addRole(r))
                }
                for p in after.attendees {
                    if let i = registrations.firstIndex(where: { $0.person == p }) {
                        if !registrations[i].signups.contains(after.session.id) {
                            registrations[i].signups.append(after.session.id)
                        }
                    } else {
                        registrations.append(Registration(person: p, signups: [after.session.id]))
                    }
                    edits.append(.addSignup(person: p, session: after.session.id))
                }
            } else if let after, let i = sessions.firstIndex(where: { $0.id == after.session.id }) {
                sessions[i] = after.session
                edits.append(.updateSession(after.session))
            }
        case .person(let before, let after):
            if let before, after == nil {
                for r in roles where r.person == before.person.id { edits.append(.removeRole(r)) }
                roles.removeAll { $0.person == before.person.id }
                if let reg = registrations.first(where: { $0.person == before.person.id }) {
                    for s in reg.signups { edits.append(.removeSignup(person: reg.person, session: s)) }
                }
                registrations.removeAll { $0.person == before.person.id }
                people.removeAll { $0.id == before.person.id }
                edits.append(.removePerson(before.person.id))
            } else if let after, before == nil {
                people.append(after.person)
                edits.append(.addPerson(after.person))
                for r in after.roles where !roles.contains(r) {
                    roles.append(r)
                    edits.append(.addRole(r))
                }
                if let reg = after.registration {
                    registrations.append(reg)
                    edits.append(.setCategory(person: reg.person, category: reg.category))
                    for s in reg.signups { edits.append(.addSignup(person: reg.person, session: s)) }
                }
            } else if let after, let i = people.firstIndex(where: { $0.id == after.person.id }) {
                people[i] = after.person
                edits.append(.updatePerson(after.person))
                let old = registrations.first { $0.person == after.person.id }
                for s in old?.signups ?? [] where !(after.registration?.signups.contains(s) ?? false) {
                    edits.append(.removeSignup(person: after.person.id, session: s))
                }
                for s in after.registration?.signups ?? [] where !(old?.signups.contains(s) ?? false) {
                    edits.append(.addSignup(person: after.person.id, session: s))
                }
                registrations.removeAll { $0.person == after.person.id }
                if let reg = after.registration { registrations.append(reg) }
                // A registration that comes or goes changes the category from or to nil too.
                if old?.category != after.registration?.category {
                    // After the sign-ups were removed, so an unregistered person has none left.
                    edits.append(.setCategory(person: after.person.id, category: after.registration?.category))
                }
            }
        case .room(let before, let after):
            if let before, after == nil {
                for i in sessions.indices where sessions[i].room == before.room.id {
                    sessions[i].room = nil
                    edits.append(.updateSession(sessions[i]))
                }
                rooms.removeAll { $0.id == before.room.id }
                edits.append(.removeRoom(before.room.id))
            } else if let after, before == nil {
                rooms.append(after.room)
                edits.append(.addRoom(after.room))
                for i in sessions.indices where after.sessions.contains(sessions[i].id) {
                    sessions[i].room = after.room.id
                    edits.append(.updateSession(sessions[i]))
                }
            } else if let after, let i = rooms.firstIndex(where: { $0.id == after.room.id }) {
                rooms[i] = after.room
                edits.append(.updateRoom(after.room))
            }
        case .role(let before, let after):
            if let before {
                roles.removeAll { $0 == before }
                edits.append(.removeRole(before))
            }
            if let after, !roles.contains(after) {
                roles.append(after)
                edits.append(.addRole(after))
            }
        case .site(let before, let after):
            if let before, after == nil {
                sites.removeAll { $0.id == before.id }
                travel.removeAll { $0.from == before.id || $0.to == before.id }
            } else if let after, before == nil { sites.append(after) }
            else if let after, let i = sites.firstIndex(where: { $0.id == after.id }) { sites[i] = after }
            edits.append(.setSites(sites, travel: travel))
        }
        return edits
    }
}
