import Foundation
import Interchange
import PlanningCore
import PlanningStore

enum CLI {
    static let version = "0.1.0"

    /// The whole command line: every command, as `help` lists them.
    static let commands: [Command] =
        Commands.all + [ImportCommands.command, ExportCommands.command] + CheckCommands.all + SessionCommands.all
        + [SolveCommand.command, TransportCommand.command, RoomsCommand.command]
        + ReleaseCommands.all + [SeatingCommand.command] + DuplicateCommands.all + DeskCommands.all
        + ShareCommands.all + [TablesCommand.command] + [
            Command(
                name: "help", summary: "show help for a command", arguments: "[COMMAND [SUBCOMMAND]]",
                positionals: 0...2, run: help)
        ]

    static func run(_ args: [String]) -> Int32 {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(args, commands: commands)
        } catch let e as UsageError {
            let lang = language(scanning: args)
            printError(e.text(lang))
            printError(CLIError.seeHelp.text(lang, e.command.map { "\($0) " } ?? ""))
            return 2
        } catch {
            printError(explain(error, language(scanning: args)))
            return 2
        }
        // Errors speak the language everything else does (a bad --lang itself is told in the locale's).
        let lang = (try? CLI.language(parsed)) ?? language(scanning: [])
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
                printError(explain(error, lang))
                return 1
            }
        }
        let spec = CLI.command(named: command)!
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
            printError(e.text(lang))
            return 2
        } catch {
            printError(explain(error, lang))
            return 1
        }
    }

    /// The language of a command line that could not be parsed: its `--lang` if it has a valid
    /// one, else the locale's.
    static func language(scanning args: [String]) -> Language {
        for (i, arg) in args.enumerated() {
            let value = arg.hasPrefix("--lang=") ? String(arg.dropFirst(7)) : arg == "--lang" && i + 1 < args.count
                ? args[i + 1] : nil
            if let value, let lang = Language(rawValue: value) { return lang }
        }
        return Language.from(environment: ProcessInfo.processInfo.environment)
    }

    /// A command or a subcommand (`export programme`) by its full name.
    static func command(named name: String) -> Command? {
        commands.lazy.flatMap { [$0] + $0.subcommands }.first { $0.name == name }
    }

    /// A command's own non-zero status that is not an error (check found errors: 3).
    struct ExitStatus: Error { var code: Int32 }

    static func help(_ a: ParsedArguments) throws {
        guard !a.positionals.isEmpty else {
            print(ArgumentParser.overview(commands, version: version), terminator: "")
            return
        }
        guard let command = CLI.command(named: a.positionals.joined(separator: " ")) else {
            throw a.usage(.unknownCommand, a.positionals.joined(separator: " "))
        }
        print(ArgumentParser.help(for: command), terminator: "")
    }
}

/// Names and titles come from files staff did not write: on a terminal their control characters
/// (a title-setting or clipboard escape in a name) are shown, not obeyed. Pipes and files get
/// the bytes as they are.
enum Terminal {
    static let standardOutput = isatty(1) == 1
    static let standardError = isatty(2) == 1

    static func shown(_ text: String, onTerminal: Bool) -> String {
        onTerminal ? Sanitize.forTerminalOutput(text) : text
    }
}

/// Every command's `print`: Swift's own, through the terminal guard.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator) + terminator
    Swift.print(Terminal.shown(text, onTerminal: Terminal.standardOutput), terminator: "")
}

func printError(_ message: String) {
    fflush(nil)
    let text = Terminal.shown("confplan: " + message + "\n", onTerminal: Terminal.standardError)
    FileHandle.standardError.write(Data(text.utf8))
}
