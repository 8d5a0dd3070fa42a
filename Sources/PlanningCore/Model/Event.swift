/// One conference: the frame every session must fit in.
public struct Event: Hashable, Sendable, Keyed {
    /// The zone of an event that names none: the office plans events in China.
    public static let defaultTimeZone = "Asia/Shanghai"

    public var id: ID<Event>
    public var key: String
    public var uid: String
    public var name: String
    public var shortName: String
    public var city: String
    /// IANA zone name; times are stored as wall-clock in this zone.
    public var timeZone: String
    public var firstDay: LocalDate
    public var lastDay: LocalDate
    /// Sessions that start before this hour belong to the previous day (banquets past midnight).
    public var dayChangeHour: Int
    /// Used between two sites with no travel time of their own.
    public var defaultTravelMinutes: Int
    /// How the rostrum is seated: 以左为尊, or 以右为尊 for foreign-affairs events.
    public var seatingRule: SeatingRule
    /// What the check-in desk hands over, by registration category (`*` for every category not
    /// named): 参会证, 资料袋, 餐券, 房卡. Empty: a badge and the materials bag for everyone.
    public var checkInItems: [String: [String]] = [:]
    /// How a banquet table's seats go by precedence (座次); a meal's table plan may differ.
    public var banquetSeatOrder: BanquetSeatOrder = .hostAndDeputy
    /// The zone's clock changes around the event's days. Not stored or written: the store
    /// works them out from `timeZone` whenever it reads an event.
    public var clockChanges: [ClockChange] = []

    public init(id: ID<Event> = ID(0), key: String, uid: String, name: String, shortName: String = "",
                city: String = "", timeZone: String = Event.defaultTimeZone, firstDay: LocalDate, lastDay: LocalDate,
                dayChangeHour: Int = 4, defaultTravelMinutes: Int = 30, seatingRule: SeatingRule = .domestic) {
        self.seatingRule = seatingRule
        self.id = id
        self.key = key
        self.uid = uid
        self.name = name
        self.shortName = shortName
        self.city = city
        self.timeZone = timeZone
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.dayChangeHour = dayChangeHour
        self.defaultTravelMinutes = defaultTravelMinutes
    }

    /// What badges, the top bar and the desk call it: the short name, else the name.
    public var shortestName: String { shortName.isEmpty ? name : shortName }

    public var days: [LocalDate] {
        guard firstDay <= lastDay else { return [] }
        return (firstDay.dayNumber...lastDay.dayNumber).map(LocalDate.init(dayNumber:))
    }

    /// The whole event as one window: from the first day's day-change hour to the day after the
    /// last day at that hour, so a banquet that runs to 01:00 still lies inside the event.
    public var window: TimeWindow {
        TimeWindow(start: LocalDateTime(date: firstDay, hour: dayChangeHour),
                   end: LocalDateTime(date: lastDay.adding(days: 1), hour: dayChangeHour))
    }

    /// The programme day a moment belongs to.
    public func programmeDay(of time: LocalDateTime) -> LocalDate {
        time.adding(minutes: -dayChangeHour * 60).date
    }

    /// 1-based day number within the event (day 1 = first day).
    public func dayIndex(of time: LocalDateTime) -> Int {
        programmeDay(of: time).dayNumber - firstDay.dayNumber + 1
    }
}

extension Event {
    /// The language the event is held in, as its name says: a name in Chinese characters is a
    /// Chinese event, whose programme prints in Chinese whatever the machine's locale.
    public var language: Language {
        Language.of(name)
    }
}
