import Foundation
import Testing
import Fixtures
import PlanningCore
@testable import TerminalUI
import TestSupport

@Suite struct ImportDialogTests {
    func listFile(_ text: String) throws -> String {
        let path = Scratch.file("ui-list", "file.csv")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A workbook with two sheets that could be the list: the form asks which, and takes a name.
    @Test func aWorkbookWithTwoListsAsksWhichSheet() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(repoRoot.appendingPathComponent("Tests/InterchangeTests/Workbooks/two-lists.xlsx").path)
        s.handle(.enter)
        #expect(s.screen.contains("导入哪个工作表？一组, 二组：填写名称或序号"), "\(s.screen)")
        s.handle(.tab)
        s.type("二组")
        s.handle(.enter)
        #expect(s.screen.contains("2: 张伟 · 德阳职业技术学院") && !s.screen.contains("王芳"), "\(s.screen)")
    }

    /// A German Excel CSV: the preview says it was read as Windows-1252, and how to say otherwise.
    @Test func theEncodingGuessIsShownInThePreview() throws {
        var s = try app(width: 140, height: 36, language: .en)
        let path = Scratch.file("ui-list", "partner.csv")
        try Data("Vorname;Nachname\r\nJürgen;Müller\r\n".unicodeScalars.map { UInt8($0.value) })
            .write(to: URL(fileURLWithPath: path))
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(path)
        s.handle(.enter)
        #expect(s.screen.contains("read as Windows-1252 (a German or other Western Excel CSV): line 2 has “Jürgen”"),
                "\(s.screen)")
    }

    @Test func previewShowsMappingRowsAndProblemsThenImportsAsOneUndoStep() throws {
        var s = try app(width: 120, height: 36, language: .en)
        let path = try listFile("姓名,单位,手机,分论坛,民族\n王芳,四川工程职业技术大学,13800138000,分论坛一,汉族\n,无名,13800138001,,\n")
        let before = s.plan.registrations.count
        s.handle(.char("4"))
        #expect(s.statusBar.contains("i import"))
        s.handle(.char("i"))
        #expect(s.screen.contains("Import attendees"))
        s.type(path)
        s.handle(.enter)
        let screen = s.screen
        // The mapping one column a line, so a wide sheet's scrolls instead of being cut.
        let mapping = ["  姓名 → name", "  单位 → organisation", "  手机 → phone", "  分论坛 → sub-forum", "  民族 → notes (unknown column)"]
        let inBox = s.lines.map { String($0.dropFirst(4)).trimmingCharacters(in: .whitespaces) }
        #expect(mapping.allSatisfy { m in inBox.contains { $0.hasPrefix(m.trimmingCharacters(in: .whitespaces)) } })
        #expect(screen.contains("columns: "))
        #expect(screen.contains("not recognised, kept in the notes: 民族"), "\(screen)")
        #expect(screen.contains("2: 王芳 · 四川工程职业技术大学 · 13800138000 · 分论坛一"))
        #expect(screen.contains("line 3: 姓名: no name"))
        #expect(screen.contains("Enter import · Esc cancel"))
        #expect(s.plan.registrations.count == before, "nothing is stored before confirming")
        s.handle(.enter)
        #expect(s.plan.registrations.count == before + 1)
        #expect(s.message?.contains("1 new, 0 updated, 0 merged, 1 not imported") == true)
        #expect(try s.database!.plan(s.plan.event.id).people.contains { $0.name == "王芳" && $0.notes == "民族：汉族" })
        s.handle(.char("u"))
        #expect(s.plan.registrations.count == before)
        #expect(try !s.database!.plan(s.plan.event.id).people.contains { $0.name == "王芳" })
    }

    /// A list with journeys: undoing the import takes back the journeys and the hub it made, redoing brings them.
    @Test func undoingAnImportTakesBackItsJourneysAndNewHubs() throws {
        var s = try app(width: 120, height: 36, language: .en)
        let path = try listFile("姓名,单位,手机,来程信息\n沈听澜,四川工程职业技术大学,13800138000,5月13日 G8921 14:20 绵阳站\n")
        let sites = s.plan.sites.count, trips = s.plan.trips.count
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(path)
        s.handle(.enter)
        s.handle(.enter)
        func stored() throws -> (trips: Int, sites: Int) {
            let plan = try s.database!.plan(s.plan.event.id)
            return (plan.trips.count, plan.sites.count)
        }
        func number() -> String? {
            s.plan.people.first { $0.name == "沈听澜" }.flatMap { p in s.plan.trips.first { $0.person == p.id } }?
                .arrival?.number
        }
        #expect(try stored() == (trips + 1, sites + 1) && s.plan.trips.count == trips + 1 && number() == "G8921")
        s.handle(.char("u"))
        #expect(try stored() == (trips, sites) && s.plan.trips.count == trips && s.plan.sites.count == sites)
        s.handle(.ctrl("r"))
        #expect(try stored() == (trips + 1, sites + 1) && number() == "G8921")
    }

    /// Enter in the import form opens a preview and in a filter takes the choice: the hint says
    /// so, not `保存`, which would promise something stored.
    @Test func enterSaysWhatItDoesInTheImportFormAndInFilters() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("4"))
        s.handle(.char("i"))
        #expect(s.screen.contains("Enter 预览") && !s.screen.contains("Enter/Ctrl-S"), "\(s.screen)")
        s.handle(.escape)
        s.handle(.char("6"))
        s.handle(.char("c"))
        #expect(s.screen.contains("Enter 选定") && !s.screen.contains("Enter/Ctrl-S"), "\(s.screen)")
        var en = try app(width: 120, height: 36, language: .en)
        en.handle(.char("4"))
        en.handle(.char("i"))
        #expect(en.screen.contains("Enter preview") && !en.screen.contains("Enter/Ctrl-S"), "\(en.screen)")
    }

    /// The preview's rule line names the key that changes the rule (`k`), not the command line's
    /// `--keep-existing`, which nobody in the UI can pass; the same for `W`.
    @Test func theRuleLineNamesTheKeyNotTheFlag() throws {
        var s = try app(width: 220, height: 40, language: .en)
        let path = Scratch.file("ui-rule-keys", "file.csv")
        try Data("姓名,单位,手机\n刘洋,绵竹职业学院,13900000401\n陈静,绵竹职业学院,13900000402\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(path)
        s.handle(.enter)
        s.handle(.enter)
        try Data("姓名,单位,手机\n陈静,绵竹职业学院,13900000402\n".utf8).write(to: URL(fileURLWithPath: path))
        s.handle(.char("i"))
        s.type(path)
        s.handle(.enter)
        #expect(s.screen.contains("an empty cell clears (k: only add)") && !s.screen.contains("--keep-existing"), "\(s.screen)")
        #expect(s.screen.contains(" (W withdraws their registration)"), "\(s.screen)")
        s.handle(.char("k"))
        #expect(s.screen.contains("list file: only adding (k): values are added"), "\(s.screen)")
    }

    @Test func aMissingFileOrABadFileStaysInTheFormWithTheReason() throws {
        var s = try app(language: .en)
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type("/no/such/list.csv")
        s.handle(.enter)
        #expect(s.screen.contains("no such file"))
        let cut = try listFile("姓名,单位\n王芳,\"四川")
        s.handle(.ctrl("u"))
        s.type(cut)
        s.handle(.enter)
        #expect(s.screen.contains("✖ line 2: column 2: a quoted field opened here never closes"))
        s.handle(.escape)
        s.handle(.char("y")) // the path typed: Esc asks before closing the form
        #expect(!s.screen.contains("Import attendees"))
    }
}

