/// Where a copy of an event stands in the store's history, so what others changed after it can
/// be taken in row by row instead of reading 100,000 attendees again.
public struct ChangeMark: Hashable, Sendable {
    /// The newest change-log entry of the event the copy includes (0: none).
    public var entry: Int
    /// That entry's time and text: a restored log may have an entry of that number saying something else.
    public var stamp: String
    /// How many of the event's people have a badge number: `numberBadges` gives them without a log entry.
    public var badges: Int

    public init(entry: Int, stamp: String, badges: Int) {
        self.entry = entry
        self.stamp = stamp
        self.badges = badges
    }
}

/// What the store's `takeIn` found since a mark.
public struct TakenIn: Sendable {
    /// The copy as the store has the event now; nil when what happened cannot be followed row by
    /// row (an import, a load, a restore, an entry this version does not know): read it whole.
    public var plan: EventPlan?
    public var mark: ChangeMark
    /// Sites, travel, rooms, sessions and roles were read again.
    public var schedule = false
    /// People whose rows were read again (added, changed or gone).
    public var people: [ID<Person>] = []
    /// Journeys, vehicles and runs were read again.
    public var transport = false
    /// Stays, room blocks and room assignments were read again.
    public var rooming = false
    /// Meals' table plans were read again.
    public var tables = false
    /// The finding policy as it is now, when staff acknowledged, withdrew or set a severity.
    public var policy: FindingPolicy?
    /// A release was made or taken away.
    public var releases = false

    /// Whether the plan changed (the policy and releases are said apart).
    public var changedPlan: Bool { schedule || !people.isEmpty || transport || rooming || tables }

    public init(plan: EventPlan?, mark: ChangeMark) {
        self.plan = plan
        self.mark = mark
    }
}
