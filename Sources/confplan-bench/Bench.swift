import Foundation
import Codecs
import Interchange
import Fixtures
import PlanningCore
import PlanningStore
import TerminalUI

struct Bench {
    static let operations = [
        "load-event-file", "open-model", "full-check", "incremental-move", "attendee-import", "render-panes",
        "search-keystroke", "grid-move-step", "edit-to-frame", "export-programme", "export-programme-pdf",
        "export-frab-xml", "export-ical", "workbook-import", "export-xlsx", "export-badges-pdf", "solve", "solve-gap",
        "desk-keystroke", "desk-scan", "desk-take-in", "busy-hour-edit-visible", "busy-hour-with-releases",
        "import-process", "reimport-subforums", "import-memory", "transport-plan", "transport-edit-to-frame",
        "banquet-assign",
        "rooms-assign",
        "rooms-edit-to-frame",
    ]

    let options: Options
    var results: [Measurement] = []
    /// Whether every result the bench checked agreed (engine vs baseline, incremental vs full).
    var correct = true
    var checks: [String: Bool] = [:]
    var facts: [String: Int] = [:]
    let large: Bool
    static let peakTargetMB = 400.0

    init(options: Options) {
        self.options = options
        large = options.scale == "large"
    }

    func wants(_ name: String) -> Bool { options.only?.contains(name) ?? true }

    /// Every operation at large scale is also held to the memory target, not only the import.
    mutating func record(_ measured: Measurement) {
        var m = measured
        if large {
            m.passed = (m.passed ?? true) && m.peakMB <= Self.peakTargetMB
            let memory = "≤ \(Int(Self.peakTargetMB)) MB"
            m.target = m.target.hasPrefix("—") ? memory + m.target.dropFirst() : m.target + ", " + memory
        }
        results.append(m)
        FileHandle.standardError.write(Data("  \(m.name): \(formatMS(m.median))\n".utf8))
    }

    mutating func verify(_ name: String, _ ok: Bool) {
        checks[name] = ok
        if !ok { correct = false }
    }

