/// A phone number as staff type or import it, read once by the same rule everywhere (the
/// import, the person form, the desk's walk-in form). Event files keep what they hold: the rule
/// judges what people type, not what was stored before it.
public enum PhoneNumber {
    public enum Reading: Equatable, Sendable {
        /// The number as stored: digits, `+` and digits for a foreign one, or empty.
        case ok(String)
        /// Excel showed the number in scientific notation and saved it so: digits are lost.
        case scientific
        /// Starts like a mainland mobile (a 1, no area code) but is not one: ten or twelve
        /// digits, or a prefix no network uses (`10000000000`).
        case notMobile
        case invalid
    }

    /// `+86 138-0013-8000` → `13800138000`; `(028) 8765 4321` → `02887654321`; foreign numbers
    /// keep their `+`. Never guesses digits Excel dropped.
    public static func read(_ raw: String) -> Reading {
        if raw.isEmpty { return .ok("") }
        // The common case, eleven plain digits starting with 1, without building any strings.
        var copy = raw
        let plain = copy.withUTF8 { b in
            b.count == 11 && b[0] == UInt8(ascii: "1") && b.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        if plain { return isMobile(raw.utf8) ? .ok(raw) : .notMobile }
        var s = TextFolding.widthFolded(raw).trimmingSpaces
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
        // `+49 (0)171 …`: the trunk 0 a foreign number shows in brackets is dialled only at home.
        if s.hasPrefix("+") || s.hasPrefix("00"), let trunk = s.firstRange(of: "(0)") { s.removeSubrange(trunk) }
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
        } else if !plus, digits.hasPrefix("00"), digits.count > 4 {
            // 00 is the international prefix dialled from most countries: `0049…` is `+49…`.
            digits.removeFirst(2); plus = true
        }
        // A mainland number starting with 1 can only be a mobile (landlines start with their
        // area code's 0): one digit short or over is a typing slip, and would reach nobody.
        guard (7...15).contains(digits.count) else { return .invalid }
        if !plus, digits.first == "1" { return isMobile(digits.utf8) ? .ok(digits) : .notMobile }
        return .ok(plus ? "+" + digits : digits)
    }

    /// Eleven digits, 13 to 19 first: the mainland's mobile numbers.
    static func isMobile(_ digits: String.UTF8View) -> Bool {
        guard digits.count == 11 else { return false }
        var i = digits.makeIterator()
        guard i.next() == UInt8(ascii: "1"), let second = i.next() else { return false }
        return second >= UInt8(ascii: "3") && second <= UInt8(ascii: "9")
    }
}

/// The words of the phone rule, for the import's report and the forms alike.
public enum PhoneWords: String, Phrasebook {
    case notPhone, notMobile

    public static let tables: [Language: [PhoneWords: String]] = [
        .en: [
            .notPhone: "\"%1\" is not a phone number",
            .notMobile: "\"%1\" is not a mobile number: a mainland mobile has 11 digits starting 13–19",
        ],
        .zh: [
            .notPhone: "“%1”不是电话号码",
            .notMobile: "“%1”不是手机号码：中国大陆手机号是 13–19 开头的 11 位数字",
        ],
    ]

    /// What is wrong with a number someone typed, or nil when `PhoneNumber.read` takes it.
    public static func problem(_ typed: String, _ lang: Language) -> String? {
        switch PhoneNumber.read(typed) {
        case .ok: nil
        case .notMobile: notMobile.text(lang, typed)
        case .scientific, .invalid: notPhone.text(lang, typed)
        }
    }
}
