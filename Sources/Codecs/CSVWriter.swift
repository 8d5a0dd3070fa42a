/// CSV for people who open it in Excel: UTF-8 with a byte-order mark (so Excel on Chinese
/// Windows does not read it as GBK), CRLF, and cells that Excel would run as formulas
/// neutralised with a leading apostrophe.
public struct CSVWriter: Sendable {
    public var byteOrderMark = true
    public private(set) var text = ""

    public init(byteOrderMark: Bool = true) {
        self.byteOrderMark = byteOrderMark
        if byteOrderMark { text = "\u{FEFF}" }
    }

    public mutating func row(_ cells: [String]) {
        text += cells.map(Self.cell).joined(separator: ",") + "\r\n"
    }

    /// Scalars, not Characters: "\r\n" is one Character in Swift, so a cell starting with CR LF
    /// would not match "\r".
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// One cell, quoted when it must be. A cell Excel would evaluate (`=HYPERLINK(…)`, `+A1`,
    /// `@SUM`, `-2+3`) gets a leading `'`. Excel shows that apostrophe in a CSV, so a signed
    /// number (a phone `+491712345678`, `-1`) is written as it is: it runs nothing.
    public static func cell(_ value: String) -> String {
        var v = value
        if let first = v.unicodeScalars.first, formulaStarts.contains(first), !isSignedNumber(v) { v = "'" + v }
        guard
            v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) || v.first == " "
                || v.last == " "
        else {
            return v
        }
        return "\"" + v.replacingQuotes + "\""
    }

    /// `+` or `-` and then only digits.
    static func isSignedNumber(_ v: String) -> Bool {
        let rest = v.unicodeScalars.dropFirst()
        return (v.hasPrefix("+") || v.hasPrefix("-")) && !rest.isEmpty && rest.allSatisfy { ("0"..."9").contains($0) }
    }
}

extension String {
    fileprivate var replacingQuotes: String {
        var out = ""
        out.reserveCapacity(utf8.count + 2)
        for c in self { if c == "\"" { out += "\"\"" } else { out.append(c) } }
        return out
    }
}