    mutating func run() throws {
        let generator: SyntheticEvent = switch options.scale {
        case "small": .small
        case "medium": .medium
        default: .large
        }
        FileHandle.standardError.write(Data("generating the \(options.scale) event…\n".utf8))
        let dir = NSTemporaryDirectory() + "confplan-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let dbPath = "\(dir)/model.sqlite"
        // The generated plan and its file are let go as soon as they are stored, so the peak
        // memory of each later operation is its own, not the generator's.
        var file: [UInt8]
        let eventID: ID<Event>
        do {
            let plan = generator.make()
            facts = ["days": plan.event.days.count, "rooms": plan.rooms.count, "sessions": plan.sessions.count,
                     "people": plan.people.count, "roles": plan.roles.count, "attendees": plan.registrations.count,
                     "signups": plan.signupCount]
            file = wants("load-event-file") ? Array(EventFile.write(plan).utf8) : []
            eventID = try Store(path: dbPath).insert(plan).event.id
        }

        // Load the event file: parse it and store it in a fresh database.
        if wants("load-event-file") {
            var n = 0
            var parse: [Double] = [], insert: [Double] = []
            let runs = try Clock.time(runs: large ? 3 : 5, warmup: 0) {
                n += 1
                let store = try Store(path: "\(dir)/load-\(n).sqlite")
                let t0 = Clock.now()
                let read = try EventFile.read(file, file: "bench.json")
                let t1 = Clock.now()
                _ = try store.insert(read)
                parse.append(Double(t1 - t0) / 1e6)
                insert.append(Double(Clock.now() - t1) / 1e6)
            }
            FileHandle.standardError.write(
                Data("  parse \(parse.map(formatMS)), insert \(insert.map(formatMS))\n".utf8))
            record(
                Measurement(
                    name: "load-event-file", runs: runs, peakMB: Clock.peakMB(), target: "—", passed: nil,
                    note: "\(file.count >> 20) MiB of JSON"))
        }
        file = []
        // Staff always check a plan read from the database, laid out in memory as the store builds it.
        let stored = try Store(path: dbPath).plan(eventID)

        // Open the database and draw the first UI frame, exactly as `confplan` does: the schedule
        // first while the whole event is read on the other thread; then until the attendees are in.
        if wants("open-model") {
            var first: [Double] = [], whole: [Double] = []
            var complete = true
            for run in 0..<6 {
                let t0 = Clock.now()
                let store = try Store(path: dbPath)
                var s = try Headless.opening(store: store, event: eventID, language: .zh)
                s.handle(.resize(width: 100, height: 30))
                _ = render(s.state)
                let t1 = Clock.now()
                // Measured as its own figure, and each run waits for it so runs do not overlap.
                s.awaitWholePlan()
                _ = render(s.state)
                let t2 = Clock.now()
                complete =
                    complete && !s.attendeesPending && s.plan.registrations.count == generator.attendees
                    && s.findings.contains { $0.finding.code == .attendeeClash }
                guard run > 0 else { continue }  // the first run warms the file cache
                first.append(Double(t1 - t0) / 1e6)
                whole.append(Double(t2 - t0) / 1e6)
            }
            FileHandle.standardError.write(
                Data("  first frame \(first.map(formatMS)), whole event \(whole.map(formatMS))\n".utf8))
            record(
                Measurement(
                    name: "open-model", runs: first, peakMB: Clock.peakMB(), target: "≤ 300 ms to the first frame",
                    passed: large ? first.sorted()[first.count / 2] <= 300 : nil))
            record(
                Measurement(
                    name: "open-whole-event", runs: whole, peakMB: Clock.peakMB(),
                    target: "— (attendees in, all findings)", passed: nil))
            verify("the opened UI has every attendee and their clashes", complete)
            // The UI hands freed memory back whenever it takes or replaces a model; the last run's
            // was just dropped, so the same here: the operations after this are not charged for it.
            HeapTrim.releaseFreedMemory()
        }

        if wants("full-check") {
            var findings: [Finding] = [], baseline: [Finding] = []
            // Warmed up, run as often as the engine, and in turn with it: a neighbour's load
            // then falls on both, instead of on the engine's short runs alone.
            findings = ConflictEngine.check(stored)
            baseline = PairwiseBaseline.check(stored)
            var runs: [Double] = [], baseRuns: [Double] = []
            for _ in 0..<(large ? 10 : 20) {
                runs += Clock.time(runs: 1, warmup: 0) { findings = ConflictEngine.check(stored) }
                baseRuns += Clock.time(runs: 1, warmup: 0) { baseline = PairwiseBaseline.check(stored) }
            }
            let engineSet = Set(findings), baselineSet = Set(baseline)
            verify("full-check equals pairwise baseline", engineSet == baselineSet)
            if engineSet != baselineSet {
                let only = { (a: Set<Finding>, b: Set<Finding>) in
                    Dictionary(grouping: a.subtracting(b), by: \.code.rawValue).mapValues(\.count)
                }
                let note = "  engine only: \(only(engineSet, baselineSet)); "
                    + "baseline only: \(only(baselineSet, engineSet))\n"
                FileHandle.standardError.write(Data(note.utf8))
            }
            facts["findings"] = findings.count
            var m = Measurement(
                name: "full-check", runs: runs, peakMB: Clock.peakMB(), baseline: "pairwise check",
                baselineMedian: baseRuns.sorted()[baseRuns.count / 2], target: "≤ 50 ms and ≥ 50× the baseline",
                passed: nil)
            if large { m.passed = m.median <= 50 && (m.speedup ?? 0) >= 50 }
            record(m)
        }

        if wants("incremental-move") {
            var engine = ConflictEngine(stored)
            var rng = SeededRandom(seed: 42)
            var runs: [Double] = []
            let sessions = stored.sessions
            for i in 0..<1_000 {
                var s = engine.session(sessions[Int(rng.next() % UInt64(sessions.count))].id)!
                let shift = (Int(rng.next() % 9) - 4) * 15
                if let a = s.start, let b = s.end {
                    s.start = a.adding(minutes: shift)
                    s.end = b.adding(minutes: shift)
                }
                if i % 4 == 0 { s.room = stored.rooms[Int(rng.next() % UInt64(stored.rooms.count))].id }
                let t0 = Clock.now()
                try engine.apply(.updateSession(s))
                runs.append(Double(Clock.now() - t0) / 1e6)
            }
            verify(
                "incremental equals full after 1,000 moves",
                Set(engine.findings) == Set(ConflictEngine.check(engine.plan)))
            var m = Measurement(
                name: "incremental-move", runs: runs, peakMB: Clock.peakMB(), target: "≤ 1 ms median", passed: nil)
            if large { m.passed = m.median <= 1 }
            record(m)
        }
        // Each of these starts from a heap with what earlier ones freed given back (glibc keeps what
        // another thread freed to itself), so its peak is its own, as it is in a process of its own.
        HeapTrim.releaseFreedMemory()
        if wants("attendee-import") || wants("workbook-import") || wants("import-process") {
            try measureImport(stored, dir: dir)
        }
        if wants("reimport-subforums") { try measureReimport(stored, dbPath: dbPath, dir: dir) }
        if wants("import-memory") { try measureImportMemory(stored, dir: dir) }
        HeapTrim.releaseFreedMemory()
        if wants("export-programme") || wants("export-frab-xml") || wants("export-ical") || wants("export-xlsx") {
            measureExports(stored)
        }
        if wants("export-programme-pdf") { try measureProgrammePDF() }
        HeapTrim.releaseFreedMemory()
        try measureBadges(stored)
        HeapTrim.releaseFreedMemory()
        if wants("solve") { measureSolve() }
        if wants("transport-plan") { measureTransportPlan() }
        if wants("banquet-assign") { measureBanquetAssign() }
        if wants("rooms-assign") { measureRoomsAssign() }
        // The oracle takes minutes: asked for by name, or at medium and large scale.
        if options.only?.contains("solve-gap") ?? (options.scale != "small") { measureSolveGap(dir: dir) }
        HeapTrim.releaseFreedMemory()
        if wants("render-panes") || wants("search-keystroke") || wants("grid-move-step") || wants("edit-to-frame")
            || wants("transport-edit-to-frame") || wants("rooms-edit-to-frame")
        {
            measureUI(stored)
        }
        HeapTrim.releaseFreedMemory()
        if wants("busy-hour-edit-visible") {
            try measureBusyHour(stored, dbPath: dbPath, eventID: eventID, releases: false)
        }
        HeapTrim.releaseFreedMemory()
        if wants("busy-hour-with-releases") {
            try measureBusyHour(stored, dbPath: dbPath, eventID: eventID, releases: true)
        }
        HeapTrim.releaseFreedMemory()
        // Last: the desk's table of 100,000 people's keys sits beside the stored event.
        if wants("desk-keystroke") || wants("desk-scan") || wants("desk-take-in") {
            try measureDesk(stored, dbPath: dbPath, eventID: eventID)
        }
    }

