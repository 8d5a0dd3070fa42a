/// A forward scan over the bytes of one XML part, tag by tag, with no tree: a 100,000-row sheet
/// is tens of megabytes, and a workbook reader needs only its cells in order. It checks what
/// makes a part readable (tags nest and close, attributes are quoted, entities are known) and
/// refuses a DOCTYPE, so no entity can expand.
public struct XMLScan {
    public enum Token {
        /// A start tag (its local name, without a prefix, and where its attributes lie);
        /// `empty` for `<x/>`.
        case start(name: Range<Int>, attributes: Range<Int>, empty: Bool)
        case end(name: Range<Int>)
        /// Character data as it stands in the part (entities not yet decoded), or a CDATA section.
        case text(Range<Int>, cdata: Bool)
    }

    public struct Malformed: Error { public var what: String; public var at: Int }

    public let bytes: [UInt8]
    public private(set) var at = 0
    /// Where this scan stops: the end of the part, or (for one half of a sheet read on two
    /// cores) the start of a tag in it.
    public let end: Int
    /// The elements open where the scan is, outermost first.
    public private(set) var open: [Range<Int>] = []

    public init(_ bytes: [UInt8], from start: Int = 0, upTo end: Int? = nil, open: [Range<Int>] = []) {
        self.bytes = bytes
        self.end = end ?? bytes.count
        self.open = open
        at = start
        // A byte-order mark before the declaration.
        if start == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
    }

    public mutating func next() throws(Malformed) -> Token? {
        guard at < end else {
            if !open.isEmpty && end == bytes.count {
                throw Malformed(what: "it ends inside <\(text(open.last!))>", at: at)
            }
            return nil
        }
        // Text and tags are walked through a pointer: indexing the array checked every byte and
        // held a reference to it for every tag, and a 100,000-row sheet has millions of them.
        let (start, at, end) = (self.at, self.at, self.end)
        if bytes[at] != 0x3C {  // text up to the next tag
            self.at = bytes.withUnsafeBufferPointer { b in
                var i = at
                while i < end && b[i] != 0x3C { i += 1 }
                return i
            }
            return .text(start..<self.at, cdata: false)
        }
        guard at + 1 < bytes.count else { throw Malformed(what: "a tag is cut off", at: at) }
        switch bytes[at + 1] {
        case 0x3F:  // <? … ?>
            self.at = try find([0x3F, 0x3E], from: at + 2, what: "a processing instruction") + 2
            return try next()
        case 0x21:  // <!-- … -->, <![CDATA[ … ]]>, <!DOCTYPE
            if bytes[at...].starts(with: Array("<!--".utf8)) {
                self.at = try find(Array("-->".utf8), from: at + 4, what: "a comment") + 3
                return try next()
            }
            if bytes[at...].starts(with: Array("<![CDATA[".utf8)) {
                let start = at + 9
                let end = try find(Array("]]>".utf8), from: start, what: "a CDATA section")
                self.at = end + 3
                return .text(start..<end, cdata: true)
            }
            throw Malformed(what: "a DOCTYPE or declaration, which a workbook never has", at: at)
        case 0x2F:  // </name>
            let name = self.name(from: at + 2)
            var i = name.upperBound
            while i < bytes.count && isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count, bytes[i] == 0x3E else { throw Malformed(what: "an end tag is broken", at: at) }
            guard let top = open.popLast(), same(top, name) else {
                throw Malformed(what: "</\(text(name))> closes nothing open", at: at)
            }
            self.at = i + 1
            return .end(name: local(name))
        default:
            let name = self.name(from: at + 1)
            guard !name.isEmpty else { throw Malformed(what: "a tag has no name", at: at) }
            let (i, quote) = bytes.withUnsafeBufferPointer { b in
                var i = name.upperBound
                var quote: UInt8 = 0
                while i < b.count {
                    let c = b[i]
                    if quote != 0 {
                        if c == quote { quote = 0 } else if c == 0x3C { break }
                    } else if c == 0x22 || c == 0x27 {
                        quote = c
                    } else if c == 0x3E {
                        break
                    }
                    i += 1
                }
                return (i, quote)
            }
            guard i < bytes.count, bytes[i] == 0x3E, quote == 0 else {
                throw Malformed(what: "a tag is not closed", at: at)
            }
            let empty = bytes[i - 1] == 0x2F
            let attributes = name.upperBound..<(empty ? i - 1 : i)
            self.at = i + 1
            if !empty { open.append(name) }
            return .start(name: local(name), attributes: attributes, empty: empty)
        }
    }

