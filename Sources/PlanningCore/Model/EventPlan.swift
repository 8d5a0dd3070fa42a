/// A whole event as one value: what the store loads, the engine checks and the files describe.
public struct EventPlan: Hashable, Sendable {
    public var event: Event
    public var sites: [Site]
    public var travel: [TravelTime]
    public var rooms: [Room]
    public var sessions: [Session]
    public var people: [Person]
    public var roles: [SessionRole]
    public var registrations: [Registration]
    /// Guests' journeys to and from the event (one per person at most), the cars and buses
    /// hired, and the runs they make (接送站).
    public var trips: [Trip]
    public var vehicles: [Vehicle]
    public var runs: [Run]
    /// Guests' lodging (one per person at most), the rooms hotels hold for the event, and who
    /// sleeps in which (分房).
    public var stays: [Stay] = []
    public var roomBlocks: [RoomBlock] = []
    public var roomAssignments: [RoomAssignment] = []
    /// Meals' banquet tables and seats (桌次、座次), one plan per meal session at most.
    public var tablePlans: [TablePlan]

    public init(event: Event, sites: [Site] = [], travel: [TravelTime] = [], rooms: [Room] = [],
                sessions: [Session] = [], people: [Person] = [], roles: [SessionRole] = [],
                registrations: [Registration] = [], trips: [Trip] = [], vehicles: [Vehicle] = [], runs: [Run] = [],
                stays: [Stay] = [], roomBlocks: [RoomBlock] = [], roomAssignments: [RoomAssignment] = [],
                tablePlans: [TablePlan] = []) {
        self.stays = stays
        self.roomBlocks = roomBlocks
        self.roomAssignments = roomAssignments
        self.tablePlans = tablePlans
        self.trips = trips
        self.vehicles = vehicles
        self.runs = runs
        self.event = event
        self.sites = sites
        self.travel = travel
        self.rooms = rooms
        self.sessions = sessions
        self.people = people
        self.roles = roles
        self.registrations = registrations
    }

    /// Travel minutes between two sites; 0 within one site.
    public func travelMinutes(_ a: ID<Site>, _ b: ID<Site>) -> Int {
        if a == b { return 0 }
        for t in travel where (t.from == a && t.to == b) || (t.from == b && t.to == a) { return t.minutes }
        return event.defaultTravelMinutes
    }

    public var signupCount: Int { registrations.reduce(0) { $0 + $1.signups.count } }
}

/// What is wrong with a plan's own structure (not a scheduling conflict: a broken reference or a
/// value no event can have). The loader refuses such plans; `doctor` explains them.
public struct PlanProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where, in event-file terms: `sessions[3].room`.
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}

extension EventPlan {
    /// Structural invariants every stored plan keeps.
    public func structuralProblems() -> [PlanProblem] {
        var problems: [PlanProblem] = []
        func need(_ ok: Bool, _ path: String, _ message: String) {
            if !ok { problems.append(PlanProblem(path: path, message: message)) }
        }
        need(!event.name.isEmpty, "event.name", "is empty")
        need(event.firstDay <= event.lastDay, "event.lastDay", "\(event.lastDay) is before firstDay \(event.firstDay)")
        need(
            event.lastDay.dayNumber - event.firstDay.dayNumber < 366, "event.lastDay",
            "the event lasts more than a year")
        need((0...12).contains(event.dayChangeHour), "event.dayChangeHour", "must be between 0 and 12")
        need(event.defaultTravelMinutes >= 0, "event.defaultTravelMinutes", "must not be negative")

        var siteIDs = SlotMap<Site>(), roomIDs = SlotMap<Room>(), sessionIDs = SlotMap<Session>(),
            personIDs = SlotMap<Person>()
        for (i, x) in sites.enumerated() { siteIDs.set(x.id, i) }
        for (i, x) in rooms.enumerated() { roomIDs.set(x.id, i) }
        for (i, x) in sessions.enumerated() { sessionIDs.set(x.id, i) }
        for (i, x) in people.enumerated() { personIDs.set(x.id, i) }
        uniqueKeys(sites, "sites", &problems)
        uniqueKeys(rooms, "rooms", &problems)
        uniqueKeys(sessions, "sessions", &problems)
        uniqueKeys(people, "people", &problems)
        for (i, t) in travel.enumerated() {
            need(siteIDs.contains(t.from) && siteIDs.contains(t.to), "travel[\(i)]", "names a site that does not exist")
            need(t.minutes >= 0, "travel[\(i)].minutes", "must not be negative")
        }
        for (i, r) in rooms.enumerated() {
            need(siteIDs.contains(r.site), "rooms[\(i)].site", "names a site that does not exist")
            need(r.capacity >= 0, "rooms[\(i)].capacity", "must not be negative")
            need(!r.name.isEmpty, "rooms[\(i)].name", "is empty")
            for (j, w) in r.availability.enumerated() {
                need(w.end > w.start, "rooms[\(i)].availability[\(j)]", "ends before it starts")
            }
        }
        for (i, s) in sessions.enumerated() {
            need(!s.title.isEmpty, "sessions[\(i)].title", "is empty")
            if let room = s.room {
                need(roomIDs.contains(room), "sessions[\(i)].room", "names a room that does not exist")
            }
            need(
                (s.start == nil) == (s.end == nil), "sessions[\(i)]",
                "has a start without an end or an end without a start")
            if let limit = s.capacityLimit { need(limit >= 0, "sessions[\(i)].capacityLimit", "must not be negative") }
        }
        for (i, p) in people.enumerated() {
            need(!p.name.isEmpty, "people[\(i)].name", "is empty")
            need(p.vipLevel >= 0, "people[\(i)].vip", "must not be negative")
            for (j, w) in p.availability.enumerated() {
                need(w.end > w.start, "people[\(i)].availability[\(j)]", "ends before it starts")
            }
        }
        var seenRoles = Set<SessionRole>()
        for (i, r) in roles.enumerated() {
            need(sessionIDs.contains(r.session), "roles[\(i)].session", "names a session that does not exist")
            need(personIDs.contains(r.person), "roles[\(i)].person", "names a person who does not exist")
            need(seenRoles.insert(r).inserted, "roles[\(i)]", "repeats an earlier role")
        }
        var registered = SlotMap<Person>()
        for (i, r) in registrations.enumerated() {
            need(personIDs.contains(r.person), "registrations[\(i)].person", "names a person who does not exist")
            need(!registered.contains(r.person), "registrations[\(i)].person", "is registered twice")
            registered.set(r.person, i)
            for (j, s) in r.signups.enumerated() {
                need(sessionIDs.contains(s), "registrations[\(i)].signups[\(j)]", "names a session that does not exist")
                // A handful of choices each: a scan is cheaper than a set per attendee.
                need(!r.signups[..<j].contains(s), "registrations[\(i)].signups[\(j)]", "repeats an earlier sign-up")
            }
        }
        transportProblems(siteIDs: siteIDs, sessionIDs: sessionIDs, personIDs: personIDs, &problems)
        roomingProblems(siteIDs: siteIDs, personIDs: personIDs, &problems)
        tableProblems(sessionIDs: sessionIDs, personIDs: personIDs, &problems)
        return problems
    }

