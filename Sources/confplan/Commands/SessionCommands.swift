import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let moveDay = Option("--day", value: "N|DATE", help: "day of the event (1 = first) or a date")
    static let start = Option("--start", value: "HH:MM", help: "new start time, 9:30 or 0930 (the length stays)")
    static let minutes = Option("--minutes", value: "N", help: "new length in minutes")
    static let room = Option("--room", value: "ROOM", help: "a room's identifier or name")
}

/// `move` and `suggest`: one session's time and room, and where it could go.
enum SessionCommands {
    static let all: [Command] = [
        Command(
            name: "move", summary: "move a session to another time, day or room, and say what clashes then",
            arguments: "[EVENT] SESSION", options: [.moveDay, .start, .minutes, .room], positionals: 1...2,
            details: "Saved at once (and recorded in confplan log); exit status 3 if the session then has open errors.",
            run: move),
        Command(
            name: "suggest", summary: "list free slots where a session would create no error",
            arguments: "[EVENT] SESSION", positionals: 1...2,
            details: "SESSION is a session's id in the event file, or a unique part of its title.", run: suggest),
    ]

    static func move(_ a: ParsedArguments) throws {
        let (eventName, rest) = CheckCommands.split(a)
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        let plan = try store.plan(event.id)
        let original = try CLI.session(rest[0], in: plan)
        var s = original
        let length = s.start.flatMap { a in s.end.map { $0.minutes - a.minutes } } ?? 60
        var day = s.start.map { plan.event.programmeDay(of: $0) } ?? plan.event.firstDay
        if let d = a[.moveDay] {
            if let n = Int(d), (1...plan.event.days.count).contains(n) {
                day = plan.event.days[n - 1]
            } else if let date = LocalDate(iso: d) {
                day = date
            } else {
                throw a.usage(.badDay, d, plan.event.days.count)
            }
        }
        var startMinute = s.start?.minuteOfDay ?? 9 * 60
        if let t = a[.start] {
            // As the session form reads it (0930, 9:30, 14时30); a start at 24:00 belongs to the next day.
            guard let m = LocalDateTime.minuteOfDay(typed: t), m < 24 * 60 else { throw a.usage(.badStart, t) }
            startMinute = m
        }
        let minutes = try a.int(.minutes, in: 1...Int.max, what: .notAPositiveNumber) ?? length
        if let r = a[.room] {
            let rooms = plan.rooms.filter { $0.key == r || $0.name == r }
            guard rooms.count == 1 else {
                throw UserError(rooms.isEmpty ? .noRoom : .severalRooms, r)
            }
            s.room = rooms[0].id
        }
        s.start = LocalDateTime(date: day).adding(minutes: startMinute)
        s.end = s.start!.adding(minutes: minutes)
        guard var after = plan.record(of: s.id) else { return }
        var before = after
        before.session = original
        after.session = s
        try store.applyFromScript(.session(before: before, after: after), event: event.id)
        var moved = plan
        moved.sessions[moved.sessions.firstIndex { $0.id == s.id }!] = s
        let policy = try store.findingPolicy(event.id)
        let findings = policy.report(ConflictEngine.check(moved), in: moved).filter {
            $0.isOpen && $0.finding.sessions.contains(s.id)
        }
        let lang = try CLI.language(a)
        let words = FindingText(plan: moved, language: lang)
        let place =
            "\(s.start!.date) \(s.start!.clock)–\(s.end!.clock)"
            + (s.room.flatMap { r in plan.rooms.first { $0.id == r }?.name }.map { ", " + $0 } ?? "")
        print(Sanitize.forTerminal(CLIWords.moved.text(lang, s.title, place)))
        for f in findings {
            print("  " + f.severity.label(lang) + ": " + Sanitize.forTerminal(words.message(f.finding)))
        }
        if findings.contains(where: { $0.severity == .error }) { throw CLI.ExitStatus(code: 3) }
    }

    static func suggest(_ a: ParsedArguments) throws {
        let (eventName, rest) = CheckCommands.split(a)
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        let plan = try store.plan(event.id)
        let matches = [try CLI.session(rest[0], in: plan)]
        let lang = try CLI.language(a)
        let engine = ConflictEngine(plan)
        let slots = engine.suggestSlots(for: matches[0].id)
        let rooms = Dictionary(uniqueKeysWithValues: plan.rooms.map { ($0.id, $0) })
        print(Sanitize.forTerminal(matches[0].title))
        if slots.isEmpty { print(CLIWords.noFreeSlot.text(lang)) }
        let width = slots.map { DisplayWidth.of(Sanitize.forTerminal(rooms[$0.room]?.name ?? "")) }.max() ?? 0
        for s in slots {
            let room = rooms[s.room]!
            print(
                "  " + DateText.day(s.start.date, lang, weekday: false) + " " + s.start.clock + "–" + s.end.clock
                    + "  " + DisplayWidth.pad(Sanitize.forTerminal(room.name), to: width) + "  \(room.capacity)")
        }
    }
}
