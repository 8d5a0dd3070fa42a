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
    public static func assign(_ plan: EventPlan, meal: ID<Session>, options: BanquetOptions = BanquetOptions())
        -> BanquetProposal
    {
        BanquetProposal()
    }
}
