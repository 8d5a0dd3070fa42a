import PlanningCore

/// A short text overview of an event: what `confplan demo` and `confplan show` print.
public enum PlanSummary {
    public static func text(_ plan: EventPlan) -> String {
        let e = plan.event
        var lines: [String] = []
        lines.append(
            Sanitize.forTerminal(e.name) + (e.shortName.isEmpty ? "" : " (\(Sanitize.forTerminal(e.shortName)))"))
        lines.append("  identifier  \(e.key)")
        lines.append("  where       \(Sanitize.forTerminal(e.city)) · \(e.timeZone)")
        lines.append("  days        \(e.firstDay) – \(e.lastDay) (\(e.days.count) days)")
        lines.append(
            "  sites       \(plan.sites.count): "
                + plan.sites.map { Sanitize.forTerminal($0.name) }.joined(separator: "、"))
        lines.append("  rooms       \(plan.rooms.count), \(plan.rooms.reduce(0) { $0 + $1.capacity }) seats")
        var byDay: [Int: Int] = [:]
        var unscheduled = 0
        for s in plan.sessions {
            if let start = s.start { byDay[e.dayIndex(of: start), default: 0] += 1 } else { unscheduled += 1 }
        }
        lines.append("  sessions    \(plan.sessions.count)")
        for (i, day) in e.days.enumerated() {
            lines.append("    day \(i + 1)  \(day)  \(byDay[i + 1] ?? 0) sessions")
        }
        let outside = byDay.filter { $0.key < 1 || $0.key > e.days.count }.values.reduce(0, +)
        if outside > 0 { lines.append("    outside the event days: \(outside)") }
        if unscheduled > 0 { lines.append("    unscheduled: \(unscheduled)") }
        let withRoles = Set(plan.roles.map(\.person)).count
        lines.append("  people      \(plan.people.count) (\(withRoles) with roles: speakers, chairs, hosts…)")
        lines.append("  roles       \(plan.roles.count)")
        lines.append("  attendees   \(plan.registrations.count) registered")
        lines.append("  sign-ups    \(plan.signupCount)")
        return lines.joined(separator: "\n") + "\n"
    }
}