@Suite struct LargeImportUndoTests {
    /// Undoing (and redoing) an import of thousands: one transaction and one reload each, not
    /// one per person (which would take minutes; the suite's own duration shows it).
    /// A list imported again: the preview states the rule and names whom the copy dropped; `W`
    /// withdraws them, and the import with its withdrawals is one undo step.
    @Test func aListImportedAgainNamesWhomItDroppedAndWithdrawsThemOnW() throws {
        var s = try app(width: 220, height: 40, language: .en)
        let path = Scratch.file("ui-relist", "file.csv")
        try Data("姓名,单位,手机\n刘洋,绵竹职业学院,13900000401\n陈静,绵竹职业学院,13900000402\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(path)
        s.handle(.enter)
        s.handle(.enter)
        func registered(_ name: String) -> Bool {
            s.plan.people.contains { p in p.name == name && s.plan.registrations.contains { $0.person == p.id } }
        }
        #expect(registered("刘洋"))
        try Data("姓名,单位,手机\n陈静,绵竹职业学院,13900000402\n".utf8).write(to: URL(fileURLWithPath: path))
        s.handle(.char("i"))
        s.type(path)
        s.handle(.enter)
        #expect(s.screen.contains("list file: for the people an earlier copy named it is the truth for its columns"), "\(s.screen)")
        #expect(s.screen.contains("in the event from an earlier import of this list, not in this one: 刘洋 (z"))
        s.handle(.char("W"))
        #expect(s.screen.contains("withdrawing the registration (in the event from an earlier import of this list, "
                                  + "not in this one): 刘洋 (z"), "\(s.screen)")
        s.handle(.enter)
        #expect(!registered("刘洋") && registered("陈静"))
        s.handle(.char("u"))
        #expect(registered("刘洋"))
    }

    @Test func aLargeImportUndoesInOneStep() throws {
        var s = try app(width: 100, height: 30, language: .en)
        let before = s.plan.registrations.count
        let people = s.plan.people.count
        var text = "姓名,单位,手机\n"
        for i in 0..<3_000 { text += "人员\(i),单位\(i % 40),139\(String(10_000_000 + i))\n" }
        let path = Scratch.file("big", "file.csv")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(path)
        s.handle(.enter)
        s.handle(.enter)
        #expect(s.plan.registrations.count == before + 3_000)
        s.handle(.char("u"))
        #expect(s.plan.registrations.count == before && s.plan.people.count == people)
        #expect(try s.database!.plan(s.plan.event.id).people.count == people)
        s.handle(.ctrl("r"))
        #expect(s.plan.registrations.count == before + 3_000)
    }
}

