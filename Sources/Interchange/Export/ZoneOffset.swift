import Foundation
import PlanningCore

/// Offsets of the event's time zone, for formats that want absolute times (`+08:00`).
public struct ZoneOffset: Sendable {
    public let zone: TimeZone

    /// Unknown zone names fall back to UTC+8, where these events take place.
    public init(_ name: String) {
        zone = TimeZone(identifier: name) ?? TimeZone(secondsFromGMT: 8 * 3600)!
    }

    /// Minutes east of UTC in effect at a local wall-clock time. As RFC 5545 reads local times:
    /// one the clocks skip takes the offset before the change (02:15 → 03:15 summer time), one
    /// that happens twice is its first occurrence.
    public func minutes(at local: LocalDateTime) -> Int {
        let asUTC = Date(
            timeIntervalSince1970: Double(
                local.minutes - LocalDateTime(date: LocalDate(year: 1970, month: 1, day: 1)!).minutes) * 60)
        let before = zone.secondsFromGMT(for: asUTC.addingTimeInterval(-86_400)),
            after = zone.secondsFromGMT(for: asUTC.addingTimeInterval(86_400))
        let valid = [before, after].filter { zone.secondsFromGMT(for: asUTC.addingTimeInterval(-Double($0))) == $0 }
        // Two valid offsets: the larger one is the earlier instant.
        return (valid.max() ?? before) / 60
    }

    /// Real minutes between two local times, across any clock change between them.
    public func elapsed(from a: LocalDateTime, to b: LocalDateTime) -> Int {
        (b.minutes - minutes(at: b)) - (a.minutes - minutes(at: a))
    }

    /// `2026-05-14T09:00:00+08:00`
    public func iso(_ local: LocalDateTime) -> String {
        let m = minutes(at: local)
        let sign = m < 0 ? "-" : "+"
        return "\(local.date)T\(local.clock):00\(sign)\(two(abs(m) / 60)):\(two(abs(m) % 60))"
    }
}

func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

extension ZoneOffset {
    /// A stored instant (`2026-12-01T10:15:37Z`) as the office reads it, on the event's clock:
    /// `12月1日 18:15`, `1 Dec 18:15`; a text that is not such an instant is returned as it is.
    /// `offset` adds the zone's offset at that instant (`12月1日 18:15 +08:00`), for a text read
    /// away from the event (a log).
    public func readable(_ stamp: String, _ lang: Language, offset: Bool = false) -> String {
        guard let (day, hour, minute) = local(stamp) else { return stamp }
        let text = DateText.day(day, lang, weekday: false) + " " + two(hour) + ":" + two(minute)
        guard offset, let date = Self.instant(stamp) else { return text }
        let m = zone.secondsFromGMT(for: date) / 60
        return text + " " + (m < 0 ? "-" : "+") + two(abs(m) / 60) + ":" + two(abs(m) % 60)
    }

    private static func instant(_ stamp: String) -> Date? {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime]
        return parser.date(from: stamp)
    }

    /// The day of a stored instant on the event's clock, `2026-05-10`.
    public func localDay(_ stamp: String) -> String { local(stamp).map { $0.0.description } ?? stamp }

    private func local(_ stamp: String) -> (LocalDate, Int, Int)? {
        guard let date = Self.instant(stamp) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let day = LocalDate(year: c.year!, month: c.month!, day: c.day!) else { return nil }
        return (day, c.hour!, c.minute!)
    }
}

extension ZoneOffset {
    /// The zone as staff read it on `day`: `北京时间（UTC+8）` for China's zone (staff never say
    /// `Asia/Shanghai`), otherwise its name with the offset then in force (`Europe/Berlin (UTC+2)`).
    public static func shown(_ name: String, on day: LocalDate, _ lang: Language) -> String {
        let m = ZoneOffset(name).minutes(at: LocalDateTime(date: day))
        let hours = (m < 0 ? "-" : "+") + "\(abs(m) / 60)" + (m % 60 == 0 ? "" : ":" + two(abs(m) % 60))
        let utc = "UTC" + (m == 0 ? "" : hours)
        if lang == .zh && ["Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC"].contains(name) {
            return "北京时间（\(utc)）"
        }
        return lang == .zh ? "\(name)（\(utc)）" : "\(name) (\(utc))"
    }
}
