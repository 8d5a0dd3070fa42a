import Foundation
import Codecs
import Interchange
import PlanningCore
import PlanningStore
import TerminalUI

extension Option {
    static let firstDay = Option("--first-day", value: "DATE", help: "the event's first day (YYYY-MM-DD)")
    static let lastDay = Option("--last-day", value: "DATE", help: "its last day (default: the first)")
    static let eventID = Option("--id", value: "KEY", help: "identifier for scripts (default: from the date)")
    static let shortName = Option("--short", value: "NAME", help: "short name shown in the UI")
    static let city = Option("--city", value: "CITY", help: "where it takes place")
    static let timeZone = Option(
        "--time-zone", value: "ZONE", help: "IANA time zone (default \(Event.defaultTimeZone))")
    static let replace = Option("--replace", help: "replace an event with the same identifier")
    static let mergeCheckIns = Option(
        "--merge-checkins", help: "carry check-ins made since the backup into the restored database (the default)")
    static let noCheckIns = Option("--no-checkins", help: "leave check-ins made since the backup in the kept copy only")
    static let discardHistory = Option(
        "--discard-history", help: "with --replace: drop the event's check-ins, releases and log too")
    static let output = Option("-o", "--output", value: "FILE", help: "write to FILE instead of standard output")
    static let grep = Option("--grep", value: "TEXT", help: "only entries mentioning TEXT (a title, a name, a user)")
    static let limit = Option("--limit", value: "N", help: "at most N entries (default 50)")
    static let large = Option("--large", help: "the benchmark's generated event: 6,000 sessions, 100,000 attendees")
    static let iso = Option("--iso", help: "times as stored (ISO 8601, UTC) instead of the event's clock")
}

enum Commands {
    static let all: [Command] = [
        Command(
            name: "new", summary: "create an empty event (and open it, in a terminal)", arguments: "NAME",
            options: [.firstDay, .lastDay, .eventID, .shortName, .city, .timeZone], required: [.firstDay],
            positionals: 1...1, run: new),
        Command(
            name: "open", summary: "open an event in the terminal UI", arguments: "[EVENT]", positionals: 0...1,
            details: "With no command at all, confplan opens the UI on the only event in the database.", run: open),
        Command(
            name: "demo", summary: "open the largest sample event in a fresh database", options: [.large],
            details: "Without --db the database is a new temporary file. With --db PATH an existing\n"
                + "database that already holds the sample is reused. In a terminal it opens the UI;\n"
                + "otherwise it prints a summary of the event. --large builds the benchmark's event\n"
                + "(100,000 attendees, 600,000 sign-ups; about 10 s) to feel the tool at scale.", run: demo),
        Command(
            name: "load", summary: "load an event file (JSON) into the database", arguments: "FILE",
            options: [.replace, .discardHistory],
            positionals: 1...1,
            details: "A file with any problem changes nothing; the message names the line and field.\n"
                + "--replace keeps what the file does not carry (check-ins, releases, the change log,\n"
                + "kept-apart marks, badge numbers) and refuses when check-ins would be lost;\n"
                + "a backup of the database is taken first either way.",
            run: load),
        Command(
            name: "dump", summary: "write an event back as an event file (JSON)", arguments: "[EVENT]",
            options: [.output],
            positionals: 0...1, run: dump),
        Command(name: "events", summary: "list the events in the database, identifier first", run: events),
        Command(
            name: "show", summary: "print a summary of an event: days, rooms, sessions, people", arguments: "[EVENT]",
            positionals: 0...1, run: show),
        Command(
            name: "delete", summary: "delete an event and everything in it", arguments: "EVENT", positionals: 1...1,
            run: delete),
        Command(
            name: "backup", summary: "copy the database safely (others may keep working), and check the copy",
            arguments: "[FILE]", positionals: 0...1,
            details: "Without FILE the copy goes beside the database, named with the date and time.", run: backup),
        Command(
            name: "restore", summary: "put a backup back in place (the current contents are kept in a backup first)",
            arguments: "FILE", options: [.mergeCheckIns, .noCheckIns, .yes], positionals: 1...1,
            details: "Check-ins recorded since the backup are carried into the restored database (the\n"
                + "default, --merge-checkins); releases and log entries newer than the backup stay in\n"
                + "the copy kept before restoring. On a terminal it says what that is and asks first.",
            run: restore),
        Command(
            name: "doctor", summary: "check the database file, its references and every event's own rules",
            details: "Exit status 0 when all is well, 1 when something needs attention.", run: doctor),
        Command(
            name: "log", summary: "who changed what, and when, newest first (\"who moved the keynote?\")",
            arguments: "[EVENT]", options: [.grep, .limit, .iso], positionals: 0...1, run: log),
    ]

