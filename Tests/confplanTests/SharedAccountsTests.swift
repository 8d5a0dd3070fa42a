import Fixtures
import Foundation
import Testing
import TestSupport

/// The test accounts of the shared-server tests: two staff accounts in one group, made once per
/// machine (the tests run as root in CI; `groupadd -f` and `usermod -aG` make it idempotent).
enum TestAccounts {
    static let group = "confplan-test-staff"
    static let users = ["confplan-test-a", "confplan-test-b"]

    /// Made at first use; nil when the tests do not run as root (nobody else may add accounts).
    static let ready: Bool = {
        guard getuid() == 0 else { return false }
        var ok = system(["/usr/sbin/groupadd", "-f", "--system", group]) == 0
        for user in users {
            if getpwnam(user) == nil {
                ok = ok && system(["/usr/sbin/useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                                   "-G", group, user]) == 0
            } else {
                ok = ok && system(["/usr/sbin/usermod", "-aG", group, user]) == 0
            }
        }
        return ok
    }()

    static func system(_ argv: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: argv[0])
        p.arguments = Array(argv.dropFirst())
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }

    static func ids(_ user: String) -> (uid: uid_t, gid: gid_t) {
        let pw = getpwnam(user)!.pointee
        return (pw.pw_uid, pw.pw_gid)
    }

    static func gid(ofGroup name: String) -> gid_t? { getgrnam(name).map { $0.pointee.gr_gid } }

    /// The group the one-account tests share with: the test staff group as root, else the user's own.
    static var someGroup: String {
        if ready { return group }
        return String(cString: getgrgid(getegid())!.pointee.gr_name)
    }
}

func mode(_ path: String) -> mode_t {
    var st = stat()
    return stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
}

func groupID(_ path: String) -> gid_t {
    var st = stat()
    return stat(path, &st) == 0 ? st.st_gid : gid_t.max
}

func ownerID(_ path: String) -> uid_t {
    var st = stat()
    return stat(path, &st) == 0 ? st.st_uid : uid_t.max
}

/// Several staff on one server, each with an account of their own, working on one database.
@Suite struct SharedAccountsTests {
    /// `share` opens the database and its folder to the group; what confplan makes there later
    /// (backups) is the group's too, while an export carrying phones stays the owner's.
    @Test func aSharedDatabaseAndWhatIsMadeBesideItStayTheGroups() throws {
        let group = TestAccounts.someGroup
        let gid = try #require(TestAccounts.gid(ofGroup: group))
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let folder = (db as NSString).deletingLastPathComponent
        let r = try confplan(["--db", db, "share", "--group", group])
        #expect(r.stderr == "")
        #expect(r.stdout == "shared \(db) with group \(group): the database, its -wal/-shm files, its backups and "
            + "its folder \(folder) are readable and writable by the group, and so is what confplan makes there "
            + "later; exports and lists with phones stay readable by their owner only\n")
        #expect(r.status == 0)
        #expect(mode(db) == 0o660 && groupID(db) == gid)
        #expect(mode(folder) == 0o2770 && groupID(folder) == gid)
        let backup = try confplan(["--db", db, "backup"])
        #expect(backup.status == 0, "\(backup.stderr)")
        let made = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".backup") }
        #expect(made.count == 1)
        let copy = folder + "/" + (made.first ?? "")
        #expect(mode(copy) == 0o660 && groupID(copy) == gid)
        let people = folder + "/people.csv"
        #expect(try confplan(["--db", db, "export", "csv", "people", "-o", people]).status == 0)
        #expect(mode(people) == 0o600)
        let second = folder + "/second.sqlite"
        #expect(try confplan(["--db", second, "new", "研讨会", "--first-day", "2026-06-01"]).status == 0)
        #expect(mode(second) == 0o660 && groupID(second) == gid)
    }

    /// The whole folder goes to the group: one everyone may write (like /tmp) is refused as it is.
    @Test func aFolderOpenToEveryoneIsNotGivenToAGroup() throws {
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let folder = (db as NSString).deletingLastPathComponent
        chmod(folder, 0o1777)
        let r = try confplan(["--db", db, "share", "--group", TestAccounts.someGroup])
        #expect(r.stderr == "confplan: \(db) is in \(folder), which is not a folder of its own (a home folder, or "
            + "one open to everyone): move it into a folder for the event's database alone, and share it there\n")
        #expect(r.status == 1)
        #expect(mode(folder) == 0o1777 && mode(db) == 0o600)
    }

    /// Sharing a folder inside one closed to the group lets nobody in yet: `share` says where.
    @Test func aClosedFolderAboveTheDatabaseIsNamed() throws {
        let outer = Scratch.folder("closed")
        chmod(outer, 0o700)
        let db = outer + "/event/w.sqlite"
        let group = TestAccounts.someGroup
        let r = try confplan(["--db", db, "share", "--group", group])
        #expect(r.status == 0, "\(r.stderr)")
        let note = r.stdout.split(separator: "\n").last.map(String.init)
        #expect(note == "note: members of \(group) cannot reach \(outer)/event yet: \(outer) is closed to them "
            + "(chmod o+x \(outer), or move the database)")
    }

    /// A group the server does not have is refused in words, and nothing changes.
    @Test func aGroupThatDoesNotExistIsRefused() throws {
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let r = try confplan(["--db", db, "share", "--group", "no-such-group-x7"])
        #expect(r.stderr == "confplan: there is no group \"no-such-group-x7\" on this machine: an administrator makes "
            + "one (groupadd no-such-group-x7) and adds each colleague to it (usermod -aG no-such-group-x7 NAME)\n")
        #expect(r.status == 1)
        #expect(mode(db) == 0o600)
    }

    /// `whoami NAME` is kept per account, owner-only, and every change is recorded under it.
    @Test func changesAreRecordedUnderTheNameSetWithWhoami() throws {
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let config = Scratch.folder("config")
        let env = ["XDG_CONFIG_HOME": config, "USER": "wang"]
        #expect(try confplan(["whoami"], env: env).stdout == "wang\n")
        let set = try confplan(["whoami", "陈老师"], env: env)
        let file = config + "/confplan/whoami"
        #expect(set.stdout == "changes are now recorded as 陈老师 (kept in \(file))\n")
        #expect(set.status == 0)
        #expect(mode(file) == 0o600)
        #expect(try confplan(["whoami"], env: env).stdout == "陈老师\n")
        #expect(try confplan(["--db", db, "move", "open", "--start", "09:10"], env: env).status == 0)
        let log = try confplan(["--db", db, "log", "--iso", "--limit", "1"], env: env).stdout
        #expect(log.components(separatedBy: "  ").dropFirst().first == "陈老师", "\(log)")
    }

    @Test func aNameWithControlCharactersIsRefused() throws {
        let config = Scratch.folder("config")
        let r = try confplan(["whoami", "陈\u{1B}]0;x\u{07}"], env: ["XDG_CONFIG_HOME": config])
        #expect(r.stderr == "confplan: whoami: a name is one line of at most 40 characters, with no control "
            + "characters\n")
        #expect(r.status == 1)
        #expect(!FileManager.default.fileExists(atPath: config + "/confplan/whoami"))
    }

    /// Two accounts of one group share one database: A shares it and keeps it open (a UI, its
    /// -wal and -shm owned by A), B reads A's change and writes through A's -wal, and the log says
    /// who did each by the names they set.
    @Test(.enabled(if: getuid() == 0, "needs root to add the two test accounts; CI runs the tests as root"))
    func twoAccountsOfOneGroupShareOneDatabase() throws {
        #expect(TestAccounts.ready)
        let (a, b) = (TestAccounts.users[0], TestAccounts.users[1])
        let tools = try Staff.tools()
        let folder = Scratch.folder("shared")
        let ida = TestAccounts.ids(a)
        chown(folder, ida.uid, ida.gid)
        chmod(folder, 0o700)
        let db = folder + "/会务.sqlite"
        let chen = Staff(a, tools), li = Staff(b, tools)
        #expect(try chen.run(["whoami", "陈老师"]).status == 0)
        #expect(try li.run(["whoami", "李老师"]).status == 0)
        let loaded = try chen.run(["--db", db, "load", tools.sample])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(mode(db) == 0o600)
        // Before sharing, B cannot so much as open it.
        #expect(try li.run(["--db", db, "events"]).status == 1)
        let notMember = try chen.run(["--db", db, "share", "--group", "root"])
        #expect(notMember.stderr == "confplan: \(a) is not a member of group root: an administrator adds you "
            + "(usermod -aG root \(a)); log in again afterwards\n")
        let shared = try chen.run(["--db", db, "share", "--group", TestAccounts.group])
        #expect(shared.status == 0, "\(shared.stderr)")
        let notOwner = try li.run(["--db", db, "share", "--group", TestAccounts.group])
        #expect(notOwner.stderr == "confplan: \(db) belongs to \(a): only its owner (or root) can share it\n")

        // A keeps the database open, as a UI does: the -wal and -shm are A's.
        let holder = try chen.hold(db)
        defer { holder.close() }
        #expect(ownerID(db + "-wal") == ida.uid && mode(db + "-wal") == 0o660)
        #expect(try chen.run(["--db", db, "move", "open", "--start", "09:10"]).status == 0)
        let seen = try li.run(["--db", db, "log", "--limit", "1"]).stdout
        let change = "change session: “开幕式”: time 2026-05-14 09:00–09:40 → 2026-05-14 09:10–09:50"
        #expect(seen.hasSuffix("  陈老师  \(change)\n"), "\(seen)")
        let moved = try li.run(["--db", db, "move", "open", "--start", "09:05"])
        #expect(moved.status == 0, "\(moved.stderr)")
        let backup = try li.run(["--db", db, "backup"])
        #expect(backup.status == 0, "\(backup.stderr)")
        let log = try chen.run(["--db", db, "log", "--iso", "--limit", "2"]).stdout
        let users = log.split(separator: "\n").map { $0.components(separatedBy: "  ").dropFirst().first ?? "" }
        #expect(users == ["李老师", "陈老师"], "\(log)")
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".backup") }
        #expect(copies.count == 1)
        #expect(copies.allSatisfy { mode(folder + "/" + $0) == 0o660 })
        // A puts back the backup B made; what it replaced is kept where B can read it too.
        let restored = try chen.run(["--db", db, "restore", folder + "/" + (copies.first ?? "")])
        #expect(restored.status == 0, "\(restored.stderr)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".before-restore.") }
        #expect(kept.count == 1 && kept.allSatisfy { mode(folder + "/" + $0) == 0o660 }, "\(kept)")
    }
}

