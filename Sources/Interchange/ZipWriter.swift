import CZlib

/// A ZIP archive built in memory, entries stored or deflated, every time field fixed (1 January
/// 2026, 00:00), so the same parts always make the same bytes.
public struct ZipWriter {
    private var out: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    public init() {}

    /// `level` 0 stores the part; 1–9 deflate it (1, the fastest, is what a workbook of 100,000
    /// rows can afford to stay under a second).
    public mutating func add(_ name: String, _ data: [UInt8], level: Int32 = 0) {
        let crc = UInt32(data.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) })
        let nameBytes = Array(name.utf8)
        let offset = out.count
        let packed = level > 0 ? Self.deflate(data, level: level) : nil
        let body = packed ?? data
        // Version 2.0, flag 0x800 (names are UTF-8), DOS time 00:00 and date 2026-01-01.
        let common = le(20, 2) + le(0x800, 2) + le(packed == nil ? 0 : 8, 2) + le(0, 2)
            + le((2026 - 1980) << 9 | 1 << 5 | 1, 2) + le(Int(crc), 4) + le(body.count, 4) + le(data.count, 4)
            + le(nameBytes.count, 2) + le(0, 2)
        out += [0x50, 0x4B, 3, 4] + common + nameBytes
        out += body
        central += [0x50, 0x4B, 1, 2] + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4)
            + le(offset, 4) + nameBytes
        count += 1
    }

    public func finish() -> [UInt8] {
        out + central + [0x50, 0x4B, 5, 6] + le(0, 2) + le(0, 2) + le(count, 2) + le(count, 2)
            + le(central.count, 4) + le(out.count, 4) + le(0, 2)
    }

    /// Raw deflate in one call into a buffer zlib says is always large enough; nil if zlib fails,
    /// and the part is stored instead.
    static func deflate(_ data: [UInt8], level: Int32) -> [UInt8]? {
        var stream = z_stream()
        guard confplan_deflate_init_raw(&stream, level) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))))
        let rc: Int32 = data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard rc == Z_STREAM_END else { return nil }
        out.removeSubrange(Int(stream.total_out)...)
        return out
    }

    private func le(_ v: Int, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
}