    static func open(_ a: ParsedArguments) throws {
        guard interactive else { throw UserError(.needsTerminal) }
        let store = try openStore(a, creating: a[.db] == nil)
        let all = try store.events()
        // Several events and none named: choose one on the screen rather than be sent away.
        guard a.positionals.isEmpty, all.count > 1 else {
            try runUI(store, try store.resolveEvent(a.positionals.first).id, a)
            return
        }
        let entries = all.map {
            EventPicker.Entry(key: $0.key, name: $0.name, firstDay: $0.firstDay, lastDay: $0.lastDay,
                              sessions: $0.sessionCount, attendees: $0.registrationCount)
        }
        let (monochrome, mouse) = terminalChoices(a)
        let (choice, backend) = App.pick(entries, language: try CLI.language(a), monochrome: monochrome, mouse: mouse)
        guard let choice else { return }
        try App.run(event: all[choice].id, store: store, language: try CLI.language(a), monochrome: monochrome,
                    mouse: mouse, backend: backend)
    }

    /// Colour and mouse, as the options and NO_COLOR say.
    static func terminalChoices(_ a: ParsedArguments) -> (monochrome: Bool, mouse: Bool) {
        let env = ProcessInfo.processInfo.environment
        return (a.has(.noColor) || (env["NO_COLOR"].map { !$0.isEmpty } ?? false), !a.has(.noMouse))
    }

    static func runUI(_ store: Store, _ event: ID<Event>, _ a: ParsedArguments) throws {
        let (monochrome, mouse) = terminalChoices(a)
        try App.run(event: event, store: store, language: try CLI.language(a), monochrome: monochrome, mouse: mouse)
    }

    static func new(_ a: ParsedArguments) throws {
        guard let first = try a.date(.firstDay) else { throw a.usage(.newNeedsFirstDay, Option.firstDay.synopsis) }
        let last = try a.date(.lastDay) ?? first
        guard last >= first else {
            throw a.usage(.lastBeforeFirst, Option.lastDay.canonical, last, first)
        }
        let key = a[.eventID] ?? "e\(first.description.replacingOccurrences(of: "-", with: ""))"
        let name = a.positionals[0]
        let event = Event(
            key: key, uid: UUID().uuidString.lowercased(), name: name, shortName: a[.shortName] ?? "",
            city: a[.city] ?? "", timeZone: a[.timeZone] ?? Event.defaultTimeZone,
            firstDay: first, lastDay: last)
        let store = try openStore(a, creating: true)
        let stored = try store.insert(EventPlan(event: event))
        print(CLIWords.created.text(try CLI.language(a), stored.event.key, Sanitize.forTerminal(name), first, last))
        if interactive { try runUI(store, stored.event.id, a) }
    }

    static func load(_ a: ParsedArguments) throws {
        let path = a.positionals[0]
        let (plan, policy, sequences) = try EventFile.readDocument(try readFile(path), file: path)
        let store = try openStore(a, creating: true)
        let lang = try CLI.language(a)
        var backup: String?
        if a.has(.replace), try store.events().contains(where: { $0.key == plan.event.key }) {
            let path = Store.backupPath(for: store.path, reason: "before-load")
            try store.backup(to: path)
            backup = path
        }
        let loaded: Store.Loaded
        do {
            loaded = try store.load(plan, policy: policy, replace: a.has(.replace),
                                    discardHistory: a.has(.discardHistory), sequences: sequences)
        } catch let e as ReloadWouldDrop {
            // Nothing changed: the backup of an unchanged database would only be clutter.
            if let backup { unlink(backup) }
            let shown = e.checkIns.prefix(10).joined(separator: CLIWords.fieldSeparator.text(lang))
                + (e.checkIns.count > 10 ? " …" : "")
            printError(CLIWords.reloadWouldDrop.text(lang, e.checkIns.count, path, shown))
            throw CLI.ExitStatus(code: 1)
        } catch let e as SQLiteError where !e.isBusy && !e.isFull && !e.isReadOnly {
            // The store checks what it can before writing; should a rule it does not know of still
            // refuse the file, the person hears which file, not only the SQL.
            if let backup { unlink(backup) }
            printError(CLIWords.loadRefused.text(lang, path, e.message))
            throw CLI.ExitStatus(code: 1)
        }
        let stored = loaded.plan
        print(
            CLIWords.loaded.text(
                lang, stored.event.key, Sanitize.forTerminal(stored.event.name), stored.sessions.count,
                stored.people.count, stored.registrations.count))
        if !loaded.renewed.isEmpty { print(renewedLine(loaded.renewed, path: path, lang)) }
        if let backup {
            let k = loaded.kept
            print(a.has(.discardHistory) ? CLIWords.reloadDiscarded.text(lang, backup)
                  : CLIWords.reloadKept.text(lang, k.checkIns, k.releases, k.changes, k.badges, backup))
        }
        let acks = try store.findingPolicy(stored.event.id).acknowledgements.count
        if acks > 0 {
            let kept = acks - loaded.unmatched.count
            let unmatched = Plural(one: CLIWords.acksUnmatchedOne, other: .acksUnmatched)
            print(
                Plural(one: CLIWords.acksKeptOne, other: .acksKept).text(lang, kept)
                    + (loaded.unmatched.isEmpty ? "" : unmatched.text(lang, loaded.unmatched.count)))
        }
    }

