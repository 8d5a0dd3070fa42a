/// Raw id → dense slot, as an array while ids are compact (row ids of one event), so looking up
/// 600,000 sign-ups costs an array read each instead of a hash.
struct SlotMap<Entity> {
    /// Covers raw ids base ..< base + table.count; ids far outside that go to `overflow`, so one
    /// stray id (a row of another event) never makes the table huge.
    private var base = 0
    private var table: [Int32] = []
    private var overflow: [Int: Int32] = [:]

    subscript(id: ID<Entity>) -> Int? {
        let r = id.raw - base
        if r >= 0 && r < table.count {
            let v = table[r]
            return v < 0 ? nil : Int(v)
        }
        return overflow[id.raw].map(Int.init)
    }

    func contains(_ id: ID<Entity>) -> Bool { self[id] != nil }

    mutating func set(_ id: ID<Entity>, _ slot: Int?) {
        if table.isEmpty && overflow.isEmpty { base = id.raw }
        let r = id.raw - base
        if r >= 0 && r < table.count {
            table[r] = slot.map(Int32.init) ?? -1
        } else if r == table.count {
            // The next id in a row, as every id of an event read from the store is: a plain
            // append (the general case below went through a generic sequence, 100,000 times).
            table.append(slot.map(Int32.init) ?? -1)
        } else if r >= 0 && r < max(1024, table.count * 2) {
            table.append(contentsOf: repeatElement(-1, count: r + 1 - table.count))
            table[r] = slot.map(Int32.init) ?? -1
        } else {
            overflow[id.raw] = slot.map(Int32.init)
        }
    }
}

struct Holder: Hashable {
    var person: Int32
    var role: RoleKind
}

/// A plan in dense arrays, indexed by slot. The rules read only this; the engine keeps it in step
/// with each edit. Removed sessions and people leave a nil slot so other slots never move.
struct PlanIndex {
    var event: Event
    var sites: [Site]
    var travelPairs: [TravelTime]
    var siteSlot: [ID<Site>: Int] = [:]
    var travel: [Int] = []

    var rooms: [Room] = []
    /// Deleted rooms keep their slot, marked here.
    var roomGone: [Bool] = []
    var roomSlot = SlotMap<Room>()
    var roomSite: [Int] = []
    var roomWindows: [[TimeWindow]] = []
    var roomFeatures: [Set<String>] = []
    var sessionsInRoom: [[Int32]] = []

    var sessions: [Session?] = []
    var sessionSlot = SlotMap<Session>()
    var start: [Int] = []
    var end: [Int] = []
    /// Has a start and end that make an interval the time rules can use.
    var timed: [Bool] = []
    var roomOf: [Int32] = []
    var plenary: [Bool] = []
    /// Per session, the codes each of its required features stands for (worked out once: the
    /// rule runs for every session in every full check).
    var needs: [[[String]]] = []
    var holders: [[Holder]] = []
    var signupCount: [Int] = []
    /// Per session, the attendees signed up (person slots); kept only when `editable`.
    var attendees: [[Int32]] = []
    var plenaries: Set<Int32> = []
    /// Meals, breaks and openings that are not plenaries (a plenary's overlaps are told as such).
    var heldTimes: Set<Int32> = []

    /// Whole records only when `editable` (to give the plan back); the rules need ids and windows.
    var people: [Person?] = []
    var personID: [ID<Person>?] = []
    var personSlot = SlotMap<Person>()
    var personWindows: [[TimeWindow]] = []
    var roleSessions: [[Int32]] = []
    /// nil for people who are not registered.
    var category: [String?] = []
    /// Per person, the sessions they signed up for; kept only when `editable`.
    var signups: [[Int32]] = []
    /// A one-shot check gathers all sign-ups into one flat table instead of per-person arrays:
    /// attendee k (person slot `flatPerson[k]`) chose `flatSessions[flatStart[k] ..< flatStart[k + 1]]`.
    var flatPerson: [Int32] = []
    var flatStart: [Int32] = [0]
    var flatSessions: [Int32] = []
    /// People who hold at least one role, in the order they first got one.
    var rolePeople: [Int32] = []
    /// Journeys, vehicles and runs (see `TransportRules.swift`).
    var transport = TransportState()
    /// Meals' table plans (see `Tables/`).
    var tables = TableState()
    /// Stays, room blocks and rooms (see `RoomingRules.swift`).
    var rooming = RoomingState()
    let editable: Bool

