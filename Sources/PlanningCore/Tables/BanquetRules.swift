/// Who sits in a seat by the seat order: the host, the deputy host, or the guest of that
/// precedence at the table (1 = 主宾, the chief guest).
public enum SeatRole: Hashable, Sendable {
    case host, deputy
    case guest(Int)
}

/// The office's rules of the banquet hall (桌次、座次), as pure functions the assignment, the
/// check, the editor and the prints share.
public enum BanquetRules {
    /// The tables' numbers from the most senior down. The head table first; then the nearer a
    /// table to the head table, the higher; of two at the same distance, the one further to the
    /// head table's right (seen from the head table, facing the hall) is higher. Where staff
    /// numbered the tables by hand, their numbers are the order (the head table still first).
    public static func tableOrder(_ tables: [BanquetTable], head: Int, numberedByHand: Bool = false) -> [Int] {
        let sorted = tables.sorted { a, b in
            if (a.number == head) != (b.number == head) { return a.number == head }
            if numberedByHand { return a.number < b.number }
            return (a.place.distance, -a.place.across, a.number) < (b.place.distance, -b.place.across, b.number)
        }
        return sorted.map(\.number)
    }

    public static func tableOrder(_ plan: TablePlan) -> [Int] {
        tableOrder(plan.tables, head: plan.headTable, numberedByHand: plan.numberedByHand)
    }

    /// Each table's rank (1 = the head table) by number.
    public static func ranks(_ plan: TablePlan) -> [Int: Int] {
        Dictionary(tableOrder(plan).enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: min)
    }

    /// The role of each seat of a table of `count`, seat 1 first: seat 1 is the host's, facing
    /// the door; seats count on to the host's right, round the table (every seated person's right
    /// is the same way round, so the deputy's right is the next seat number after his).
    /// 10 seats, host and deputy: host, guest 1, 5, 7, 4, deputy, guest 3, 8, 6, 2.
    public static func seatOrder(_ count: Int, _ order: BanquetSeatOrder) -> [SeatRole] {
        guard count > 0 else { return [] }
        var roles = [SeatRole?](repeating: nil, count: count)
        roles[0] = .host
        var guest = 0
        func seat(_ i: Int) {
            guard roles.indices.contains(i), roles[i] == nil else { return }
            guest += 1
            roles[i] = .guest(guest)
        }
        switch order {
        case .hostOnly:
            // Right, left, right, left… outward from the host until the two sides meet.
            for k in 1..<count {
                seat(k % 2 == 1 ? (k + 1) / 2 : count - k / 2)
            }
        case .hostAndDeputy:
            let deputy = count / 2
            if count > 1 { roles[deputy] = .deputy }
            seat(1)
            seat(count - 1)
            seat(deputy + 1)
            seat(deputy - 1)
            // The rest nearer the host first; of two as near, the one on the host's right.
            let rest = (1..<count).filter { roles[$0] == nil }.sorted { a, b in
                (min(a, count - a), a) < (min(b, count - b), b)
            }
            for i in rest { seat(i) }
        }
        return roles.map { $0 ?? .host }
    }

