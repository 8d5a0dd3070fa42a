import CZlib

/// A ZIP archive built in memory, entries stored as given, every time field fixed (1 January
/// 2026, 00:00), so the same parts always make the same bytes.
public struct ZipWriter {
    private var out: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    public init() {}

    public mutating func add(_ name: String, _ data: [UInt8]) {
        let crc = UInt32(data.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) })
        let nameBytes = Array(name.utf8)
        let offset = out.count
        // Version 2.0, flag 0x800 (names are UTF-8), stored, DOS time 00:00 and date 2026-01-01.
        let common = le(20, 2) + le(0x800, 2) + le(0, 2) + le(0, 2) + le((2026 - 1980) << 9 | 1 << 5 | 1, 2)
            + le(Int(crc), 4) + le(data.count, 4) + le(data.count, 4) + le(nameBytes.count, 2) + le(0, 2)
        out += [0x50, 0x4B, 3, 4] + common + nameBytes + data
        central += [0x50, 0x4B, 1, 2] + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4)
            + le(offset, 4) + nameBytes
        count += 1
    }

    public func finish() -> [UInt8] {
        out + central + [0x50, 0x4B, 5, 6] + le(0, 2) + le(0, 2) + le(count, 2) + le(count, 2)
            + le(central.count, 4) + le(out.count, 4) + le(0, 2)
    }

    private func le(_ v: Int, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
}
