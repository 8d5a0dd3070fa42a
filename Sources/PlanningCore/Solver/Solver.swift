/// What `solve` may do in one run.
public struct SolveOptions: Sendable, Equatable {
    /// Sessions to leave where they are this time, on top of those marked fixed.
    public var keep: Set<ID<Session>>
    /// Stop after moving this many sessions (what could not be cleared is explained).
    public var maxMoves: Int?
    /// Place the sessions that have no room or time, and move nothing else.
    public var onlyUnplaced: Bool
    /// Minutes between the starts tried; nil: the plan's own grid (the largest step all its
    /// times and lengths fall on), 5 to 60.
    public var stepMinutes: Int?
    /// Let meals, breaks and the opening move too. Off by default: they hold their time for
    /// everyone attending, and the office sets them first.
    public var moveHeld: Bool

    public init(keep: Set<ID<Session>> = [], maxMoves: Int? = nil, onlyUnplaced: Bool = false,
                stepMinutes: Int? = nil, moveHeld: Bool = false) {
        self.keep = keep
        self.maxMoves = maxMoves
        self.onlyUnplaced = onlyUnplaced
        self.stepMinutes = stepMinutes
        self.moveHeld = moveHeld
    }
}

/// Where a session is: its room and times (nil while it has none).
public struct SessionPlace: Hashable, Sendable {
    public var room: ID<Room>?
    public var start: LocalDateTime?
    public var end: LocalDateTime?

    public init(room: ID<Room>?, start: LocalDateTime?, end: LocalDateTime?) {
        self.room = room
        self.start = start
        self.end = end
    }

    public init(_ s: Session) { self.init(room: s.room, start: s.start, end: s.end) }
}

/// One session moved: from where it was to where the plan puts it.
public struct SolveMove: Hashable, Sendable {
    public var session: ID<Session>
    public var from: SessionPlace
    public var to: SessionPlace

    public init(session: ID<Session>, from: SessionPlace, to: SessionPlace) {
        self.session = session
        self.from = from
        self.to = to
    }
}

/// How many open findings of each weight a plan has, under the event's policy: errors,
/// sessions without a place, and warnings (an attendee clash weighs its attendees).
public struct FindingTally: Hashable, Sendable {
    public var errors = 0
    public var unplaced = 0
    public var warnings = 0
    public init(errors: Int = 0, unplaced: Int = 0, warnings: Int = 0) {
        self.errors = errors
        self.unplaced = unplaced
        self.warnings = warnings
    }
}

/// A proposed repair: the moves, what they clear and create, and why the rest stays.
public struct SolvePlan: Sendable {
    public var moves: [SolveMove]
    /// Open findings the moves clear (errors first) and those they create.
    public var cleared: [Finding]
    public var created: [Finding]
    public var before: FindingTally
    public var after: FindingTally
    /// Errors and unplaced sessions that remain, each with the reason.
    public var unresolved: [Unresolved]

    /// Every error that can be cleared was, and every session has a place.
    public var isComplete: Bool { after.errors == 0 }

    /// The stored changes of some of its moves, each from the session as the plan has it now.
    public static func changes(_ moves: [SolveMove], in plan: EventPlan) -> [Change] {
        moves.compactMap { m in
            guard var after = plan.record(of: m.session) else { return nil }
            let before = after
            after.session.room = m.to.room
            after.session.start = m.to.start
            after.session.end = m.to.end
            return .session(before: before, after: after)
        }
    }

    /// The plan with the moves made.
    public func applied(to plan: EventPlan) -> EventPlan {
        var out = plan
        let row = RowIndex(out.sessions.map(\.id))
        for m in moves {
            guard let i = row[m.session] else { continue }
            out.sessions[i].room = m.to.room
            out.sessions[i].start = m.to.start
            out.sessions[i].end = m.to.end
        }
        return out
    }
}

/// An error (or an unplaced session) the plan leaves, and why.
public struct Unresolved: Hashable, Sendable {
    public var finding: Finding
    public var reason: Reason

    public enum Reason: Hashable, Sendable {
        /// Every session it concerns is fixed or kept.
        case cannotMove
        /// A meal, break or the opening in it keeps its time: `--move-held` would let it move.
        case heldTime
        /// `--only-unplaced`: placed sessions were not to move.
        case onlyUnplaced
        /// Moving cannot help: its time is impossible, or the clash is in what it is (not where).
        case notAboutPlace
        /// The session needs features no room of the event has.
        case noRoomWithFeatures(session: ID<Session>, features: [String])
        /// No room seats its sign-ups.
        case noRoomWithSeats(session: ID<Session>, needed: Int, largest: Int)
        /// The rooms that would do are taken or closed whenever its people are free.
        case noFreeTime(session: ID<Session>, rooms: [ID<Room>], people: Int, days: [LocalDate])
        /// Free rooms and people exist only in a meal, break or opening, which keeps its time.
        case onlyInHeld(session: ID<Session>, held: [ID<Session>])
        /// `--max-moves` was reached first.
        case maxMoves(Int)
    }
}

extension ConflictEngine {
    /// A repair of the plan moving as few sessions as it can: clear every error that can be
    /// cleared, then move as few sessions as possible, as little as possible (same day before
    /// another day, same room before another, nearer times first, same site before another),
    /// then leave as few warnings as possible. Fixed and kept sessions never move; who holds a
    /// role never changes; acknowledged and silenced findings are not repaired. The same plan
    /// and options give the same moves. `progress` is told (done, of) as targets are handled.
    public func solve(policy: FindingPolicy = FindingPolicy(), options: SolveOptions = SolveOptions(),
                      progress: ((Int, Int) -> Void)? = nil) -> SolvePlan {
        var search = RepairSearch(engine: self, policy: policy, options: options)
        return search.run(progress: progress)
    }
}
