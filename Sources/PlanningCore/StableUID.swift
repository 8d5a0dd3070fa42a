/// UUID-shaped identifiers derived from names, so an event file without `uuid` fields gets the
/// same identifiers every time it is loaded (exports stay stable across re-loads).
public enum StableUID {
    public static func make(_ parts: String...) -> String {
        let text = parts.joined(separator: "\u{1F}")
        var a: UInt64 = 0xcbf29ce484222325, b: UInt64 = 0x84222325cbf29ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100000001b3
            b = (b ^ UInt64(byte)) &* 0x100000001b3 &+ 0x9e3779b97f4a7c15
        }
        a = mix(a)
        b = mix(b ^ a)
        // Version 8 (custom), RFC 9562 variant.
        a = (a & ~0xF000) | 0x8000
        b = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let h = hex16(a) + hex16(b)
        let c = Array(h)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-"
            + String(c[16..<20]) + "-" + String(c[20..<32])
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

    private static func hex16(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
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
