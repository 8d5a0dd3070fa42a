/// One record of a delimited file: its fields, and the physical line it starts on (quoted
/// fields may span lines, so record numbers and line numbers differ).
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [String]

    public var isBlank: Bool {
        fields.allSatisfy { f in
            guard let first = f.utf8.first else { return true }
            // Text that starts with a visible ASCII character is not blank: no need to trim it.
            if first > 0x20 && first < 0x7F { return false }
            return f.trimmingSpaces.isEmpty
        }
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
        let best = [CSVDelimiter.comma, .tab, .semicolon].max { (counts[$0.rawValue] ?? 0) < (counts[$1.rawValue] ?? 0) }!
        return (counts[best.rawValue] ?? 0) > 0 ? best : .comma
    }

    public static func records(_ text: String, delimiter: CSVDelimiter, file: String) throws(InputError) -> [CSVRecord] {
        var out: [CSVRecord] = []
        var copy = text
        copy.makeContiguousUTF8()
        let result: Result<[CSVRecord], InputError> = copy.utf8.withContiguousStorageIfAvailable { buf in
            var p = Parser(bytes: buf, delimiter: delimiter.rawValue, file: file)
            do throws(InputError) {
                while let r = try p.next() { out.append(r) }
                return .success(out)
            } catch { return .failure(error) }
        } ?? .success([])
        return try result.get()
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let delimiter: UInt8
        let file: String
        var i = 0
        var line = 1

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
            while true {
                let field = try self.field(record: start, column: fields.count + 1)
                fields.append(field)
                if fields.count > CSVReader.maxColumns {
                    throw InputError(file: file, line: start, field: "", message: "the row has more than \(CSVReader.maxColumns) columns; is this a CSV file?")
                }
                if i < bytes.count, bytes[i] == delimiter { i += 1; continue }
                _ = lineBreak()
                return CSVRecord(line: start, fields: fields)
            }
        }

        mutating func field(record: Int, column: Int) throws(InputError) -> String {
            var value: [UInt8] = []
            var quoted = false
            func tooLong() -> InputError {
                InputError(file: file, line: record, field: "column \(column)", message: "a field is longer than 64 KiB; refused")
            }
            if i < bytes.count, bytes[i] == 0x22 {
                let openedOn = line
                quoted = true
                i += 1
                while true {
                    guard i < bytes.count else {
                        throw InputError(file: file, line: openedOn, field: "column \(column)",
                                         message: "a quoted field opened here never closes; the file may be cut off. Nothing was imported")
                    }
                    let b = bytes[i]
                    if b == 0x22 {
                        if i + 1 < bytes.count, bytes[i + 1] == 0x22 { value.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    if b == 0x0A || (b == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) { line += 1 }
                    value.append(b)
                    i += 1
                    if value.count > CSVReader.maxFieldBytes { throw tooLong() }
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
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<i]), as: UTF8.self)
                }
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i]))
                if value.count > CSVReader.maxFieldBytes { throw tooLong() }
            }
            return String(decoding: value, as: UTF8.self)
        }
    }
}
