import PlanningCore

/// Cleaning of single cells as registration desks type them.
public enum AttendeeValues {
    /// A 饮食禁忌 cell, read as the person form reads it (`DietaryNeed.read`).
    /// Nil for an empty cell without reading it: most rows of most lists (and every row of a list
    /// without the column) have none.
    public static func diet(_ raw: String) -> DietaryNeed? { raw.isEmpty ? nil : DietaryNeed.read(raw) }

    /// Headers of a 民族 column (a column of the notes, not a field).
    static let ethnicityHeaders: Set<String> =
        Set(["民族", "族别", "ethnicity", "ethnic group"].map(TextFolding.matchKey))

    /// The peoples of China whose guests eat halal (回族, 维吾尔族 and eight more), written with or
    /// without 族 (`回`, `维吾尔`, `维族`).
    public static func isMuslimPeople(_ raw: String) -> Bool {
        var key = String(raw.trimmingSpaces)
        if key.hasSuffix("族") { key.removeLast() }
        return ["回", "维吾尔", "维", "哈萨克", "柯尔克孜", "塔吉克", "乌孜别克", "塔塔尔", "东乡", "撒拉", "保安"]
            .contains(key)
    }

    /// A phone cell read by the one rule the forms use too (see `PhoneNumber`).
    public static func phone(_ raw: String) -> PhoneNumber.Reading { PhoneNumber.read(raw) }