    /// `editable: false` builds only what one full check reads: a large event's 100,000
    /// per-attendee arrays and person records are the slowest part of building an index.
    init(_ plan: EventPlan, editable: Bool = true) {
        self.editable = editable
        event = plan.event
        sites = []
        travelPairs = []
        setSites(plan.sites, travel: plan.travel)
        for r in plan.rooms { addRoom(r) }
        sessions.reserveCapacity(plan.sessions.count)
        for s in plan.sessions { addSession(s) }
        if editable {
            people.reserveCapacity(plan.people.count)
            for p in plan.people { addPerson(p) }
        } else {
            // Only ids and windows: copying 100,000 whole person records costs more than the check.
            personID.reserveCapacity(plan.people.count)
            personWindows.reserveCapacity(plan.people.count)
            roleSessions.reserveCapacity(plan.people.count)
            for i in plan.people.indices {
                let id = plan.people[i].id
                personSlot.set(id, personID.count)
                personID.append(id)
                personWindows.append(plan.people[i].availability.isEmpty ? [] : merged(plan.people[i].availability))
                roleSessions.append([])
            }
        }
        for r in plan.roles { addRole(r) }
        guard editable else {
            flatPerson.reserveCapacity(plan.registrations.count)
            flatStart.reserveCapacity(plan.registrations.count + 1)
            flatSessions.reserveCapacity(plan.registrations.count * 6)
            for i in plan.registrations.indices {
                guard let p = personSlot[plan.registrations[i].person] else { continue }
                for id in plan.registrations[i].signups {
                    if let s = sessionSlot[id] {
                        signupCount[s] += 1
                        flatSessions.append(Int32(s))
                    }
                }
                flatPerson.append(Int32(p))
                flatStart.append(Int32(flatSessions.count))
            }
            loadTransport(plan)
            tables = TableState(plan)
            loadRooming(plan)
            return
        }
        for reg in plan.registrations {
            guard let p = personSlot[reg.person] else { continue }
            category[p] = reg.category
            var list: [Int32] = []
            list.reserveCapacity(reg.signups.count)
            for id in reg.signups {
                if let s = sessionSlot[id] {
                    list.append(Int32(s))
                    attendees[s].append(Int32(p))
                    signupCount[s] += 1
                }
            }
            signups[p] = list
        }
        loadTransport(plan)
        tables = TableState(plan)
        loadRooming(plan)
    }

    /// Site slots and the travel table; rooms point at their site's slot again.
    mutating func setSites(_ newSites: [Site], travel pairs: [TravelTime]) {
        sites = newSites
        travelPairs = pairs
        siteSlot = [:]
        for (i, s) in sites.enumerated() { siteSlot[s.id] = i }
        let n = sites.count
        travel = Array(repeating: event.defaultTravelMinutes, count: n * n)
        for i in 0..<n { travel[i * n + i] = 0 }
        for t in pairs {
            if let a = siteSlot[t.from], let b = siteSlot[t.to], a != b {
                travel[a * n + b] = t.minutes
                travel[b * n + a] = t.minutes
            }
        }
        for r in rooms.indices { roomSite[r] = siteSlot[rooms[r].site] ?? -1 }
    }

    func travelMinutes(_ a: Int, _ b: Int) -> Int {
        guard a >= 0, b >= 0 else { return event.defaultTravelMinutes }
        return travel[a * sites.count + b]
    }

    // MARK: rooms

