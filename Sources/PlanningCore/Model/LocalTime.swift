/// A calendar day with no time zone: the event's own wall-clock calendar.
/// Stored as days since 1970-01-01 so comparisons and arithmetic are integer operations.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// nil when the fields do not name a real day (2024-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        dayNumber = LocalDate.days(fromCivil: year, month, day)
    }

    /// Accepts exactly `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        let b = Array(text.utf8)
        guard b.count == 10 else { return nil }
        self.init(isoPrefix: b)
    }

    /// The date in the first ten bytes of `b`, which has at least ten.
    fileprivate init?(isoPrefix b: [UInt8]) {
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var components: (year: Int, month: Int, day: Int) { LocalDate.civil(fromDays: dayNumber) }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    public var description: String {
        let c = components
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.dayNumber < b.dayNumber }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
    static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// A wall-clock moment in the event's time zone, to the minute.
/// Integer minutes make every overlap test in the conflict engine a pair of integer comparisons.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Minutes since 1970-01-01T00:00 wall-clock.
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public init(date: LocalDate, hour: Int = 0, minute: Int = 0) {
        minutes = date.dayNumber * 1440 + hour * 60 + minute
    }

    /// Accepts `YYYY-MM-DDTHH:MM`, optionally `:SS` (seconds are dropped) or a space instead of `T`.
    public init?(iso text: some StringProtocol) {
        // The date read where it lies: every session read from the database has two of these.
        let b = Array(text.utf8)
        guard b.count == 16 || b.count == 19, let date = LocalDate(isoPrefix: b),
              b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), b[13] == UInt8(ascii: ":"),
              let h = digits(b, 11, 2), let m = digits(b, 14, 2), h < 24, m < 60 else { return nil }
        if b.count == 19 {
            guard b[16] == UInt8(ascii: ":"), let s = digits(b, 17, 2), s < 60 else { return nil }
        }
        self.init(date: date, hour: h, minute: m)
    }

    public var date: LocalDate { LocalDate(dayNumber: minutes.floorDiv(1440)) }
    public var minuteOfDay: Int { minutes.floorMod(1440) }
    public var hour: Int { minuteOfDay / 60 }
    public var minute: Int { minuteOfDay % 60 }

    public func adding(minutes m: Int) -> LocalDateTime { LocalDateTime(minutes: minutes + m) }

    /// `HH:MM`
    public var clock: String { "\(pad(hour, 2)):\(pad(minute, 2))" }

    public var description: String { "\(date)T\(clock)" }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.minutes < b.minutes }
}

/// A half-open interval [start, end): back-to-back sessions do not overlap.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible, Codable {
    public var start: LocalDateTime
    public var end: LocalDateTime

    public init(start: LocalDateTime, end: LocalDateTime) {
        self.start = start
        self.end = end
    }

    public var durationMinutes: Int { end.minutes - start.minutes }

    public func overlaps(_ other: TimeWindow) -> Bool {
        start.minutes < other.end.minutes && other.start.minutes < end.minutes
    }

    public func contains(_ other: TimeWindow) -> Bool {
        start.minutes <= other.start.minutes && other.end.minutes <= end.minutes
    }

    public var description: String { "\(start)–\(end)" }
}

extension Int {
    public func floorDiv(_ d: Int) -> Int { self >= 0 ? self / d : -((-self + d - 1) / d) }
    func floorMod(_ d: Int) -> Int { self - floorDiv(d) * d }
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

private func digits(_ b: [UInt8], _ from: Int, _ count: Int) -> Int? {
    var n = 0
    for i in from..<(from + count) {
        let c = b[i]
        guard c >= 48, c <= 57 else { return nil }
        n = n * 10 + Int(c - 48)
    }
    return n
}

extension LocalDateTime {
    /// A clock time as staff type it, in a form or after `--start`: `9:30`, `09:30`, `0930`, `930`, `14`,
    /// `14.30`, `14时30` → minutes after midnight (24:00 included, for an end).
    public static func minuteOfDay(typed text: String) -> Int? {
        // Full-width colons, dots and 时/点 all separate hours from minutes; 分 only closes them.
        let t = String(text.trimmingWhitespace().compactMap { c -> Character? in
            "：.时点".contains(c) ? ":" : c == "分" ? nil : c
        })
        guard !t.isEmpty else { return nil }
        var h: Int?, m: Int?
        if let colon = t.firstIndex(of: ":") {
            h = Int(t[..<colon])
            let rest = t[t.index(after: colon)...]
            m = rest.isEmpty ? 0 : Int(rest)
        } else if t.allSatisfy(\.isASCII), let n = Int(t) {
            switch t.count {
            case 1, 2: (h, m) = (n, 0)
            case 3, 4: (h, m) = (n / 100, n % 100)
            default: return nil
            }
        }
        guard let hh = h, let mm = m, (0...24).contains(hh), (0...59).contains(mm), hh * 60 + mm <= 24 * 60 else {
            return nil
        }
        return hh * 60 + mm
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> Substring {
        let s = self[...]
        guard let first = s.firstIndex(where: { !$0.isWhitespace }), let last = s.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return Substring(s[first...last])
    }
}