    /// The seat numbers (1-based) for a table's hosts and guests, most senior first in each list.
    /// A table with one host gives the deputy's seat to its least senior guest, full or not (the
    /// seat facing the host is never left empty while a third guest sits further round), one with none
    /// the host's seat after it; hosts beyond two take the last guests' seats. Seats run out
    /// before people do: the lists are at most the table's seats together.
    public static func seatNumbers(hosts: Int, guests: Int, seats count: Int, _ order: BanquetSeatOrder)
        -> (hosts: [Int], guests: [Int])
    {
        let roles = seatOrder(count, order)
        var hostSeats: [Int] = [], guestSeats: [(Int, Int)] = []
        var deputySeat: Int?
        for (i, r) in roles.enumerated() {
            switch r {
            case .host: hostSeats.append(i + 1)
            case .deputy: deputySeat = i + 1
            case .guest(let k): guestSeats.append((k, i + 1))
            }
        }
        var byPrecedence = guestSeats.sorted { $0.0 < $1.0 }.map(\.1)
        if let deputySeat {
            if hosts >= 2 { hostSeats.append(deputySeat) } else { byPrecedence.append(deputySeat) }
        }
        if hosts == 0 {
            byPrecedence += hostSeats
            hostSeats = []
        }
        let extraHosts = max(0, hosts - hostSeats.count)
        let takenByHosts = min(extraHosts, byPrecedence.count)
        hostSeats += byPrecedence.suffix(takenByHosts)
        byPrecedence.removeLast(takenByHosts)
        var seated = Array(byPrecedence.prefix(guests))
        // The chief and second guests flank the host; from the third on, the last faces him.
        if let deputySeat, hosts < 2, guests > 2, !seated.contains(deputySeat), byPrecedence.contains(deputySeat) {
            seated[guests - 1] = deputySeat
        }
        return (Array(hostSeats.prefix(hosts)), seated)
    }

    /// `tables` tables of `seats` laid out in the hall: table 1, the head table, at the front
    /// centre; the others in rows behind it, as wide as the rows are many, numbered in the order
    /// of tables (so numbers and ranks agree until staff move one). The places left over at the
    /// back are the least senior.
    public static func layout(tables count: Int, seats: Int = BanquetTable.defaultSeats) -> [BanquetTable] {
        guard count > 0 else { return [] }
        let seats = min(max(1, seats), BanquetTable.mostSeats)
        let others = count - 1
        var width = 1
        while width * width < others { width += 2 }
        let rows = others == 0 ? 0 : (others + width - 1) / width
        let half = (width - 1) / 2
        var places: [HallPlace] = []
        for back in stride(from: 1, through: rows, by: 1) {
            for across in -half...half { places.append(HallPlace(across: across, back: back)) }
        }
        places.sort { ($0.distance, -$0.across) < ($1.distance, -$1.across) }
        var out = [BanquetTable(number: 1, seats: seats)]
        for (i, place) in places.prefix(others).enumerated() {
            out.append(BanquetTable(number: i + 2, seats: seats, place: place))
        }
        return out
    }
}

extension TablePlan {
    /// A meal's hall of `tables` tables of `seats`, nobody seated yet (`confplan tables --layout 20x10`).
    public static func laidOut(meal: ID<Session>, tables: Int, seats: Int = BanquetTable.defaultSeats) -> TablePlan {
        TablePlan(meal: meal, tables: BanquetRules.layout(tables: tables, seats: seats), headTable: 1)
    }
}

/// What a new layout of a seated hall could not keep.
public struct LayoutLosses: Hashable, Sendable {
    /// Seats at tables no longer there, or past a table's new number of seats.
    public var seats: [TableSeat] = []
    /// Halal tables no longer there.
    public var halalTables: [Int] = []

    public var isEmpty: Bool { seats.isEmpty && halalTables.isEmpty }
}

extension TablePlan {
    /// The hall laid out anew over this plan (`tables --layout` on a meal with people): the
    /// meal's settings stay, a table still there stays halal, and each seat still there keeps
    /// its person; what does not fit is returned, so that staff are told rather than lose it.
    public func laidOutAgain(tables n: Int, seats s: Int) -> (plan: TablePlan, lost: LayoutLosses) {
        var after = TablePlan.laidOut(meal: meal, tables: n, seats: s)
        after.numberedByHand = numberedByHand
        after.seatOrder = seatOrder
        after.excluded = excluded
        let kept = Set(after.tables.map(\.number))
        let halal = Set(tables.filter(\.halal).map(\.number))
        for i in after.tables.indices where halal.contains(after.tables[i].number) { after.tables[i].halal = true }
        var lost = LayoutLosses()
        lost.halalTables = halal.subtracting(kept).sorted()
        for seat in seats {
            if kept.contains(seat.table) && seat.seat <= s { after.seats.append(seat) } else { lost.seats.append(seat) }
        }
        return (after, lost)
    }
}
