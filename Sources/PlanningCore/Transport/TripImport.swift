/// A journey a registration list gives someone, as it will be stored.
public struct TripChange: Hashable, Sendable {
    /// One of the event's people, or the place of a new one among `RosterImport.newPeople`
    /// (their row id is given only when they are written).
    public enum Whom: Hashable, Sendable {
        case person(ID<Person>)
        case new(Int)
    }
    public var whom: Whom
    /// The person's name, for the report.
    public var name: String
    /// The first row that gave it.
    public var line: Int
    public var before: Trip?
    /// Nil: the list took the whole journey away. Its person is `before`'s, or a placeholder for
    /// a new person; a hub the event has no site for is `TripImport.provisional(k)`, the k-th of
    /// `RosterImport.newHubs`.
    public var after: Trip?
    /// The names of the hubs `before` and `after` name (a new hub's as the list wrote it), so the
    /// report can say a station changed without the event's sites.
    public var hubNames: [ID<Site>: String] = [:]
    /// Times this list gave that lie further from the event than `journeyDaysAroundEvent`: kept
    /// as written, and told by the row that gave them.
    public var farDates: [FarDate] = []

    public init(whom: Whom, name: String, line: Int, before: Trip?, after: Trip?) {
        (self.whom, self.name, self.line, self.before, self.after) = (whom, name, line, before, after)
    }
}

/// A journey's time a list gave weeks off the event (a month mistyped): which row, which way.
public struct FarDate: Hashable, Sendable {
    public var line: Int
    public var arrival: Bool
    public var time: LocalDateTime
    /// Days before the first day or after the last.
    public var days: Int
    public init(line: Int, arrival: Bool, time: LocalDateTime, days: Int) {
        (self.line, self.arrival, self.time, self.days) = (line, arrival, time, days)
    }
}

/// A hub a list names short (`双流T2`, `天府机场`, `德阳北`) taken as the one site whose name holds
/// it (`成都双流国际机场T2`), and told so: a second site for the same airport would carry the default
/// travel time and make every run to it wrong. A short name that fits several (`双流` with both
/// terminals) is told with them, and no hub is stored for it until staff pick one.
public struct HubMatch: Hashable, Sendable {
    public var name: String
    /// The site taken; empty when the name fits several.
    public var site: String
    public var line: Int
    public var arrival: Bool
    /// The sites the name fits, when several (then none is taken).
    public var candidates: [String]
    public init(name: String, site: String, line: Int, arrival: Bool, candidates: [String] = []) {
        (self.name, self.site, self.line, self.arrival, self.candidates) = (name, site, line, arrival, candidates)
    }

    enum Kind { case airport, station }

    /// What a (folded) name says it is: an airport, a station, or neither.
    static func kind(_ key: String) -> Kind? {
        if key.contains("机场") || key.contains("airport") { return .airport }
        if let t = key.range(of: "t[1-9]$", options: .regularExpression), t.lowerBound > key.startIndex {
            return .airport
        }
        if key.contains("站") || key.contains("station") { return .station }
        return nil
    }

    /// The sites whose folded name holds every character of `key` in order and are hubs of the
    /// kind `key` says (an airport, a station; either when it says neither, never a hotel); a
    /// station of a direction (德阳北站) is never taken for a name that lacks it (德阳, 德阳站).
    static func sites(for key: String, among sites: [(key: String, id: ID<Site>, name: String)])
        -> [(id: ID<Site>, name: String)]
    {
        // 火车站 and 高铁站 are what a 站 is: `德阳火车站` is 德阳站.
        func plain(_ k: String) -> String {
            k.replacingOccurrences(of: "火车站", with: "站").replacingOccurrences(of: "高铁站", with: "站")
        }
        let key = plain(key)
        guard key.count >= 2 else { return [] }
        let directions: [Character] = ["东", "西", "南", "北"]
        let wanted = kind(key)
        return sites.filter { s in
            let name = plain(s.key)
            guard let k = kind(name), wanted == nil || wanted == k, isSubsequence(key, of: name) else { return false }
            let chars = Array(name)
            if let i = chars.lastIndex(of: "站"), i >= 1, directions.contains(chars[i - 1]),
               !key.contains(chars[i - 1]) {
                return false
            }
            return true
        }.map { ($0.id, $0.name) }
    }

    private static func isSubsequence(_ short: String, of long: String) -> Bool {
        var i = short.startIndex
        for c in long where i < short.endIndex && c == short[i] { i = short.index(after: i) }
        return i == short.endIndex
    }
}

