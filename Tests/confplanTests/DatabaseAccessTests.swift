import Foundation
import Testing

/// Databases seen by someone who may only read them, and databases no confplan wrote.
@Suite struct DatabaseAccessTests {
    /// Runs the binary as a user who cannot write `folder`: `nobody` when the tests run as root
    /// (root writes everywhere), otherwise this user with the folder made read-only.
    func asReader(_ args: [String], folder: String) throws -> RunResult {
        if getuid() != 0 {
            chmod(folder, 0o555)
            defer { chmod(folder, 0o755) }
            return try confplan(args)
        }
        // nobody must reach the binary: a copy in the world-readable scratch folder.
        let bin = (try scratchFolder().path as NSString).appendingPathComponent("confplan")
        if !FileManager.default.fileExists(atPath: bin) {
            try FileManager.default.copyItem(atPath: confplanBinary().path, toPath: bin)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid", "65534", "--regid", "65534", "--clear-groups", bin] + args
        p.currentDirectoryURL = URL(fileURLWithPath: "/")
        return try collect(p)
    }

    @Test func aDatabaseInAFolderTheReaderCannotWriteIsReadReadOnly() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        let folder = (db as NSString).deletingLastPathComponent
        chmod(db, 0o644)
        chmod(folder, 0o755)
        let r = try asReader(["--db", db, "--read-only", "events"], folder: folder)
        #expect(r.stderr == "")
        #expect(r.stdout.hasPrefix("hz2025\t2025-10-23…2025-10-24\t19 sessions"))
        #expect(r.status == 0)
    }

    /// A `-wal` beside it says someone writes it: reading it then needs the folder, and the
    /// reader is told so, not SQLite's "unable to open database file".
    @Test func aDatabaseBeingWrittenInAFolderTheReaderCannotWriteIsExplained() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        let folder = (db as NSString).deletingLastPathComponent
        FileManager.default.createFile(atPath: db + "-wal", contents: Data())
        for file in [db, db + "-wal"] { chmod(file, 0o644) }
        chmod(folder, 0o755)
        let r = try asReader(["--db", db, "--read-only", "events"], folder: folder)
        #expect(r.stderr.hasPrefix("confplan: cannot open \(db): a -wal file beside it says it is being written, and "
            + "reading it then needs write access to its folder \(folder)"))
        #expect(r.status == 1)
    }

    @Test func aHandSetSchemaVersionIsRefusedInWordsByEveryCommand() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [db, "PRAGMA user_version = -1"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let expected = "confplan: \(db) is damaged or was changed outside confplan (schema version -1, which no "
            + "confplan writes); nothing was changed — `confplan doctor` says more, `confplan restore BACKUP` puts "
            + "a backup back\n"
        for args in [["events"], ["show", "hz2025"], ["dump", "hz2025"], ["check", "hz2025"]] {
            let r = try confplan(["--db", db] + args)
            #expect(r.stderr == expected, "\(args)")
            #expect(r.status == 1, "\(args)")
        }
    }
}
