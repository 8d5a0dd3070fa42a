/// One record of a delimited file: its fields, and the physical line it starts on (quoted
/// fields may span lines, so record numbers and line numbers differ).
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

public enum CSVDelimiter: UInt8, Sendable {
    case comma = 0x2C, semicolon = 0x3B, tab = 0x09

    public var name: String {
        switch self {
        case .comma: "comma-separated"
        case .semicolon: "semicolon-separated"
        case .tab: "tab-separated"
        }
    }
}

/// RFC 4180 as Excel writes it, read leniently where Excel is lenient: CRLF, LF or lone CR;
/// quotes only mean something at the start of a field; text after a closing quote is kept.
public enum CSVReader {
    /// Limits that keep a hostile or broken file from exhausting memory.
    public static let maxFieldBytes = 64 * 1024
    public static let maxColumns = 1024

    /// Comma, semicolon or tab: whichever the first record has most of outside quotes.
    public static func detectDelimiter(_ text: String) -> CSVDelimiter {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for b in text.utf8 {
            if b == 0x22 { quoted.toggle(); continue }
            if quoted { continue }
            if b == 0x0A || b == 0x0D {
                if counts.isEmpty { continue }
                break
            }
            if b == 0x2C || b == 0x3B || b == 0x09 { counts[b, default: 0] += 1 }
        }
        let best = [CSVDelimiter.comma, .tab, .semicolon].max {
            (counts[$0.rawValue] ?? 0) < (counts[$1.rawValue] ?? 0)
        }!
        return (counts[best.rawValue] ?? 0) > 0 ? best : .comma
    }

    /// All records of the text, split into fields. (An import reads a list through `lazyRecords`;
    /// the whole list split at once is for small texts, such as a programme export read back.)
    public static func records(_ text: String, delimiter: CSVDelimiter, file: String)
        throws(InputError) -> [CSVRecord]
    {
        var copy = text
        copy.makeContiguousUTF8()
        let result: Result<[CSVRecord], InputError> = copy.utf8.withContiguousStorageIfAvailable { buf in
            parse(buf, from: 1, delimiter: delimiter.rawValue, file: file)
        } ?? .success([])
        return try result.get()
    }

    /// The records of the text found, checked as `records` checks them, and each split into
    /// fields only when read: a million-row list split up front holds an array of texts per
    /// row, several times the file, while the import needs one row at a time.
    ///
    /// A text over `inHalvesAbove` bytes is looked through in two halves at once: the second from
    /// the first line break after the middle, taken only if the first half's last record ends
    /// there (a quoted field may hold that line break; then the first goes on alone).
    public static func lazyRecords(_ text: String, delimiter: CSVDelimiter, file: String,
                                   inHalvesAbove: Int = 1 << 20) throws(InputError) -> CSVRecords {
        var copy = text
        copy.makeContiguousUTF8()
        let d = delimiter.rawValue
        let result: Result<Found, InputError> = copy.utf8.withContiguousStorageIfAvailable { buf in
            guard buf.count >= inHalvesAbove, let cut = buf[(buf.count / 2)...].firstIndex(of: 0x0A).map({ $0 + 1 }),
                  cut < buf.count
            else { return find(in: buf, from: 0, line: 1, before: buf.count, delimiter: d, file: file) }
            let (first, second) = BothHalves.run(
                { find(in: buf, from: 0, line: 1, before: cut, delimiter: d, file: file) },
                { find(in: buf, from: cut, line: 1, before: buf.count, delimiter: d, file: file) })
            guard case .success(var found) = first else { return first }
            if found.end == cut, case .success(let rest) = second {
                // The second half counted its lines from 1.
                found.starts += rest.starts
                found.lines += rest.lines.lazy.map { $0 + found.line - 1 }
                return .success(found)
            }
            // The first half's last record ran past the cut, or the second half met trouble that
            // may be only where it started: on from where the first half stopped.
            switch find(in: buf, from: found.end, line: found.line, before: buf.count, delimiter: d, file: file) {
            case .failure(let error): return .failure(error)
            case .success(let rest):
                found.starts += rest.starts
                found.lines += rest.lines
                return .success(found)
            }
        } ?? .success(Found())
        let found = try result.get()
        return CSVRecords(text: copy, delimiter: d, file: file, starts: found.starts, lines: found.lines)
    }

    /// Where records start and the lines they start on, and where looking stopped.
    private struct Found {
        var starts: [Int] = [], lines: [Int] = []
        var end = 0, line = 1
    }

    /// The records starting at `from` (on line `line`) up to the first that starts at or after `before`.
    private static func find(in buf: UnsafeBufferPointer<UInt8>, from: Int, line: Int, before: Int,
                             delimiter: UInt8, file: String) -> Result<Found, InputError> {
        var p = Parser(bytes: buf, delimiter: delimiter, file: file)
        p.i = from
        p.line = line
        var found = Found()
        do throws(InputError) {
            while p.i < before {
                let at = p.i
                guard let line = try p.skip() else { break }
                found.starts.append(at)
                found.lines.append(line)
            }
        } catch { return .failure(error) }
        found.end = p.i
        found.line = p.line
        return .success(found)
    }

