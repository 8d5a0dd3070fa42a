import Foundation
import Testing
import Fixtures
import TestSupport
import PlanningCore
import PlanningStore
@testable import TerminalUI

/// The top and bottom bars at narrow sizes, and list columns that hold still (the trial after
/// issue 34).
@Suite struct BarsTests {
    /// The keys a bottom line shows, by their first word (`n`, `Enter`, `?`).
    private func keys(_ s: Headless) -> [String] {
        let summary = DisplayWidth.of(statusSummary(s.state))
        var text = "", used = 0
        for c in s.statusBar {
            used += DisplayWidth.of(c)
            if used > s.state.width - summary { break }
            text.append(c)
        }
        return text.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { String($0.split(separator: " ").first ?? "") }
    }

    @Test func aHintThatDoesNotFitKeepsLessImportantOnesOut() {
        let hints = [HintBar.Hint(text: "n next", rank: 1), HintBar.Hint(text: "f free slots", rank: 2),
                     HintBar.Hint(text: "u undo", rank: 5), HintBar.Hint(text: "? help", rank: 0)]
        #expect(HintBar.fit(hints, width: 22, separator: "  ") == "n next  ? help")
    }

    /// At 80 columns the English bottom line of every pane keeps no key the Chinese one drops.
    @Test(arguments: ["1", "2", "3", "4", "5", "6"])
    func theEnglishBarKeepsTheKeysTheChineseOneKeeps(pane: Character) throws {
        var zh = try app(width: 80, height: 24), en = try app(width: 80, height: 24, language: .en)
        zh.handle(.char(pane))
        en.handle(.char(pane))
        let dropped = Set(keys(en)).subtracting(keys(zh))
        #expect(dropped.isEmpty, "\(en.statusBar)\n\(zh.statusBar)")
    }

    @Test func theEnglishGridBarKeepsFreeSlots() throws {
        var s = try app(width: 80, height: 24, language: .en)
        s.handle(.char("5"))
        #expect(keys(s) == ["n", "m", "f", "F", "?"], "\(s.statusBar)")
    }

    @Test(arguments: [Language.zh, .en])
    func theRepairPlanBarKeepsAcceptThisOne(language: Language) throws {
        var s = try app(width: 80, height: 24, language: language)
        s.handle(.char("5"))
        s.handle(.char("F"))
        guard case .repair = s.state.mode else { Issue.record("no repair plan: \(s.statusBar)"); return }
        #expect(keys(s).contains("a"), "\(s.statusBar)")
    }

    /// At 60×15 after a release and a change, every pane in both languages: the top bar shows
    /// the release state and the current pane's name, whole.
    @Test(arguments: [Language.zh, .en], ["1", "2", "3", "4", "5", "6"])
    func theNarrowTopBarKeepsTheReleaseStateAndThePane(language: Language, pane: Character) throws {
        let store = try Store(path: Scratch.folder("ui-bars") + "/\(language)-\(pane).sqlite")
        let event = try store.insert(samplePlan()).event.id
        try store.release(event)
        var s = try Headless(store: store, event: event, language: language)
        s.state.document.take(releases: try store.releases(event))
        s.handle(.resize(width: 60, height: 15))
        let k2 = try #require(s.state.plan.sessions.first { $0.key == "k2" })
        var moved = try #require(s.state.plan.record(of: k2.id))
        moved.session.start = k2.start!.adding(minutes: 30)
        moved.session.end = k2.end!.adding(minutes: 30)
        s.commit([.session(before: s.state.plan.record(of: k2.id), after: moved)], done: .saved)
        s.handle(.char(pane))
        let state = try #require(s.state.document.releaseState(language))
        #expect(s.state.document.sinceRelease == 1)
        #expect(s.lines[0].contains(state), "\(s.lines[0])")
        #expect(s.lines[0].contains(Layout.tabLabel(s.state.pane, s.state)), "\(s.lines[0])")
    }

    /// Scrolling the Attendees pane page by page: the header never changes (columns came and
    /// went as long Western names scrolled by), and it has the category.
    @Test(arguments: [Language.zh, .en], [80, 120])
    func theAttendeesColumnsHoldStillWhileScrolling(language: Language, width: Int) throws {
        var s = try app(width: width, height: width == 80 ? 24 : 36, language: language)
        s.handle(.char("4"))
        // The table's part of the line: at 120 columns the details (the selected name) are beside it.
        func tableHeader() -> String { String(s.lines[2].split(separator: "│").first ?? "") }
        let header = tableHeader()
        #expect(header.contains(UIWords.colCategory.text(language)), "\(header)")
        let count = s.state.view.order[.attendees]?.count ?? 0
        var changed: [String] = []
        for _ in 0..<(count / 8) {
            s.handle(.pageDown)
            if tableHeader() != header { changed.append(tableHeader()) }
        }
        #expect(changed.isEmpty, "\(header)\n\(changed.first ?? "")")
    }

    /// Frames of a list that has not changed take the widths measured when it was ordered:
    /// measuring 2,000 sampled attendees on every frame made the large event's frames 13–61 ms.
    /// Sorting orders the list again, so it is measured again.
    @Test func framesOfAnUnchangedListDoNotMeasureItAgain() throws {
        var s = try app(width: 200, height: 50)
        let probe = TableProbe.Counter()
        var afterFrames = 0
        TableProbe.$measurements.withValue(probe) {
            s.handle(.char("4"))
            for _ in 0..<3 { _ = render(s.state) }
            s.handle(.pageDown)
            _ = render(s.state)
            afterFrames = probe.value
            s.handle(.char("s"))
            _ = render(s.state)
        }
        #expect(afterFrames == 1)
        #expect(probe.value == 2)
    }

    /// Wide English Conflicts: the kind column whole beside the details.
    @Test func theWideEnglishConflictsShowTheKindWhole() throws {
        var s = try app(width: 120, height: 36, language: .en)
        s.handle(.char("6"))
        #expect(!s.screen.contains("person in two p…"), "\(s.screen)")
        #expect(s.screen.contains("person in two places"), "\(s.screen)")
    }

    /// A choice reads as its session's own short title; the track only for all of its sessions.
    @Test func choicesAreNamedByTheirSessionsShortTitle() throws {
        let s = try app()
        let plan = s.state.plan, names = ChoiceNames(plan, s.state.document.catalog)
        let id: (String) -> ID<Session> = { key in plan.sessions.first { $0.key == key }!.id }
        #expect(names.names([id("if2")]) == ["国际分论坛二"])
        #expect(names.names([id("if1"), id("if2"), id("if3")]) == ["国际分论坛"])
        #expect(names.names([id("rt1"), id("f3")]) == ["圆桌对话", "分论坛三"])
        #expect(names.names([id("k2")]) == ["主旨演讲：产教融合的德阳实践"])
    }
}

