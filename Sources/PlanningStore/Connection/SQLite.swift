import CSQLite
import Foundation
import PlanningCore

/// A failure from SQLite, with the statement's text for the log (never shown with user data in it:
/// values are always bound, never spliced).
public struct SQLiteError: Error, CustomStringConvertible {
    public var code: Int32
    public var message: String
    public var sql: String?
    public var description: String { sql.map { "\(message) (in: \($0))" } ?? message }
    public var isBusy: Bool { code & 0xFF == SQLITE_BUSY || code & 0xFF == SQLITE_LOCKED }
    public var isReadOnly: Bool { code & 0xFF == SQLITE_READONLY }
    public var isFull: Bool { code & 0xFF == SQLITE_FULL }
}

/// A value SQLite can bind or return.
public enum SQLValue: Hashable, Sendable {
    case null, int(Int64), double(Double), text(String), blob([UInt8])
}

public protocol SQLBindable { var sqlValue: SQLValue { get } }
extension Int: SQLBindable { public var sqlValue: SQLValue { .int(Int64(self)) } }
extension Int64: SQLBindable { public var sqlValue: SQLValue { .int(self) } }
extension String: SQLBindable { public var sqlValue: SQLValue { .text(self) } }
extension Bool: SQLBindable { public var sqlValue: SQLValue { .int(self ? 1 : 0) } }
extension Double: SQLBindable { public var sqlValue: SQLValue { .double(self) } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}
extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }

/// One connection. A class because it owns a C handle that must be closed exactly once.
final class SQLiteConnection {
    let handle: OpaquePointer
    private var cache: [String: Statement] = [:]
    public let path: String

    /// Process-wide settings, which SQLite takes only before its first connection opens.
    private static let configured: Bool = {
        _ = confplan_sqlite_no_memstatus()
        return true
    }()

    /// `immutable`: read a file nobody can be writing (no `-wal` beside it, a folder this user
    /// cannot write) without the shared-memory file a WAL reader otherwise has to create.
    public init(path: String, readOnly: Bool = false, immutable: Bool = false) throws {
        _ = Self.configured
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc: Int32
        if immutable {
            // A URI, so the path's own `?`, `#` and `%` must be escaped.
            let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["?", "#"]))
                ?? path
            rc = sqlite3_open_v2("file:" + escaped + "?immutable=1", &db,
                                 SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nil)
        } else {
            rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        }
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: rc, message: message)
        }
        handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, 5000)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// A statement compiled once per connection and reused with new bindings.
    public func prepared(_ sql: String) throws -> Statement {
        if let s = cache[sql] {
            s.reset()
            return s
        }
        let s = try Statement(connection: self, sql: sql)
        cache[sql] = s
        return s
    }

    /// Runs one or more statements that take no values (schema, pragmas).
    public func execute(_ sql: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &err)
        if rc != SQLITE_OK {
            let message = err.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(err)
            throw SQLiteError(code: rc, message: message, sql: sql)
        }
    }

    public func run(_ sql: String, _ values: SQLBindable...) throws {
        try prepared(sql).bind(values).step()
    }

    public func rows(_ sql: String, _ values: SQLBindable...) throws -> [[SQLValue]] {
        let s = try prepared(sql).bind(values)
        var out: [[SQLValue]] = []
        while try s.step() { out.append((0..<s.columnCount).map(s.value)) }
        return out
    }

    public func scalarInt(_ sql: String, _ values: SQLBindable...) throws -> Int? {
        let s = try prepared(sql).bind(values)
        // Reset at once: a statement left mid-result keeps a read transaction open.
        defer { sqlite3_reset(s.handle) }
        guard try s.step() else { return nil }
        return s.isNull(0) ? nil : s.int(0)
    }

    public func scalarText(_ sql: String, _ values: SQLBindable...) throws -> String? {
        let s = try prepared(sql).bind(values)
        defer { sqlite3_reset(s.handle) }
        guard try s.step() else { return nil }
        return s.isNull(0) ? nil : s.text(0)
    }

    /// Runs a statement whose last parameter is a long text, bound where it lies: SQLite copies
    /// a text bound the usual way, and a list of a million UIDs is 40 MB.
    func run(_ sql: String, _ values: [SQLBindable], lastBorrowing text: [UInt8]) throws {
        let s = try prepared(sql).bind(values)
        guard !text.isEmpty else { try s.bind(values + [""]).step(); return }
        defer { s.reset() }
        try text.withUnsafeBufferPointer { b in
            // SQLITE_STATIC (no destructor): the bytes stay ours, and valid, until the step is done.
            let rc = b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) {
                sqlite3_bind_text64(s.handle, Int32(values.count + 1), $0, UInt64(b.count), nil, UInt8(SQLITE_UTF8))
            }
            guard rc == SQLITE_OK else { throw SQLiteError(code: rc, message: lastMessage, sql: sql) }
            try s.step()
        }
    }

    public var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }
    public var changes: Int { Int(sqlite3_changes(handle)) }
    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// Runs `body` in one transaction: all of it is stored, or none of it.
    /// IMMEDIATE takes the write lock up front so two writers wait on the busy timeout
    /// instead of failing half-way with SQLITE_BUSY on lock upgrade.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}

