/// One attendee as a registration list gives it, already cleaned by the reader. Empty text
/// means "not given": an import fills and corrects, it never blanks what staff already know.
public struct AttendeeRow: Hashable, Sendable {
    /// Where the row starts in its file, for every message about it.
    public var line: Int
    public var name = "", organisation = "", title = "", phone = "", email = ""
    public var category = "", province = "", city = "", gender = "", notes = ""
    /// The language to write to them in, as a code (`de`); empty: not given.
    public var language = ""
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

/// Two rows (or a row and someone in the event) with one name and organisation whose phones or
/// e-mails differ: two 王伟 of one large college are two people. Kept apart, and staff are told.
public struct PossibleDuplicate: Hashable, Sendable {
    public var line: Int
    /// What differs: `.phone` or `.email`.
    public var differs: MatchReason
    public var otherName: String
    /// The earlier line of this file, or nil when the other is already in the event.
    public var otherLine: Int?
    public var otherKey: String
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
    /// Places in `newPeople` of those a later row changed after the row that made them: a writer
    /// that stored each new person as it was made (see `Roster.match(_:into:created:)`) writes
    /// these again.
    public var changedAfterCreation: [Int] = []
    public var updates: [Update] = []
    public var outcomes: [(line: Int, outcome: RowOutcome)] = []
    public var sharedContacts: [SharedContact] = []
    public var possibleDuplicates: [PossibleDuplicate] = []

    public var changesNothing: Bool { newPeople.isEmpty && updates.isEmpty }

    public func count(_ matches: (RowOutcome) -> Bool) -> Int {
        outcomes.reduce(0) { $0 + (matches($1.outcome) ? 1 : 0) }
    }
}

public enum Roster {
    /// Matches rows against the event's people and each other: same phone, else same email, else
    /// same name and organisation (after folding width, case and spaces); a phone or email match
    /// counts only when the names agree too, and a name-and-organisation match only when no
    /// contact disagrees (a row without a phone may join a person with one; two different phones,
    /// or two different e-mails, never merge).
    public static func match(_ rows: [AttendeeRow], into plan: EventPlan) -> RosterImport {
        match(rows, into: plan, created: { _, _ in })
    }

    /// The same, telling `created` about each new person as the row that makes them is taken, in
    /// the order of `newPeople`: a writer can store them while later rows are still being matched.
    public static func match(_ rows: [AttendeeRow], into plan: EventPlan,
                             created: (Person, Registration) -> Void) -> RosterImport {
        var m = Matcher(plan: plan, rowCount: rows.count)
        for row in rows where m.take(row) {
            let new = m.created[m.created.count - 1]
            created(new.person, new.registration)
        }
        return m.result()
    }

    /// Keys `a0001`, `a0002`, … after the highest such key the event has, with their numbers.
    /// Every key taken is above that highest number, so none can equal a key the event has
    /// (a key that reads as `a` and a number is counted in the highest). All keys of one import
    /// have the same width, wide enough for its last (`a000001` … `a100000` for 100,000 rows),
    /// so they sort as they are made and the (event, key) index takes them as appends: past
    /// `a9999`, `a10000` would sort between `a1000` and `a1001`, and every insert would land
    /// in the middle of the index.
    static func keys(after existing: [Person], count: Int) -> () -> (String, Int) {
        var n = 0
        for p in existing where p.key.utf8.first == UInt8(ascii: "a") {
            if let v = Int(p.key.dropFirst()), v > n { n = v }
        }
        let width = max(4, digits(n + count))
        return {
            n += 1
            return (keyText(n, width: width), n)
        }
    }

    private static func digits(_ n: Int) -> Int {
        var digits = 0, rest = n
        repeat { digits += 1; rest /= 10 } while rest > 0
        return digits
    }