/// A hub a list names that no site of the event is: made a site, with the event's default
/// travel times, and told so staff set its own.
public struct NewHub: Hashable, Sendable {
    public var name: String
    /// The first row naming it, and whether as an arrival's hub (else a departure's).
    public var line: Int
    public var arrival: Bool
    /// The event's default travel time, which its journeys take until staff set its own.
    public var minutes: Int

    public init(name: String, line: Int, arrival: Bool, minutes: Int) {
        (self.name, self.line, self.arrival, self.minutes) = (name, line, arrival, minutes)
    }
}

/// Meets the travel cells of a list's rows with the event: their hubs with its sites (by the name
/// folded as people's names are), their days with its year, and each person's journey as it is.
public enum TripImport {
    public struct Given: Sendable {
        public var whom: TripChange.Whom
        public var name: String
        public var line: Int
        public var cells: TravelCells
        /// The list is the truth for its travel columns: an empty cell clears.
        public var replacing: Bool

        public init(whom: TripChange.Whom, name: String, line: Int, cells: TravelCells, replacing: Bool) {
            (self.whom, self.name, self.line, self.cells, self.replacing) = (whom, name, line, cells, replacing)
        }
    }

    /// The id a journey gives the k-th new hub until it is stored: no stored row has a negative id.
    public static func provisional(_ k: Int) -> ID<Site> { ID(-1 - k) }

    /// The place among the new hubs of a provisional id, nil for a site's.
    public static func newHubIndex(_ id: ID<Site>) -> Int? { id.raw < 0 ? -1 - id.raw : nil }

    /// The journeys that change, in the order their people first appear in the list, with the
    /// hubs to make. Rows for one person (a list naming them twice) apply in order.
    public static func trips(_ given: [Given], plan: EventPlan)
        -> (trips: [TripChange], hubs: [NewHub], matched: [HubMatch])
    {
        var sites: [String: ID<Site>] = [:]
        for s in plan.sites where sites[TextFolding.matchKey(s.name)] == nil {
            sites[TextFolding.matchKey(s.name)] = s.id
        }
        let known = plan.sites.map { (key: TextFolding.matchKey($0.name), id: $0.id, name: $0.name) }
        var hubs: [NewHub] = [], matched: [HubMatch] = []
        var existing: [ID<Person>: Trip] = [:]
        for t in plan.trips { existing[t.person] = t }
        let year = plan.event.firstDay.components.year
        var order: [TripChange.Whom] = []
        var state: [TripChange.Whom: (name: String, line: Int, before: Trip?, after: Trip?)] = [:]
        // The row that last gave each way its time, for the report of dates far off the event.
        var timed: [TripChange.Whom: (arrival: Int?, departure: Int?)] = [:]
        for g in given {
            if state[g.whom] == nil {
                order.append(g.whom)
                let before: Trip? = if case .person(let id) = g.whom { existing[id] } else { nil }
                state[g.whom] = (g.name, g.line, before, before)
            }
            let person: ID<Person> = if case .person(let id) = g.whom { id } else { ID(0) }
            var trip = state[g.whom]!.after ?? Trip(person: person)
            func hub(_ name: String, arrival: Bool) -> ID<Site>? {
                let key = TextFolding.matchKey(name)
                if let id = sites[key] { return id }
                let near = HubMatch.sites(for: key, among: known)
                if near.count == 1 {
                    matched.append(HubMatch(name: name, site: near[0].name, line: g.line, arrival: arrival))
                    sites[key] = near[0].id
                    return near[0].id
                }
                if near.count > 1 {
                    matched.append(HubMatch(name: name, site: "", line: g.line, arrival: arrival,
                                            candidates: near.map(\.name)))
                    return nil
                }
                let id = provisional(hubs.count)
                let minutes = plan.event.defaultTravelMinutes
                hubs.append(NewHub(name: name, line: g.line, arrival: arrival, minutes: minutes))
                sites[key] = id
                return id
            }
            let c = g.cells
            if c.arrival.day != nil && c.arrival.minute != nil { timed[g.whom, default: (nil, nil)].arrival = g.line }
            if c.departure.day != nil && c.departure.minute != nil {
                timed[g.whom, default: (nil, nil)].departure = g.line
            }
            trip.arrival = leg(trip.arrival, c.arrival, c.given, arrival: true, replacing: g.replacing, year: year) {
                hub($0, arrival: true)
            }
            trip.departure = leg(trip.departure, c.departure, c.given, arrival: false, replacing: g.replacing,
                                 year: year) { hub($0, arrival: false) }
            // Offices seldom ask where a guest leaves from: a return by train or plane with no
            // station named leaves from where they came (the README says so).
            if var back = trip.departure, back.hub == nil, back.mode == .train || back.mode == .flight,
               back.mode == trip.arrival?.mode,
               let came = trip.arrival?.hub, !back.number.isEmpty || back.time != nil {
                back.hub = came
                trip.departure = back
            }
            if let n = c.companions { trip.companions = n } else if g.replacing && c.given.contains(.companions) {
                trip.companions = 0
            }
            let empty = trip.arrival == nil && trip.departure == nil && trip.companions == 0 && trip.stay == nil
            state[g.whom]!.after = empty ? nil : trip
        }
        var out: [TripChange] = []
        for whom in order {
            let s = state[whom]!
            if s.before != s.after {
                var change = TripChange(whom: whom, name: s.name, line: s.line, before: s.before, after: s.after)
                for (arrival, line) in [(true, timed[whom]?.arrival), (false, timed[whom]?.departure)] {
                    guard let line, let t = (arrival ? s.after?.arrival : s.after?.departure)?.time,
                          plan.event.isFarFrom(t) else { continue }
                    change.farDates.append(FarDate(line: line, arrival: arrival, time: t,
                                                   days: plan.event.daysOutside(t)))
                }
                out.append(change)
            }
        }
        var (trips, made) = renumbered(out, hubs)
        let names = Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for i in trips.indices {
            for t in [trips[i].before, trips[i].after] {
                for hub in [t?.arrival?.hub, t?.departure?.hub].compactMap({ $0 }) {
                    trips[i].hubNames[hub] = newHubIndex(hub).map { made[$0].name } ?? names[hub]
                }
            }
        }
        return (trips, made, matched)
    }

