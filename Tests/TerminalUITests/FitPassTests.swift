import Foundation
import Testing
import Fixtures
import TestSupport
import PlanningCore
import PlanningStore
@testable import TerminalUI

/// The trial after issue 34: messages, previews, hint lines, headers and details that were cut
/// without `…` or parted a figure from its unit; counts of one in English; the pane's keys shown
/// under a dialog that does not take them.
@Suite struct FitPassTests {
    static let hz = "hangzhou-2025-sino-german-seminar.json"

    /// A message longer than the bottom line ends in `…` and keeps its undo hint whole.
    @Test(arguments: [Language.zh, .en])
    func aLongMessageIsCutWithAnEllipsisAndKeepsItsUndoHint(_ language: Language) throws {
        var s = try app(width: 80, height: 24, language: language)
        s.state.message = UIWords.importDone.text(language, "回执汇总.csv", 27, 0, 0, 4)
        let expected = [
            Language.zh: " 已导入 回执汇总.csv：新增 27，更新 0，…（u 可撤销）",
            .en: " Imported 回执汇总.csv: 27 new, 0 updated,… (u undoes)",
        ][language]!
        #expect(s.statusBar.hasPrefix(expected + " "), "\(s.statusBar)")
    }

    @Test func aMessageWithoutAnUndoHintIsCutWithAnEllipsis() {
        #expect(statusMessage("回执汇总-rejects.xlsx is already there: move it away, then press w again", width: 40)
                == "回执汇总-rejects.xlsx is already there:…")
    }

    /// The export's preview cuts a line too long for its box with `…`.
    @Test func theWrittenPreviewCutsLongLinesWithAnEllipsis() throws {
        var s = try app(width: 80, height: 24, language: .en)
        let long = "Katrin Hoffmann · 德国国际合作机构（GIZ） Abteilungsleiterin Berufsbildung und Arbeitsmarkt"
        s.state.mode = .exported(ExportedPreview(path: "x.txt", preview: [long]))
        let row = try #require(s.lines.first { $0.contains("Katrin Hoffmann") })
        #expect(row.contains("Katrin Hoffmann · 德国国际合作机构（GIZ） Abteilungsleiterin Berufsbild… │"), "\(row)")
    }

    /// A form's hint line keeps whole hints, Esc always, at 80 and at 60 columns.
    @Test(arguments: [80, 60])
    func aFormsHintLineHoldsWholeHints(_ width: Int) throws {
        var s = try app(width: width, height: width == 80 ? 24 : 15, language: .en)
        s.handle(.char("6"))
        s.handle(.char("c"))
        let row = try #require(s.lines.first { $0.contains("Esc cancel") }, "\(s.screen)")
        let expected = [
            // A filter picker: Enter chooses. At 60 Tab gives way first.
            80: "Enter choose · Esc cancel · Tab next field · type to filter, ↑↓ choose",
            60: "Enter choose · Esc cancel · type to filter, ↑↓ choose",
        ][width]!
        let hints = row.trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
        #expect(hints == expected, "\(s.screen)")
    }

    /// At 60×15 the grid's header gives up the day count before it parts `15` from `分钟`.
    @Test func theNarrowGridHeaderKeepsTheScaleWhole() throws {
        var s = try app(Self.hz, width: 60, height: 15, language: .zh)
        s.handle(.char("5"))
        #expect(s.lines[1] == " 时间表 · 10月23日 星期四 · 每格 15 分钟", "\(s.screen)")
    }

    /// A dialog over a pane: the bottom line has no key of the pane under it.
    @Test func theBottomLineHasNoPaneKeysUnderADialog() throws {
        var s = try app(width: 80, height: 24, language: .en)
        s.handle(.char("4"))
        #expect(s.statusBar.contains("? help"))
        s.handle(.char("x"))
        guard case .form = s.mode else { Issue.record("no export form"); return }
        #expect(!s.statusBar.contains("? help"), "\(s.statusBar)")
    }

    /// One change since the release is `1 change`.
    @Test func oneChangeIsSingular() throws {
        var s = try app(width: 120, height: 36, language: .en)
        let sessions = Array(s.state.plan.releasedSessions().dropFirst(1))
        s.state.document.take(releases: [
            Release(number: 1, name: "draft", note: "", at: "2026-05-01T00:00:00Z", by: "", sessions: sessions)
        ])
        #expect(s.lines[0].hasSuffix(" draft · 1 change"), "\(s.lines[0])")
    }

    /// The English repair plan too long for its box ends its last line with `…`.
    @Test func theRepairPlanBoxEndsInAnEllipsisWhenItOverflows() throws {
        var s = try app(Self.hz, width: 80, height: 24, language: .en)
        s.handle(.char("5"))
        s.handle(.char("n"))
        s.handle(.char("F"))
        guard case .repair = s.mode else { Issue.record("no plan: \(s.screen)"); return }
        let x0 = 80 - RepairReview.panelWidth(s.state)
        let last = String(s.lines[21].dropFirst(x0)).trimmingCharacters(in: CharacterSet(charactersIn: "│ "))
        #expect(last == "lies outside the event's days…", "\(s.screen)")
    }

    /// Conflict details wrap by the one rule: `23 Oct` stays with its time.
    @Test func conflictDetailsKeepADateWithItsFigure() throws {
        var s = try app(Self.hz, width: 80, height: 24, language: .en)
        s.handle(.char("6"))
        var screens: [String] = []
        for _ in 0..<8 {
            screens.append(s.screen)
            s.handle(.down)
        }
        let lines = screens.flatMap { $0.components(separatedBy: "\n") }
        #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("(23") }, "\(screens)")
        #expect(lines.contains { $0 == "   (23 Oct 15:00–15:30)" }, "\(screens)")
    }

    /// Counts of one in the duplicates review: `1 sign-up`, `1 role`.
    @Test func theDuplicatesReviewSaysOneSignUp() throws {
        var plan = samplePlan()
        let reg = plan.registrations[0]
        var twin = plan.people.first { $0.id == reg.person }!
        twin.id = ID(900_001)
        twin.key = "twin"
        twin.uid = StableUID.make("twin")
        twin.phone = "12599999990"
        plan.people.append(twin)
        plan.registrations.append(Registration(person: twin.id, category: "delegate", signups: [plan.sessions[0].id]))
        let store = try Store(path: Scratch.folder("ui") + "/dup-one.sqlite")
        var s = try Headless(store: store, event: try store.insert(plan).event.id, language: .en)
        s.handle(.resize(width: 100, height: 30))
        s.handle(.char("4"))
        s.handle(.char("D"))
        let row = try #require(s.lines.first { $0.contains("left: ") }, "\(s.screen)")
        #expect(row.contains("right: 0 roles, 1 sign-up "), "\(row)")
    }

    /// A cut never leaves a figure without the unit it reads with, nor a label without its figure.
    @Test func aCutTakesAFiguresUnitOrNothing() {
        #expect(TextFit.cut("27 new, 0 updated, 0 merged, 4 not imported", width: 27) == "27 new, 0 updated,…")
        #expect(TextFit.cut("its own room, 1000 seats for 200 signed up", width: 30) == "its own room, 1000 seats…")
    }

    /// A hanging wrap fills its first line and indents the rest by `hang`.
    @Test func aHangingWrapFillsItsFirstLine() {
        #expect(TextFit.wrap("line 13: a mainland mobile has 11 digits", width: 24, hang: 9)
                == ["line 13: a mainland", "mobile", "has 11 digits"])
    }

    /// Deleting an attendee with one sign-up asks about `1 sign-up`.
    @Test func deletingAnAttendeeWithOneSignUpIsSingular() throws {
        var s = try app(width: 120, height: 36, language: .en)
        s.handle(.char("4"))
        for _ in 0..<200 {
            if let row = s.state.selectedRow, s.plan.registrations[row].signups.count == 1 { break }
            s.handle(.down)
        }
        let row = try #require(s.state.selectedRow)
        let name = s.plan.people.first { $0.id == s.plan.registrations[row].person }!.name
        s.handle(.char("d"))
        guard case .confirm(let c) = s.mode else { Issue.record("no question: \(s.screen)"); return }
        #expect(c.message == "Delete “\(name)” and their 1 sign-up?")
    }
}
