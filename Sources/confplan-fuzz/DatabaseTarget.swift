import CSQLite
import Fixtures
import Foundation
import Interchange
import PlanningCore
import PlanningStore

/// Database files no confplan wrote: a small event's database changed with SQL no command runs
/// (a schema version set by hand, a table or index dropped, odd values in any column, rows
/// pointing nowhere) or with its bytes mutated. Opening it and reading every event must end in a
/// plan or a refusal, never a crash.
enum DatabaseTarget {
    static let folder = Scratch.folder("fuzz-db")
    static let path = folder + "/f.sqlite"

    /// The seed: the corpus event stored, checkpointed into the one file.
    static let seed: [UInt8] = {
        let seedPath = folder + "/seed.sqlite"
        if let plan = try? EventFile.read(Array(Corpus.event.utf8), file: "corpus.json") {
            _ = try? Store(path: seedPath).insert(plan)
        }
        return [UInt8](FileManager.default.contents(atPath: seedPath) ?? Data())
    }()

    static let oddValues: [String] = [
        "NULL", "''", "'x'", "-1", "0", "9223372036854775807", "1e308", "X'FF00FE'", "'2026-13-45T99:99:99'",
        "'2026-02-30'", "'25:61'", "'\u{1F}\u{1F}'", "'a\u{1F}b/c'", "'rows=-5,0;order=x;rule=?'", "zeroblob(70000)",
        "'" + String(repeating: "长", count: 5_000) + "'", "'{\"'", "-9223372036854775808", "'Asia/Nowhere'",
    ]

    /// One to three SQL changes to the seed, made through SQLite as another program would.
    static func structured(_ seedBytes: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        reset()
        FileManager.default.createFile(atPath: path, contents: Data(seedBytes))
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK, let db else { return seedBytes }
        defer { sqlite3_close(db) }
        sqlite3_exec(db, "PRAGMA foreign_keys=OFF", nil, nil, nil)
        let tables = strings(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
        for _ in 0...Int(rng.next() % 3) {
            guard !tables.isEmpty else { break }
            let table = tables[Int(rng.next() % UInt64(tables.count))]
            let sql: String
            switch rng.next() % 10 {
            case 0: sql = "PRAGMA user_version = \(Int(rng.next() % 40) - 10)"
            case 1: sql = "DROP TABLE \(table)"
            case 2:
                let indexes = strings(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                sql = indexes.isEmpty ? "" : "DROP INDEX \(indexes[Int(rng.next() % UInt64(indexes.count))])"
            case 3: sql = "DELETE FROM \(table) WHERE rowid % 2 = 0"
            case 4: sql = "INSERT INTO \(table) SELECT * FROM \(table) LIMIT 1"
            default:
                let columns = strings(db, "SELECT name FROM pragma_table_info('\(table)')")
                guard !columns.isEmpty else { continue }
                let column = columns[Int(rng.next() % UInt64(columns.count))]
                let value = oddValues[Int(rng.next() % UInt64(oddValues.count))]
                let which = rng.next() % 2 == 0 ? "" : " WHERE rowid = (SELECT min(rowid) FROM \(table))"
                sql = "UPDATE \(table) SET \(column) = \(value)\(which)"
            }
            sqlite3_exec(db, sql, nil, nil, nil)
        }
        sqlite3_close(db)
        return [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    static func strings(_ db: OpaquePointer, _ sql: String) -> [String] {
        var s: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &s, nil) == SQLITE_OK else { return [] }
        defer { sqlite3_finalize(s) }
        var out: [String] = []
        while sqlite3_step(s) == SQLITE_ROW {
            if let t = sqlite3_column_text(s, 0) { out.append(String(cString: t)) }
        }
        return out
    }

    static func reset() {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// Opens the file as every command does and reads each event whole, with its check-ins.
    static func run(_ bytes: [UInt8]) -> Outcome {
        reset()
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        do {
            let store = try Store(path: path, create: false)
            for e in try store.events() {
                _ = try store.plan(e.id)
                _ = try store.checkIns(e.id)
                _ = try store.releases(e.id)
            }
            return .accepted
        } catch is StoreError {
            return .rejected
        } catch is SQLiteError {
            // SQLite's own word on a file damaged below the schema (a malformed page).
            return .rejected
        } catch {
            return .misreported
        }
    }
}
