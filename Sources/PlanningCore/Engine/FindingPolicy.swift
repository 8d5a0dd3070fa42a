/// Staff's decision to live with a finding, and why.
public struct Acknowledgement: Hashable, Sendable {
    public var reason: String
    public var by: String
    /// ISO 8601 UTC, when it was recorded.
    public var at: String
    public init(reason: String, by: String, at: String) {
        self.reason = reason
        self.by = by
        self.at = at
    }
}

/// A finding as shown to people: its identity, its severity after the event's overrides, and
/// whether someone acknowledged it.
public struct ReportedFinding: Hashable, Sendable {
    public var finding: Finding
    public var severity: Severity
    /// Survives reloads and exports: made from the UUIDs of what the finding concerns.
    public var key: String
    /// Eight hex digits of `key`, short enough to type: `confplan ack dy2026 3fa2c19e`.
    public var shortID: String
    public var acknowledgement: Acknowledgement?

    public var isOpen: Bool { acknowledgement == nil }
}

/// Per event: severities staff changed or silenced, and acknowledged findings.
public struct FindingPolicy: Sendable, Equatable {
    /// A code mapped to nil is silenced: not reported at all.
    public var overrides: [FindingCode: Severity?] = [:]
    public var acknowledgements: [String: Acknowledgement] = [:]
    public init(overrides: [FindingCode: Severity?] = [:], acknowledgements: [String: Acknowledgement] = [:]) {
        self.overrides = overrides
        self.acknowledgements = acknowledgements
    }

    public func report(_ findings: [Finding], in plan: EventPlan) -> [ReportedFinding] {
        report(findings, identity: FindingIdentity(plan: plan))
    }

    /// The findings under this policy, keyed by `identity` and in its order.
    public func report(_ findings: [Finding], identity: FindingIdentity) -> [ReportedFinding] {
        var out: [ReportedFinding] = []
        out.reserveCapacity(findings.count)
        for f in findings {
            var severity = f.severity
            if let override = overrides[f.code] {
                guard let s = override else { continue }
                // over-capacity keeps its own two levels unless staff set one.
                severity = s
            }
            let key = identity.key(f), shortID = FindingIdentity.shortID(key)
            out.append(ReportedFinding(finding: f, severity: severity, key: key, shortID: shortID,
                                       acknowledgement: acknowledgements[key]))
        }
        // The order's numbers worked out once per finding, not at each of the sort's comparisons.
        let ranks = out.map { identity.rank($0) }
        let order = out.indices.sorted { a, b in ranks[a] != ranks[b] ? ranks[a] < ranks[b] : out[a].key < out[b].key }
        return order.map { out[$0] }
    }
}

/// Stable names for findings, built from UUIDs so they survive reloading the event.
public struct FindingIdentity {
    var sessionUID: [ID<Session>: String]
    let people: [Person]
    let personRow: RowIndex<Person>
    let roomUID: [ID<Room>: String]
    var start: [ID<Session>: Int]
    private(set) var runUID: [ID<Run>: String]
    private(set) var vehicleUID: [ID<Vehicle>: String]
    /// A run's departure orders the findings that name no session.
    private(set) var runStart: [ID<Run>: Int]
    private(set) var blockUID: [ID<RoomBlock>: String] = [:]

