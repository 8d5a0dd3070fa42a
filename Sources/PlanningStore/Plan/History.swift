import Foundation
import PlanningCore

/// What an event has that its file does not carry: arrivals at the desks, numbered releases,
/// the change log, kept-apart marks, badge numbers. A reload (`load --replace`) replaces what
/// the file says and carries these over; a restore carries the check-ins made since the backup.
public struct KeptHistory: Equatable, Sendable {
    public var checkIns = 0
    public var releases = 0
    public var changes = 0
    public var badges = 0
}

/// A reload that would lose arrivals: check-ins of people or sessions the file no longer has.
public struct ReloadWouldDrop: Error, Equatable, Sendable {
    public var key: String
    /// `name` (or `name · session`) of each check-in that could not be kept.
    public var checkIns: [String]
}

/// Whole-event tables that hold no row ids of people or sessions: re-pointed at the new event.
/// (Calendar numbers are kept by the reload itself: see `calendarSequences`.)
private let eventTables = ["change_log", "releases", "kept_apart", "cancelled_signups", "import_memory",
                           "import_lists", "transport_notices"]

extension Store {
    /// For the crash tests only: `CONFPLAN_TEST_PAUSE_AT=POINT` stops the command at that point
    /// (inside a reload's transaction, while a restore copies, before a backup is renamed), says
    /// so on stderr and waits to be killed, so a test's kill is known to land there.
    static func pauseForTest(at point: String) {
        guard ProcessInfo.processInfo.environment["CONFPLAN_TEST_PAUSE_AT"] == point else { return }
        FileHandle.standardError.write(Data("paused at \(point)\n".utf8))
        sleep(60)
    }

    /// Inside the reload's transaction, before the old event is deleted: what must survive it,
    /// set aside in temporary tables. The check-ins are held by the people's and sessions' uids.
    func setAsideHistory(of event: Int, for plan: inout EventPlan, discard: Bool) throws -> KeptHistory {
        var kept = KeptHistory()
        for table in eventTables { try db.execute("DROP TABLE IF EXISTS temp.kept_\(table)") }
        try db.execute("DROP TABLE IF EXISTS temp.kept_checkins")
        guard !discard else { return kept }
        // Sessions the file no longer has are cancelled as a deletion cancels them: who was signed
        // up stays, for the notices.
        let fileSessions = Set(plan.sessions.map(\.uid))
        for row in try db.rows("SELECT id, uid FROM main.sessions WHERE event_id = ?", event) {
            guard case .int(let id) = row[0], case .text(let uid) = row[1], !fileSessions.contains(uid) else {
                continue
            }
            try keepCancelledSignups(event: event, session: Int(id), uid: uid)
        }
        for table in eventTables {
            try db.run("CREATE TEMP TABLE kept_\(table) AS SELECT * FROM main.\(table) WHERE event_id = ?", event)
        }
        kept.changes = try db.scalarInt("SELECT count(*) FROM temp.kept_change_log") ?? 0
        kept.releases = try db.scalarInt("SELECT count(*) FROM temp.kept_releases") ?? 0
        try db.run("""
            CREATE TEMP TABLE kept_checkins AS
            SELECT c.id, c.at, c.desk, c.by_user, c.items, c.undone_at, c.undone_by, c.undo_reason, c.seq,
                   p.uid AS person_uid, s.uid AS session_uid, p.name AS person_name, s.title AS session_title
            FROM main.checkins c JOIN main.people p ON p.id = c.person_id
            LEFT JOIN main.sessions s ON s.id = c.session_id WHERE c.event_id = ?
            """, event)
        // As the columns hold them: people's uids packed (`StoredUID`), sessions' as text.
        let people = Set(plan.people.map { StoredUID.value($0.uid) })
        let sessions = Set(plan.sessions.map { SQLValue.text($0.uid) })
        var lost: [String] = []
        for row in try db.rows(
            "SELECT person_uid, session_uid, person_name, session_title FROM temp.kept_checkins ORDER BY seq")
        {
            if !people.contains(row[0]) || (row[1] != .null && !sessions.contains(row[1])) {
                let name = if case .text(let n) = row[2] { n } else { "?" }
                if case .text(let title) = row[3] { lost.append(name + " · " + title) } else { lost.append(name) }
            }
        }
        if !lost.isEmpty { throw ReloadWouldDrop(key: plan.event.key, checkIns: lost) }
        kept.checkIns = try db.scalarInt("SELECT count(*) FROM temp.kept_checkins") ?? 0
        // Badge numbers given at the first print stay, unless the file gives that person one or
        // gives the number to someone else.
        var numbers: [SQLValue: Int] = [:]
        for row in try db.rows("SELECT uid, badge FROM main.people WHERE event_id = ? AND badge IS NOT NULL", event) {
            if case .int(let n) = row[1] { numbers[row[0]] = Int(n) }
        }
        let used = Set(plan.people.compactMap(\.badge))
        for i in plan.people.indices where plan.people[i].badge == nil {
            if let n = numbers[StoredUID.value(plan.people[i].uid)], !used.contains(n) {
                plan.people[i].badge = n
                kept.badges += 1
            }
        }
        return kept
    }

