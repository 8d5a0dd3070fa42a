/// Two people of one event who may be one person, for a person to look at: the import keeps
/// apart two 王伟 of one college whose phones differ, and a phone or e-mail given under two
/// names, and says so; here staff decide. Nothing is merged unasked.
public struct PossiblePair: Hashable, Sendable {
    public enum Why: String, Sendable, CaseIterable {
        case sameNameAndOrganisation, samePhone, sameEmail
    }

    public var first: ID<Person>
    public var second: ID<Person>
    public var why: Why
}

/// The fields a review compares, in the order it shows them.
public enum PersonField: String, CaseIterable, Sendable {
    case name, organisation, title, phone, email, category, province, city, gender, notes
}

/// A pair is kept apart by the people's UIDs, so the decision survives reloading the event.
public struct KeptApart: Hashable, Sendable {
    public var first: String
    public var second: String
    public init(_ a: String, _ b: String) {
        (first, second) = a < b ? (a, b) : (b, a)
    }
}

extension EventPlan {
    /// Pairs that may be one person: the same name and organisation (folded as the import folds
    /// them, a name also without `Dr.`/`Prof.` and with `ü`/`ue`, `ß`/`ss` as one), or one phone or
    /// e-mail under two names. Each pair once, by its first reason, in the
    /// order of the people; pairs staff kept apart are left out.
    public func possibleDuplicates(keptApart: Set<KeptApart> = []) -> [PossiblePair] {
        var groups: [PossiblePair.Why: [String: [Int]]] = [:]
        for (i, p) in people.enumerated() {
            let nameAndOrganisation = TextFolding.personKey(p.name) + "\u{1F}" + TextFolding.nameKey(p.organisation)
            groups[.sameNameAndOrganisation, default: [:]][nameAndOrganisation, default: []].append(i)
            if !p.phone.isEmpty { groups[.samePhone, default: [:]][p.phone, default: []].append(i) }
            if !p.email.isEmpty { groups[.sameEmail, default: [:]][p.email.lowercased(), default: []].append(i) }
        }
        // Reasons in order, each pair met once: a pair of one name and organisation that also
        // share a phone is met first as the former, and `seen` passes it over after.
        var seen = Set<[Int]>(), out: [(Int, Int, PossiblePair.Why)] = []
        for why in PossiblePair.Why.allCases {
            for (_, members) in groups[why] ?? [:] where members.count > 1 {
                for a in 0..<members.count {
                    for b in (a + 1)..<members.count {
                        let x = people[members[a]], y = people[members[b]]
                        guard seen.insert([members[a], members[b]]).inserted,
                              !keptApart.contains(KeptApart(x.uid, y.uid))
                        else { continue }
                        out.append((members[a], members[b], why))
                    }
                }
            }
        }
        return out.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map {
            PossiblePair(first: people[$0.0].id, second: people[$0.1].id, why: $0.2)
        }
    }

}

extension PersonRecord {
    /// Each field of the two: the same, or different (empty on one side counts as different).
    public func compare(_ y: PersonRecord) -> (agree: [PersonField], differ: [PersonField]) {
        let x = self
        var agree: [PersonField] = [], differ: [PersonField] = []
        for f in PersonField.allCases {
            let (u, v) = (x.value(f), y.value(f))
            if u.isEmpty && v.isEmpty { continue }
            if f == .email ? u.lowercased() == v.lowercased() : TextFolding.matchKey(u) == TextFolding.matchKey(v) {
                agree.append(f)
            } else {
                differ.append(f)
            }
        }
        return (agree, differ)
    }
}

extension EventPlan {
    /// Merging `other` into `keep` (see `PersonRecord.merge`); nil when either is missing or they are one.
    public func merge(_ keep: ID<Person>, _ other: ID<Person>) -> [Change]? {
        guard keep != other, let k = record(of: keep), let o = record(of: other) else { return nil }
        return PersonRecord.merge(k, o)
    }

    /// The changes that take a merge back (see `PersonRecord.unmerge`).
    public func unmerge(before: PersonRecord, after: PersonRecord, removed: PersonRecord) -> [Change]? {
        PersonRecord.unmerge(before: before, after: after, removed: removed, now: record(of: after.person.id),
                             removedIsBack: people.contains { $0.id == removed.person.id })
    }
}

extension PersonRecord {
    /// Merging `other` into `keep`, as changes the store applies in one transaction: field by
    /// field `keep` wins where both have a value; sign-ups and roles are joined; a badge number
    /// the kept person lacks is the other's (the badge in their hand stays valid); `other` goes.
    /// Nil when they are one.
    public static func merge(_ k: PersonRecord, _ o: PersonRecord) -> [Change]? { merging(k, o)?.changes }