    /// `会议2026.json carries UUIDs that event nh2025 already holds …: gave the event, 3 sites … new ones`.
    static func renewedLine(_ r: Store.RenewedUIDs, path: String, _ lang: Language) -> String {
        let parts = [r.event ? CLIWords.uidsEvent.text(lang) : nil,
                     r.sites > 0 ? CLIWords.uidsSites.text(lang, r.sites) : nil,
                     r.rooms > 0 ? CLIWords.uidsRooms.text(lang, r.rooms) : nil,
                     r.sessions > 0 ? CLIWords.uidsSessions.text(lang, r.sessions) : nil].compactMap { $0 }
        let comma = StoreWords.listSeparator.text(lang)
        return CLIWords.uidsRenewed.text(lang, path, r.heldBy.joined(separator: comma), parts.joined(separator: comma))
    }

    static func dump(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let plan = try store.plan(event.id)
        // Each session's number as it would go out now: a change not yet sent out is one more.
        let calendar = try store.calendarSequences(event.id)
        let sequences = calendar.map { c in
            Dictionary(plan.releasedSessions().map { ($0.uid, c.sequence(going: $0)) },
                       uniquingKeysWith: { a, _ in a })
        } ?? [:]
        let policy = try store.findingPolicy(event.id)
        try write(EventFile.write(plan, policy: policy, sequences: sequences), to: a[.output])
    }

    static func events(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let lang = try CLI.language(a)
        for e in try store.events() {
            let sessions = (e.sessionCount == 1 ? CLIWords.sessionsOne : .sessionsOther).text(lang, e.sessionCount)
            let attendees = (e.registrationCount == 1 ? CLIWords.attendeesOne : .attendeesOther)
                .text(lang, e.registrationCount)
            print("\(e.key)\t\(e.firstDay)…\(e.lastDay)\t\(sessions)\t\(attendees)\t\(Sanitize.forTerminal(e.name))")
        }
    }

    static func show(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let plan = try store.plan(event.id)
        let lang = try CLI.language(a)
        print(PlanSummary.text(plan, lang), terminator: "")
        let records = try store.checkIns(event.id)
        if !records.isEmpty {
            for line in Arrivals.summary(plan, records, lang) { print(line) }
        }
    }

    static func backup(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let target = a.positionals.first ?? Store.backupPath(for: store.path, reason: "backup")
        try store.backup(to: target)
        print(CLIWords.backedUp.text(try CLI.language(a), store.path, target))
    }

    static func restore(_ a: ParsedArguments) throws {
        // A damaged database is what a restore is for: it is opened without the layout check.
        let store = try openStore(a, creating: true, checkLayout: false)
        let lang = try CLI.language(a)
        let source = a.positionals[0]
        let carry = !a.has(.noCheckIns)
        if interactive && !a.has(.yes) {
            let preview = try store.restore(from: source, carryCheckIns: carry, preview: true)
            if preview.newerCheckIns + preview.newerReleases + preview.newerChanges > 0 {
                print(CLIWords.restoreNewer.text(lang, preview.newerCheckIns, carry ? preview.newerCheckIns : 0,
                                                preview.newerReleases, preview.newerChanges,
                                                Store.backupPath(for: store.path, reason: "before-restore")))
            }
            print(CLIWords.restoreAsk.text(lang, source), terminator: " ")
            fflush(nil)
            guard let answer = readLine(), ["y", "yes", "是"].contains(answer.lowercased()) else {
                print(CLIWords.restoreCancelled.text(lang))
                throw CLI.ExitStatus(code: 1)
            }
        }
        let report = try store.restore(from: source, carryCheckIns: carry)
        let kept = report.kept ?? ""
        print(CLIWords.restored.text(lang, source, store.path, kept))
        if report.newerCheckIns + report.newerReleases + report.newerChanges > 0 {
            print(CLIWords.restoreNewer.text(lang, report.newerCheckIns, report.carriedCheckIns, report.newerReleases,
                                            report.newerChanges, kept))
        }
    }

