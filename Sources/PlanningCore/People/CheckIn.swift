/// One arrival recorded at a check-in desk (签到), for the event or for one session.
public struct CheckIn: Hashable, Sendable {
    public var id: Int
    public var person: ID<Person>
    /// nil: arrived at the event; else came to this session (分论坛签到).
    public var session: ID<Session>?
    /// A stored instant (`2026-05-14T01:12:03Z`), shown on the event's clock.
    public var at: String
    public var desk: String
    public var by: String
    /// What was handed over, as ticked at the desk.
    public var items: [String]
    /// Taken back as a mistake: when, by whom, and why.
    public var undone: TakenBack?
    /// Order of recording, taking back included: a desk takes in everything past the last it saw.
    public var sequence: Int

    public init(id: Int, person: ID<Person>, session: ID<Session>? = nil, at: String, desk: String, by: String,
                items: [String] = [], undone: TakenBack? = nil, sequence: Int = 0) {
        self.id = id
        self.person = person
        self.session = session
        self.at = at
        self.desk = desk
        self.by = by
        self.items = items
        self.undone = undone
        self.sequence = sequence
    }
}

/// A check-in taken back: when, by whom, and why.
public struct TakenBack: Hashable, Sendable {
    public var at: String, by: String, reason: String
    public init(at: String, by: String, reason: String) {
        self.at = at
        self.by = by
        self.reason = reason
    }
}

extension CheckIn {
    /// The check-ins that stand, from the records as stored (one row each, taken back or not).
    public static func standing(_ records: [CheckIn], session: ID<Session>?) -> [ID<Person>: CheckIn] {
        var out: [ID<Person>: CheckIn] = [:]
        for r in records where r.session == session && r.undone == nil { out[r.person] = r }
        return out
    }
}

extension Event {
    /// What a person of `category` is handed at the desk.
    public func items(for category: String, language: Language) -> [String] {
        if let own = checkInItems[category] { return own }
        if let all = checkInItems["*"] { return all }
        return language == .zh ? ["参会证", "资料袋"] : ["badge", "materials bag"]
    }
}

/// Two people found to be one had both checked in for one session (or the event): the earlier
/// record stands, the later is taken back; a merge says so.
public struct SecondCheckIn: Hashable, Sendable {
    public var stands: CheckIn
    public var takenBack: CheckIn
    public init(stands: CheckIn, takenBack: CheckIn) {
        self.stands = stands
        self.takenBack = takenBack
    }
}

extension CheckIn {
    /// What merging a person carries over: every record of the one merged away goes to the one
    /// kept (taken back or not, the desk's history stays whole); where both have a standing record
    /// for one session the earlier stands and the later is to be taken back, whoever's it was.
    public static func carried(kept: [CheckIn], merged: [CheckIn]) -> (moved: [Int], second: [SecondCheckIn]) {
        let keptStanding = Dictionary(kept.filter { $0.undone == nil }.map { ($0.session, $0) },
                                      uniquingKeysWith: { a, _ in a })
        var second: [SecondCheckIn] = []
        for m in merged where m.undone == nil {
            guard let k = keptStanding[m.session] else { continue }
            // Stored instants compare as text (ISO 8601, UTC, to the second); within one second
            // the order of recording decides.
            let mergedFirst = (m.at, m.sequence) < (k.at, k.sequence)
            second.append(mergedFirst ? SecondCheckIn(stands: m, takenBack: k) : SecondCheckIn(stands: k, takenBack: m))
        }
        return (merged.map(\.id), second)
    }
}

/// What a check-in came to.
public enum CheckInOutcome: Equatable, Sendable {
    case done(CheckIn)
    /// They had arrived already: the standing record, when and at which desk.
    case already(CheckIn)
}

extension EventPlan {
    /// The plan as the day went: each registration's sign-ups replaced by the sessions they
    /// were checked in at, so `over-capacity` counts the people who came, not those who said so.
    public func withArrivals(_ records: [CheckIn]) -> EventPlan {
        var came: [ID<Person>: [ID<Session>]] = [:]
        for r in records where r.session != nil && r.undone == nil { came[r.person, default: []].append(r.session!) }
        var out = self
        for i in out.registrations.indices { out.registrations[i].signups = came[out.registrations[i].person] ?? [] }
        return out
    }
}
