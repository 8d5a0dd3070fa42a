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
    /// The travel columns' cells; nil when the list has none.
    public var travel: TravelCells? {
        get { travelCells?.value }
        set { travelCells = newValue.map(Boxed.init) }
    }
    /// 饮食禁忌 as the list gives it; nil: none said.
    public var diet: DietaryNeed?
    /// The stay columns' cells (住宿要求, 合住人, 入住日期…); nil when the list has none.
    public var stay: StayCells? {
        get { stayCells?.value }
        set { stayCells = newValue.map(Boxed.init) }
    }
    /// The two kept boxed: most lists have neither, and held inline they made a row of 500 bytes
    /// that every step of an import copied (220 without them).
    private var travelCells: Boxed<TravelCells>?
    private var stayCells: Boxed<StayCells>?

    public init(line: Int) { self.line = line }
}

/// A value behind a reference that is never changed in place (a new box for a new value), so
/// the struct holding it keeps value semantics; compared and hashed by the value.
final class Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
    static func == (a: Boxed, b: Boxed) -> Bool { a === b || a.value == b.value }
    func hash(into h: inout Hasher) { h.combine(value) }
}

/// Why two rows are one person.
public enum MatchReason: String, Sendable {
    case phone, email, nameAndOrganisation
    /// A phone or e-mail of someone staff merged into the person.
    case mergedContact
}

/// What became of one row.
public enum RowOutcome: Hashable, Sendable {
    case new
    /// An existing person whose record the row changed; the names of the changed fields.
    case updated(ID<Person>, fields: [String])
    case unchanged(ID<Person>)
    /// A later row for someone an earlier row of the same file already names.
    case merged(intoLine: Int, by: MatchReason)
    /// A row that fits several people and is attached to none (see `RosterImport.ambiguous`).
    case ambiguous
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
    /// The other's phone or e-mail (whichever `differs`), which tells the two apart for staff.
    public var otherContact: String
}

/// The outcome of matching a list against an event: who is new, who changes, and why.
/// Building it touches nothing; the store writes `newPeople` and `updates` in one transaction.
/// Whom a list named, by UID, and the free notes (备注) rows gave them: the event's own people
/// here, and the people it made (`RosterImport.newPeople`).
public struct Listing: Sendable {
    /// The event's people the list named, each UID followed by a line feed: a list is one text
    /// to store, not a row per person.
    public var uids = ""
    /// Only where a row gave free notes, or an earlier copy's are cleared.
    public var notes: [(uid: String, notes: String)] = []
    /// The sub-forums the list's rows gave each person they named, when it has a sub-forum column
    /// (`hasSignups`): what its next copy may take away again.
    public var signups: [(uid: String, sessions: [ID<Session>])] = []
    public var hasSignups = false

    public init() {}

