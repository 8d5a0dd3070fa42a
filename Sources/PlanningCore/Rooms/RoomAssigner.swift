/// What `rooms assign` is asked for.
public struct RoomAssignOptions: Hashable, Sendable {
    /// Only this hotel's blocks are filled (and only its guests moved); nil: every hotel.
    public var hotel: ID<Site>?
    /// Officials at or above this VIP level are given a suite when one is free.
    public var suiteLevel: Int
    /// Guests at or above this VIP level are given a room of their own, whatever they asked.
    public var singleLevel: Int

    public init(hotel: ID<Site>? = nil, suiteLevel: Int = 3, singleLevel: Int = 1) {
        self.hotel = hotel
        self.suiteLevel = suiteLevel
        self.singleLevel = singleLevel
    }

    /// The least room grade (`RoomType.grade`) a guest of this VIP level is due.
    public func grade(forVIP level: Int) -> Int {
        level >= suiteLevel ? RoomType.suite.grade : level >= singleLevel ? RoomType.single.grade : 0
    }
}

/// A guest the assignment could not give a room (for some or all of their nights), and why.
public struct UnassignedGuest: Hashable, Sendable {
    public enum Reason: String, CaseIterable, Hashable, Sendable {
        /// Every room (or bed) of a fitting type is taken on that night.
        case full
        /// No hotel holds any room on that night.
        case noRoomsThatNight = "no-rooms-that-night"
        /// A guest to share with needs a partner of their gender, and none is known.
        case noGender = "no-gender"
        /// Rooms as they stand (`confplan rooms`): nights the guest needs and no room is given for yet.
        case notGiven = "not-given"
        /// With `--hotel`: the roommate they asked for (or who asked for them) sleeps at another
        /// hotel, so a bed here would split the pair.
        case roommateElsewhere = "roommate-elsewhere"
    }
    public var person: ID<Person>
    public var reason: Reason
    /// The first night that could not be given; nil when the reason is not about one night.
    public var night: LocalDate?
    /// `roommateElsewhere`: the roommate, and the hotel they sleep at.
    public var roommate: ID<Person>?
    public var hotel: ID<Site>?
    public init(person: ID<Person>, reason: Reason, night: LocalDate? = nil, roommate: ID<Person>? = nil,
                hotel: ID<Site>? = nil) {
        self.person = person
        self.reason = reason
        self.night = night
        self.roommate = roommate
        self.hotel = hotel
    }
}

/// The rooms an assignment proposes, as changes to the event (shown first, applied as one
/// logged change).
public struct RoomProposal: Hashable, Sendable {
    /// Assignments added, changed or removed, in the order they are to be applied.
    public var changes: [Change]
    public var unassigned: [UnassignedGuest]
    /// Guests who asked to share (合住) and are given a room of their own because every shared
    /// bed that fits is taken: said, so staff know why a single is used.
    public var alone: [ID<Person>]
    public init(changes: [Change] = [], unassigned: [UnassignedGuest] = [], alone: [ID<Person>] = []) {
        self.changes = changes
        self.unassigned = unassigned
        self.alone = alone
    }
}

extension RoomProposal {
    /// Guests by what a proposal does to them, each counted once: given a room who had none on
    /// those nights, moved to another room, kept in their room for other nights, or left without
    /// the room they had.
    public struct Tally: Hashable, Sendable {
        public var given = 0, moved = 0, changed = 0, takenBack = 0
        public init(given: Int = 0, moved: Int = 0, changed: Int = 0, takenBack: Int = 0) {
            (self.given, self.moved, self.changed, self.takenBack) = (given, moved, changed, takenBack)
        }
        public var isEmpty: Bool { given + moved + changed + takenBack == 0 }
    }

    public var tally: Tally {
        struct Seen { var from: Set<String> = [], to: Set<String> = [], resized = false }
        var people: [ID<Person>: Seen] = [:], order: [ID<Person>] = []
        func room(_ a: RoomAssignment) -> String { "\(a.block.raw)/\(a.room)" }
        for case .roomAssignment(let before, let after) in changes {
            guard let p = before?.person ?? after?.person else { continue }
            if people[p] == nil { order.append(p) }
            var seen = people[p] ?? Seen()
            if let before, let after, room(before) == room(after) { seen.resized = true } else {
                if let before { seen.from.insert(room(before)) }
                if let after { seen.to.insert(room(after)) }
            }
            people[p] = seen
        }
        var t = Tally()
        for p in order {
            let s = people[p]!
            if !s.to.subtracting(s.from).isEmpty && !s.from.subtracting(s.to).isEmpty {
                t.moved += 1
            } else if !s.to.isEmpty {
                t.given += 1
            } else if !s.from.isEmpty {
                t.takenBack += 1
            } else if s.resized {
                t.changed += 1
            }
        }
        return t
    }
}

extension ChangeNote {
    /// The log entry of an assignment stored as one change: what it did, in guests.
    public static func roomsAssigned(_ changes: [Change]) -> ChangeNote {
        let t = RoomProposal(changes: changes).tally
        return ChangeNote(.planRooms, [.roomsAssigned(given: t.given, moved: t.moved, changed: t.changed,
                                                      takenBack: t.takenBack)])
    }
}

/// Fills hotels' room blocks with the guests who need rooms (分房), night by night.
public enum RoomAssigner {
    /// The assignments the event needs, as changes from those it has: run again after late
    /// registrations or cancellations, it keeps every guest whose room still fits and moves as
    /// few as it can.
    public static func assign(_ plan: EventPlan, options: RoomAssignOptions = RoomAssignOptions()) -> RoomProposal {
        var work = RoomAssignWork(plan, options: options)
        return work.run()
    }
}
