import Foundation
import Testing
import PlanningCore
@testable import PlanningStore

/// Databases no confplan wrote (a schema version set by hand, a table dropped, a column gone)
/// are refused in words before anything reads or writes them; `doctor` names what is wrong.
@Suite struct DamagedDatabaseTests {
    /// A database with one event, closed, then changed behind confplan's back with `sql`.
    func damaged(_ sql: String) throws -> String {
        let path = scratchPath()
        try Store(path: path).insert(smallPlan())
        let raw = try SQLiteConnection(path: path)
        try raw.execute(sql)
        return path
    }

    func refusal(_ path: String) -> StoreError? {
        do {
            _ = try Store(path: path).events()
            return nil
        } catch let e as StoreError {
            return e
        } catch {
            return nil
        }
    }

    @Test func aNegativeSchemaVersionIsRefusedNotACrash() throws {
        let path = try damaged("PRAGMA user_version = -1")
        #expect(refusal(path) == .damagedSchema(path: path, problems: ["schema version -1, which no confplan writes"]))
    }

    @Test func aDroppedTableIsRefusedNamingItBeforeItsIndexes() throws {
        let path = try damaged("DROP TABLE checkins")
        #expect(refusal(path) == .damagedSchema(path: path, problems: [
            "table checkins is missing", "index checkins_by_seq is missing", "index checkins_once is missing",
        ]))
        #expect(refusal(path)?.text(.en) == "\(path) is damaged or was changed outside confplan (table checkins "
            + "is missing; index checkins_by_seq is missing; index checkins_once is missing); nothing was changed — "
            + "`confplan doctor` says more, `confplan restore BACKUP` puts a backup back")
    }

    @Test func aDroppedColumnIsRefused() throws {
        let path = try damaged("ALTER TABLE people DROP COLUMN notes")
        #expect(refusal(path) == .damagedSchema(path: path, problems: ["table people lacks column notes"]))
    }

    @Test func aVersionResetToZeroOverTablesIsRefusedNotMigratedAgain() throws {
        let path = try damaged("PRAGMA user_version = 0")
        let tables = try SQLiteConnection(path: path).scalarInt(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' OR type = 'view' OR type = 'index'") ?? 0
        let e = refusal(path)
        guard case .damagedSchema(_, let problems)? = e else {
            Issue.record("not refused: \(String(describing: e))")
            return
        }
        #expect(problems.count == 1 && problems[0].hasPrefix("schema version 0, yet it holds"))
        #expect(tables > 0)
    }

    @Test func doctorReportsTheDamageInsteadOfSayingAllIsWell() throws {
        let path = try damaged("DROP TABLE checkins")
        let report = try Store(path: path, create: false, checkLayout: false).doctor()
        #expect(report.filter { !$0.ok }.map(\.text) == [
            "schema: table checkins is missing — restore a backup (confplan restore FILE)",
            "schema: index checkins_by_seq is missing — restore a backup (confplan restore FILE)",
            "schema: index checkins_once is missing — restore a backup (confplan restore FILE)",
        ])
    }

    @Test func aDamagedDatabaseIsRestoredFromItsBackup() throws {
        let path = scratchPath()
        try Store(path: path).insert(smallPlan(key: "kept"))
        let copy = path + ".copy"
        try Store(path: path).backup(to: copy)
        try SQLiteConnection(path: path).execute("DROP TABLE checkins")
        _ = try Store(path: path, checkLayout: false).restore(from: copy)
        #expect(try Store(path: path).events().map(\.key) == ["kept"])
    }

    @Test func aDamagedBackupIsNotRestored() throws {
        let path = scratchPath()
        try Store(path: path).insert(smallPlan(key: "current"))
        let bad = try damaged("DROP TABLE releases")
        let store = try Store(path: path)
        #expect(throws: StoreError.damagedSchema(path: bad, problems: ["table releases is missing"])) {
            try store.restore(from: bad)
        }
        #expect(try store.events().map(\.key) == ["current"])
    }

    @Test func twoBackupsInOneSecondBothSucceed() throws {
        let path = scratchPath()
        let store = try Store(path: path)
        try store.insert(smallPlan())
        let when = Date(timeIntervalSince1970: 1_800_000_000)
        let first = Store.backupPath(for: path, reason: "backup", date: when)
        try store.backup(to: first)
        let second = Store.backupPath(for: path, reason: "backup", date: when)
        try store.backup(to: second)
        #expect(second == String(first.dropLast(".backup".count)) + "-2.backup")
        #expect(try Store(path: second, readOnly: true).events().count == 1)
    }

    @Test func restoringLeavesNoJournalFilesBesideTheBackup() throws {
        let path = scratchPath()
        let store = try Store(path: path)
        try store.insert(smallPlan())
        let copy = path + ".copy"
        try store.backup(to: copy)
        _ = try store.restore(from: copy)
        let fm = FileManager.default
        #expect(!fm.fileExists(atPath: copy + "-wal") && !fm.fileExists(atPath: copy + "-shm"))
        #expect(!fm.fileExists(atPath: copy + ".partial"))
    }

    @Test func aReadOnlyRestoreWritesNoBackupBeforeRefusing() throws {
        let path = scratchPath()
        let store = try Store(path: path)
        try store.insert(smallPlan())
        let copy = path + ".copy"
        try store.backup(to: copy)
        let folder = (path as NSString).deletingLastPathComponent
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(throws: StoreError.readOnly(path: path)) {
            try Store(path: path, readOnly: true, checkLayout: false).restore(from: copy)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == before)
    }
}
