/// Terminal display width of text, from Unicode's East Asian Width property (wide and fullwidth
/// take two cells) and zero-width marks. Owned here because libc `wcwidth` depends on the locale
/// and returns -1 in the C locale, which breaks every column of Chinese text.
public enum DisplayWidth {
    /// Cells one scalar occupies: 0, 1 or 2. Control characters count 0 here; callers that show
    /// untrusted text replace them first (see `Sanitize`).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Cells one grapheme cluster occupies: its first non-zero-width scalar decides, and an emoji
    /// presentation selector (U+FE0F) widens a narrow base, as terminals render it.
    public static func of(_ character: Character) -> Int {
        var width = 0
        var sawBase = false
        for s in character.unicodeScalars {
            if !sawBase {
                let w = of(s)
                if w > 0 || s.value >= 0x20 { width = w; sawBase = w > 0 }
            } else if s.value == 0xFE0F {
                width = 2
            }
        }
        return width
    }

    public static func of(_ text: some StringProtocol) -> Int {
        // Most text here is Latin or Chinese, where every scalar is a grapheme cluster of its own:
        // summed scalar by scalar it needs none of the grapheme breaking that walking Characters
        // does (most of the time of laying out a 6,000-session programme). Text with any other
        // scalar is measured character by character.
        var total = 0
        for s in text.unicodeScalars {
            guard standsAlone(s.value) else { return text.reduce(0) { $0 + of($1) } }
            total += of(s)
        }
        return total
    }

    /// Scalars that never join a neighbour in a grapheme cluster (CR LF aside, which measures
    /// 0 either way): Latin before the combining marks, CJK ideographs, CJK and general
    /// punctuation (not the combining tone marks, joiners or separators), full-width forms.
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xFE30...0xFE4F, 0xFF01...0xFF60, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }

    /// Text cut to at most `width` cells, never splitting a character; a cut is marked with `…`.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// Text padded with spaces (or truncated) to exactly `width` cells.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let t = truncate(text, to: width)
        let gap = String(repeating: " ", count: max(0, width - of(t)))
        return alignRight ? gap + t : t + gap
    }

    /// Splits text into lines of at most `width` cells, never inside a character: between any
    /// two Chinese characters, but not inside a Latin word (unless the word alone is wider than a
    /// line), and never with closing punctuation (，。）」…) at the start of a line or opening
    /// punctuation (（「“) at the end of one.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        // Most lines fit: no need to cut them into pieces.
        if of(text) <= width, text.first.map({ !$0.isWhitespace }) ?? true, text.last.map({ !$0.isWhitespace }) ?? true,
           !text.contains(where: \.isNewline) {
            return [text]
        }
        var lines: [String] = []
        var line = ""
        var used = 0
        func flush() {
            while line.last == " " { line.removeLast() }
            lines.append(line)
            line = ""
            used = 0
        }
        for token in tokens(text) {
            let w = of(token)
            if token == " " {
                if used == 0 { continue }
                if used + 1 > width { flush() } else { line += " "; used += 1 }
                continue
            }
            if used + w <= width {
                line += token
                used += w
            } else if w <= width {
                flush()
                line = token
                used = w
            } else {
                // A word wider than a whole line: it has to be cut, at a character.
                for c in token {
                    let cw = of(c)
                    if used + cw > width, used > 0 { flush() }
                    line.append(c)
                    used += cw
                }
            }
        }
        if !line.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    static let closing: Set<Character> = [
        "，", "。", "、", "：", "；", "！", "？", "）", "」", "』", "”", "’", "》", "〉", "】", "…", "％",
        ",", ".", ":", ";", "!", "?", ")", "]", "}",
    ]
    static let opening: Set<Character> = ["（", "「", "『", "“", "‘", "《", "〈", "【", "(", "["]

    /// Pieces a line may break between: a space, a Latin word, or a wide character, with
    /// punctuation kept on the side it belongs to.
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        var glue = false  // the last token was opening punctuation: the next joins it
        func push(_ t: String) {
            if glue, let last = out.popLast() { out.append(last + t) } else { out.append(t) }
            glue = false
        }
        for c in text {
            if c.isWhitespace {
                if !word.isEmpty { push(word); word = "" }
                out.append(" ")
                glue = false
                continue
            }
            if closing.contains(c) {
                if !word.isEmpty { word.append(c); continue }
                if let last = out.last, last != " " {
                    out[out.count - 1] = last + String(c)
                } else {
                    out.append(String(c))
                }
                continue
            }
            if opening.contains(c) {
                if !word.isEmpty { push(word); word = "" }
                push(String(c))
                glue = true
                continue
            }
            if of(c) == 2 {
                if !word.isEmpty { push(word); word = "" }
                push(String(c))
            } else {
                word.append(c)
            }
        }
        if !word.isEmpty { push(word) }
        return out
    }

    static func isZeroWidth(_ v: UInt32) -> Bool {
        switch v {
        case 0x300...0x36F, 0x483...0x489, 0x591...0x5BD, 0x610...0x61A, 0x64B...0x65F,
             0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x20D0...0x20FF,
             0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF,
             0xE0100...0xE01EF, 0x1F3FB...0x1F3FF:
            return true
        default:
            return false
        }
    }

    // East Asian Width W and F ranges (Unicode 15), merged where adjacent.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
             0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
             0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
             0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4,
             0x1F3F8...0x1F43E, 0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
             0x1F550...0x1F567, 0x1F57A, 0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F,
             0x1F680...0x1F6C5, 0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
             0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0, 0x1F90C...0x1F93A,
             0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD,
             0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

/// Text from files (names, titles) must never reach a terminal raw: control characters, escape
/// sequences and bidi overrides are replaced by visible placeholders.
public enum Sanitize {
    public static func forTerminal(_ text: String) -> String {
        var needs = false
        for s in text.unicodeScalars where isUnsafe(s.value) { needs = true; break }
        guard needs else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x20 { out.append(Unicode.Scalar(0x2400 + v)!) } // ␀…␟ control pictures
            else if v == 0x7F { out.append("\u{2421}") }
            else if isUnsafe(v) { out.append("\u{FFFD}") }
            else { out.append(s) }
        }
        return String(out)
    }

    /// Whole output for a terminal (a CSV, a dump, a report): its own line breaks and tabs
    /// stay, every other control character is shown as a picture, as `forTerminal` does.
    public static func forTerminalOutput(_ text: String) -> String {
        var needs = false
        for s in text.unicodeScalars where isUnsafe(s.value) && s != "\n" && s != "\t" && s != "\r" {
            needs = true
            break
        }
        // A lone carriage return rewrites the line on screen; before a line feed it is a CRLF file's.
        if !needs && !text.unicodeScalars.contains("\r") { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if s == "\n" || s == "\t" || (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n") {
                out.append(s)
            } else {
                out.append(contentsOf: forTerminal(String(s)).unicodeScalars)
            }
        }
        return String(out)
    }

    /// A person's name as a file name: no control characters, no path separators or characters
    /// other systems refuse, no leading dot (a hidden file, or `..`).
    public static func fileName(_ text: String) -> String {
        var out = String(String.UnicodeScalarView(text.unicodeScalars.map { s -> Unicode.Scalar in
            isUnsafe(s.value) || "/\\:*?\"<>|".unicodeScalars.contains(s) || s.properties.isWhitespace && s != " "
                ? "_" : s
        }))
        while out.hasPrefix(".") || out.hasPrefix(" ") { out.removeFirst() }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    static func isUnsafe(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
