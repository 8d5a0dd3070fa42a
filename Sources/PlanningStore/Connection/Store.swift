import CSQLite
import Foundation
import PlanningCore

/// What a person is told when the database cannot be used. Each case reads as one line.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case notADatabase(path: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case cannotOpen(path: String, reason: String)
    case noSuchEvent(String)
    case ambiguousEvent(String, candidates: [String])
    case eventNeeded(candidates: [String])
    case noEvents
    case eventExists(key: String)
    case invalidPlan([PlanProblem])
    case readOnly(path: String)
    case noDatabase(path: String)
    case diskFull(path: String)
    case busy(path: String)
    /// Someone else changed or deleted the row since it was read: `theirs` holds it as it is
    /// now (its `after` is nil when it was deleted), so the person can choose.
    case editConflict(theirs: Change)
    case noSuchRelease(Int)
    /// Nobody stored by that name after all (a walk-in the import took but cannot be found).
    case noSuchPerson(String)
    /// The file's schema version or tables are not what any confplan wrote.
    case damagedSchema(path: String, problems: [String])
    /// A merge named one person twice (by row id), or one of the two is gone.
    case samePerson(String)
    /// Nobody was merged into the person (by row id).
    case noMerge(Int)
    /// The person kept by the newest merge into them changed since, or it was taken back.
    case changedSinceMerge(Int)

    public var description: String { text(.en) }
}

extension StoreError: Explained {
    public func text(_ lang: Language) -> String {
        let comma = StoreWords.listSeparator.text(lang)
        switch self {
        case .notADatabase(let path): return StoreWords.notADatabase.text(lang, path)
        case .newerSchema(let path, let found, let supported):
            return StoreWords.newerSchema.text(lang, path, found, supported)
        case .cannotOpen(let path, let reason): return StoreWords.cannotOpen.text(lang, path, reason)
        case .noSuchEvent(let name): return StoreWords.noSuchEvent.text(lang, name)
        case .ambiguousEvent(let name, let candidates):
            return StoreWords.ambiguousEvent.text(lang, name, candidates.joined(separator: comma))
        case .noEvents: return StoreWords.noEvents.text(lang)
        case .eventNeeded(let candidates):
            return StoreWords.eventNeeded.text(lang, candidates.count, candidates.joined(separator: comma))
        case .eventExists(let key): return StoreWords.eventExists.text(lang, key)
        case .invalidPlan(let problems): return problems.prefix(5).map(\.description).joined(separator: "; ")
        case .readOnly(let path): return StoreWords.readOnly.text(lang, path)
        case .noDatabase(let path): return StoreWords.noDatabase.text(lang, path)
        case .diskFull(let path): return StoreWords.diskFull.text(lang, path)
        case .busy(let path): return StoreWords.busy.text(lang, path)
        case .editConflict: return StoreWords.editConflict.text(lang)
        case .noSuchRelease(let n): return StoreWords.noSuchRelease.text(lang, n)
        case .noSuchPerson(let name): return StoreWords.noSuchPerson.text(lang, name)
        case .damagedSchema(let path, let problems):
            let shown = problems.prefix(3).joined(separator: "; ") + (problems.count > 3 ? " …" : "")
            return StoreWords.damagedSchema.text(lang, path, shown)
        case .samePerson: return StoreWords.samePerson.text(lang)
        case .noMerge: return StoreWords.noMerge.text(lang)
        case .changedSinceMerge: return StoreWords.changedSinceMerge.text(lang)
        }
    }
}

/// The store's words: what a person is told when the database cannot be used.
public enum StoreWords: String, Phrasebook {
    case listSeparator, notADatabase, newerSchema, cannotOpen, noSuchEvent, ambiguousEvent, noEvents, eventNeeded
    case eventExists, readOnly, noDatabase, diskFull, busy, editConflict, noSuchRelease, noSuchPerson
    case damagedSchema
    case samePerson, noMerge, changedSinceMerge

