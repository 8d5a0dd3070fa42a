import CZlib

/// A ZIP archive built in memory, entries stored or deflated, every time field fixed (1 January
/// 2026, 00:00), so the same parts always make the same bytes.
public struct ZipWriter {
    private var out: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    public init() {}

    /// A part deflated ahead, perhaps in pieces: its CRC, its size, and the deflated bytes
    /// (nil when zlib failed and the part is kept as it is, stored).
    public struct Packed: Sendable {
        var crc: uLong
        var size: Int
        var deflated: [UInt8]?
        var plain: [UInt8]?

        /// One piece; `last` ends the stream, any other ends with a full flush, on a byte
        /// boundary, so the next piece can follow it.
        public init(_ data: [UInt8], level: Int32, last: Bool) {
            crc = data.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
            size = data.count
            deflated = ZipWriter.deflate(data[...], level: level, last: last)
            plain = deflated == nil ? data : nil
        }

        private init(crc: uLong, size: Int, deflated: [UInt8]?, plain: [UInt8]?) {
            (self.crc, self.size, self.deflated, self.plain) = (crc, size, deflated, plain)
        }

        /// Pieces in order as one part: their streams joined, their CRCs combined.
        public static func joined(_ pieces: [Packed]) -> Packed {
            var crc: uLong = 0, size = 0
            for p in pieces {
                crc = size == 0 ? p.crc : crc32_combine(crc, p.crc, off_t(p.size))
                size += p.size
            }
            if pieces.allSatisfy({ $0.deflated != nil }) {
                var out: [UInt8] = []
                out.reserveCapacity(pieces.reduce(0) { $0 + $1.deflated!.count })
                for p in pieces { out += p.deflated! }
                return Packed(crc: crc, size: size, deflated: out, plain: nil)
            }
            // A piece zlib could not deflate: the part is stored whole instead.
            var plain: [UInt8] = []
            for p in pieces { plain += p.plain ?? ZipWriter.inflateRaw(p.deflated!, size: p.size) }
            return Packed(crc: crc, size: size, deflated: nil, plain: plain)
        }
    }

    /// `level` 0 stores the part; 1–9 deflate it (1, the fastest, is what a workbook of 100,000
    /// rows can afford to stay under a second).
    public mutating func add(_ name: String, _ data: [UInt8], level: Int32 = 0) {
        let (crc, packed) = Self.pack(data, level: level)
        add(name, crc: crc, size: data.count, body: packed ?? data, deflated: packed != nil)
    }

    public mutating func add(_ name: String, packed p: Packed) {
        add(name, crc: UInt32(p.crc), size: p.size, body: p.deflated ?? p.plain ?? [], deflated: p.deflated != nil)
    }

    private mutating func add(_ name: String, crc: UInt32, size: Int, body: [UInt8], deflated: Bool) {
        let nameBytes = Array(name.utf8)
        let offset = out.count
        // Version 2.0, flag 0x800 (names are UTF-8), DOS time 00:00 and date 2026-01-01.
        let common = le(20, 2) + le(0x800, 2) + le(deflated ? 8 : 0, 2) + le(0, 2)
            + le((2026 - 1980) << 9 | 1 << 5 | 1, 2) + le(Int(crc), 4) + le(body.count, 4) + le(size, 4)
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

    /// The CRC and the deflated bytes (nil: stored).
    static func pack(_ data: [UInt8], level: Int32) -> (crc: UInt32, packed: [UInt8]?) {
        let crc = UInt32(data.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) })
        return (crc, level > 0 ? deflate(data[...], level: level, last: true) : nil)
    }

    /// A piece deflated here back to its bytes (only when a later piece could not be deflated).
    static func inflateRaw(_ data: [UInt8], size: Int) -> [UInt8] {
        var stream = z_stream()
        guard confplan_inflate_init_raw(&stream) == Z_OK else { return [] }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: size)
        _ = data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                return CZlib.inflate(&stream, Z_SYNC_FLUSH)
            }
        }
        return out
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
