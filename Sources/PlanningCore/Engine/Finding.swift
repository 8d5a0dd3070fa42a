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

    /// Place in the list of codes, which orders findings of one severity (a table: sorting
    /// thousands of findings asks it often).
    public var rank: Int { Self.ranks[self]! }
    private static let ranks = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    /// over-capacity is an error above capacity and a warning above 90 %: the finding carries its own.
    public var defaultSeverity: Severity {
        switch self {
        case .roomOverlap, .personOverlap, .roomUnavailable, .personUnavailable, .outsideEvent, .overCapacity,
             .missingFeature, .invalidTime, .nonexistentTime: return .error
        case .travelTime, .attendeeClash, .parallelToPlenary, .duringHeldTime, .ambiguousTime: return .warning
        case .unplaced, .missingRole: return .info
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
    /// over-capacity: sign-ups; travel-time: minutes available; attendee-clash: attendees.
    public var count: Int
    /// over-capacity: seats; travel-time: minutes needed.
    public var limit: Int
    /// missing-feature: the features lacking.
    public var details: [String]

    public init(code: FindingCode, severity: Severity? = nil, sessions: [ID<Session>] = [], rooms: [ID<Room>] = [],
                people: [ID<Person>] = [], count: Int = 0, limit: Int = 0, details: [String] = []) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.sessions = sessions
        self.rooms = rooms
        self.people = people
        self.count = count
        self.limit = limit
        self.details = details
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
