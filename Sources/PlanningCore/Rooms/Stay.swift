/// What a guest asks for on the 回执's lodging line (住宿要求).
public enum StayNeed: String, CaseIterable, Sendable, Codable {
    /// 不住: they sleep elsewhere.
    case noRoom = "none"
    /// 单住: a room of their own.
    case single
    /// 合住: a bed in a shared room, with a guest of their gender.
    case shared
    /// 随行: a driver or secretary travelling with an official, roomed near them.
    case companion
}

/// A guest's lodging: which nights, what kind of room, with whom. Nights not given come from
/// their journey (the night of arrival up to the day of departure), else the event's days.
public struct Stay: Hashable, Sendable {
    public var person: ID<Person>
    public var need: StayNeed
    /// The first night; nil: their arrival's.
    public var checkIn: LocalDate?
    /// The day they leave (the last night is the one before); nil: their departure's.
    public var checkOut: LocalDate?
    /// 合住人: who they asked to share with.
    public var roommate: ID<Person>?
    /// Whom a companion travels with (roomed near them where rooms are numbered).
    public var principal: ID<Person>?

    public init(person: ID<Person>, need: StayNeed = .shared, checkIn: LocalDate? = nil, checkOut: LocalDate? = nil,
                roommate: ID<Person>? = nil, principal: ID<Person>? = nil) {
        self.person = person
        self.need = need
        self.checkIn = checkIn
        self.checkOut = checkOut
        self.roommate = roommate
        self.principal = principal
    }
}

/// Nights from a check-in up to a check-out (the night of the 13th and of the 14th for 13–15 May).
public struct NightSpan: Hashable, Sendable {
    public var checkIn: LocalDate
    public var checkOut: LocalDate
    public init(checkIn: LocalDate, checkOut: LocalDate) {
        self.checkIn = checkIn
        self.checkOut = checkOut
    }

    public var nights: [LocalDate] {
        stride(from: checkIn.dayNumber, to: checkOut.dayNumber, by: 1).map(LocalDate.init(dayNumber:))
    }
    public var count: Int { max(0, checkOut.dayNumber - checkIn.dayNumber) }
    public var isEmpty: Bool { count == 0 }
    public func contains(_ night: LocalDate) -> Bool { checkIn <= night && night < checkOut }
    public func overlaps(_ other: NightSpan) -> Bool { checkIn < other.checkOut && other.checkIn < checkOut }
    /// Its nights none of these rooms is given for.
    public func uncovered(by rooms: [RoomAssignment]) -> [LocalDate] {
        nights.filter { n in !rooms.contains { $0.span.contains(n) } }
    }
}

extension EventPlan {
    /// The nights a guest needs a room for: given, else from their journey, else the event's
    /// days. nil when they need none (不住, or no nights at all).
    public func nights(of stay: Stay, trip: Trip?) -> NightSpan? { stay.nights(event: event, trip: trip) }
}

extension Stay {
    /// The nights this stay needs in an event. An arrival before the day's change hour (a train
    /// at 02:10) counts as the night before, as hotels count it.
    public func nights(event: Event, trip: Trip?) -> NightSpan? {
        guard need != .noRoom else { return nil }
        let arrival = trip?.arrival?.time.map { t in
            t.hour < event.dayChangeHour ? t.date.adding(days: -1) : t.date
        }
        let first = checkIn ?? arrival ?? event.firstDay
        let last = checkOut ?? trip?.departure?.time?.date ?? event.lastDay
        let span = NightSpan(checkIn: first, checkOut: last)
        return span.isEmpty ? nil : span
    }
}
