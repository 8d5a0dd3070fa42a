/// A session with what belongs to it, so deleting it can be undone whole.
public struct SessionRecord: Hashable, Sendable {
    public var session: Session
    public var roles: [SessionRole]
    /// People signed up for it.
    public var attendees: [ID<Person>]
    /// A meal's tables and seats, which go with it.
    public var tables: TablePlan?
    public init(session: Session, roles: [SessionRole] = [], attendees: [ID<Person>] = [], tables: TablePlan? = nil) {
        self.session = session
        self.roles = roles
        self.attendees = attendees
        self.tables = tables
    }
}

public struct PersonRecord: Hashable, Sendable, Codable {
    public var person: Person
    public var roles: [SessionRole]
    public var registration: Registration?
    /// Their journey and the runs they ride in or escort. Carried when the person is added or
    /// deleted, so undoing a deletion gives them back; an update leaves them alone (a `.trip` or
    /// `.run` change edits them), so the many updates made without reading them lose nothing.
    public var trip: Trip?
    public var rides: [Ride]?
    public var escorts: [ID<Run>]?
    /// Their lodging and the rooms they were given, carried as the journey is.
    public var stay: Stay?
    public var lodgings: [RoomAssignment]?
    /// Guests who asked to share with them (合住人) or travel as their companion: named again
    /// when the deletion is undone.
    public var roommateOf: [ID<Person>]?
    public var principalOf: [ID<Person>]?
    /// Their seats at meals, carried and left alone the same way.
    public var banquetSeats: [MealSeat]?
    public init(person: Person, roles: [SessionRole] = [], registration: Registration? = nil, trip: Trip? = nil,
                rides: [Ride]? = nil, escorts: [ID<Run>]? = nil, stay: Stay? = nil,
                lodgings: [RoomAssignment]? = nil, roommateOf: [ID<Person>]? = nil,
                principalOf: [ID<Person>]? = nil, banquetSeats: [MealSeat]? = nil) {
        self.stay = stay
        self.lodgings = lodgings
        self.roommateOf = roommateOf
        self.principalOf = principalOf
        self.banquetSeats = banquetSeats
        self.person = person
        self.roles = roles
        self.registration = registration
        self.trip = trip
        self.rides = rides
        self.escorts = escorts
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
    /// A person's journey set, changed or cleared.
    case trip(before: Trip?, after: Trip?)
    case vehicle(before: VehicleRecord?, after: VehicleRecord?)
    case run(before: Run?, after: Run?)
    /// A person's lodging set, changed or cleared.
    case stay(before: Stay?, after: Stay?)
    case roomBlock(before: RoomBlockRecord?, after: RoomBlockRecord?)
    case roomAssignment(before: RoomAssignment?, after: RoomAssignment?)
    /// A meal's table plan laid out, changed (seats given, tables moved) or removed.
    case tablePlan(before: TablePlan?, after: TablePlan?)

    public var inverse: Change {
        switch self {
        case .session(let b, let a): return .session(before: a, after: b)
        case .person(let b, let a): return .person(before: a, after: b)
        case .room(let b, let a): return .room(before: a, after: b)
        case .role(let b, let a): return .role(before: a, after: b)
        case .site(let b, let a): return .site(before: a, after: b)
        case .trip(let b, let a): return .trip(before: a, after: b)
        case .vehicle(let b, let a): return .vehicle(before: a, after: b)
        case .run(let b, let a): return .run(before: a, after: b)
        case .stay(let b, let a): return .stay(before: a, after: b)
        case .roomBlock(let b, let a): return .roomBlock(before: a, after: b)
        case .roomAssignment(let b, let a): return .roomAssignment(before: a, after: b)
        case .tablePlan(let b, let a): return .tablePlan(before: a, after: b)
        }
    }
}

extension EventPlan {
    public func record(of id: ID<Session>) -> SessionRecord? {
        guard let s = sessions.first(where: { $0.id == id }) else { return nil }
        return SessionRecord(session: s, roles: roles.filter { $0.session == id },
                             attendees: registrations.filter { $0.signups.contains(id) }.map(\.person),
                             tables: tablePlan(of: id))
    }

    public func record(of id: ID<Person>) -> PersonRecord? {
        guard let p = people.first(where: { $0.id == id }) else { return nil }
        return PersonRecord(
            person: p, roles: roles.filter { $0.person == id }, registration: registrations.first { $0.person == id },
            trip: trips.first { $0.person == id },
            rides: runs.compactMap { r in r.passengers.firstIndex(of: id).map { Ride(run: r.id, position: $0) } },
            escorts: runs.filter { $0.escort == id }.map(\.id),
            stay: stays.first { $0.person == id }, lodgings: roomAssignments.filter { $0.person == id },
            roommateOf: stays.filter { $0.roommate == id }.map(\.person),
            principalOf: stays.filter { $0.principal == id }.map(\.person), banquetSeats: mealSeats(of: id))
    }

