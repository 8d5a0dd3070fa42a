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
        let (a, b) = hash(family + "\u{1F}" + kind)
        return format(a, (b & 0xFFFF_0000_0000_0000) | (UInt64(truncatingIfNeeded: number) & 0x0000_FFFF_FFFF_FFFF))
    }

    private static func hash(_ text: String) -> (UInt64, UInt64) {
        var a: UInt64 = 0xcbf29ce484222325, b: UInt64 = 0x84222325cbf29ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100000001b3
            b = (b ^ UInt64(byte)) &* 0x100000001b3 &+ 0x9e3779b97f4a7c15
        }
        a = mix(a)
        b = mix(b ^ a)
        return (a, b)
    }

    private static func format(_ a0: UInt64, _ b0: UInt64) -> String {
        var a = a0, b = b0
        // Version 8 (custom), RFC 9562 variant.
        a = (a & ~0xF000) | 0x8000
        b = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        // Hex digits straight into the 36 bytes of the 8-4-4-4-12 form: this runs once per
        // imported person, so it avoids building intermediate strings.
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: UInt8(ascii: "-"), count: 36)
        var k = 0
        for (word, count) in [(a, 16), (b, 16)] {
            for j in 0..<count {
                if k == 8 || k == 13 || k == 18 || k == 23 { k += 1 }
                out[k] = digits[Int((word >> UInt64(60 - 4 * j)) & 0xF)]
                k += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
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


    /// Whether text has the 8-4-4-4-12 hex shape of a UUID.
    public static func isUUID(_ s: String) -> Bool {
        let c = Array(s.utf8)
        guard c.count == 36 else { return false }
        for (i, b) in c.enumerated() {
            if [8, 13, 18, 23].contains(i) { if b != UInt8(ascii: "-") { return false } }
            else if !((0x30...0x39).contains(b) || (0x61...0x66).contains(b) || (0x41...0x46).contains(b)) { return false }
        }
        return true
    }
}