/// What a `TextArena` lays out: a string's UTF-8, or UTF-8 where it lies.
protocol ArenaText {
    func add(to arena: inout TextArena, at index: Int32)
}

extension String: ArenaText {
    func add(to arena: inout TextArena, at index: Int32) { arena.add(self, at: index) }
}

extension UnsafeBufferPointer: ArenaText where Element == UInt8 {
    func add(to arena: inout TextArena, at index: Int32) { arena.add(self, at: index) }
}

/// The text values of one run of a many-parameter statement (a multi-row insert), gathered in
/// one buffer that is reused from run to run.
struct TextArena {
    var bytes: [UInt8] = []
    var spans: [(index: Int32, start: Int32, count: Int32, blob: Bool)] = []

    init() {}

    /// Room for `capacity` texts of `bytes` in all, made once rather than grown as a batch fills.
    init(capacity: Int, bytes: Int) {
        spans.reserveCapacity(capacity)
        self.bytes.reserveCapacity(bytes)
    }

    mutating func add(_ text: String, at index: Int32) {
        var text = text
        let start = Int32(bytes.count)
        text.withUTF8 { bytes.append(contentsOf: $0) }
        spans.append((index, start, Int32(bytes.count) - start, false))
    }

    /// UTF-8 where it lies (a packed row's), copied as it is.
    mutating func add(_ text: UnsafeBufferPointer<UInt8>, at index: Int32) {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text)
        spans.append((index, start, Int32(text.count), false))
    }

    /// A uid as `StoredUID` keeps it: 16 bytes when it is a UUID in its usual form.
    mutating func add(uid: String, at index: Int32) {
        let start = Int32(bytes.count)
        guard StableUID.pack(uid, into: &bytes) else { return add(uid, at: index) }
        spans.append((index, start, 16, true))
    }

    /// The same for a UID of a family, from its number.
    mutating func add(uid family: StableUID.Family, _ number: Int, at index: Int32) {
        let start = Int32(bytes.count)
        family.appendPacked(number, to: &bytes)
        spans.append((index, start, 16, true))
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
    }
}

final class Statement {
    let handle: OpaquePointer
    unowned let connection: SQLiteConnection
    let sql: String

