/// What `tables --assign` is asked for.
public struct BanquetOptions: Hashable, Sendable {
    /// Registration categories whose people can host a table (a staff member or a local official).
    public var hostCategories: [String]
    /// Of those, the office's own staff: they host where no local official does.
    public var staffCategories: [String]

    public init(hostCategories: [String] = ["staff", "工作人员", "host", "东道主"],
                staffCategories: [String] = ["staff", "工作人员"]) {
        self.hostCategories = hostCategories
        self.staffCategories = staffCategories
    }
}

/// A guest the assignment could not seat, and why, in words the office reads.
public struct UnseatedGuest: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable {
        /// Every seat is taken.
        case noSeat = "no-seat"
        /// A halal guest and no halal table with a free seat. The assignment no longer says it
        /// (it makes a table halal rather than leave a halal guest out); kept for reports read back.
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

/// What a change of a meal's seats does, person by person, so that a preview never says "no
/// change" of a proposal that seats, moves or unseats people.
public struct SeatTally: Hashable, Sendable {
    /// Given a seat they did not have.
    public var seated = 0
    /// At another table than before.
    public var moved = 0
    /// In another seat (or as host instead of guest) at the same table.
    public var reseated = 0
    /// Had a seat and have none.
    public var unseated = 0
    /// Tables made halal, and tables no longer halal.
    public var madeHalal = 0
    public var madePlain = 0

    public init() {}

    public init(before: TablePlan?, after: TablePlan?) {
        let old = Dictionary((before?.seats ?? []).map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary((after?.seats ?? []).map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        for (person, seat) in new {
            guard let was = old[person] else { seated += 1; continue }
            if was.table != seat.table { moved += 1 } else if was.seat != seat.seat || was.host != seat.host {
                reseated += 1
            }
        }
        unseated = old.keys.filter { new[$0] == nil }.count
        let halalBefore = Set((before?.tables ?? []).filter(\.halal).map(\.number))
        let halalAfter = Set((after?.tables ?? []).filter(\.halal).map(\.number))
        madeHalal = halalAfter.subtracting(halalBefore).count
        madePlain = halalBefore.subtracting(halalAfter).count
    }
}

extension BanquetProposal {
    /// Who its changes seat, move and unseat, from the plan before to the plan after.
    public var tally: SeatTally {
        var first: TablePlan??, last: TablePlan?
        for c in changes {
            guard case .tablePlan(let before, let after) = c else { continue }
            if first == nil { first = .some(before) }
            last = after
        }
        guard let first else { return SeatTally() }
        return SeatTally(before: first, after: last)
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
        // The same seats listed in another order are no change.
        func canonical(_ t: TablePlan) -> TablePlan {
            var t = t
            t.seats.sort { ($0.table, $0.seat, $0.person.raw) < ($1.table, $1.seat, $1.person.raw) }
            return t
        }
        let same = canonical(after) == canonical(before)
        return BanquetProposal(changes: same ? [] : [.tablePlan(before: before, after: after)], unseated: unseated)
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
    /// Everyone given a seat so far, hosts apart.
    var placed = Set<ID<Person>>()

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
    }

    func room(_ i: Int) -> Int { tables[i].seats - hosts[i].count - guests[i].count }
    func isHalal(_ id: ID<Person>) -> Bool { person[id]?.diet?.kind == .halal }
    func isForeign(_ id: ID<Person>) -> Bool { person[id].map(BanquetRules.isForeign) ?? false }
    /// A foreign guest, not an interpreter (whose own language field may say `de`).
    func needsInterpreter(_ id: ID<Person>) -> Bool { isForeign(id) && !facts.isInterpreter(id) }
    func interprets(_ interpreter: ID<Person>, for guest: ID<Person>) -> Bool {
        BanquetRules.interprets(person[interpreter], for: person[guest])
    }

    /// The foreign guests of `unit` with no interpreter of their language at table `i`.
    func uncovered(_ unit: [ID<Person>], at i: Int) -> [ID<Person>] {
        let there = guests[i].filter(facts.isInterpreter)
        return unit.filter { g in needsInterpreter(g) && !there.contains { interprets($0, for: g) } }
    }

    /// Of the spare interpreters, the one for `g`: one of their language before one whose
    /// languages nobody wrote down.
    func interpreter(for g: ID<Person>, among list: [ID<Person>]) -> Int? {
        let fit = list.indices.filter { interprets(list[$0], for: g) }
        return fit.first { person[list[$0]].map(BanquetRules.interpreterLanguages)?.isEmpty == false } ?? fit.first
    }

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
            // Every table before `first` is full: there is no seat left for anyone.
            guard first < tables.count else {
                unseated.append(UnseatedGuest(person: g, reason: .noSeat))
                continue
            }
            seat([g], at: first, interpreters: &spareInterpreters)
        }
        // The rest are equals: any table from the last ranked one down keeps precedence.
        let rankedSet = Set(ranked)
        let units = delegations(pool.filter { !rankedSet.contains($0) })
        let fresh = keepSeats(units, from: first, interpreters: &spareInterpreters)
        seatHalal(fresh, from: first, interpreters: &spareInterpreters)
        for unit in packingOrder(fresh.map { $0.filter { !placed.contains($0) } }.filter { !$0.isEmpty }) {
            let left = seatTogether(unit, from: first, interpreters: &spareInterpreters)
            unseated += left.map { UnseatedGuest(person: $0, reason: .noSeat) }
        }
        rehost(from: first)
        // Interpreters no foreign guest needed eat as guests, where there is room.
        for g in spareInterpreters {
            let halal = isHalal(g)
            if let at = (first..<tables.count).first(where: { room($0) > 0 && (!halal || tables[$0].halal) })
                ?? (first..<tables.count).first(where: { room($0) > 0 }) {
                guests[at].append(g)
                placed.insert(g)
                if halal { tables[at].halal = true }
            } else {
                unseated.append(UnseatedGuest(person: g, reason: .noSeat))
            }
        }
        return (proposal(), unseated)
    }

