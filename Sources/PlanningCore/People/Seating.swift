/// Which side is the place of honour on a rostrum (主席台座次).
public enum SeatingRule: String, CaseIterable, Sendable, Codable {
    /// 以左为尊: No. 2 on No. 1's own left (facing the audience), No. 3 on the right, outward.
    case domestic
    /// 以右为尊, for foreign-affairs events: the mirror image.
    case international
}

/// Whose left and right a chart is drawn in.
public enum SeatingView: String, CaseIterable, Sendable, Codable {
    /// From the hall, facing the rostrum: what the office checks and the photographer sees.
    case audience
    /// From the rostrum, as the seated people see it: what the staff placing table cards walk.
    case stage
}

/// A session's rostrum as staff arranged it in the seating editor.
public struct SeatingPlan: Hashable, Sendable {
    /// Seats per row, front row first; empty: one row with a seat for everyone.
    public var rows: [Int]
    /// Precedence staff set, most senior first; people not in it follow in the default order.
    public var order: [ID<Person>]
    /// This session's rule when it differs from the event's (a Sino-German signing in a domestic event).
    public var rule: SeatingRule?

    public init(rows: [Int] = [], order: [ID<Person>] = [], rule: SeatingRule? = nil) {
        self.rows = rows
        self.order = order
        self.rule = rule
    }
}

public enum Seating {
    /// The order of parts on a rostrum, most senior first (the banquet's precedence uses it too).
    public static let roleRanks: [RoleKind: Int] = [.host: 0, .chair: 1, .speaker: 2, .moderator: 3, .panelist: 4,
                                                    .guest: 5]

    /// The precedence (1 = most senior) in each seat of a row of `count` seats, left to right in
    /// `view`. No. 1 sits in the centre (with an even count, in the centre seat on No. 2's right,
    /// seen from the stage, for the domestic rule); then No. 2, 3… alternate outward, No. 2 on
    /// the side of honour. 7 seats, domestic, from the audience: 7 5 3 1 2 4 6.
    public static func row(_ count: Int, rule: SeatingRule, view: SeatingView) -> [Int] {
        guard count > 0 else { return [] }
        // Worked out seen from the stage under the domestic rule (the person's left is the chart's left).
        var seats = Array(repeating: 0, count: count)
        let first = count / 2
        seats[first] = 1
        var left = first - 1, right = first + 1
        for k in stride(from: 2, through: count, by: 1) {
            if k % 2 == 0 {
                seats[left] = k
                left -= 1
            } else {
                seats[right] = k
                right += 1
            }
        }
        // The audience sees the stage's left on its right; the other rule is the mirror image.
        let mirrored = (view == .audience) != (rule == .international)
        return mirrored ? seats.reversed() : seats
    }

    /// Several rows, the order continuing behind the first: each row centred by the same rule,
    /// precedences counted on from the row before.
    public static func rows(_ sizes: [Int], rule: SeatingRule, view: SeatingView) -> [[Int]] {
        var before = 0
        return sizes.map { n in
            defer { before += n }
            return row(n, rule: rule, view: view).map { $0 + before }
        }
    }
}

extension EventPlan {
    /// Who sits on a session's rostrum, most senior first: its role holders (not the
    /// interpreters, who sit in their booth) and the guests staff seated, in the order staff set
    /// in the seating editor; the rest (or all, before they set one) by VIP level, then by role
    /// (host, chair, speaker, moderator, panelist, guest), then in the order they were added.
    public func rostrum(of session: ID<Session>) -> [Person] {
        let byDefault = defaultRostrum(of: session)
        guard let order = sessions.first(where: { $0.id == session })?.seating?.order, !order.isEmpty else {
            return byDefault
        }
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return byDefault.enumerated()
            .sorted { a, b in (rank[a.element.id] ?? Int.max, a.offset) < (rank[b.element.id] ?? Int.max, b.offset) }
            .map(\.element)
    }

    /// The rule a session's chart follows: its own, else the event's.
    public func seatingRule(of session: ID<Session>) -> SeatingRule {
        sessions.first { $0.id == session }?.seating?.rule ?? event.seatingRule
    }

    func defaultRostrum(of session: ID<Session>) -> [Person] {
        let row = RowIndex(people.map(\.id))
        let rank = Seating.roleRanks
        var seen = Set<ID<Person>>()
        let holders = roles.enumerated().filter { $0.element.session == session && $0.element.role != .interpreter }
            .compactMap { i, r -> (Person, Int, Int)? in
                guard let p = row[r.person].map({ people[$0] }) else { return nil }
                return (p, rank[r.role] ?? 9, i)
            }
            .sorted { a, b in (-a.0.vipLevel, a.1, a.2) < (-b.0.vipLevel, b.1, b.2) }
        return holders.compactMap { seen.insert($0.0.id).inserted ? $0.0 : nil }
    }
}
