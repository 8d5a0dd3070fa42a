/// What `tables --assign` is asked for.
public struct BanquetOptions: Hashable, Sendable {
    /// Registration categories whose people can host a table (a staff member or a local official).
    public var hostCategories: [String]

    public init(hostCategories: [String] = ["staff", "工作人员", "host", "东道主"]) {
        self.hostCategories = hostCategories
    }
}

/// A guest the assignment could not seat, and why, in words the office reads.
public struct UnseatedGuest: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable {
        /// Every seat is taken.
        case noSeat = "no-seat"
        /// A halal guest and no halal table with a free seat.
        case noHalalSeat = "no-halal-seat"
    }
    public var person: ID<Person>
    public var reason: Reason
    public init(person: ID<Person>, reason: Reason) {
        self.person = person
        self.reason = reason
    }
}

/// The seats an assignment proposes: the meal's table plan changed (shown first, applied as one
/// logged change), and the guests it could not seat.
public struct BanquetProposal: Hashable, Sendable {
    public var changes: [Change]
    public var unseated: [UnseatedGuest]
    public init(changes: [Change] = [], unseated: [UnseatedGuest] = []) {
        self.changes = changes
        self.unseated = unseated
    }
}

/// Seats a meal's guests at its tables (排桌).
public enum BanquetAssigner {
    /// The meal's seats as a change from the plan it has: the head table by precedence, then
    /// delegations together, halal guests at halal tables, foreign guests with their
    /// interpreter, a host representative at each table; a re-run moves as few guests as it can.
    /// Nothing to change (no table plan, or the seats are already so) is an empty list of changes.
    public static func assign(_ plan: EventPlan, meal: ID<Session>, options: BanquetOptions = BanquetOptions())
        -> BanquetProposal
    {
        guard let before = plan.tablePlan(of: meal) else {
            return BanquetProposal(unseated: plan.mealGuests(meal).map { UnseatedGuest(person: $0, reason: .noSeat) })
        }
        var work = BanquetWork(plan, before, options)
        let (after, unseated) = work.run()
        return BanquetProposal(changes: after == before ? [] : [.tablePlan(before: before, after: after)],
                               unseated: unseated)
    }
}

/// One run of the assignment: tables in the office's order, filled from the head table down.
private struct BanquetWork {
    let plan: EventPlan
    let before: TablePlan
    let options: BanquetOptions
    let facts: BanquetFacts
    let person: [ID<Person>: Person]
    /// Tables by rank, and what each holds so far.
    var tables: [BanquetTable]
    var hosts: [[ID<Person>]]
    var guests: [[ID<Person>]]
    var interpreted: [Bool]

