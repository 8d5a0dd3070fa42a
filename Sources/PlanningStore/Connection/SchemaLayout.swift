import CSQLite
import Foundation

/// The tables (with their columns), views, indexes and triggers a database holds, as names.
/// A file whose layout differs from the one the migrations build was changed by something other
/// than confplan (or damaged): reading or writing it would fail half-way with SQL's words, so it
/// is refused up front in ours.
struct SchemaLayout: Equatable {
    /// `table checkins` → its columns in order; `index …`, `view …`, `trigger …` → [].
    var objects: [String: [String]]

    static func read(_ c: SQLiteConnection) throws -> SchemaLayout {
        var objects: [String: [String]] = [:]
        // SQLite's own bookkeeping (sqlite_sequence, sqlite_stat1 after ANALYZE) is not ours.
        let rows = try c.rows("""
            SELECT m.type, m.name, p.name FROM sqlite_master m
            LEFT JOIN pragma_table_info(m.name) p ON m.type IN ('table', 'view')
            WHERE m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.type, m.name, p.cid
            """)
        for row in rows {
            guard case .text(let type) = row[0], case .text(let name) = row[1] else { continue }
            let key = type + " " + name
            if case .text(let column) = row[2] {
                objects[key, default: []].append(column)
            } else if objects[key] == nil {
                objects[key] = []
            }
        }
        return SchemaLayout(objects: objects)
    }

    /// What every migration builds, read once from a database in memory.
    static let expected: SchemaLayout? = built(upTo: Schema.latest)

    /// What the first `version` migrations build: an older file (to be upgraded, or a backup
    /// to restore) is compared with its own version's layout.
    static func expected(at version: Int) -> SchemaLayout? {
        version == Schema.latest ? expected : built(upTo: version)
    }

    private static func built(upTo version: Int) -> SchemaLayout? {
        guard (0...Schema.latest).contains(version), let c = try? SQLiteConnection(path: ":memory:") else { return nil }
        for m in Schema.migrations.prefix(version) {
            guard (try? c.execute(m)) != nil else { return nil }
        }
        return try? read(c)
    }

    /// How this layout differs from `expected`, one phrase each, missing things first.
    func differences(from expected: SchemaLayout) -> [String] {
        var out: [String] = []
        // Tables first: a missing table explains its missing indexes.
        let rank = ["table": 0, "view": 1, "index": 2, "trigger": 3]
        func order(_ a: String, _ b: String) -> Bool {
            let ra = rank[String(a.prefix { $0 != " " })] ?? 4, rb = rank[String(b.prefix { $0 != " " })] ?? 4
            return ra != rb ? ra < rb : a < b
        }
        for key in expected.objects.keys.sorted(by: order) {
            guard let have = objects[key] else {
                out.append("\(key) is missing")
                continue
            }
            let lacking = expected.objects[key]!.filter { !have.contains($0) }
            if !lacking.isEmpty { out.append("\(key) lacks column \(lacking.joined(separator: ", "))") }
            let extra = have.filter { !expected.objects[key]!.contains($0) }
            if !extra.isEmpty {
                out.append("\(key) has a column confplan did not make: \(extra.joined(separator: ", "))")
            }
        }
        for key in objects.keys.sorted(by: order) where expected.objects[key] == nil {
            out.append("\(key) is not confplan's")
        }
        return out
    }
}

extension Store {
    /// What is wrong with the file's tables, columns and indexes; empty when they are what
    /// confplan builds at the file's schema version.
    public func layoutProblems() throws -> [String] {
        try Store.layoutProblems(of: db)
    }

    /// Compared with the layout of the schema version the file says it has.
    static func layoutProblems(of c: SQLiteConnection) throws -> [String] {
        let version = try c.scalarInt("PRAGMA user_version") ?? 0
        guard let expected = SchemaLayout.expected(at: version) else {
            return [Store.unknownVersion(version)]
        }
        return try SchemaLayout.read(c).differences(from: expected)
    }
}
