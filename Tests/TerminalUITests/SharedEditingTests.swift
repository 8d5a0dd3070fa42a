import Foundation
import Testing
import Fixtures
import PlanningCore
import PlanningStore
@testable import TerminalUI
import TestSupport

/// Two UIs on one database file, as two staff members in two terminals.
@Suite struct SharedEditingTests {
    func twoUIs() throws -> (Headless, Headless, String) {
        let dir = Scratch.folder("shared")
        let path = dir + "/shared.sqlite"
        let first = try Store(path: path)
        let plan = try first.insert(samplePlan())
        var a = try Headless(store: first, event: plan.event.id, language: .en)
        let second = try Store(path: path)
        var b = try Headless(store: second, event: plan.event.id, language: .en)
        a.handle(.resize(width: 120, height: 36))
        b.handle(.resize(width: 120, height: 36))
        return (a, b, path)
    }

    func select(_ s: inout Headless, title: String) {
        s.handle(.char("2"))
        s.handle(.char("/"))
        s.type(title)
        s.handle(.enter)
    }

    /// Opens the session form, replaces one field's text, saves. A form that does not open fails
    /// the test: what the caller checks next would run on an unedited plan.
    func edit(_ s: inout Headless, field: SessionField, to text: String,
              at place: SourceLocation = #_sourceLocation) {
        s.handle(.char("e"))
        guard case .form(var form) = s.mode else {
            Issue.record("the session form did not open: \(s.mode)", sourceLocation: place)
            return
        }
        form[field].text = Array(text)
        form[field].cursor = text.count
        s.mode = .form(form)
        s.handle(.ctrl("s"))
    }

    @Test func aSaveOverSomeoneElsesChangeAsksAndMergeKeepsBoth() throws {
        var (a, b, _) = try twoUIs()
        bothOnThePressConference(&a, &b, thenTheFirstSets: .title, to: "新闻发布会（更新）")
        #expect(a.message?.hasPrefix("Saved") == true)
        // b still shows the old row and moves it: the store notices a's change.
        edit(&b, field: .start, to: "12:00")
        guard case .conflict = b.mode else { Issue.record("no conflict dialog: \(b.mode)"); return }
        let screen = b.screen
        #expect(screen.contains("Someone else changed this while you were editing it"))
        #expect(screen.contains("新闻发布会（更新）") && screen.contains("mine: 14 May 12:00"))
        b.handle(.char("m"))
        let stored = try #require(try b.database!.plan(b.plan.event.id).sessions.first { $0.key == "press" })
        #expect(stored.title == "新闻发布会（更新）" && stored.start?.clock == "12:00")
        #expect(b.plan.sessions.first { $0.key == "press" } == stored)
    }

    /// The dialog names only the fields that differ, in words, each value on its own line; Esc
    /// goes back to the form with the person's edit still in it.
    @Test func theConflictDialogSpeaksInWordsAndEscGoesBackToTheForm() throws {
        var (a, b, _) = try twoUIs()
        bothOnThePressConference(&a, &b, thenTheFirstSets: .start, to: "11:00")
        b.handle(.char("e"))
        guard case .form(var form) = b.mode else { Issue.record("no form"); return }
        form[SessionField.title].text = Array("新闻发布会（乙改）")
        form.edited = true
        b.mode = .form(form)
        b.handle(.ctrl("s"))
        guard case .conflict = b.mode else { Issue.record("no dialog: \(b.mode)"); return }
        let screen = b.screen
        // The dialog's own lines: only what differs between the two versions, named as the form names it.
        let top = try #require(b.lines.firstIndex { $0.contains("Someone else changed this") })
        let headings = b.lines[top...].prefix { !$0.contains("└") }.compactMap { line -> String? in
            guard let bar = line.firstIndex(of: "│") else { return nil }
            let inside = line[line.index(after: bar)...].dropFirst()
            return inside.first.map { $0 != " " && $0 != "k" } == true ? String(inside.prefix { $0 != " " }) : nil
        }
        #expect(headings == ["Title", "Start"])
        #expect(screen.contains("  theirs: 14 May 11:00") && screen.contains("  mine: 新闻发布会（乙改）"))
        #expect(screen.contains("Esc back to my form"))
        b.handle(.escape)
        guard case .form(let back) = b.mode else { Issue.record("Esc did not go back to the form: \(b.mode)"); return }
        #expect(back[SessionField.title].string == "新闻发布会（乙改）")
        #expect(b.plan.sessions.first { $0.key == "press" }?.start?.clock == "11:00", "the form sits on the event as it now is")
        b.handle(.ctrl("s"))
        let stored = try #require(try b.database!.plan(b.plan.event.id).sessions.first { $0.key == "press" })
        #expect(stored.title == "新闻发布会（乙改）")
    }

