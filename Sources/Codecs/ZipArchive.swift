import CZlib


/// The parts of a ZIP archive (an .xlsx workbook is one), found through its central directory
/// and inflated one at a time on request. Every size the archive claims is checked against the
/// bytes there are, and inflating stops at the size the entry declares and at fixed limits, so a
/// damaged file or a zip bomb is refused with memory bounded by those limits, never exhausted.
public struct ZipArchive {
    public struct Entry: Hashable, Sendable {
        public var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        public var size: Int
        var localHeader: Int
    }

    /// A part larger than any real sheet or string table; and all parts read together.
    public static let maxPartBytes = 256 << 20
    public static let maxTotalBytes = 512 << 20

    public let entries: [Entry]
    private let bytes: [UInt8]
    private let file: String
    private var byName: [String: Int] = [:]
    /// The same by lower-case name: a relationship may spell a part's name in another case than
    /// the archive does (names are compared exactly first).
    private var byLowerName: [String: Int] = [:]

    public init(_ bytes: [UInt8], file: String) throws(InputError) {
        self.bytes = bytes
        self.file = file
        entries = try Self.centralDirectory(bytes, file: file)
        for (i, e) in entries.enumerated() {
            if byName[e.name] == nil { byName[e.name] = i }
            if byLowerName[e.name.lowercased()] == nil { byLowerName[e.name.lowercased()] = i }
        }
    }

    public func entry(_ name: String) -> Entry? { (byName[name] ?? byLowerName[name.lowercased()]).map { entries[$0] } }

    /// The part's bytes, inflated and checked against its CRC.
    public func read(_ name: String) throws(InputError) -> [UInt8] {
        guard let e = entry(name) else { throw damaged("no part \(name)") }
        if e.flags & 1 != 0 { throw InputError(file: file, line: 0, .protectedWorkbook) }
        guard e.size <= Self.maxPartBytes else { throw InputError(file: file, line: 0, .partTooLarge, name) }
        let h = e.localHeader
        guard h >= 0, h + 30 <= bytes.count, u32(h) == 0x0403_4b50 else { throw damaged("\(name): no local header") }
        let start = h + 30 + u16(h + 26) + u16(h + 28)
        guard start + e.compressedSize <= bytes.count else { throw damaged("\(name) is cut off") }
        let out: [UInt8]
        switch e.method {
        case 0:
            guard e.compressedSize == e.size else { throw damaged("\(name): stored sizes differ") }
            out = Array(bytes[start..<(start + e.size)])
        case 8: out = try inflate(name, from: start, count: e.compressedSize, declared: e.size)
        default: throw InputError(file: file, line: 0, .zipMethod, name, "\(e.method)")
        }
        let crc = out.withUnsafeBufferPointer { b in crc32(0, b.baseAddress, uInt(b.count)) }
        guard UInt32(crc) == e.crc else { throw damaged("\(name) fails its CRC check") }
        return out
    }