    /// Hosts were placed before the guests, from the head table down: a host left with nobody
    /// goes to a table of guests that has none while it has a seat; a guest left alone at a
    /// table without a host joins a hosted table with room, their delegation's first.
    mutating func rehost(from first: Int) {
        let tablesAfter = Array(max(1, first)..<tables.count)
        for i in tablesAfter where guests[i].isEmpty && !hosts[i].isEmpty {
            while !hosts[i].isEmpty {
                if let j = tablesAfter.first(where: { !guests[$0].isEmpty && hosts[$0].isEmpty && room($0) > 0 }) {
                    hosts[j].append(hosts[i].removeFirst())
                } else if let j = tablesAfter.first(where: { !guests[$0].isEmpty && hosts[$0].isEmpty }),
                          let k = hostedWithRoom(for: guests[j].last!, among: tablesAfter, besides: j) {
                    // A full table of guests with no host: its last guest moves to a hosted table
                    // with a seat (their delegation's, if it has one), and the host takes theirs.
                    guests[k].append(guests[j].removeLast())
                    hosts[j].append(hosts[i].removeFirst())
                } else if let k = tablesAfter.filter({ !guests[$0].isEmpty && room($0) > 0 })
                            .max(by: { (guests[$0].count, -$0) < (guests[$1].count, -$1) }) {
                    // Every table of guests has a host: one more hosts beside them as deputy.
                    hosts[k].append(hosts[i].removeFirst())
                } else {
                    break
                }
            }
        }
        for i in tablesAfter where guests[i].count == 1 && hosts[i].isEmpty {
            guard let j = hostedWithRoom(for: guests[i][0], among: tablesAfter, besides: i) else { continue }
            guests[j].append(guests[i].removeFirst())
        }
    }

    /// A hosted table with guests and a free seat for `g` (halal if they eat halal), the one
    /// where their delegation sits first.
    func hostedWithRoom(for g: ID<Person>, among list: [Int], besides other: Int) -> Int? {
        let org = person[g]?.organisation ?? ""
        let fits = list.filter { $0 != other && !hosts[$0].isEmpty && !guests[$0].isEmpty && room($0) > 0
            && (!isHalal(g) || tables[$0].halal) }
        return fits.first { k in !org.isEmpty && guests[k].contains { person[$0]?.organisation == org } } ?? fits.first
    }

