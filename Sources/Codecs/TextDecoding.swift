import Glibc

/// The encodings registration lists arrive in. Excel on Chinese Windows saves "CSV" as GBK
/// (read as GB18030, its superset), "CSV UTF-8" with a byte-order mark, and "Unicode text" as
/// UTF-16 with a mark.
/// A German (or other Western) Excel saves "CSV" as Windows-1252.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8", gb18030 = "gb18030", utf16le = "utf-16le", utf16be = "utf-16be"
    case windows1252 = "windows-1252"

    /// Accepts the names people type: `gbk`, `GB2312`, `cp936`, `UTF8`, `utf-16`.
    public init?(name: String) {
        switch String(name.lowercased().map { $0 == "_" ? "-" : $0 }) {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936", "936", "euc-cn": self = .gb18030
        case "utf-16le", "utf16le", "utf-16", "utf16", "unicode": self = .utf16le
        case "utf-16be", "utf16be": self = .utf16be
        // Latin-1 files are read as Windows-1252, its superset, as browsers do.
        case "windows-1252", "windows1252", "cp1252", "1252", "latin1", "latin-1", "iso-8859-1", "iso8859-1", "ansi":
            self = .windows1252
        default: return nil
        }
    }
}

public struct DecodedText: Sendable {
    public var text: String
    public var encoding: TextEncoding
    public var hadByteOrderMark: Bool
    /// A guess between GB18030 and Windows-1252 that staff should know about.
    public var doubt: EncodingDoubt? = nil
}

/// Bytes that are valid GB18030 and Windows-1252 alike. A German name's umlaut byte and the
/// letter after it make one Han character in GB18030 (`Jürgen` reads `J黵gen`), so a Han
/// character alone between Latin letters says Windows-1252; Chinese comes in runs of them.
public enum EncodingDoubt: Equatable, Sendable {
    /// Read as Windows-1252: most non-ASCII characters were such lone ones (`word` as read).
    case readAsWindows1252(line: Int, word: String)
    /// Read as GB18030, but this word looks like Windows-1252 read as GB18030.
    case looksLikeWindows1252(line: Int, word: String)
}

public enum TextDecoding {
    /// Decodes a whole file. Without `forced`, a byte-order mark decides, else valid UTF-8 is
    /// UTF-8 and anything else is tried as GB18030. Bytes that do not belong to the encoding are
    /// an error naming the line; nothing is ever replaced by U+FFFD.
    public static func decode(
        _ bytes: [UInt8], file: String, forced: TextEncoding? = nil
    ) throws(InputError) -> DecodedText {
        let bom = byteOrderMark(bytes)
        let encoding = forced ?? bom?.encoding
        let skip = (bom != nil && (forced == nil || forced == bom!.encoding)) ? bom!.length : 0
        let body = bytes[skip...]
        switch encoding {
        case .utf8?:
            return DecodedText(text: try utf8(body, file: file), encoding: .utf8, hadByteOrderMark: skip > 0)
        case .gb18030?:
            return DecodedText(text: try gb18030(body, file: file), encoding: .gb18030, hadByteOrderMark: false)
        case .windows1252?:
            return DecodedText(text: windows1252(body), encoding: .windows1252, hadByteOrderMark: false)
        case .utf16le?, .utf16be?:
            return DecodedText(
                text: try utf16(body, bigEndian: encoding == .utf16be, file: file), encoding: encoding!,
                hadByteOrderMark: skip > 0)
        case nil:
            // memchr: a byte-by-byte search was a noticeable part of reading a large list.
            let zeroAt = body.withUnsafeBufferPointer { b -> Int? in
                guard let base = b.baseAddress, let hit = memchr(base, 0, b.count) else { return nil }
                return body.startIndex + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
            }
            if let zero = zeroAt {
                throw InputError(file: file, line: lineOf(zero - skip, in: body, unitStep: 1), .nulBytes)
            }
            // One validating pass; the slower search for the bad byte runs only when it fails.
            if let text = validUTF8(body) {
                return DecodedText(text: text, encoding: .utf8, hadByteOrderMark: false)
            }
            switch try gb18030Reading(body, file: file) {
            case .success(let text):
                let lone = loneHan(text)
                if let first = lone.first, lone.count * 2 >= lone.nonASCII {
                    let latin = windows1252(body)
                    let shown = word(in: latin, line: first.line, near: first.word)
                    return DecodedText(text: latin, encoding: .windows1252, hadByteOrderMark: false,
                                       doubt: .readAsWindows1252(line: first.line, word: shown))
                }
                return DecodedText(text: text, encoding: .gb18030, hadByteOrderMark: false,
                                   doubt: lone.first.map { .looksLikeWindows1252(line: $0.line, word: $0.word) })
            case .failure(let gb):
                // Not GB18030 either: Windows-1252 when its non-ASCII letters stand alone among
                // Latin ones (`Groß,` ends in a byte GB18030 cannot pair), as a Western Excel writes.
                let latin = windows1252(body)
                let lone = loneLatin(latin)
                if let first = lone.first, lone.count * 2 >= lone.nonASCII {
                    return DecodedText(text: latin, encoding: .windows1252, hadByteOrderMark: false,
                                       doubt: .readAsWindows1252(line: first.line, word: first.word))
                }
                // Both readings' first bad byte, each with its line; the error is placed where the
                // reading that got further failed: a file of one encoding is mended there.
                let at = invalidUTF8Offset(body)!, gbAt = min(gb.offset, body.count - 1)
                let line = lineOf(at, in: body, unitStep: 1), gbLine = lineOf(gbAt, in: body, unitStep: 1)
                throw InputError(
                    file: file, line: at >= gbAt ? line : gbLine, .neitherEncoding,
                    hex(body[body.startIndex + at]), "\(at)", "\(line)",
                    hex(body[body.startIndex + gbAt]), "\(gbAt)", "\(gbLine)")
            }
        }
    }

