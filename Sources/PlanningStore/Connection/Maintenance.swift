import CSQLite
import Foundation
import PlanningCore

/// Copies, restores and checks of the whole database file.
extension Store {
    /// `confplan.sqlite.before-v4.2026-11-29T14-10-00.backup` beside the database.
    /// A second backup in the same second gets `-2`, `-3`, … rather than failing.
    public static func backupPath(for path: String, reason: String, date: Date = Date()) -> String {
        let stamp = Store.timestamp(date).replacingOccurrences(of: ":", with: "-").replacingOccurrences(
            of: "Z", with: "")
        let first = "\(path).\(reason).\(stamp)"
        var candidate = first + ".backup"
        var n = 2
        let fm = FileManager.default
        while fm.fileExists(atPath: candidate) || fm.fileExists(atPath: candidate + ".partial") {
            candidate = "\(first)-\(n).backup"
            n += 1
        }
        return candidate
    }

    /// A consistent copy made with SQLite's online backup (others may keep working), then
    /// opened and checked: a backup that does not pass `integrity_check` is removed and reported.
    public func backup(to target: String) throws {
        if FileManager.default.fileExists(atPath: target) {
            throw StoreError.cannotOpen(path: target, reason: "it already exists")
        }
        // Written under a temporary name and renamed when whole and checked: a kill half-way
        // leaves a `.partial` file, never one that looks like a complete backup.
        let partial = target + ".partial"
        // A colleague restores from a backup in a shared folder: there it is the group's too.
        let fd = SharedFolder.create(partial)
        guard fd >= 0 else { throw StoreError.cannotOpen(path: target, reason: String(cString: strerror(errno))) }
        close(fd)
        do {
            do {
                let dest = try SQLiteConnection(path: partial)
                try copy(from: db, to: dest)
                // A backup is read, not written: in rollback mode reading it leaves no -wal/-shm.
                _ = try dest.rows("PRAGMA journal_mode=DELETE")
                try verify(dest, expected: schemaVersion, path: target)
            }
            Store.pauseForTest(at: "backup")
            guard rename(partial, target) == 0 else {
                throw StoreError.cannotOpen(path: target, reason: String(cString: strerror(errno)))
            }
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(partial + suffix) }
            throw error
        }
    }

    /// Replaces the database's contents with a backup's, after checking the backup and keeping
    /// a copy of what is replaced. Check-ins recorded since the backup are carried into the
    /// restored database (a desk's arrivals are never lost to a restore) unless `carryCheckIns`
    /// is false; newer releases and log entries stay in the kept copy, and the report counts them.
    /// `preview` checks and counts without changing anything.
    @discardableResult
    public func restore(from source: String, carryCheckIns: Bool = true, preview: Bool = false) throws
        -> RestoreReport
    {
        guard FileManager.default.fileExists(atPath: source) else {
            throw StoreError.cannotOpen(path: source, reason: "no such file")
        }
        if isReadOnly { throw StoreError.readOnly(path: path) }
        // Nobody writes a backup: read as it stands, it leaves no -wal/-shm beside it.
        let src = try SQLiteConnection(path: source, readOnly: true, immutable: true)
        let version: Int
        do {
            version = try src.scalarInt("PRAGMA user_version") ?? 0
        } catch let e as SQLiteError where e.code & 0xFF == SQLITE_NOTADB {
            throw StoreError.notADatabase(path: source)
        }
        guard version <= Schema.latest else {
            throw StoreError.newerSchema(path: source, found: version, supported: Schema.latest)
        }
        try verify(src, expected: version, path: source)
        guard try src.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'events'") == 1 else {
            throw StoreError.cannotOpen(path: source, reason: "it is an SQLite file but not a confplan database")
        }
        let problems = try Store.layoutProblems(of: src)
        if !problems.isEmpty { throw StoreError.damagedSchema(path: source, problems: problems) }
        let newer = try newerThan(src)
        var report = RestoreReport(newerCheckIns: newer.checkIns.count, newerReleases: newer.releases,
                                   newerChanges: newer.changes)
        if preview { return report }
        let numbers = try calendarNumbers()
        let kept = Store.backupPath(for: path, reason: "before-restore")
        try backup(to: kept)
        report.kept = kept
        try copy(from: src, to: db)
        try migrate(from: version)
        report.carriedCheckIns = try translate {
            try db.transaction {
                try keepHigher(numbers)
                return carryCheckIns ? try carry(newer.checkIns) : 0
            }
        }
        return report
    }

    private func copy(from src: SQLiteConnection, to dest: SQLiteConnection) throws {
        guard let b = sqlite3_backup_init(dest.handle, "main", src.handle, "main") else {
            throw SQLiteError(code: sqlite3_errcode(dest.handle), message: String(cString: sqlite3_errmsg(dest.handle)))
        }
        var rc: Int32
        repeat {
            rc = sqlite3_backup_step(b, 256)
            if rc == SQLITE_BUSY || rc == SQLITE_LOCKED { usleep(20_000) }
            if rc == SQLITE_OK && dest === db { Store.pauseForTest(at: "restore") }
        } while rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(b)
        guard rc == SQLITE_DONE, finish == SQLITE_OK else {
            let code = rc == SQLITE_DONE ? finish : rc
            throw translateError(SQLiteError(code: code, message: String(cString: sqlite3_errstr(code))))
        }
    }

    private func translateError(_ e: SQLiteError) -> Error {
        if e.isFull { return StoreError.diskFull(path: path) }
        if e.isReadOnly { return StoreError.readOnly(path: path) }
        return e
    }

    private func verify(_ c: SQLiteConnection, expected: Int, path: String) throws {
        let result = try c.rows("PRAGMA integrity_check").first?.first
        guard result == .text("ok") else {
            throw StoreError.cannotOpen(path: path, reason: "it fails SQLite's integrity check")
        }
        let version = try c.scalarInt("PRAGMA user_version") ?? 0
        guard version == expected else {
            throw StoreError.cannotOpen(path: path, reason: "its schema is \(version), expected \(expected)")
        }
    }

    /// `confplan doctor`: the file, the references between rows, and each event's own rules.
    public func doctor() throws -> [(ok: Bool, text: String)] {
        var out: [(Bool, String)] = []
        let integrity = try db.rows("PRAGMA integrity_check").compactMap { row -> String? in
            if case .text(let t)? = row.first { return t }
            return nil
        }
        out.append(
            integrity == ["ok"]
                ? (true, "SQLite integrity check: ok")
                : (
                    false,
                    "SQLite integrity check failed: " + integrity.prefix(5).joined(separator: "; ")
                        + " — the file is damaged; restore a backup (confplan restore FILE)"
                ))
        let fk = try db.rows("PRAGMA foreign_key_check")
        out.append(
            fk.isEmpty
                ? (true, "references between rows: ok")
                : (
                    false,
                    "\(fk.count) rows point at rows that do not exist (first in table "
                        + "\(fk[0].first.map { "\($0)" } ?? "?")) — restore a backup or delete the event and load it "
                        + "again"
                ))
        var journal = "?"
        if case .text(let j)?? = try? db.rows("PRAGMA journal_mode").first?.first { journal = j }
        let layout = try layoutProblems()
        out.append((true, "schema version \(schemaVersion) of \(Schema.latest); journal \(journal)"))
        guard layout.isEmpty else {
            // The checks below read the tables by name: on a damaged layout they would only fail.
            for problem in layout {
                out.append((false, "schema: \(problem) — restore a backup (confplan restore FILE)"))
            }
            return out
        }
        if schemaVersion < Schema.latest {
            out.append((true, "the next command that writes upgrades it to schema \(Schema.latest), keeping a backup"))
            return out
        }
        // References that cross from one event into another, which SQL's own checks cannot see.
        let crossings: [(String, String)] = [
            (
                "SELECT count(*) FROM sessions s JOIN rooms r ON r.id = s.room_id WHERE r.event_id != s.event_id",
                "sessions in another event's room"
            ),
            (
                "SELECT count(*) FROM rooms r JOIN sites t ON t.id = r.site_id WHERE t.event_id != r.event_id",
                "rooms on another event's site"
            ),
            (
                "SELECT count(*) FROM session_roles x JOIN sessions s ON s.id = x.session_id JOIN people p ON p.id = "
                    + "x.person_id WHERE s.event_id != p.event_id",
                "roles given to people of another event"
            ),
            (
                "SELECT count(*) FROM signups x JOIN sessions s ON s.id = x.session_id JOIN people p ON p.id = "
                    + "x.person_id WHERE s.event_id != p.event_id",
                "sign-ups for another event's sessions"
            ),
            // Rules the schema keeps no index or key for (see migration 5).
            (
                "SELECT count(*) FROM signups x JOIN people p ON p.id = x.person_id WHERE p.category IS NULL",
                "sign-ups of people not registered"
            ),
            (
                "SELECT count(*) FROM (SELECT 1 FROM people GROUP BY event_id, uid HAVING count(*) > 1)",
                "people's uids used twice in one event"
            ),
        ]
        for (sql, what) in crossings {
            let n = try db.scalarInt(sql) ?? 0
            if n > 0 { out.append((false, "\(n) \(what) — delete the event and load its file again")) }
        }
        for e in try events() {
            let problems = try plan(e.id).structuralProblems()
            out.append(problems.isEmpty ? (true, "event \(e.key): its sessions, rooms and people hold together")
                       : (false, "event \(e.key): " + problems.prefix(5).map(\.description).joined(separator: "; ")))
        }
        return out
    }
}
