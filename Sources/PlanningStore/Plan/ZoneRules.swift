import Foundation
import PlanningCore

/// The clock changes of an event's zone, from the system's time-zone rules, for the days around
/// the event (a day either side, so a session dated just outside it is judged too).
enum ZoneRules {
    static func clockChanges(_ event: Event) -> [ClockChange] {
        guard let zone = TimeZone(identifier: event.timeZone) else { return [] }
        let epoch = LocalDateTime(date: LocalDate(year: 1970, month: 1, day: 1)!).minutes
        func instant(_ t: LocalDateTime) -> Date { Date(timeIntervalSince1970: Double(t.minutes - epoch) * 60) }
        // Local times read as UTC, widened by a day each side: enough for any zone's offset.
        let from = instant(LocalDateTime(date: event.firstDay.adding(days: -2))),
            to = instant(LocalDateTime(date: event.lastDay.adding(days: 3)))
        var out: [ClockChange] = []
        var t = from
        while let next = zone.nextDaylightSavingTimeTransition(after: t), next < to, out.count < 8 {
            let before = zone.secondsFromGMT(for: next.addingTimeInterval(-1)) / 60,
                after = zone.secondsFromGMT(for: next) / 60
            // The wall-clock time of the change, in the offset before it.
            let local = LocalDateTime(minutes: Int(next.timeIntervalSince1970 / 60) + epoch + before)
            if after > before {
                out.append(
                    ClockChange(
                        kind: .skipped, start: local, end: local.adding(minutes: after - before),
                        offsetBefore: before, offsetAfter: after))
            } else if after < before {
                out.append(
                    ClockChange(
                        kind: .repeated, start: local.adding(minutes: after - before), end: local,
                        offsetBefore: before, offsetAfter: after))
            }
            t = next
        }
        return out
    }
}