    /// The UI's first frame of each pane, and one search keystroke over every attendee.
    mutating func measureUI(_ plan: EventPlan) {
        if wants("grid-move-step") { measureGridMove(plan) }
        if wants("edit-to-frame") { measureEdit(plan) }
        if wants("transport-edit-to-frame") { measureTransportEdit(plan) }
        if wants("rooms-edit-to-frame") { measureRoomsEdit(plan) }
        var state = Headless(plan: plan, language: .zh)
        state.handle(.resize(width: 200, height: 50))
        if wants("render-panes") {
            var panes: [Double] = [], worst: [String] = []
            for digit in "123456" {
                state.handle(.char(digit))
                let runs = Clock.time(runs: 5) { _ = render(state.state) }
                panes += runs
                worst.append("\(digit) " + String(format: "%.1f", runs.max() ?? 0))
            }
            // Which pane's frame is the worst: a whole-list cost in one pane's frame showed only as the row's worst.
            var m = Measurement(
                name: "render-panes", runs: panes, peakMB: Clock.peakMB(), target: "≤ 16 ms a frame", passed: nil,
                note: "worst ms by pane: " + worst.joined(separator: ", "))
            if large { m.passed = m.max <= 16 }
            record(m)
        }
        if wants("search-keystroke") {
            state.handle(.char("4"))
            // The first search builds the pinyin keys once; the keystrokes after it are what people feel.
            state.handle(.char("/"))
            state.handle(.char("1"))
            state.handle(.escape)
            let needle = plan.people[plan.people.count - 7].phone
            var runs: [Double] = []
            for _ in 0..<5 {
                state.handle(.char("/"))
                for c in needle {
                    let t0 = Clock.now()
                    state.handle(.char(c))
                    runs.append(Double(Clock.now() - t0) / 1e6)
                }
                state.handle(.escape)
            }
            // The baseline: a plain scan that builds each row's text for every keystroke.
            let baseRuns = Clock.time(runs: 3) {
                _ = plan.people.firstIndex {
                    ($0.name + " " + $0.organisation + " " + $0.phone).lowercased().contains(needle)
                }
            }
            // Judged by its worst keystroke as well: one slow key in a typed name is what people notice.
            var m = Measurement(
                name: "search-keystroke", runs: runs, peakMB: Clock.peakMB(), baseline: "linear scan",
                baselineMedian: baseRuns.sorted()[baseRuns.count / 2], target: "≤ 16 ms median and worst",
                passed: nil)
            if large { m.passed = m.median <= 16 && m.max <= 16 }
            record(m)
        }
    }

    /// One step of dragging a session in the grid: the key, the incremental re-check, and the
    /// frame drawn after it.
    mutating func measureGridMove(_ plan: EventPlan) {
        var state = Headless(plan: plan, language: .zh)
        state.handle(.resize(width: 200, height: 50))
        state.handle(.char("5"))
        state.handle(.char("n"))
        state.handle(.char("m"))
        var runs: [Double] = []
        var moved = 0
        for i in 0..<200 {
            let key: Key = (i / 4) % 2 == 0 ? .down : .up
            let before = state.gridMovingStart
            let t0 = Clock.now()
            state.handle(key)
            _ = render(state.state)
            runs.append(Double(Clock.now() - t0) / 1e6)
            if state.gridMovingStart != before { moved += 1 }
        }
        state.handle(.escape)
        verify("grid move steps moved the session", moved == 200)
        verify(
            "grid findings after moving back equal a full check",
            Set(state.findings.map(\.finding)) == Set(ConflictEngine.check(state.plan)))
        var m = Measurement(
            name: "grid-move-step", runs: runs, peakMB: Clock.peakMB(), target: "≤ 16 ms", passed: nil)
        if large { m.passed = m.median <= 16 }
        record(m)
    }

