/// A guest's lodging as one row of a 回执 gives it, read but not yet met with the event: the
/// roommate is the name the office wrote (a person is found for it by `StayImport`), a day may
/// lack its year (the event's is taken).
public struct StayCells: Hashable, Sendable {
    /// What the lodging cells say: a room or none, and which kind when they say it.
    public enum Want: Hashable, Sendable {
        /// 是/需要/住: a room, of whatever kind the person has or the usual shared one.
        case room
        case need(StayNeed)
    }

    /// The parts of a stay a list has columns for: where such a column's cell is empty, a list that
    /// is the truth for its columns clears what the person had.
    public struct Parts: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let need = Parts(rawValue: 1)
        public static let checkIn = Parts(rawValue: 2)
        public static let checkOut = Parts(rawValue: 4)
        public static let roommate = Parts(rawValue: 8)
    }

    /// 住宿要求 (是否住宿): yes, no, or a kind of room.
    public var lodging: Want?
    /// 单住/合住: the kind of room.
    public var kind: StayNeed?
    public var checkIn: TravelCells.Day?
    public var checkOut: TravelCells.Day?
    /// 合住人 as written.
    public var roommate: String?
    public var given: Parts = []

    public init() {}

    /// The need the cells settle on, given what the person had: 不住 wins, then the kind the
    /// 单住/合住 column says, then the kind the lodging column says; a bare yes keeps a kind the
    /// person had and is a shared room otherwise. Nil when the cells say nothing of it.
    public func need(before: StayNeed?) -> StayNeed? {
        if case .need(.noRoom)? = lodging { return .noRoom }
        if let kind { return kind }
        switch lodging {
        case .need(let n)?: return n
        case .room?: return before.flatMap { $0 == .noRoom ? nil : $0 } ?? .shared
        case nil: return nil
        }
    }
}

// Packed with the row (`AttendeeRows`), after its travel cells.
extension Array where Element == UInt8 {
    mutating func putStay(_ s: StayCells) {
        putNumber(Int(s.given.rawValue))
        let needs = StayNeed.allCases
        switch s.lodging {
        case nil: putNumber(0)
        case .room?: putNumber(1)
        case .need(let n)?: putNumber(2 + needs.firstIndex(of: n)!)
        }
        putNumber(s.kind.map { needs.firstIndex(of: $0)! + 1 } ?? 0)
        for d in [s.checkIn, s.checkOut] {
            putNumber(d == nil ? 0 : 1)
            if let d {
                putNumber(d.year)
                putNumber(d.month)
                putNumber(d.day)
            }
        }
        putNumber(s.roommate == nil ? 0 : 1)
        if let r = s.roommate { putText(r) }
    }
}

extension PackReader {
    mutating func stay() -> StayCells {
        var s = StayCells()
        let needs = StayNeed.allCases
        s.given = StayCells.Parts(rawValue: UInt8(number()))
        let lodging = number()
        s.lodging = lodging == 0 ? nil : lodging == 1 ? .room : .need(needs[lodging - 2])
        let kind = number()
        s.kind = kind == 0 ? nil : needs[kind - 1]
        var days: [TravelCells.Day?] = []
        for _ in 0..<2 {
            days.append(number() == 1 ? TravelCells.Day(year: number(), month: number(), day: number()) : nil)
        }
        (s.checkIn, s.checkOut) = (days[0], days[1])
        if number() == 1 { s.roommate = text() }
        return s
    }
}

/// A stay a registration list gives someone, as it will be stored.
public struct StayChange: Hashable, Sendable {
    public var whom: TripChange.Whom
    public var name: String
    /// The first row that gave it.
    public var line: Int
    public var before: Stay?
    /// Nil: the list took the stay away. A roommate who is a new person of the list is
    /// `StayImport.provisional(k)`, the k-th of `RosterImport.newPeople`.
    public var after: Stay?
    /// The roommate's name (before's and after's), for the report.
    public var roommateNames: [ID<Person>: String] = [:]

    public init(whom: TripChange.Whom, name: String, line: Int, before: Stay?, after: Stay?) {
        (self.whom, self.name, self.line, self.before, self.after) = (whom, name, line, before, after)
    }
}

