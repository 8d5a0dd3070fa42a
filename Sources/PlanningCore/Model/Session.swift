public enum SessionKind: String, CaseIterable, Sendable, Codable {
    case openingCeremony = "opening-ceremony"
    case keynote
    case plenary
    case subForum = "sub-forum"
    case panel
    case roundTable = "round-table"
    case workshop
    case report
    case signing
    case siteVisit = "site-visit"
    case meal
    case breakTime = "break"
    case other

    /// Kinds that make no sense without someone speaking or chairing.
    public var needsSpeakerOrChair: Bool {
        switch self {
        case .keynote, .subForum, .panel, .roundTable, .workshop, .report: return true
        default: return false
        }
    }

    public var isPlenaryByDefault: Bool { self == .openingCeremony || self == .keynote || self == .plenary }
}

public enum SessionStatus: String, CaseIterable, Sendable, Codable {
    case draft, confirmed
}

public struct Session: Hashable, Sendable, Keyed {
    public var id: ID<Session>
    public var key: String
    public var uid: String
    public var title: String
    public var kind: SessionKind
    public var track: String
    public var room: ID<Room>?
    /// nil while unscheduled; start and end are set together.
    public var start: LocalDateTime?
    public var end: LocalDateTime?
    /// BCP 47 tags, e.g. `zh`, `de`, `en`.
    public var languages: [String]
    public var requiredFeatures: [String]
    /// The session's own seat limit, when lower than the room's.
    public var capacityLimit: Int?
    /// Everyone is expected here: nothing else should run in parallel.
    public var isPlenary: Bool
    /// Staff decided its time and room (the opening ceremony, a minister's keynote): `solve`
    /// never moves it.
    public var isFixed: Bool
    public var status: SessionStatus
    public var notes: String
    /// The rostrum as staff arranged it; nil: everyone in one row in the default order.
    public var seating: SeatingPlan?

    public init(id: ID<Session>, key: String, uid: String, title: String, kind: SessionKind = .other,
                track: String = "", room: ID<Room>? = nil, start: LocalDateTime? = nil, end: LocalDateTime? = nil,
                languages: [String] = [], requiredFeatures: [String] = [], capacityLimit: Int? = nil,
                isPlenary: Bool = false, isFixed: Bool = false, status: SessionStatus = .draft, notes: String = "",
                seating: SeatingPlan? = nil) {
        self.seating = seating
        self.id = id
        self.key = key
        self.uid = uid
        self.title = title
        self.kind = kind
        self.track = track
        self.room = room
        self.start = start
        self.end = end
        self.languages = languages
        self.requiredFeatures = requiredFeatures
        self.capacityLimit = capacityLimit
        self.isPlenary = isPlenary
        self.isFixed = isFixed
        self.status = status
        self.notes = notes
    }

    public var window: TimeWindow? {
        guard let start, let end else { return nil }
        return TimeWindow(start: start, end: end)
    }
}

public enum RoleKind: String, CaseIterable, Sendable, Codable {
    case speaker, chair, moderator, panelist, host, interpreter
    /// Seated on the rostrum (出席嘉宾) without another part: an official staff added to the seating.
    case guest
}

/// A person's part in a session.
public struct SessionRole: Hashable, Sendable, Codable {
    public var session: ID<Session>
    public var person: ID<Person>
    public var role: RoleKind

    public init(session: ID<Session>, person: ID<Person>, role: RoleKind) {
        self.session = session
        self.person = person
        self.role = role
    }
}
