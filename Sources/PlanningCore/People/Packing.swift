/// Values laid end to end in one byte buffer: for lists of a million rows or people, where a
/// struct of a dozen texts each would take several times the file they came from.
extension Array where Element == UInt8 {
    /// LEB128: most lengths and session ids take one byte.
    mutating func putNumber(_ n: Int) {
        var v = UInt(bitPattern: n)
        while v >= 0x80 {
            append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        append(UInt8(v))
    }

    mutating func putText(_ text: String) {
        var text = text
        text.withUTF8 { u in
            putNumber(u.count)
            append(contentsOf: u)
        }
    }
}

/// Records of bytes in chunks of a megabyte, each record whole in one chunk: one array of a
/// hundred megabytes would double as it grows, holding the old and the new copy at once.
struct ByteChunks: Sendable {
    static let size = 1 << 20
    private var chunks: [[UInt8]] = []
    /// Where each record was put, its chunk in the high half and its offset in the low.
    private(set) var byteCount = 0

    /// Stores `record`, returning where it is.
    mutating func put(_ record: [UInt8]) -> Int {
        if chunks.isEmpty || chunks[chunks.count - 1].count + record.count > Self.size {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(Self.size, record.count))
            chunks.append(chunk)
        }
        let c = chunks.count - 1
        let at = chunks[c].count
        chunks[c].append(contentsOf: record)
        byteCount += record.count
        return c << 32 | at
    }

    func read<T>(at place: Int, _ body: (inout PackReader) -> T) -> T {
        chunks[place >> 32].withUnsafeBufferPointer { b in
            var r = PackReader(bytes: b, at: place & 0xFFFF_FFFF)
            return body(&r)
        }
    }

    mutating func append(contentsOf other: ByteChunks) -> (Int) -> Int {
        let shift = chunks.count
        chunks.append(contentsOf: other.chunks)
        byteCount += other.byteCount
        return { $0 + shift << 32 }
    }
}

/// The texts of one packed row as UTF-8 where they lie (`AttendeeRows.withTexts`): valid only
/// inside the closure that is given them.
public struct RowTexts {
    public let line: Int
    public let name, organisation, title, phone, email, category: UnsafeBufferPointer<UInt8>
    public let province, city, gender, notes, language: UnsafeBufferPointer<UInt8>
    public let signups: [ID<Session>]
    /// `MatchKey.nameOrg` of the row, made as it was read; nil without an organisation.
    let nameOrgKey: UInt64?
}

/// Reads back what `putNumber` and `putText` wrote, in order.
struct PackReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var at: Int

    mutating func number() -> Int {
        var v: UInt = 0, shift: UInt = 0
        while true {
            let byte = bytes[at]
            at += 1
            v |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return Int(bitPattern: v) }
            shift += 7
        }
    }

    mutating func text() -> String {
        let n = number()
        defer { at += n }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<at + n]), as: UTF8.self)
    }

    mutating func skipText() { at += number() }

    /// The bytes of the next text, where they lie.
    mutating func textBytes() -> UnsafeBufferPointer<UInt8> {
        let n = number()
        defer { at += n }
        return UnsafeBufferPointer(rebasing: bytes[at..<at + n])
    }

    mutating func byte() -> UInt8 {
        defer { at += 1 }
        return bytes[at]
    }
}