    /// One record of a text `lazyRecords` checked.
    static func record(at start: Int, line: Int, in buf: UnsafeBufferPointer<UInt8>, delimiter: UInt8,
                       file: String) -> CSVRecord {
        var p = Parser(bytes: buf, delimiter: delimiter, file: file)
        p.i = start
        p.line = line
        return (try? p.next()) ?? nil ?? CSVRecord(line: line, fields: [])
    }

    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, from line: Int, delimiter: UInt8, file: String
    ) -> Result<[CSVRecord], InputError> {
        var out: [CSVRecord] = []
        var p = Parser(bytes: bytes, delimiter: delimiter, file: file)
        p.line = line
        do throws(InputError) {
            while let r = try p.next() { out.append(r) }
            return .success(out)
        } catch { return .failure(error) }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let delimiter: UInt8
        let file: String
        var i = 0
        var line = 1
        var width = 8

        init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String) {
            self.bytes = bytes
            self.delimiter = delimiter
            self.file = file
        }

        /// Consumes a line break at `i` if there is one (CRLF counts once).
        mutating func lineBreak() -> Bool {
            guard i < bytes.count else { return false }
            if bytes[i] == 0x0A { i += 1; line += 1; return true }
            if bytes[i] == 0x0D {
                i += 1
                if i < bytes.count, bytes[i] == 0x0A { i += 1 }
                line += 1
                return true
            }
            return false
        }

        mutating func next() throws(InputError) -> CSVRecord? {
            guard i < bytes.count else { return nil }
            let start = line
            var fields: [String] = []
            // Records are as wide as the one before, nearly always: one allocation, not four.
            fields.reserveCapacity(width)
            while true {
                let field = try self.field(record: start, column: fields.count + 1)
                fields.append(field)
                if fields.count > CSVReader.maxColumns {
                    throw InputError(file: file, line: start, .tooManyColumns, "\(CSVReader.maxColumns)")
                }
                if i < bytes.count, bytes[i] == delimiter { i += 1; continue }
                _ = lineBreak()
                width = fields.count
                return CSVRecord(line: start, fields: fields)
            }
        }

        /// Steps over one record, with every check `next` makes, keeping no text; its line,
        /// or nil at the end.
        mutating func skip() throws(InputError) -> Int? {
            guard i < bytes.count else { return nil }
            let start = line
            var count = 0
            while true {
                _ = try self.field(record: start, column: count + 1, keep: false)
                count += 1
                if count > CSVReader.maxColumns {
                    throw InputError(file: file, line: start, .tooManyColumns, "\(CSVReader.maxColumns)")
                }
                if i < bytes.count, bytes[i] == delimiter { i += 1; continue }
                _ = lineBreak()
                return start
            }
        }

        mutating func field(record: Int, column: Int, keep: Bool = true) throws(InputError) -> String {
            var value: [UInt8] = []
            var skipped = 0
            var quoted = false
            func tooLong() -> InputError {
                InputError(file: file, line: record, field: "column \(column)", .fieldTooLong)
            }
            if i < bytes.count, bytes[i] == 0x22 {
                let openedOn = line
                quoted = true
                i += 1
                while true {
                    guard i < bytes.count else {
                        throw InputError(
                            file: file, line: openedOn, field: "column \(column)",
                            message:
                                "a quoted field opened here never closes; the file may be cut off. Nothing was imported"
                        )
                    }
                    let b = bytes[i]
                    if b == 0x22 {
                        if i + 1 < bytes.count, bytes[i + 1] == 0x22 { value.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    if b == 0x0A || (b == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) { line += 1 }
                    if keep { value.append(b) } else { skipped += 1 }
                    i += 1
                    if value.count + skipped > CSVReader.maxFieldBytes { throw tooLong() }
                }
            }
            // Unquoted text, or what follows a closing quote up to the delimiter.
            let from = i
            while i < bytes.count {
                let b = bytes[i]
                if b == delimiter || b == 0x0A || b == 0x0D { break }
                i += 1
            }
            if i > from {
                if !quoted {
                    if i - from > CSVReader.maxFieldBytes { throw tooLong() }
                    return keep ? String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<i]), as: UTF8.self) : ""
                }
                if !keep {
                    if skipped + i - from > CSVReader.maxFieldBytes { throw tooLong() }
                    return ""
                }
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i]))
                if value.count > CSVReader.maxFieldBytes { throw tooLong() }
            }
            return keep ? String(decoding: value, as: UTF8.self) : ""
        }
    }
}

/// The records of a CSV text, split into fields as each is read (see `CSVReader.lazyRecords`).
public struct CSVRecords: RandomAccessCollection, Sendable {
    let text: String
    let delimiter: UInt8
    let file: String
    let starts: [Int]
    let lines: [Int]

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    /// The line record `i` starts on, without splitting it.
    public func line(of i: Int) -> Int { lines[i] }

    public subscript(i: Int) -> CSVRecord {
        text.utf8.withContiguousStorageIfAvailable { buf in
            CSVReader.record(at: starts[i], line: lines[i], in: buf, delimiter: delimiter, file: file)
        } ?? CSVRecord(line: lines[i], fields: [])
    }
}