    public func record(of id: ID<RoomBlock>) -> RoomBlockRecord? {
        guard let b = roomBlocks.first(where: { $0.id == id }) else { return nil }
        return RoomBlockRecord(block: b, assignments: roomAssignments.filter { $0.block == id })
    }

    public func record(of id: ID<Vehicle>) -> VehicleRecord? {
        guard let v = vehicles.first(where: { $0.id == id }) else { return nil }
        return VehicleRecord(vehicle: v, runs: runs.filter { $0.vehicle == id }.map(\.id))
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
                if tablePlans.contains(where: { $0.meal == before.session.id }) {
                    tablePlans.removeAll { $0.meal == before.session.id }
                    edits.append(.setTablePlan(before.session.id, nil))
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
                if let tables = after.tables {
                    tablePlans.removeAll { $0.meal == tables.meal }
                    tablePlans.append(tables)
                    edits.append(.setTablePlan(tables.meal, tables))
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
                edits += forgetTransport(of: before.person.id)
                edits += forgetRooming(of: before.person.id)
                edits += forgetSeats(of: before.person.id)
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
                edits += restoreTransport(of: after)
                edits += restoreRooming(of: after)
                edits += restoreSeats(of: after)
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
                edits += forgetSite(before.id)
            } else if let after, before == nil { sites.append(after) }
            else if let after, let i = sites.firstIndex(where: { $0.id == after.id }) { sites[i] = after }
            edits.append(.setSites(sites, travel: travel))
        case .trip(let before, let after):
            if let before { trips.removeAll { $0.person == before.person } }
            if let after {
                trips.removeAll { $0.person == after.person }
                trips.append(after)
            }
            if let person = (after ?? before)?.person { edits.append(.setTrip(person: person, after)) }
        case .vehicle(let before, let after):
            if let before, after == nil {
                vehicles.removeAll { $0.id == before.vehicle.id }
                for i in runs.indices where runs[i].vehicle == before.vehicle.id {
                    runs[i].vehicle = nil
                    edits.append(.setRun(runs[i].id, runs[i]))
                }
                edits.append(.setVehicle(before.vehicle.id, nil))
            } else if let after {
                if let i = vehicles.firstIndex(where: { $0.id == after.vehicle.id }) {
                    vehicles[i] = after.vehicle
                } else {
                    vehicles.append(after.vehicle)
                }
                edits.append(.setVehicle(after.vehicle.id, after.vehicle))
                if before == nil {
                    for i in runs.indices where after.runs.contains(runs[i].id) {
                        runs[i].vehicle = after.vehicle.id
                        edits.append(.setRun(runs[i].id, runs[i]))
                    }
                }
            }
        case .run(let before, let after):
            if let before, after == nil {
                runs.removeAll { $0.id == before.id }
                edits.append(.setRun(before.id, nil))
            } else if let after {
                if let i = runs.firstIndex(where: { $0.id == after.id }) { runs[i] = after } else { runs.append(after) }
                edits.append(.setRun(after.id, after))
            }
        case .stay(let before, let after):
            if let before { stays.removeAll { $0.person == before.person } }
            if let after {
                stays.removeAll { $0.person == after.person }
                stays.append(after)
            }
            if let person = (after ?? before)?.person { edits.append(.setStay(person: person, after)) }
        case .roomBlock(let before, let after):
            if let before, after == nil {
                edits += removeRoomBlock(before.block.id)
            } else if let after {
                if let i = roomBlocks.firstIndex(where: { $0.id == after.block.id }) {
                    roomBlocks[i] = after.block
                } else {
                    roomBlocks.append(after.block)
                }
                edits.append(.setRoomBlock(after.block.id, after.block))
                if before == nil {
                    let held = Set(roomAssignments.map(\.id))
                    let present = Set(after.assignments.map(\.person)).filter { p in people.contains { $0.id == p } }
                    for a in after.assignments where !held.contains(a.id) && present.contains(a.person) {
                        roomAssignments.append(a)
                        edits.append(.setRoomAssignment(a.id, a))
                    }
                }
            }
        case .roomAssignment(let before, let after):
            if let before, after == nil {
                roomAssignments.removeAll { $0.id == before.id }
                edits.append(.setRoomAssignment(before.id, nil))
            } else if let after {
                if let i = roomAssignments.firstIndex(where: { $0.id == after.id }) {
                    roomAssignments[i] = after
                } else {
                    roomAssignments.append(after)
                }
                edits.append(.setRoomAssignment(after.id, after))
            }
        case .tablePlan(let before, let after):
            if let before, after == nil {
                tablePlans.removeAll { $0.meal == before.meal }
                edits.append(.setTablePlan(before.meal, nil))
            } else if let after {
                if let i = tablePlans.firstIndex(where: { $0.meal == after.meal }) {
                    tablePlans[i] = after
                } else {
                    tablePlans.append(after)
                }
                edits.append(.setTablePlan(after.meal, after))
            }
        }
        return edits
    }