    init(_ plan: EventPlan, _ before: TablePlan, _ options: BanquetOptions) {
        self.plan = plan
        self.before = before
        self.options = options
        facts = plan.banquetFacts(before.meal)
        person = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byNumber = Dictionary(before.tables.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        tables = BanquetRules.tableOrder(before).compactMap { byNumber[$0] }
        hosts = Array(repeating: [], count: tables.count)
        guests = hosts
        interpreted = Array(repeating: false, count: tables.count)
    }

    func room(_ i: Int) -> Int { tables[i].seats - hosts[i].count - guests[i].count }
    func isHalal(_ id: ID<Person>) -> Bool { person[id]?.diet?.kind == .halal }
    func isForeign(_ id: ID<Person>) -> Bool { person[id].map(BanquetRules.isForeign) ?? false }

    mutating func run() -> (TablePlan, [UnseatedGuest]) {
        let guestList = plan.mealGuests(before.meal)
        var pool = placeHosts(guestList)
        var spareInterpreters = pool.filter(facts.isInterpreter)
        pool.removeAll(where: facts.isInterpreter)
        var unseated: [UnseatedGuest] = []
        // Those who rank are seated strictly in their order, from the head table down.
        let ranked = pool.filter { facts.precedence($0) != Precedence(vip: 0) }
            .enumerated().sorted { a, b in
                (facts.precedence(a.element), a.offset) < (facts.precedence(b.element), b.offset)
            }.map(\.element)
        var first = 0
        for g in ranked {
            while first < tables.count && room(first) < 1 { first += 1 }
            guard first < tables.count else {
                unseated.append(UnseatedGuest(person: g, reason: isHalal(g) ? .noHalalSeat : .noSeat))
                continue
            }
            seat([g], at: first, interpreters: &spareInterpreters)
        }
        // The rest are equals: delegations kept together, at tables from the last ranked one down.
        let rankedSet = Set(ranked)
        let units = delegations(pool.filter { !rankedSet.contains($0) })
        var waiting: [[ID<Person>]] = []
        // A re-run keeps each part of a delegation at the table it sat at, while it still fits
        // there (halal guests only at a halal table); the rest wait for a place.
        let sat = Dictionary(before.seats.map { ($0.person, $0.table) }, uniquingKeysWith: { a, _ in a })
        let slot = Dictionary(tables.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
        for unit in units {
            var rest: [ID<Person>] = []
            var parts: [Int: [ID<Person>]] = [:]
            for g in unit {
                if let at = sat[g].flatMap({ slot[$0] }), at >= first { parts[at, default: []].append(g) } else {
                    rest.append(g)
                }
            }
            for (at, part) in parts.sorted(by: { $0.key < $1.key }) {
                if fits(part, at) && (!needsHalal(part) || tables[at].halal) {
                    seat(part, at: at, interpreters: &spareInterpreters)
                } else {
                    rest += part
                }
            }
            if !rest.isEmpty { waiting.append(rest) }
        }
        for unit in waiting {
            for piece in split(unit) {
                // Foreign guests where their interpreter can sit with them; halal ones at a halal table.
                let withInterpreter = !spareInterpreters.isEmpty && piece.contains(where: isForeign)
                let tried = (first..<tables.count)
                if let at = tried.first(where: { best(piece, $0, interpreter: withInterpreter) })
                    ?? tried.first(where: { fits(piece, $0) && (!needsHalal(piece) || tables[$0].halal) })
                    ?? tried.first(where: { fits(piece, $0) }) {
                    seat(piece, at: at, interpreters: &spareInterpreters)
                } else {
                    unseated += piece.map { UnseatedGuest(person: $0, reason: isHalal($0) ? .noHalalSeat : .noSeat) }
                }
            }
        }
        // Interpreters no foreign guest needed eat as guests, where there is room.
        for g in spareInterpreters {
            if let at = (first..<tables.count).first(where: { room($0) > 0 && (!isHalal(g) || tables[$0].halal) })
                ?? (first..<tables.count).first(where: { room($0) > 0 }) {
                guests[at].append(g)
                if isHalal(g) { tables[at].halal = true }
            } else {
                unseated.append(UnseatedGuest(person: g, reason: isHalal(g) ? .noHalalSeat : .noSeat))
            }
        }
        return (proposal(), unseated)
    }

    /// A host representative at each table from the head table down, the most senior at the head
    /// table; with more of them than tables, deputies from the head table down. Returns the
    /// meal's guests left to seat (a host candidate not needed as host eats as a guest).
    mutating func placeHosts(_ guestList: [ID<Person>]) -> [ID<Person>] {
        let categories = Set(options.hostCategories)
        let category = Dictionary(plan.registrations.map { ($0.person, $0.category) }, uniquingKeysWith: { a, _ in a })
        let mealHosts = Set(plan.roles.filter { $0.session == before.meal && $0.role == .host }.map(\.person))
        let candidates = plan.people.map(\.id).filter { p in
            mealHosts.contains(p) || category[p].map(categories.contains) == true
        }.enumerated().sorted { (facts.precedence($0.element), $0.offset) < (facts.precedence($1.element), $1.offset) }
            .map(\.element)
        var used = Set<ID<Person>>()
        for (k, h) in candidates.enumerated() where k < 2 * tables.count {
            let i = k % max(1, tables.count)
            guard tables[i].seats - hosts[i].count > 1 || tables[i].seats == 1 && hosts[i].isEmpty else { continue }
            hosts[i].append(h)
            used.insert(h)
            if isHalal(h) { tables[i].halal = true }
        }
        return guestList.filter { !used.contains($0) }
    }

    /// Delegations by organisation, people without one each on their own; halal ones first (to
    /// claim the halal tables), then foreign ones, then the largest first (they pack worst).
    func delegations(_ people: [ID<Person>]) -> [[ID<Person>]] {
        var units: [[ID<Person>]] = [], slot: [String: Int] = [:]
        for p in people {
            let org = person[p]?.organisation.trimmingCharacters(in: .whitespaces) ?? ""
            if !org.isEmpty, let i = slot[org] {
                units[i].append(p)
            } else {
                if !org.isEmpty { slot[org] = units.count }
                units.append([p])
            }
        }
        return units.enumerated().sorted { a, b in
            let ka = (needsHalal(a.element) ? 0 : 1, a.element.contains(where: isForeign) ? 0 : 1, -a.element.count)
            let kb = (needsHalal(b.element) ? 0 : 1, b.element.contains(where: isForeign) ? 0 : 1, -b.element.count)
            return (ka.0, ka.1, ka.2, a.offset) < (kb.0, kb.1, kb.2, b.offset)
        }.map(\.element)
    }

    func needsHalal(_ unit: [ID<Person>]) -> Bool { unit.contains(where: isHalal) }

    /// A delegation larger than any table goes in pieces as large as the largest table's room.
    func split(_ unit: [ID<Person>]) -> [[ID<Person>]] {
        let largest = max(1, tables.map(\.seats).max() ?? 1) - 1
        return stride(from: 0, to: unit.count, by: max(1, largest)).map {
            Array(unit[$0..<min(unit.count, $0 + max(1, largest))])
        }
    }

    /// Room for the whole unit (an interpreter joins it when a seat is left).
    func fits(_ unit: [ID<Person>], _ i: Int) -> Bool { room(i) >= unit.count }

    /// Room for the unit with its interpreter, at a halal table when it needs one.
    func best(_ unit: [ID<Person>], _ i: Int, interpreter: Bool) -> Bool {
        let extra = interpreter && !interpreted[i] ? 1 : 0
        return room(i) >= unit.count + extra && (!needsHalal(unit) || tables[i].halal)
    }

    mutating func seat(_ unit: [ID<Person>], at i: Int, interpreters: inout [ID<Person>]) {
        guests[i] += unit
        if needsHalal(unit) { tables[i].halal = true }
        if unit.contains(where: isForeign), !interpreted[i], room(i) > 0, !interpreters.isEmpty {
            let g = interpreters.removeFirst()
            guests[i].append(g)
            interpreted[i] = true
            if isHalal(g) { tables[i].halal = true }
        }
    }

    /// The plan with these seats: each table's hosts and guests in the seat order, tables in
    /// the plan's own order.
    func proposal() -> TablePlan {
        var after = before
        let order = plan.banquetSeatOrder(of: before.meal)
        var seats: [TableSeat] = []
        let previous = Dictionary(before.seats.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, table) in tables.enumerated() {
            // Equals keep the order they sat in at this table, so a re-run gives them the same seats.
            let all = BanquetRules.seatNumbers(hosts: 0, guests: table.seats, seats: table.seats, order).guests
            let ordinal = Dictionary(all.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
            func sat(_ g: ID<Person>) -> Int {
                previous[g].flatMap { $0.table == table.number ? ordinal[$0.seat] : nil } ?? Int.max
            }
            let sorted = guests[i].enumerated().sorted { a, b in
                let ia = facts.isInterpreter(a.element), ib = facts.isInterpreter(b.element)
                return (ia ? 1 : 0, facts.precedence(a.element), sat(a.element), a.offset)
                    < (ib ? 1 : 0, facts.precedence(b.element), sat(b.element), b.offset)
            }.map(\.element)
            let numbers = BanquetRules.seatNumbers(hosts: hosts[i].count, guests: sorted.count, seats: table.seats,
                                                   order)
            for (h, n) in zip(hosts[i], numbers.hosts) {
                seats.append(TableSeat(person: h, table: table.number, seat: n, host: true))
            }
            // Never a guest dropped: one past the numbers (none is) sits on an extra chair.
            let chairs = numbers.guests + Array(table.seats + 1...table.seats + max(1, sorted.count))
            for (g, n) in zip(sorted, chairs) {
                seats.append(TableSeat(person: g, table: table.number, seat: n))
            }
        }
        let halal = Dictionary(tables.map { ($0.number, $0.halal) }, uniquingKeysWith: { a, _ in a })
        for i in after.tables.indices { after.tables[i].halal = halal[after.tables[i].number] ?? after.tables[i].halal }
        after.seats = seats
        return after
    }
}
