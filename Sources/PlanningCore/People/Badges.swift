/// Who gets a badge, its number, and the check-in code its QR code holds.
extension EventPlan {
    /// Everyone registered to attend and everyone with a part in a session, in the order they
    /// were added.
    public var badgeHolders: [Person] {
        let registered = Set(registrations.map(\.person)), roled = Set(roles.map(\.person))
        return people.filter { registered.contains($0.id) || roled.contains($0.id) }
    }

    /// The badge holders who belong to a session: its role holders and those signed up for it
    /// (its badges, its sign-in sheet, who its desk expects); nil: all of them.
    public func badgeHolders(of session: ID<Session>?) -> [Person] {
        guard let session else { return badgeHolders }
        let here = Set(roles.filter { $0.session == session }.map(\.person))
            .union(registrations.filter { $0.signups.contains(session) }.map(\.person))
        return badgeHolders.filter { here.contains($0.id) }
    }

    /// Each badge holder's number: the one they were given, else the next free ones after the
    /// highest given, in the order they were added. The store keeps these the first time badges
    /// are printed (`Store.numberBadges`), so adding or removing people later moves nobody's.
    public func badgeNumbers() -> [ID<Person>: Int] {
        let holders = badgeHolders
        var numbers: [ID<Person>: Int] = [:]
        var taken = Set<Int>()
        for p in holders { if let n = p.badge, taken.insert(n).inserted { numbers[p.id] = n } }
        var next = (taken.max() ?? 0) + 1
        for p in holders where numbers[p.id] == nil {
            numbers[p.id] = next
            next += 1
        }
        return numbers
    }

    /// What a badge says the person is: their registration's category, else a guest (嘉宾) for
    /// speakers and officials who did not register.
    public func badgeCategory(_ person: ID<Person>, registrations index: [ID<Person>: Registration]) -> String {
        index[person]?.category ?? RegistrationCategory.guest.rawValue
    }
}

/// The short code a person checks in with (签到码): eight characters of Crockford's base 32
/// (no I, L, O or U, so nothing is misread aloud or mistyped), derived from their uid so it
/// never changes and needs no storing; printed under the badge's QR code, which holds it.
public enum CheckInCode {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public static func of(uid: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in "confplan-check-in\u{1F}\(uid)".utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        hash ^= hash >> 29
        hash = hash &* 0xbf58476d1ce4e5b9
        hash ^= hash >> 32
        return String((0..<8).map { alphabet[Int((hash >> (UInt64($0) * 5)) & 31)] })
    }

    /// Eight characters of the alphabet: worth looking up as a code.
    public static func looksLikeOne(_ text: String) -> Bool {
        text.count == 8 && text.allSatisfy { alphabet.contains($0) }
    }

    /// A code as someone typed or a scanner sent it: upper case, spaces and dashes dropped,
    /// and the letters people confuse with digits read as those digits.
    public static func normalised(_ text: String) -> String {
        String(text.uppercased().compactMap { c -> Character? in
            switch c {
            case " ", "-": nil
            case "O": "0"
            case "I", "L": "1"
            default: c
            }
        })
    }
}
