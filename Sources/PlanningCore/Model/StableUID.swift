/// UUID-shaped identifiers derived from names, so an event file without `uuid` fields gets the
/// same identifiers every time it is loaded (exports stay stable across re-loads).
public enum StableUID {
    public static func make(_ parts: String...) -> String {
        let (a, b) = hash(parts.joined(separator: "\u{1F}"))
        return format(a, b)
    }

    /// Identifiers for numbered members of one family (people imported into an event): a hash of
    /// the family in the high bits and the number in the low ones. Stable like `make`, and
    /// increasing with the number, so a database index takes 100,000 of them as appends
    /// instead of inserts scattered over the whole tree.
    public static func sequential(_ family: String, _ kind: String, _ number: Int) -> String {
        Family(family, kind).uid(number)
    }

    /// One family's hash, taken once for all its members.
    public struct Family: Sendable {
        let a: UInt64, b: UInt64

        public init(_ family: String, _ kind: String) { (a, b) = StableUID.hash(family + "\u{1F}" + kind) }

        public func uid(_ number: Int) -> String {
            withUnsafeBytes(of: words(number)) { unpacked($0) }
        }

        /// The 16 bytes `StableUID.pack` makes of `uid(number)`, appended to `out` without the text.
        public func appendPacked(_ number: Int, to out: inout [UInt8]) {
            let (a, b) = words(number)
            withUnsafeBytes(of: a) { out.append(contentsOf: $0) }
            withUnsafeBytes(of: b) { out.append(contentsOf: $0) }
        }

        /// The number whose `uid` this is, when it is one of the family's (its first ten bytes
        /// are the family's, the last six the number).
        public func number(of uid: String) -> Int? {
            guard let packed = StableUID.packed(uid),
                  withUnsafeBytes(of: words(0), { packed.prefix(10).elementsEqual($0.prefix(10)) })
            else { return nil }
            return packed[10...].reduce(0) { $0 << 8 | Int($1) }
        }

        /// The text of `uid(number)` appended to `out`.
        public func appendUID(_ number: Int, to out: inout [UInt8]) {
            withUnsafeBytes(of: words(number)) { append($0, to: &out) }
        }

        private func words(_ number: Int) -> (UInt64, UInt64) {
            StableUID.words(
                a, (b & 0xFFFF_0000_0000_0000) | (UInt64(truncatingIfNeeded: number) & 0x0000_FFFF_FFFF_FFFF))
        }
    }

    fileprivate static func hash(_ text: String) -> (UInt64, UInt64) {
        var a: UInt64 = 0xcbf29ce484222325, b: UInt64 = 0x84222325cbf29ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100000001b3
            b = (b ^ UInt64(byte)) &* 0x100000001b3 &+ 0x9e3779b97f4a7c15
        }
        a = mix(a)
        b = mix(b ^ a)
        return (a, b)
    }

    fileprivate static func format(_ a: UInt64, _ b: UInt64) -> String {
        withUnsafeBytes(of: words(a, b)) { unpacked($0) }
    }

    /// The 16 bytes of the UUID made of two hashes, in the order they are written.
    fileprivate static func words(_ a0: UInt64, _ b0: UInt64) -> (UInt64, UInt64) {
        // Version 8 (custom), RFC 9562 variant.
        let a = (a0 & ~0xF000) | 0x8000
        let b = (b0 & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        return (a.bigEndian, b.bigEndian)
    }

    private static func mix(_ x0: UInt64) -> UInt64 {
        var x = x0
        x ^= x >> 33
        x = x &* 0xff51afd7ed558ccd
        x ^= x >> 33
        x = x &* 0xc4ceb9fe1a85ec53
        x ^= x >> 33
        return x
    }


    /// The 16 bytes of a UUID written in the lower-case 8-4-4-4-12 form, or nil for any other
    /// text (which must be kept as it was written, so it is not packed).
    public static func packed(_ uid: String) -> [UInt8]? {
        var out: [UInt8] = []
        return pack(uid, into: &out) ? out : nil
    }

    /// Appends the 16 bytes of `uid` to `out` when it is a UUID in the usual form; otherwise
    /// leaves `out` as it was and says so. (Straight into a caller's buffer: an import packs
    /// 100,000 of them.)
    public static func pack(_ uid: String, into out: inout [UInt8]) -> Bool {
        var copy = uid
        var words: (UInt64, UInt64) = (0, 0)
        let ok = copy.withUTF8 { c -> Bool in
            guard c.count == 36, c[8] == 0x2D, c[13] == 0x2D, c[18] == 0x2D, c[23] == 0x2D else { return false }
            var w: UInt64 = 0, digits = 0
            for i in 0..<36 where i != 8 && i != 13 && i != 18 && i != 23 {
                let h = c[i]
                let d: UInt8
                switch h {
                case 0x30...0x39: d = h - 0x30
                case 0x61...0x66: d = h - 0x57
                default: return false
                }
                w = w << 4 | UInt64(d)
                digits += 1
                if digits == 16 { words.0 = w; w = 0 }
            }
            words.1 = w
            return true
        }
        guard ok else { return false }
        withUnsafeBytes(of: words.0.bigEndian) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: words.1.bigEndian) { out.append(contentsOf: $0) }
        return true
    }

    /// The lower-case 8-4-4-4-12 text of 16 packed bytes. Hex digits go straight into the 36
    /// bytes of the string: this runs for every person read and every person imported.
    public static func unpacked(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: 36) { write(bytes, into: $0) }
    }

    /// The same text appended to `out`: a list of 100,000 UIDs is one buffer, not 100,000 strings.
    public static func append(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: 36))
        out.withUnsafeMutableBufferPointer { b in
            _ = write(bytes, into: UnsafeMutableBufferPointer(rebasing: b[start..<start + 36]))
        }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        func hex(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x57 + d }
        // Through the base pointers, checked once: an import writes this twice for each new person.
        // (A damaged blob of fewer bytes writes what it has.)
        let n = min(16, bytes.count)
        guard out.count >= 36, let from = bytes.baseAddress, let to = out.baseAddress else { return 0 }
        var k = 0
        for j in 0..<n {
            if j == 4 || j == 6 || j == 8 || j == 10 { to[k] = UInt8(ascii: "-"); k += 1 }
            let b = from.load(fromByteOffset: j, as: UInt8.self)
            to[k] = hex(b >> 4)
            to[k + 1] = hex(b & 0xF)
            k += 2
        }
        return k
    }

    /// Whether text has the 8-4-4-4-12 hex shape of a UUID.
    public static func isUUID(_ s: String) -> Bool {
        let c = Array(s.utf8)
        guard c.count == 36 else { return false }
        for (i, b) in c.enumerated() {
            if [8, 13, 18, 23].contains(i) {
                if b != UInt8(ascii: "-") { return false }
            } else if !((0x30...0x39).contains(b) || (0x61...0x66).contains(b) || (0x41...0x46).contains(b)) {
                return false
            }
        }
        return true
    }
}
