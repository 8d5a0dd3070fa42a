/// One attendee as a registration list gives it, already cleaned by the reader. Empty text
/// means "not given": an import fills and corrects, it never blanks what staff already know.
public struct AttendeeRow: Hashable, Sendable {
    /// Where the row starts in its file, for every message about it.
    public var line: Int
    public var name = "", organisation = "", title = "", phone = "", email = ""
    public var category = "", province = "", city = "", gender = "", notes = ""
    public var signups: [ID<Session>] = []

    public init(line: Int) { self.line = line }
}

/// Why two rows are one person.
public enum MatchReason: String, Sendable {
    case phone, email, nameAndOrganisation
}

/// What became of one row.
public enum RowOutcome: Hashable, Sendable {
    case new
    /// An existing person whose record the row changed; the names of the changed fields.
    case updated(ID<Person>, fields: [String])
    case unchanged(ID<Person>)
    /// A later row for someone an earlier row of the same file already names.
    case merged(intoLine: Int, by: MatchReason)
}

/// Two rows share a phone or email but name different people (a secretary registering her
/// colleagues with her own number): they stay separate people, and staff are told.
public struct SharedContact: Hashable, Sendable {
    public var line: Int
    public var field: MatchReason
    public var otherName: String
    /// The earlier line of this file, or nil when the other is already in the event.
    public var otherLine: Int?
}

/// The outcome of matching a list against an event: who is new, who changes, and why.
/// Building it touches nothing; the store writes `newPeople` and `updates` in one transaction.
public struct RosterImport: Sendable {
    public struct Update: Sendable {
        public var person: Person
        /// The registration as it should be after the import (category and all sign-ups).
        public var registration: Registration
        public var hadRegistration: Bool
        public var addedSignups: [ID<Session>]
    }
    public var newPeople: [(person: Person, registration: Registration)] = []
    public var updates: [Update] = []
    public var outcomes: [(line: Int, outcome: RowOutcome)] = []
    public var sharedContacts: [SharedContact] = []

    public var changesNothing: Bool { newPeople.isEmpty && updates.isEmpty }

    public func count(_ matches: (RowOutcome) -> Bool) -> Int { outcomes.reduce(0) { $0 + (matches($1.outcome) ? 1 : 0) } }
}

public enum Roster {
    /// Matches rows against the event's people and each other: same phone, else same email, else
    /// same name and organisation (after folding width, case and spaces); a phone or email match
    /// counts only when the names agree too.
    public static func match(_ rows: [AttendeeRow], into plan: EventPlan) -> RosterImport {
        var m = Matcher(plan: plan)
        for row in rows { m.take(row) }
        return m.result()
    }

    /// Keys `a0001`, `a0002`, … after the highest such key the event has.
    static func keys(after existing: Set<String>) -> () -> String {
        var n = 0
        for k in existing where k.first == "a" {
            if let v = Int(k.dropFirst()), v > n { n = v }
        }
        return {
            repeat { n += 1 } while existing.contains(keyText(n))
            return keyText(n)
        }
    }

