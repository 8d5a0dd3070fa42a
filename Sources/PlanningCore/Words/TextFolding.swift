/// How people's typing is made comparable. Registration lists mix full-width and half-width
/// forms (`１３８…`, `（`), pad two-character names with spaces to line them up with
/// three-character ones (`王　芳`), and change case at random; none of that makes a different
/// person, session or column.
public enum TextFolding {
    /// Whether text might hold white space, full-width forms, or letters with case, judged
    /// from its UTF-8 bytes. Nearly all Chinese names and organisations hold none of these, and
    /// skipping the Unicode-aware passes for them is what makes a 100,000-row import fast.
    public static func isPlain(_ s: String, allowASCIIUpper: Bool = true) -> Bool {
        var plain = true
        var copy = s
        copy.withUTF8 { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    if c <= 0x20 || c == 0x7F || (!allowASCIIUpper && c >= 0x41 && c <= 0x5A) { plain = false; return }
                    i += 1
                } else if c < 0xE0 {
                    // Two-byte letters (Latin with accents, Greek, Cyrillic) have case; C2 holds NBSP.
                    plain = false; return
                } else if c == 0xE2 || c == 0xEF || (c == 0xE3 && i + 1 < n && b[i + 1] == 0x80) {
                    // General punctuation spaces (U+2000…), full-width forms (U+FF00…), U+3000–303F.
                    plain = false; return
                } else {
                    i += c < 0xF0 ? 3 : 4
                }
            }
        }
        return plain
    }

    /// Full-width ASCII forms (U+FF01–FF5E) become ASCII, the ideographic space a space.
    public static func widthFolded(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0x80 }) else { return s }
        if isPlain(s) { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(u.value - 0xFEE0)!)
            case 0x3000: out.append(" ")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Whether two spellings differ at most in width (`(` and `（`): a list writing a stored
    /// name in the other width does not change it.
    public static func sameButWidth(_ a: String, _ b: String) -> Bool {
        a == b || widthFolded(a) == widthFolded(b)
    }

    /// The form two spellings of one thing share: width-folded, lower-case, without white space.
    public static func matchKey(_ s: String) -> String {
        if isPlain(s, allowASCIIUpper: false) { return s }
        let folded = widthFolded(s)
        var out = String.UnicodeScalarView()
        for u in folded.unicodeScalars where !u.properties.isWhitespace && !isInvisible(u) {
            if u.isASCII, (0x41...0x5A).contains(u.value) { out.append(Unicode.Scalar(u.value + 0x20)!) }
            else { out.append(u) }
        }
        let key = String(out)
        return key.unicodeScalars.allSatisfy(\.isASCII) ? key : key.lowercased()
    }

    /// A person's name as it should be stored: trimmed, and without the padding spaces between
    /// Chinese characters; spaces between Latin words stay (collapsed to one). Otherwise as the
    /// office wrote it: `Thomas Müller（托马斯·穆勒）` keeps its full-width brackets, since names are
    /// printed as written; matching folds width (`nameKey`), storing does not.
    public static func cleanName(_ s: String) -> String {
        if isPlain(s) { return s }
        var dotted = String.UnicodeScalarView()
        for u in s.unicodeScalars where !isInvisible(u) { dotted.append(isNameDot(u) ? "\u{00B7}" : u) }
        var out: [Character] = []
        var pendingSpace = false
        for c in String(dotted) {
            if c.isWhitespace { pendingSpace = !out.isEmpty; continue }
            if pendingSpace, let last = out.last, !isHan(last), !isHan(c) { out.append(" ") }
            pendingSpace = false
            out.append(c)
        }
        return String(out)
    }

    /// Titles written before a name that do not make another person: `Dr. Thomas Schmidt` is
    /// Thomas Schmidt. Compared lower-case, each followed by a space or nothing.
    static let honorifics: [String] = ["prof. dr.", "prof.dr.", "dr.-ing.", "dr.", "prof.", "dr", "prof"]

    /// A name without the honorifics before it (`Prof. Dr. Anna Weiß` → `Anna Weiß`).
    public static func withoutHonorifics(_ name: String) -> String {
        var rest = Substring(name.trimmingSpaces)
        var changed = true
        while changed {
            changed = false
            let lower = rest.lowercased()
            for h in honorifics where lower.hasPrefix(h) {
                let after = rest.dropFirst(h.count)
                guard let next = after.first, next == " " || h.hasSuffix(".") else { continue }
                let trimmed = after.drop { $0 == " " }
                if trimmed.isEmpty { break }
                rest = trimmed
                changed = true
                break
            }
        }
        return String(rest)
    }

    /// German letters as German writes them without umlauts (`ü` as `ue`, `ß` as `ss`), other
    /// letters without their marks: `Müller` and `Mueller`, `Groß` and `Gross` are one spelling.
    public static func transliterated(_ s: String) -> String { latinFolded(s, german: true) }

    /// Latin letters without their marks (`Müller` → `muller`, `Weiß` → `weiss`), lower-case:
    /// what people type when their keyboard has no umlauts.
    public static func withoutMarks(_ s: String) -> String { latinFolded(s, german: false) }

    private static func latinFolded(_ s: String, german: Bool) -> String {
        var out = ""
        for c in s.lowercased() {
            guard !c.isASCII, let u = c.unicodeScalars.first, u.value < 0x250 else { out.append(c); continue }
            switch c {
            case "ß": out += "ss"
            case "ä", "æ": out += german ? "ae" : "a"
            case "ö", "ø", "œ": out += german ? "oe" : "o"
            case "ü": out += german ? "ue" : "u"
            default:
                if let i = marked.firstIndex(of: c) { out.append(unmarked[i]) } else { out.append(c) }
            }
        }
        return out
    }

    private static let marked = Array("àáâãåāăąçćčďđèéêëēėęěğìíîïīįıłľĺñńňòóôõōőŕřśšşţťùúûūůűųýÿźżž")
    private static let unmarked = Array("aaaaaaaacccddeeeeeeeegiiiiiiilllnnnoooooorrsssttuuuuuuuyyzzz")

    /// The name two spellings of one person share, for duplicates and the desk: without
    /// honorifics, folded as `nameKey` folds (traditional characters, middle dots), German
    /// letters transliterated.
    public static func personKey(_ name: String) -> String {
        // Plain Chinese still folds its traditional characters and dots; plain ASCII is its own key.
        if isPlain(name, allowASCIIUpper: false) { return name.utf8.contains { $0 >= 0x80 } ? nameKey(name) : name }
        return transliterated(nameKey(withoutHonorifics(name)))
    }

    /// Characters that show nothing and come with text pasted from WeChat or web pages (zero-width
    /// space and joiners, word joiner, byte order mark, soft hyphen, direction marks): kept, they
    /// make `王芳` two names and an e-mail address that looks right reach nobody.
    public static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00AD, 0x034F, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F,
             0xFEFF:
            true
        default: false
        }
    }

    /// The text without invisible characters (see `isInvisible`).
    public static func withoutInvisibles(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isInvisible) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where !isInvisible(u) { out.append(u) }
        return String(out)
    }

    /// Dots typed for the middle dot of a transcribed name (`阿卜杜•热合曼`, `买买提．艾力`).
    static func isNameDot(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x2022, 0x2027, 0x2219, 0x22C5, 0x30FB, 0xFF0E, 0xFF65, 0x0387: true
        default: false
        }
    }

    /// The form two spellings of one person's name share: `matchKey`, traditional characters
    /// as simplified ones, and one middle dot (`劉東` is `刘东`, `阿卜杜•热合曼` is `阿卜杜·热合曼`).
    public static func nameKey(_ s: String) -> String {
        let key = matchKey(s)
        guard key.utf8.contains(where: { $0 >= 0x80 }) else { return key }
        // Most names have no traditional character and no odd dot: the key as it is, no new string
        // (a list of 100,000 folds two keys a row).
        guard key.unicodeScalars.contains(where: { isNameDot($0) || ChineseVariants.hasSimplified($0) }) else {
            return key
        }
        var out = String.UnicodeScalarView()
        for u in key.unicodeScalars {
            if isNameDot(u) { out.append("\u{00B7}"); continue }
            out.append(ChineseVariants.simplified[u] ?? u)
        }
        return String(out)
    }

    public static func isHan(_ c: Character) -> Bool {
        guard let u = c.unicodeScalars.first else { return false }
        return (0x3400...0x9FFF).contains(u.value) || (0x20000...0x3134F).contains(u.value)
            || (0xF900...0xFAFF).contains(u.value) || u.value == 0x00B7 || u.value == 0x30FB
    }
}
