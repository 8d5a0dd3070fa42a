import PlanningCore

/// Single rows as they are in the database now: what a change is checked against before it
/// overwrites anything (someone else may have saved since the row was read).
extension Store {
    static let sessionColumns = """
        id, key, uid, title, kind, track, room_id, start, end, languages, required_features,
        capacity_limit, plenary, status, notes, fixed, seating
        """

    /// A row selected with `sessionColumns`, as a session.
    func session(from s: Statement) -> Session {
        Session(
            id: ID(s.int(0)), key: s.text(1), uid: s.text(2), title: s.text(3),
            kind: SessionKind(rawValue: s.text(4)) ?? .other,
            track: s.text(5), room: s.optionalInt(6).map(ID.init),
            start: s.optionalText(7).flatMap { LocalDateTime(iso: $0) },
            end: s.optionalText(8).flatMap { LocalDateTime(iso: $0) }, languages: ListColumn.decode(s.text(9)),
            requiredFeatures: ListColumn.decode(s.text(10)), capacityLimit: s.optionalInt(11),
            isPlenary: s.int(12) != 0,
            isFixed: s.int(15) != 0, status: SessionStatus(rawValue: s.text(13)) ?? .draft, notes: s.text(14),
            seating: s.optionalText(16).flatMap(SeatingColumn.decode))
    }

    func readSessions(_ event: ID<Event>) throws -> [Session] {
        let s = try db.prepared("SELECT \(Store.sessionColumns) FROM sessions WHERE event_id = ? ORDER BY id").bind([
            event.raw
        ])
        var out: [Session] = []
        while try s.step() { out.append(session(from: s)) }
        return out
    }

    /// An event's sessions alone: what an attendee list is matched against, without reading
    /// 100,000 attendees for it.
    public func sessions(_ event: ID<Event>) throws -> [Session] { try translate { try readSessions(event) } }

    func currentSession(_ id: ID<Session>) throws -> Session? {
        let s = try db.prepared("SELECT \(Store.sessionColumns) FROM sessions WHERE id = ?").bind([id.raw])
        defer { s.reset() }
        return try s.step() ? session(from: s) : nil
    }

    /// The last two say whether and how the person is registered to attend (NULL: not).
    static let personColumns = """
        id, key, uid, name, organisation, title, phone, email, org_type, vip_level, availability, province, city,
        gender, notes, category, registration_order, language, badge, diet, diet_note
        """
    static let personCategoryColumn = 15, personRegistrationOrderColumn = 16

    func person(from s: Statement) -> Person {
        Person(
            id: ID(s.int(0)), key: s.text(1), uid: s.uid(2), name: s.text(3), organisation: s.text(4), title: s.text(5),
            phone: s.text(6), email: s.text(7), orgType: OrgType(rawValue: s.text(8)) ?? .other, vipLevel: s.int(9),
            availability: ListColumn.decodeWindows(s.text(10)), province: s.text(11), city: s.text(12),
            gender: s.text(13),
            notes: s.text(14), language: s.optionalText(17), badge: s.optionalInt(18),
            diet: s.optionalText(19).map { DietaryNeed(DietKind(rawValue: $0) ?? .other, text: s.text(20)) })
    }

    static let roomColumns = "id, key, uid, site_id, name, capacity, features, availability, notes"

    func room(from s: Statement) -> Room {
        Room(
            id: ID(s.int(0)), key: s.text(1), uid: s.text(2), site: ID(s.int(3)), name: s.text(4), capacity: s.int(5),
            features: ListColumn.decode(s.text(6)), availability: ListColumn.decodeWindows(s.text(7)), notes: s.text(8))
    }

    func currentPerson(_ id: ID<Person>) throws -> (person: Person, registration: Registration?)? {
        let s = try db.prepared("SELECT \(Store.personColumns) FROM people WHERE id = ?").bind([id.raw])
        guard try s.step() else { s.reset(); return nil }
        let p = person(from: s)
        let category = s.optionalText(Store.personCategoryColumn)
        s.reset()
        guard let category else { return (p, nil) }
        var reg = Registration(person: id, category: category)
        let su = try db.prepared("SELECT session_id FROM signups WHERE person_id = ? ORDER BY position, session_id")
            .bind([id.raw])
        while try su.step() { reg.signups.append(ID(su.int(0))) }
        return (p, reg)
    }

