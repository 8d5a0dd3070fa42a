import Foundation
import PlanningCore

/// What staff type into time and date fields.
enum FieldParsing {
    /// `9:30`, `0930`, `14时30` → minutes after midnight: the same reading the command line gives.
    static func clock(_ text: String) -> Int? { LocalDateTime.minuteOfDay(typed: text) }

    /// `2026-05-14`, `5-14`, `5/14`, `5月14日`, or a day of the event: `1`, `D2`, `第2天`.
    static func date(_ text: String, event: Event) -> LocalDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let d = LocalDate(iso: t) { return d }
        let digits = t.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        if digits.count == 1, let n = digits.first, n >= 1, n <= event.days.count,
            t.count <= 4 || t.hasPrefix("第")
        {
            return event.firstDay.adding(days: n - 1)
        }
        if digits.count == 2 {
            return LocalDate(year: event.firstDay.components.year, month: digits[0], day: digits[1])
        }
        if digits.count == 3 { return LocalDate(year: digits[0], month: digits[1], day: digits[2]) }
        return nil
    }

    /// Availability as staff type it: windows by day, `5-14 14:00–18:00; 5-15 09:00–12:00`
    /// (separated by `;` `；` or new lines; `-` `–` `~` or `至` between the times). Empty is always.
    /// Nil when a window cannot be read.
    static func windows(_ text: String, event: Event) -> [TimeWindow]? {
        let parts = text.split(whereSeparator: { ";；\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var out: [TimeWindow] = []
        for part in parts {
            let words = part.split(separator: " ", maxSplits: 1).map(String.init)
            guard words.count == 2, let day = date(words[0], event: event) else { return nil }
            let times = words[1].split(whereSeparator: { "-–~至".contains($0) }).map(String.init)
            guard times.count == 2, let a = clock(times[0]), let b = clock(times[1]), a < b else { return nil }
            out.append(
                TimeWindow(
                    start: LocalDateTime(date: day).adding(minutes: a), end: LocalDateTime(date: day).adding(minutes: b)
                ))
        }
        return out
    }

    /// The windows as the field shows them, the way `windows` reads them.
    static func windowsText(_ windows: [TimeWindow]) -> String {
        windows.map { w in
            let c = w.start.date.components
            return "\(c.month)-\(c.day) " + w.start.clock + "–" + w.end.clock
        }.joined(separator: "; ")
    }
}
