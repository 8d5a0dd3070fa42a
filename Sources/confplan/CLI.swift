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

    /// The whole command line: every command, as `help` lists them.
    static let commands: [Command] =
        Commands.all + [ImportCommands.command, ExportCommands.command] + CheckCommands.all + [
            Command(
                name: "help", summary: "show help for a command", arguments: "[COMMAND]", positionals: 0...1, run: help)
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
        if parsed.has(.version) {
            print("confplan \(version)")
            return 0
        }
        guard let command = parsed.command else {
            if parsed.has(.showHelp) || !Commands.interactive {
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
        if parsed.has(.showHelp) {
            print(ArgumentParser.help(for: spec), terminator: "")
            return 0
        }
        do {
            try spec.run(parsed)
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

    static func help(_ a: ParsedArguments) throws {
        guard let name = a.positionals.first else {
            print(ArgumentParser.overview(commands, version: version), terminator: "")
            return
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            throw a.usage("unknown command '\(name)'")
        }
        print(ArgumentParser.help(for: command), terminator: "")
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("confplan: " + message + "\n").utf8))
}