    public static let tables: [Language: [StoreWords: String]] = [
        .en: [
            .listSeparator: ", ", .noSuchRelease: "the event has no release %1 (see: confplan releases)",
            .noSuchPerson: "nobody called \"%1\" is stored in the event",
            .notADatabase: "%1 is not a confplan database (not an SQLite file)",
            .newerSchema: "%1 was written by a newer confplan (schema %2, this one knows up to %3); it was not "
                + "changed — use a newer confplan",
            .cannotOpen: "cannot open %1: %2",
            .noSuchEvent: "no event \"%1\" in the database (see: confplan events)",
            .ambiguousEvent: "\"%1\" matches several events: %2; use the identifier",
            .noEvents: "the database has no events yet: create one (confplan new NAME --first-day YYYY-MM-DD), "
                + "load one (confplan load FILE), or try confplan demo",
            .eventNeeded: "the database holds %1 events (%2): name one",
            .eventExists: "an event with identifier \"%1\" is already in the database (use --replace to overwrite it)",
            .readOnly: "%1 is read-only: nothing was changed",
            .noDatabase: "there is no database at %1 (a mistyped --db? `confplan load`, `new` or `import schedule` "
                + "creates one)",
            .diskFull: "the disk holding %1 is full: nothing was changed",
            .busy: "%1 is busy (another confplan is writing); try again in a moment",
            .editConflict: "someone else changed this since you opened it; nothing was saved",
            .damagedSchema: "%1 is damaged or was changed outside confplan (%2); nothing was changed — "
                + "`confplan doctor` says more, `confplan restore BACKUP` puts a backup back",
            .samePerson: "a merge needs two people, both still in the event: nothing was merged",
            .noMerge: "nobody was merged into this person",
            .changedSinceMerge: "this person has changed since the merge (or it was taken back): nothing was changed",
        ],
        .zh: [
            .listSeparator: "、", .noSuchRelease: "这个会议没有第 %1 版（查看：confplan releases）",
            .noSuchPerson: "会议里没有保存“%1”",
            .notADatabase: "%1 不是 confplan 数据库（不是 SQLite 文件）",
            .newerSchema: "%1 是较新版本的 confplan 写的（结构版本 %2，本版本最高认识 %3）；"
                + "文件没有改动，请用新版 confplan",
            .cannotOpen: "打不开 %1：%2",
            .noSuchEvent: "数据库里没有会议“%1”（查看：confplan events）",
            .ambiguousEvent: "“%1”对应多个会议：%2；请用会议标识",
            .noEvents: "数据库里还没有会议：新建一个（confplan new 名称 --first-day YYYY-MM-DD）、"
                + "载入一个（confplan load 文件），或试试 confplan demo",
            .eventNeeded: "数据库里有 %1 个会议（%2）：请指明一个",
            .eventExists: "数据库里已有标识为“%1”的会议（用 --replace 覆盖）",
            .readOnly: "%1 是只读的：没有任何改动",
            .noDatabase: "%1 没有数据库（--db 写错了？confplan load、new 或 import schedule 会新建）",
            .diskFull: "%1 所在的磁盘已满：没有任何改动",
            .busy: "%1 正忙（另一个 confplan 正在写入）；请稍后再试",
            .editConflict: "打开之后已有别人改过这一项；没有保存",
            .damagedSchema: "%1 已损坏或被 confplan 以外的程序改过（%2）；没有任何改动——"
                + "`confplan doctor` 可查看详情，`confplan restore 备份文件` 可恢复备份",
            .samePerson: "合并需要两个人，且都还在会议里：没有合并",
            .noMerge: "没有人并入过这个人",
            .changedSinceMerge: "合并之后这个人已有改动（或合并已撤销）：没有任何改动",
        ],
    ]
}

/// One line of `confplan events`.
public struct EventSummary: Hashable, Sendable {
    public var id: ID<Event>
    public var key: String
    public var name: String
    public var shortName: String
    public var firstDay: LocalDate
    public var lastDay: LocalDate
    public var sessionCount: Int
    public var registrationCount: Int
}

/// The workspace database: any number of events in one SQLite file.
public final class Store {
    let db: SQLiteConnection
    public let path: String
    /// The file (or its folder) cannot be written: everything can be read, nothing saved.
    public let isReadOnly: Bool