/// Registration-list rows packed into one buffer, read back one at a time: the import holds a
/// million-row list in about the bytes of the file rather than several times them.
public struct AttendeeRows: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    private var bytes = ByteChunks()
    private var starts: [Int] = []
    private var scratch: [UInt8] = []
    /// How many rows give each dietary need, kept as rows are added: the import's report counts
    /// them, and reading back every row of a 100,000-row list for that took 45 ms.
    public private(set) var dietCounts: [DietKind: Int] = [:]
    /// Each row's key of its name and organisation for the matcher (`MatchKey.nameOrg`; 0 for a
    /// row without an organisation): made as the rows are read, on the threads that read them,
    /// where folding the name took a fifth of the matcher's time, which is the import's.
    private var nameOrgKeys: [UInt64] = []

    public init() {}
    public init(_ rows: some Sequence<AttendeeRow>) { for r in rows { append(r) } }

    /// The bytes the rows take packed: about what an import's new people will take.
    public var byteCount: Int { bytes.byteCount }
    public init(arrayLiteral rows: AttendeeRow...) { self.init(rows) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public static func == (a: AttendeeRows, b: AttendeeRows) -> Bool { a.elementsEqual(b) }

    /// Rows giving a dietary need of `kind`.
    public func count(of kind: DietKind) -> Int { dietCounts[kind] ?? 0 }

    public mutating func reserveCapacity(_ n: Int) {
        starts.reserveCapacity(n)
        nameOrgKeys.reserveCapacity(n)
    }

    /// The matcher's key of row `i`'s name and organisation, given the row (nil without an organisation).
    func nameOrgKey(_ i: Int, of row: AttendeeRow) -> UInt64? { row.organisation.isEmpty ? nil : nameOrgKeys[i] }

    public mutating func append(_ r: AttendeeRow) {
        scratch.removeAll(keepingCapacity: true)
        scratch.putNumber(r.line)
        // Written field by field, in the order the subscript reads them: a loop over an array of
        // the eleven texts made that array for every row.
        scratch.putText(r.name); scratch.putText(r.organisation); scratch.putText(r.title)
        scratch.putText(r.phone); scratch.putText(r.email); scratch.putText(r.category)
        scratch.putText(r.province); scratch.putText(r.city); scratch.putText(r.gender)
        scratch.putText(r.notes); scratch.putText(r.language)
        scratch.putNumber(r.signups.count)
        for s in r.signups { scratch.putNumber(s.raw) }
        // One byte for the rows of a list without travel columns (nearly all of them).
        if let t = r.travel {
            scratch.append(1)
            scratch.putTravel(t)
        } else {
            scratch.append(0)
        }
        if let d = r.diet {
            dietCounts[d.kind, default: 0] += 1
            scratch.append(1)
            scratch.putText(d.kind.rawValue)
            scratch.putText(d.text)
        } else {
            scratch.append(0)
        }
        if let s = r.stay {
            scratch.append(1)
            scratch.putStay(s)
        } else {
            scratch.append(0)
        }
        starts.append(bytes.put(scratch))
        nameOrgKeys.append(MatchKey.nameOrg(TextFolding.nameKey(r.name), r.organisation) ?? 0)
    }

    public mutating func append(contentsOf other: AttendeeRows) {
        let moved = bytes.append(contentsOf: other.bytes)
        dietCounts.merge(other.dietCounts, uniquingKeysWith: +)
        starts.append(contentsOf: other.starts.lazy.map(moved))
        nameOrgKeys.append(contentsOf: other.nameOrgKeys)
    }

    /// Row `i`'s texts where they lie, for `body` only: an import reads most rows of a new list
    /// this way, for nobody holds them and the person each makes is the row as it stands. Nil
    /// for a row with travel, diet or stay cells (read as a row).
    public func withTexts<T>(_ i: Int, _ body: (RowTexts) -> T?) -> T? {
        bytes.read(at: starts[i]) { r in
            let line = r.number()
            let name = r.textBytes(), organisation = r.textBytes(), title = r.textBytes()
            let phone = r.textBytes(), email = r.textBytes(), category = r.textBytes()
            let province = r.textBytes(), city = r.textBytes(), gender = r.textBytes()
            let notes = r.textBytes(), language = r.textBytes()
            let count = r.number()
            var signups: [ID<Session>] = []
            if count > 0 {
                signups.reserveCapacity(count)
                for _ in 0..<count { signups.append(ID(r.number())) }
            }
            guard r.byte() == 0, r.byte() == 0, r.byte() == 0 else { return nil }
            return body(RowTexts(
                line: line, name: name, organisation: organisation, title: title, phone: phone, email: email,
                category: category, province: province, city: city, gender: gender, notes: notes,
                language: language, signups: signups, nameOrgKey: organisation.isEmpty ? nil : nameOrgKeys[i]))
        }
    }

    public subscript(i: Int) -> AttendeeRow {
        bytes.read(at: starts[i]) { r in
            var row = AttendeeRow(line: r.number())
            row.name = r.text()
            row.organisation = r.text()
            row.title = r.text()
            row.phone = r.text()
            row.email = r.text()
            row.category = r.text()
            row.province = r.text()
            row.city = r.text()
            row.gender = r.text()
            row.notes = r.text()
            row.language = r.text()
            let count = r.number()
            if count > 0 {
                row.signups.reserveCapacity(count)
                for _ in 0..<count { row.signups.append(ID(r.number())) }
            }
            if r.byte() == 1 { row.travel = r.travel() }
            if r.byte() == 1 {
                let kind = DietKind(rawValue: r.text()) ?? .other
                row.diet = DietaryNeed(kind, text: r.text())
            }
            if r.byte() == 1 { row.stay = r.stay() }
            return row
        }
    }
}