    init(connection: SQLiteConnection, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(connection.handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            throw SQLiteError(code: rc, message: connection.lastMessage, sql: sql)
        }
        handle = stmt
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    @discardableResult
    public func bind(_ values: [SQLBindable]) throws -> Statement {
        for (i, v) in values.enumerated() { try bind(v.sqlValue, at: Int32(i + 1)) }
        return self
    }

    /// Binds and runs a statement that returns no rows; for loops that insert many. A parameter
    /// pack rather than an array of existentials: an import binds 1.6 million values, and
    /// boxing each one cost more than SQLite's own work.
    public func run<each V: SQLBindable>(_ values: repeat each V) throws {
        // Every parameter is bound again below, so clearing the old bindings is wasted work.
        sqlite3_reset(handle)
        var index: Int32 = 0
        for value in repeat each values {
            index += 1
            try bind(value.sqlValue, at: index)
        }
        try step()
    }

    /// Hands SQLite the string's own UTF-8 bytes (it copies them). Passing a `String` where C
    /// wants a `char *` would first copy it into a new null-terminated array, once per value.
    private func bindText(_ text: String, _ index: Int32) -> Int32 {
        let bound = text.utf8.withContiguousStorageIfAvailable { b -> Int32 in
            // An empty buffer may have no address, and a null pointer would bind NULL, not ''.
            guard let base = b.baseAddress, b.count > 0 else {
                return sqlite3_bind_text(handle, index, "", 0, confplan_sqlite_transient())
            }
            return base.withMemoryRebound(to: CChar.self, capacity: b.count) {
                sqlite3_bind_text(handle, index, $0, Int32(b.count), confplan_sqlite_transient())
            }
        }
        return bound ?? sqlite3_bind_text(handle, index, text, Int32(text.utf8.count), confplan_sqlite_transient())
    }

    /// Low-level bind for loops that fill many parameters of one statement (a multi-row insert);
    /// their text goes through `TextArena`.
    func bind(_ n: Int, at index: Int32) throws { try check(sqlite3_bind_int64(handle, index, Int64(n))) }

    private func check(_ rc: Int32) throws {
        if rc != SQLITE_OK { throw SQLiteError(code: rc, message: connection.lastMessage, sql: sql) }
    }

    /// Runs what was bound with the low-level binds.
    func execute() throws {
        try step()
        sqlite3_reset(handle)
    }

    /// Binds the texts where they lie in `texts` (SQLite reads them in place instead of
    /// allocating a copy of each), runs the statement, and unbinds them again before the
    /// buffer can change. Other parameters are bound beforehand with the low-level binds.
    func execute(with texts: TextArena) throws {
        try texts.bytes.withUnsafeBufferPointer { buf in
            try buf.withMemoryRebound(to: CChar.self) { chars in
                for span in texts.spans {
                    if span.blob, let base = chars.baseAddress {
                        try check(sqlite3_bind_blob(handle, span.index, base + Int(span.start), span.count, nil))
                    } else if let base = chars.baseAddress {
                        try check(sqlite3_bind_text(handle, span.index, base + Int(span.start), span.count, nil))
                    } else {
                        try check(sqlite3_bind_text(handle, span.index, "", 0, confplan_sqlite_transient()))
                    }
                }
            }
            defer { sqlite3_clear_bindings(handle) }
            try step()
        }
        sqlite3_reset(handle)
    }

    private func bind(_ value: SQLValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .int(let n): rc = sqlite3_bind_int64(handle, index, n)
        case .double(let d): rc = sqlite3_bind_double(handle, index, d)
        case .text(let s): rc = bindText(s, index)
        case .blob(let b):
            rc = b.withUnsafeBytes {
                sqlite3_bind_blob(handle, index, $0.baseAddress, Int32(b.count), confplan_sqlite_transient())
            }
        }
        if rc != SQLITE_OK { throw SQLiteError(code: rc, message: connection.lastMessage, sql: sql) }
    }

    /// true while there is a row to read.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE:
            sqlite3_reset(handle)
            return false
        default:
            let message = connection.lastMessage
            sqlite3_reset(handle)
            throw SQLiteError(code: rc, message: message, sql: sql)
        }
    }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }
    public func isNull(_ i: Int) -> Bool { sqlite3_column_type(handle, Int32(i)) == SQLITE_NULL }
    public func int(_ i: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(i))) }
    public func optionalInt(_ i: Int) -> Int? { isNull(i) ? nil : int(i) }
    public func text(_ i: Int) -> String {
        guard let p = sqlite3_column_text(handle, Int32(i)) else { return "" }
        let n = Int(sqlite3_column_bytes(handle, Int32(i)))
        // Most optional columns are empty; the rest are decoded from their known length (no strlen).
        if n == 0 { return "" }
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
    public func optionalText(_ i: Int) -> String? { isNull(i) ? nil : text(i) }

    /// A uid column: 16 bytes for a UUID in its usual form, else text (see `StoredUID`).
    public func uid(_ i: Int) -> String {
        guard sqlite3_column_type(handle, Int32(i)) == SQLITE_BLOB, sqlite3_column_bytes(handle, Int32(i)) == 16,
              let p = sqlite3_column_blob(handle, Int32(i)) else { return text(i) }
        return StableUID.unpacked(UnsafeRawBufferPointer(start: p, count: 16))
    }

    public func value(_ i: Int) -> SQLValue {
        switch sqlite3_column_type(handle, Int32(i)) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .int(sqlite3_column_int64(handle, Int32(i)))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(handle, Int32(i)))
        case SQLITE_BLOB:
            let n = Int(sqlite3_column_bytes(handle, Int32(i)))
            guard n > 0, let p = sqlite3_column_blob(handle, Int32(i)) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: p, count: n)))
        default: return .text(text(i))
        }
    }
}
