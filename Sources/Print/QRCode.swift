/// A QR code (ISO/IEC 18004, model 2) holding bytes: byte mode, error correction level M, the
/// smallest version that holds them. Level M because badges get bent, scuffed and scanned off
/// phone screens at the desk; it restores about 15 % of the symbol.
public struct QRCode: Sendable, Equatable {
    public let version: Int
    /// Modules per side, without the quiet zone (4 modules a reader needs around it).
    public let size: Int
    /// Row-major, true for dark.
    public private(set) var modules: [Bool]

    public enum Failure: Error, Equatable { case tooLong(bytes: Int) }

    public func isDark(row: Int, column: Int) -> Bool { modules[row * size + column] }

    public init(text: String) throws(Failure) { try self.init(bytes: Array(text.utf8)) }

    public init(bytes: [UInt8]) throws(Failure) {
        guard let version = QRCode.version(forBytes: bytes.count) else { throw .tooLong(bytes: bytes.count) }
        self.version = version
        size = version * 4 + 17
        modules = []
        var symbol = Symbol(version: version)
        let codewords = QRCode.interleaved(QRCode.dataCodewords(bytes, version: version), version: version)
        symbol.place(codewords)
        let candidates = (0..<8).map { symbol.masked($0) }.map { (penalty: $0.penalty, dark: $0.dark) }
        modules = candidates.min { $0.penalty < $1.penalty }!.dark
    }

    // MARK: capacity (level M)

    /// Error-correction codewords per block and blocks, by version (ISO/IEC 18004 table 9, level M).
    static let eccPerBlock = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
                              26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28]
    static let blocks = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
                         17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49]

    /// Modules left for codewords once the function patterns are drawn.
    static func rawModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let align = version / 7 + 2
            result -= (25 * align - 10) * align - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    static func dataCapacity(_ version: Int) -> Int {
        rawModules(version) / 8 - eccPerBlock[version - 1] * blocks[version - 1]
    }

    static func countBits(_ version: Int) -> Int { version <= 9 ? 8 : 16 }

    /// The smallest version holding `count` bytes, nil past version 40 (2,331 bytes).
    public static func version(forBytes count: Int) -> Int? {
        (1...40).first { fits(count, version: $0) }
    }

    static func fits(_ count: Int, version: Int) -> Bool {
        4 + countBits(version) + count * 8 <= dataCapacity(version) * 8
    }

    // MARK: codewords

    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits = BitBuffer()
        bits.append(0b0100, 4)
        bits.append(bytes.count, countBits(version))
        for byte in bytes { bits.append(Int(byte), 8) }
        let capacity = dataCapacity(version) * 8
        bits.append(0, min(4, capacity - bits.count))
        bits.append(0, (8 - bits.count % 8) % 8)
        var out = bits.bytes
        var pad: UInt8 = 0xEC
        while out.count < capacity / 8 {
            out.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return out
    }

    /// The data split into blocks (the short ones first), each with its Reed-Solomon codewords,
    /// then read column by column across the blocks, data before error correction.
    static func interleaved(_ data: [UInt8], version: Int) -> [UInt8] {
        let count = blocks[version - 1], ecc = eccPerBlock[version - 1]
        let raw = rawModules(version) / 8
        let short = count - raw % count, shortData = raw / count - ecc
        var parts: [[UInt8]] = [], start = 0
        for index in 0..<count {
            let length = shortData + (index < short ? 0 : 1)
            parts.append(Array(data[start..<start + length]))
            start += length
        }
        let generator = ReedSolomon.generator(degree: ecc)
        let corrections = parts.map { ReedSolomon.remainder($0, generator) }
        var out: [UInt8] = []
        out.reserveCapacity(raw)
        for column in 0...shortData {
            for part in parts where column < part.count { out.append(part[column]) }
        }
        for column in 0..<ecc {
            for correction in corrections { out.append(correction[column]) }
        }
        return out
    }
}

struct BitBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    mutating func append(_ value: Int, _ length: Int) {
        guard length > 0 else { return }
        for shift in stride(from: length - 1, through: 0, by: -1) {
            if count % 8 == 0 { bytes.append(0) }
            if (value >> shift) & 1 == 1 { bytes[count / 8] |= 0x80 >> UInt8(count % 8) }
            count += 1
        }
    }
}

/// Reed-Solomon over GF(2⁸) with the QR polynomial x⁸+x⁴+x³+x²+1.
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product = 0
        for bit in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= Int((y >> UInt8(bit)) & 1) * Int(x)
        }
        return UInt8(product & 0xFF)
    }

    /// Coefficients of ∏(x − αⁱ), i < degree, highest power first, the leading 1 left out.
    static func generator(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], _ generator: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in result.indices { result[index] ^= multiply(generator[index], factor) }
        }
        return result
    }
}
