import Foundation
import Testing
import TestSupport

/// Drives the real binary in tmux, as a person at a terminal would, and reads the screen.
final class Tmux {
    let socket = "confplan-test-\(getpid())-\(UUID().uuidString.prefix(6))"
    let session = "ui"

    @discardableResult
    func run(_ args: [String], capture: Bool = true) throws -> String {
        try spawn(["tmux", "-L", socket] + args, capture: capture)
    }

    /// The pid of the program running in the pane (the shell's child).
    var programPID: pid_t? {
        guard let shell = Int32((try? run(["display-message", "-p", "-t", session, "#{pane_pid}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") else { return nil }
        let children = (try? spawn(["pgrep", "-P", String(shell)])) ?? ""
        return children.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Runs a command with posix_spawn and waitpid: Foundation's Process does not reap a tmux
    /// client whose server daemonizes, and would wait for ever.
    func spawn(_ argv: [String], capture: Bool = true) throws -> String {
        let out = NSTemporaryDirectory() + "tmux-out-\(UUID().uuidString)"
        defer { unlink(out) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for a in cargs { free(a) } }
        // A clean signal mask: the test runner's threads block signals the UI needs.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, &attributes, &cargs, environ)
        guard rc == 0 else { throw NSError(domain: "tmux", code: Int(rc)) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return capture ? ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "") : ""
    }

    func start(_ command: String, width: Int = 100, height: Int = 30) throws {
        try run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command], capture: false)
    }

    func keys(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }
    func text(_ literal: String) throws { try run(["send-keys", "-t", session, "-l", literal]) }
    var screen: String { (try? run(["capture-pane", "-p", "-t", session])) ?? "" }

    /// Waits until the screen shows `text` (the UI redraws asynchronously), up to 10 seconds.
    func waitFor(_ text: String, _ timeout: Double = 10) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if screen.contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    deinit { _ = try? run(["kill-server"]) }
}

@Suite struct TerminalTests {
    @Test func aPersonWalksThePanesEditsUndoesSearchesResizesAndQuits() throws {
        #expect(FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux"),
                "tmux is needed for this test (.ci/run installs it)")
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("ui.sqlite").path
        let t = Tmux()
        try t.start("cd '\(repoRoot.path)' && LANG=C.UTF-8 '\(confplanBinary().path)' demo --db '\(db)' --lang zh; echo EXITED $?; sleep 60")
        #expect(t.waitFor("德阳大会"), "\(t.screen)")
        #expect(t.waitFor("5 个错误 · 4 个警告"))
        for (key, title) in [("1", "会场 · 13"), ("3", "嘉宾 · 72"), ("4", "参会者 · 840人"), ("5", "时间表"), ("6", "冲突 · 10"), ("2", "场次 · 41")] {
            try t.keys(key)
            #expect(t.waitFor(" " + title), "pane \(key): \(t.screen)")
        }
        // Add a session through the form: it clashes with two in 三号会议室.
        try t.keys("a")
        #expect(t.waitFor("新增场次"))
        try t.text("数字化转型圆桌")
        try t.keys("Tab")
        try t.text("yuan")
        try t.keys("Tab", "Tab")
        try t.text("sanhao")
        try t.keys("Tab", "Tab")
        try t.text("1530")
        try t.keys("Tab")
        try t.text("17")
        try t.keys("Enter")
        #expect(t.waitFor("7 个错误 · 4 个警告"), "\(t.screen)")
        #expect(t.screen.contains("数字化转型圆桌"))
        try t.keys("u")
        #expect(t.waitFor("已撤销：数字化转型圆桌"))
        #expect(t.waitFor("5 个错误 · 4 个警告"))
        #expect(!t.screen.split(separator: "\n").dropLast().joined().contains("数字化转型圆桌"), "only the status says it")
        // Search speakers by pinyin initials.
        try t.keys("3", "/")
        try t.text("kbh")
        try t.keys("Enter")
        #expect(t.waitFor("单位：四川信息职业技术学院"), "\(t.screen)")
        // Resize below the minimum and back.
        try t.run(["resize-window", "-t", t.session, "-x", "50", "-y", "12"])
        #expect(t.waitFor("终端太小"), "\(t.screen)")
        try t.run(["resize-window", "-t", t.session, "-x", "120", "-y", "35"])
        #expect(t.waitFor("1 会场"), "\(t.screen)")
        #expect(!t.screen.contains("终端太小"))
        // Quit: exit status 0, the terminal back to normal.
        try t.keys("q")
        #expect(t.waitFor("EXITED 0"))
        #expect(try t.run(["display-message", "-p", "-t", t.session, "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        // Everything was saved as it happened: the undone session is not there.
        let check = try confplan(["--db", db, "check", "--format", "json"])
        #expect(check.status == 3 && !check.stdout.contains("数字化转型圆桌"))
    }

    @Test func ctrlCAndSigtermRestoreTheTerminal() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("ui.sqlite").path
        let t = Tmux()
        try t.start("LANG=C.UTF-8 '\(confplanBinary().path)' demo --db '\(db)'; echo EXITED $?; sleep 60")
        #expect(t.waitFor("德阳大会"))
        try t.keys("C-c")
        #expect(t.waitFor("EXITED 0"), "\(t.screen)")
        #expect(try t.run(["display-message", "-p", "-t", t.session, "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let u = Tmux()
        try u.start("LANG=C.UTF-8 '\(confplanBinary().path)' --db '\(db)' open; echo EXITED $?; sleep 60")
        #expect(u.waitFor("德阳大会"))
        let pid = try #require(u.programPID)
        kill(pid, SIGTERM)
        #expect(u.waitFor("EXITED 143"), "\(u.screen)")
        #expect(try u.run(["display-message", "-p", "-t", u.session, "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}

@Suite struct NewUserTests {
    /// The issue's "done": plan a small event end to end in the UI, without reading the source.
    @Test func aNewUserPlansASmallEventInTheUI() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("new.sqlite").path
        let t = Tmux()
        try t.start("LANG=C.UTF-8 '\(confplanBinary().path)' --db '\(db)' --lang zh new 测试研讨会 --first-day 2026-06-01; echo EXITED $?; sleep 60")
        #expect(t.waitFor("暂无内容：按 a 新增"), "\(t.screen)")
        // A room, with its site typed in as a new name.
        try t.keys("1", "a")
        #expect(t.waitFor("新增会场"))
        try t.text("报告厅")
        try t.keys("Tab")
        try t.text("主会场酒店")
        try t.keys("Tab")
        try t.text("100")
        try t.keys("Enter")
        #expect(t.waitFor("已保存：报告厅"), "\(t.screen)")
        // Two sessions in that room that overlap: a clash appears.
        try t.keys("2", "a")
        try t.text("开幕式")
        try t.keys("Tab")
        try t.text("kai")
        try t.keys("Tab", "Tab")
        try t.text("bao")
        try t.keys("Tab", "Tab")
        try t.text("9")
        try t.keys("Tab")
        try t.text("10")
        try t.keys("Enter")
        #expect(t.waitFor("0 个错误 · 0 个警告"), "\(t.screen)")
        try t.keys("a")
        try t.text("分论坛一")
        try t.keys("Tab")
        try t.text("fen")
        try t.keys("Tab", "Tab")
        try t.text("bao")
        try t.keys("Tab", "Tab")
        try t.text("930")
        try t.keys("Tab")
        try t.text("11")
        try t.keys("Enter")
        #expect(t.waitFor("1 个错误 · 1 个警告"), "\(t.screen)") // room overlap; parallel to the opening
        // A speaker with a role in the sub-forum.
        try t.keys("3", "a")
        try t.text("王教授")
        for _ in 0..<8 { try t.keys("Tab") }
        try t.text("fen")
        try t.keys("Space")
        try t.keys("Enter")
        #expect(t.waitFor("已保存：王教授"), "\(t.screen)")
        // Move the sub-forum out of the clash; undo the move; redo it.
        try t.keys("2", "End", "e")
        #expect(t.waitFor("编辑场次"))
        for _ in 0..<5 { try t.keys("Tab") }
        try t.keys("C-u")
        try t.text("10")
        try t.keys("Tab", "C-u")
        try t.text("12")
        try t.keys("Enter")
        #expect(t.waitFor("0 个错误 · 0 个警告"), "\(t.screen)")
        try t.keys("u")
        #expect(t.waitFor("1 个错误 · 1 个警告"))
        try t.keys("C-r")
        #expect(t.waitFor("0 个错误 · 0 个警告"))
        try t.keys("q")
        #expect(t.waitFor("EXITED 0"))
        // All of it was saved as it happened.
        let dump = try confplan(["--db", db, "dump"])
        #expect(dump.stdout.contains("\"name\": \"报告厅\"") && dump.stdout.contains("\"name\": \"主会场酒店\""))
        #expect(dump.stdout.contains("\"title\": \"分论坛一\"") && dump.stdout.contains("\"start\": \"2026-06-01T10:00\""))
        #expect(dump.stdout.contains("\"role\": \"speaker\""))
        #expect(try confplan(["--db", db, "check"]).status == 0)
    }

    @Test func aCrashLeavesTheTerminalUsable() throws {
        let dir = try scratchFolder()
        let t = Tmux()
        try t.start("LANG=C.UTF-8 '\(confplanBinary().path)' demo --db '\(dir.appendingPathComponent("c.sqlite").path)'; echo EXITED $?; sleep 60")
        #expect(t.waitFor("德阳大会"))
        let pid = try #require(t.programPID)
        kill(pid, SIGSEGV)
        #expect(t.waitFor("EXITED 139"), "\(t.screen)")
        #expect(try t.run(["display-message", "-p", "-t", t.session, "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}

@Suite struct ColourTests {
    /// Foreground colour escapes: ESC [ 3x m, or as part of a longer SGR sequence.
    func hasColour(_ screen: String) -> Bool {
        screen.range(of: "\u{1B}\\[([0-9;]*;)?3[1-7](;[0-9;]*)?m", options: .regularExpression) != nil
    }

    /// Every parameter of every SGR sequence (`ESC [ … m`) on the screen.
    func sgrParameters(_ screen: String) -> Set<Int> {
        var out = Set<Int>()
        var rest = Substring(screen)
        while let r = rest.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) {
            for p in rest[r].dropFirst(2).dropLast().split(separator: ";") { if let n = Int(p) { out.insert(n) } }
            rest = rest[r.upperBound...]
        }
        return out
    }

    @Test func noColorGivesAMonochromeScreenThatStillMarksClashes() throws {
        let dir = try scratchFolder()
        let mono = Tmux()
        try mono.start("NO_COLOR=1 TERM=xterm-256color LANG=C.UTF-8 '\(confplanBinary().path)' demo --db '\(dir.appendingPathComponent("b.sqlite").path)'; sleep 60")
        #expect(mono.waitFor("5 errors"))
        let without = try mono.run(["capture-pane", "-p", "-e", "-t", mono.session])
        #expect(!hasColour(without))
        // The control: the same screen without NO_COLOR has colour. `swift test` itself sets
        // NO_COLOR=1 when its output is not a terminal, and tmux passes it on: remove it here.
        let t = Tmux()
        try t.start("env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 '\(confplanBinary().path)' demo --db '\(dir.appendingPathComponent("a.sqlite").path)'; sleep 60")
        #expect(t.waitFor("5 errors"))
        #expect(hasColour(try t.run(["capture-pane", "-p", "-e", "-t", t.session])))
        // In monochrome the clash marker and the selected row are still told apart.
        #expect(without.contains("✖"))
        #expect(sgrParameters(without).contains(7), "the selected row is drawn in reverse video")
    }
}

@Suite struct EventPickerTerminalTests {
    /// Two events in one database and none named: the UI offers both, and opens the one chosen.
    @Test func severalEventsArePickedFromAList() throws {
        let db = try scratchFolder().appendingPathComponent("two.sqlite").path
        for name in ["deyang-2026-innovation-summit.json", "hangzhou-2025-sino-german-seminar.json"] {
            #expect(try confplan(["--db", db, "load", repoRoot.appendingPathComponent("sample-events/" + name).path]).status == 0)
        }
        let t = Tmux()
        try t.start("LANG=C.UTF-8 '\(confplanBinary().path)' --db '\(db)' --lang zh; echo EXITED $?; sleep 60")
        #expect(t.waitFor("此数据库有多个会议：打开哪一个？"), "\(t.screen)")
        #expect(t.screen.contains("5月14日–5月16日  41 个场次，840 位参会者") && t.screen.contains("hz2025  中德职教合作"),
                "\(t.screen)")
        try t.keys("Down")
        try t.keys("Enter")
        #expect(t.waitFor("1 会场  2 场次"), "\(t.screen)")
        #expect(t.screen.split(separator: "\n").first?.hasPrefix(" 德阳大会") == true, "\(t.screen)")
        try t.keys("q")
        #expect(t.waitFor("EXITED 0"))
    }
}

@Suite struct EditorTerminalTests {
    /// In the real binary: a VIP's availability corrected in the speaker form clears the
    /// person-unavailable error, and the Conflicts pane can be filtered to what is left.
    @Test func aVIPsArrivalIsCorrectedInTheSpeakerForm() throws {
        let db = try scratchFolder().appendingPathComponent("vip.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/deyang-2026-innovation-summit.json").path
        #expect(try confplan(["--db", db, "load", sample]).status == 0)
        let t = Tmux()
        try t.start("LANG=C.UTF-8 '\(confplanBinary().path)' --db '\(db)' --lang zh; echo EXITED $?; sleep 60")
        #expect(t.waitFor("5 个错误 · 4 个警告"), "\(t.screen)")
        try t.keys("3", "/")
        try t.text("thomas")
        try t.keys("Enter", "e")
        #expect(t.waitFor("编辑人员"), "\(t.screen)")
        for _ in 0..<7 { try t.keys("Tab") }
        try t.keys("C-u")
        try t.text("5-15 08:00-18:00")
        try t.keys("Enter")
        #expect(t.waitFor("已保存：Thomas Becker"), "\(t.screen)")
        #expect(t.waitFor("4 个错误 · 4 个警告"), "\(t.screen)")
        try t.keys("6", "v")
        #expect(t.waitFor("只看：错误"), "\(t.screen)")
        #expect(!t.screen.contains("本人不能到场"), "\(t.screen)")
        try t.keys("q")
        #expect(t.waitFor("EXITED 0"))
    }
}