    private static func keyText(_ n: Int) -> String {
        let digits = String(n)
        return "a" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// The state of one matching pass. Targets are people: existing ones as first touched, and
/// new ones as rows create them.
private struct Matcher {
    struct Target {
        var person: Person
        var registration: Registration?
        var original: (person: Person, registration: Registration?)?
        var firstLine: Int?
    }
    let plan: EventPlan
    var targets: [Target] = []
    var byPhone: [String: Int] = [:], byEmail: [String: Int] = [:], byNameOrg: [String: Int] = [:]
    var outcomes: [(line: Int, outcome: RowOutcome)] = []
    var pendingOutcome: [Int: Int] = [:]  // target → index in outcomes, decided at the end
    var shared: [SharedContact] = []
    let nextKey: () -> String

    init(plan: EventPlan) {
        self.plan = plan
        nextKey = Roster.keys(after: Set(plan.people.map(\.key)))
        var registrations: [ID<Person>: Registration] = [:]
        registrations.reserveCapacity(plan.registrations.count)
        for r in plan.registrations { registrations[r.person] = r }
        targets.reserveCapacity(plan.people.count)
        for p in plan.people {
            targets.append(Target(person: p, registration: registrations[p.id], original: (p, registrations[p.id])))
            index(targets.count - 1)
        }
    }

    static func nameOrgKey(_ name: String, _ org: String) -> String? {
        org.isEmpty ? nil : TextFolding.matchKey(name) + "\u{1F}" + TextFolding.matchKey(org)
    }

    mutating func index(_ t: Int) {
        let p = targets[t].person
        if !p.phone.isEmpty, byPhone[p.phone] == nil { byPhone[p.phone] = t }
        if !p.email.isEmpty, byEmail[p.email] == nil { byEmail[p.email] = t }
        if let k = Self.nameOrgKey(p.name, p.organisation), byNameOrg[k] == nil { byNameOrg[k] = t }
    }

    mutating func find(_ row: AttendeeRow) -> (Int, MatchReason)? {
        let name = TextFolding.matchKey(row.name)
        for (reason, value, table) in [(MatchReason.phone, row.phone, byPhone), (.email, row.email, byEmail)] where !value.isEmpty {
            guard let t = table[value] else { continue }
            if TextFolding.matchKey(targets[t].person.name) == name { return (t, reason) }
            if !shared.contains(where: { $0.line == row.line && $0.field == reason }) {
                shared.append(SharedContact(line: row.line, field: reason, otherName: targets[t].person.name, otherLine: targets[t].firstLine))
            }
        }
        if let k = Self.nameOrgKey(row.name, row.organisation), let t = byNameOrg[k] { return (t, .nameAndOrganisation) }
        return nil
    }

    mutating func take(_ row: AttendeeRow) {
        guard let (t, reason) = find(row) else {
            let key = nextKey()
            var p = Person(id: ID(0), key: key, uid: StableUID.make(plan.event.uid, "person", key), name: row.name)
            Self.fill(&p, from: row)
            targets.append(Target(person: p, registration: Registration(person: ID(0), category: row.category.isEmpty ? "delegate" : row.category, signups: unique(row.signups)), firstLine: row.line))
            index(targets.count - 1)
            outcomes.append((row.line, .new))
            return
        }
        if let first = targets[t].firstLine {
            outcomes.append((row.line, .merged(intoLine: first, by: reason)))
        } else {
            targets[t].firstLine = row.line
            pendingOutcome[t] = outcomes.count
            outcomes.append((row.line, .unchanged(targets[t].person.id)))
        }
        Self.fill(&targets[t].person, from: row)
        var reg = targets[t].registration ?? Registration(person: targets[t].person.id, category: "delegate", signups: [])
        if !row.category.isEmpty { reg.category = row.category }
        for s in row.signups where !reg.signups.contains(s) { reg.signups.append(s) }
        targets[t].registration = reg
        index(t)
    }

    /// Later, non-empty values win; notes are added to, never replaced.
    static func fill(_ p: inout Person, from row: AttendeeRow) {
        func set(_ field: WritableKeyPath<Person, String>, _ value: String) { if !value.isEmpty { p[keyPath: field] = value } }
        set(\.name, row.name)
        set(\.organisation, row.organisation)
        set(\.title, row.title)
        set(\.phone, row.phone)
        set(\.email, row.email)
        set(\.province, row.province)
        set(\.city, row.city)
        set(\.gender, row.gender)
        if !row.notes.isEmpty, !p.notes.contains(row.notes) { p.notes = p.notes.isEmpty ? row.notes : p.notes + "；" + row.notes }
    }

    func unique(_ ids: [ID<Session>]) -> [ID<Session>] {
        var out: [ID<Session>] = []
        for id in ids where !out.contains(id) { out.append(id) }
        return out
    }

    func result() -> RosterImport {
        var r = RosterImport()
        r.outcomes = outcomes
        r.sharedContacts = shared
        for (t, target) in targets.enumerated() where target.firstLine != nil {
            guard let original = target.original else {
                r.newPeople.append((target.person, target.registration!))
                continue
            }
            let reg = target.registration!
            var fields = Self.changedFields(original.person, target.person)
            if original.registration?.category != reg.category { fields.append("category") }
            let before = original.registration?.signups ?? []
            let added = reg.signups.filter { !before.contains($0) }
            if !added.isEmpty { fields.append("signups") }
            guard !fields.isEmpty else { continue }
            r.updates.append(.init(person: target.person, registration: reg, hadRegistration: original.registration != nil, addedSignups: added))
            if let i = pendingOutcome[t] { r.outcomes[i].outcome = .updated(target.person.id, fields: fields) }
        }
        return r
    }

    static func changedFields(_ a: Person, _ b: Person) -> [String] {
        let fields: [(String, KeyPath<Person, String>)] = [
            ("name", \.name), ("organisation", \.organisation), ("title", \.title), ("phone", \.phone), ("email", \.email),
            ("province", \.province), ("city", \.city), ("gender", \.gender), ("notes", \.notes),
        ]
        return fields.compactMap { a[keyPath: $0.1] == b[keyPath: $0.1] ? nil : $0.0 }
    }
}
