import Foundation
import Interchange
import PlanningCore
import PlanningStore

/// One run of another program: its wall time, its own peak resident memory, exit status, output.
struct ChildRun {
    var ms: Double
    var peakMB: Double
    var status: Int32
    var output: String
}

extension Bench {
    /// The `confplan` program built beside this one (`swift build -c release` builds both), or
    /// the one `CONFPLAN_BIN` names.
    static func confplanProgram() -> String? {
        if let given = ProcessInfo.processInfo.environment["CONFPLAN_BIN"] { return given }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let beside = me.deletingLastPathComponent().appendingPathComponent("confplan").path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : nil
    }

    /// Runs `program` with its output in a file, reading its peak memory (VmHWM) as it runs.
    /// Not `wait4`'s rusage: posix_spawn starts the child in the bench's own address space, and
    /// Linux carries that space's high-water mark into the child's ru_maxrss when it execs.
    static func runChild(_ program: String, _ args: [String], dir: String) throws -> ChildRun {
        let outPath = "\(dir)/child-output.txt"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + args).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let t0 = Clock.now()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw NSError(domain: "confplan-bench", code: Int(spawned),
                          userInfo: [NSLocalizedDescriptionKey: "cannot run \(program)"])
        }
        var status: Int32 = 0
        var peakKB = 0
        // The high-water mark only grows, so reading it every few milliseconds misses only what
        // the program takes in its last ones.
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid || (done < 0 && errno != EINTR) { break }
            peakKB = max(peakKB, highWaterKB(pid))
            usleep(5_000)
        }
        let ms = Double(Clock.now() - t0) / 1e6
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        return ChildRun(ms: ms, peakMB: Double(peakKB) / 1024, status: (status >> 8) & 0xFF, output: output)
    }

    /// `VmHWM` of a running process, in kilobytes (0 once it has exited).
    static func highWaterKB(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0
        }
        return 0
    }

    /// A fresh database holding `plan`, for one run of the program.
    static func freshDatabase(_ plan: EventPlan, at path: String) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        _ = try Store(path: path).insert(plan)
    }

    /// The count an English import report gives for `label` (`new`, `unchanged`, …).
    static func reported(_ label: String, in output: String) -> Int? {
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count == 2, words[0] == label { return Int(words[1]) }
        }
        return nil
    }

    /// `confplan import attendees` as staff run it, the whole process (start, read the event,
    /// read the list, match, write, commit, report), against `sqlite3 .import` of the same file
    /// into a bare table, each run of one followed by one of the other so a neighbour's load
    /// falls on both.
    mutating func measureImportProcess(_ path: String, rows: Int, into target: EventPlan, dir: String) throws {
        guard let program = Self.confplanProgram() else { return note(missing: "import-process") }
        let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        var runs: [Double] = [], bare: [Double] = [], peak = 0.0, imported = true
        for run in 0..<4 {
            let db = "\(dir)/process-\(run).sqlite"
            try Self.freshDatabase(target, at: db)
            let r = try Self.runChild(program, ["--db", db, "--lang", "en", "import", "attendees", path], dir: dir)
            imported = imported && r.status == 0 && Self.reported("new", in: r.output) == rows
            if run > 0 { runs.append(r.ms) }
            peak = max(peak, r.peakMB)
            guard let sqlite3 else { continue }
            let bareDB = "\(dir)/process-bare-\(run).sqlite"
            try? FileManager.default.removeItem(atPath: bareDB)
            let s = try Self.runChild(sqlite3, [bareDB, ".mode csv", ".import \(path) attendees"], dir: dir)
            if run > 0 && s.status == 0 { bare.append(s.ms) }
        }
        verify("the import process took every row", imported)
        let sqlite = bare.isEmpty ? nil : bare.sorted()[bare.count / 2]
        var m = Measurement(
            name: "import-process", runs: runs, peakMB: peak, baseline: sqlite == nil ? nil : "sqlite3 .import",
            baselineMedian: sqlite, target: "≤ 2.5× sqlite3 .import", passed: nil,
            note: "\(rows) rows, `confplan import attendees` from start to exit; peak MB is the process's")
        if large, let sqlite { m.passed = m.median <= 2.5 * sqlite }
        record(m)
    }

    /// The cumulative list re-imported over the event it came from (its 100,000 attendees with
    /// 600,000 sub-forum choices, as `export csv attendees` writes it), against the same list
    /// without the sub-forum column: reading the choices should cost little.
    mutating func measureReimport(_ plan: EventPlan, dbPath: String, dir: String) throws {
        guard let program = Self.confplanProgram() else { return note(missing: "reimport-subforums") }
        let sheet = TableExport.sheet(.attendees, plan: plan, language: .zh)
        guard let column = sheet.header.firstIndex(of: "分论坛") else { return verify("export has sub-forums", false) }
        var without = sheet
        without.header.remove(at: column)
        without.rows = sheet.rows.map { var r = $0; r.remove(at: column); return r }
        let withPath = "\(dir)/cumulative.csv", withoutPath = "\(dir)/cumulative-no-subforums.csv"
        try Data(TableExport.csv(sheet).utf8).write(to: URL(fileURLWithPath: withPath))
        try Data(TableExport.csv(without).utf8).write(to: URL(fileURLWithPath: withoutPath))
        let choices = plan.signupCount, people = plan.registrations.count
        // The database as the bench stored it, copied for each run: each re-import is of the same list.
        let base = "\(dir)/reimport-base.sqlite"
        try Self.freshDatabase(plan, at: base)
        var with: [Double] = [], bare: [Double] = [], peak = 0.0, unchanged = true
        for run in 0..<4 {
            for (list, isWith) in [(withPath, true), (withoutPath, false)] {
                let db = "\(dir)/reimport-\(run).sqlite"
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
                try FileManager.default.copyItem(atPath: base, toPath: db)
                let r = try Self.runChild(program, ["--db", db, "--lang", "en", "import", "attendees", list], dir: dir)
                unchanged = unchanged && r.status == 0 && Self.reported("unchanged", in: r.output) == people
                guard run > 0 else { continue }
                if isWith { with.append(r.ms); peak = max(peak, r.peakMB) } else { bare.append(r.ms) }
            }
        }
        verify("a re-imported list changes nobody", unchanged)
        var m = Measurement(
            name: "reimport-subforums", runs: with, peakMB: peak, baseline: "without the column",
            baselineMedian: bare.sorted()[bare.count / 2], target: "≤ 1.5× the list without sub-forums", passed: nil,
            note: "\(people) attendees, \(choices) sub-forum choices, `confplan import attendees` processes")
        if large { m.passed = m.median <= 1.5 * m.baselineMedian! }
        record(m)
    }

    /// A list ten times the import row's (1,000,000 rows at large scale) imported by the
    /// program into an event without attendees; the figure that matters is its peak memory.
    mutating func measureImportMemory(_ plan: EventPlan, dir: String) throws {
        guard let program = Self.confplanProgram() else { return note(missing: "import-memory") }
        let rows = large ? 1_000_000 : options.scale == "medium" ? 100_000 : 10_000
        let path = "\(dir)/attendees-\(rows).csv"
        // Written in pieces: the bench's own memory is not what is measured, but it should not grow.
        FileManager.default.createFile(atPath: path, contents: Data("姓名,单位,职务,手机,邮箱,城市\n".utf8))
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try file.seekToEnd()
        for start in stride(from: 0, to: rows, by: 50_000) {
            try file.write(contentsOf: Data(Self.attendeeLines(start..<min(rows, start + 50_000)).utf8))
        }
        try file.close()
        var target = plan
        let speakers = Set(plan.roles.map(\.person))
        target.registrations = []
        target.people = plan.people.filter { speakers.contains($0.id) }
        let db = "\(dir)/import-memory.sqlite"
        try Self.freshDatabase(target, at: db)
        let r = try Self.runChild(program, ["--db", db, "--lang", "en", "import", "attendees", path], dir: dir)
        verify("the large list imported whole", r.status == 0 && Self.reported("new", in: r.output) == rows)
        var m = Measurement(
            name: "import-memory", runs: [r.ms], peakMB: r.peakMB, target: "peak ≤ 400 MB (1,000,000 rows)",
            passed: nil, note: "\(rows) rows, one run of `confplan import attendees`; peak MB is the process's")
        if large { m.passed = r.peakMB <= 400 }
        record(m)
        try? FileManager.default.removeItem(atPath: path)
    }

    mutating func note(missing row: String) {
        FileHandle.standardError.write(
            Data("  \(row): no confplan program beside the bench (swift build -c release), nor CONFPLAN_BIN\n".utf8))
    }
}