/// A 合住人 a row names that is no one of the event, or several: the roommate is left as it was.
public struct RoommateProblem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case notFound
        /// So many people of the event (or the list) have the name.
        case ambiguous(Int)
        /// The row names its own person.
        case themselves
    }
    public var line: Int
    public var name: String
    public var kind: Kind
    public init(line: Int, name: String, kind: Kind) { (self.line, self.name, self.kind) = (line, name, kind) }
}

/// Meets the stay cells of a list's rows with the event: days with its year, roommates with its
/// people and the list's own (by the name folded as the duplicates fold it).
public enum StayImport {
    public struct Given: Sendable {
        public var whom: TripChange.Whom
        public var name: String
        public var line: Int
        public var cells: StayCells
        /// The list is the truth for its stay columns: an empty cell clears.
        public var replacing: Bool
        /// The person the 合住人 cell names, found by the caller; nil: none or not said.
        public var roommate: ID<Person>?

        public init(whom: TripChange.Whom, name: String, line: Int, cells: StayCells, replacing: Bool,
                    roommate: ID<Person>? = nil) {
            (self.whom, self.name, self.line, self.cells, self.replacing) = (whom, name, line, cells, replacing)
            self.roommate = roommate
        }
    }

    /// The id a stay gives the k-th new person of the list as a roommate until they are stored.
    public static func provisional(_ k: Int) -> ID<Person> { ID(-1 - k) }

    /// The place among the new people of a provisional id, nil for a stored person's.
    public static func newPersonIndex(_ id: ID<Person>) -> Int? { id.raw < 0 ? -1 - id.raw : nil }

    /// The stays that change, in the order their people first appear in the list.
    public static func stays(_ given: [Given], plan: EventPlan) -> [StayChange] {
        var existing: [ID<Person>: Stay] = [:]
        for s in plan.stays { existing[s.person] = s }
        let year = plan.event.firstDay.components.year
        func date(_ d: TravelCells.Day?) -> LocalDate? {
            d.flatMap { LocalDate(year: $0.year == 0 ? year : $0.year, month: $0.month, day: $0.day) }
        }
        var order: [TripChange.Whom] = []
        var state: [TripChange.Whom: (name: String, line: Int, before: Stay?, after: Stay?)] = [:]
        for g in given {
            if state[g.whom] == nil {
                order.append(g.whom)
                let before: Stay? = if case .person(let id) = g.whom { existing[id] } else { nil }
                state[g.whom] = (g.name, g.line, before, before)
            }
            let person: ID<Person> = if case .person(let id) = g.whom { id } else { ID(0) }
            let c = g.cells
            let current = state[g.whom]!.after
            let saysNothing = c.lodging == nil && c.kind == nil && c.checkIn == nil && c.checkOut == nil
                && c.roommate == nil
            if saysNothing {
                // Every stay column of the row empty: a list that is the truth for them takes the stay away.
                if g.replacing && !c.given.isEmpty { state[g.whom]!.after = nil }
                continue
            }
            var stay = current ?? Stay(person: person)
            if let need = c.need(before: current?.need) {
                stay.need = need
            } else if current == nil {
                // Dates or a roommate alone say a room is wanted.
                stay.need = .shared
            }
            if let d = date(c.checkIn) { stay.checkIn = d } else if g.replacing && c.given.contains(.checkIn) {
                stay.checkIn = nil
            }
            if let d = date(c.checkOut) { stay.checkOut = d } else if g.replacing && c.given.contains(.checkOut) {
                stay.checkOut = nil
            }
            // A companion (随行) travels with someone rather than sharing: the name the row gives
            // (合住人, 随行对象) is their principal, and any roommate they had is not one.
            if stay.need == .companion {
                if let r = g.roommate { stay.principal = r } else if c.roommate == nil && g.replacing
                    && c.given.contains(.roommate) {
                    stay.principal = nil
                }
                stay.roommate = nil
            } else if let r = g.roommate { stay.roommate = r } else if c.roommate == nil && g.replacing
                && c.given.contains(.roommate) {
                stay.roommate = nil
            }
            state[g.whom]!.after = stay
        }
        return order.compactMap { whom in
            let s = state[whom]!
            return s.before == s.after ? nil
                : StayChange(whom: whom, name: s.name, line: s.line, before: s.before, after: s.after)
        }
    }
}
