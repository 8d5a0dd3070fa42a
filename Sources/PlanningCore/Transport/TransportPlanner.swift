/// What `transport plan` is asked for.
public struct TransportPlanOptions: Hashable, Sendable {
    /// Arrivals at one hub within this many minutes of the first share a run.
    public var windowMinutes: Int
    /// Guests at or above this VIP level ride alone (with their companions) and an escort.
    public var vipLevel: Int

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