    /// A re-run keeps each part of a delegation at the table it sat at while it fits there, and
    /// interpreters beside the foreign guests they sat with. A newcomer (late registration) joins
    /// the table where most of their delegation sits while it has room (a halal newcomer only a
    /// halal one), so the others stay put; one who finds none is left to the passes that follow.
    /// Returns each delegation's members still to seat.
    mutating func keepSeats(_ units: [[ID<Person>]], from first: Int, interpreters: inout [ID<Person>])
        -> [[ID<Person>]]
    {
        let sat = Dictionary(before.seats.filter { !$0.host }.map { ($0.person, $0.table) },
                             uniquingKeysWith: { a, _ in a })
        let slot = Dictionary(tables.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
        func previous(_ g: ID<Person>) -> Int? { sat[g].flatMap { slot[$0] }.flatMap { $0 >= first ? $0 : nil } }
        var rests: [[ID<Person>]] = []
        for unit in units {
            var rest: [ID<Person>] = []
            let parts = Dictionary(grouping: unit.filter { previous($0) != nil }, by: { previous($0)! })
            for (at, part) in parts.sorted(by: { $0.key < $1.key }) {
                if room(at) >= part.count { place(part, at: at) } else { rest += part }
            }
            rests.append(unit.filter { previous($0) == nil } + rest)
        }
        for g in interpreters {
            guard let at = previous(g), room(at) > 0,
                  uncovered(guests[at], at: at).contains(where: { interprets(g, for: $0) }) else { continue }
            guests[at].append(g)
            placed.insert(g)
        }
        interpreters.removeAll(where: placed.contains)
        for (u, unit) in units.enumerated() {
            let members = Set(unit)
            let newcomers = rests[u].filter { previous($0) == nil }
            // Halal newcomers first: only a halal table will do for them.
            for g in newcomers.filter(isHalal) + newcomers.filter({ !isHalal($0) }) {
                let here = (first..<tables.count).map { i in (i, guests[i].filter(members.contains).count) }
                guard let at = here.filter({ $0.1 > 0 && room($0.0) > 0 && (!isHalal(g) || tables[$0.0].halal) })
                    .max(by: { ($0.1, -$0.0) < ($1.1, -$1.0) })?.0 else { continue }
                seat([g], at: at, interpreters: &interpreters)
            }
            rests[u].removeAll(where: placed.contains)
        }
        return rests
    }

    /// Halal guests at as few halal tables as they need, nearest the head table from where the
    /// equals begin: the halal tables there first, then the nearest table with room for all
    /// still waiting (else the roomiest) made halal. Each delegation's halal guests sit together
    /// where they fit, and the rest of the delegation with them when all of it fits.
    mutating func seatHalal(_ units: [[ID<Person>]], from first: Int, interpreters: inout [ID<Person>]) {
        var groups = units.map { $0.filter(isHalal) }.filter { !$0.isEmpty }
        var open = (first..<tables.count).filter { tables[$0].halal && room($0) > 0 }
        var waiting = groups.reduce(0) { $0 + $1.count }
        var spare = open.reduce(0) { $0 + room($1) }
        while spare < waiting {
            let candidates = (first..<tables.count).filter { !open.contains($0) && room($0) > 0 }
            guard let at = candidates.first(where: { room($0) >= waiting - spare })
                ?? candidates.max(by: { (room($0), -$0) < (room($1), -$1) }) else { break }
            open.append(at)
            spare += room(at)
        }
        open.sort()
        groups.sort { $0.count > $1.count }
        for group in groups {
            var left = group
            while !left.isEmpty {
                guard let at = open.first(where: { room($0) >= left.count })
                    ?? open.first(where: { room($0) > 0 }) else { break }
                let piece = Array(left.prefix(room(at)))
                seat(piece, at: at, interpreters: &interpreters)
                left.removeFirst(piece.count)
            }
            waiting -= group.count - left.count
        }
        for unit in units where unit.contains(where: isHalal) {
            let others = unit.filter { !placed.contains($0) }
            guard !others.isEmpty, let at = open.first(where: { guests[$0].contains(where: unit.contains) }),
                  room(at) >= others.count else { continue }
            seat(others, at: at, interpreters: &interpreters)
        }
    }

    /// Foreign delegations first (their interpreter must find a seat beside them), then the
    /// largest (they pack worst).
    func packingOrder(_ units: [[ID<Person>]]) -> [[ID<Person>]] {
        units.enumerated().sorted { a, b in
            let ka = (a.element.contains(where: isForeign) ? 0 : 1, -a.element.count)
            let kb = (b.element.contains(where: isForeign) ? 0 : 1, -b.element.count)
            return (ka.0, ka.1, a.offset) < (kb.0, kb.1, b.offset)
        }.map(\.element)
    }

    /// A delegation at the first table with room for it (and its interpreter), else at the
    /// first with room for it alone; one no table can hold whole is seated in pieces, the
    /// roomiest tables first, so that nobody waits while a seat is free. Returns who found none.
    mutating func seatTogether(_ unit: [ID<Person>], from first: Int, interpreters: inout [ID<Person>])
        -> [ID<Person>]
    {
        let spare = interpreters
        let extra = unit.contains { g in needsInterpreter(g) && spare.contains { interprets($0, for: g) } } ? 1 : 0
        let tried = first..<tables.count
        if let at = tried.first(where: { room($0) >= unit.count + (uncovered(unit, at: $0).isEmpty ? 0 : extra) })
            ?? tried.first(where: { room($0) >= unit.count }) {
            seat(unit, at: at, interpreters: &interpreters)
            return []
        }
        var left = unit
        while !left.isEmpty, let at = tried.filter({ room($0) > 0 }).max(by: { (room($0), -$0) < (room($1), -$1) }) {
            let piece = Array(left.prefix(room(at)))
            seat(piece, at: at, interpreters: &interpreters)
            left.removeFirst(piece.count)
        }
        return left
    }

    /// A host representative at each table from the head table down, local officials (the meal's
    /// host, a VIP, the host side's categories) before staff and each by precedence, the most
    /// senior at the head table; with more of them than tables, deputies from the head table
    /// down. Returns the
    /// meal's guests left to seat (a host candidate not needed as host eats as a guest).
    mutating func placeHosts(_ guestList: [ID<Person>]) -> [ID<Person>] {
        let categories = Set(options.hostCategories)
        let category = Dictionary(plan.registrations.map { ($0.person, $0.category) }, uniquingKeysWith: { a, _ in a })
        let mealHosts = Set(plan.roles.filter { $0.session == before.meal && $0.role == .host }.map(\.person))
        // An interpreter is for the foreign guests, not the head of a table, while there are any.
        let foreignGuests = guestList.contains(where: isForeign)
        let hostSide = plan.hostSide(before.meal, guests: guestList)
        let candidates = plan.people.map(\.id).filter { p in
            (mealHosts.contains(p) || category[p].map(categories.contains) == true || hostSide.contains(p))
                && !(foreignGuests && !mealHosts.contains(p) && facts.isInterpreter(p))
        }
        // A staff member's part in the programme (a forum he moderates) does not put him above an official.
        let isOfficial = plan.hostsAsOfficial(before.meal, options: options)
        func official(_ p: ID<Person>) -> Int { isOfficial(p) ? 0 : 1 }
        let ordered = candidates.enumerated().sorted { a, b in
            (official(a.element), facts.precedence(a.element), a.offset)
                < (official(b.element), facts.precedence(b.element), b.offset)
        }.map(\.element)
        var used = Set<ID<Person>>()
        for (k, h) in ordered.enumerated() where k < 2 * tables.count {
            let i = k % max(1, tables.count)
            guard tables[i].seats - hosts[i].count > 1 || tables[i].seats == 1 && hosts[i].isEmpty else { continue }
            hosts[i].append(h)
            used.insert(h)
            if isHalal(h) { tables[i].halal = true }
        }
        return guestList.filter { !used.contains($0) }
    }

    /// Delegations by organisation, people without one each on their own, in the order met.
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
        return units
    }