    /// `earlier` (UIDs a line each, as stored) with the UIDs this list adds, the people it
    /// made included: the text's UTF-8, as the store binds it (a string made of it would be a
    /// second copy, 37 MB for a million people).
    public func adding(to earlier: String, made: PackedPeople) -> [UInt8] {
        let known = Set(earlier.split(separator: "\n"))
        // Bytes, not a string grown a UID at a time: a first list of 100,000 people took 30 ms.
        var out: [UInt8] = []
        out.reserveCapacity(earlier.utf8.count + uids.utf8.count + made.count * 37 + 1)
        out.append(contentsOf: earlier.utf8)
        if !out.isEmpty && out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
        for uid in uids.split(separator: "\n") where !known.contains(uid) {
            out.append(contentsOf: uid.utf8)
            out.append(UInt8(ascii: "\n"))
        }
        for i in made.indices {
            if known.isEmpty {
                made.appendUID(i, to: &out)
            } else {
                let uid = made.uid(i)
                if known.contains(Substring(uid)) { continue }
                out.append(contentsOf: uid.utf8)
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }
}

/// A person an import made, as `Roster.match` tells whoever stores them, with the number their
/// key and UID were made from (`Roster.importedUIDs`).
public enum MadePerson {
    /// The person row `row` of the list (`AttendeeRows`) makes as it stands: its texts
    /// (`AttendeeRows.withTexts`) are theirs, the category the default where it gives none.
    case row(Int, key: String, number: Int)
    /// A person made field by field, the UID left empty (it is the family's of `number`).
    case person(Person, Registration, number: Int)
}

public struct RosterImport: Sendable {
    public struct Update: Sendable {
        public var person: Person
        /// The registration as it should be after the import (category and all sign-ups).
        public var registration: Registration
        public var hadRegistration: Bool
        public var addedSignups: [ID<Session>]
        /// Sign-ups the list no longer has (a list that is the truth for its sub-forum column).
        public var removedSignups: [ID<Session>] = []
        /// The person and their registration as they were, for the preview's `before → after`.
        public var before: Person
        public var signupsBefore: [ID<Session>] = []
        /// The category before, nil when they were not registered.
        public var categoryBefore: String?
    }
    public var newPeople = PackedPeople()
    /// Places in `newPeople` of those a later row changed after the row that made them: a writer
    /// that stored each new person as it was made (see `Roster.match(_:into:created:)`) writes
    /// these again.
    public var changedAfterCreation: [Int] = []
    public var updates: [Update] = []
    public var outcomes: [(line: Int, outcome: RowOutcome)] = []
    public var sharedContacts: [SharedContact] = []
    public var possibleDuplicates: [PossibleDuplicate] = []
    /// Rows attached to nobody because they fit several people.
    public var ambiguous: [AmbiguousRow] = []
    /// People an earlier list of the source named and this one does not, registered still.
    public var missing: [MissingPerson] = []
    /// Those of `missing` whose registration this import withdraws (`ImportRules.withdrawMissing`).
    public var withdrawals: [MissingPerson] = []
    /// Rows whose values differ from their person's and were left so: empty cells under
    /// `keepExisting`. (With them and ambiguous rows, "every row matches the event" is untrue.)
    public var rowsLeftDiffering = 0
    /// Everyone the list named (new people included): what the event remembers of this source
    /// for its next list.
    public var listing = Listing()
    /// Journeys the list's travel columns give or change (see `TripImport`).
    public var trips: [TripChange] = []
    /// Hubs the list names that no site is: made as sites with the trips, and reported.
    public var newHubs: [NewHub] = []
    /// Hubs the list wrote short, taken as the site whose name holds them.
    public var hubMatches: [HubMatch] = []
    /// Stays the list's stay columns give or change (see `StayImport`).
    public var stays: [StayChange] = []
    /// 合住人 cells that name no one, or several, or the row's own person: told, never guessed.
    public var roommateProblems: [RoommateProblem] = []

    public var changesNothing: Bool {
        newPeople.isEmpty && updates.isEmpty && withdrawals.isEmpty && trips.isEmpty && stays.isEmpty
    }

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
    public static func match(_ rows: some Collection<AttendeeRow>, into plan: EventPlan,
                             rules: ImportRules = ImportRules()) -> RosterImport
    {
        match(rows, into: plan, rules: rules, created: { _ in })
    }

    /// The same, telling `created` about each new person as the row that makes them is taken, in
    /// the order of `newPeople`: a writer can store them while later rows are still being matched.
    /// With each comes the number its key and UID were made from (`keys`, `importedUIDs`); the
    /// person's UID is left empty there, for the writer packs it from the number.
    public static func match(_ rows: some Collection<AttendeeRow>, into plan: EventPlan,
                             rules: ImportRules = ImportRules(),
                             created: (MadePerson) -> Void) -> RosterImport {
        var m = Matcher(plan: plan, rowCount: rows.count, rules: rules)
        if let packed = rows as? AttendeeRows {
            m.takeAll(packed, created: created)
        } else {
            for row in rows { m.take(row, created: created) }
        }
        return m.result()
    }

    /// The person (and registration) a row nobody holds makes: its values as they stand (as
    /// `Matcher.fill` gives them to nobody), the category the list's default where it gave none.
    static func madePerson(_ row: AttendeeRow, key: String, uid: String)
        -> (person: Person, registration: Registration)
    {
        var person = Person(id: ID(0), key: key, uid: uid, name: row.name)
        Matcher.fill(&person, from: row)
        var signups: [ID<Session>] = []
        for s in row.signups where !signups.contains(s) { signups.append(s) }
        let category = row.category.isEmpty ? Registration.defaultCategory : row.category
        return (person, Registration(person: ID(0), category: category, signups: signups))
    }

    /// The family of the UIDs an import gives the people it adds to `event`.
    public static func importedUIDs(_ event: Event) -> StableUID.Family {
        StableUID.Family(event.uid, "imported-person")
    }

    /// The letter of the keys an import gives its people. It sorts after the keys people have
    /// otherwise (`v05`, `p12`, `int1`, a UID's first eight hex digits), so a list's people come
    /// after everyone the event has and the (event, key) index takes them as appends, which
    /// SQLite makes without searching the index. With the `a` earlier versions gave, every
    /// insert landed just before the speakers' keys, and each was searched from the index's root
    /// (a tenth of the import's work in SQLite).
    static let keyLetter = UInt8(ascii: "z")

    /// Keys `z0001`, `z0002`, … after the highest number such a key of the event has, with their
    /// numbers. Every key taken is above that highest number, so none can equal a key the event
    /// has (a key that reads as the letter and a number is counted in the highest), and neither
    /// can the UID made from it: the `a` keys of earlier versions count too, their UIDs being of
    /// the same numbers. All keys of one import have the same width, wide enough for its last
    /// (`z000001` … `z100000` for 100,000 rows), so they sort as they are made: past `z9999`,
    /// `z10000` would sort between `z1000` and `z1001`, and every insert would land in the middle.
    /// A person who holds a UID of the family under another key (staff renamed an imported
    /// attendee's id in a dumped file and kept the UUID) counts with its number too.
    static func keys(after existing: [Person], count: Int, uids: StableUID.Family? = nil) -> () -> (String, Int) {
        var n = 0
        // The text before a family UID's number (its first ten bytes): a UID is parsed only when
        // it starts so, not for each of the 100,000 people a re-imported list meets.
        let head = uids.map { Array($0.uid(0).utf8.prefix(23)) } ?? []
        for p in existing {
            if p.key.utf8.first == keyLetter || p.key.utf8.first == UInt8(ascii: "a"),
               let v = Int(p.key.dropFirst()), v > n { n = v }
            if !head.isEmpty, p.uid.utf8.starts(with: head), let v = uids?.number(of: p.uid), v > n { n = v }
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

    /// `keyLetter` and the number, zero-padded to `width` digits, written without intermediate strings.
    static func keyText(_ n: Int, width: Int) -> String {
        let width = max(width, digits(n))
        return String(unsafeUninitializedCapacity: width + 1) { out in
            out[0] = keyLetter
            var v = n
            for i in stride(from: width, through: 1, by: -1) {
                out[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
            return width + 1
        }
    }
}

/// The matcher's people: the event's own, whole, then those the list makes, packed (a million
/// of them whole would take several times the memory of the file they came from).
private struct Targets {
    var own: [Matcher.Target] = []
    var made = PackedPeople()
    /// The line of the row that made each new person.
    var madeLines: [Int] = []

    var count: Int { own.count + made.count }
    var indices: Range<Int> { 0..<count }

    mutating func reserveCapacity(own n: Int, made m: Int) {
        own.reserveCapacity(n)
        made.reserveCapacity(m)
        madeLines.reserveCapacity(m)
    }

    mutating func append(_ t: Matcher.Target) { own.append(t) }

    mutating func append(_ p: borrowing Person, _ r: borrowing Registration, line: Int, number: Int) {
        made.append(p, r, madeFrom: number)
        madeLines.append(line)
    }

    /// A person who is row `row` of the list (`made.rows`) as it stands.
    mutating func appendRow(_ row: Int, line: Int, number: Int, width: Int) {
        made.appendRow(row, number: number, width: width)
        madeLines.append(line)
    }

    func uid(_ t: Int) -> String { t < own.count ? own[t].person.uid : made.uid(t - own.count) }

    subscript(t: Int) -> Matcher.Target {
        get {
            guard t >= own.count else { return own[t] }
            let (p, r) = made[t - own.count]
            return Matcher.Target(person: p, registration: r, firstLine: madeLines[t - own.count])
        }
        set {
            if t < own.count {
                own[t] = newValue
            } else {
                made[t - own.count] = (newValue.person, newValue.registration!)
            }
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
    var targets = Targets()
    /// Keyed by a 64-bit hash of the text rather than the text: 300,000 string keys cost more
    /// to hash, retain and free than the rest of the import. A hit is confirmed against the
    /// person's actual value, so a hash collision can only miss a match, never merge two people.
    var byPhone: HashIndex, byEmail: HashIndex, byNameOrg: HashIndex
    /// Further people with a name and organisation `byNameOrg` already holds (kept apart by
    /// their contacts); rare, so a dictionary.
    var moreByNameOrg: [UInt64: [Int]] = [:]
    /// Further holders of a phone or e-mail `byPhone`/`byEmail` already holds under another name
    /// (a secretary's address given for a colleague): found by it with their own name.
    var moreByPhone: [UInt64: [Int]] = [:], moreByEmail: [UInt64: [Int]] = [:]
    var duplicates: [PossibleDuplicate] = []
    var outcomes: [(line: Int, outcome: RowOutcome)] = []
    var pendingOutcome: [Int: Int] = [:]  // target → index in outcomes, decided at the end
    var shared: [SharedContact] = []
    /// New people (by place among the new) that a later row changed.
    var changedAfterCreation = Set<Int>()
    let nextKey: () -> (String, Int)
    let uids: StableUID.Family
    let rules: ImportRules
    /// The event's people a list of this source named before, by name and organisation.
    var fromSource: [UInt64: [Int]] = [:]
    /// Values of people merged into others, to the kept person (with the merged name's key).
    var aliasPhone: [String: (Int, String)] = [:], aliasEmail: [String: (Int, String)] = [:]
    var aliasNameOrg: [UInt64: Int] = [:]
    var ambiguous: [AmbiguousRow] = []
    /// People a row fitted along with others: named by the list, so not missing from it.
    var mentioned = Set<Int>()
    var rowsLeftDiffering = 0
    /// The sub-forums the list's rows gave each target.
    var givenSignups: [Int: [ID<Session>]] = [:]
    /// The free notes of the row that first named each target.
    var freeNotes: [Int: String] = [:]
    /// What the last `find` settled beyond its answer: found through a merge's values, or
    /// several people fit.
    var foundByAlias = false
    var fitting: [Int] = []
    /// Rows with travel cells, by target, in the list's order: empty for a list without travel columns.
    var travel: [(target: Int, line: Int, cells: TravelCells)] = []
    /// Rows with stay cells, by target, in the list's order.
    var lodging: [(target: Int, line: Int, cells: StayCells)] = []

    init(plan: EventPlan, rowCount: Int, rules: ImportRules) {
        self.plan = plan
        self.rules = rules
        uids = Roster.importedUIDs(plan.event)
        targets.made = PackedPeople(uids: uids)
        nextKey = Roster.keys(after: plan.people, count: rowCount, uids: uids)
        var registrations: [ID<Person>: Registration] = [:]
        registrations.reserveCapacity(plan.registrations.count)
        for r in plan.registrations { registrations[r.person] = r }
        originalRegistrations = plan.people.map { registrations[$0.id] }
        let expected = plan.people.count + rowCount
        targets.reserveCapacity(own: plan.people.count, made: rowCount)
        byPhone = HashIndex(capacity: expected)
        byEmail = HashIndex(capacity: expected)
        byNameOrg = HashIndex(capacity: expected)
        outcomes.reserveCapacity(rowCount)
        for (i, p) in plan.people.enumerated() {
            targets.append(Target(person: p, registration: originalRegistrations[i]))
            index(targets.count - 1)
        }
        rememberEarlierImports()
    }

    /// Indexes the source's earlier people and the values merges set aside.
    mutating func rememberEarlierImports() {
        let memory = rules.memory
        guard !memory.fromSource.isEmpty || !memory.aliases.isEmpty else { return }
        var byUID: [String: Int] = [:]
        for (i, p) in plan.people.enumerated() { byUID[p.uid] = i }
        for (i, p) in plan.people.enumerated() where memory.fromSource[p.uid] != nil {
            if let k = MatchKey.nameOrg(TextFolding.nameKey(p.name), p.organisation) {
                fromSource[k, default: []].append(i)
            }
        }
        for a in memory.aliases {
            guard let t = byUID[a.uid] else { continue }
            let nameKey = TextFolding.nameKey(a.name)
            if !a.phone.isEmpty { aliasPhone[a.phone] = (t, nameKey) }
            if !a.email.isEmpty { aliasEmail[a.email] = (t, nameKey) }
            if let k = MatchKey.nameOrg(nameKey, a.organisation) { aliasNameOrg[k] = t }
        }
    }


    /// Makes a person findable by their contacts; the first person to hold a value keeps it.
    mutating func index(_ t: Int) {
        let p = targets[t].person
        index(t, phone: MatchKey.contact(p.phone), email: MatchKey.contact(p.email),
              nameOrg: MatchKey.nameOrg(TextFolding.nameKey(p.name), p.organisation))
    }

    /// The same, with the keys of the person's contacts (nil: none) and of their name and
    /// organisation at hand.
    mutating func index(_ t: Int, phone: UInt64?, email: UInt64?, nameOrg: UInt64?) {
        if let phone, let first = byPhone.insertIfAbsent(phone, t), first != t,
           !(moreByPhone[phone]?.contains(t) ?? false) {
            moreByPhone[phone, default: []].append(t)
        }
        if let email, let first = byEmail.insertIfAbsent(email, t), first != t,
           !(moreByEmail[email]?.contains(t) ?? false) {
            moreByEmail[email, default: []].append(t)
        }
        if let k = nameOrg {
            if let first = byNameOrg[k], first != t {
                if !(moreByNameOrg[k]?.contains(t) ?? false) { moreByNameOrg[k, default: []].append(t) }
            } else {
                byNameOrg.insertIfAbsent(k, t)
            }
        }
    }

    /// The person an earlier row or the event holds for this row, and why. `nameKey` is the
    /// match key of the row's name, `keys` those of its contacts and of its name and organisation.
    mutating func find(_ row: AttendeeRow, nameKey rowName: inout NameKey, keys: RowKeys) -> (Int, MatchReason)? {
        foundByAlias = false
        fitting = []
        let nameOrg = keys.nameOrg
        if let h = keys.phone, let t = byPhone[h], targets[t].person.phone == row.phone {
            if sameName(t, rowName.key, row, .phone) { return (t, .phone) }
            // The first holder is someone else: the one of the row's name who shares it, if any
            // (else a list naming both made that one again each time it was imported).
            if let other = moreByPhone[h]?.first(where: {
                targets[$0].person.phone == row.phone && TextFolding.nameKey(targets[$0].person.name) == rowName.key
            }) { return (other, .phone) }
        }
        if let h = keys.email, let t = byEmail[h], targets[t].person.email == row.email {
            if sameName(t, rowName.key, row, .email) { return (t, .email) }
            if let other = moreByEmail[h]?.first(where: {
                targets[$0].person.email == row.email && TextFolding.nameKey(targets[$0].person.name) == rowName.key
            }) { return (other, .email) }
        }
        // Past the contacts nearly every row of a new list has met no one: the name is folded
        // only when someone is there to compare it with.
        let nobodyByName = nameOrg.map { byNameOrg[$0] == nil } ?? true
        if aliasPhone.isEmpty && aliasEmail.isEmpty && fromSource.isEmpty && nobodyByName { return nil }
        let nameKey = rowName.key
        // A merged-away person's contacts are the kept person's (when the name is either's).
        // (Looked at only when there were merges: this runs for every row of the list.)
        for (value, aliases) in aliasPhone.isEmpty && aliasEmail.isEmpty ? [] : [(row.phone, aliasPhone),
                                                                                   (row.email, aliasEmail)]
        where !value.isEmpty {
            if let (t, aliasName) = aliases[value],
               aliasName == nameKey || TextFolding.nameKey(targets[t].person.name) == nameKey {
                foundByAlias = true
                return (t, .mergedContact)
            }
        }
        if let k = nameOrg, !fromSource.isEmpty {
            // The one this source brought before, though a contact changed: a correction.
            let open = (fromSource[k] ?? []).filter { t in
                targets[t].firstLine == nil && TextFolding.nameKey(targets[t].person.name) == nameKey
                    && TextFolding.nameKey(targets[t].person.organisation) == TextFolding.nameKey(row.organisation)
            }
            if open.count == 1 { return (open[0], .nameAndOrganisation) }
        }
        if let k = nameOrg, let first = byNameOrg[k] {
            var conflicting: (Int, MatchReason)?
            for t in [first] + (moreByNameOrg[k] ?? []) {
                guard TextFolding.nameKey(targets[t].person.name) == nameKey,
                    TextFolding.nameKey(targets[t].person.organisation) == TextFolding.nameKey(row.organisation)
                else { continue }
                if let differs = Self.contactConflict(targets[t].person, row) {
                    if conflicting == nil { conflicting = (t, differs) }
                    continue
                }
                fitting.append(t)
            }
            if fitting.count == 1 { return (fitting[0], .nameAndOrganisation) }
            // Two namesakes of one organisation and nothing to tell which: neither.
            if fitting.count > 1 { return nil }
            if let t = aliasNameOrg[k], Self.contactConflict(targets[t].person, row) == nil {
                foundByAlias = true
                return (t, .nameAndOrganisation)
            }
            if let (t, differs) = conflicting {
                duplicates.append(PossibleDuplicate(line: row.line, differs: differs, otherName: targets[t].person.name,
                                                    otherLine: targets[t].firstLine, otherKey: targets[t].person.key,
                                                    otherContact: differs == .phone ? targets[t].person.phone
                                                        : targets[t].person.email))
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
        if TextFolding.nameKey(targets[t].person.name) == nameKey { return true }
        // Only this row's own notes can repeat, and they are the last ones (a full scan here
        // would grow with every shared number in a list of 100,000).
        if !shared.suffix(2).contains(where: { $0.line == row.line && $0.field == reason }) {
            shared.append(
                SharedContact(
                    line: row.line, field: reason, otherName: targets[t].person.name, otherLine: targets[t].firstLine))
        }
        return false
    }

    /// The rows of a list as read, in a loop of this concrete type: in the generic `match`, each
    /// row and each new person was copied through buffers on the way (1.3 KB a row).
    mutating func takeAll(_ packed: AttendeeRows, created: (MadePerson) -> Void) {
        targets.made.rows = packed
        // Past the contacts and the name, only merges and a source's earlier people are asked.
        let plain = aliasPhone.isEmpty && aliasEmail.isEmpty && fromSource.isEmpty
        for i in packed.indices {
            if plain, packed.withTexts(i, { takeNew($0, i, created: created) }) == true { continue }
            let row = packed[i]
            take(row, nameOrg: packed.nameOrgKey(i, of: row), created: created)
        }
    }

    /// Row `i` when nobody holds its phone, e-mail, or name and organisation, and the person it
    /// makes is the row as it stands: that person, made without a string of the row, and true.
    /// Nearly every row of a new list is one; any other is left to `take` (false), which decides
    /// the same for these (`find` meets nobody), only at the cost of the row's strings.
    mutating func takeNew(_ r: RowTexts, _ i: Int, created: (MadePerson) -> Void) -> Bool {
        let phone = r.phone.isEmpty ? nil : MatchKey.hash(r.phone)
        let email = r.email.isEmpty ? nil : MatchKey.hash(r.email)
        if let phone, byPhone[phone] != nil { return false }
        if let email, byEmail[email] != nil { return false }
        if let k = r.nameOrgKey, byNameOrg[k] != nil { return false }
        var notes = ""
        if !r.notes.isEmpty {
            // Notes a row repeats are kept once (`notes(_:keyedFrom:)`): the person's are not the row's then.
            // Notes of one part (no `；`, EF BC 9B, in them) are theirs as they stand, unsplit.
            notes = String(decoding: r.notes, as: UTF8.self)
            let b = r.notes
            let parts = b.indices.dropLast(2).contains { b[$0] == 0xEF && b[$0 + 1] == 0xBC && b[$0 + 2] == 0x9B }
            guard !parts || Self.notes("", keyedFrom: notes) == notes else { return false }
        }
        if !r.signups.isEmpty && unique(r.signups) != r.signups { return false }
        let (key, number) = nextKey()
        targets.appendRow(i, line: r.line, number: number, width: key.utf8.count - 1)
        let t = targets.count - 1
        index(t, phone: phone, email: email, nameOrg: r.nameOrgKey)
        outcomes.append((r.line, .new))
        if !rules.source.isEmpty && !notes.isEmpty { freeNotes[t] = rules.freeNotes(notes) }
        if !rules.source.isEmpty && !r.signups.isEmpty && rules.columns.contains(.signups) {
            givenSignups[t] = r.signups
        }
        created(.row(i, key: key, number: number))
        return true
    }

    /// Takes one row; `created` is told of the person it made, if it made one (the last target),
    /// with the number its key and UID were made from. `nameOrg`: the key of the row's name and
    /// organisation when it was made already (`AttendeeRows` makes it as the list is read, on two
    /// threads).
    mutating func take(_ row: AttendeeRow, nameOrg given: UInt64?? = nil, created: (MadePerson) -> Void) {
        var nameKey = NameKey(row.name)
        let keys = RowKeys(phone: MatchKey.contact(row.phone), email: MatchKey.contact(row.email),
                           nameOrg: given ?? MatchKey.nameOrg(nameKey.key, row.organisation))
        let nameOrg = keys.nameOrg
        let found = find(row, nameKey: &nameKey, keys: keys)
        if found == nil, fitting.count > 1 {
            ambiguous.append(AmbiguousRow(line: row.line, name: row.name, candidates: fitting.map { t in
                t < plan.people.count ? .person(key: targets[t].person.key) : .line(targets[t].firstLine ?? 0)
            }))
            mentioned.formUnion(fitting)
            outcomes.append((row.line, .ambiguous))
            return
        }
        guard let (t, reason) = found else {
            let (key, number) = nextKey()
            // The UID is the family's of `number`, made where its text is wanted (it is packed
            // from the number): 100,000 UIDs made only to be dropped were a twelfth of the matcher.
            let (person, registration) = Roster.madePerson(row, key: key, uid: "")
            targets.append(person, registration, line: row.line, number: number)
            // The row gave the person's contacts: their keys are the row's.
            index(targets.count - 1, phone: keys.phone, email: keys.email, nameOrg: nameOrg)
            outcomes.append((row.line, .new))
            if let cells = row.travel { travel.append((targets.count - 1, row.line, cells)) }
            if let cells = row.stay { lodging.append((targets.count - 1, row.line, cells)) }
            if !rules.source.isEmpty && !row.notes.isEmpty { freeNotes[targets.count - 1] = rules.freeNotes(row.notes) }
            if !rules.source.isEmpty && !row.signups.isEmpty && rules.columns.contains(.signups) {
                givenSignups[targets.count - 1] = registration.signups
            }
            created(.person(person, registration, number: number))
            return
        }
        let made = t >= plan.people.count ? (targets[t].person, targets[t].registration) : nil
        // The first row naming one of the event's people: the list is the truth for its columns.
        // A row naming a merged-away person only fills in: the merge chose the kept values. And a
        // list is the truth only for people its source named before: the first list from an office
        // naming a speaker staff entered does not clear what it has no value for.
        let replacing = targets[t].firstLine == nil && t < plan.people.count && rules.replaces && !foundByAlias
            && rules.memory.fromSource[targets[t].person.uid] != nil
        if targets[t].firstLine == nil && t < plan.people.count && !foundByAlias {
            if !row.notes.isEmpty { freeNotes[t] = rules.freeNotes(row.notes) }
            if !rules.columns.isEmpty && !replacing && leavesEmpty(t, row) { rowsLeftDiffering += 1 }
        }
        if let first = targets[t].firstLine {
            outcomes.append((row.line, .merged(intoLine: first, by: reason)))
        } else {
            targets[t].firstLine = row.line
            pendingOutcome[t] = outcomes.count
            outcomes.append((row.line, .unchanged(targets[t].person.id)))
        }
        if replacing {
            // Static, with the rules copied out: a method of `self` changing `targets` in place
            // would copy the whole matcher for every row.
            let rules = rules
            Self.replace(&targets[t].person, from: row, rules: rules)
        } else if foundByAlias {
            Self.fillEmpty(&targets[t].person, from: row)
        } else {
            Self.fill(&targets[t].person, from: row, identity: !foundByAlias)
        }
        var reg =
            targets[t].registration
            ?? Registration(person: targets[t].person.id, category: Registration.defaultCategory, signups: [])
        if !row.category.isEmpty { reg.category = row.category }
        if replacing && rules.columns.contains(.category) && row.category.isEmpty {
            reg.category = Registration.defaultCategory
        }
        if replacing && rules.columns.contains(.signups) && !unread(row, .signups) {
            // The list is the truth for the sub-forums it gave: another list's, or staff's, stay.
            let gave = rules.memory.signupsFromSource.map { $0[targets[t].person.uid] ?? [] }
            reg.signups = reg.signups.filter { s in row.signups.contains(s) || gave.map { !$0.contains(s) } ?? false }
        }
        if rules.columns.contains(.signups) && !rules.source.isEmpty && !row.signups.isEmpty {
            // One look-up a row, not two a choice: a cumulative list has 600,000 of them.
            givenSignups[t, default: []].appendNew(row.signups)
        }
        for s in row.signups where !reg.signups.contains(s) { reg.signups.append(s) }
        targets[t].registration = reg
        if let cells = row.travel { travel.append((t, row.line, cells)) }
        if let cells = row.stay { lodging.append((t, row.line, cells)) }
        index(t)
        if let made, made != (targets[t].person, targets[t].registration) {
            changedAfterCreation.insert(t - plan.people.count)
        }
    }

    /// Whether a row's cell was there but could not be read (a bad phone): the person's value stays.
    func unread(_ row: AttendeeRow, _ c: ListColumn) -> Bool { rules.unread[row.line]?.contains(c) ?? false }

    /// Whether the row leaves empty a column the list has where the person has a value.
    func leavesEmpty(_ t: Int, _ row: AttendeeRow) -> Bool {
        let p = targets[t].person, c = rules.columns
        let pairs: [(ListColumn, String, String)] = [
            (.organisation, p.organisation, row.organisation), (.title, p.title, row.title),
            (.phone, p.phone, row.phone), (.email, p.email, row.email), (.province, p.province, row.province),
            (.city, p.city, row.city), (.gender, p.gender, row.gender),
        ]
        if pairs.contains(where: { c.contains($0.0) && !$0.1.isEmpty && $0.2.isEmpty }) { return true }
        let signups = targets[t].registration?.signups ?? []
        return c.contains(.signups) && signups.contains { !row.signups.contains($0) }
    }

    /// The list's values for the columns it has, empty ones included (a cleared cell clears);
    /// notes keyed by its columns and the free notes it gave before are replaced.
    static func replace(_ p: inout Person, from row: AttendeeRow, rules: ImportRules) {
        let c = rules.columns
        func unread(_ row: AttendeeRow, _ c: ListColumn) -> Bool { rules.unread[row.line]?.contains(c) ?? false }
        func take(_ column: ListColumn, _ path: WritableKeyPath<Person, String>, _ value: String) {
            if c.contains(column) && !unread(row, column) { p[keyPath: path] = value }
        }
        if !row.name.isEmpty && !TextFolding.sameButWidth(p.name, row.name) { p.name = row.name }
        take(.organisation, \.organisation, row.organisation)
        take(.phone, \.phone, row.phone)
        take(.email, \.email, row.email)
        take(.title, \.title, row.title)
        take(.province, \.province, row.province)
        take(.city, \.city, row.city)
        take(.gender, \.gender, row.gender)
        if c.contains(.language) && !unread(row, .language) { p.language = row.language.isEmpty ? nil : row.language }
        if c.contains(.diet) { p.diet = row.diet }
        p.notes = rules.replacingNotes(p.notes, before: rules.memory.fromSource[p.uid], with: row.notes)
    }

    /// Values only where the person has none; notes added to.
    static func fillEmpty(_ p: inout Person, from row: AttendeeRow) {
        if p.title.isEmpty { p.title = row.title }
        if p.province.isEmpty { p.province = row.province }
        if p.city.isEmpty { p.city = row.city }
        if p.gender.isEmpty { p.gender = row.gender }
        if p.language == nil && !row.language.isEmpty { p.language = row.language }
        if p.diet == nil { p.diet = row.diet }
        if !row.notes.isEmpty, !p.notes.contains(row.notes) {
            p.notes = p.notes.isEmpty ? row.notes : p.notes + Notes.separator + row.notes
        }
    }

    /// Later, non-empty values win; notes are added to, never replaced. (Plain assignments,
    /// not a loop over key paths: this runs for every row of the list.) Without `identity`, the
    /// name and contacts stay (the row named a merged-away person).
    static func fill(_ p: inout Person, from row: AttendeeRow, identity: Bool = true) {
        if identity {
            if !row.name.isEmpty && !TextFolding.sameButWidth(p.name, row.name) { p.name = row.name }
            if !row.organisation.isEmpty { p.organisation = row.organisation }
            if !row.phone.isEmpty { p.phone = row.phone }
            if !row.email.isEmpty { p.email = row.email }
        }
        if !row.title.isEmpty { p.title = row.title }
        if !row.province.isEmpty { p.province = row.province }
        if !row.city.isEmpty { p.city = row.city }
        if !row.gender.isEmpty { p.gender = row.gender }
        if !row.language.isEmpty { p.language = row.language }
        if let diet = row.diet { p.diet = diet }
        if !row.notes.isEmpty, !p.notes.contains(row.notes) { p.notes = Self.notes(p.notes, keyedFrom: row.notes) }
    }

    /// Notes added to, each `列名：值` a list's column gave replacing that column's earlier value
    /// (another list's `到达日期` is not a second arrival date); free text added once.
    static func notes(_ current: String, keyedFrom row: String) -> String {
        func key(_ part: Substring) -> Substring? {
            guard let colon = part.firstIndex(of: "："), colon > part.startIndex else { return nil }
            return part[..<colon]
        }
        let incoming = Notes.parts(row)
        let replaced = Set(incoming.compactMap(key))
        var parts = Notes.parts(current).filter { part in key(part).map { !replaced.contains($0) } ?? true }
        for part in incoming where !parts.contains(part) { parts.append(part) }
        return parts.joined(separator: Notes.separator)
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
        r.ambiguous = ambiguous
        r.rowsLeftDiffering = rowsLeftDiffering + ambiguous.count
        if !rules.source.isEmpty {
            for t in 0..<plan.people.count where targets[t].firstLine != nil {
                let uid = targets[t].person.uid, notes = freeNotes[t] ?? ""
                r.listing.uids += uid
                r.listing.uids += "\n"
                // A row is kept for the notes a row gave, or to clear what an earlier copy gave.
                if !notes.isEmpty || !(rules.memory.fromSource[uid] ?? "").isEmpty {
                    r.listing.notes.append((uid, notes))
                }
            }
            for (t, notes) in freeNotes.sorted(by: { $0.key < $1.key }) where t >= plan.people.count {
                r.listing.notes.append((targets.uid(t), notes))
            }
            r.listing.hasSignups = rules.columns.contains(.signups)
            for (t, given) in givenSignups.sorted(by: { $0.key < $1.key }) {
                r.listing.signups.append((targets.uid(t), given))
            }
        }
        for t in 0..<plan.people.count where targets[t].firstLine == nil && !mentioned.contains(t) {
            guard rules.memory.fromSource[plan.people[t].uid] != nil, let reg = originalRegistrations[t]
            else { continue }
            r.missing.append(MissingPerson(person: plan.people[t], registration: reg))
        }
        if rules.withdrawMissing { r.withdrawals = r.missing }
        r.newPeople = targets.made
        for t in 0..<plan.people.count where targets[t].firstLine != nil {
            // The event's own people are the first targets; as they were is in the plan.
            let target = targets[t]
            let reg = target.registration!
            let original = (person: plan.people[t], registration: originalRegistrations[t])
            var fields = Self.changedFields(original.person, target.person)
            if original.registration?.category != reg.category { fields.append("category") }
            let before = original.registration?.signups ?? []
            let added = reg.signups.filter { !before.contains($0) }
            let removed = before.filter { !reg.signups.contains($0) }
            if !added.isEmpty || !removed.isEmpty { fields.append("signups") }
            guard !fields.isEmpty else { continue }
            r.updates.append(
                .init(
                    person: target.person, registration: reg, hadRegistration: original.registration != nil,
                    addedSignups: added, removedSignups: removed, before: original.person, signupsBefore: before,
                    categoryBefore: original.registration?.category))
            if let i = pendingOutcome[t] { r.outcomes[i].outcome = .updated(target.person.id, fields: fields) }
        }
        if !travel.isEmpty { takeTrips(into: &r) }
        if !lodging.isEmpty { takeStays(into: &r) }
        return r
    }

    /// The stays the rows give, their 合住人 found among the event's people and the list's new
    /// ones by name; a name that fits no one or several is told and changes nothing.
    mutating func takeStays(into r: inout RosterImport) {
        let own = plan.people.count
        func whom(_ t: Int) -> TripChange.Whom { t < own ? .person(plan.people[t].id) : .new(t - own) }
        func id(_ t: Int) -> ID<Person> { t < own ? plan.people[t].id : StayImport.provisional(t - own) }
        var byName: [String: [Int]] = [:]
        if lodging.contains(where: { $0.cells.roommate != nil }) {
            for t in targets.indices { byName[TextFolding.nameKey(targets[t].person.name), default: []].append(t) }
        }
        var names: [ID<Person>: String] = [:]
        for p in plan.people { names[p.id] = p.name }
        let given = lodging.map { l -> StayImport.Given in
            let replacing = l.target < own && rules.replaces
                && rules.memory.fromSource[plan.people[l.target].uid] != nil
            var roommate: ID<Person>?
            if let name = l.cells.roommate {
                let fits = byName[TextFolding.nameKey(name)] ?? []
                if fits.count == 1 && fits[0] == l.target {
                    r.roommateProblems.append(RoommateProblem(line: l.line, name: name, kind: .themselves))
                } else if fits.count == 1 {
                    roommate = id(fits[0])
                    names[roommate!] = targets[fits[0]].person.name
                } else {
                    let kind: RoommateProblem.Kind = fits.isEmpty ? .notFound : .ambiguous(fits.count)
                    r.roommateProblems.append(RoommateProblem(line: l.line, name: name, kind: kind))
                }
            }
            return StayImport.Given(whom: whom(l.target), name: targets[l.target].person.name, line: l.line,
                                    cells: l.cells, replacing: replacing, roommate: roommate)
        }
        r.stays = StayImport.stays(given, plan: plan)
        for i in r.stays.indices {
            let named = [r.stays[i].before?.roommate, r.stays[i].after?.roommate, r.stays[i].before?.principal,
                         r.stays[i].after?.principal]
            for m in named.compactMap({ $0 }) {
                r.stays[i].roommateNames[m] = names[m] ?? ""
            }
        }
        var byPerson: [ID<Person>: Int] = [:]
        for (t, p) in plan.people.enumerated() { byPerson[p.id] = t }
        for change in r.stays {
            guard case .person(let id) = change.whom, let t = byPerson[id], let i = pendingOutcome[t] else { continue }
            switch r.outcomes[i].outcome {
            case .unchanged(let id): r.outcomes[i].outcome = .updated(id, fields: ["stay"])
            case .updated(let id, let fields): r.outcomes[i].outcome = .updated(id, fields: fields + ["stay"])
            default: break
            }
        }
    }

    /// The journeys the rows give, with the hubs they name that are no site yet; a person of the
    /// event whose journey changes is told as updated.
    mutating func takeTrips(into r: inout RosterImport) {
        let own = plan.people.count
        let given = travel.map { t in
            let whom: TripChange.Whom = t.target < own ? .person(plan.people[t.target].id) : .new(t.target - own)
            // As the person's other columns: the truth for them only for people this source named before.
            let replacing = t.target < own && rules.replaces
                && rules.memory.fromSource[plan.people[t.target].uid] != nil
            return TripImport.Given(whom: whom, name: targets[t.target].person.name, line: t.line, cells: t.cells,
                                    replacing: replacing)
        }
        (r.trips, r.newHubs, r.hubMatches) = TripImport.trips(given, plan: plan)
        var byPerson: [ID<Person>: Int] = [:]
        for (t, p) in plan.people.enumerated() { byPerson[p.id] = t }
        for change in r.trips {
            guard case .person(let id) = change.whom, let t = byPerson[id], let i = pendingOutcome[t] else { continue }
            switch r.outcomes[i].outcome {
            case .unchanged(let id): r.outcomes[i].outcome = .updated(id, fields: ["travel"])
            case .updated(let id, let fields): r.outcomes[i].outcome = .updated(id, fields: fields + ["travel"])
            default: break
            }
        }
    }

    static func changedFields(_ a: Person, _ b: Person) -> [String] {
        // Plain comparisons: key paths through a table cost more than the rest of an update.
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
        if a.diet != b.diet { out.append("diet") }
        return out
    }
}

private extension Array where Element == ID<Session> {
    /// Appends each of `ids` not here yet, in their order.
    mutating func appendNew(_ ids: [ID<Session>]) {
        for id in ids where !contains(id) { append(id) }
    }
}

/// The keys the matcher finds rows by: 64-bit hashes of a contact, and of a folded name with its
/// folded organisation. Shared with `AttendeeRows`, which makes a row's name key as it is read.
enum MatchKey {
    /// Nil without an organisation: a name alone is no one in particular.
    static func nameOrg(_ nameKey: String, _ org: String) -> UInt64? {
        org.isEmpty ? nil : hash(TextFolding.nameKey(org), seed: hash(nameKey))
    }

    /// A phone's or an e-mail's key; nil for none.
    static func contact(_ value: String) -> UInt64? { value.isEmpty ? nil : hash(value) }

    /// FNV-1a over UTF-8 with a final mix.
    static func hash(_ s: String, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 {
        // Over the contiguous bytes: iterating `utf8` checks each step, and this runs for
        // several values of every row.
        var copy = s
        return copy.withUTF8 { hash($0, seed: seed) }
    }

    /// The same of the UTF-8 bytes themselves.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 {
        var h = seed ^ 0x1F
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h ^= h >> 33
        h = h &* 0xff51afd7ed558ccd
        return h ^ (h >> 33)
    }
}

/// A row's name folded for matching, folded once and only when asked.
private struct NameKey {
    let name: String
    private var folded: String?

    init(_ name: String) { self.name = name }

    var key: String {
        mutating get {
            if let folded { return folded }
            let k = TextFolding.nameKey(name)
            folded = k
            return k
        }
    }
}

/// A row's look-up keys, each made once: nil where the row has no such value.
private struct RowKeys {
    var phone: UInt64?
    var email: UInt64?
    var nameOrg: UInt64?
}