    static func byteOrderMark(_ b: [UInt8]) -> (encoding: TextEncoding, length: Int)? {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if b.starts(with: [0xFF, 0xFE]) { return (.utf16le, 2) }
        if b.starts(with: [0xFE, 0xFF]) { return (.utf16be, 2) }
        return nil
    }

    /// 1-based line of a byte offset, counting LF (and lone CR) before it.
    static func lineOf(_ offset: Int, in bytes: ArraySlice<UInt8>, unitStep: Int) -> Int {
        var line = 1
        var i = bytes.startIndex
        let end = bytes.startIndex + min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
            } else if b == 0x0D, i + unitStep >= end || bytes[i + unitStep] != 0x0A {
                line += 1
            }
            i += unitStep
        }
        return line
    }

    /// The text of `body` if it is valid UTF-8. A large file is judged in two halves at once,
    /// parted at a line break (no character spans one, so the whole is valid when both halves
    /// are), and its text then copied without judging it again.
    static func validUTF8(_ body: ArraySlice<UInt8>, inHalvesAbove: Int = 1 << 20) -> String? {
        body.withUnsafeBufferPointer { b -> String? in
            let middle = b.count / 2
            guard b.count >= inHalvesAbove, let base = b.baseAddress,
                  let hit = memchr(base + middle, 0x0A, b.count - middle)
            else { return String(validating: b, as: UTF8.self) }
            let cut = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            func valid(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
                (try? UTF8Span(validating: Span(_unsafeElements: part))) != nil
            }
            let (first, second) = BothHalves.run(
                { valid(UnsafeBufferPointer(rebasing: b[..<cut])) },
                { valid(UnsafeBufferPointer(rebasing: b[cut...])) })
            guard first && second else { return nil }
            return String(copying: UTF8Span(unchecked: Span(_unsafeElements: b)))
        }
    }

    static func utf8(_ body: ArraySlice<UInt8>, file: String) throws(InputError) -> String {
        if let text = validUTF8(body) { return text }
        if let at = invalidUTF8Offset(body) {
            throw InputError(
                file: file, line: lineOf(at, in: body, unitStep: 1), field: "",
                message:
                    "byte 0x\(hex(body[body.startIndex + at])) at offset \(at) is not valid UTF-8 (a GB18030/GBK "
                        + "file? try --encoding gb18030)"
            )
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// Offset of the first byte that is not part of well-formed UTF-8 (no overlongs, no
    /// surrogates, nothing past U+10FFFF), or nil.
    static func invalidUTF8Offset(_ b: ArraySlice<UInt8>) -> Int? {
        var i = b.startIndex
        let end = b.endIndex
        while i < end {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0, low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; high = 0x9F
            case 0xF0: need = 3; low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; high = 0x8F
            default: return i - b.startIndex
            }
            guard i + need < end else { return i - b.startIndex }
            for k in 1...need {
                let d = b[i + k]
                let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if d < lo || d > hi { return i - b.startIndex }
            }
            i += need + 1
        }
        return nil
    }

    static func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws(InputError) -> String {
        guard body.count % 2 == 0 else {
            throw InputError(file: file, line: 0, .oddUTF16)
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var out = String.UnicodeScalarView()
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let u):
                if u == "\n" { line += 1 }
                out.append(u)
            case .emptyInput: break loop
            case .error:
                throw InputError(file: file, line: line, .unpairedSurrogate)
            }
        }
        return String(out)
    }

    static func gb18030(_ body: ArraySlice<UInt8>, file: String) throws(InputError) -> String {
        switch try gb18030Reading(body, file: file) {
        case .success(let text): return text
        case .failure(let failure):
            let at = failure.offset
            let what =
                at < body.count ? "byte 0x\(hex(body[body.startIndex + at])) at offset \(at)" : "the end of the file"
            throw InputError(
                file: file, line: lineOf(at, in: body, unitStep: 1),
                at >= body.count - 3 ? .badGB18030CutOff : .badGB18030,
                what)
        }
    }

    /// Where reading a text as GB18030 fails: the offset of the first byte it cannot read.
    struct GB18030Failure: Error { let offset: Int }

    /// The text read as GB18030, or where that reading fails.
    static func gb18030Reading(_ body: ArraySlice<UInt8>, file: String)
        throws(InputError) -> Result<String, GB18030Failure> {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else {
            throw InputError(file: file, line: 0, .noGB18030)
        }
        defer { iconv_close(cd) }
        var input = Array(body)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let (failedAt, produced): (Int?, Int) = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr = UnsafeMutableRawPointer(inBuf.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outPtr = UnsafeMutableRawPointer(outBuf.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuf.count, outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if r == -1 || inLeft > 0 { return (inBuf.count - inLeft, outBuf.count - outLeft) }
                // Flush any shift state (none for GB18030, but cheap to be right).
                _ = iconv(cd, nil, nil, &outPtr, &outLeft)
                return (nil, outBuf.count - outLeft)
            }
        }
        if let at = failedAt { return .failure(GB18030Failure(offset: at)) }
        return .success(String(decoding: output[..<produced], as: UTF8.self))
    }

    /// Windows-1252: bytes 0x80–0x9F are its punctuation and letters (`€`, `„`, `Š`), the rest
    /// Latin-1; the five bytes it leaves undefined keep their C1 code points, as browsers read them.
    static func windows1252(_ body: ArraySlice<UInt8>) -> String {
        var out = String.UnicodeScalarView()
        for b in body {
            let v = b >= 0x80 && b <= 0x9F ? cp1252High[Int(b - 0x80)] : UInt32(b)
            out.append(Unicode.Scalar(v == 0 ? UInt32(b) : v)!)
        }
        return String(out)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]

    struct Lone {
        var first: (line: Int, word: String)?
        var count = 0
        var nonASCII = 0
    }

    /// Han characters standing alone between two ASCII letters (`J黵gen`), and how many
    /// characters are not ASCII at all.
    static func loneHan(_ text: String) -> Lone {
        lone(text) { prev, c, next in
            isHan(c) && isASCIILetter(prev) && isASCIILetter(next)
        }
    }

    /// Non-ASCII letters with an ASCII letter before them and no other non-ASCII character
    /// beside them (`Müller`, `Groß`).
    static func loneLatin(_ text: String) -> Lone {
        lone(text) { prev, c, next in
            c.properties.isAlphabetic && c.value < 0x250 && isASCIILetter(prev)
                && (next.map { $0.isASCII } ?? true)
        }
    }

    private static func isASCIILetter(_ u: Unicode.Scalar?) -> Bool {
        guard let u, u.isASCII else { return false }
        return (0x41...0x5A).contains(u.value) || (0x61...0x7A).contains(u.value)
    }

    private static func lone(
        _ text: String, _ test: (Unicode.Scalar?, Unicode.Scalar, Unicode.Scalar?) -> Bool
    ) -> Lone {
        var out = Lone()
        let u = Array(text.unicodeScalars)
        var line = 1
        for i in u.indices {
            let c = u[i]
            if c == "\n" { line += 1; continue }
            guard !c.isASCII else { continue }
            out.nonASCII += 1
            guard test(i > 0 ? u[i - 1] : nil, c, i + 1 < u.count ? u[i + 1] : nil) else { continue }
            out.count += 1
            if out.first == nil {
                var a = i, b = i + 1
                while a > 0, !isBreak(u[a - 1]) { a -= 1 }
                while b < u.count, !isBreak(u[b]) { b += 1 }
                out.first = (line, String(String.UnicodeScalarView(u[a..<b])))
            }
        }
        return out
    }

    private static func isBreak(_ u: Unicode.Scalar) -> Bool {
        u == "," || u == ";" || u == "\t" || u == "\n" || u == "\r" || u == "\"" || u == " "
    }

    /// The word of `text`'s line `line` that a garbled reading's `garbled` word stood for: the
    /// first word of that line holding a non-ASCII letter and starting as `garbled` does.
    static func word(in text: String, line: Int, near garbled: String) -> String {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return garbled }
        let words = lines[line - 1].split(whereSeparator: isBreak).map { String(String.UnicodeScalarView($0)) }
        return words.first { w in !w.unicodeScalars.allSatisfy(\.isASCII) && w.first == garbled.first } ?? garbled
    }

    static func hex(_ b: UInt8) -> String {
        let s = String(b, radix: 16, uppercase: true)
        return s.count == 1 ? "0" + s : s
    }

    /// PlanningCore's `TextFolding.isHan` (Han, compatibility ideographs, the name dots), which
    /// Codecs cannot see; a test holds the two to the same answer for every scalar.
    static func isHan(_ u: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(u.value) || (0x20000...0x3134F).contains(u.value)
            || (0xF900...0xFAFF).contains(u.value) || u.value == 0x00B7 || u.value == 0x30FB
    }
}