    /// Only the hubs a journey still names (a later row for the same person may have named
    /// another), numbered in order.
    static func renumbered(_ trips: [TripChange], _ hubs: [NewHub]) -> ([TripChange], [NewHub]) {
        var used = Set<Int>()
        for t in trips {
            for h in [t.after?.arrival?.hub, t.after?.departure?.hub] {
                if let k = h.flatMap(newHubIndex) { used.insert(k) }
            }
        }
        if used.count == hubs.count { return (trips, hubs) }
        var place: [Int: Int] = [:]
        var kept: [NewHub] = []
        for k in hubs.indices where used.contains(k) {
            place[k] = kept.count
            kept.append(hubs[k])
        }
        func moved(_ id: ID<Site>?) -> ID<Site>? { id.map { newHubIndex($0).map { provisional(place[$0]!) } ?? $0 } }
        return (trips.map { t in
            var t = t
            let (a, d) = (moved(t.after?.arrival?.hub), moved(t.after?.departure?.hub))
            t.after?.arrival?.hub = a
            t.after?.departure?.hub = d
            return t
        }, kept)
    }

    /// One way of the journey with a row's cells laid over it: a cell's value is taken, an empty
    /// cell of a column the list has clears only when `replacing`, and a leg left saying nothing
    /// is none.
    static func leg(_ current: TripLeg?, _ cells: TravelCells.Leg, _ given: TravelCells.Parts, arrival: Bool,
                    replacing: Bool, year: Int, hub: (String) -> ID<Site>?) -> TripLeg? {
        let parts: (route: TravelCells.Parts, hub: TravelCells.Parts, time: TravelCells.Parts,
                    transfer: TravelCells.Parts) = arrival
            ? (.arrivalRoute, .arrivalHub, .arrivalTime, .arrivalTransfer)
            : (.departureRoute, .departureHub, .departureTime, .departureTransfer)
        var leg = current ?? TripLeg()
        if cells.mode != nil || cells.number != nil {
            if let m = cells.mode { leg.mode = m }
            leg.number = cells.number ?? ""
        } else if replacing && given.contains(parts.route) {
            leg.mode = TripLeg().mode
            leg.number = ""
        }
        if let name = cells.hub { leg.hub = hub(name) } else if replacing && given.contains(parts.hub) { leg.hub = nil }
        if let d = cells.day, let m = cells.minute,
           let date = LocalDate(year: d.year == 0 ? year : d.year, month: d.month, day: d.day) {
            leg.time = LocalDateTime(date: date, hour: m / 60, minute: m % 60)
        } else if replacing && given.contains(parts.time) {
            leg.time = nil
        }
        if let t = cells.transfer { leg.wantsTransfer = t } else if replacing && given.contains(parts.transfer) {
            leg.wantsTransfer = false
        }
        // A train is what a leg is until told otherwise: one without number, hub or time says nothing.
        let blank = leg.number.isEmpty && leg.hub == nil && leg.time == nil && !leg.wantsTransfer
            && leg.mode == TripLeg().mode
        return blank ? nil : leg
    }
}
