import Foundation
import Interchange
import PlanningCore
import PlanningStore

/// A problem with the input or the database: one line on stderr, exit status 1.
struct UserError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

enum CLI {
    static let version = "0.1.0"

    static let commands: [CommandSpec] = [
        CommandSpec(name: "new", summary: "create an empty event (and open it, in a terminal)",
                    usage: "NAME --first-day YYYY-MM-DD [--last-day YYYY-MM-DD] [--id KEY] [--short NAME] [--city CITY]",
                    options: [
                        OptionSpec(names: ["--first-day"], valueName: "DATE", help: "the event's first day (required)"),
                        OptionSpec(names: ["--last-day"], valueName: "DATE", help: "its last day (default: the first)"),
                        OptionSpec(names: ["--id"], valueName: "KEY", help: "identifier for scripts (default: from the date)"),
                        OptionSpec(names: ["--short"], valueName: "NAME", help: "short name shown in the UI"),
                        OptionSpec(names: ["--city"], valueName: "CITY", help: "where it takes place"),
                        OptionSpec(names: ["--time-zone"], valueName: "ZONE", help: "IANA time zone (default Asia/Shanghai)"),
                    ],
                    positionals: 1...1),
        CommandSpec(name: "open", summary: "open an event in the terminal UI", usage: "[EVENT]", positionals: 0...1,
                    details: "With no command at all, confplan opens the UI on the only event in the database."),
        CommandSpec(name: "demo", summary: "open the largest sample event in a fresh database",
                    usage: "[--db PATH]",
                    details: "Without --db the database is a new temporary file. With --db PATH an existing\ndatabase that already holds the sample is reused. In a terminal it opens the UI;\notherwise it prints a summary of the event."),
        CommandSpec(name: "load", summary: "load an event file (JSON) into the database",
                    usage: "FILE [--replace]",
                    options: [OptionSpec(names: ["--replace"], valueName: nil, help: "replace an event with the same identifier")],
                    positionals: 1...1,
                    details: "A file with any problem changes nothing; the message names the line and field."),
        CommandSpec(name: "dump", summary: "write an event back as an event file (JSON)",
                    usage: "[EVENT] [-o FILE]",
                    options: [OptionSpec(names: ["-o", "--output"], valueName: "FILE", help: "write to FILE instead of standard output")],
                    positionals: 0...1),
        CommandSpec(name: "events", summary: "list the events in the database, identifier first",
                    usage: ""),
        CommandSpec(name: "show", summary: "print a summary of an event: days, rooms, sessions, people",
                    usage: "[EVENT]", positionals: 0...1),
        CommandSpec(name: "delete", summary: "delete an event and everything in it",
                    usage: "EVENT", positionals: 1...1),
        CommandSpec(name: "backup", summary: "copy the database safely (others may keep working), and check the copy",
                    usage: "[FILE]", positionals: 0...1,
                    details: "Without FILE the copy goes beside the database, named with the date and time."),
        CommandSpec(name: "restore", summary: "put a backup back in place (the current contents are kept in a backup first)",
                    usage: "FILE", positionals: 1...1),
        CommandSpec(name: "doctor", summary: "check the database file, its references and every event's own rules",
                    usage: "", details: "Exit status 0 when all is well, 1 when something needs attention."),
        CommandSpec(name: "log", summary: "who changed what, and when, newest first (\"who moved the keynote?\")",
                    usage: "[EVENT] [--grep TEXT] [--limit N]",
                    options: [
                        OptionSpec(names: ["--grep"], valueName: "TEXT", help: "only entries mentioning TEXT (a title, a name, a user)"),
                        OptionSpec(names: ["--limit"], valueName: "N", help: "at most N entries (default 50)"),
                    ],
                    positionals: 0...1),
        ImportCommands.spec,
        ExportCommands.spec,
    ] + checkCommands + [
        CommandSpec(name: "help", summary: "show help for a command", usage: "[COMMAND]", positionals: 0...1),
    ]

    static func run(_ args: [String]) -> Int32 {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(args, commands: commands)
        } catch let e as UsageError {
            printError(e.message)
            printError("see: confplan \(e.command.map { "\($0) " } ?? "")--help")
            return 2
        } catch {
            printError("\(error)")
            return 2
        }
        if parsed.has("--version") {
            print("confplan \(version)")
            return 0
        }
        guard let command = parsed.command else {
            if parsed.has("--help") || !Commands.interactive {
                print(ArgumentParser.overview(commands, version: version), terminator: "")
                return 0
            }
            do {
                try Commands.open(parsed)
                return 0
            } catch {
                printError("\(error)")
                return 1
            }
        }
        let spec = commands.first { $0.name == command }!
        if parsed.has("--help") {
            print(ArgumentParser.help(for: spec), terminator: "")
            return 0
        }
        do {
            try execute(command, parsed)
            return 0
        } catch let e as ExitStatus {
            return e.code
        } catch let e as UsageError {
            printError(e.message)
            return 2
        } catch {
            printError("\(error)")
            return 1
        }
    }

    /// A command's own non-zero status that is not an error (check found errors: 3).
    struct ExitStatus: Error { var code: Int32 }

    static func execute(_ command: String, _ a: ParsedArguments) throws {
        switch command {
        case "help":
            if let name = a.positionals.first {
                guard let spec = commands.first(where: { $0.name == name }) else {
                    throw UsageError(message: "unknown command '\(name)'")
                }
                print(ArgumentParser.help(for: spec), terminator: "")
            } else {
                print(ArgumentParser.overview(commands, version: version), terminator: "")
            }
        case "demo": try Commands.demo(a)
        case "open": try Commands.open(a)
        case "new": try Commands.new(a)
        case "load": try Commands.load(a)
        case "dump": try Commands.dump(a)
        case "events": try Commands.events(a)
        case "show": try Commands.show(a)
        case "delete": try Commands.delete(a)
        case "log": try Commands.log(a)
        case "backup": try Commands.backup(a)
        case "restore": try Commands.restore(a)
        case "doctor": try Commands.doctor(a)
        case "import": try ImportCommands.run(a)
        case "export": try ExportCommands.run(a)
        case "check": try CheckCommands.check(a)
        case "ack": try CheckCommands.ack(a)
        case "unack": try CheckCommands.unack(a)
        case "severity": try CheckCommands.severity(a)
        case "suggest": try CheckCommands.suggest(a)
        case "move": try CheckCommands.move(a)
        default: throw UsageError(message: "unknown command '\(command)'")
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("confplan: " + message + "\n").utf8))
}
