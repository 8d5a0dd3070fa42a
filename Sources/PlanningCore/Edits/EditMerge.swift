/// When two people edited the same row: what each changed, and the three ways out (keep mine,
/// take theirs, or merge field by field: mine where I changed it, theirs elsewhere).
public enum EditMerge {
    public struct Field: Hashable, Sendable {
        public var name: String
        public var base: String
        public var mine: String
        public var theirs: String
        /// Both changed it, differently: merging keeps mine here.
        public var clashes: Bool { mine != base && theirs != base && mine != theirs }
    }

    /// The fields where any of the three differ. `theirs.after` is the row as it is now.
    public static func fields(_ mine: Change, theirs: Change) -> [Field] {
        switch (mine, theirs) {
        case (.session(let b?, let m), .session(_, let t)):
            return diff(sessionFields, b.session, m?.session, t?.session)
        case (.person(let b?, let m), .person(_, let t)):
            var out = diff(personFields, b.person, m?.person, t?.person)
            let reg = { (r: PersonRecord?) in
                r.map { $0.registration.map { "\($0.category): \($0.signups.count)" } ?? "—" } ?? ""
            }
            if reg(b) != reg(m) || reg(b) != reg(t) {
                out.append(Field(name: "registration", base: reg(b), mine: reg(m), theirs: reg(t)))
            }
            return out
        case (.room(let b?, let m), .room(_, let t)):
            return diff(roomFields, b.room, m?.room, t?.room)
        case (.site(let b?, let m), .site(_, let t)):
            return diff(
                [("name", \Site.name), ("address", \Site.address)].map { n, kp in (n, { (s: Site) in s[keyPath: kp] })
                }, b, m, t)
        default:
            return []
        }
    }

    /// My change, restated against the row as it is now: saving it overwrites theirs.
    public static func keepMine(_ mine: Change, theirs: Change) -> Change {
        switch (mine, theirs) {
        case (.session(_, let m), .session(_, let t)): return .session(before: t, after: m)
        case (.person(_, let m), .person(_, let t)): return .person(before: t, after: m)
        case (.room(_, let m), .room(_, let t)): return .room(before: t, after: m)
        case (.site(_, let m), .site(_, let t)): return .site(before: t, after: m)
        default: return mine
        }
    }

    /// Theirs, with my edits laid over the fields I changed. nil when one side deleted the row.
    public static func merged(_ mine: Change, theirs: Change) -> Change? {
        switch (mine, theirs) {
        case (.session(let b?, let m?), .session(_, let t?)):
            var r = t
            r.session = merge(
                b.session, m.session, t.session,
                [
                    pick(\.title), pick(\.kind), pick(\.track), pick(\.room), pick(\.start), pick(\.end),
                    pick(\.languages),
                    pick(\.requiredFeatures), pick(\.capacityLimit), pick(\.isPlenary), pick(\.status), pick(\.notes),
                ])
            return .session(before: t, after: r)
        case (.person(let b?, let m?), .person(_, let t?)):
            var r = t
            r.person = merge(
                b.person, m.person, t.person,
                [
                    pick(\.name), pick(\.organisation), pick(\.title), pick(\.phone), pick(\.email), pick(\.orgType),
                    pick(\.vipLevel),
                    pick(\.availability), pick(\.province), pick(\.city), pick(\.gender), pick(\.notes),
                ])
            if m.registration != b.registration { r.registration = m.registration }
            return .person(before: t, after: r)
        case (.room(let b?, let m?), .room(_, let t?)):
            var r = t
            r.room = merge(
                b.room, m.room, t.room,
                [pick(\.site), pick(\.name), pick(\.capacity), pick(\.features), pick(\.availability), pick(\.notes)])
            return .room(before: t, after: r)
        case (.site(let b?, let m?), .site(_, let t?)):
            return .site(before: t, after: merge(b, m, t, [pick(\.name), pick(\.address)]))
        default:
            return nil
        }
    }

    /// Copies one field from mine onto the result when I changed it.
    static func pick<T, V: Equatable>(_ kp: WritableKeyPath<T, V>) -> (T, T, inout T) -> Void {
        { base, mine, result in if mine[keyPath: kp] != base[keyPath: kp] { result[keyPath: kp] = mine[keyPath: kp] } }
    }

    static func merge<T>(_ base: T, _ mine: T, _ theirs: T, _ fields: [(T, T, inout T) -> Void]) -> T {
        var result = theirs
        for f in fields { f(base, mine, &result) }
        return result
    }

    static func diff<T>(_ fields: [(String, (T) -> String)], _ base: T, _ mine: T?, _ theirs: T?) -> [Field] {
        fields.compactMap { name, value in
            let b = value(base), m = mine.map(value) ?? "", t = theirs.map(value) ?? ""
            return b == m && b == t ? nil : Field(name: name, base: b, mine: m, theirs: t)
        }
    }

    static var sessionFields: [(String, (Session) -> String)] {
        [
            ("title", { $0.title }), ("kind", { $0.kind.rawValue }), ("track", { $0.track }),
            ("room", { $0.room.map { "#\($0.raw)" } ?? "—" }), ("start", { $0.start?.description ?? "—" }),
            ("end", { $0.end?.description ?? "—" }), ("languages", { $0.languages.joined(separator: ",") }),
            ("needs", { $0.requiredFeatures.joined(separator: ",") }),
            ("seats", { $0.capacityLimit.map(String.init) ?? "—" }),
            ("plenary", { $0.isPlenary ? "yes" : "no" }), ("fixed", { $0.isFixed ? "yes" : "no" }),
            ("status", { $0.status.rawValue }), ("notes", { $0.notes }),
            ("seating", { $0.seating.map { "\($0)" } ?? "—" }),
        ]
    }
    static var personFields: [(String, (Person) -> String)] {
        [
            ("name", { $0.name }), ("organisation", { $0.organisation }), ("title", { $0.title }),
            ("phone", { $0.phone }),
            ("email", { $0.email }), ("vip", { String($0.vipLevel) }), ("city", { $0.city }), ("notes", { $0.notes }),
            ("available", { $0.availability.map(\.description).joined(separator: ",") }),
        ]
    }
    static var roomFields: [(String, (Room) -> String)] {
        [
            ("name", { $0.name }), ("seats", { String($0.capacity) }), ("site", { "#\($0.site.raw)" }),
            ("features", { $0.features.joined(separator: ",") }), ("notes", { $0.notes }),
        ]
    }
}
