import Foundation
import Testing
import TestSupport

@Suite struct CommandLineTests {
    @Test func versionAndHelpSucceed() throws {
        let v = try confplan(["--version"])
        #expect(v.status == 0 && v.stdout.hasPrefix("confplan "))
        let h = try confplan(["--help"])
        #expect(h.status == 0 && h.stdout.contains("Commands:") && h.stdout.contains("load"))
        for command in ["demo", "load", "dump", "events", "show", "delete"] {
            let r = try confplan([command, "--help"])
            #expect(r.status == 0, "\(command)")
            #expect(r.stdout.contains("Usage: confplan \(command)"), "\(command)")
        }
    }

    /// A value of the wrong shape for an option is a usage error (2), like an unknown option;
    /// 1 is for input and database problems.
    @Test func badOptionValuesExitTwo() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("o.sqlite").path
        #expect(try confplan(["--db", db, "load", repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json").path]).status == 0)
        let cases: [([String], String)] = [
            (["export", "programme", "--width", "abc"], "confplan: --width: \"abc\" is not a width of 40 cells or more\n"),
            (["export", "programme", "--width", "10"], "confplan: --width: \"10\" is not a width of 40 cells or more\n"),
            (["export", "programme", "--day", "7"], "confplan: --day: \"7\" is not a day of the event, which has 2 days\n"),
            (["log", "--limit", "x"], "confplan: --limit: \"x\" is not a positive number\n"),
            (["new", "会", "--first-day", "2026-13-01"], "confplan: --first-day: \"2026-13-01\" is not a date (YYYY-MM-DD)\n"),
            (["move", "k1", "--start", "25:00"], "confplan: --start: \"25:00\" is not HH:MM\n"),
        ]
        for (args, message) in cases {
            let r = try confplan(["--db", db] + args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr == message, "\(args)")
        }
    }

    @Test func usageErrorsExitTwoWithAMessage() throws {
        let unknown = try confplan(["frobnicate"])
        #expect(unknown.status == 2)
        // The hint once, not twice.
        #expect(unknown.stderr == "confplan: unknown command 'frobnicate'\nconfplan: see: confplan --help\n")
        let missing = try confplan(["load"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("'load' takes 1 argument, got 0"))
        let option = try confplan(["events", "--frob"])
        #expect(option.status == 2 && option.stderr.contains("unknown option '--frob'"))
        let noValue = try confplan(["events", "--db"])
        #expect(noValue.status == 2 && noValue.stderr.contains("--db needs a value"))
        // A mistyped table is named, under the kind of export asked for.
        let table = try confplan(["--lang", "en", "export", "xlsx", "atendees", "-o", "/tmp/x.xlsx"])
        #expect(table.status == 2 && table.stderr.hasPrefix(
            "confplan: export xlsx: 'atendees' is not one of programme, sessions, people, attendees, signups\n"),
            "\(table.stderr)")
    }

    /// Usage is made from the options a command takes, so every option its help lists is in its
    /// usage line, and an option it cannot do without is a usage error when missing.
    @Test func helpAndUsageComeFromTheSameOptions() throws {
        let overview = try confplan(["--help"]).stdout
        let names = overview.components(separatedBy: "Commands:\n")[1].components(separatedBy: "\n\nOptions:")[0]
            .split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.contains("export") && names.contains("log") && names.count > 15)
        for name in names {
            let help = try confplan([name, "--help"]).stdout
            let usage = help.split(separator: "\n").first { $0.hasPrefix("Usage:") } ?? ""
            let own = help.components(separatedBy: "Options:\n")[1].split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix("--db") && !$0.hasPrefix("--read-only") }
                .filter { !$0.hasPrefix("--lang") && !$0.hasPrefix("--no-color") && !$0.hasPrefix("--no-mouse") && !$0.hasPrefix("-h,") }
            for line in own {
                // `-o, --output FILE`: the long name.
                let option = line.split(separator: " ").prefix(2).last { $0.hasPrefix("--") }.map(String.init) ?? line
                #expect(usage.contains(option), "\(name): \(option) is not in \(usage)")
            }
        }
        let ack = try confplan(["ack", "abcd1234"])
        #expect(ack.status == 2)
        #expect(ack.stderr.hasPrefix("confplan: ack needs --reason TEXT: why the finding is accepted\n"))
    }

    @Test func loadListDumpRoundTrip() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("w.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json")
        let load = try confplan(["--db", db, "load", sample.path])
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.hasPrefix("loaded hz2025:"))
        let events = try confplan(["events", "--db", db])
        #expect(events.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["hz2025"])
        let dump = try confplan(["dump", "hz2025", "--db", db])
        #expect(dump.status == 0)
        #expect(dump.stdout == (try String(contentsOf: sample, encoding: .utf8)))
        // A unique short name works as the EVENT argument too; -o writes a file.
        let out = dir.appendingPathComponent("out.json")
        #expect(try confplan(["--db", db, "dump", "中德研讨会", "-o", out.path]).status == 0)
        #expect(try Data(contentsOf: out) == Data(contentsOf: sample))
        // Loading again is refused (exit 1) and changes nothing.
        let again = try confplan(["--db", db, "load", sample.path])
        #expect(again.status == 1)
        #expect(again.stderr == "confplan: an event with identifier \"hz2025\" is already in the database (use --replace to overwrite it)\n")
        #expect(try confplan(["--db", db, "load", "--replace", sample.path]).status == 0)
    }

    @Test func badInputExitsOneWithOneLine() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("w.sqlite").path
        let bad = dir.appendingPathComponent("bad.json")
        try Data("{\"confplan\": 1, \"event\": {\"id\": \"x\", \"name\": \"会\", \"firstDay\": \"2026-02-30\", \"lastDay\": \"2026-03-01\"}}".utf8).write(to: bad)
        let r = try confplan(["--db", db, "load", bad.path])
        #expect(r.status == 1)
        #expect(r.stderr == "confplan: \(bad.path):1: event.firstDay: \"2026-02-30\" is not a date (YYYY-MM-DD)\n")
        let missing = try confplan(["--db", db, "load", dir.appendingPathComponent("nope.json").path])
        #expect(missing.status == 1 && missing.stderr.contains("no such file"))
        // Neither load made the database; an event that is not there is its own message.
        #expect(try confplan(["--db", db, "new", "研讨会", "--first-day", "2026-06-01"]).status == 0)
        let noEvent = try confplan(["--db", db, "dump", "nothing"])
        #expect(noEvent.status == 1 && noEvent.stderr == "confplan: no event \"nothing\" in the database (see: confplan events)\n")
    }

    @Test func theDefaultDatabaseLivesUnderXDGDataHome() throws {
        let dir = try scratchFolder()
        let sample = repoRoot.appendingPathComponent("sample-events/foshan-2026-industry-education-consortium.json")
        let r = try confplan(["load", sample.path], env: ["XDG_DATA_HOME": dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("confplan/confplan.sqlite").path))
    }

    @Test func demoLoadsTheLargestSampleAndReusesItsDatabase() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("demo.sqlite").path
        let first = try confplan(["demo", "--db", db], cwd: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("loaded "))
        #expect(first.stdout.contains("第四届中国职业教育创新发展大会"))
        #expect(first.stdout.contains("attendees   840 registered"))
        #expect(first.stdout.contains("day 1  2026-05-14"))
        let second = try confplan(["demo", "--db", db], cwd: dir)
        #expect(second.stdout.hasPrefix("reusing \(db)"))
        #expect(try confplan(["--db", db, "events"]).stdout.split(separator: "\n").count == 1)
    }
}

@Suite struct MistypedDatabaseTests {
    @Test func commandsThatOnlyReadSayThereIsNoDatabaseAndCreateNothing() throws {
        let dir = try scratchFolder()
        let missing = dir.appendingPathComponent("typo/confplan.sqlite").path
        for args in [["events"], ["check"], ["show"], ["export", "programme"], ["log"], ["doctor"], ["dump"]] {
            let r = try confplan(["--db", missing] + args)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr == "confplan: there is no database at \(missing) (a mistyped --db? `confplan load`, `new` or `import schedule` creates one)\n", "\(args)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("typo").path))
        let made = try confplan(["--db", missing, "new", "研讨会", "--first-day", "2026-06-01"])
        #expect(made.status == 0 && FileManager.default.fileExists(atPath: missing))
    }
}
