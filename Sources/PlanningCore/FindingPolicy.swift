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
            let key = identity.key(f)
            out.append(ReportedFinding(finding: f, severity: severity, key: key, shortID: FindingIdentity.shortID(key),
                                       acknowledgement: acknowledgements[key]))
        }
        return out.sorted(by: FindingIdentity.order(identity))
    }
}

/// Stable names for findings, built from UUIDs so they survive reloading the event.
public struct FindingIdentity {
    let sessionUID: [ID<Session>: String]
    let people: [Person]
    let personRow: RowIndex<Person>
    let roomUID: [ID<Room>: String]
    let start: [ID<Session>: Int]

    public init(plan: EventPlan) {
        sessionUID = Dictionary(plan.sessions.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a })
        people = plan.people
        personRow = RowIndex(plan.people.map(\.id))
        roomUID = Dictionary(plan.rooms.map { ($0.id, $0.uid) }, uniquingKeysWith: { a, _ in a })
        start = Dictionary(plan.sessions.map { ($0.id, $0.start?.minutes ?? Int.max) }, uniquingKeysWith: { a, _ in a })
    }

    public func key(_ f: Finding) -> String {
        var parts = [f.code.rawValue]
        // A room that went from nearly full to over full is a new finding, not the one acknowledged.
        if f.code == .overCapacity { parts.append(f.severity.rawValue) }
        parts.append(f.sessions.map { sessionUID[$0] ?? "?" }.joined(separator: ","))
        // Attendees come and go; the clash between two sessions is the same finding.
        if f.code != .attendeeClash { parts.append(f.people.map { personRow[$0].map { people[$0].uid } ?? "?" }.joined(separator: ",")) }
        parts.append(f.rooms.map { roomUID[$0] ?? "?" }.joined(separator: ","))
        return parts.joined(separator: "|")
    }

    public static func shortID(_ key: String) -> String {
        String(StableUID.make(key).replacingDashes.prefix(8))
    }

    /// Errors first, then by code, then by time of the first session.
    public static func order(_ identity: FindingIdentity) -> (ReportedFinding, ReportedFinding) -> Bool {
        { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            let ca = FindingCode.allCases.firstIndex(of: a.finding.code)!, cb = FindingCode.allCases.firstIndex(of: b.finding.code)!
            if ca != cb { return ca < cb }
            let ta = a.finding.sessions.first.flatMap { identity.start[$0] } ?? Int.max
            let tb = b.finding.sessions.first.flatMap { identity.start[$0] } ?? Int.max
            if ta != tb { return ta < tb }
            return a.key < b.key
        }
    }
}

extension String {
    var replacingDashes: String { String(filter { $0 != "-" }) }
}