    mutating func addRoom(_ r: Room) {
        roomSlot.set(r.id, rooms.count)
        rooms.append(r)
        roomGone.append(false)
        roomSite.append(siteSlot[r.site] ?? -1)
        roomWindows.append(merged(r.availability))
        roomFeatures.append(Set(r.features.flatMap(RoomFeature.codes(of:))))
        sessionsInRoom.append([])
    }

    mutating func updateRoom(_ r: Room, at slot: Int) {
        rooms[slot] = r
        roomSite[slot] = siteSlot[r.site] ?? -1
        roomWindows[slot] = merged(r.availability)
        roomFeatures[slot] = Set(r.features.flatMap(RoomFeature.codes(of:)))
    }

    /// The slot stays (sessions' room slots never move); the caller has moved its sessions out.
    mutating func removeRoom(at slot: Int) {
        roomSlot.set(rooms[slot].id, nil)
        roomGone[slot] = true
    }

    // MARK: sessions

    mutating func addSession(_ s: Session) {
        let slot = sessions.count
        sessionSlot.set(s.id, slot)
        sessions.append(nil)
        start.append(0)
        end.append(0)
        timed.append(false)
        roomOf.append(-1)
        plenary.append(false)
        needs.append([])
        holders.append([])
        attendees.append([])
        signupCount.append(0)
        setSession(s, at: slot)
    }

    /// Puts a session's values into its slot, moving it between room lists as needed.
    mutating func setSession(_ s: Session, at slot: Int) {
        let oldRoom = roomOf[slot]
        let newRoom = s.room.flatMap { roomSlot[$0] }.map(Int32.init) ?? -1
        if oldRoom != newRoom {
            if oldRoom >= 0 { sessionsInRoom[Int(oldRoom)].removeFirst(Int32(slot)) }
            if newRoom >= 0 { sessionsInRoom[Int(newRoom)].append(Int32(slot)) }
            roomOf[slot] = newRoom
        }
        sessions[slot] = s
        if let a = s.start, let b = s.end {
            start[slot] = a.minutes
            end[slot] = b.minutes
            timed[slot] = b.minutes > a.minutes && b.minutes - a.minutes <= 24 * 60
        } else {
            timed[slot] = false
        }
        plenary[slot] = s.isPlenary
        needs[slot] = s.requiredFeatures.isEmpty ? [] : s.requiredFeatures.map(RoomFeature.codes(of:))
        if s.isPlenary { plenaries.insert(Int32(slot)) } else { plenaries.remove(Int32(slot)) }
        if s.kind.holdsItsTime && !s.isPlenary { heldTimes.insert(Int32(slot)) } else { heldTimes.remove(Int32(slot)) }
    }

    /// Empties a slot; the caller has already detached roles and sign-ups.
    mutating func clearSession(at slot: Int) {
        if let id = sessions[slot]?.id { sessionSlot.set(id, nil) }
        if roomOf[slot] >= 0 { sessionsInRoom[Int(roomOf[slot])].removeFirst(Int32(slot)) }
        roomOf[slot] = -1
        sessions[slot] = nil
        timed[slot] = false
        plenary[slot] = false
        plenaries.remove(Int32(slot))
        heldTimes.remove(Int32(slot))
    }

    // MARK: people

    mutating func addPerson(_ p: Person) {
        personSlot.set(p.id, personID.count)
        personID.append(p.id)
        if editable { people.append(p) }
        personWindows.append(p.availability.isEmpty ? [] : merged(p.availability))
        roleSessions.append([])
        if editable {
            category.append(nil)
            signups.append([])
        }
    }

    /// Empties a person's slot; the caller has already removed their roles and sign-ups.
    mutating func removePerson(at slot: Int) {
        if let id = personID[slot] { personSlot.set(id, nil) }
        personID[slot] = nil
        if editable {
            people[slot] = nil
            category[slot] = nil
        }
    }

    mutating func updatePerson(_ p: Person, at slot: Int) {
        if editable { people[slot] = p }
        personWindows[slot] = merged(p.availability)
    }