@Suite struct PathCompletionTests {
    /// Tab in a file field completes the path: what the names share, listed when several; the
    /// one name when it is unique; with nothing to complete it moves on.
    @Test func tabCompletesAFilePath() throws {
        var s = try app()
        let folder = Scratch.folder("complete")
        for name in ["alpha.csv", "alpine.csv", "beta.csv"] {
            try Data("姓名\n".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(folder + "/al")
        s.handle(.tab)
        guard case .form(let listed) = s.mode else { Issue.record("no form"); return }
        #expect(listed[OnlyField.only].string == folder + "/alp" && s.message == "alpha.csv  alpine.csv")
        s.type("h")
        s.handle(.tab)
        guard case .form(let done) = s.mode else { Issue.record("no form"); return }
        #expect(done[OnlyField.only].string == folder + "/alpha.csv")
    }

    /// The names Tab listed belong to the form: once Enter has opened the preview they are gone
    /// from the status line.
    @Test func theListedNamesGoWhenTheFormCloses() throws {
        var s = try app()
        let folder = Scratch.folder("complete-close")
        for name in ["alpha.csv", "alpine.csv"] {
            try Data("姓名,单位\n王芳,德阳职业技术学院\n".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(folder + "/al")
        s.handle(.tab)
        #expect(s.message == "alpha.csv  alpine.csv")
        s.type("ha.csv")
        s.handle(.enter)
        guard case .importPreview = s.mode else { Issue.record("no preview: \(s.screen)"); return }
        #expect(s.message == nil)
    }
}
