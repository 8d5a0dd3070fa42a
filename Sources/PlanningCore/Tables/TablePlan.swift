/// Where a table stands in the banquet hall, counted in tables from the head table (主桌) as
/// the head table sees the hall: `across` > 0 on its right, < 0 on its left; `back` rows
/// further from it, towards the door. The head table itself is at (0, 0).
public struct HallPlace: Hashable, Sendable, Codable {
    public var across: Int
    public var back: Int

    public init(across: Int = 0, back: Int = 0) {
        self.across = across
        self.back = back
    }

    /// How far from the head table, squared (tables, not metres: the order needs only to compare).
    public var distance: Int { across * across + back * back }
}

/// One numbered table of a meal (3 号桌).
public struct BanquetTable: Hashable, Sendable {
    /// The number on its sign; unique within the meal.
    public var number: Int
    /// Seats at it: a round table takes up to 12, 10 by default.
    public var seats: Int
    /// 清真: laid and served apart; halal guests sit only at these.
    public var halal: Bool
    public var place: HallPlace

    public static let defaultSeats = 10
    public static let mostSeats = 12

    public init(number: Int, seats: Int = BanquetTable.defaultSeats, halal: Bool = false,
                place: HallPlace = HallPlace()) {
        self.number = number
        self.seats = seats
        self.halal = halal
        self.place = place
    }
}

/// Someone's place at a meal: their table (by number) and their seat at it, seat 1 the host's
/// and counted on to the host's right (`BanquetRules.seatOrder`).
public struct TableSeat: Hashable, Sendable, Codable {
    public var person: ID<Person>
    public var table: Int
    public var seat: Int
    /// Seated as the office's host representative (主人, 副主人: a staff member or local
    /// official): the table's host, not one of its guests, so precedence does not rank them.
    public var host: Bool

    public init(person: ID<Person>, table: Int, seat: Int, host: Bool = false) {
        self.person = person
        self.table = table
        self.seat = seat
        self.host = host
    }
}

/// Where the seats around a table go by precedence: the host facing the door, and either a
/// deputy host opposite (主副陪, the common protocol) or the host alone with the guests
/// alternating outward from them.
public enum BanquetSeatOrder: String, CaseIterable, Sendable, Codable {
    /// The host faces the door, the deputy host (副主人) sits opposite; the chief guest on the
    /// host's right, the second guest on the host's left, the third and fourth on the deputy's
    /// right and left, the rest outward from the host.
    case hostAndDeputy = "host-and-deputy"
    /// The host faces the door; the guests alternate outward, right then left, all the way round.
    case hostOnly = "host-only"
}

/// A meal session's banquet (桌次): its tables as laid out in the hall and who sits where.
public struct TablePlan: Hashable, Sendable {
    public var meal: ID<Session>
    public var tables: [BanquetTable]
    /// The number of the head table (主桌).
    public var headTable: Int
    /// The office numbered the tables by hand: their order is their numbers, not their places.
    public var numberedByHand: Bool
    /// This meal's seat order when it differs from the event's.
    public var seatOrder: BanquetSeatOrder?
    /// Registration categories that eat elsewhere (工作人员), left out of the meal's guests.
    public var excluded: [String]
    /// In the order staff or the assignment put them.
    public var seats: [TableSeat]

    public init(meal: ID<Session>, tables: [BanquetTable] = [], headTable: Int = 1, numberedByHand: Bool = false,
                seatOrder: BanquetSeatOrder? = nil, excluded: [String] = [], seats: [TableSeat] = []) {
        self.meal = meal
        self.tables = tables
        self.headTable = headTable
        self.numberedByHand = numberedByHand
        self.seatOrder = seatOrder
        self.excluded = excluded
        self.seats = seats
    }

    public func table(_ number: Int) -> BanquetTable? { tables.first { $0.number == number } }

    /// Who sits at a table, in the order of the plan's seats.
    public func seats(at table: Int) -> [TableSeat] { seats.filter { $0.table == table } }
}

/// A seat a person had at a meal, kept with their deletion so an undo seats them again.
public struct MealSeat: Hashable, Sendable, Codable {
    public var meal: ID<Session>
    public var seat: TableSeat
    /// Their place among the plan's seats.
    public var position: Int

    public init(meal: ID<Session>, seat: TableSeat, position: Int) {
        self.meal = meal
        self.seat = seat
        self.position = position
    }
}

extension EventPlan {
    /// A meal's table plan, if staff gave it one.
    public func tablePlan(of meal: ID<Session>) -> TablePlan? { tablePlans.first { $0.meal == meal } }

    /// The seat order a meal's tables follow: its own, else the event's.
    public func banquetSeatOrder(of meal: ID<Session>) -> BanquetSeatOrder {
        tablePlan(of: meal)?.seatOrder ?? event.banquetSeatOrder
    }
}

extension EventPlan {
    /// Where a person sits at each meal, for their record.
    func mealSeats(of person: ID<Person>) -> [MealSeat] {
        tablePlans.flatMap { t in
            t.seats.enumerated().filter { $0.element.person == person }
                .map { MealSeat(meal: t.meal, seat: $0.element, position: $0.offset) }
        }
    }

    /// A deleted person leaves the tables they sat at.
    mutating func forgetSeats(of person: ID<Person>) -> [PlanEdit] {
        var edits: [PlanEdit] = []
        for i in tablePlans.indices where tablePlans[i].seats.contains(where: { $0.person == person }) {
            tablePlans[i].seats.removeAll { $0.person == person }
            edits.append(.setTablePlan(tablePlans[i].meal, tablePlans[i]))
        }
        return edits
    }

    /// An undone deletion seats the person again where they sat, at meals that still have a plan.
    mutating func restoreSeats(of record: PersonRecord) -> [PlanEdit] {
        var edits: [PlanEdit] = []
        let seats = Dictionary(grouping: record.banquetSeats ?? [], by: \.meal)
        for i in tablePlans.indices {
            guard let back = seats[tablePlans[i].meal] else { continue }
            for s in back.sorted(by: { $0.position < $1.position }) where !tablePlans[i].seats.contains(s.seat) {
                var seat = s.seat
                seat.person = record.person.id
                tablePlans[i].seats.insert(seat, at: min(max(0, s.position), tablePlans[i].seats.count))
            }
            edits.append(.setTablePlan(tablePlans[i].meal, tablePlans[i]))
        }
        return edits
    }
}
