/// What `transport plan` is asked for.
public struct TransportPlanOptions: Hashable, Sendable {
    /// Arrivals at one hub within this many minutes of the first share a run.
    public var windowMinutes: Int
    /// Guests at or above this VIP level ride alone (with their companions) and an escort.
    public var vipLevel: Int
    /// Plan journeys dated days off the event too (staff confirmed the dates are right).
    public var farDates = false

    /// Longest a guest is left waiting for a run: a window can be no wider.
    public static let longestWait = 60

    public init(windowMinutes: Int = 30, vipLevel: Int = 2) {
        self.windowMinutes = windowMinutes
        self.vipLevel = vipLevel
    }
}

/// A guest the plan could not give a run, and why, in words the office reads.
public struct UnplannedTransfer: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable {
        /// The journey lacks a hub or a time.
        case incompleteJourney = "incomplete-journey"
        /// No vehicle is free (or big enough) at that hour.
        case noVehicle = "no-vehicle"
        /// The date lies days off the event (`trip-outside-event`): planned once staff confirm it.
        case dateInDoubt = "date-in-doubt"
    }
    public var person: ID<Person>
    public var direction: RunKind
    public var reason: Reason
    public init(person: ID<Person>, direction: RunKind, reason: Reason) {
        self.person = person
        self.direction = direction
        self.reason = reason
    }
}

/// The runs a plan proposes, as changes to the event (shown first, applied as one logged change).
public struct TransportProposal: Hashable, Sendable {
    /// Runs added, changed or removed, in the order they are to be applied.
    public var changes: [Change]
    public var unplanned: [UnplannedTransfer]
    public init(changes: [Change] = [], unplanned: [UnplannedTransfer] = []) {
        self.changes = changes
        self.unplanned = unplanned
    }
}

/// What a transport plan does to the runs, counted: the preview's heading and the log's entry.
public struct RunTally: Hashable, Sendable {
    public var new = 0, changed = 0, cancelled = 0

    public init(_ changes: [Change]) {
        for case .run(let before, let after) in changes {
            switch (before, after) {
            case (nil, _?): new += 1
            case (_?, _?): changed += 1
            case (_?, nil): cancelled += 1
            case (nil, nil): continue
            }
        }
    }
}

extension ChangeNote {
    /// The log's entry for a transport plan saved whole, with what it did to the runs: an entry
    /// that said only "planned transport" left staff guessing whether it moved anyone.
    public static func transportPlanned(_ changes: [Change]) -> ChangeNote {
        let t = RunTally(changes)
        return ChangeNote(.planTransport, [.runsPlanned(new: t.new, changed: t.changed, cancelled: t.cancelled)])
    }
}

/// Batches arrivals and departures into runs (接送站排班).
public enum TransportPlanner {
    /// The runs the event needs, as changes from the runs it has: a re-plan after a flight moved
    /// changes as few passengers' runs as it can.
    public static func plan(_ plan: EventPlan, options: TransportPlanOptions = TransportPlanOptions())
        -> TransportProposal
    {
        var work = PlannerWork(plan, options: options)
        return work.run()
    }
}

/// A guest who needs a ride one way and is in no run that way, as the runs stand.
public struct TransferGap: Hashable, Sendable {
    public var person: ID<Person>
    public var direction: RunKind
    /// Why no run could be planned for it yet (a journey lacking a hub or a time, a date in
    /// doubt); nil: it could be, and is not.
    public var reason: UnplannedTransfer.Reason?
    /// The journey lacks a hub or a time.
    public var incomplete: Bool { reason == .incompleteJourney }
}

extension TransportPlanner {
    /// Who asked for a ride (or, as a VIP, is due one) and has none, pickups before drop-offs
    /// for each person in turn.
    public static func gaps(_ plan: EventPlan, options: TransportPlanOptions = TransportPlanOptions())
        -> [TransferGap]
    {
        let demand = TransferDemand(plan, vipLevel: options.vipLevel, farDates: options.farDates)
        var riding = Set<String>()
        for r in plan.runs { for p in r.passengers { riding.insert("\(p.raw)|\(r.kind)") } }
        var out = demand.unplanned.map { TransferGap(person: $0.person, direction: $0.direction, reason: $0.reason) }
        for n in demand.needs where !riding.contains("\(n.person.raw)|\(n.kind)") {
            out.append(TransferGap(person: n.person, direction: n.kind, reason: nil))
        }
        func way(_ g: TransferGap) -> Int { g.direction == .pickup ? 0 : 1 }
        return out.sorted { ($0.person, way($0)) < ($1.person, way($1)) }
    }
}