    /// `$XDG_DATA_HOME/confplan/confplan.sqlite`, or `~/.local/share/confplan/confplan.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/confplan/confplan.sqlite"
    }

    /// Opens (creating when missing, owner-only: it holds phone numbers; see `SharedFolder`) and migrates.
    /// `readOnly`, or a file this user cannot write, opens it for reading only. Without `create`
    /// a missing file is an error: a command that only reads must not leave an empty database
    /// (and its folders) at a mistyped path.
    ///
    /// A file whose schema version or layout this version did not write is refused in words
    /// (`damagedSchema`); `doctor` and `restore` pass `checkLayout: false` to look at or replace it.
    public init(path: String, readOnly: Bool = false, create: Bool = true, checkLayout: Bool = true) throws {
        self.path = path
        let fm = FileManager.default
        if !create && !fm.fileExists(atPath: path) { throw StoreError.noDatabase(path: path) }
        if !fm.fileExists(atPath: path) && !readOnly {
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty {
                try? fm.createDirectory(
                    atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            // Owner-only, or the group's too in a folder `confplan share` gave to a group.
            let fd = SharedFolder.create(path)
            if fd < 0 && errno != EEXIST {
                throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            if fd >= 0 { close(fd) }
        }
        // A file staff may only read (a copy handed round, a shared folder) opens for reading.
        let dir = (path as NSString).deletingLastPathComponent
        let folderWritable = access(dir.isEmpty ? "." : dir, W_OK) == 0
        isReadOnly = readOnly || access(path, W_OK) != 0 || !folderWritable
        // A WAL reader creates `-shm` beside the file; where it cannot, and no `-wal` says someone
        // is writing, the file is read as it stands.
        let immutable = isReadOnly && !folderWritable && !fm.fileExists(atPath: path + "-wal")
        do {
            db = try SQLiteConnection(path: path, readOnly: isReadOnly, immutable: immutable)
        } catch let e as SQLiteError {
            throw StoreError.cannotOpen(path: path, reason: e.message)
        }
        let version: Int
        do {
            version = try db.scalarInt("PRAGMA user_version") ?? 0
        } catch let e as SQLiteError where e.code & 0xFF == SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path)
        } catch let e as SQLiteError where isReadOnly && !folderWritable && !immutable {
            // SQLite reads a file someone may be writing through a shared-memory file beside it.
            throw StoreError.cannotOpen(
                path: path, reason: "a -wal file beside it says it is being written, and reading it then needs write "
                    + "access to its folder \(dir.isEmpty ? "." : dir) (\(e.message)); ask for that access, or read a "
                    + "backup of it")
        }
        if version > Schema.latest {
            throw StoreError.newerSchema(path: path, found: version, supported: Schema.latest)
        }
        if checkLayout {
            if version < 0 {
                throw StoreError.damagedSchema(path: path, problems: [Store.unknownVersion(version)])
            }
            let tables = try translate {
                try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
            } ?? 0
            if version == 0 && tables > 0 {
                let problem = "schema version 0, yet it holds \(tables) tables"
                throw StoreError.damagedSchema(path: path, problems: [problem])
            }
            // Before any upgrade: a damaged file is neither backed up as good nor migrated.
            if version > 0 { try refuseDamagedLayout() }
        }
        if isReadOnly {
            guard version == Schema.latest || version == 0 else {
                throw StoreError.cannotOpen(
                    path: path,
                    reason: "it needs an upgrade (schema \(version) to \(Schema.latest)), but it is read-only")
            }
            try translate { try db.execute("PRAGMA query_only=ON") }
            return
        }
        if checkLayout && version > 0 && version < Schema.latest {
            // An upgrade changes the file for good: first a verified copy of it as it was.
            try backup(to: Store.backupPath(for: path, reason: "before-v\(Schema.latest)"))
        }
        try translate {
            try db.execute("PRAGMA foreign_keys=ON")
            _ = try db.rows("PRAGMA journal_mode=WAL")
            try db.execute("PRAGMA synchronous=NORMAL")
            // 64 MiB of page cache: unique indexes on random UUIDs touch pages all over the file,
            // and SQLite's default 2 MiB turns a large load into disk reads.
            try db.execute("PRAGMA cache_size=-\(Self.pageCacheKiB)")
        }
        // `doctor` looks at a file as it is; it upgrades nothing.
        guard checkLayout else { return }
        try translate { try migrate(from: version) }
    }

    static func unknownVersion(_ version: Int) -> String { "schema version \(version), which no confplan writes" }

    private func refuseDamagedLayout() throws {
        let problems = try translate { try layoutProblems() }
        if !problems.isEmpty { throw StoreError.damagedSchema(path: path, problems: problems) }
    }

    public var schemaVersion: Int { (try? db.scalarInt("PRAGMA user_version")) ?? 0 }

    /// Changes whenever another connection commits (PRAGMA data_version): how a UI notices
    /// what other staff saved.
    public var dataVersion: Int { (try? db.scalarInt("PRAGMA data_version")) ?? 0 }

    /// Runs the migrations a file lacks, each in its own transaction. Foreign keys are off
    /// meanwhile (a migration that rebuilds a table drops the old one, which with them on would
    /// cascade) and are checked before each commit instead.
    func migrate(from version: Int) throws {
        guard version < Schema.latest else { return }
        guard version >= 0 else {
            throw StoreError.damagedSchema(path: path, problems: [Store.unknownVersion(version)])
        }
        try db.execute("PRAGMA foreign_keys=OFF")
        defer { try? db.execute("PRAGMA foreign_keys=ON") }
        for n in version..<Schema.latest {
            try db.transaction {
                try db.execute(Schema.migrations[n])
                if let broken = try db.rows("PRAGMA foreign_key_check").first {
                    throw SQLiteError(
                        code: SQLITE_CONSTRAINT,
                        message: "migration \(n + 1) left a broken reference in \(broken.first.map { "\($0)" } ?? "?")")
                }
                try db.execute("PRAGMA user_version = \(n + 1)")
            }
        }
    }

    /// Maps SQLite's codes to the messages people get.
    func translate<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as SQLiteError {
            if e.isReadOnly { throw StoreError.readOnly(path: path) }
            if e.isFull { throw StoreError.diskFull(path: path) }
            if e.isBusy { throw StoreError.busy(path: path) }
            throw e
        }
    }

    // MARK: Events

    public func events() throws -> [EventSummary] {
        let s = try db.prepared("""
            SELECT e.id, e.key, e.name, e.short_name, e.first_day, e.last_day,
                   (SELECT count(*) FROM sessions WHERE event_id = e.id),
                   (SELECT count(*) FROM people WHERE event_id = e.id AND category IS NOT NULL)
            FROM events e ORDER BY e.first_day, e.key
            """)
        var out: [EventSummary] = []
        while try s.step() {
            out.append(EventSummary(
                id: ID(s.int(0)), key: s.text(1), name: s.text(2), shortName: s.text(3),
                firstDay: LocalDate(iso: s.text(4)) ?? LocalDate(dayNumber: 0),
                lastDay: LocalDate(iso: s.text(5)) ?? LocalDate(dayNumber: 0),
                sessionCount: s.int(6), registrationCount: s.int(7)))
        }
        return out
    }

    /// Finds an event by identifier, short name, or a unique part of its name.
    /// With no name, the only event in the database.
    public func resolveEvent(_ name: String?) throws -> EventSummary {
        let all = try events()
        guard let name, !name.isEmpty else {
            if all.count == 1 { return all[0] }
            if all.isEmpty { throw StoreError.noEvents }
            throw StoreError.eventNeeded(candidates: all.map(\.key))
        }
        if let exact = all.first(where: { $0.key == name }) { return exact }
        if let n = Int(name), let byID = all.first(where: { $0.id.raw == n }) { return byID }
        // A name given whole wins over the events it is only a part of (`研讨会` beside
        // `中德职教研讨会`): otherwise an event named so could never be chosen by its name.
        let whole = all.filter { $0.name == name || $0.shortName == name }
        if whole.count == 1 { return whole[0] }
        let partial = whole.isEmpty ? all.filter { $0.name.contains(name) || $0.shortName.contains(name) } : whole
        if partial.count == 1 { return partial[0] }
        if partial.isEmpty { throw StoreError.noSuchEvent(name) }
        throw StoreError.ambiguousEvent(name, candidates: partial.map(\.key))
    }

    public func deleteEvent(_ id: ID<Event>) throws {
        try translate { try db.transaction { try db.run("DELETE FROM events WHERE id = ?", id.raw) } }
    }
}