    /// Both select 新闻发布会; A then edits one field of it (B still shows it as it was).
    func bothOnThePressConference(_ a: inout Headless, _ b: inout Headless, thenTheFirstSets field: SessionField, to text: String) {
        select(&a, title: "新闻发布会")
        select(&b, title: "新闻发布会")
        edit(&a, field: field, to: text)
    }

    /// A edits one field of 新闻发布会, then B (having seen it) edits one, and A sees that.
    func thenAColleague(_ a: inout Headless, _ b: inout Headless, mine: (SessionField, String), theirs: (SessionField, String)) {
        select(&a, title: "新闻发布会")
        edit(&a, field: mine.0, to: mine.1)
        b.othersChanged()
        b.awaitWholePlan()
        select(&b, title: "新闻发布会")
        edit(&b, field: theirs.0, to: theirs.1)
        a.othersChanged()
        a.awaitWholePlan()
    }

    /// A moves a session, B renames it, A undoes: the move is taken back and B's title stays,
    /// without a question (nobody else touched the time).
    @Test func undoTakesBackOnlyWhatThisPersonChanged() throws {
        var (a, b, _) = try twoUIs()
        let original = try #require(a.plan.sessions.first { $0.key == "press" })
        thenAColleague(&a, &b, mine: (.start, "12:00"), theirs: (.title, "新闻发布会（更名）"))
        a.handle(.char("u"))
        guard case .normal = a.mode else { Issue.record("undo asked: \(a.mode)"); return }
        #expect(a.message == "Undone: 新闻发布会")
        let stored = try #require(try a.database!.plan(a.plan.event.id).sessions.first { $0.key == "press" })
        #expect(stored.title == "新闻发布会（更名）" && stored.start == original.start && stored.end == original.end)
    }

    /// Where a colleague changed the same field since, undo asks first, and says nothing is
    /// undone until the person chooses; keeping theirs leaves their value.
    @Test func undoOfAFieldAColleagueChangedSinceAsks() throws {
        var (a, b, _) = try twoUIs()
        thenAColleague(&a, &b, mine: (.title, "新闻发布会（甲）"), theirs: (.title, "新闻发布会（乙）"))
        a.handle(.char("u"))
        guard case .conflict = a.mode else { Issue.record("undo did not ask: \(a.mode)"); return }
        #expect(a.message == nil)
        #expect(a.screen.contains("新闻发布会（乙）") && a.screen.contains("新闻发布会"))
        a.handle(.char("t"))
        let stored = try #require(try a.database!.plan(a.plan.event.id).sessions.first { $0.key == "press" })
        #expect(stored.title == "新闻发布会（乙）")
    }

    @Test func takeTheirsKeepsTheOtherVersionAndKeepMineOverwritesIt() throws {
        var (a, b, _) = try twoUIs()
        bothOnThePressConference(&a, &b, thenTheFirstSets: .title, to: "发布会A")
        edit(&b, field: .title, to: "发布会B")
        b.handle(.char("t"))
        #expect(try b.database!.plan(b.plan.event.id).sessions.first { $0.key == "press" }?.title == "发布会A")
        #expect(b.plan.sessions.first { $0.key == "press" }?.title == "发布会A")
        edit(&a, field: .title, to: "发布会A2")
        edit(&b, field: .title, to: "发布会B2")
        b.handle(.char("k"))
        #expect(try b.database!.plan(b.plan.event.id).sessions.first { $0.key == "press" }?.title == "发布会B2")
    }

    @Test func deletingARowSomeoneJustEditedAsks() throws {
        var (a, b, _) = try twoUIs()
        bothOnThePressConference(&a, &b, thenTheFirstSets: .title, to: "发布会A")
        b.handle(.char("d"))
        b.handle(.char("y"))
        guard case .conflict = b.mode else { Issue.record("no conflict dialog"); return }
        b.handle(.char("k"))
        #expect(try !b.database!.plan(b.plan.event.id).sessions.contains { $0.key == "press" })
    }

    @Test func othersChangesArriveWithoutLosingTheCursorOrTheOpenForm() throws {
        var (a, b, _) = try twoUIs()
        select(&b, title: "开幕式")
        let before = b.database!.dataVersion
        select(&a, title: "新闻发布会")
        edit(&a, field: .title, to: "新闻发布会（改期）")
        #expect(b.database!.dataVersion != before, "data_version tells b that someone else committed")
        b.handle(.char("e")) // b is in the middle of editing 开幕式
        b.othersChanged()
        let reading = b.isLoading
        #expect(!reading, "taken in at once through the change log, not by reading the event again")
        guard case .form = b.mode else { Issue.record("the open form was lost"); return }
        #expect(b.plan.sessions.contains { $0.title == "新闻发布会（改期）" })
        b.handle(.escape)
        #expect(b.selectedTitle == "开幕式")
    }