    static func doctor(_ a: ParsedArguments) throws {
        let store = try openStore(a, checkLayout: false)
        let results = try store.doctor()
        for r in results { print((r.ok ? "ok       " : "PROBLEM  ") + Sanitize.forTerminal(r.text)) }
        if results.contains(where: { !$0.ok }) { throw CLI.ExitStatus(code: 1) }
    }

    static func log(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let limit = try a.int(.limit, in: 1...Int.max, what: .notAPositiveNumber) ?? 50
        let language = try CLI.language(a)
        let entries = try store.changeLog(event.id, limit: limit, matching: a[.grep], in: language)
        if entries.isEmpty {
            print(a[.grep].map { CLIWords.noChangesMention.text(language, $0) } ?? CLIWords.noChanges.text(language))
        }
        let userWidth = entries.map { DisplayWidth.of($0.user) }.max() ?? 0
        // When, on the event's clock and in the office's words (`12月1日 18:15`); --iso keeps the stored instant.
        // Each time says its offset (`12月1日 18:15 +08:00`): a reader in another city, or one reading a
        // grepped line, cannot otherwise tell whose 18:15 it was, and a summer-time event has two.
        let zone = ZoneOffset(try store.schedule(event.id).event.timeZone)
        let times = entries.map { a.has(.iso) ? $0.at : zone.readable($0.at, language, offset: true) }
        let timeWidth = times.map { DisplayWidth.of($0) }.max() ?? 0
        for (e, at) in zip(entries, times) {
            let who = DisplayWidth.pad(e.user, to: userWidth)
            let (action, summary) = e.text(language)
            let said = LogWords.about.text(language, action, summary)
            print(Sanitize.forTerminal("\(DisplayWidth.pad(at, to: timeWidth))  \(who)  \(said)"))
        }
    }

    static func delete(_ a: ParsedArguments) throws {
        let store = try openStore(a)
        let event = try store.resolveEvent(a.positionals[0])
        try store.deleteEvent(event.id)
        print(CLIWords.deleted.text(try CLI.language(a), event.key))
    }

    static func demo(_ a: ParsedArguments) throws {
        let lang = try CLI.language(a)
        let sample = a.has(.large) ? "" : try SampleEvents.largest()
        let plan = a.has(.large) ? SyntheticEvent.large.make() : try EventFile.read(try readFile(sample), file: sample)
        let path =
            a[.db] ?? (NSTemporaryDirectory() + "confplan-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sqlite")
        let store = try Store(path: path)
        let event: ID<Event>
        if let existing = try store.events().first(where: { $0.key == plan.event.key }) {
            event = existing.id
            print(CLIWords.demoReusing.text(lang, path))
        } else {
            event = try store.insert(plan).event.id
            print(CLIWords.demoLoaded.text(lang, a.has(.large) ? CLIWords.demoLarge.text(lang) : sample, path))
        }
        if interactive {
            try runUI(store, event, a)
            print(CLIWords.demoSaved.text(lang, path))
            return
        }
        print(PlanSummary.text(try store.plan(event), lang), terminator: "")
        print("\n" + CLIWords.demoTry.text(lang, "confplan --db \(path) events"))
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
            throw UserError(.noSamples)
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        // `arrivals-…` is the 德阳 event again on its travel day, larger by its journeys: the demo
        // opens the programme's own file, whose clashes the README walks through.
        let sized = files.filter { $0.hasSuffix(".json") && !$0.hasPrefix("arrivals-") }.map { name -> (String, Int) in
            let path = folder + "/" + name
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return (path, size)
        }
        guard let best = sized.max(by: { $0.1 < $1.1 }) else { throw UserError(.noEventFiles, folder) }
        return best.0
    }
}
