/// Numbering as the office writes it (分论坛一 … 九、十、十一, 第二天, 分论坛10) read as numbers, so
/// lists sort 分论坛九 before 分论坛十 instead of by the characters' code points or sounds.
public enum ChineseNumbers {
    static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
        "九": 9,
    ]
    static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
    /// Characters after which a numeral numbers something: 分论坛一, 分会场二, 第三组, 专题四, 第五期.
    static let counters: Set<Character> = ["坛", "场", "组", "题", "期", "届", "区", "厅", "室", "篇", "章"]

    /// The value of a run of Chinese numerals (`十一` 11, `二十` 20, `一百零五` 105), or nil.
    public static func value(_ run: Substring) -> Int? {
        guard !run.isEmpty else { return nil }
        var total = 0, current = 0, seenUnit = false
        for c in run {
            if let d = digits[c] {
                current = current * (seenUnit ? 1 : 10) + d
                if seenUnit { seenUnit = false }
            } else if let u = units[c] {
                total += (current == 0 ? 1 : current) * u
                current = 0
                seenUnit = true
            } else {
                return nil
            }
        }
        return total + current
    }

    /// The text with each number that numbers something (ASCII digits, or Chinese numerals after
    /// 第 or after a counter such as 坛 and before the end or a non-Han character) written as
    /// `\u{2}` and eight digits, which compare by value and sort before letters.
    public static func naturalKey(_ text: String) -> String {
        // Scalars, not Characters: numerals and Han are one scalar each, and grapheme breaking
        // was most of the cost of sorting 6,000 titles.
        let chars = Array(text.unicodeScalars)
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
        func isNumeral(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九",
                 "十", "百", "千": true
            default: false
            }
        }
        guard chars.contains(where: { isDigit($0) || (($0.value >= 0x3007) && isNumeral($0)) }) else { return text }
        var out = String.UnicodeScalarView(), i = 0
        while i < chars.count {
            let c = chars[i]
            if isDigit(c) {
                var j = i
                while j < chars.count, isDigit(chars[j]) { j += 1 }
                out.append(contentsOf: encode(Int(String(String.UnicodeScalarView(chars[i..<j]))) ?? 0).unicodeScalars)
                i = j
                continue
            }
            if c.value >= 0x3007, isNumeral(c) {
                var j = i
                while j < chars.count, chars[j].value >= 0x3007, isNumeral(chars[j]) { j += 1 }
                let before = i > 0 ? chars[i - 1] : nil
                let after = j < chars.count ? chars[j] : nil
                let numbers = before == "第"
                    || (before.map { counters.contains(Character($0)) } == true && (after.map { !$0.isHan } ?? true))
                if numbers, let v = value(Substring(String(String.UnicodeScalarView(chars[i..<j])))) {
                    out.append(contentsOf: encode(v).unicodeScalars)
                    i = j
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// Compares two texts with their numbers by value, the rest by code point.
    public static func less(_ a: String, _ b: String) -> Bool {
        let x = naturalKey(a), y = naturalKey(b)
        return x == y ? a < b : x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
    }

    /// Whether `a` comes first when the two differ first in a number (分论坛九 / 分论坛十,
    /// 国际分论坛一：… / 国际分论坛二：…); nil when they differ otherwise, so the caller's own order
    /// decides.
    public static func numberedLess(_ a: String, _ b: String) -> Bool? { Numbering(a).less(Numbering(b)) }

    /// A text cut at its numbers, made once per text for sorting thousands of sessions:
    /// `国际分论坛二：海外` is `国际分论坛`, 2, `：海外`.
    public struct Numbering: Sendable {
        var parts: [(text: String, number: Int?)]

        public init(_ text: String) {
            parts = []
            var pending = ""
            var scalars = Substring(naturalKey(text)).unicodeScalars[...]
            while let c = scalars.popFirst() {
                guard c == "\u{2}" else { pending.unicodeScalars.append(c); continue }
                let digits = String(String.UnicodeScalarView(scalars.prefix(8)))
                scalars = scalars.dropFirst(8)
                parts.append((pending, Int(digits)))
                pending = ""
            }
            if !pending.isEmpty { parts.append((pending, nil)) }
        }

        /// Whether `self` comes first when the two differ first in a number; nil otherwise.
        public func less(_ other: Numbering) -> Bool? {
            for (a, b) in zip(parts, other.parts) where a.text != b.text || a.number != b.number {
                guard a.text == b.text, let x = a.number, let y = b.number else { return nil }
                return x < y
            }
            return nil
        }
    }

    private static func encode(_ n: Int) -> String {
        let digits = String(min(n, 99_999_999))
        return "\u{2}" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}
