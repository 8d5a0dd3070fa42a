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
        let nameBytes = Array(name.utf8)
        let offset = out.count
        let (crc, packed) = Self.pack(data, level: level)
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

    /// The CRC and the deflated bytes (nil: stored). A large part (a sheet of 100,000 rows is
    /// 60 MB) is deflated in two halves at once, as pigz does: the first ends with a full flush,
    /// on a byte boundary and not final, and the second starts afresh, so the two together are
    /// one valid stream, the same bytes every time.
    static func pack(_ data: [UInt8], level: Int32) -> (crc: UInt32, packed: [UInt8]?) {
        func crc(_ b: UnsafeBufferPointer<UInt8>) -> uLong { crc32(0, b.baseAddress, uInt(b.count)) }
        guard level > 0 else { return (UInt32(data.withUnsafeBufferPointer(crc)), nil) }
        guard data.count > 4 << 20 else {
            return (UInt32(data.withUnsafeBufferPointer(crc)), deflate(data[...], level: level, last: true))
        }
        let middle = data.count / 2
        let (a, b) = BothHalves.run({
            (data[..<middle].withUnsafeBufferPointer(crc), deflate(data[..<middle], level: level, last: false))
        }, {
            (data[middle...].withUnsafeBufferPointer(crc), deflate(data[middle...], level: level, last: true))
        })
        let whole = UInt32(crc32_combine(a.0, b.0, off_t(data.count - middle)))
        guard let first = a.1, let second = b.1 else { return (whole, nil) }
        return (whole, first + second)
    }

    /// Raw deflate in one call into a buffer zlib says is always large enough; nil if zlib fails,
    /// and the part is stored instead.
    static func deflate(_ data: ArraySlice<UInt8>, level: Int32, last: Bool) -> [UInt8]? {
        var stream = z_stream()
        guard confplan_deflate_init_raw(&stream, level) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        // Left uninitialised: the bound is the size of the input, and the pages past what deflate
        // writes are never touched, so they cost no memory.
        var rc: Int32 = Z_STREAM_ERROR
        let bound = Int(deflateBound(&stream, uLong(data.count))) + 16
        let out = [UInt8](unsafeUninitializedCapacity: bound) { output, n in
            rc = data.withUnsafeBufferPointer { input in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                return CZlib.deflate(&stream, last ? Z_FINISH : Z_FULL_FLUSH)
            }
            n = Int(stream.total_out)
        }
        guard rc == (last ? Z_STREAM_END : Z_OK), stream.avail_in == 0 else { return nil }
        return out
    }

    private func le(_ v: Int, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
}
