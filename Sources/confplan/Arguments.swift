/// What a command accepts: named options (with or without a value) and positional arguments.
struct CommandSpec {
    var name: String
    var summary: String
    /// e.g. "FILE [--replace]"
    var usage: String
    var options: [OptionSpec] = []
    var positionals: ClosedRange<Int> = 0...0
    var details: String = ""
}

struct OptionSpec {
    var names: [String]
    var valueName: String?
    var help: String
}

/// Options every command takes.
let globalOptions: [OptionSpec] = [
    OptionSpec(names: ["--db"], valueName: "PATH", help: "the database file (default: $XDG_DATA_HOME/confplan/confplan.sqlite)"),
    OptionSpec(names: ["--read-only"], valueName: nil, help: "open the database for reading only: nothing can be changed"),
    OptionSpec(names: ["--lang"], valueName: "en|zh", help: "language of messages and the UI (default: from LANG)"),
    OptionSpec(names: ["--no-color"], valueName: nil, help: "monochrome UI (also when NO_COLOR is set)"),
    OptionSpec(names: ["--no-mouse"], valueName: nil, help: "do not use the mouse in the UI"),
    OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show help for the command"),
]

struct UsageError: Error, CustomStringConvertible {
    var message: String
    var command: String?
    var description: String { message }
}

/// The parsed command line: options by canonical (longest) name, and positionals in order.
struct ParsedArguments {
    var command: String?
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }
}

enum ArgumentParser {
    static func parse(_ args: [String], commands: [CommandSpec]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var rest = args[...]
        var spec: CommandSpec?
        var onlyPositionals = false
        while let arg = rest.popFirst() {
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
                if parsed.command == nil && spec == nil && !onlyPositionals {
                    guard let c = commands.first(where: { $0.name == arg }) else {
                        throw UsageError(message: "unknown command '\(arg)'", command: nil)
                    }
                    parsed.command = c.name
                    spec = c
                } else {
                    parsed.positionals.append(arg)
                }
                continue
            }
            if arg == "--" { onlyPositionals = true; continue }
            if arg == "--version" && parsed.command == nil { parsed.flags.insert("--version"); continue }
            var name = arg, inline: String?
            if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            let known = globalOptions + (spec?.options ?? [])
            guard let option = known.first(where: { $0.names.contains(name) }) else {
                throw UsageError(message: "unknown option '\(name)'" + (spec.map { " for '\($0.name)'" } ?? ""), command: spec?.name)
            }
            let canonical = option.names.last!
            if option.valueName != nil {
                guard let v = inline ?? rest.popFirst() else {
                    throw UsageError(message: "\(name) needs a value (\(option.valueName!))", command: spec?.name)
                }
                parsed.values[canonical] = v
            } else {
                if inline != nil { throw UsageError(message: "\(name) takes no value", command: spec?.name) }
                parsed.flags.insert(canonical)
            }
        }
        if let spec, !parsed.has("--help"), !spec.positionals.contains(parsed.positionals.count) {
            let range = spec.positionals
            let expected = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw UsageError(message: "'\(spec.name)' takes \(expected) argument\(range.upperBound == 1 ? "" : "s"), got \(parsed.positionals.count): \(spec.name) \(spec.usage)", command: spec.name)
        }
        return parsed
    }

    static func help(for spec: CommandSpec) -> String {
        var out = "\(spec.summary)\n\nUsage: confplan \(spec.name) \(spec.usage)\n"
        if !spec.details.isEmpty { out += "\n\(spec.details)\n" }
        let all = spec.options + globalOptions
        out += "\nOptions:\n" + optionLines(all)
        return out
    }

    static func optionLines(_ options: [OptionSpec]) -> String {
        let heads = options.map { o in o.names.joined(separator: ", ") + (o.valueName.map { " \($0)" } ?? "") }
        let width = (heads.map(\.count).max() ?? 0) + 2
        return zip(heads, options).map { head, o in
            "  " + head + String(repeating: " ", count: width - head.count) + o.help
        }.joined(separator: "\n") + "\n"
    }

    static func overview(_ commands: [CommandSpec], version: String) -> String {
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
        out += "\nOptions:\n" + optionLines(globalOptions + [OptionSpec(names: ["--version"], valueName: nil, help: "print the version")])
        out += "\nExit status: 0 success, 1 a problem with the input or database, 2 a usage error, 3 check found errors.\n"
        return out
    }
}
