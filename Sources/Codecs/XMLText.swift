/// Text as XML holds it, for every writer of XML here (frab, workbooks): markup characters
/// escaped, and the characters XML 1.0 forbids (most control characters) left out, since no
/// reader would take the file with them.
public enum XMLText {
    public static func escaped(_ s: String) -> String {
        var copy = s
        guard copy.withUTF8({ needsWork($0, quotes: true) }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default: if allowed(u) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    static func allowed(_ u: Unicode.Scalar) -> Bool { u.value >= 0x20 && u.value != 0xFFFE && u.value != 0xFFFF }

    /// Whether UTF-8 text has anything to escape or leave out; most names have none, and are
    /// written as they are. Quotes matter only in attributes.
    public static func needsWork(_ b: UnsafeBufferPointer<UInt8>, quotes: Bool) -> Bool {
        for (i, c) in b.enumerated() {
            if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { return true }
            if c == 0x26 || c == 0x3C || c == 0x3E || (quotes && (c == 0x22 || c == 0x27)) { return true }
            // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
            if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBF, b[i + 2] >= 0xBE { return true }
        }
        return false
    }
}