    /// A block goes with the assignments to its rooms (the database deletes them with it).
    private mutating func removeRoomBlock(_ id: ID<RoomBlock>) -> [PlanEdit] {
        var edits: [PlanEdit] = []
        for a in roomAssignments where a.block == id { edits.append(.setRoomAssignment(a.id, nil)) }
        roomAssignments.removeAll { $0.block == id }
        roomBlocks.removeAll { $0.id == id }
        edits.append(.setRoomBlock(id, nil))
        return edits
    }

    /// A deleted person's stay and rooms go with them, and nobody asks to share with them or
    /// travels as their companion any longer (the database sets those to null).
    private mutating func forgetRooming(of person: ID<Person>) -> [PlanEdit] {
        var edits: [PlanEdit] = []
        if stays.contains(where: { $0.person == person }) {
            stays.removeAll { $0.person == person }
            edits.append(.setStay(person: person, nil))
        }
        for i in stays.indices where stays[i].roommate == person || stays[i].principal == person {
            if stays[i].roommate == person { stays[i].roommate = nil }
            if stays[i].principal == person { stays[i].principal = nil }
            edits.append(.setStay(person: stays[i].person, stays[i]))
        }
        for a in roomAssignments where a.person == person { edits.append(.setRoomAssignment(a.id, nil)) }
        roomAssignments.removeAll { $0.person == person }
        return edits
    }

    /// An undone deletion gives the person back their stay and rooms.
    private mutating func restoreRooming(of record: PersonRecord) -> [PlanEdit] {
        var edits: [PlanEdit] = []
        if let stay = record.stay {
            stays.removeAll { $0.person == stay.person }
            stays.append(stay)
            edits.append(.setStay(person: stay.person, stay))
        }
        let person = record.person.id
        let roommateOf = Set(record.roommateOf ?? []), principalOf = Set(record.principalOf ?? [])
        for i in stays.indices where roommateOf.contains(stays[i].person) || principalOf.contains(stays[i].person) {
            if roommateOf.contains(stays[i].person) { stays[i].roommate = person }
            if principalOf.contains(stays[i].person) { stays[i].principal = person }
            edits.append(.setStay(person: stays[i].person, stays[i]))
        }
        let blocks = Set(roomBlocks.map(\.id))
        let held = Set(roomAssignments.map(\.id))
        for a in record.lodgings ?? [] where blocks.contains(a.block) && !held.contains(a.id) {
            roomAssignments.append(a)
            edits.append(.setRoomAssignment(a.id, a))
        }
        return edits
    }

    /// A deleted person's journey goes with them, and they leave the runs they were in.
    private mutating func forgetTransport(of person: ID<Person>) -> [PlanEdit] {
        var edits: [PlanEdit] = []
        if trips.contains(where: { $0.person == person }) {
            trips.removeAll { $0.person == person }
            edits.append(.setTrip(person: person, nil))
        }
        for i in runs.indices where runs[i].passengers.contains(person) || runs[i].escort == person {
            runs[i].passengers.removeAll { $0 == person }
            if runs[i].escort == person { runs[i].escort = nil }
            edits.append(.setRun(runs[i].id, runs[i]))
        }
        return edits
    }

    /// An undone deletion puts the person back into their journey and runs.
    private mutating func restoreTransport(of record: PersonRecord) -> [PlanEdit] {
        var edits: [PlanEdit] = []
        let person = record.person.id
        if let trip = record.trip {
            trips.removeAll { $0.person == person }
            trips.append(trip)
            edits.append(.setTrip(person: person, trip))
        }
        let rides = Dictionary((record.rides ?? []).map { ($0.run, $0.position) }, uniquingKeysWith: { a, _ in a })
        let escorts = Set(record.escorts ?? [])
        for i in runs.indices where rides[runs[i].id] != nil || escorts.contains(runs[i].id) {
            if let at = rides[runs[i].id], !runs[i].passengers.contains(person) {
                runs[i].passengers.insert(person, at: min(max(0, at), runs[i].passengers.count))
            }
            if escorts.contains(runs[i].id) { runs[i].escort = person }
            edits.append(.setRun(runs[i].id, runs[i]))
        }
        return edits
    }

    /// A deleted site is no longer anyone's hub or stay, and runs to or from it go (the
    /// database deletes them with it).
    private mutating func forgetSite(_ site: ID<Site>) -> [PlanEdit] {
        var edits: [PlanEdit] = []
        for i in trips.indices {
            var t = trips[i]
            if t.arrival?.hub == site { t.arrival?.hub = nil }
            if t.departure?.hub == site { t.departure?.hub = nil }
            if t.stay == site { t.stay = nil }
            if t != trips[i] {
                trips[i] = t
                edits.append(.setTrip(person: t.person, t))
            }
        }
        for r in runs where r.from == site || r.to == site { edits.append(.setRun(r.id, nil)) }
        runs.removeAll { $0.from == site || $0.to == site }
        for b in roomBlocks where b.hotel == site { edits += removeRoomBlock(b.id) }
        return edits
    }
}
