import Codecs
import Foundation
import Fixtures
import Testing
import PlanningCore
@testable import TerminalUI
import TestSupport

/// A runner that keeps everything in memory and writes down every effect it is asked for.
struct RecordingRunner: EffectRunner {
    var memory = MemoryRunner()
    var asked: [String] = []

    mutating func run(_ effect: Effect, state: AppState) -> [Message] {
        asked.append(String(describing: effect).prefix { $0 != "(" }.description)
        return memory.run(effect, state: state)
    }
}

/// The whole UI driven by messages alone: no database, no file, no thread. What it asks the
/// world to do comes out as effects, and the answers go back in.
@Suite struct EffectTests {
    @Test func aRunOfEditsGoesThroughEffectsAndTheirAnswers() throws {
        var state = AppState(plan: samplePlan(), language: .zh)
        var runner = RecordingRunner()
        func key(_ k: Key) { state.send(.key(k), to: &runner) }
        func type(_ text: String) { for c in text { key(.char(c)) } }
        state.send(.resize(width: 100, height: 30), to: &runner)
        let sessions = state.plan.sessions.count

        // Add a session through the form: one save.
        key(.char("a"))
        type("效果测试圆桌")
        key(.ctrl("s"))
        #expect(runner.asked == ["save"])
        #expect(state.plan.sessions.count == sessions + 1)
        let added = try #require(state.plan.sessions.last)
        #expect(added.title == "效果测试圆桌" && added.id != ID(0))
        #expect(state.selectedRow.map { state.plan.sessions[$0].id } == added.id)

        // Delete it, undo, redo: three more saves, and the plan follows each answer.
        key(.char("d"))
        key(.char("y"))
        #expect(!state.plan.sessions.contains { $0.id == added.id })
        key(.char("u"))
        #expect(state.plan.sessions.contains { $0.id == added.id } && state.message == "已撤销：" + added.title)
        key(.ctrl("r"))
        #expect(!state.plan.sessions.contains { $0.id == added.id } && state.message == "已重做：" + added.title)
        #expect(runner.asked == ["save", "save", "save", "save"])

        // Acknowledge the first open finding with a reason.
        key(.char("6"))
        let first = try #require(state.findings.first { $0.isOpen })
        key(.char("a"))
        type("已知悉")
        key(.enter)
        #expect(runner.asked.last == "step")
        #expect(state.findings.first { $0.key == first.key }?.acknowledgement?.reason == "已知悉")
        // An acknowledgement is on the undo stack like any change, and said so when taken back.
        key(.char("u"))
        #expect(state.message == "已撤销：确认 " + first.key && state.findings.first { $0.key == first.key }?.isOpen == true)
        key(.ctrl("r"))
        #expect(state.findings.first { $0.key == first.key }?.acknowledgement?.reason == "已知悉")

        // Someone else saved: what they saved is taken in since the plan's mark (a runner in
        // memory has no database, so it has none, and the event is read whole instead), then
        // their releases (they may have made one) and the desks' arrivals at sessions.
        state.send(.othersSaved, to: &runner)
        #expect(runner.asked.suffix(3) == ["startBackgroundRead", "readReleases", "readArrivals"] && !state.isLoading)
        state.document.mark = ChangeMark(entry: 1, stamp: "", badges: 0)
        state.send(.othersSaved, to: &runner)
        #expect(runner.asked.last == "takeIn")
        #expect(Set(state.findings.map(\.finding)) == Set(ConflictEngine.check(state.plan)))
    }

    @Test func anUpdateOnlyAsksAndChangesNothingOutsideTheState() throws {
        var state = AppState(plan: samplePlan(), language: .zh)
        _ = state.update(.resize(width: 100, height: 30))
        _ = state.update(.key(.char("a")))
        for c in "只问不做" { _ = state.update(.key(.char(c))) }
        let before = state.plan
        let effects = state.update(.key(.ctrl("s")))
        // The save is asked for, not done: the plan is unchanged until its answer arrives.
        guard effects.count == 1, case .save(let changes, _) = effects[0] else { Issue.record("\(effects)"); return }
        #expect(changes.count == 1 && state.plan == before)
        var memory = MemoryRunner()
        for m in memory.run(effects[0], state: state) { _ = state.update(m) }
        #expect(state.plan.sessions.last?.title == "只问不做")
    }
}

