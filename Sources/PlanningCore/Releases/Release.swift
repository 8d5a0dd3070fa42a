/// A person's part in a session as a release froze it: by UUID, so a rename is not a new role.
public struct ReleasedRole: Hashable, Sendable, Codable, Comparable {
    public var person: String
    public var name: String
    public var role: RoleKind

    public init(person: String, name: String, role: RoleKind) {
        self.person = person
        self.name = name
        self.role = role
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.role.rawValue, a.person, a.name) < (b.role.rawValue, b.person, b.name)
    }
}

/// A session as a release froze it: what the printed programme and the people in it saw.
/// Names are kept as they were (a room renamed later still reads as it was printed).
public struct ReleasedSession: Hashable, Sendable, Codable {
    public var uid: String
    public var title: String
    public var kind: SessionKind
    public var status: SessionStatus
    public var room: String?
    public var site: String?
    public var start: LocalDateTime?
    public var end: LocalDateTime?
    public var languages: [String]
    public var roles: [ReleasedRole]

    public init(uid: String, title: String, kind: SessionKind, status: SessionStatus, room: String?, site: String?,
                start: LocalDateTime?, end: LocalDateTime?, languages: [String], roles: [ReleasedRole]) {
        self.uid = uid
        self.title = title
        self.kind = kind
        self.status = status
        self.room = room
        self.site = site
        self.start = start
        self.end = end
        self.languages = languages
        self.roles = roles
    }
}

/// A numbered, frozen version of an event's programme: release 1 to the speakers' offices, 2
/// after the VIPs confirm, the printed one…
public struct Release: Hashable, Sendable {
    public var number: Int
    public var name: String
    public var note: String
    /// ISO 8601 UTC, and who made it.
    public var at: String
    public var by: String
    public var sessions: [ReleasedSession]

    public init(number: Int, name: String, note: String, at: String, by: String, sessions: [ReleasedSession]) {
        self.number = number
        self.name = name
        self.note = note
        self.at = at
        self.by = by
        self.sessions = sessions
    }

    /// `第 3 版`, `release 3`, when staff gave it no name of its own.
    public func title(_ lang: Language) -> String { name.isEmpty ? ReleaseWords.numbered.text(lang, number) : name }
}

extension EventPlan {
    /// The programme as a release keeps it, sessions in UUID order.
    public func releasedSessions() -> [ReleasedSession] {
        let row = RowIndex(people.map(\.id))
        return releasedSessions { row[$0].map { people[$0] } }
    }

