/// What a run is for: fetching arrivals from a hub (接站), taking guests to one (送站), or a
/// session's transfer (a site visit's bus).
public enum RunKind: String, CaseIterable, Sendable, Codable {
    case pickup, dropoff, visit
}

/// One trip of one vehicle (一趟): from a site at a time to another, with its passengers and
/// the staff member who goes with them (陪同).
public struct Run: Hashable, Sendable, Keyed {
    public var id: ID<Run>
    public var key: String
    public var uid: String
    public var kind: RunKind
    /// nil while no vehicle is given to it yet.
    public var vehicle: ID<Vehicle>?
    public var from: ID<Site>
    public var to: ID<Site>
    public var depart: LocalDateTime
    public var passengers: [ID<Person>]
    public var escort: ID<Person>?
    /// The session a visit's bus serves.
    public var session: ID<Session>?
    public var notes: String

    public init(id: ID<Run>, key: String, uid: String, kind: RunKind, vehicle: ID<Vehicle>? = nil,
                from: ID<Site>, to: ID<Site>, depart: LocalDateTime, passengers: [ID<Person>] = [],
                escort: ID<Person>? = nil, session: ID<Session>? = nil, notes: String = "") {
        self.id = id
        self.key = key
        self.uid = uid
        self.kind = kind
        self.vehicle = vehicle
        self.from = from
        self.to = to
        self.depart = depart
        self.passengers = passengers
        self.escort = escort
        self.session = session
        self.notes = notes
    }
}

/// A seat a person had in a run, kept with their deletion so an undo puts them back in place.
public struct Ride: Hashable, Sendable, Codable {
    public var run: ID<Run>
    /// Their place among the run's passengers.
    public var position: Int
    public init(run: ID<Run>, position: Int) {
        self.run = run
        self.position = position
    }
}

/// A vehicle deleted with the runs it was given to, so undoing the deletion gives them back.
public struct VehicleRecord: Hashable, Sendable {
    public var vehicle: Vehicle
    public var runs: [ID<Run>]
    public init(vehicle: Vehicle, runs: [ID<Run>] = []) {
        self.vehicle = vehicle
        self.runs = runs
    }
}

extension EventPlan {
    /// When a run reaches its destination.
    public func arrival(of run: Run) -> LocalDateTime {
        run.depart.adding(minutes: travelMinutes(run.from, run.to))
    }

    /// The time a run keeps its vehicle: from leaving until it is back where it left from.
    public func occupancy(of run: Run) -> TimeWindow {
        TimeWindow(start: run.depart, end: run.depart.adding(minutes: 2 * travelMinutes(run.from, run.to)))
    }

    /// Seats a run's passengers take, their companions counted.
    public func seatsTaken(by run: Run, trips: [ID<Person>: Trip]) -> Int {
        run.passengers.reduce(0) { $0 + (trips[$1]?.seats ?? 1) }
    }

    /// Where guests stay when their trip names no site: the site whose name says it is a hotel
    /// (酒店, 宾馆, 饭店, 招待所, hotel), else the site most sessions are held at, else the first.
    public var baseSite: ID<Site>? {
        let hotelWords = ["酒店", "宾馆", "饭店", "招待所", "hotel", "Hotel", "HOTEL"]
        if let hotel = sites.first(where: { s in hotelWords.contains { s.name.contains($0) } }) { return hotel.id }
        var count: [ID<Site>: Int] = [:]
        let siteOfRoom = Dictionary(rooms.map { ($0.id, $0.site) }, uniquingKeysWith: { a, _ in a })
        for s in sessions { if let r = s.room, let site = siteOfRoom[r] { count[site, default: 0] += 1 } }
        if let best = count.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { return best.key }
        return sites.first?.id
    }

    /// Where a guest is taken on arrival and fetched from to leave.
    public func staySite(of trip: Trip) -> ID<Site>? { trip.stay ?? baseSite }
}