    /// Inflates into a buffer of the declared size: output beyond it (a part that claims to be
    /// small and is not) is refused at the first byte over, whatever the ratio of the rest.
    private func inflate(_ name: String, from start: Int, count: Int, declared: Int) throws(InputError) -> [UInt8] {
        var stream = z_stream()
        guard confplan_inflate_init_raw(&stream) == Z_OK else { throw damaged("zlib could not start") }
        defer { inflateEnd(&stream) }
        var rc: Int32 = Z_OK
        // Left uninitialised for zlib to fill: zeroing a sheet's tens of megabytes first was a fifth
        // of taking it out of the archive. The array holds only what zlib wrote.
        let out = [UInt8](unsafeUninitializedCapacity: declared + 1) { output, initialized in
            rc = bytes.withUnsafeBufferPointer { input in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
                stream.avail_in = uInt(count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(declared + 1)
                return CZlib.inflate(&stream, Z_FINISH)
            }
            initialized = Int(stream.total_out)
        }
        let produced = out.count
        if produced > declared { throw InputError(file: file, line: 0, .zipBomb, name, "\(declared)") }
        guard rc == Z_STREAM_END else { throw damaged("\(name) does not inflate (zlib \(rc))") }
        guard produced == declared else { throw damaged("\(name) is shorter than it says") }
        return out
    }

    private func damaged(_ what: String) -> InputError { Self.damaged(what, file) }
    private func u16(_ i: Int) -> Int { Self.le(bytes, i, 2) }
    private func u32(_ i: Int) -> Int { Self.le(bytes, i, 4) }

    /// A little-endian number of `n` bytes at `i`, as every ZIP field is.
    private static func le(_ b: [UInt8], _ i: Int, _ n: Int) -> Int {
        (0..<n).reduce(0) { $0 | Int(b[i + $1]) << (8 * $1) }
    }

    private static func damaged(_ what: String, _ file: String) -> InputError {
        InputError(file: file, line: 0, .damagedZip, what)
    }

    // MARK: the central directory

    private static func centralDirectory(_ b: [UInt8], file: String) throws(InputError) -> [Entry] {
        func u16(_ i: Int) -> Int { le(b, i, 2) }
        func u32(_ i: Int) -> Int { le(b, i, 4) }
        func u64(_ i: Int) -> Int { le(b, i, 8) }
        func damaged(_ what: String) -> InputError { Self.damaged(what, file) }
        if b.count >= 8, b[0..<8] == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            throw InputError(file: file, line: 0, .compoundDocument)
        }
        guard b.count >= 22, b[0] == 0x50, b[1] == 0x4B else { throw InputError(file: file, line: 0, .notZip) }
        // The end record is the last thing in the file, after a comment of at most 65,535 bytes.
        var eocd = -1
        var i = b.count - 22
        while i >= max(0, b.count - 22 - 65_535) {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 5, b[i + 3] == 6 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw damaged("no end of central directory (cut off?)") }
        var count = u16(eocd + 10), size = u32(eocd + 12), offset = u32(eocd + 16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            let locator = eocd - 20
            guard locator >= 0, u32(locator) == 0x0706_4b50 else { throw damaged("ZIP64 locator missing") }
            let record = u64(locator + 8)
            guard record >= 0, record + 56 <= b.count, u32(record) == 0x0606_4b50 else {
                throw damaged("ZIP64 end record missing")
            }
            count = u64(record + 32)
            size = u64(record + 40)
            offset = u64(record + 48)
        }
        guard offset >= 0, size >= 0, offset <= b.count, size <= b.count - offset, count <= size / 46 + 1 else {
            throw damaged("the central directory lies outside the file")
        }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var p = offset
        for _ in 0..<count {
            guard p + 46 <= offset + size, u32(p) == 0x0201_4b50 else { throw damaged("a central entry is broken") }
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let next = p + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else { throw damaged("a central entry runs past the directory") }
            var compressed = u32(p + 20), plain = u32(p + 24), local = u32(p + 42)
            // ZIP64: the sizes and offset marked 0xFFFFFFFF are in the extra field, in this order.
            var x = p + 46 + nameLength
            let extraEnd = x + extraLength
            while x + 4 <= extraEnd {
                let id = u16(x), length = u16(x + 2)
                guard x + 4 + length <= extraEnd else { break }
                if id == 1 {
                    var v = x + 4
                    for field in [0, 1, 2] {
                        let marked = field == 0 ? plain : field == 1 ? compressed : local
                        guard marked == 0xFFFF_FFFF, v + 8 <= x + 4 + length else { continue }
                        let value = u64(v)
                        if field == 0 { plain = value } else if field == 1 { compressed = value } else { local = value }
                        v += 8
                    }
                }
                x += 4 + length
            }
            guard compressed >= 0, plain >= 0, local >= 0 else { throw damaged("an entry's size is impossible") }
            let name = String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries.append(
                Entry(name: name, method: UInt16(u16(p + 10)), flags: UInt16(u16(p + 8)), crc: UInt32(u32(p + 16)),
                      compressedSize: compressed, size: plain, localHeader: local))
            p = next
        }
        return entries
    }
}