    public init(plan: EventPlan) {
        blockUID = Dictionary(plan.roomBlocks.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a })
        people = plan.people
        personRow = RowIndex(plan.people.map(\.id))
        roomUID = Dictionary(plan.rooms.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a })
        (sessionUID, start) = Self.sessionLookups(plan.sessions)
        runUID = Dictionary(plan.runs.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a })
        runStart = Dictionary(plan.runs.map { ($0.id, $0.depart.minutes) }, uniquingKeysWith: { a, _ in a })
        vehicleUID = Dictionary(plan.vehicles.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a })
    }

    /// After sessions were edited (not added or removed): their times, for the order; people's
    /// and rooms' lookups stay.
    /// Follows edits of journeys, vehicles and runs: a few thousand rows, read again whole.
    public mutating func updateTransport(_ plan: EventPlan) {
        runUID = Dictionary(plan.runs.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a })
        runStart = Dictionary(plan.runs.map { ($0.id, $0.depart.minutes) }, uniquingKeysWith: { a, _ in a })
        vehicleUID = Dictionary(plan.vehicles.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a })
    }

    /// Follows edits of stays, blocks and rooms (only blocks are named by findings).
    public mutating func updateRooming(_ plan: EventPlan) {
        blockUID = Dictionary(plan.roomBlocks.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a })
    }

    public mutating func update(_ edited: [Session]) {
        for s in edited {
            sessionUID[s.id] = s.uid
            start[s.id] = s.start?.minutes ?? Int.max
        }
    }

    static func sessionLookups(_ sessions: [Session]) -> ([ID<Session>: String], [ID<Session>: Int]) {
        (Dictionary(sessions.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a }),
         Dictionary(sessions.map { ($0.id, $0.start?.minutes ?? Int.max) }, uniquingKeysWith: { a, _ in a }))
    }

    public func key(_ f: Finding) -> String {
        var parts = [f.code.rawValue]
        // A room that went from nearly full to over full is a new finding, not the one acknowledged.
        // So is someone late for their role who was only late for a session they signed up for.
        if f.code == .overCapacity || f.code == .lateArrival { parts.append(f.severity.rawValue) }
        parts.append(f.sessions.map { sessionUID[$0] ?? "?" }.joined(separator: ","))
        // Attendees and passengers come and go; the clash, or the full car, is the same finding.
        if f.code != .attendeeClash && f.code != .runOverSeats {
            parts.append(f.people.map { personRow[$0].map { people[$0].uid } ?? "?" }.joined(separator: ","))
        }
        parts.append(f.rooms.map { roomUID[$0] ?? "?" }.joined(separator: ","))
        // Only transport findings name runs or vehicles: the keys acknowledgements of the
        // others were stored under stay as they were.
        if !f.runs.isEmpty || !f.vehicles.isEmpty {
            parts.append(f.runs.map { runUID[$0] ?? "?" }.joined(separator: ","))
            parts.append(f.vehicles.map { vehicleUID[$0] ?? "?" }.joined(separator: ","))
        }
        // A guest fetched and a guest taken back are two findings.
        if f.code == .noTransport { parts.append(f.details.joined(separator: ",")) }
        // Two full tables of one meal are two findings; so are two tables without a host.
        if f.code == .tableOverSeats || f.code == .tableWithoutHost { parts.append(f.details.joined(separator: ",")) }
        // Rooming findings name blocks, and the night and room they are about.
        if !f.blocks.isEmpty {
            parts.append(f.blocks.map { blockUID[$0] ?? "?" }.joined(separator: ","))
            parts.append(f.details.joined(separator: ","))
        }
        return parts.joined(separator: "|")
    }

    public static func shortID(_ key: String) -> String {
        String(StableUID.make(key).replacingDashes.prefix(8))
    }

    /// Errors first, then by code, then by time of the first session (then by key).
    public static func order(_ identity: FindingIdentity) -> (ReportedFinding, ReportedFinding) -> Bool {
        { a, b in
            let ra = identity.rank(a), rb = identity.rank(b)
            return ra != rb ? ra < rb : a.key < b.key
        }
    }

    func rank(_ r: ReportedFinding) -> Rank {
        Rank(
            severity: r.severity.rank, code: r.finding.code.rank,
            start: r.finding.sessions.first.flatMap { start[$0] } ?? r.finding.runs.first.flatMap { runStart[$0] }
                ?? Int.max)
    }

    struct Rank: Comparable {
        var severity: Int, code: Int, start: Int
        static func < (a: Rank, b: Rank) -> Bool { (a.severity, a.code, a.start) < (b.severity, b.code, b.start) }
    }
}

extension String {
    var replacingDashes: String { String(filter { $0 != "-" }) }
}