/// One staff account: confplan run as that user, with a home of its own.
struct Staff {
    let user: String
    let uid: uid_t
    let gid: gid_t
    let home: String
    let tools: Tools

    struct Tools {
        var binary: String
        var sample: String
    }

    /// The binary and a sample event where every account can read them.
    static func tools() throws -> Tools {
        let folder = Scratch.folder("staff-tools")
        chmod(folder, 0o755)
        let bin = folder + "/confplan", sample = folder + "/deyang.json"
        try FileManager.default.copyItem(atPath: confplanBinary().path, toPath: bin)
        try FileManager.default.copyItem(
            atPath: repoRoot.appendingPathComponent("sample-events/deyang-2026-innovation-summit.json").path,
            toPath: sample)
        chmod(sample, 0o644)
        return Tools(binary: bin, sample: sample)
    }

    init(_ user: String, _ tools: Tools) {
        self.user = user
        self.tools = tools
        (uid, gid) = TestAccounts.ids(user)
        home = Scratch.folder("home-" + user)
        chown(home, uid, gid)
        chmod(home, 0o700)
    }

    func process(_ argv: [String]) -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid", "\(uid)", "--regid", "\(gid)", "--init-groups"] + argv
        p.currentDirectoryURL = URL(fileURLWithPath: "/")
        var env = ProcessInfo.processInfo.environment
        for key in ["XDG_CONFIG_HOME", "XDG_DATA_HOME"] { env[key] = nil }
        env["HOME"] = home
        env["USER"] = user
        env["LOGNAME"] = user
        p.environment = env
        return p
    }

    func run(_ args: [String]) throws -> RunResult { try collect(process([tools.binary] + args)) }

    /// An sqlite3 shell of this account with the database open in WAL mode, as a UI keeps it.
    struct Holder {
        let process: Process
        let input: Pipe
        func close() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    func hold(_ db: String) throws -> Holder {
        let p = process(["/usr/bin/sqlite3", db])
        let input = Pipe(), out = Pipe()
        p.standardInput = input
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data("SELECT 'open', count(*) FROM events;\n".utf8))
        // Its answer means the connection is open and has made its -wal and -shm.
        var answer = Data()
        while !String(decoding: answer, as: UTF8.self).contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            answer.append(chunk)
        }
        return Holder(process: p, input: input)
    }
}