    private func transportProblems(siteIDs: SlotMap<Site>, sessionIDs: SlotMap<Session>, personIDs: SlotMap<Person>,
                                   _ problems: inout [PlanProblem]) {
        func need(_ ok: Bool, _ path: String, _ message: String) {
            if !ok { problems.append(PlanProblem(path: path, message: message)) }
        }
        var travelling = SlotMap<Person>()
        for (i, t) in trips.enumerated() {
            need(personIDs.contains(t.person), "trips[\(i)].person", "names a person who does not exist")
            need(!travelling.contains(t.person), "trips[\(i)].person", "has a second trip")
            travelling.set(t.person, i)
            need(t.companions >= 0, "trips[\(i)].companions", "must not be negative")
            if let stay = t.stay {
                need(siteIDs.contains(stay), "trips[\(i)].stay", "names a site that does not exist")
            }
            for (name, leg) in [("arrival", t.arrival), ("departure", t.departure)] {
                if let hub = leg?.hub {
                    need(siteIDs.contains(hub), "trips[\(i)].\(name).hub", "names a site that does not exist")
                }
            }
        }
        uniqueKeys(vehicles, "vehicles", &problems)
        var vehicleIDs = SlotMap<Vehicle>()
        for (i, v) in vehicles.enumerated() {
            vehicleIDs.set(v.id, i)
            need(!v.plate.isEmpty, "vehicles[\(i)].plate", "is empty")
            need(v.seats > 0, "vehicles[\(i)].seats", "must be at least 1")
            for (j, w) in v.availability.enumerated() {
                need(w.end > w.start, "vehicles[\(i)].availability[\(j)]", "ends before it starts")
            }
        }
        uniqueKeys(runs, "runs", &problems)
        for (i, r) in runs.enumerated() {
            if let v = r.vehicle {
                need(vehicleIDs.contains(v), "runs[\(i)].vehicle", "names a vehicle that does not exist")
            }
            need(siteIDs.contains(r.from), "runs[\(i)].from", "names a site that does not exist")
            need(siteIDs.contains(r.to), "runs[\(i)].to", "names a site that does not exist")
            if let e = r.escort {
                need(personIDs.contains(e), "runs[\(i)].escort", "names a person who does not exist")
            }
            if let s = r.session {
                need(sessionIDs.contains(s), "runs[\(i)].session", "names a session that does not exist")
            }
            for (j, p) in r.passengers.enumerated() {
                need(personIDs.contains(p), "runs[\(i)].passengers[\(j)]", "names a person who does not exist")
                need(!r.passengers[..<j].contains(p), "runs[\(i)].passengers[\(j)]", "repeats an earlier passenger")
            }
        }
    }
}

func uniqueKeys<T: Keyed>(_ items: [T], _ name: String, _ problems: inout [PlanProblem]) {
    var keys = Set<String>(), uids = Set<String>()
    for (i, item) in items.enumerated() {
        if item.key.isEmpty {
            problems.append(PlanProblem(path: "\(name)[\(i)].id", message: "is empty"))
        } else if !keys.insert(item.key).inserted {
            problems.append(PlanProblem(path: "\(name)[\(i)].id", message: "\"\(item.key)\" is used twice"))
        }
        if !uids.insert(item.uid).inserted {
            problems.append(PlanProblem(path: "\(name)[\(i)].uuid", message: "\"\(item.uid)\" is used twice"))
        }
    }
}
