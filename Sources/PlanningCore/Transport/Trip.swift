/// How a guest reaches the event or leaves it. `selfArranged`: they come on their own (自行前往)
/// and want nothing from the office but to be expected.
public enum TravelMode: String, CaseIterable, Sendable, Codable {
    case flight, train, car
    case selfArranged = "self"

    /// Minutes between the scheduled time and the guest standing at the pick-up point: a
    /// flight's passengers wait for their luggage, a train's walk out of the station.
    public var collectMinutes: Int {
        switch self {
        case .flight: return 40
        case .train: return 15
        case .car, .selfArranged: return 0
        }
    }

    /// Minutes before departure a guest must be at the hub: check-in and security for a flight,
    /// the ticket gate for a train.
    public var boardingMinutes: Int {
        switch self {
        case .flight: return 90
        case .train: return 30
        case .car, .selfArranged: return 0
        }
    }
}

/// Days before the event's first day or after its last that a journey may fall on unremarked:
/// guests come the day before and a delegation a few days early; further off, a month mistyped
/// in the 回执 (6月13日 for 5月13日) is likelier, and no car would be planned for it.
public let journeyDaysAroundEvent = 3

extension Event {
    /// How many days a time lies before the first day or after the last (0 within them).
    public func daysOutside(_ t: LocalDateTime) -> Int {
        let d = t.date.dayNumber
        return max(0, firstDay.dayNumber - d, d - lastDay.dayNumber)
    }

    /// Whether a journey at `t` is further from the event than `journeyDaysAroundEvent`.
    public func isFarFrom(_ t: LocalDateTime) -> Bool { daysOutside(t) > journeyDaysAroundEvent }
}

/// One way of a guest's journey as the 回执 gives it: `G8921` reaching 德阳站 at 14:20 on 13 May.
public struct TripLeg: Hashable, Sendable, Codable {
    public var mode: TravelMode
    /// The flight or train (`CA4193`, `G8921`); empty when travelling by car or unknown.
    public var number: String
    /// The airport or station (a site, so travel times to the hotel and venues apply); nil when
    /// the form did not say.
    public var hub: ID<Site>?
    /// When the train or flight arrives at the hub (an arrival) or leaves it (a departure);
    /// nil when the form did not say.
    public var time: LocalDateTime?
    /// The guest asked to be fetched (接站) or taken (送站).
    public var wantsTransfer: Bool

    public init(mode: TravelMode = .train, number: String = "", hub: ID<Site>? = nil, time: LocalDateTime? = nil,
                wantsTransfer: Bool = false) {
        self.mode = mode
        self.number = number
        self.hub = hub
        self.time = time
        self.wantsTransfer = wantsTransfer
    }

    /// A leg the office can plan a car for: it says where and when.
    public var isPlannable: Bool { hub != nil && time != nil && mode != .selfArranged && mode != .car }
}

/// A person's journey to and from the event, with those travelling with them (随行人员, who
/// take seats in a car but are not registered themselves).
public struct Trip: Hashable, Sendable, Codable {
    public var person: ID<Person>
    public var arrival: TripLeg?
    public var departure: TripLeg?
    /// 随行人数: people with the guest, not counting the guest.
    public var companions: Int
    /// Where the guest stays (the hotel) and is taken to on arrival and fetched from to leave;
    /// nil: the event's base (`EventPlan.baseSite`).
    public var stay: ID<Site>?

    public init(person: ID<Person>, arrival: TripLeg? = nil, departure: TripLeg? = nil, companions: Int = 0,
                stay: ID<Site>? = nil) {
        self.person = person
        self.arrival = arrival
        self.departure = departure
        self.companions = companions
        self.stay = stay
    }

    /// Seats the guest's party takes in a car.
    public var seats: Int { 1 + max(0, companions) }
}

extension EventPlan {
    /// The days cars are needed: the event's, the day before (报到日, when most guests arrive,
    /// even before their journeys are imported), and those guests arrive or leave on around it
    /// (within `journeyDaysAroundEvent`: a date further off is in doubt). A car company's
    /// `8:00-20:00` without a date means each of these.
    public var journeyDays: [LocalDate] {
        var first = event.firstDay.dayNumber - 1, last = event.lastDay.dayNumber
        for t in trips {
            for leg in [t.arrival, t.departure] {
                guard let time = leg?.time, !event.isFarFrom(time) else { continue }
                first = min(first, time.date.dayNumber)
                last = max(last, time.date.dayNumber)
            }
        }
        guard first <= last else { return [] }
        return (first...last).map(LocalDate.init(dayNumber:))
    }
}
