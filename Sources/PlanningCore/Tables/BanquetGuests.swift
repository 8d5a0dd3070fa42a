/// How senior a guest is at a meal, most senior least: VIP level first, then their most senior
/// part in the programme (the rostrum's order of roles), then the order staff set in the meal's
/// seating editor. Guests equal in all three are equals: the order of tables among them is free
/// (that is where delegations are kept together).
public struct Precedence: Hashable, Sendable, Comparable {
    public var vip: Int
    /// `BanquetRules.roleRanks`, 9 for none.
    public var role: Int
    /// Place in the order staff set, `Int.max` when not in it.
    public var staff: Int

    public init(vip: Int, role: Int = 9, staff: Int = Int.max) {
        self.vip = vip
        self.role = role
        self.staff = staff
    }

    public static func < (a: Precedence, b: Precedence) -> Bool {
        (-a.vip, a.role, a.staff) < (-b.vip, b.role, b.staff)
    }
}

extension BanquetRules {
    /// The rostrum's order of parts (`Seating.roleRanks`): a host above a chair above a speaker.
    public static var roleRanks: [RoleKind: Int] { Seating.roleRanks }

    /// A guest written to in another language than Chinese: one who needs an interpreter at the
    /// table. Their notice language when set, else a name without Chinese characters.
    public static func isForeign(_ p: Person) -> Bool {
        if let l = p.language { return !l.lowercased().hasPrefix("zh") }
        return !p.name.isEmpty && !p.name.contains(where: TextFolding.isHan)
    }

    /// A foreign guest's language (`de`, from `de-AT`), nil when only their name says they are foreign.
    public static func guestLanguage(_ p: Person) -> String? {
        guard let l = p.language.flatMap(LanguageName.code(of:)), !l.hasPrefix("zh") else { return nil }
        return String(l.split(separator: "-").first ?? Substring(l))
    }

    /// The languages besides Chinese an interpreter works in: their own language field (`de`,
    /// `de/en`), else the languages their title names (`德语翻译`), as offices write it. Empty
    /// when neither says: such an interpreter is taken to serve any foreign guest.
    public static func interpreterLanguages(_ p: Person) -> Set<String> {
        let field = (p.language ?? "").split { ",，/、;；| ".contains($0) }
            .compactMap { LanguageName.code(of: String($0)) }
            .map { String($0.split(separator: "-").first ?? Substring($0)) }.filter { $0 != "zh" }
        if !field.isEmpty { return Set(field) }
        let title = p.title.lowercased()
        var named = Set<String>()
        for (_, words) in LanguageName.tables {
            for (code, word) in words where code != .zh && title.contains(word.lowercased()) {
                named.insert(code.rawValue)
            }
        }
        for (word, code) in LanguageName.otherWords where code != .zh && title.contains(word) {
            named.insert(code.rawValue)
        }
        return named
    }

    /// Whether an interpreter can interpret for a foreign guest: one of their languages is the
    /// guest's, or either language is unknown (then any interpreter does, as before languages
    /// were read).
    public static func interprets(_ interpreter: Person?, for guest: Person?) -> Bool {
        guard let interpreter, let guest, let language = guestLanguage(guest) else { return true }
        let languages = interpreterLanguages(interpreter)
        return languages.isEmpty || languages.contains(language)
    }
}

/// What the banquet rules read of people, from a plan (a full check, the assignment) or from the
/// engine's index (an edit): the same answers either way.
struct BanquetFacts {
    var person: (ID<Person>) -> Person?
    /// Most senior part held anywhere (`roleRanks`), 9 for none.
    var roleRank: (ID<Person>) -> Int
    var isInterpreter: (ID<Person>) -> Bool
    /// The meal's guests (`EventPlan.mealGuests`), in no particular order.
    var guests: Set<ID<Person>>
    /// The order staff set for the meal in its seating editor.
    var staffOrder: [ID<Person>: Int]

    func precedence(_ id: ID<Person>) -> Precedence {
        Precedence(vip: person(id)?.vipLevel ?? 0, role: roleRank(id), staff: staffOrder[id] ?? Int.max)
    }
}

extension EventPlan {
    /// Who eats at a meal: its sign-ups when it has any; otherwise everyone the event expects
    /// (every registered attendee, every VIP and every role holder), as offices treat a welcome
    /// dinner; either way without the categories its table plan excludes (工作人员 eat elsewhere).
    /// In the order of the plan's people.
    public func mealGuests(_ meal: ID<Session>) -> [ID<Person>] {
        let excluded = Set(tablePlan(of: meal)?.excluded ?? [])
        let category = Dictionary(registrations.map { ($0.person, $0.category) }, uniquingKeysWith: { a, _ in a })
        let signedUp = Set(registrations.filter { $0.signups.contains(meal) }.map(\.person))
        let holders = Set(roles.map(\.person))
        return people.compactMap { p in
            if let c = category[p.id], excluded.contains(c) { return nil }
            if !signedUp.isEmpty { return signedUp.contains(p.id) ? p.id : nil }
            return category[p.id] != nil || p.vipLevel > 0 || holders.contains(p.id) ? p.id : nil
        }
    }

    /// The precedence of each person at a meal.
    public func precedence(at meal: ID<Session>) -> (ID<Person>) -> Precedence {
        let facts = banquetFacts(meal)
        return facts.precedence
    }

    func banquetFacts(_ meal: ID<Session>) -> BanquetFacts {
        let row = RowIndex(people.map(\.id))
        var rank: [ID<Person>: Int] = [:], interpreters = Set<ID<Person>>()
        for r in roles {
            if r.role == .interpreter { interpreters.insert(r.person) }
            if let k = BanquetRules.roleRanks[r.role] { rank[r.person] = min(rank[r.person] ?? 9, k) }
        }
        let order = sessions.first { $0.id == meal }?.seating?.order ?? []
        let people = self.people
        return BanquetFacts(
            person: { row[$0].map { people[$0] } }, roleRank: { rank[$0] ?? 9 },
            isInterpreter: { interpreters.contains($0) }, guests: Set(mealGuests(meal)),
            staffOrder: Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: min))
    }
}

extension PlanIndex {
    /// The same facts as `EventPlan.banquetFacts`, from the index an edited engine keeps.
    func banquetFacts(_ meal: ID<Session>, excluded: [String]) -> BanquetFacts {
        let mealSlot = sessionSlot[meal]
        func roles(_ id: ID<Person>) -> [RoleKind] {
            guard let p = personSlot[id] else { return [] }
            return roleSessions[p].flatMap { s in holders[Int(s)].filter { $0.person == Int32(p) }.map(\.role) }
        }
        let excluded = Set(excluded)
        var guests = Set<ID<Person>>()
        func eats(_ p: Int) -> Bool { category[p].map { !excluded.contains($0) } ?? true }
        if let m = mealSlot, !attendees[m].isEmpty {
            for p in attendees[m] where eats(Int(p)) { if let id = personID[Int(p)] { guests.insert(id) } }
        } else {
            for p in people.indices {
                guard let person = people[p], eats(p) else { continue }
                if category[p] != nil || person.vipLevel > 0 || !roleSessions[p].isEmpty { guests.insert(person.id) }
            }
        }
        let order = mealSlot.flatMap { sessions[$0]?.seating?.order } ?? []
        let people = self.people, slots = personSlot
        return BanquetFacts(
            person: { slots[$0].flatMap { people[$0] } },
            roleRank: { roles($0).compactMap { BanquetRules.roleRanks[$0] }.min() ?? 9 },
            isInterpreter: { roles($0).contains(.interpreter) }, guests: guests,
            staffOrder: Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: min))
    }
}
