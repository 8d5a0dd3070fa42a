import PlanningCore

/// A named option, declared once: a command lists the options it takes, its handler reads them
/// through the same value, and help prints these words, so none of the three can drift.
struct Option: Hashable, Sendable {
    let names: [String]
    /// What the value is called in help (`PATH`); nil for a flag.
    let valueName: String?
    let help: String

    init(_ names: String..., value: String? = nil, help: String) {
        self.names = names
        valueName = value
        self.help = help
    }

    /// The longest name: what the parsed arguments are keyed by.
    var canonical: String { names.last! }

    /// `--limit N`, as usage and help show it.
    var synopsis: String { canonical + (valueName.map { " " + $0 } ?? "") }
}

extension Option {
    /// Options every command takes.
    static let global: [Option] = [.db, .readOnly, .lang, .noColor, .noMouse, .showHelp]

    static let db = Option(
        "--db", value: "PATH", help: "the database file (default: $XDG_DATA_HOME/confplan/confplan.sqlite)")
    static let readOnly = Option("--read-only", help: "open the database for reading only: nothing can be changed")
    static let lang = Option(
        "--lang", value: "en|zh", help: "language of messages and the UI (default: from LANG; exports: the event's own)"
    )
    static let noColor = Option("--no-color", help: "monochrome UI (also when NO_COLOR is set)")
    static let noMouse = Option("--no-mouse", help: "do not use the mouse in the UI")
    static let showHelp = Option("-h", "--help", help: "show help for the command")
    static let version = Option("--version", help: "print the version")
}

/// One subcommand: its words for help, the options it takes, and what it does. The list of
/// these values in `CLI.commands` is the whole command line.
struct Command: Sendable {
    let name: String
    let summary: String
    /// The arguments that are not options, as usage shows them: `[EVENT] FILE`.
    var arguments = ""
    var options: [Option] = []
    /// Options it cannot do without: usage shows them unbracketed; missing, they are a usage error.
    var required: Set<Option> = []
    var positionals: ClosedRange<Int> = 0...0
    var details = ""
    /// `export programme`, `export badges`: each with its own options and handler, named in full
    /// (`export programme`). Options may come before the subcommand's word, as they always could.
    var subcommands: [Command] = []
    /// Runs itself when no word after its name chooses a subcommand (`transport [EVENT]` beside
    /// `transport plan`): such a word is then its positional.
    var runsWithoutSubcommand = false
    let run: @Sendable (ParsedArguments) throws -> Void

    /// The subcommand a word after this command's name chooses.
    func subcommand(_ word: String) -> Command? { subcommands.first { $0.name == name + " " + word } }

    /// Every option a subcommand takes, for reading options before the subcommand's word.
    var allOptions: [Option] { options + subcommands.flatMap(\.options) }