    /// `a` and the number, zero-padded to `width` digits, written without intermediate strings.
    static func keyText(_ n: Int, width: Int) -> String {
        let width = max(width, digits(n))
        return String(unsafeUninitializedCapacity: width + 1) { out in
            out[0] = UInt8(ascii: "a")
            var v = n
            for i in stride(from: width, through: 1, by: -1) {
                out[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
            return width + 1
        }
    }
}

/// The state of one matching pass. Targets are people: existing ones as first touched, and
/// new ones as rows create them.
private struct Matcher {
    struct Target {
        var person: Person
        var registration: Registration?
        var firstLine: Int?
    }
    let plan: EventPlan
    /// Each of the event's people's registration before the import (they are the first targets;
    /// keeping what they were outside the targets keeps 100,000 new ones small).
    let originalRegistrations: [Registration?]
    /// The event's people, as rows change them.
    var targets: [Target] = []
    /// New people, target `targets.count + i` for the `i`th, in the shape the result gives them:
    /// it takes this array whole, where copying it out of the targets held a million people twice.
    var created: [(person: Person, registration: Registration)] = []
    var createdLine: [Int] = []
    var targetCount: Int { targets.count + created.count }

    /// A target's person, registration and first line, wherever the target is kept.
    subscript(person t: Int) -> Person {
        _read {
            if t < targets.count { yield targets[t].person } else { yield created[t - targets.count].person }
        }
        _modify {
            if t < targets.count { yield &targets[t].person } else { yield &created[t - targets.count].person }
        }
    }
    subscript(registration t: Int) -> Registration? {
        get { t < targets.count ? targets[t].registration : created[t - targets.count].registration }
        set {
            if t < targets.count { targets[t].registration = newValue } else {
                created[t - targets.count].registration = newValue!
            }
        }
    }
    subscript(firstLine t: Int) -> Int? {
        get { t < targets.count ? targets[t].firstLine : createdLine[t - targets.count] }
        set {
            if t < targets.count { targets[t].firstLine = newValue } else { createdLine[t - targets.count] = newValue! }
        }
    }
    /// Keyed by a 64-bit hash of the text rather than the text: 300,000 string keys cost more
    /// to hash, retain and free than the rest of the import. A hit is confirmed against the
    /// person's actual value, so a hash collision can only miss a match, never merge two people.
    var byPhone: HashIndex, byEmail: HashIndex, byNameOrg: HashIndex
    /// Further people with a name and organisation `byNameOrg` already holds (kept apart by
    /// their contacts); rare, so a dictionary.
    var moreByNameOrg: [UInt64: [Int]] = [:]
    var duplicates: [PossibleDuplicate] = []
    var outcomes: [(line: Int, outcome: RowOutcome)] = []
    var pendingOutcome: [Int: Int] = [:]  // target → index in outcomes, decided at the end
    var shared: [SharedContact] = []
    /// New people (by place among the new) that a later row changed.
    var changedAfterCreation = Set<Int>()
    let nextKey: () -> (String, Int)
    let uids: StableUID.Family

    init(plan: EventPlan, rowCount: Int) {
        self.plan = plan
        uids = StableUID.Family(plan.event.uid, "imported-person")
        nextKey = Roster.keys(after: plan.people, count: rowCount)
        var registrations: [ID<Person>: Registration] = [:]
        registrations.reserveCapacity(plan.registrations.count)
        for r in plan.registrations { registrations[r.person] = r }
        originalRegistrations = plan.people.map { registrations[$0.id] }
        let expected = plan.people.count + rowCount
        targets.reserveCapacity(plan.people.count)
        created.reserveCapacity(rowCount)
        createdLine.reserveCapacity(rowCount)
        byPhone = HashIndex(capacity: expected)
        byEmail = HashIndex(capacity: expected)
        byNameOrg = HashIndex(capacity: expected)
        outcomes.reserveCapacity(rowCount)
        for (i, p) in plan.people.enumerated() {
            targets.append(Target(person: p, registration: originalRegistrations[i]))
            index(targets.count - 1)
        }
    }

    static func nameOrgKey(_ nameKey: String, _ org: String) -> UInt64? {
        org.isEmpty ? nil : hash(TextFolding.matchKey(org), seed: hash(nameKey))
    }

    /// FNV-1a over UTF-8 with a final mix.
    static func hash(_ s: String, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 {
        var h = seed ^ 0x1F
        // Over the contiguous bytes: iterating `utf8` checks each step, and this runs for
        // several values of every row.
        var copy = s
        copy.withUTF8 { for b in $0 { h = (h ^ UInt64(b)) &* 0x100000001b3 } }
        h ^= h >> 33
        h = h &* 0xff51afd7ed558ccd
        return h ^ (h >> 33)
    }

    /// Makes a person findable by their contacts; the first person to hold a value keeps it.
    mutating func index(_ t: Int) {
        index(t, nameOrg: Self.nameOrgKey(TextFolding.matchKey(self[person: t].name), self[person: t].organisation))
    }

    /// The same, with the key of the person's name and organisation already taken.
    mutating func index(_ t: Int, nameOrg: UInt64?) {
        let phone = self[person: t].phone, email = self[person: t].email
        if !phone.isEmpty { byPhone.insertIfAbsent(Self.hash(phone), t) }
        if !email.isEmpty { byEmail.insertIfAbsent(Self.hash(email), t) }
        if let k = nameOrg {
            if let first = byNameOrg[k], first != t {
                if !(moreByNameOrg[k]?.contains(t) ?? false) { moreByNameOrg[k, default: []].append(t) }
            } else {
                byNameOrg.insertIfAbsent(k, t)
            }
        }
    }

    /// The person an earlier row or the event holds for this row, and why. `nameKey` is the
    /// match key of the row's name, `nameOrg` the key of its name and organisation.
    mutating func find(_ row: AttendeeRow, nameKey: String, nameOrg: UInt64?) -> (Int, MatchReason)? {
        if !row.phone.isEmpty, let t = byPhone[Self.hash(row.phone)], self[person: t].phone == row.phone,
           sameName(t, nameKey, row, .phone) {
            return (t, .phone)
        }
        if !row.email.isEmpty, let t = byEmail[Self.hash(row.email)], self[person: t].email == row.email,
           sameName(t, nameKey, row, .email) {
            return (t, .email)
        }
        if let k = nameOrg, let first = byNameOrg[k] {
            var conflicting: (Int, MatchReason)?
            for t in [first] + (moreByNameOrg[k] ?? []) {
                guard TextFolding.matchKey(self[person: t].name) == nameKey,
                    TextFolding.matchKey(self[person: t].organisation) == TextFolding.matchKey(row.organisation)
                else { continue }
                if let differs = Self.contactConflict(self[person: t], row) {
                    if conflicting == nil { conflicting = (t, differs) }
                    continue
                }
                return (t, .nameAndOrganisation)
            }
            if let (t, differs) = conflicting {
                duplicates.append(PossibleDuplicate(line: row.line, differs: differs, otherName: self[person: t].name,
                                                    otherLine: self[firstLine: t], otherKey: self[person: t].key))
            }
        }
        return nil
    }

    /// The contact on which a person and a row disagree (both given, and different), if any.
    static func contactConflict(_ p: Person, _ row: AttendeeRow) -> MatchReason? {
        if !p.phone.isEmpty && !row.phone.isEmpty && p.phone != row.phone { return .phone }
        if !p.email.isEmpty && !row.email.isEmpty && p.email != row.email { return .email }
        return nil
    }

    /// Whether the person who holds the row's phone or email has the row's name; if not, the
    /// contact is shared by two people and staff are told.
    mutating func sameName(_ t: Int, _ nameKey: String, _ row: AttendeeRow, _ reason: MatchReason) -> Bool {
        if TextFolding.matchKey(self[person: t].name) == nameKey { return true }
        // Only this row's own notes can repeat, and they are the last ones (a full scan here
        // would grow with every shared number in a list of 100,000).
        if !shared.suffix(2).contains(where: { $0.line == row.line && $0.field == reason }) {
            shared.append(
                SharedContact(
                    line: row.line, field: reason, otherName: self[person: t].name, otherLine: self[firstLine: t]))
        }
        return false
    }

    /// Takes one row; true when it made a new person (the last target).
    mutating func take(_ row: AttendeeRow) -> Bool {
        let nameKey = TextFolding.matchKey(row.name)
        let nameOrg = Self.nameOrgKey(nameKey, row.organisation)
        guard let (t, reason) = find(row, nameKey: nameKey, nameOrg: nameOrg) else {
            let (key, number) = nextKey()
            // Built in place in the array: a person assembled outside and then appended is
            // copied, with a retain and release of each of its texts.
            created.append(
                (person: Person(id: ID(0), key: key, uid: uids.uid(number), name: row.name),
                 registration: Registration(
                    person: ID(0), category: row.category.isEmpty ? Registration.defaultCategory : row.category,
                    signups: unique(row.signups))))
            createdLine.append(row.line)
            Self.fill(&created[created.count - 1].person, from: row)
            index(targetCount - 1, nameOrg: nameOrg)
            outcomes.append((row.line, .new))
            return true
        }
        let made = t >= plan.people.count ? (self[person: t], self[registration: t]) : nil
        if let first = self[firstLine: t] {
            outcomes.append((row.line, .merged(intoLine: first, by: reason)))
        } else {
            self[firstLine: t] = row.line
            pendingOutcome[t] = outcomes.count
            outcomes.append((row.line, .unchanged(self[person: t].id)))
        }
        Self.fill(&self[person: t], from: row)
        var reg =
            self[registration: t]
            ?? Registration(person: self[person: t].id, category: Registration.defaultCategory, signups: [])
        if !row.category.isEmpty { reg.category = row.category }
        for s in row.signups where !reg.signups.contains(s) { reg.signups.append(s) }
        self[registration: t] = reg
        index(t)
        if let made, made != (self[person: t], self[registration: t]) {
            changedAfterCreation.insert(t - plan.people.count)
        }
        return false
    }

    /// Later, non-empty values win; notes are added to, never replaced. (Plain assignments,
    /// not a loop over key paths: this runs for every row of the list.)
    static func fill(_ p: inout Person, from row: AttendeeRow) {
        if !row.name.isEmpty { p.name = row.name }
        if !row.organisation.isEmpty { p.organisation = row.organisation }
        if !row.title.isEmpty { p.title = row.title }
        if !row.phone.isEmpty { p.phone = row.phone }
        if !row.email.isEmpty { p.email = row.email }
        if !row.province.isEmpty { p.province = row.province }
        if !row.city.isEmpty { p.city = row.city }
        if !row.gender.isEmpty { p.gender = row.gender }
        if !row.language.isEmpty { p.language = row.language }
        if !row.notes.isEmpty, !p.notes.contains(row.notes) {
            p.notes = p.notes.isEmpty ? row.notes : p.notes + "；" + row.notes
        }
    }

    func unique(_ ids: [ID<Session>]) -> [ID<Session>] {
        var out: [ID<Session>] = []
        for id in ids where !out.contains(id) { out.append(id) }
        return out
    }

    /// The outcome; it takes the people out of the matcher rather than copying them.
    mutating func result() -> RosterImport {
        var r = RosterImport()
        r.outcomes = outcomes
        r.sharedContacts = shared
        r.possibleDuplicates = duplicates
        r.changedAfterCreation = changedAfterCreation.sorted()
        r.newPeople = created
        created = []
        for t in targets.indices where self[firstLine: t] != nil {
            // The event's own people are the first targets; as they were is in the plan.
            let target = targets[t]
            let reg = target.registration!
            let original = (person: plan.people[t], registration: originalRegistrations[t])
            var fields = Self.changedFields(original.person, target.person)
            if original.registration?.category != reg.category { fields.append("category") }
            let before = original.registration?.signups ?? []
            let added = reg.signups.filter { !before.contains($0) }
            if !added.isEmpty { fields.append("signups") }
            guard !fields.isEmpty else { continue }
            r.updates.append(
                .init(
                    person: target.person, registration: reg, hadRegistration: original.registration != nil,
                    addedSignups: added))
            if let i = pendingOutcome[t] { r.outcomes[i].outcome = .updated(target.person.id, fields: fields) }
        }
        return r
    }

    /// Plain comparisons, not a table of key paths: a list re-imported whole asks this of every
    /// one of the event's people, and reading through key paths took a tenth of the import.
    static func changedFields(_ a: Person, _ b: Person) -> [String] {
        var out: [String] = []
        if a.name != b.name { out.append("name") }
        if a.organisation != b.organisation { out.append("organisation") }
        if a.title != b.title { out.append("title") }
        if a.phone != b.phone { out.append("phone") }
        if a.email != b.email { out.append("email") }
        if a.province != b.province { out.append("province") }
        if a.city != b.city { out.append("city") }
        if a.gender != b.gender { out.append("gender") }
        if a.notes != b.notes { out.append("notes") }
        if a.language != b.language { out.append("language") }
        return out
    }
}