    /// Just after the start tag of `element`, the innermost open one: when exactly `opening`,
    /// one run of text and `closing` follow, `closing` ending with `element`'s end tag (`<v>`,
    /// text, `</v></c>`), the text's range as it stands, and the scan past it all. Nil, and the
    /// scan unmoved, for anything else (an attribute, white space, a comment, a nested run): the
    /// caller reads that token by token. A sheet's million cells are nearly all the first kind,
    /// and seven tokens a cell were most of reading one.
    public mutating func text(between opening: StaticString, _ closing: StaticString,
                              closing element: StaticString) -> Range<Int>? {
        guard let top = open.last, equals(top, element) else { return nil }
        let (at, end) = (self.at, self.end)
        let found = bytes.withUnsafeBufferPointer { b -> Range<Int>? in
            func matches(_ s: StaticString, _ i: Int) -> Bool {
                let n = s.utf8CodeUnitCount
                guard i + n <= end else { return false }
                let p = s.utf8Start
                for k in 0..<n where b[i + k] != p[k] { return false }
                return true
            }
            guard matches(opening, at) else { return nil }
            let start = at + opening.utf8CodeUnitCount
            var i = start
            while i < end && b[i] != 0x3C { i += 1 }
            guard matches(closing, i) else { return nil }
            return start..<i
        }
        guard let found else { return nil }
        open.removeLast()
        self.at = found.upperBound + closing.utf8CodeUnitCount
        return found
    }

    /// The value of an attribute by local name, decoded.
    public func attribute(_ wanted: StaticString, in range: Range<Int>) throws(Malformed) -> String? {
        try attributeRange(wanted, in: range).map { r throws(Malformed) in try decoded(r) }
    }

    public func attributeRange(_ wanted: StaticString, in range: Range<Int>) throws(Malformed) -> Range<Int>? {
        var found: Range<Int>?
        try attributes(in: range) { name, value in
            if found == nil && equals(name, wanted) { found = value }
        }
        return found
    }

    /// Each attribute's local name and value (not decoded), in one pass over the tag.
    public func attributes(in range: Range<Int>, _ each: (Range<Int>, Range<Int>) -> Void) throws(Malformed) {
        try attributes(in: range) { _, name, value in each(name, value) }
    }

    /// The same, with the part's bytes to read them from where they lie: reading them from the
    /// array in the closure held and let go of it for every attribute of a million cells.
    public func attributes(in range: Range<Int>,
                           _ each: (UnsafeBufferPointer<UInt8>, Range<Int>, Range<Int>) -> Void) throws(Malformed) {
        try bytes.withUnsafeBufferPointer { b throws(Malformed) in
            var i = range.lowerBound
            while i < range.upperBound {
                while i < range.upperBound && isSpace(b[i]) { i += 1 }
                guard i < range.upperBound else { return }
                let n = name(from: i, in: b)
                guard !n.isEmpty else { throw Malformed(what: "an attribute has no name", at: i) }
                var j = n.upperBound
                while j < range.upperBound && isSpace(b[j]) { j += 1 }
                guard j < range.upperBound, b[j] == 0x3D else {
                    throw Malformed(what: "an attribute has no value", at: i)
                }
                j += 1
                while j < range.upperBound && isSpace(b[j]) { j += 1 }
                guard j < range.upperBound, b[j] == 0x22 || b[j] == 0x27 else {
                    throw Malformed(what: "an attribute value is not quoted", at: j)
                }
                let quote = b[j]
                var k = j + 1
                while k < range.upperBound && b[k] != quote { k += 1 }
                guard k < range.upperBound else { throw Malformed(what: "an attribute value is not closed", at: j) }
                each(b, local(n, in: b), (j + 1)..<k)
                i = k + 1
            }
        }
    }

