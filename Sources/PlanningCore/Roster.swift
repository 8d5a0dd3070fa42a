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
        var m = Matcher(plan: plan, rowCount: rows.count)
        for row in rows { m.take(row) }
        return m.result()
    }

    /// Keys `a0001`, `a0002`, … after the highest such key the event has, with their numbers.
    static func keys(after existing: Set<String>) -> () -> (String, Int) {
        var n = 0
        for k in existing where k.first == "a" {
            if let v = Int(k.dropFirst()), v > n { n = v }
        }
        return {
            repeat { n += 1 } while existing.contains(keyText(n))
            return (keyText(n), n)
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
    /// Keyed by a 64-bit hash of the text rather than the text: 300,000 string keys cost more
    /// to hash, retain and free than the rest of the import. A hit is confirmed against the
    /// person's actual value, so a hash collision can only miss a match, never merge two people.
    var byPhone: [UInt64: Int] = [:], byEmail: [UInt64: Int] = [:], byNameOrg: [UInt64: Int] = [:]
    var outcomes: [(line: Int, outcome: RowOutcome)] = []
    var pendingOutcome: [Int: Int] = [:]  // target → index in outcomes, decided at the end
    var shared: [SharedContact] = []
    let nextKey: () -> (String, Int)

    init(plan: EventPlan, rowCount: Int) {
        self.plan = plan
        nextKey = Roster.keys(after: Set(plan.people.map(\.key)))
        var registrations: [ID<Person>: Registration] = [:]
        registrations.reserveCapacity(plan.registrations.count)
        for r in plan.registrations { registrations[r.person] = r }
        let expected = plan.people.count + rowCount
        targets.reserveCapacity(expected)
        byPhone.reserveCapacity(expected)
        byEmail.reserveCapacity(expected)
        byNameOrg.reserveCapacity(expected)
        outcomes.reserveCapacity(rowCount)
        for p in plan.people {
            targets.append(Target(person: p, registration: registrations[p.id], original: (p, registrations[p.id])))
            index(targets.count - 1)
        }
    }

    static func nameOrgKey(_ name: String, _ org: String) -> UInt64? {
        org.isEmpty ? nil : hash(TextFolding.matchKey(org), seed: hash(TextFolding.matchKey(name)))
    }

    /// FNV-1a over UTF-8 with a final mix.
    static func hash(_ s: String, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 {
        var h = seed ^ 0x1F
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h ^= h >> 33
        h = h &* 0xff51afd7ed558ccd
        return h ^ (h >> 33)
    }

    func sameNameOrg(_ t: Int, _ name: String, _ org: String) -> Bool {
        TextFolding.matchKey(targets[t].person.name) == TextFolding.matchKey(name)
            && TextFolding.matchKey(targets[t].person.organisation) == TextFolding.matchKey(org)
    }

    /// Makes a person findable by their contacts; the first person to hold a value keeps it.
    mutating func index(_ t: Int) {
        let phone = targets[t].person.phone, email = targets[t].person.email
        if !phone.isEmpty { byPhone[Self.hash(phone)] = byPhone[Self.hash(phone)] ?? t }
        if !email.isEmpty { byEmail[Self.hash(email)] = byEmail[Self.hash(email)] ?? t }
        if let k = Self.nameOrgKey(targets[t].person.name, targets[t].person.organisation), byNameOrg[k] == nil {
            byNameOrg[k] = t
        }
    }

    mutating func find(_ row: AttendeeRow) -> (Int, MatchReason)? {
        let name = TextFolding.matchKey(row.name)
        let byContact = [(MatchReason.phone, row.phone.isEmpty ? nil : byPhone[Self.hash(row.phone)].flatMap { targets[$0].person.phone == row.phone ? $0 : nil }),
                         (.email, row.email.isEmpty ? nil : byEmail[Self.hash(row.email)].flatMap { targets[$0].person.email == row.email ? $0 : nil })]
        for case let (reason, t?) in byContact {
            if TextFolding.matchKey(targets[t].person.name) == name { return (t, reason) }
            // Only this row's own notes can repeat, and they are the last ones (a full scan here
            // would grow with every shared number in a list of 100,000).
            if !shared.suffix(2).contains(where: { $0.line == row.line && $0.field == reason }) {
                shared.append(SharedContact(line: row.line, field: reason, otherName: targets[t].person.name, otherLine: targets[t].firstLine))
            }
        }
        if let k = Self.nameOrgKey(row.name, row.organisation), let t = byNameOrg[k], sameNameOrg(t, row.name, row.organisation) {
            return (t, .nameAndOrganisation)
        }
        return nil
    }

    mutating func take(_ row: AttendeeRow) {
        guard let (t, reason) = find(row) else {
            let (key, number) = nextKey()
            var p = Person(id: ID(0), key: key, uid: StableUID.sequential(plan.event.uid, "imported-person", number), name: row.name)
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