    /// One session edited through its form with 100,000 attendees loaded: the save (answered in
    /// memory, so the figure is the UI's own work, not SQLite's), the engine, the lookups the
    /// panes read, and the frame drawn after it.
    mutating func measureEdit(_ plan: EventPlan) {
        var state = Headless(plan: plan, language: .zh)
        state.handle(.resize(width: 200, height: 50))
        state.handle(.char("2"))
        var runs: [Double] = []
        var saved = true
        for i in 0..<30 {
            state.handle(.char("e"))
            state.handle(.end)
            for _ in 0..<(i == 0 ? 0 : 1) { state.handle(.backspace) }
            state.handle(.char(i % 2 == 0 ? "甲" : "乙"))
            let t0 = Clock.now()
            state.handle(.ctrl("s"))
            _ = render(state.state)
            runs.append(Double(Clock.now() - t0) / 1e6)
            saved = saved && state.message?.hasPrefix("已保存") == true
            state.handle(.down)
        }
        verify("edits were saved", saved)
        var m = Measurement(name: "edit-to-frame", runs: runs, peakMB: Clock.peakMB(), target: "≤ 16 ms", passed: nil)
        if large { m.passed = m.median <= 16 }
        record(m)
    }

    /// "74× faster" when ahead of the baseline, "2.8× its time" when behind (as the import is).
    static func comparison(_ speedup: Double) -> String {
        speedup >= 1 ? String(format: speedup < 10 ? "%.1f× faster" : "%.0f× faster", speedup)
            : String(format: "%.1f× its time", 1 / speedup)
    }

    func table() -> String {
        var rows = [["operation", "median", "min", "max", "baseline", "vs baseline", "peak MB", "target", "result"]]
        for m in results {
            rows.append([
                m.name, formatMS(m.median), formatMS(m.min), formatMS(m.max),
                m.baselineMedian.map { "\(m.baseline ?? "") \(formatMS($0))" } ?? "—",
                m.speedup.map(Self.comparison) ?? "—", String(format: "%.0f", m.peakMB),
                m.target, m.passed.map { $0 ? "pass" : "FAIL" } ?? (large ? "—" : "(large only)"),
            ])
        }
        let widths = (0..<rows[0].count).map { c in rows.map { DisplayWidth.of($0[c]) }.max()! }
        var out =
            "confplan-bench, \(options.scale) scale: "
            + facts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n\n"
        for (i, row) in rows.enumerated() {
            out += zip(row, widths).map { DisplayWidth.pad($0, to: $1) }.joined(separator: "  ") + "\n"
            if i == 0 { out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
        }
        let notes = results.filter { !$0.note.isEmpty }.map { "  \($0.name): \($0.note)\n" }
        if !notes.isEmpty { out += "\n" + notes.joined() }
        out +=
            "\nresults agree: "
            + (checks.isEmpty
                ? "nothing checked"
                : checks.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value ? "yes" : "NO")" }.joined(
                    separator: "; "))
        return out + "\n"
    }

    func json() -> String {
        var items: [String] = []
        for m in results {
            var f = [
                "\"name\": \(JSONText.quote(m.name))", "\"median_ms\": \(m.median)", "\"min_ms\": \(m.min)",
                "\"max_ms\": \(m.max)",
                "\"runs\": \(m.runs.count)", "\"peak_mb\": \(m.peakMB)", "\"target\": \(JSONText.quote(m.target))",
            ]
            if let b = m.baselineMedian { f.append("\"baseline_ms\": \(b)") }
            if let s = m.speedup { f.append("\"speedup\": \(s)") }
            if !m.note.isEmpty { f.append("\"note\": \(JSONText.quote(m.note))") }
            f.append("\"passed\": \(m.passed.map { $0 ? "true" : "false" } ?? "null")")
            items.append("{" + f.joined(separator: ", ") + "}")
        }
        let facts = self.facts.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
        let checks = self.checks.sorted { $0.key < $1.key }.map { "\(JSONText.quote($0.key)): \($0.value)" }.joined(
            separator: ", ")
        return
            "{\"scale\": \(JSONText.quote(options.scale)), \"event\": {\(facts)}, \"correct\": \(correct), "
                + "\"checks\": {\(checks)},\n \"operations\": [\n  "
            + items.joined(separator: ",\n  ") + "\n]}\n"
    }
}
