/// When and where each vehicle, each driver and each escort is taken, as runs are kept and made.
/// Runs are placed as the conflict engine judges them (`PlanIndex.canFollow`): after a run, a
/// vehicle is at its destination and must drive from there to where its next run leaves; a
/// driver who drives two vehicles is taken whichever he drives.
struct FleetCalendar {
    /// One run as the calendar keeps it: when it leaves, from where, to where.
    struct Use {
        var start: Int
        var from: ID<Site>
        var to: ID<Site>
    }

    let vehicles: [Vehicle]
    private let travel: (ID<Site>, ID<Site>) -> Int
    private var index: [ID<Vehicle>: Int] = [:]
    private var vehicleUses: [[Use]]
    private var driverUses: [String: [Use]] = [:]
    private var personUses: [ID<Person>: [Use]] = [:]
    /// A staff member's own sessions (minutes, half-open): not asked to escort then.
    private var personBusy: [ID<Person>: [(Int, Int)]] = [:]

    init(_ vehicles: [Vehicle], travel: @escaping (ID<Site>, ID<Site>) -> Int) {
        // Deterministic whatever order the store read them in.
        self.vehicles = vehicles.sorted { $0.id < $1.id }
        self.travel = travel
        vehicleUses = Array(repeating: [], count: self.vehicles.count)
        for (i, v) in self.vehicles.enumerated() { index[v.id] = i }
    }

    func vehicle(_ id: ID<Vehicle>?) -> Vehicle? { id.flatMap { index[$0] }.map { vehicles[$0] } }

    var largestSeats: Int { vehicles.map(\.seats).max() ?? 0 }

    mutating func take(_ vehicle: ID<Vehicle>?, escort: ID<Person>?, _ use: Use) {
        if let v = vehicle, let i = index[v] {
            vehicleUses[i].append(use)
            if let d = vehicles[i].driverIdentity { driverUses[d, default: []].append(use) }
        }
        if let escort { personUses[escort, default: []].append(use) }
    }

    /// Marks a person busy (a staff member's own sessions) so they are not asked to escort then.
    mutating func busy(_ person: ID<Person>, _ start: Int, _ end: Int) {
        personBusy[person, default: []].append((start, end))
    }

    /// Whether one who makes `a` can make `b` too, in whichever order they come.
    private func compatible(_ a: Use, _ b: Use) -> Bool {
        let (x, y) = a.start <= b.start ? (a, b) : (b, a)
        return x.start + travel(x.from, x.to) + travel(x.to, y.from) <= y.start
    }

    private func roundTrip(_ u: Use) -> Int { max(1, 2 * travel(u.from, u.to)) }

    func isFree(_ person: ID<Person>, for use: Use) -> Bool {
        let end = use.start + roundTrip(use)
        if (personBusy[person] ?? []).contains(where: { $0.0 < end && use.start < $0.1 }) { return false }
        return (personUses[person] ?? []).allSatisfy { compatible($0, use) }
    }

    /// Whether vehicle `i` and its driver can make `use`, within the hours the company gives it
    /// (until back where it left from, as the engine reads them).
    func isFree(vehicle i: Int, for use: Use) -> Bool {
        let v = vehicles[i], end = use.start + roundTrip(use)
        if !v.isAvailable(from: use.start, to: end) { return false }
        if !vehicleUses[i].allSatisfy({ compatible($0, use) }) { return false }
        if let d = v.driverIdentity, !(driverUses[d] ?? []).allSatisfy({ compatible($0, use) }) { return false }
        return true
    }

    /// The time in `lo…hi` closest to `preferred` (one of the two ends) at which vehicle `i` can
    /// leave `from` for `to`.
    func freeStart(vehicle i: Int, lo: Int, hi: Int, preferred: Int, from: ID<Site>, to: ID<Site>) -> Int? {
        guard lo <= hi else { return nil }
        let use = { (t: Int) in Use(start: t, from: from, to: to) }
        if isFree(vehicle: i, for: use(preferred)) { return preferred }
        // A vehicle can first leave once back from a run, and last leave so as to be back for the
        // next: only those moments (and the window's own edges) need trying.
        var edges: [Int] = [lo, hi]
        let v = vehicles[i], own = travel(from, to)
        var uses = vehicleUses[i]
        if let d = v.driverIdentity { uses += driverUses[d] ?? [] }
        for u in uses {
            edges.append(u.start + travel(u.from, u.to) + travel(u.to, from))
            edges.append(u.start - own - travel(to, u.from))
        }
        for w in v.availability {
            edges.append(w.start.minutes)
            edges.append(w.end.minutes - max(1, 2 * own))
        }
        let tried = edges.filter { lo <= $0 && $0 <= hi }
            .sorted { (abs($0 - preferred), $0) < (abs($1 - preferred), $1) }
        return tried.first { isFree(vehicle: i, for: use($0)) }
    }
}