    func currentRoom(_ id: ID<Room>) throws -> Room? {
        let s = try db.prepared("SELECT \(Store.roomColumns) FROM rooms WHERE id = ?").bind([id.raw])
        defer { s.reset() }
        return try s.step() ? room(from: s) : nil
    }

    func currentSite(_ id: ID<Site>) throws -> Site? {
        let s = try db.prepared("SELECT id, key, uid, name, address FROM sites WHERE id = ?").bind([id.raw])
        defer { s.reset() }
        guard try s.step() else { return nil }
        return Site(id: ID(s.int(0)), key: s.text(1), uid: s.text(2), name: s.text(3), address: s.text(4))
    }

    /// Throws `editConflict` when the row a change replaces or deletes is no longer as the
    /// change remembers it. Sign-ups are compared as sets: their order is the attendee's.
    func checkUnchanged(_ change: Change) throws {
        switch change {
        case .session(let before?, let after):
            let now = try currentSession(before.session.id)
            guard now == before.session else {
                throw StoreError.editConflict(
                    theirs: .session(
                        before: after,
                        after: now.map {
                            var r = before; r.session = $0; return r
                        }))
            }
        case .person(let before?, let after):
            let now = try currentPerson(before.person.id)
            let same =
                now.map { $0.person == before.person && sameRegistration($0.registration, before.registration) }
                ?? false
            guard same else {
                throw StoreError.editConflict(
                    theirs: .person(
                        before: after,
                        after: now.map {
                            var r = before
                            r.person = $0.person
                            r.registration = $0.registration
                            return r
                        }))
            }
        case .room(let before?, let after):
            let now = try currentRoom(before.room.id)
            guard now == before.room else {
                throw StoreError.editConflict(
                    theirs: .room(
                        before: after,
                        after: now.map {
                            var r = before; r.room = $0; return r
                        }))
            }
        case .site(let before?, let after):
            let now = try currentSite(before.id)
            guard now == before else { throw StoreError.editConflict(theirs: .site(before: after, after: now)) }
        case .trip(let before, let after):
            guard let person = (before ?? after)?.person else { break }
            let now = try currentTrip(person)
            guard now == before else { throw StoreError.editConflict(theirs: .trip(before: after, after: now)) }
        case .vehicle(let before?, let after):
            let now = try currentVehicle(before.vehicle.id)
            guard now == before.vehicle else {
                throw StoreError.editConflict(
                    theirs: .vehicle(before: after, after: now.map { VehicleRecord(vehicle: $0, runs: before.runs) }))
            }
        case .run(let before?, let after):
            let now = try currentRun(before.id)
            guard now == before else { throw StoreError.editConflict(theirs: .run(before: after, after: now)) }
        case .stay(let before, let after):
            guard let person = (before ?? after)?.person else { break }
            let now = try currentStay(person)
            guard now == before else { throw StoreError.editConflict(theirs: .stay(before: after, after: now)) }
        case .roomBlock(let before?, let after):
            let now = try currentRoomBlock(before.block.id)
            guard now == before.block else {
                throw StoreError.editConflict(theirs: .roomBlock(
                    before: after, after: now.map { RoomBlockRecord(block: $0, assignments: before.assignments) }))
            }
        case .roomAssignment(let before?, let after):
            let now = try currentRoomAssignment(before.id)
            guard now == before else {
                throw StoreError.editConflict(theirs: .roomAssignment(before: after, after: now))
            }
        case .tablePlan(let before, let after):
            guard let meal = (before ?? after)?.meal else { break }
            let now = try currentTablePlan(meal)
            guard now == before else { throw StoreError.editConflict(theirs: .tablePlan(before: after, after: now)) }
        default:
            break
        }
    }

    private func sameRegistration(_ a: Registration?, _ b: Registration?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.category == b.category && Set(a.signups) == Set(b.signups)
    }
}
