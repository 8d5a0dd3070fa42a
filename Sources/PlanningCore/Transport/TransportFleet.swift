/// When each vehicle, each driver and each escort is taken, as runs are kept and made: a vehicle
/// is busy until it is back where it left from, and a driver who drives two vehicles is busy
/// whichever he drives.
struct FleetCalendar {
    let vehicles: [Vehicle]
    private var index: [ID<Vehicle>: Int] = [:]
    /// Busy spans (minutes, half-open) by vehicle index, by driver and by escort.
    private var vehicleBusy: [[(Int, Int)]]
    private var driverBusy: [String: [(Int, Int)]] = [:]
    private var personBusy: [ID<Person>: [(Int, Int)]] = [:]

    init(_ vehicles: [Vehicle]) {
        // Deterministic whatever order the store read them in.
        self.vehicles = vehicles.sorted { $0.id < $1.id }
        vehicleBusy = Array(repeating: [], count: self.vehicles.count)
        for (i, v) in self.vehicles.enumerated() { index[v.id] = i }
    }

    func vehicle(_ id: ID<Vehicle>?) -> Vehicle? { id.flatMap { index[$0] }.map { vehicles[$0] } }

    var largestSeats: Int { vehicles.map(\.seats).max() ?? 0 }

    mutating func take(_ vehicle: ID<Vehicle>?, escort: ID<Person>?, from start: Int, minutes: Int) {
        let span = (start, start + max(1, minutes))
        if let v = vehicle, let i = index[v] {
            vehicleBusy[i].append(span)
            if let d = vehicles[i].driverIdentity { driverBusy[d, default: []].append(span) }
        }
        if let escort { personBusy[escort, default: []].append(span) }
    }

    /// Marks a person busy (a staff member's own sessions) so they are not asked to escort then.
    mutating func busy(_ person: ID<Person>, _ start: Int, _ end: Int) {
        personBusy[person, default: []].append((start, end))
    }

    func isFree(_ person: ID<Person>, from start: Int, minutes: Int) -> Bool {
        !Self.overlaps(personBusy[person] ?? [], start, start + max(1, minutes))
    }

    /// Whether vehicle `i` and its driver can make a run leaving at `start` that keeps it `minutes`.
    func isFree(vehicle i: Int, from start: Int, minutes: Int) -> Bool {
        let end = start + max(1, minutes)
        let v = vehicles[i]
        if !v.availability.isEmpty,
           !v.availability.contains(where: { $0.start.minutes <= start && end <= $0.end.minutes }) { return false }
        if Self.overlaps(vehicleBusy[i], start, end) { return false }
        if let d = v.driverIdentity, Self.overlaps(driverBusy[d] ?? [], start, end) { return false }
        return true
    }

    /// The time in `lo…hi` closest to `preferred` (one of the two ends) at which vehicle `i` is free.
    func freeStart(vehicle i: Int, lo: Int, hi: Int, preferred: Int, minutes: Int) -> Int? {
        guard lo <= hi else { return nil }
        if isFree(vehicle: i, from: preferred, minutes: minutes) { return preferred }
        // A vehicle becomes free when a span ends, or stops being free when one begins: only
        // those moments (and the window's own edges) need trying.
        var edges: [Int] = [lo, hi]
        let v = vehicles[i]
        var spans = vehicleBusy[i]
        if let d = v.driverIdentity { spans += driverBusy[d] ?? [] }
        for (s, e) in spans { edges.append(e); edges.append(s - minutes) }
        for w in v.availability { edges.append(w.start.minutes); edges.append(w.end.minutes - minutes) }
        let tried = edges.filter { lo <= $0 && $0 <= hi }
            .sorted { (abs($0 - preferred), $0) < (abs($1 - preferred), $1) }
        return tried.first { isFree(vehicle: i, from: $0, minutes: minutes) }
    }

    private static func overlaps(_ spans: [(Int, Int)], _ start: Int, _ end: Int) -> Bool {
        spans.contains { $0.0 < end && start < $0.1 }
    }
}