@Suite struct EditLookupTests {
    /// Taking in a session edit updates the findings and lookups from the edit; they must be
    /// exactly what rebuilding everything gives.
    @Test func aSessionEditLeavesTheLookupsAsAFullRebuildWould() throws {
        var s = try app()
        s.handle(.char("2"))
        for _ in 0..<3 { s.handle(.down) }
        s.handle(.char("e"))
        guard case .form(var form) = s.mode else { Issue.record("no form"); return }
        form[SessionField.start].text = Array("10:00")
        form[SessionField.end].text = Array("11:30")
        form[SessionField.title].text = Array("改期的场次")
        s.mode = .form(form)
        s.handle(.ctrl("s"))
        #expect(s.message == "已保存：改期的场次")
        let incremental = (s.findings, s.document.catalog.findingsBySession, s.document.catalog.signups, s.screen)
        s.state.refresh()
        #expect(s.findings == incremental.0)
        #expect(s.document.catalog.findingsBySession == incremental.1 && s.document.catalog.signups == incremental.2)
        #expect(s.screen == incremental.3)
        #expect(Set(s.findings.map(\.finding)) == Set(ConflictEngine.check(try s.database!.plan(s.plan.event.id))))
    }
}

@Suite struct PureUpdateTests {
    /// Only the effect runner, the terminal loop and the test driver may reach the database,
    /// files, threads or the clock; every screen and the update reach them through effects.
    @Test func onlyTheRunnerTheLoopAndTheDriverTouchTheWorld() throws {
        let folder = repoRoot.appendingPathComponent("Sources/TerminalUI")
        let allowed: Set = ["StoreRunner.swift", "App.swift", "Headless.swift", "CursesBackend.swift", "HeapTrim.swift",
                            "DeskApp.swift"]
        let world = ["import PlanningStore", "Thread", "DispatchQueue", "Date()", "FileManager", "Files.read", "Files.write", "UUID()", "fopen"]
        var found: [String] = []
        // The module's files live in folders by trade; every one of them is read.
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        for path in paths {
            let name = URL(fileURLWithPath: path).lastPathComponent
            guard !allowed.contains(name) else { continue }
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            for word in world where text.contains(word) { found.append("\(name): \(word)") }
        }
        #expect(found.isEmpty, "\(found)")
    }
}

@Suite struct DeltaFollowTests {
    /// Many session moves taken in through the engine's deltas leave the findings, in order, and
    /// the lookups exactly as rebuilding everything after each one would.
    @Test func sessionMovesFollowedByDeltasEqualAFullRebuild() throws {
        var s = try app()
        var random = SeededRandom(seed: 20261201)
        for step in 0..<25 {
            let timed = s.plan.sessions.filter { $0.start != nil && $0.end != nil }
            var moved = timed[Int(random.next() % UInt64(timed.count))]
            let by = [-90, -30, 15, 45, 120][step % 5]
            moved.start = moved.start!.adding(minutes: by)
            moved.end = moved.end!.adding(minutes: by)
            if step % 3 == 0, let room = s.plan.rooms.randomElement(using: &random) { moved.room = room.id }
            var after = try #require(s.plan.record(of: moved.id))
            let before = after
            after.session = moved
            s.commit([.session(before: before, after: after)], done: .saved)
            var rebuilt = s.state
            rebuilt.refresh()
            #expect(s.findings == rebuilt.findings, "step \(step)")
            #expect(s.document.catalog.findingsBySession == rebuilt.document.catalog.findingsBySession, "step \(step)")
        }
    }
}