    mutating func addRole(_ r: SessionRole) {
        guard let s = sessionSlot[r.session], let p = personSlot[r.person] else { return }
        let h = Holder(person: Int32(p), role: r.role)
        guard !holders[s].contains(h) else { return }
        holders[s].append(h)
        if roleSessions[p].isEmpty && !editable { rolePeople.append(Int32(p)) }
        if !roleSessions[p].contains(Int32(s)) { roleSessions[p].append(Int32(s)) }
    }

    mutating func removeRole(_ r: SessionRole) {
        guard let s = sessionSlot[r.session], let p = personSlot[r.person] else { return }
        holders[s].removeFirst(Holder(person: Int32(p), role: r.role))
        if !holders[s].contains(where: { $0.person == Int32(p) }) { roleSessions[p].removeFirst(Int32(s)) }
    }

    /// Slots of the people who hold a role now.
    var peopleWithRoles: [Int] { roleSessions.indices.filter { !roleSessions[$0].isEmpty } }

    // MARK: back to a plan

    var plan: EventPlan {
        var plan = EventPlan(event: event, sites: sites, travel: travelPairs,
                             rooms: rooms.indices.filter { !roomGone[$0] }.map { rooms[$0] })
        plan.sessions = sessions.compactMap { $0 }
        plan.people = people.compactMap { $0 }
        for (s, list) in holders.enumerated() {
            guard let session = sessions[s] else { continue }
            for h in list {
                plan.roles.append(SessionRole(session: session.id, person: people[Int(h.person)]!.id, role: h.role))
            }
        }
        for (p, cat) in category.enumerated() {
            guard let cat, let person = people[p] else { continue }
            plan.registrations.append(
                Registration(
                    person: person.id, category: cat,
                    signups: signups[p].map { sessions[Int($0)]!.id }))
        }
        plan.trips = transport.trips.keys.sorted().compactMap { transport.trips[$0] }
        plan.vehicles = transport.vehicles.keys.sorted().compactMap { transport.vehicles[$0] }
        plan.runs = transport.runs.keys.sorted().compactMap { transport.runs[$0] }
        plan.tablePlans = tables.plans.keys.sorted().compactMap { tables.plans[$0] }
        plan.stays = rooming.stays.keys.sorted().compactMap { rooming.stays[$0] }
        plan.roomBlocks = rooming.blocks.keys.sorted().compactMap { rooming.blocks[$0] }
        plan.roomAssignments = rooming.assignments.keys.sorted().compactMap { rooming.assignments[$0] }
        return plan
    }
}

/// Whether a room's feature codes cover one needed feature's codes (see `RoomFeature.codes`).
func covers(_ have: Set<String>, _ needed: [String]) -> Bool {
    needed.allSatisfy(have.contains)
}

/// Windows sorted and joined where they touch, so a session spanning two back-to-back windows fits.
func merged(_ windows: [TimeWindow]) -> [TimeWindow] {
    let sorted = windows.filter { $0.end > $0.start }.sorted { $0.start < $1.start }
    var out: [TimeWindow] = []
    for w in sorted {
        if let last = out.last, w.start <= last.end {
            out[out.count - 1].end = max(last.end, w.end)
        } else {
            out.append(w)
        }
    }
    return out
}

/// Whether [a, b) lies inside one of the merged windows (none = always).
func fits(_ a: Int, _ b: Int, in windows: [TimeWindow]) -> Bool {
    if windows.isEmpty { return true }
    for w in windows where w.start.minutes <= a && b <= w.end.minutes { return true }
    return false
}

extension Array where Element: Equatable {
    mutating func removeFirst(_ e: Element) {
        if let i = firstIndex(of: e) { remove(at: i) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (full-width spaces included). Inlinable:
    /// a workbook's reader trims every number cell, and the generic getter cost it a tenth.
    @inlinable
    public var trimmingSpaces: SubSequence {
        // Printable ASCII at both ends (a number, an address, nearly every cell): nothing to trim,
        // known without walking the text character by character.
        if let f = utf8.first, (0x21...0x7E).contains(f), let l = last?.asciiValue, (0x21...0x7E).contains(l) {
            return self[...]
        }
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