    /// `[EVENT] --reason TEXT [--limit N]`: the arguments, then each option.
    var usage: String {
        ([arguments] + options.map { required.contains($0) ? $0.synopsis : "[" + $0.synopsis + "]" })
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// The parsed command line: values and flags by option, positionals in order. The typed
/// readers turn a bad value into a usage error naming the option (exit status 2).
struct ParsedArguments {
    var command: String?
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    subscript(_ option: Option) -> String? { values[option.canonical] }
    func has(_ option: Option) -> Bool { flags.contains(option.canonical) }

    /// A whole number in `range`, or nil when the option is not given.
    func int(_ option: Option, in range: ClosedRange<Int> = Int.min...Int.max, what: CLIError = .notANumber,
             _ detail: any CustomStringConvertible...) throws -> Int? {
        guard let text = self[option] else { return nil }
        guard let n = Int(text), range.contains(n) else {
            throw usage(what, [option.canonical, text] + detail.map(\.description))
        }
        return n
    }

    /// A date as YYYY-MM-DD, or nil when the option is not given.
    func date(_ option: Option) throws -> LocalDate? {
        guard let text = self[option] else { return nil }
        guard let d = LocalDate(iso: text) else {
            throw usage(.notADate, option.canonical, text)
        }
        return d
    }

    /// One of the given words, or nil when the option is not given.
    func choice<T>(_ option: Option, _ words: KeyValuePairs<String, T>) throws -> T? {
        guard let text = self[option] else { return nil }
        guard let hit = words.first(where: { $0.key == text }) else {
            throw usage(.notAChoice, option.canonical, words.map(\.key).joined(separator: "|"), text)
        }
        return hit.value
    }

    func usage(_ phrase: CLIError, _ arguments: any CustomStringConvertible...) -> UsageError {
        usage(phrase, arguments.map(\.description))
    }
    func usage(_ phrase: CLIError, _ arguments: [String]) -> UsageError {
        UsageError(phrase, arguments, command: command)
    }
}

enum ArgumentParser {
    static func parse(_ args: [String], commands: [Command]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var rest = args[...]
        var command: Command?
        var onlyPositionals = false
        // Options read before a subcommand's word, checked against its own options once it is known.
        var early: [(typed: String, option: Option)] = []
        while let arg = rest.popFirst() {
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
                if parsed.command == nil && command == nil && !onlyPositionals {
                    guard let c = commands.first(where: { $0.name == arg }) else {
                        throw UsageError(.unknownCommand, [arg], command: nil)
                    }
                    parsed.command = c.name
                    command = c
                } else if let c = command, !c.subcommands.isEmpty,
                          !(c.runsWithoutSubcommand && (c.subcommand(arg) == nil || !parsed.positionals.isEmpty)) {
                    guard let sub = c.subcommand(arg) else {
                        let words = c.subcommands.map { String($0.name.dropFirst(c.name.count + 1)) }
                        throw UsageError(.unknownSubcommand, [c.name, arg, words.joined(separator: ", ")],
                                         command: c.name)
                    }
                    parsed.command = sub.name
                    command = sub
                } else {
                    parsed.positionals.append(arg)
                }
                continue
            }
            if arg == "--" { onlyPositionals = true; continue }
            if arg == Option.version.canonical && parsed.command == nil { parsed.flags.insert(arg); continue }
            var name = arg, inline: String?
            if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            guard let option = (Option.global + (command?.allOptions ?? [])).first(where: { $0.names.contains(name) })
            else {
                throw command.map { UsageError(.unknownOptionFor, [name, $0.name], command: $0.name) }
                    ?? UsageError(.unknownOption, [name], command: nil)
            }
            if let c = command, !c.subcommands.isEmpty { early.append((name, option)) }
            if let valueName = option.valueName {
                guard let v = inline ?? rest.popFirst() else {
                    throw UsageError(.needsValue, [name, valueName], command: command?.name)
                }
                parsed.values[option.canonical] = v
            } else {
                if inline != nil { throw UsageError(.takesNoValue, [name], command: command?.name) }
                parsed.flags.insert(option.canonical)
            }
        }
        if let command, command.subcommands.isEmpty || command.runsWithoutSubcommand {
            for (typed, option) in early
            where !(Option.global + command.options).contains(where: { $0.canonical == option.canonical }) {
                throw UsageError(.unknownOptionFor, [typed, command.name], command: command.name)
            }
        }
        guard let command, !parsed.has(.showHelp) else { return parsed }
        if !command.positionals.contains(parsed.positionals.count) {
            let range = command.positionals
            let expected =
                range.lowerBound == range.upperBound
                ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw parsed.usage(
                range.upperBound == 1 ? .argumentsOne : .argumentsOther, command.name, expected,
                parsed.positionals.count, command.usage)
        }
        for option in command.options where command.required.contains(option) && parsed[option] == nil {
            throw parsed.usage(.needsOption, command.name, option.synopsis, option.help)
        }
        return parsed
    }

    static func help(for command: Command) -> String {
        var out = "\(command.summary)\n\nUsage: confplan \(command.name) \(command.usage)\n"
        if !command.subcommands.isEmpty {
            let width = (command.subcommands.map(\.name.count).max() ?? 0) + 2
            out += "\nSubcommands (each with its own --help):\n"
            for c in command.subcommands {
                out += "  " + c.name + String(repeating: " ", count: width - c.name.count) + c.summary + "\n"
            }
        }
        if !command.details.isEmpty { out += "\n\(command.details)\n" }
        out += "\nOptions:\n" + optionLines(command.options + Option.global)
        return out
    }

    static func optionLines(_ options: [Option]) -> String {
        let heads = options.map { o in o.names.joined(separator: ", ") + (o.valueName.map { " \($0)" } ?? "") }
        let width = (heads.map(\.count).max() ?? 0) + 2
        return zip(heads, options).map { head, o in
            "  " + head + String(repeating: " ", count: width - head.count) + o.help
        }.joined(separator: "\n") + "\n"
    }

    static func overview(_ commands: [Command], version: String) -> String {
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        var out = """
            confplan \(version) — plan conferences in the terminal: venues, sessions, speakers, attendees,
            and the clashes between them.

            Usage: confplan [--db PATH]              open the UI (in a terminal)
                   confplan [--db PATH] COMMAND [ARGS]
                   confplan COMMAND --help

            Commands:

            """
        for c in commands {
            out += "  " + c.name + String(repeating: " ", count: width - c.name.count) + c.summary + "\n"
        }
        out += "\nOptions:\n" + optionLines(Option.global + [.version])
        out +=
            "\nExit status: 0 success, 1 a problem with the input or database, 2 a usage error, 3 check found errors.\n"
        return out
    }
}