    /// The merge's changes, and the kept person as they leave them (the other's roles included):
    /// what the merge's log entry keeps, so it can be taken back.
    public static func merging(_ k: PersonRecord, _ o: PersonRecord) -> (changes: [Change], after: PersonRecord)? {
        guard k.person.id != o.person.id else { return nil }
        let keep = k.person.id
        var merged = k
        func fill(_ path: WritableKeyPath<Person, String>) {
            if merged.person[keyPath: path].isEmpty { merged.person[keyPath: path] = o.person[keyPath: path] }
        }
        for path in [\Person.name, \.organisation, \.title, \.phone, \.email, \.province, \.city, \.gender] {
            fill(path)
        }
        // Nothing the other had is dropped: their notes join the kept person's, and each value
        // where both differ (a second phone) is set aside in the notes.
        var notes = Notes.parts(merged.person.notes).map(String.init)
        for part in Notes.parts(o.person.notes).map(String.init) + setAside(k, o).map(\.note)
        where !notes.contains(part) {
            notes.append(part)
        }
        merged.person.notes = notes.joined(separator: Notes.separator)
        if merged.person.orgType == .other { merged.person.orgType = o.person.orgType }
        merged.person.vipLevel = max(k.person.vipLevel, o.person.vipLevel)
        if merged.person.availability.isEmpty { merged.person.availability = o.person.availability }
        if merged.person.badge == nil { merged.person.badge = o.person.badge }
        if let theirs = o.registration {
            var reg = k.registration ?? Registration(person: keep, category: theirs.category, signups: [])
            if reg.category.isEmpty { reg.category = theirs.category }
            for s in theirs.signups where !reg.signups.contains(s) { reg.signups.append(s) }
            merged.registration = reg
        }
        var changes: [Change] = [.person(before: o, after: nil), .person(before: k, after: merged)]
        var after = merged
        for r in o.roles where !k.roles.contains(where: { $0.session == r.session && $0.role == r.role }) {
            let role = SessionRole(session: r.session, person: keep, role: r.role)
            changes.append(.role(before: nil, after: role))
            after.roles.append(role)
        }
        return (changes, after)
    }

    /// A value both have, differently: the kept person's stays, the other's goes to the notes.
    public struct SetAside: Hashable, Sendable {
        public var field: PersonField
        public var kept: String
        public var other: String
        /// As the notes keep it, `另一手机：139…`: in Chinese, as the import's column notes are.
        public var note: String { "另一" + field.text(.zh) + "：" + other }
    }

    /// What a merge of `o` into `k` sets aside: each field (but the name, which the merge
    /// remembers for matching) both have and that differs as the duplicates review compares them.
    public static func setAside(_ k: PersonRecord, _ o: PersonRecord) -> [SetAside] {
        let fields: [PersonField] = [.organisation, .title, .phone, .email, .province, .city, .gender]
        let differ = Set(k.compare(o).differ)
        return fields.compactMap { f in
            let (a, b) = (k.value(f), o.value(f))
            return a.isEmpty || b.isEmpty || !differ.contains(f) ? nil : SetAside(field: f, kept: a, other: b)
        }
    }

    /// The changes that take a merge back, from what it recorded: the roles it added go, the kept
    /// person is as before, the other comes back whole. Nil when the kept person (`now`) is no
    /// longer as the merge left them (changed since, or the merge already taken back).
    public static func unmerge(before: PersonRecord, after: PersonRecord, removed: PersonRecord, now: PersonRecord?,
                               removedIsBack: Bool) -> [Change]? {
        guard let now, now.isUnchanged(from: after), !removedIsBack else { return nil }
        var changes: [Change] = after.roles.filter { !before.roles.contains($0) }.map { .role(before: $0, after: nil) }
        var current = after
        current.roles = before.roles
        changes.append(.person(before: current, after: before))
        changes.append(.person(before: nil, after: removed))
        return changes
    }
}

extension PersonRecord {
    /// The same person, roles and registration, whatever order the store read roles and
    /// sign-ups in (a sign-up's order is the attendee's, not a change).
    func isUnchanged(from r: PersonRecord) -> Bool {
        person == r.person && Set(roles) == Set(r.roles) && registration?.category == r.registration?.category
            && Set(registration?.signups ?? []) == Set(r.registration?.signups ?? [])
            && (registration == nil) == (r.registration == nil)
    }

    /// A field's value as a person reads it: a category in words, nothing as a dash
    /// (`手机 13800000001 | —`).
    public func shown(_ f: PersonField, _ lang: Language) -> String {
        let v = value(f)
        return v.isEmpty ? "—" : f == .category ? RegistrationCategory.words(v, lang) : v
    }

    /// A field's value as stored.
    public func value(_ f: PersonField) -> String {
        switch f {
        case .name: person.name
        case .organisation: person.organisation
        case .title: person.title
        case .phone: person.phone
        case .email: person.email
        case .category: registration?.category ?? ""
        case .province: person.province
        case .city: person.city
        case .gender: person.gender
        case .notes: person.notes
        }
    }
}

/// A merge of two people, or its taking back, as the store did it (`Store.mergePeople`): the
/// plan's changes (with the ids the database kept) for a UI to take in, and what the desk's
/// records did.
public struct PeopleMerge: Sendable {
    /// As applied, in order: a UI brings its plan along with them.
    public var changes: [Change]
    /// The person kept, as the merge (or its taking back) leaves them.
    public var kept: Person
    /// The person merged away (gone now), or after a taking back, back again.
    public var other: Person
    /// Check-in records that went with the person (to the kept one, or back).
    public var checkInsMoved: Int
    /// Arrivals both had for one session: the later was taken back (a merge says so).
    public var secondCheckIns: [SecondCheckIn]
    /// Values both had, differently: the kept person's stayed, the other's went to the notes.
    public var setAside: [PersonRecord.SetAside] = []

    public init(changes: [Change], kept: Person, other: Person, checkInsMoved: Int = 0,
                secondCheckIns: [SecondCheckIn] = []) {
        self.changes = changes
        self.kept = kept
        self.other = other
        self.checkInsMoved = checkInsMoved
        self.secondCheckIns = secondCheckIns
    }
}