    /// After the new event is written: the set-aside rows, pointed at it and its new row ids.
    func bringBackHistory(into event: Int, _ stored: EventPlan) throws {
        guard try db.scalarInt("SELECT count(*) FROM temp.sqlite_master WHERE name = 'kept_checkins'") == 1 else {
            return
        }
        for table in eventTables {
            try db.run("UPDATE temp.kept_\(table) SET event_id = ?", event)
            try db.execute("INSERT INTO main.\(table) SELECT * FROM temp.kept_\(table); DROP TABLE temp.kept_\(table)")
        }
        let people = Dictionary(stored.people.map { (StoredUID.value($0.uid), $0.id.raw) },
                                uniquingKeysWith: { a, _ in a })
        let sessions = Dictionary(stored.sessions.map { (SQLValue.text($0.uid), $0.id.raw) },
                                  uniquingKeysWith: { a, _ in a })
        let insert = try db.prepared("""
            INSERT INTO main.checkins (id, event_id, person_id, session_id, at, desk, by_user, items, undone_at,
                                       undone_by, undo_reason, seq)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        // Same ids and sequence numbers: desks that took them in already do not take them again.
        for r in try db.rows("""
            SELECT id, at, desk, by_user, items, undone_at, undone_by, undo_reason, seq, person_uid, session_uid
            FROM temp.kept_checkins ORDER BY seq
            """)
        {
            // Every one was checked against the file above: none is without its person here.
            guard let personID = people[r[9]] else { continue }
            let session: SQLValue = sessions[r[10]].map { .int(Int64($0)) } ?? .null
            try insert.run(r[0], event, personID, session, r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8])
        }
        try db.execute("DROP TABLE temp.kept_checkins")
    }
}

/// What a restore meets in the database it replaces that the backup does not have.
public struct RestoreReport: Equatable, Sendable {
    /// Check-ins recorded since the backup, and how many of them the restored database took
    /// (the rest are of people or sessions the backup does not know, or already there).
    public var newerCheckIns = 0
    public var carriedCheckIns = 0
    /// Releases and log entries since the backup: they stay in the copy kept before restoring.
    public var newerReleases = 0
    public var newerChanges = 0
    /// That copy; nil for a preview.
    public var kept: String?
}

/// One check-in as both databases can name it: by the event's, person's and session's uids.
private struct PortableCheckIn: Hashable {
    var event: SQLValue, person: SQLValue, session: SQLValue, at: SQLValue
    var rest: [SQLValue]
}

extension Store {
    private static func portableCheckIns(_ c: SQLiteConnection) throws -> [PortableCheckIn] {
        guard try c.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'checkins'") == 1 else { return [] }
        return try c.rows("""
            SELECT e.uid, p.uid, s.uid, c.at, c.desk, c.by_user, c.items, c.undone_at, c.undone_by, c.undo_reason
            FROM checkins c JOIN events e ON e.id = c.event_id JOIN people p ON p.id = c.person_id
            LEFT JOIN sessions s ON s.id = c.session_id ORDER BY c.seq
            """).map { PortableCheckIn(event: $0[0], person: $0[1], session: $0[2], at: $0[3], rest: Array($0[4...])) }
    }

    private static func keys(_ c: SQLiteConnection, _ table: String, _ columns: String) throws -> Set<[SQLValue]> {
        guard try c.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = ?", table) == 1 else { return [] }
        // Table and column names are constants of this file.
        return Set(try c.rows("SELECT e.uid, \(columns) FROM \(table) x JOIN events e ON e.id = x.event_id"))
    }

    /// What restoring `source` would set aside: counted, nothing changed.
    func newerThan(_ source: SQLiteConnection) throws
        -> (checkIns: [PortableCheckInList], releases: Int, changes: Int)
    {
        let theirs = Set(try Store.portableCheckIns(source))
        let newer = try Store.portableCheckIns(db).filter { !theirs.contains($0) }
        let releases = try Store.keys(db, "releases", "x.number").subtracting(
            try Store.keys(source, "releases", "x.number")).count
        let log = "x.at, x.by_user, x.action, x.summary"
        let changes = try Store.keys(db, "change_log", log).subtracting(try Store.keys(source, "change_log", log)).count
        return (newer.map(PortableCheckInList.init), releases, changes)
    }

    /// Every calendar number as the database has it now, by event and session uid: a restore
    /// must not send an entry out under a number it already went out with.
    func calendarNumbers() throws -> [[SQLValue]] {
        guard try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'calendar_entries'") == 1 else {
            return []
        }
        return try db.rows("""
            SELECT e.uid, c.uid, c.sequence, c.fingerprint, c.at
            FROM calendar_entries c JOIN events e ON e.id = c.event_id
            """)
    }

    /// After the copy: each number that is higher than the restored one (or that it lacks) stays.
    func keepHigher(_ numbers: [[SQLValue]]) throws {
        for n in numbers {
            guard let event = try db.scalarInt("SELECT id FROM events WHERE uid = ?", n[0]) else { continue }
            let restored = try db.scalarInt(
                "SELECT sequence FROM calendar_entries WHERE event_id = ? AND uid = ?", event, n[1]) ?? -1
            guard case .int(let sequence) = n[2], Int(sequence) > restored else { continue }
            try db.run("""
                INSERT OR REPLACE INTO calendar_entries (event_id, uid, sequence, fingerprint, at) VALUES (?,?,?,?,?)
                """, event, n[1], n[2], n[3], n[4])
        }
    }

    /// After the copy: the newer check-ins into the restored database, each with the next
    /// sequence number of its event so desks take them in; those it cannot place are left out.
    func carry(_ checkIns: [PortableCheckInList]) throws -> Int {
        var carried = 0
        for item in checkIns {
            let c = item.value
            guard let event = try db.scalarInt("SELECT id FROM events WHERE uid = ?", c.event),
                  let person = try db.scalarInt("SELECT id FROM people WHERE event_id = ? AND uid = ?", event, c.person)
            else { continue }
            var session: SQLValue = .null
            if c.session != .null {
                let sql = "SELECT id FROM sessions WHERE event_id = ? AND uid = ?"
                guard let s = try db.scalarInt(sql, event, c.session) else { continue }
                session = .int(Int64(s))
            }
            try db.run("""
                INSERT OR IGNORE INTO checkins (event_id, person_id, session_id, at, desk, by_user, items, undone_at,
                                                undone_by, undo_reason, seq)
                VALUES (?,?,?,?,?,?,?,?,?,?,(SELECT coalesce(max(seq), 0) + 1 FROM checkins WHERE event_id = ?))
                """, event, person, session, c.at, c.rest[0], c.rest[1], c.rest[2], c.rest[3], c.rest[4], c.rest[5],
                event)
            carried += db.changes
        }
        return carried
    }
}

/// A check-in read from one database to be written into another (opaque outside the store).
public struct PortableCheckInList: Sendable {
    fileprivate let value: PortableCheckIn
    fileprivate init(_ value: PortableCheckIn) { self.value = value }
}
