import PlanningCore

/// The travel cells of a 回执 as offices fill them in: days without a year (`5月13日`, `5.13`,
/// `5/13`), times in three spellings (`14:20`, `14点20`, `1420`), train and flight numbers whose
/// letters say which (`G8921` a train, `CA4193` a flight), yes and no in a dozen ways.
public enum TravelValues {
    /// Text with full-width forms folded and spaces trimmed, so `１４：２０` is `14:20`.
    static func folded(_ raw: String) -> String {
        String(TextFolding.widthFolded(AttendeeValues.text(raw)).trimmingSpaces)
    }

    /// `14:20`, `14:20:00`, `14点20`, `14点20分`, `14点`, `14时20分`, `1420`, `下午2:20`; nil when it is
    /// no time of day (`25:70`, `待定`).
    public static func minute(_ raw: String) -> Int? {
        var s = folded(raw)
        var afternoon = false
        for (word, pm) in [("上午", false), ("早上", false), ("凌晨", false), ("中午", true), ("下午", true),
                           ("晚上", true), ("傍晚", true)] where s.hasPrefix(word) {
            s = String(s.dropFirst(word.count))
            afternoon = pm
        }
        if s.hasSuffix("分") { s.removeLast() }
        var hour: Int?, minute: Int?
        let parts = s.split(omittingEmptySubsequences: false) { ":点时".contains($0) }.map(String.init)
        if parts.count == 1, s.count == 4, s.allSatisfy(\.isASCIINumber) {
            hour = Int(s.prefix(2))
            minute = Int(s.suffix(2))
        } else if parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIINumber) }),
                  (1...2).contains(parts[0].count), parts[1].count == 2 || (parts[1].isEmpty && parts.count == 2),
                  parts.count == 2 || parts[2].count == 2 {
            hour = Int(parts[0])
            minute = parts[1].isEmpty ? 0 : Int(parts[1])
        }
        guard var h = hour, let m = minute, h < 24, m < 60 else { return nil }
        if afternoon && h < 12 { h += 12 }
        return h * 60 + m
    }

    /// `5月13日`, `5月13号`, `2026年5月13日`, `2026-05-13`, `2026/5/13`, `5/13`, `5.13`, `5-13`; the year
    /// 0 when not said. Nil when it is no day (`5月32日`, `下周`).
    public static func day(_ raw: String) -> TravelCells.Day? {
        var s = folded(raw)
        if s.hasSuffix("日") || s.hasSuffix("号") { s.removeLast() }
        let parts = s.split(omittingEmptySubsequences: false) { "年月-/.".contains($0) }.map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIINumber) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        let d: TravelCells.Day
        switch numbers.count {
        case 2: d = TravelCells.Day(month: numbers[0], day: numbers[1])
        case 3 where parts[0].count == 4: d = TravelCells.Day(year: numbers[0], month: numbers[1], day: numbers[2])
        default: return nil
        }
        // A leap year checks 29 February; the event's year is not known to the reader.
        guard LocalDate(year: d.year == 0 ? 2024 : d.year, month: d.month, day: d.day) != nil else { return nil }
        return d
    }

    /// A day and a time of day in one cell, either or both (`5月13日 14:20`, `2026-05-13 14:20`,
    /// `5月13日14:20`, as a workbook's date-and-time cell reads); nil when part of it is neither.
    public static func when(_ raw: String) -> (day: TravelCells.Day?, minute: Int?)? {
        var day: TravelCells.Day?, minute: Int?
        for token in tokens(folded(raw)) {
            if day == nil, let d = Self.day(token) { day = d } else if minute == nil, let m = Self.minute(token) {
                minute = m
            } else { return nil }
        }
        return day == nil && minute == nil ? nil : (day, minute)
    }

    /// Words separated by spaces or commas, with a day written in Chinese split from what follows it
    /// (`5月13日14:20` is two).
    static func tokens(_ s: String) -> [String] {
        var out: [String] = []
        for word in s.split(whereSeparator: { $0.isWhitespace || ",，、;；".contains($0) }) {
            var w = Substring(word)
            if let end = w.firstIndex(where: { $0 == "日" || $0 == "号" }), w.contains("月"),
               end < w.index(before: w.endIndex) {
                out.append(String(w[...end]))
                w = w[w.index(after: end)...]
            }
            out.append(String(w))
        }
        return out
    }

    /// What a number or a word says of the way of travel: `G8921` (G, D, C, K, T, Z, Y, L, S and two
    /// to four digits) a train, `CA4193`, `3U8888`, `MU5401` a flight, `自驾` by car, `自行` on their own.
    public static func route(_ raw: String) -> (mode: TravelMode, number: String)? {
        var s = folded(raw).uppercased().filter { !$0.isWhitespace }
        for word in ["航班号", "航班", "车次", "次"] where s.hasSuffix(word) || s.hasPrefix(word) {
            s = s.hasSuffix(word) ? String(s.dropLast(word.count)) : String(s.dropFirst(word.count))
        }
        switch s {
        case "自驾", "自驾车", "开车", "自带车", "CAR", "DRIVING": return (.car, "")
        case "自行", "自行前往", "自行安排", "自理", "SELF": return (.selfArranged, "")
        case "飞机", "航班", "FLIGHT": return (.flight, "")
        case "高铁", "动车", "火车", "铁路", "TRAIN": return (.train, "")
        default: break
        }
        if isTrain(s) { return (.train, s) }
        if isFlight(s) { return (.flight, s) }
        return nil
    }

    static func isTrain(_ s: String) -> Bool {
        guard let first = s.first, "GDCKTZYLS".contains(first) else { return false }
        let digits = s.dropFirst()
        return (2...4).contains(digits.count) && digits.allSatisfy(\.isASCIINumber)
    }

    /// An airline's two characters (letters, or a letter and a digit: `3U`, `G5`) and one to four digits.
    static func isFlight(_ s: String) -> Bool {
        let chars = Array(s)
        guard chars.count >= 4, chars.count <= 7, chars.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return false }
        let airline = chars[0..<2]
        guard airline.contains(where: \.isLetter) else { return false }
        var rest = chars[2...]
        if let last = rest.last, last.isLetter { rest = rest.dropLast() }
        return (1...4).contains(rest.count) && rest.allSatisfy(\.isNumber)
    }

    /// 是/否, 需要/不需要, Y/N, ✓/✗; nil when the cell says neither.
    public static func yesNo(_ raw: String) -> Bool? {
        switch TextFolding.matchKey(folded(raw)) {
        case "是", "需要", "要", "需", "是的", "y", "yes", "✓", "✔", "√", "☑", "1", "true", "接", "送",
             "需接站", "需送站", "需要接站", "需要送站":
            return true
        case "否", "不需要", "不要", "不需", "无", "不", "n", "no", "✗", "✘", "×", "x", "☐", "0", "false", "自行",
             "不接", "不送", "无需", "无需接站", "无需送站", "不需要接站", "不需要送站":
            return false
        default: return nil
        }
    }

    /// `2`, `2人`, `两个`, `二位`, `无`: the project's Chinese numerals included; nil when it is no count.
    public static func count(_ raw: String) -> Int? {
        var s = folded(raw)
        if ["无", "没有", "none", "-", "—"].contains(s) { return 0 }
        for unit in ["人", "个", "位", "名"] where s.hasSuffix(unit) { s.removeLast(unit.count) }
        if let n = Int(s), n >= 0, n < 100 { return n }
        // A long run of numerals would overflow; no party or car has more than 99.
        if s.count <= 3, let n = ChineseNumbers.value(Substring(s)), n < 100 { return n }
        return nil
    }

    /// Whether a word is written as a time (`25:70`, `14点`: true) or a day (`5月32日`, `13/5`: false),
    /// read or not; nil when it is neither (a station's name).
    public static func looksLikeWhen(_ token: String) -> Bool? {
        guard token.contains(where: \.isASCIINumber),
              token.allSatisfy({ $0.isASCIINumber || ":点时分月日号年./-".contains($0) }) else { return nil }
        return token.contains { ":点时分".contains($0) }
    }

    /// The word of a one-cell journey that is written as a day or a time and is none, with which.
    public static func badWhen(_ raw: String) -> (word: String, isTime: Bool)? {
        for token in tokens(folded(raw)) where day(token) == nil && minute(token) == nil {
            if let isTime = looksLikeWhen(token) { return (token, isTime) }
        }
        return nil
    }

    /// `2人同行`, `同行2人`, `随行两人`, `一行3人`: how many come with the guest, as a one-cell
    /// journey says it.
    public static func party(_ token: String) -> Int? {
        for word in ["人同行", "人随行"] where token.hasSuffix(word) {
            return count(String(token.dropLast(word.count)))
        }
        for word in ["同行", "随行", "一行", "携"] where token.hasPrefix(word) && token.count > word.count {
            return count(String(token.dropFirst(word.count)))
        }
        return nil
    }

    /// The party size a one-cell journey gives (`5月13日 G8921 14:20 德阳站 2人同行`), if any.
    public static func party(in raw: String) -> Int? {
        for token in tokens(folded(raw)) { if let n = party(token) { return n } }
        return nil
    }

    /// One cell holding a way of travel (`5月13日 G8921 14:20 德阳站`, `5.13 CA4193 10:35 双流T2`,
    /// `5/13 14:20 G8921`): its day, time, route and hub (what is left, in order). Nil when two
    /// words claim one part (two times) or nothing is recognised.
    public static func oneCell(_ raw: String) -> TravelCells.Leg? {
        var leg = TravelCells.Leg()
        var hub: [String] = []
        for token in tokens(folded(raw)) {
            if leg.day == nil, let d = day(token) {
                leg.day = d
            } else if leg.minute == nil, let m = minute(token) {
                leg.minute = m
            } else if leg.number == nil, leg.mode == nil, let r = route(token) {
                leg.mode = r.mode
                leg.number = r.number.isEmpty ? nil : r.number
            } else if leg.transfer == nil, token.contains("接") || token.contains("送"), let yes = yesNo(token) {
                leg.transfer = yes
            } else if ["到", "抵达", "到达", "至"].contains(token) || party(token) != nil {
                // `2人同行` is the party's size (`party(in:)`), not part of the station's name.
                continue
            } else if looksLikeWhen(token) != nil {
                // `25:70` is a time mistyped, not a station's name.
                return nil
            } else {
                hub.append(token)
            }
        }
        var name = hub.joined(separator: " ")
        for word in ["到达", "抵达", "到", "至"] where name.hasPrefix(word) && name.count > word.count {
            name = String(name.dropFirst(word.count))
        }
        if !name.isEmpty { leg.hub = name }
        // A cell of a hub alone is a hub column's; one of nothing known is no way of travel.
        guard leg.day != nil || leg.minute != nil || leg.mode != nil else { return nil }
        return leg
    }
}

extension Character {
    fileprivate var isASCIINumber: Bool { isASCII && isNumber }
}
