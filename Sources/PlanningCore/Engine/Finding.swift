public enum Severity: String, CaseIterable, Comparable, Sendable {
    case error, warning, info

    var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    /// Errors sort first.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// The stable codes scripts and acknowledgements rely on. Never rename one.
public enum FindingCode: String, CaseIterable, Sendable {
    case roomOverlap = "room-overlap"
    case personOverlap = "person-overlap"
    case travelTime = "travel-time"
    case roomUnavailable = "room-unavailable"
    case personUnavailable = "person-unavailable"
    case outsideEvent = "outside-event"
    case overCapacity = "over-capacity"
    case attendeeClash = "attendee-clash"
    case missingFeature = "missing-feature"
    case parallelToPlenary = "parallel-to-plenary"
    case duringHeldTime = "during-held-time"
    case invalidTime = "invalid-time"
    case unplaced
    case missingRole = "missing-role"
    /// A start or end on a local time the clocks skip (02:15 when they go from 02:00 to 03:00).
    case nonexistentTime = "nonexistent-time"
    /// A start or end on a local time that happens twice (the clocks go back).
    case ambiguousTime = "ambiguous-time"
    /// Someone who cannot be there when their first role starts (error) or their first signed-up
    /// session does (warning): the finding carries its own severity.
    case lateArrival = "late-arrival"
    case earlyDeparture = "early-departure"
    case runOverSeats = "run-over-seats"
    /// One vehicle, or one driver across vehicles, in two runs at once.
    case vehicleDoubleBooked = "vehicle-double-booked"
    case runBeforeArrival = "run-before-arrival"
    case longWait = "long-wait"
    case noTransport = "no-transport"
    /// A passenger in a run that leaves from (or goes to) another station than their own.
    case wrongHub = "wrong-hub"
    case visitShortOfSeats = "visit-short-of-seats"
    /// A run outside the hours the car company gives its vehicle.
    case vehicleUnavailable = "vehicle-unavailable"
    /// One staff member escorting two runs they cannot both go with.
    case escortDoubleBooked = "escort-double-booked"
    /// A run still carrying someone no longer registered and holding no role.
    case passengerNotComing = "passenger-not-coming"
    /// A pickup or drop-off with passengers and no vehicle (none given, or the one given deleted).
    case runWithoutVehicle = "run-without-vehicle"
    /// A pickup or drop-off with nobody in it: a driver sent out for no one.
    case emptyRun = "empty-run"
    /// Banquet tables: more people at a table than its seats; one person at two tables of a
    /// meal; a halal guest at a table that is not halal.
    case tableOverSeats = "table-over-seats"
    case seatedTwice = "seated-twice"
    case halalAtPlainTable = "halal-at-plain-table"
    /// A VIP at a table ranked below one where a less senior guest sits.
    case vipBelowJunior = "vip-below-junior"
    case noInterpreterAtTable = "no-interpreter-at-table"
    /// A guest of the meal with no seat, and someone seated who is not one.
    case unseatedGuest = "unseated-guest"
    case seatedNotSignedUp = "seated-not-signed-up"
    /// People seated at a table with no host representative (主人) among them.
    case tableWithoutHost = "table-without-host"
    /// An arrival or departure more than `journeyDaysAroundEvent` days from the event's days.
    case tripOutsideEvent = "trip-outside-event"
    /// A room block with more rooms given than held on a night, or a room with more guests than beds.
    case roomsOverbooked = "rooms-overbooked"
    /// A room shared by guests of two genders.
    case mixedGenderRoom = "mixed-gender-room"
    /// A guest in a numbered room on a night the hotel does not hold it (it checks out earlier).
    case roomNotHeld = "room-not-held"
    case guestInTwoRooms = "guest-in-two-rooms"
    /// Nights of a guest's stay with no room.
    case nightsUncovered = "nights-uncovered"
    /// A room held for nights outside a guest's stay (they now come later or leave earlier): the
    /// hotel bills them.
    case roomBeyondStay = "room-beyond-stay"
    /// A room of a lower grade than the guest's VIP level is due (a suite, a room of one's own).
    case roomBelowLevel = "room-below-level"
    case roommateNotHonoured = "roommate-not-honoured"
    /// A hotel too far from the venue of a guest's first role to be there in time.
    case hotelTooFar = "hotel-too-far"
    /// A guest who no longer comes (不住, or neither registered nor holding a role) still holds a room.
    case cancelledHoldsRoom = "cancelled-holds-room"
    /// A companion (随行) sleeping at another hotel than the principal they travel with.
    case companionApart = "companion-apart"

    /// Place in the list of codes, which orders findings of one severity (a table: sorting
    /// thousands of findings asks it often).
    public var rank: Int { Self.ranks[self]! }
    private static let ranks = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    /// over-capacity is an error above capacity and a warning above 90 %: the finding carries its own.
    public var defaultSeverity: Severity {
        switch self {
        case .roomOverlap, .personOverlap, .roomUnavailable, .personUnavailable, .outsideEvent, .overCapacity,
             .missingFeature, .invalidTime, .nonexistentTime, .lateArrival, .earlyDeparture, .runOverSeats,
             .vehicleDoubleBooked, .wrongHub, .tableOverSeats, .seatedTwice, .halalAtPlainTable, .roomsOverbooked,
             .mixedGenderRoom, .roomNotHeld, .guestInTwoRooms, .vehicleUnavailable, .escortDoubleBooked: return .error
        case .travelTime, .attendeeClash, .parallelToPlenary, .duringHeldTime, .ambiguousTime, .runBeforeArrival,
             .longWait, .noTransport, .visitShortOfSeats, .vipBelowJunior, .noInterpreterAtTable, .unseatedGuest,
             .seatedNotSignedUp, .tableWithoutHost, .tripOutsideEvent, .nightsUncovered, .roomBeyondStay,
             .roomBelowLevel, .hotelTooFar, .cancelledHoldsRoom, .companionApart, .passengerNotComing,
             .runWithoutVehicle, .emptyRun: return .warning
        case .unplaced, .missingRole, .roommateNotHonoured: return .info
        }
    }
}

/// One clash. Holds ids and numbers only; `FindingText` turns it into words on demand, so a
/// full check of a large event does not build thousands of strings nobody reads.
public struct Finding: Hashable, Sendable {
    public var code: FindingCode
    public var severity: Severity
    /// In a fixed order per code (pairs: earlier id first).
    public var sessions: [ID<Session>]
    public var rooms: [ID<Room>]
    /// Role holders, or for attendee-clash the attendees concerned (sorted).
    public var people: [ID<Person>]
    /// over-capacity: sign-ups; travel-time: minutes available; attendee-clash: attendees;
    /// late-arrival, early-departure, run-before-arrival: minutes short; long-wait: minutes waited;
    /// run-over-seats: seats taken; visit-short-of-seats: sign-ups.
    public var count: Int
    /// over-capacity, run-over-seats, visit-short-of-seats: seats; travel-time: minutes needed;
    /// late-arrival, early-departure: minutes of travel (and boarding) counted; long-wait: minutes allowed.
    public var limit: Int
    /// missing-feature: the features lacking; no-transport: the direction (`pickup`, `dropoff`).
    public var details: [String]
    /// Transport findings: the runs concerned (pairs: earlier id first) and their vehicles.
    public var runs: [ID<Run>]
    public var vehicles: [ID<Vehicle>]
    /// Rooming findings: the room blocks concerned. Their `details` hold the night
    /// (`2026-05-13`) and, for one room, the room (`1208`); `count` and `limit` are rooms given
    /// and held, guests and beds, nights missing and needed, minutes late and of travel.
    public var blocks: [ID<RoomBlock>] = []

    public init(code: FindingCode, severity: Severity? = nil, sessions: [ID<Session>] = [], rooms: [ID<Room>] = [],
                people: [ID<Person>] = [], count: Int = 0, limit: Int = 0, details: [String] = [],
                runs: [ID<Run>] = [], vehicles: [ID<Vehicle>] = [], blocks: [ID<RoomBlock>] = []) {
        self.blocks = blocks
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.sessions = sessions
        self.rooms = rooms
        self.people = people
        self.count = count
        self.limit = limit
        self.details = details
        self.runs = runs
        self.vehicles = vehicles
    }
}

/// What one edit changed.
public struct FindingDelta: Sendable, Equatable {
    public var added: [Finding]
    public var removed: [Finding]
    public init(added: [Finding] = [], removed: [Finding] = []) {
        self.added = added
        self.removed = removed
    }
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty }
}