    /// A read started by someone else's save may have begun before this person's own save:
    /// taking it would show the event without what they just did.
    @Test func aSaveWhileOthersChangesAreReadIsInWhatArrives() throws {
        var (a, b, _) = try twoUIs()
        select(&a, title: "新闻发布会")
        edit(&a, field: .title, to: "新闻发布会（改期）")
        b.othersChanged()
        b.waitUntilRead() // the read of a's change is done, and predates b's save below
        select(&b, title: "开幕式")
        edit(&b, field: .title, to: "开幕式（新）")
        #expect(b.message?.hasPrefix("Saved") == true)
        b.awaitWholePlan()
        let titles = Set(b.plan.sessions.map(\.title))
        #expect(titles.contains("新闻发布会（改期）") && titles.contains("开幕式（新）"))
        #expect(b.plan == (try b.database!.plan(b.plan.event.id)))
    }

    @Test func othersChangesWaitForADraggedSessionToLand() throws {
        var (a, b, _) = try twoUIs()
        select(&a, title: "新闻发布会")
        edit(&a, field: .title, to: "新闻发布会（改期）")
        b.handle(.char("5"))
        b.handle(.char("m"))
        #expect(b.view.grid.moving != nil)
        b.othersChanged()
        #expect(!b.plan.sessions.contains { $0.title == "新闻发布会（改期）" }, "not under a session being dragged")
        b.handle(.escape)
        #expect(b.plan.sessions.contains { $0.title == "新闻发布会（改期）" }, "taken in once it has landed")
        #expect(b.message == "Put back", "the drag's own word is not overwritten")
    }

    @Test func theChangeLogSaysWhoDidWhat() throws {
        var (a, _, path) = try twoUIs()
        select(&a, title: "新闻发布会")
        edit(&a, field: .start, to: "12:00")
        let log = try Store(path: path).changeLog(a.plan.event.id, matching: "新闻发布会")
        let entry = try #require(log.first)
        #expect(entry.text(.en) == ("change session", "“新闻发布会”: time 2026-05-14 12:10–12:50 → 2026-05-14 12:00–12:50"))
        #expect(entry.user == Store.currentUser)
    }
}

@Suite struct ReadOnlyUITests {
    @Test func aReadOnlyDatabaseIsSaidAndOffersNoEditing() throws {
        let dir = Scratch.folder("ro")
        let plan = try Store(path: dir + "/ro.sqlite").insert(samplePlan())
        let store = try Store(path: dir + "/ro.sqlite", readOnly: true)
        var s = try Headless(store: store, event: plan.event.id, language: .en)
        s.handle(.resize(width: 100, height: 30))
        #expect(s.lines[0].hasSuffix("read-only"))
        s.handle(.char("2"))
        // No form opens whose text would be lost at save: every editing key says why instead.
        for key: Key in [.char("e"), .char("a"), .char("d"), .char("r"), .char("u")] {
            s.handle(key)
            guard case .normal = s.mode else { Issue.record("\(key) opened \(s.mode)"); return }
            #expect(s.message == "Read-only: this database cannot be changed here (open a copy you may write to edit it)")
        }
        #expect(!s.statusBar.contains("a add") && !s.statusBar.contains("e edit"))
        s.handle(.char("4")) // and the UI goes on working
        #expect(s.screen.contains("Attendees"))
    }

    /// `A` takes an acknowledgement back: a change, so a read-only database says so, as for every
    /// other change, instead of passing on the store's refusal.
    @Test func withdrawingAnAcknowledgementOnAReadOnlyDatabaseSaysItIsReadOnly() throws {
        let dir = Scratch.folder("ro-ack")
        let writable = try Store(path: dir + "/ro.sqlite")
        let plan = try writable.insert(samplePlan())
        let key = try #require(try Headless(store: writable, event: plan.event.id, language: .en).findings.first?.key)
        try writable.acknowledge(plan.event.id, key: key, reason: "known")
        var s = try Headless(store: try Store(path: dir + "/ro.sqlite", readOnly: true), event: plan.event.id,
                             language: .en)
        s.handle(.resize(width: 100, height: 30))
        s.handle(.char("6"))
        let row = try #require(s.rows.firstIndex { s.findings[$0].key == key })
        s.state.list.selected = row
        s.handle(.char("A"))
        #expect(s.message == "Read-only: this database cannot be changed here (open a copy you may write to edit it)")
    }
}