    /// The same with people found by the caller's own lookup (the UI has one over 100,000 people
    /// already, and counts the changes since the last release after every edit).
    public func releasedSessions(person: (ID<Person>) -> Person?) -> [ReleasedSession] {
        let rooms = Dictionary(self.rooms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sites = Dictionary(self.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var roles: [ID<Session>: [ReleasedRole]] = [:]
        for r in self.roles {
            guard let p = person(r.person) else { continue }
            roles[r.session, default: []].append(ReleasedRole(person: p.uid, name: p.name, role: r.role))
        }
        return sessions.map { s in
            let room = s.room.flatMap { rooms[$0] }
            return ReleasedSession(
                uid: s.uid, title: s.title, kind: s.kind, status: s.status, room: room?.name,
                site: room.flatMap { sites[$0.site] }, start: s.start, end: s.end, languages: s.languages,
                roles: (roles[s.id] ?? []).sorted())
        }.sorted { $0.uid < $1.uid }
    }
}

/// An event's releases against its programme now: for the printed header (`第 3 版` or a draft
/// with changes since) and frab's version. (Calendar entries' numbers are `CalendarSequences`.)
public struct ReleaseHistory: Sendable {
    public let last: Release?
    /// Sessions that changed since the last release (all of them before the first).
    public let changesSinceLast: Int
    /// Per release, in order, the sessions it changed against the one before (0 for the first).
    public private(set) var changesInRelease: [Int] = []

    public init(_ releases: [Release], now: [ReleasedSession]) {
        last = releases.last
        var previous: [ReleasedSession]?
        for r in releases {
            if let previous {
                changesInRelease.append(ProgrammeDiff(from: previous, to: r.sessions).changes.count)
            } else {
                changesInRelease.append(0)
            }
            previous = r.sessions
        }
        changesSinceLast = ProgrammeDiff(from: previous ?? [], to: now).changes.count
    }
}

/// What each session's calendar entry last went out as: its SEQUENCE (RFC 5545 3.8.7.4), what
/// the session then was (`calendarFingerprint`), and when. Kept, never re-derived: a number
/// worked out from the releases went down when a release was deleted or a session moved back,
/// and two moves exported before the next release went out under one number, so phones kept
/// the old time.
public struct PublishedEntry: Hashable, Sendable {
    public var sequence: Int
    /// The session as that number went out; a change from it is the next number.
    public var fingerprint: String
    /// ISO 8601 UTC; empty when not known (an entry that came with an event file).
    public var at: String

    public init(sequence: Int, fingerprint: String, at: String) {
        self.sequence = sequence
        self.fingerprint = fingerprint
        self.at = at
    }
}

extension ReleasedSession {
    /// The facts whose change is a new version of the calendar entry, those `ProgrammeDiff`
    /// compares (time, room and site, title, status, kind, who holds which role, languages), as
    /// one text, so thousands of entries are compared without decoding a session each.
    public var calendarFingerprint: String {
        let roles = Set(roles.map { $0.person + "=" + $0.role.rawValue }).sorted()
        let parts = [start?.description ?? "", end?.description ?? "", room ?? "", site ?? "\u{1}", title,
                     status.rawValue, kind.rawValue, roles.joined(separator: ","), languages.joined(separator: ",")]
        return parts.joined(separator: "\u{1F}")
    }
}

/// The calendar entries of an event as they went out. The rule: whenever the programme goes
/// out (a release, or a calendar export once the event has been released), a session that
/// differs from the one its number last went out with gets the next number; a session going
/// out the first time gets 0. Nothing lowers a number: deleting a release or a session keeps it.
public struct CalendarSequences: Hashable, Sendable {
    public private(set) var entries: [String: PublishedEntry]

    public init(_ entries: [String: PublishedEntry] = [:]) { self.entries = entries }

    /// For an event released before numbers were kept: its releases gone out again in turn,
    /// which gives the numbers they were derived as.
    public init(replaying releases: [Release]) {
        entries = [:]
        for r in releases { publish(r.sessions, at: r.at) }
    }

    /// `sessions` go out at `at`: the uids whose entries this changed (to be stored).
    @discardableResult
    public mutating func publish(_ sessions: [ReleasedSession], at: String) -> [String] {
        var changed: [String] = []
        for s in sessions {
            let fingerprint = s.calendarFingerprint
            let next = sequence(of: s.uid, goingAs: fingerprint)
            guard entries[s.uid].map({ next != $0.sequence }) ?? true else { continue }
            entries[s.uid] = PublishedEntry(sequence: next, fingerprint: fingerprint, at: at)
            changed.append(s.uid)
        }
        return changed
    }

    /// The number `s` goes out with: its last one, or the next when it changed since.
    public func sequence(going s: ReleasedSession) -> Int { sequence(of: s.uid, goingAs: s.calendarFingerprint) }

    func sequence(of uid: String, goingAs fingerprint: String) -> Int {
        guard let e = entries[uid] else { return 0 }
        return e.fingerprint == fingerprint ? e.sequence : e.sequence + 1
    }

    public func sequence(of uid: String) -> Int { entries[uid]?.sequence ?? 0 }

    /// When the entry's number last went out (ISO 8601 UTC); nil when not known.
    public func lastModified(of uid: String) -> String? { entries[uid].flatMap { $0.at.isEmpty ? nil : $0.at } }
}
