import PlanningCore

/// Cleaning of single cells as registration desks type them.
public enum AttendeeValues {
    public enum PhoneResult: Equatable, Sendable {
        case ok(String)
        /// Excel showed the number in scientific notation and saved it so: digits are lost.
        case scientific
        case invalid
    }

    /// `+86 138-0013-8000` → `13800138000`; `(028) 8765 4321` → `02887654321`; foreign numbers
    /// keep their `+`. Never guesses digits Excel dropped.
    public static func phone(_ raw: String) -> PhoneResult {
        if raw.isEmpty { return .ok("") }
        // The common case, eleven plain digits starting with 1, without building any strings.
        var copy = raw
        if copy.withUTF8({ b in b.count == 11 && b[0] == UInt8(ascii: "1") && b.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            })
        {
            return .ok(raw)
        }
        let s = TextFolding.widthFolded(raw).trimmingSpaces
        if s.isEmpty { return .ok("") }
        let upper = s.uppercased()
        if upper.contains("E+") || upper.contains("E-"), upper.contains(where: \.isNumber) {
            let mantissa = upper.split(separator: "E")[0]
            if !mantissa.isEmpty,
                mantissa.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") })
            {
                return .scientific
            }
        }
        var digits = ""
        var plus = false
        for (i, c) in s.enumerated() {
            if c.isASCII, c.isNumber { digits.append(c); continue }
            if c == "+" && i == 0 { plus = true; continue }
            if c == " " || c == "-" || c == "(" || c == ")" || c == "\u{2010}" || c == "\u{2013}" || c == "\u{2014}" {
                continue
            }
            return .invalid
        }
        // China's country code, written as +86, 0086 or a bare 86 before an 11-digit mobile number.
        if plus, digits.hasPrefix("86") {
            digits.removeFirst(2); plus = false
        } else if digits.hasPrefix("0086") {
            digits.removeFirst(4)
        } else if digits.count == 13, digits.hasPrefix("861") {
            digits.removeFirst(2)
        }
        guard (7...15).contains(digits.count) else { return .invalid }
        if !plus, digits.count == 11, digits.first == "1" { return .ok(digits) }
        return .ok(plus ? "+" + digits : digits)
    }

    /// Lower-cased and checked for one `@` and a dotted domain; nil when it is not an address.
    public static func email(_ raw: String) -> String? {
        if raw.isEmpty { return "" }
        if let fast = plainEmail(raw) { return fast }
        let s = TextFolding.widthFolded(raw).trimmingSpaces.lowercased()
        if s.isEmpty { return "" }
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."),
            !s.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">" }),
            s.allSatisfy(\.isASCII) || parts[1].allSatisfy(\.isASCII)
        else { return nil }
        return s
    }

    /// An all-ASCII address with one `@`, a dotted domain and nothing odd, checked and
    /// lower-cased byte by byte; nil sends it the careful way.
    static func plainEmail(_ raw: String) -> String? {
        var copy = raw
        var upper = false
        let ok = copy.withUTF8 { bytes -> Bool in
            var at = -1, dotAfterAt = false
            for i in 0..<bytes.count {
                let c = bytes[i]
                switch c {
                case UInt8(ascii: "@"): if at >= 0 { return false } else { at = i }
                case UInt8(ascii: "."): if at >= 0 && i > at + 1 && i < bytes.count - 1 { dotAfterAt = true }
                case 0x41...0x5A: upper = true
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""):
                    return false
                case 0x21...0x7E: break
                default: return false
                }
            }
            return at > 0 && dotAfterAt
        }
        guard ok else { return nil }
        return upper ? String(decoding: raw.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self) : raw
    }

    /// Categories staff write in Chinese become the codes the rest of confplan uses; anything
    /// else is kept as written.
    public static func category(_ raw: String) -> String {
        if raw.isEmpty { return "" }
        let s = String(raw.trimmingSpaces)
        switch TextFolding.matchKey(s) {
        case "代表", "参会代表", "正式代表", "delegate": return Registration.defaultCategory
        case "嘉宾", "特邀嘉宾", "来宾", "guest": return "guest"
        case "企业代表", "enterprise-delegate", "enterprise": return "enterprise-delegate"
        case "媒体", "记者", "媒体记者", "press", "media": return "press"
        case "工作人员", "会务", "会务人员", "staff": return "staff"
        default: return s
        }
    }

    /// Collapses runs of white space (line breaks Excel users type with Alt+Enter included).
    /// A leading `'` that a CSV writer (ours included) put before `=`, `+`, `-` or `@` to stop
    /// Excel running the cell as a formula is dropped again.
    public static func text(_ raw: String) -> String {
        if TextFolding.isPlain(raw), raw.utf8.first != UInt8(ascii: "'") { return raw }
        var out = ""
        var space = false
        var cell = raw.trimmingSpaces
        if cell.first == "'", let next = cell.dropFirst().first, "=+-@".contains(next) { cell = cell.dropFirst() }
        for c in cell {
            if c.isWhitespace { space = true; continue }
            if space { out.append(" "); space = false }
            out.append(c)
        }
        return out
    }
}