/// List columns: see `Schema`.
enum ListColumn {
    static let separator: Character = "\u{1F}"
    static func encode(_ items: [String]) -> String { items.joined(separator: String(separator)) }
    static func decode(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }
    static func encode(_ windows: [TimeWindow]) -> String { encode(windows.map { "\($0.start)/\($0.end)" }) }
    static func decodeWindows(_ text: String) -> [TimeWindow] {
        decode(text).compactMap { item in
            let parts = item.split(separator: "/")
            guard parts.count == 2, let a = LocalDateTime(iso: parts[0]), let b = LocalDateTime(iso: parts[1]) else {
                return nil
            }
            return TimeWindow(start: a, end: b)
        }
    }
}

/// A seating plan in one column: `rows=7,5;order=12,9;rule=international`, people by row id.
enum SeatingColumn {
    static func encode(_ plan: SeatingPlan?) -> String? {
        guard let plan else { return nil }
        var parts = ["rows=" + plan.rows.map(String.init).joined(separator: ","),
                     "order=" + plan.order.map { String($0.raw) }.joined(separator: ",")]
        if let rule = plan.rule { parts.append("rule=" + rule.rawValue) }
        return parts.joined(separator: ";")
    }

    static func decode(_ text: String) -> SeatingPlan? {
        var plan = SeatingPlan()
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            let numbers = pair[1].split(separator: ",").compactMap { Int($0) }
            switch pair[0] {
            case "rows": plan.rows = numbers
            case "order": plan.order = numbers.map(ID.init)
            case "rule": plan.rule = SeatingRule(rawValue: pair[1])
            default: break
            }
        }
        return plan
    }
}
