import Foundation
import Interchange
import PlanningCore
import PlanningStore
import TerminalUI

enum Commands {
    /// Only commands that make something (`new`, `load`, `import schedule`, `restore`, the UI on
    /// the default database) create a missing database; the rest say there is none.
    static func openStore(_ a: ParsedArguments, creating: Bool = false) throws -> Store {
        try Store(path: a.value("--db") ?? Store.defaultPath(), readOnly: a.has("--read-only"), create: creating)
    }

    static func readFile(_ path: String) throws -> [UInt8] {
        do { return try Files.read(path) } catch { throw UserError(error.description) }
    }

    /// `-o -`, as in most tools, is standard output too.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try Files.write(text, to: path) } catch { throw UserError(error.description) }
    }

    /// A person at a terminal: the UI can run.
    static var interactive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    static func open(_ a: ParsedArguments) throws {
        guard interactive else { throw UserError("the UI needs a terminal (use check, dump or show from scripts)") }
        let store = try openStore(a, creating: a.value("--db") == nil)
        let event = try store.resolveEvent(a.positionals.first)
        try runUI(store, event.id, a)
    }

    static func runUI(_ store: Store, _ event: ID<Event>, _ a: ParsedArguments) throws {
        let env = ProcessInfo.processInfo.environment
        let monochrome = a.has("--no-color") || (env["NO_COLOR"].map { !$0.isEmpty } ?? false)
        try App.run(event: event, store: store, language: try CLI.language(a), monochrome: monochrome,
                    mouse: !a.has("--no-mouse"))
    }

    static func new(_ a: ParsedArguments) throws {
        guard let firstText = a.value("--first-day") else { throw UsageError(message: "new needs --first-day YYYY-MM-DD") }
        guard let first = LocalDate(iso: firstText) else { throw UsageError(message: "--first-day: \"\(firstText)\" is not a date (YYYY-MM-DD)", command: "new") }
        let lastText = a.value("--last-day") ?? firstText
        guard let last = LocalDate(iso: lastText) else { throw UsageError(message: "--last-day: \"\(lastText)\" is not a date (YYYY-MM-DD)", command: "new") }
        let key = a.value("--id") ?? "e\(first.description.replacingOccurrences(of: "-", with: ""))"
        let name = a.positionals[0]
        let event = Event(key: key, uid: UUID().uuidString.lowercased(), name: name, shortName: a.value("--short") ?? "",
                          city: a.value("--city") ?? "", timeZone: a.value("--time-zone") ?? "Asia/Shanghai",
                          firstDay: first, lastDay: last)
        let store = try openStore(a, creating: true)
        let stored = try store.insert(EventPlan(event: event))
        print("created \(stored.event.key): \(Sanitize.forTerminal(name)), \(first) – \(last)")
        if interactive { try runUI(store, stored.event.id, a) }
    }

    static func load(_ a: ParsedArguments) throws {
        let path = a.positionals[0]
        let (plan, policy) = try EventFile.readDocument(try readFile(path), file: path)
        let store = try openStore(a, creating: true)
        let loaded = try store.load(plan, policy: policy, replace: a.has("--replace"))
        let stored = loaded.plan
        print("loaded \(stored.event.key): \(Sanitize.forTerminal(stored.event.name)) — \(stored.sessions.count) sessions, \(stored.people.count) people, \(stored.registrations.count) attendees")
        let acks = try store.findingPolicy(stored.event.id).acknowledgements.count
        if acks > 0 {
            let kept = acks - loaded.unmatched.count
            print("acknowledgements: \(kept) still match a finding" + (loaded.unmatched.isEmpty ? ""
                : "; \(loaded.unmatched.count) match no finding now (kept, and listed in `confplan log`)"))
        }
    }

    static func dump(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        try write(EventFile.write(try store.plan(event.id), policy: try store.findingPolicy(event.id)), to: a.value("--output"))
    }

    static func events(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        for e in try store.events() {
            print("\(e.key)\t\(e.firstDay)…\(e.lastDay)\t\(e.sessionCount) sessions\t\(e.registrationCount) attendees\t\(Sanitize.forTerminal(e.name))")
        }
    }

    static func show(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        print(PlanSummary.text(try store.plan(event.id)), terminator: "")
    }

    static func backup(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let target = a.positionals.first ?? Store.backupPath(for: store.path, reason: "backup")
        try store.backup(to: target)
        print("backed up \(store.path) to \(target) (checked)")
    }

    static func restore(_ a: ParsedArguments) throws {
        let store = try openStore(a, creating: true)
        let kept = try store.restore(from: a.positionals[0])
        print("restored \(a.positionals[0]) into \(store.path); what was there before is in \(kept)")
    }

    static func doctor(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let results = try store.doctor()
        for r in results { print((r.ok ? "ok       " : "PROBLEM  ") + Sanitize.forTerminal(r.text)) }
        if results.contains(where: { !$0.ok }) { throw CLI.ExitStatus(code: 1) }
    }

    static func log(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        var limit = 50
        if let l = a.value("--limit") {
            guard let n = Int(l), n > 0 else { throw UsageError(message: "--limit: \"\(l)\" is not a positive number", command: "log") }
            limit = n
        }
        let entries = try store.changeLog(event.id, limit: limit, matching: a.value("--grep"))
        if entries.isEmpty { print(a.value("--grep") == nil ? "no changes recorded" : "no changes mention \"\(a.value("--grep")!)\"") }
        let userWidth = entries.map { DisplayWidth.of($0.user) }.max() ?? 0
        for e in entries {
            print(Sanitize.forTerminal("\(e.at)  \(DisplayWidth.pad(e.user, to: userWidth))  \(e.action): \(e.summary)"))
        }
    }

    static func delete(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let event = try store.resolveEvent(a.positionals[0])
        try store.deleteEvent(event.id)
        print("deleted \(event.key)")
    }

    static func demo(_ a: ParsedArguments) throws {
        let sample = try SampleEvents.largest()
        let plan = try EventFile.read(try readFile(sample), file: sample)
        let path = a.value("--db") ?? (NSTemporaryDirectory() + "confplan-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sqlite")
        let store = try Store(path: path)
        let event: ID<Event>
        if let existing = try store.events().first(where: { $0.key == plan.event.key }) {
            event = existing.id
            print("reusing \(path)")
        } else {
            event = try store.insert(plan).event.id
            print("loaded \(sample) into \(path)")
        }
        if interactive {
            try runUI(store, event, a)
            print("confplan: everything is saved in \(path)")
            return
        }
        print(PlanSummary.text(try store.plan(event)), terminator: "")
        print("\nTry: confplan --db \(path) events")
    }
}

/// Finds `sample-events/`: beside the current folder, or above the executable (as built by
/// `swift build`, in `.build/debug/`), or where `CONFPLAN_SAMPLES` says.
enum SampleEvents {
    static func folder() -> String? {
        let fm = FileManager.default
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["CONFPLAN_SAMPLES"] { candidates.append(env) }
        candidates.append(fm.currentDirectoryPath + "/sample-events")
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("sample-events").path)
            dir = dir.deletingLastPathComponent()
        }
        return candidates.first { p in
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: p, isDirectory: &isDir) && isDir.boolValue
        }
    }

    static func largest() throws -> String {
        guard let folder = folder() else {
            throw UserError("cannot find the sample-events folder (run from the confplan checkout, or set CONFPLAN_SAMPLES)")
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let sized = files.filter { $0.hasSuffix(".json") }.map { name -> (String, Int) in
            let path = folder + "/" + name
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return (path, size)
        }
        guard let best = sized.max(by: { $0.1 < $1.1 }) else { throw UserError("no event files in \(folder)") }
        return best.0
    }
}
