import Foundation
import Codecs
import PlanningCore
import PlanningStore

/// What every command family shares: the store, files and standard output, the language.
extension Commands {
    /// Only commands that make something (`new`, `load`, `import schedule`, `restore`, the UI on
    /// the default database) create a missing database; the rest say there is none.
    /// `checkLayout: false` for the commands that look at or replace a damaged file (`doctor`, `restore`).
    static func openStore(_ a: ParsedArguments, creating: Bool = false, checkLayout: Bool = true) throws -> Store {
        try Store(path: a[.db] ?? Store.defaultPath(), readOnly: a.has(.readOnly), create: creating,
                  checkLayout: checkLayout)
    }

    static func readFile(_ path: String) throws -> [UInt8] {
        try Files.read(path)
    }

    /// `-o -`, as in most tools, is standard output too.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            fflush(nil)
            FileHandle.standardOutput.write(Data(Terminal.shown(text, onTerminal: Terminal.standardOutput).utf8))
            return
        }
        try Files.write(text, to: path)
    }

    /// Bytes (a workbook, a PDF) to a file, or to standard output when no file or `-` is named,
    /// saying where they went.
    static func write(_ bytes: [UInt8], to path: String?, _ lang: Language) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try Files.write(bytes, to: path)
        printError(CLIWords.wrote.text(lang, path))
    }

    /// A workbook or a PDF on a terminal would be noise: it goes to a file, or to a pipe. Asking for
    /// it is a command line to write otherwise, so the refusal is a usage error (status 2).
    static func refuseTerminal(for path: String?, _ refusal: UsageError) throws {
        if (path ?? "-") == "-" && isatty(1) == 1 { throw refusal }
    }

    /// A person at a terminal: the UI can run.
    static var interactive: Bool { isatty(0) == 1 && isatty(1) == 1 }
}

extension CLI {
    /// `--lang`, else the locale.
    static func language(_ a: ParsedArguments) throws -> Language {
        try chosenLanguage(a) ?? Language.from(environment: ProcessInfo.processInfo.environment)
    }

    /// `--lang` when given: exports fall back to the event's own language instead of the locale.
    static func chosenLanguage(_ a: ParsedArguments) throws -> Language? {
        try a.choice(.lang, ["en": Language.en, "zh": .zh])
    }
}

extension CLI {
    /// A session by key or a part of its title, as the plan finds it, in the command line's words.
    static func session(_ name: String, in plan: EventPlan) throws -> Session {
        switch plan.session(named: name) {
        case .found(let s): return s
        case .none: throw UserError(.noSession, name, plan.event.key)
        case .several(let matches):
            throw UserError(.sessionsMatch, name, matches.count, matches.prefix(5).map(\.key).joined(separator: ", "))
        }
    }

    /// A person by key, exact name, or a unique part of a name, for `--person`.
    static func person(_ name: String, in plan: EventPlan) throws -> Person {
        switch plan.person(named: name) {
        case .found(let p): return p
        case .none: throw UserError(.nobodyCalled, name)
        case .several(let candidates):
            throw UserError(
                .personCouldBe, name,
                candidates.prefix(8).map { "\($0.name) (\($0.key), \($0.organisation))" }.joined(separator: ", "))
        }
    }
}

/// A value read at most once, and only when asked for. An import reads the event's 6,000
/// sessions only for a list with a sub-forum column; the parts that take them lazily cannot
/// throw, so a failure to read is kept and thrown by `rethrow` or `value`.
final class Once<T> {
    private let read: () throws -> T
    private var result: Result<T, any Error>?

    init(_ read: @escaping () throws -> T) { self.read = read }

    func value() throws -> T {
        if result == nil { result = Result { try read() } }
        return try result!.get()
    }

    /// Throws what reading threw, if it was read and failed.
    func rethrow() throws {
        if case .failure(let error)? = result { throw error }
    }
}

extension Once where T: RangeReplaceableCollection {
    /// The value, or an empty one when reading failed (then `rethrow` throws).
    var valueOrNone: T { (try? value()) ?? T() }
}