    func needsHalal(_ unit: [ID<Person>]) -> Bool { unit.contains(where: isHalal) }

    /// Seats a unit at a table (made halal when one of them eats halal), with an interpreter of
    /// their language beside each of its foreign guests the table has none for, while a seat is left.
    mutating func seat(_ unit: [ID<Person>], at i: Int, interpreters: inout [ID<Person>]) {
        place(unit, at: i)
        for g in unit where room(i) > 0 && !uncovered([g], at: i).isEmpty {
            guard let k = interpreter(for: g, among: interpreters) else { continue }
            let t = interpreters.remove(at: k)
            guests[i].append(t)
            placed.insert(t)
            if isHalal(t) { tables[i].halal = true }
        }
    }

    /// Seats a unit as it is, no interpreter brought.
    mutating func place(_ unit: [ID<Person>], at i: Int) {
        guests[i] += unit
        placed.formUnion(unit)
        if needsHalal(unit) { tables[i].halal = true }
    }

    /// The chairs for a table's guests in their order (interpreters last): by the seat order,
    /// except that each interpreter, no use three seats away, takes a seat beside the most senior
    /// foreign guest of their language not yet served, who keeps theirs: a less senior guest's
    /// when one sits beside them, else (a junior foreign guest between seniors, as at a full head
    /// table) the less senior neighbour's; the other guests take the seats left in their order.
    /// Never a host's seat. Taken from the order alone, so a re-run gives the same seats.
    func chairs(_ sorted: [ID<Person>], all: [Int], seats count: Int) -> [Int] {
        let extra = Array(count + 1...count + max(1, sorted.count))
        guard count > 2 else { return all + extra }
        var fixed: [Int: Int] = [:], served = Set<Int>()
        for k in sorted.indices where facts.isInterpreter(sorted[k]) {
            guard let foreign = sorted.indices.first(where: { f in
                // One whose seat an earlier interpreter took sits where the order leaves them.
                f < all.count && !served.contains(f) && needsInterpreter(sorted[f])
                    && interprets(sorted[k], for: sorted[f]) && (fixed[f] != nil || !fixed.values.contains(all[f]))
            }) else { continue }
            let at = fixed[foreign] ?? all[foreign]
            let taken = Set(fixed.values)
            let beside = [at % count + 1, (at + count - 2) % count + 1]
            let next = all.indices.filter { $0 != foreign && beside.contains(all[$0]) && !taken.contains(all[$0]) }
            guard let n = next.filter({ $0 > foreign }).min() ?? next.max() else { continue }
            fixed[foreign] = at
            fixed[k] = all[n]
            served.insert(foreign)
        }
        let taken = Set(fixed.values)
        var left = (all + extra).filter { !taken.contains($0) }
        return sorted.indices.map { k in fixed[k] ?? left.removeFirst() }
    }