    /// Text with its entity and character references replaced.
    public func decoded(_ r: Range<Int>) throws(Malformed) -> String {
        let b = bytes
        guard b[r].contains(0x26) else { return String(decoding: b[r], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        var i = r.lowerBound
        while i < r.upperBound {
            guard b[i] == 0x26 else { out.append(b[i]); i += 1; continue }
            var j = i + 1
            while j < r.upperBound && b[j] != 0x3B && j - i < 12 { j += 1 }
            guard j < r.upperBound, b[j] == 0x3B else { throw Malformed(what: "an & starts no reference", at: i) }
            let ref = String(decoding: b[(i + 1)..<j], as: UTF8.self)
            switch ref {
            case "lt": out.append(0x3C)
            case "gt": out.append(0x3E)
            case "amp": out.append(0x26)
            case "quot": out.append(0x22)
            case "apos": out.append(0x27)
            default:
                let hex = ref.hasPrefix("#x") || ref.hasPrefix("#X")
                guard ref.hasPrefix("#"), let n = UInt32(ref.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                      let scalar = Unicode.Scalar(n)
                else { throw Malformed(what: "unknown reference &\(ref);", at: i) }
                out += Array(String(Character(scalar)).utf8)
            }
            i = j + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func equals(_ r: Range<Int>, _ s: StaticString) -> Bool {
        guard r.count == s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        return bytes.withUnsafeBufferPointer { b in
            for k in 0..<r.count where b[r.lowerBound + k] != p[k] { return false }
            return true
        }
    }

    /// Whether the bytes at `a` and `b` are the same (an end tag's name and its start tag's).
    private func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && bytes.withUnsafeBufferPointer { p in
            for k in 0..<a.count where p[a.lowerBound + k] != p[b.lowerBound + k] { return false }
            return true
        }
    }

    public func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }

    /// Digits as a whole number (a row number, a style, a string's index), nil for anything else.
    public func int(_ r: Range<Int>) -> Int? { Self.int(bytes, r) }

    /// The same of the digits at `r` in `bytes`.
    public static func int(_ bytes: [UInt8], _ r: Range<Int>) -> Int? {
        bytes.withUnsafeBufferPointer { int($0, r) }
    }

    public static func int(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        guard !r.isEmpty, r.count < 16 else { return nil }
        var n = 0
        for i in r {
            let d = bytes[i] &- 0x30
            guard d < 10 else { return nil }
            n = n * 10 + Int(d)
        }
        return n
    }

    private func name(from start: Int) -> Range<Int> {
        bytes.withUnsafeBufferPointer { name(from: start, in: $0) }
    }

    private func name(from start: Int, in b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var i = start
        while i < b.count {
            let c = b[i]
            if isSpace(c) || c == 0x3E || c == 0x2F || c == 0x3D { break }
            i += 1
        }
        return start..<i
    }

    private func local(_ r: Range<Int>) -> Range<Int> {
        bytes.withUnsafeBufferPointer { local(r, in: $0) }
    }

    private func local(_ r: Range<Int>, in b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var i = r.upperBound - 1
        while i >= r.lowerBound {
            if b[i] == 0x3A { return (i + 1)..<r.upperBound }
            i -= 1
        }
        return r
    }

    private func find(_ needle: [UInt8], from: Int, what: String) throws(Malformed) -> Int {
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        throw Malformed(what: "\(what) is not closed", at: from)
    }

    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
}
