/// What changed in the programme between two releases (or a release and now), session by
/// session: what goes to the people concerned when the programme moves.
public struct ProgrammeDiff: Hashable, Sendable {
    public enum Fact: Hashable, Sendable {
        case added, removed
        case time(from: TimeWindow?, to: TimeWindow?)
        case room(from: Place?, to: Place?)
        case title(from: String, to: String)
        case status(from: SessionStatus, to: SessionStatus)
        case kind(from: SessionKind, to: SessionKind)
        case roleAdded(ReleasedRole), roleRemoved(ReleasedRole)
        case roleChanged(name: String, from: RoleKind, to: RoleKind)
        case languages(from: [String], to: [String])
    }

    /// A room and its site, as they were named then.
    public struct Place: Hashable, Sendable {
        public var room: String
        public var site: String?
    }

    /// One session's changes; `before` and `after` are nil for a new and a removed session.
    public struct SessionChange: Hashable, Sendable {
        public var before: ReleasedSession?
        public var after: ReleasedSession?
        public var facts: [Fact]
        /// The session as it is now, or as it was when it went.
        public var session: ReleasedSession { after ?? before! }
    }

    public var changes: [SessionChange]

    /// Sessions in the programme's order: by the day and time they now have (or had), then as the
    /// programme numbers parallel sessions (分论坛一, 二, 三 … not 一, 三, 二 as characters sort),
    /// then room and title. `rank`, the programme's own order of the sessions by uid (track and room
    /// order included), decides between sessions at the same time when the caller has the plan.
    public init(from old: [ReleasedSession], to new: [ReleasedSession], rank: [String: Int] = [:]) {
        let before = Dictionary(old.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [SessionChange] = []
        for uid in Set(before.keys).union(after.keys) {
            let facts = Self.facts(before[uid], after[uid])
            if !facts.isEmpty { out.append(SessionChange(before: before[uid], after: after[uid], facts: facts)) }
        }
        let numbered = Dictionary(out.map { ($0.session.uid, ChineseNumbers.Numbering($0.session.title)) },
                                  uniquingKeysWith: { a, _ in a })
        changes = out.sorted { a, b in
            let x = a.session, y = b.session
            let sx = x.start?.minutes ?? .max, sy = y.start?.minutes ?? .max
            if sx != sy { return sx < sy }
            if let rx = rank[x.uid], let ry = rank[y.uid], rx != ry { return rx < ry }
            if let less = numbered[x.uid]!.less(numbered[y.uid]!) { return less }
            return (x.room ?? "", x.title, x.uid) < (y.room ?? "", y.title, y.uid)
        }
    }

    static func facts(_ a: ReleasedSession?, _ b: ReleasedSession?) -> [Fact] {
        guard let a else { return b == nil ? [] : [.added] }
        guard let b else { return [.removed] }
        var out: [Fact] = []
        let wa = a.start.flatMap { s in a.end.map { TimeWindow(start: s, end: $0) } }
        let wb = b.start.flatMap { s in b.end.map { TimeWindow(start: s, end: $0) } }
        if wa != wb { out.append(.time(from: wa, to: wb)) }
        if a.room != b.room || a.site != b.site { out.append(.room(from: place(a), to: place(b))) }
        if a.title != b.title { out.append(.title(from: a.title, to: b.title)) }
        if a.status != b.status { out.append(.status(from: a.status, to: b.status)) }
        if a.kind != b.kind { out.append(.kind(from: a.kind, to: b.kind)) }
        // Roles by person: a person in another role is one change, not a removal and an addition.
        let ra = Dictionary(grouping: a.roles, by: \.person), rb = Dictionary(grouping: b.roles, by: \.person)
        for person in Set(ra.keys).union(rb.keys).sorted() {
            let x = Set((ra[person] ?? []).map(\.role)), y = Set((rb[person] ?? []).map(\.role))
            guard x != y else { continue }
            let name = (rb[person] ?? ra[person] ?? []).first?.name ?? ""
            if x.count == 1 && y.count == 1 {
                out.append(.roleChanged(name: name, from: x.first!, to: y.first!))
                continue
            }
            for r in y.subtracting(x).sorted(by: { $0.rawValue < $1.rawValue }) {
                out.append(.roleAdded(ReleasedRole(person: person, name: name, role: r)))
            }
            for r in x.subtracting(y).sorted(by: { $0.rawValue < $1.rawValue }) {
                out.append(.roleRemoved(ReleasedRole(person: person, name: name, role: r)))
            }
        }
        if a.languages != b.languages { out.append(.languages(from: a.languages, to: b.languages)) }
        return out
    }

    static func place(_ s: ReleasedSession) -> Place? { s.room.map { Place(room: $0, site: s.site) } }

    /// The people a change concerns: who holds a role in the session before or after it.
    public func people(of change: SessionChange) -> Set<String> {
        Set((change.before?.roles ?? []).map(\.person) + (change.after?.roles ?? []).map(\.person))
    }
}