    /// A table's seats as they were for everyone who sat at it before (as host or guest as
    /// before), newcomers in the free seats by the seat order, when that keeps the hosts in the
    /// hosts' seats and orders the guests by precedence as well as `ideal` does; nil when the
    /// table's order must change (a VIP joins, a host goes): then `ideal`. Equals keep their
    /// seats, so a re-run, or late registrations elsewhere, move nobody round their table.
    func kept(_ ideal: [TableSeat], at table: BanquetTable, hosts hostCount: Int, _ order: BanquetSeatOrder)
        -> [TableSeat]?
    {
        let previous = Dictionary(before.seats.filter { $0.table == table.number }.map { ($0.person, $0) },
                                  uniquingKeysWith: { a, _ in a })
        let numbers = BanquetRules.seatNumbers(hosts: hostCount, guests: table.seats, seats: table.seats, order)
        let ordinal = Dictionary(numbers.guests.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        var taken = Set<Int>(), out: [TableSeat] = [], newcomers: [TableSeat] = []
        for s in ideal {
            if let was = previous[s.person], was.host == s.host, (1...table.seats).contains(was.seat),
               taken.insert(was.seat).inserted {
                out.append(was)
            } else {
                newcomers.append(s)
            }
        }
        if newcomers.isEmpty && out == ideal { return nil }
        // A new interpreter's place is beside their guest, which only the seat order gives.
        if newcomers.contains(where: { facts.isInterpreter($0.person) }) { return nil }
        for s in newcomers {
            let free = s.host ? (taken.contains(s.seat) ? nil : s.seat)
                : (taken.contains(s.seat) ? numbers.guests.first { !taken.contains($0) } : s.seat)
            guard let free else { return nil }
            taken.insert(free)
            out.append(TableSeat(person: s.person, table: table.number, seat: free, host: s.host))
        }
        guard Set(out.filter(\.host).map(\.seat)) == Set(numbers.hosts) else { return nil }
        // The deputy's seat, left by a guest who went, goes to the least senior guest still here.
        let deputy = BanquetRules.seatOrder(table.seats, order).firstIndex(of: .deputy).map { $0 + 1 }
        if hostCount < 2, let deputy, !out.contains(where: { $0.seat == deputy }), out.filter({ !$0.host }).count > 2,
           let last = out.indices.filter({ !out[$0].host && !facts.isInterpreter(out[$0].person) })
               .max(by: { (ordinal[out[$0].seat] ?? -1) < (ordinal[out[$1].seat] ?? -1) }) {
            out[last].seat = deputy
        }
        // Inversions among ranked guests: pairs seated against their precedence.
        func inversions(_ seats: [TableSeat]) -> Set<[ID<Person>]>? {
            let guests = seats.filter { !$0.host && !facts.isInterpreter($0.person) }
            var out = Set<[ID<Person>]>()
            for a in guests {
                guard let oa = ordinal[a.seat] else { return nil }
                for b in guests where facts.precedence(a.person) < facts.precedence(b.person) {
                    guard let ob = ordinal[b.seat] else { return nil }
                    if ob < oa { out.insert([a.person, b.person]) }
                }
            }
            return out
        }
        guard let mine = inversions(out), let theirs = inversions(ideal), mine.isSubset(of: theirs) else { return nil }
        return out
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
            // Never a guest dropped: one past the numbers (none is) sits on an extra chair.
            let guestSeats = BanquetRules.seatNumbers(hosts: hosts[i].count, guests: sorted.count, seats: table.seats,
                                                      order).guests
            var ideal: [TableSeat] = []
            for (g, n) in zip(sorted, chairs(sorted, all: guestSeats, seats: table.seats)) {
                ideal.append(TableSeat(person: g, table: table.number, seat: n))
            }
            let hostSeats = zip(hosts[i], numbers.hosts).map {
                TableSeat(person: $0, table: table.number, seat: $1, host: true)
            }
            seats += kept(hostSeats + ideal, at: table, hosts: hostSeats.count, order) ?? hostSeats + ideal
        }
        let halal = Dictionary(tables.map { ($0.number, $0.halal) }, uniquingKeysWith: { a, _ in a })
        for i in after.tables.indices { after.tables[i].halal = halal[after.tables[i].number] ?? after.tables[i].halal }
        after.seats = seats
        return after
    }
}

extension EventPlan {
    /// The host side's officials among a meal's guests, who host tables without a host category:
    /// VIPs of a meal host's organisation (the vice-mayor at the mayor's dinner), and government
    /// VIPs of the same city or province (成都市教育局 at 成都市人民政府's dinner). Not the host
    /// organisation's delegates: a delegation that came to the conference sits together.
    public func hostSide(_ meal: ID<Session>, guests: [ID<Person>]) -> Set<ID<Person>> {
        let hostIDs = Set(roles.filter { $0.session == meal && $0.role == .host }.map(\.person))
        let hostOrgs = people.filter { hostIDs.contains($0.id) }.map { $0.organisation.trimmingSpaces }
            .filter { !$0.isEmpty }
        guard !hostOrgs.isEmpty else { return [] }
        let places = Set(hostOrgs.compactMap(Self.place))
        let guestSet = Set(guests)
        return Set(people.filter { p in
            guard guestSet.contains(p.id), p.vipLevel > 0 else { return false }
            let org = String(p.organisation.trimmingSpaces)
            if hostOrgs.contains(where: { $0 == org }) { return true }
            return p.orgType == .government && Self.place(org).map(places.contains) == true
        }.map(\.id))
    }

    /// The place an organisation's name starts with, through its 省/市/州/县/区 (`成都市`).
    static func place<S: StringProtocol>(_ org: S) -> String? {
        guard let end = org.firstIndex(where: { "省市州县区".contains($0) }) else { return nil }
        return String(org[...end])
    }

    /// Whether a person hosts a meal's table as an official rather than as staff: the meal's
    /// host, a VIP, the host side, anyone not in a staff category. Officials host before staff,
    /// whatever part a staff member has in the programme.
    public func hostsAsOfficial(_ meal: ID<Session>, options: BanquetOptions = BanquetOptions())
        -> (ID<Person>) -> Bool
    {
        let staff = Set(options.staffCategories)
        let category = Dictionary(registrations.map { ($0.person, $0.category) }, uniquingKeysWith: { a, _ in a })
        let mealHosts = Set(roles.filter { $0.session == meal && $0.role == .host }.map(\.person))
        let vip = Dictionary(people.map { ($0.id, $0.vipLevel) }, uniquingKeysWith: { a, _ in a })
        return { p in mealHosts.contains(p) || (vip[p] ?? 0) > 0 || category[p].map(staff.contains) != true }
    }
}