    /// Lower-cased and checked for one `@` and a dotted domain; nil when it is not an address.
    public static func email(_ raw: String) -> String? {
        if raw.isEmpty { return "" }
        if let fast = plainEmail(raw) { return fast }
        // An invisible character pasted with the address passes every check and reaches nobody.
        let s = TextFolding.widthFolded(TextFolding.withoutInvisibles(raw)).trimmingSpaces.lowercased()
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
    /// lower-cased byte by byte; nil sends it the careful way. `alone`: nor a `/` or `|` that
    /// could part it from a second address (`emails`), so the cell is this one address.
    static func plainEmail(_ raw: String, alone: Bool = false) -> String? {
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
                case UInt8(ascii: "/"), UInt8(ascii: "|"): if alone { return false }
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

    /// A phone cell taken apart: the first number, the other numbers typed beside it
    /// (`139…/138…`), remarks in brackets (`（微信同号）`) and an extension (`转8001`,
    /// `(028)84616002-8002`), so that none of them stops the number from being read.
    public struct PhoneCell: Equatable, Sendable {
        public var first: String
        public var others: [String] = []
        public var remarks: [String] = []
        public var extensions: [String] = []
    }

    /// What separates two numbers or addresses typed in one cell.
    static func isListSeparator(_ c: Character) -> Bool { "/／、,，;；\n|".contains(c) }

    /// Whether the bytes could hold a separator, a bracket or an extension's word: a plain
    /// address or number (nearly every cell) is passed by its bytes, without building characters.
    static func mayHoldSeparator(_ raw: String) -> Bool {
        var copy = raw
        return copy.withUTF8 { bytes in
            // Non-ASCII, `/`, `,`, `;`, a line break, `|`, `(`.
            for b in bytes where b >= 0x80 || b == 0x2F || b == 0x2C || b == 0x3B || b == 0x0A || b == 0x7C
                || b == 0x28 {
                return true
            }
            return false
        }
    }

    public static func phoneCell(_ raw: String) -> PhoneCell {
        // Plain digits (the usual cell) hold nothing to take apart.
        if raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return PhoneCell(first: raw) }
        var remarks: [String] = []
        var kept = ""
        var bracket: String?
        // A bracket that holds no digit is a remark; `(028)` is part of the number.
        for c in raw {
            if c == "（" || c == "(" { bracket = String(c); continue }
            if var b = bracket {
                if c == "）" || c == ")" {
                    b.append(c)
                    if b.contains(where: \.isNumber) { kept += b } else { remarks.append(b) }
                    bracket = nil
                } else {
                    b.append(c); bracket = b
                }
                continue
            }
            kept.append(c)
        }
        if let b = bracket { kept += b }
        var numbers: [String] = []
        var extensions: [String] = []
        for part in kept.split(whereSeparator: isListSeparator).map({ String($0.trimmingSpaces) }) where !part.isEmpty {
            let (number, ext) = splitExtension(part)
            numbers.append(number)
            if let ext { extensions.append(ext) }
        }
        guard let first = numbers.first else { return PhoneCell(first: "", remarks: remarks) }
        return PhoneCell(first: first, others: Array(numbers.dropFirst()), remarks: remarks, extensions: extensions)
    }

    /// `028-84616001转8001` → (`028-84616001`, `8001`); `(028)84616002-8002` the same, when the
    /// part before the dash is a whole landline with its area code (0 and 10 to 12 digits).
    static func splitExtension(_ s: String) -> (String, String?) {
        let ext = s.reversed().prefix { $0.isASCII && $0.isNumber }
        guard (1...6).contains(ext.count) else { return (s, nil) }
        let before = s.dropLast(ext.count).trimmingSpaces
        let digits = before.filter { $0.isASCII && $0.isNumber }
        for word in ["转", "分机", "ext.", "ext", "x"] where before.lowercased().hasSuffix(word) {
            let number = before.dropLast(word.count).trimmingSpaces
            if !number.isEmpty { return (String(number), String(ext.reversed())) }
        }
        if before.last == "-" || before.last == "－", digits.first == "0", (10...12).contains(digits.count) {
            return (String(before.dropLast()), String(ext.reversed()))
        }
        return (s, nil)
    }

    /// The addresses of an e-mail cell, in order (`a@x.cn；b@x.cn`).
    public static func emails(_ raw: String) -> [String] {
        guard mayHoldSeparator(raw), raw.contains(where: isListSeparator) else { return [raw] }
        return raw.split(whereSeparator: isListSeparator).map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
    }

    /// An address with a slip people make typing one (a space, a Chinese full stop `。`), as
    /// it was meant; nil when that is not an address either.
    public static func correctedEmail(_ raw: String) -> String? {
        let fixed = String(raw.filter { !$0.isWhitespace }.map { $0 == "。" || $0 == "．" ? "." : $0 })
        guard fixed != raw, let e = email(fixed), !e.isEmpty else { return nil }
        return e
    }

    /// Gender as the event writes it: `男`/`女` for the ways lists say it (`M`, `female`,
    /// `女士`); anything else is kept as written.
    public static func gender(_ raw: String) -> String {
        if raw.isEmpty || raw == "男" || raw == "女" { return raw }
        return switch TextFolding.matchKey(raw) {
        case "男", "男士", "男性", "先生", "m", "male", "man", "mr", "mr.", "herr": "男"
        case "女", "女士", "女性", "小姐", "f", "female", "woman", "ms", "ms.", "mrs", "mrs.", "frau": "女"
        default: raw
        }
    }

    /// The code points of `text` that no font draws, as `U+E000`: private use (the BMP's area and
    /// planes 15–16; a font of one office's own, or a lookalike pasted from elsewhere) and code
    /// points Unicode has not assigned. Such a name imports fine and fails only at the printer.
    public static func unprintable(_ text: String) -> [String] {
        if surelyPrintable(text) { return [] }
        var out: [String] = []
        for u in text.unicodeScalars where u.value >= 0x80 {
            // CJK ideographs (U+3400–4DBF, U+4E00–9FFF) are all assigned and none is private:
            // most of a Chinese list's characters, whose category look-up took 10% of reading it.
            if (0x3400...0x9FFF).contains(u.value) { continue }
            switch u.properties.generalCategory {
            case .privateUse, .unassigned:
                let code = "U+" + String(u.value, radix: 16, uppercase: true).leftPadded(to: 4)
                if !out.contains(code) { out.append(code) }
            default: continue
            }
        }
        return out
    }

    /// Whether every character is ASCII or a CJK ideograph of U+3400–9FFF (all assigned, none
    /// private), judged from the UTF-8 bytes: nearly every name, organisation and title, which
    /// then need no look-up of a category per character.
    static func surelyPrintable(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    i += 1
                } else if (c >= 0xE4 && c <= 0xE9) || (c == 0xE3 && i + 1 < n && b[i + 1] >= 0x90) {
                    // E3 90 80 is U+3400; E9 BF BF is U+9FFF.
                    i += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Collapses runs of white space (line breaks Excel users type with Alt+Enter included).
    /// A leading `'` that a CSV writer (ours included) put before `=`, `+`, `-` or `@` to stop
    /// Excel running the cell as a formula is dropped again.
    public static func text(_ raw: String) -> String {
        if TextFolding.isPlain(raw), raw.utf8.first != UInt8(ascii: "'") { return raw }
        var out = ""
        var space = false
        let visible = TextFolding.withoutInvisibles(raw)
        var cell = visible.trimmingSpaces
        if cell.first == "'", let next = cell.dropFirst().first, "=+-@".contains(next) { cell = cell.dropFirst() }
        for c in cell {
            if c.isWhitespace { space = true; continue }
            if space { out.append(" "); space = false }
            out.append(c)
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
