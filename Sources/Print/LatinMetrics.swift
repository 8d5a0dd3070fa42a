/// Helvetica's advance widths (Adobe's AFM, thousandths of the size) for WinAnsiEncoding:
/// ASCII, and the Latin-1 letters by the letter they are built on, so layout can centre and
/// fit names set in it.
enum LatinMetrics {
    /// ASCII 0x20–0x7E.
    static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]

    /// ASCII and Latin-1 (U+00A0–U+00FF): what WinAnsiEncoding has at the same codes.
    static func covers(_ s: Unicode.Scalar) -> Bool {
        (0x20...0x7E).contains(s.value) || (0xA0...0xFF).contains(s.value)
    }

    static func code(_ s: Unicode.Scalar) -> UInt8 { covers(s) ? UInt8(s.value) : 0x3F }

    static func width(_ s: Unicode.Scalar) -> Double {
        let v = Int(s.value)
        if (0x20...0x7E).contains(v) { return Double(ascii[v - 0x20]) / 1000 }
        switch v {
        case 0xC0...0xC5, 0xC8...0xCB, 0xDD: return 0.667
        case 0xC6: return 1.0
        case 0xC7, 0xD0, 0xD1, 0xD9...0xDC: return 0.722
        case 0xCC...0xCF, 0xEC...0xEF: return 0.278
        case 0xD2...0xD6, 0xD8: return 0.778
        case 0xDF: return 0.611
        case 0xE6: return 0.889
        case 0xD7: return 0.584
        default: return 0.556
        }
    }
}
