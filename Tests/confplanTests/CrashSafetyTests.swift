import Foundation
import Testing
import TestSupport

@Suite struct CrashSafetyTests {
    /// A registration list big enough that an import takes a while.
    func bigList(_ rows: Int, in dir: URL) throws -> String {
        var text = "姓名,单位,手机,邮箱\n"
        for i in 0..<rows { text += "人员\(i),单位\(i % 300),139\(String(10_000_000 + i)),p\(i)@example.org\n" }
        let path = dir.appendingPathComponent("big.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func count(_ db: String) throws -> Int {
        let r = try confplan(["--db", db, "export", "csv", "attendees", "--no-bom"])
        return r.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1
    }

    /// SIGKILL inside the write transaction of a 100,000-row import (the size the README
    /// claims), at its first batch, in the middle and at its last: the import pauses there for
    /// the test (`CONFPLAN_TEST_PAUSE_AFTER_BATCHES`) and says so, so every kill is known to land
    /// mid-transaction. Each time the database passes its integrity check and holds none of the
    /// list; then the same import, left alone, stores all of it.
    @Test func killingAnImportInsideItsTransactionLeavesNothingOfIt() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("k.sqlite").path
        #expect(try confplan(["--db", db, "load", repoRoot.appendingPathComponent("sample-events/foshan-2026-industry-education-consortium.json").path]).status == 0)
        let rows = 100_000
        let list = try bigList(rows, in: dir)
        let before = try count(db)
        let batches = (rows + 63) / 64
        var killedAt: [Int] = []
        for pause in [1, batches / 2, batches] {
            let p = Process()
            p.executableURL = confplanBinary()
            p.arguments = ["--db", db, "import", "attendees", list]
            var env = ProcessInfo.processInfo.environment
            env["CONFPLAN_TEST_PAUSE_AFTER_BATCHES"] = String(pause)
            p.environment = env
            let err = Pipe()
            p.standardOutput = FileHandle.nullDevice
            p.standardError = err
            try p.run()
            // Wait for the import to say it is inside its transaction, then kill it there.
            var said = Data()
            let expected = "paused inside the import transaction after \(pause) batches\n"
            while !String(decoding: said, as: UTF8.self).contains(expected) {
                let chunk = err.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                said.append(chunk)
            }
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            #expect(String(decoding: said, as: UTF8.self).hasSuffix(expected), "import said: \(String(decoding: said, as: UTF8.self))")
            #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGKILL)
            killedAt.append(pause)
            let doctor = try confplan(["--db", db, "doctor"])
            #expect(doctor.status == 0, "\(doctor.stdout)")
            #expect(try count(db) == before, "killed after \(pause) of \(batches) batches: part of the import was kept")
        }
        #expect(killedAt == [1, 781, 1563])
        let whole = try confplan(["--db", db, "import", "attendees", list])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try count(db) == before + rows)
    }

    /// Runs confplan until it says it is paused at `point`, then kills it with SIGKILL there.
    func killed(at point: String, _ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = confplanBinary()
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["CONFPLAN_TEST_PAUSE_AT"] = point
        p.environment = env
        let err = Pipe()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("paused at \(point)\n") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        return String(decoding: said, as: UTF8.self)
    }

    /// Arrivals, releases and the log as a script reads them.
    func history(_ db: String) throws -> [String] {
        [try confplan(["--db", db, "export", "arrivals", "--format", "csv", "--no-bom"]).stdout,
         try confplan(["--db", db, "releases"]).stdout,
         try confplan(["--db", db, "log", "--limit", "1000", "--iso"]).stdout]
    }

    /// SIGKILL inside a reload's transaction, while a restore copies the backup in, and before a
    /// backup is renamed: each time the database passes doctor and holds every arrival, release
    /// and log entry it had, and no half-written file looks like a backup. Then each, left alone,
    /// keeps them (the reload) or carries the newer arrival over (the restore).
    @Test func killingAReloadARestoreOrABackupLosesNoArrival() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("r.sqlite").path
        #expect(try confplan(["--db", db, "load", repoRoot.appendingPathComponent(
            "sample-events/hangzhou-2025-sino-german-seminar.json").path]).status == 0)
        // Large enough that copying it back takes several steps.
        #expect(try confplan(["--db", db, "import", "attendees", try bigList(20_000, in: dir)]).status == 0)
        for name in ["Katrin Hoffmann", "Michael Schulz"] {
            #expect(try confplan(["--db", db, "checkin", name, "--desk", "一号台"]).status == 0)
        }
        #expect(try confplan(["--db", db, "release", "--name", "第一版"]).status == 0)
        let copy = dir.appendingPathComponent("copy.backup").path
        #expect(try confplan(["--db", db, "backup", copy]).status == 0)
        #expect(try confplan(["--db", db, "checkin", "Stefan Wagner", "--desk", "二号台"]).status == 0)
        let file = dir.appendingPathComponent("hz.json").path
        #expect(try confplan(["--db", db, "dump", "-o", file]).status == 0)
        let before = try history(db)
        #expect(before[0].components(separatedBy: "\r\n").count == 5) // header, three arrivals, end
        for (point, args) in [("reload", ["load", "--replace", file]), ("restore", ["restore", copy]),
                              ("backup", ["backup"])] {
            let said = try killed(at: point, ["--db", db] + args)
            #expect(said.hasSuffix("paused at \(point)\n"), "\(point): \(said)")
            let doctor = try confplan(["--db", db, "doctor"])
            #expect(doctor.status == 0, "\(point): \(doctor.stdout)")
            #expect(try history(db) == before, "\(point)")
        }
        let backups = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".backup") }
        // The reload's and the restore's own copies were finished before their kills; the killed
        // backup left only its .partial file.
        #expect(backups.filter { $0.contains(".backup.") }.isEmpty, "\(backups)")
        #expect(backups.filter { $0.contains("before-load") }.count == 1)
        #expect(backups.filter { $0.contains("before-restore") }.count == 1)
        let reload = try confplan(["--db", db, "load", "--replace", file])
        #expect(reload.status == 0, "\(reload.stderr)")
        #expect(try history(db)[0] == before[0])
        let restore = try confplan(["--db", db, "restore", copy])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("newer than the backup: check-ins 1 (1 carried into the restored database)"),
                "\(restore.stdout)")
        #expect(try history(db)[0].contains("Stefan Wagner"))
    }

    @Test func backupRestoreDoctorAndLogFromTheCommandLine() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("b.sqlite").path
        #expect(try confplan(["--db", db, "load", repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json").path]).status == 0)
        let copy = dir.appendingPathComponent("copy.backup").path
        let backup = try confplan(["--db", db, "backup", copy])
        #expect(backup.status == 0 && backup.stdout.contains("(checked)"))
        #expect(try confplan(["--db", db, "delete", "hz2025"]).status == 0)
        let restore = try confplan(["--db", db, "restore", copy])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(try confplan(["--db", db, "events"]).stdout.hasPrefix("hz2025"))
        let doctor = try confplan(["--db", db, "doctor"])
        #expect(doctor.status == 0 && doctor.stdout.contains("ok       SQLite integrity check: ok"))
        let list = dir.appendingPathComponent("l.csv").path
        try "姓名,手机\n张三,13800000001\n".write(toFile: list, atomically: true, encoding: .utf8)
        #expect(try confplan(["--db", db, "import", "attendees", list]).status == 0)
        let log = try confplan(["--db", db, "log"])
        #expect(log.stdout.contains("import attendees: l.csv: 1 new, 0 updated"), "\(log.stdout)")
        #expect(log.stdout.contains("load event: "))
        let readOnly = try confplan(["--db", db, "--read-only", "import", "attendees", list])
        #expect(readOnly.status == 1 && readOnly.stderr.contains("read-only: nothing was changed"))
    }
}

@Suite struct LimitTests {
    /// A file of hundreds of megabytes is refused before it is read, not loaded into memory.
    @Test func hugeFilesAreRefusedBeforeReading() throws {
        let dir = try scratchFolder()
        let path = dir.appendingPathComponent("huge.json").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try h.truncate(atOffset: 600 << 20) // sparse: no disk is used
        try h.close()
        let db = dir.appendingPathComponent("l.sqlite").path
        for args in [["load", path], ["import", "attendees", path], ["import", "schedule", path]] {
            let r = try confplan(["--db", db] + args)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr == "confplan: \(path) is 600 MiB; confplan reads files of up to 512 MiB\n", "\(args): \(r.stderr)")
        }
    }
}
