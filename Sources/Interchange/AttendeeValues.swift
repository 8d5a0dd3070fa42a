import PlanningCore

/// Cleaning of single cells as registration desks type them.
public enum AttendeeValues {
    /// A phone cell read by the one rule the forms use too (see `PhoneNumber`).
    public static func phone(_ raw: String) -> PhoneNumber.Reading { PhoneNumber.read(raw) }

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
            // A domain may be spelled in its own letters (`müller-lüdenscheidt.de`, an IDN).
            s.allSatisfy(\.isASCII) || parts[1].allSatisfy({ $0.isASCII || $0.isLetter || $0.isNumber })
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
