import Foundation
import Testing
import Fixtures
import TestSupport
import Interchange
import PlanningCore
import PlanningStore
@testable import TerminalUI

/// The screens' pass of issue 34: text never cut silently, the file named once, the keys each
/// screen lists, names in the order a reader looks them up, words in the reader's language.
@Suite struct ScreensPassTests {
    func listFile(_ text: String, _ folder: String = "ui-pass") throws -> String {
        let path = Scratch.file(folder, "回执.csv")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Twelve rows, every third with no name and a phone that is no phone: eight problems.
    static let longList = "姓名,单位,手机\n" + (1...12).map { i in
        i % 3 == 0 ? ",某某职业技术学院继续教育学院培训中心,139000000\(i % 10)"
            : "王\(i),四川工程职业技术大学,1380000\(1000 + i)"
    }.joined(separator: "\n") + "\n"

    func preview(_ text: String, width: Int = 80, height: Int = 24, _ language: Language,
                 folder: String = "ui-pass") throws -> (Headless, String) {
        var s = try app(width: width, height: height, language: language)
        let path = try listFile(text, folder)
        s.handle(.char("4"))
        s.handle(.char("i"))
        s.type(path)
        s.handle(.enter)
        return (s, path)
    }

    /// Problems wrap under their reason (the end of each is on screen), and the file is named
    /// once, in the title, not on every line.
    @Test func theImportPreviewWrapsProblemsAndNamesTheFileOnce() throws {
        var (s, path) = try preview(Self.longList, .en)
        var seen: [String] = []
        for _ in 0..<4 {
            seen += s.lines
            s.handle(.pageDown)
        }
        #expect(s.lines[1].contains("─ Import 回执.csv ─"))
        #expect(!seen.contains { $0.contains((path as NSString).deletingLastPathComponent) })
        // The first line takes the whole width; the lines after it hang under the reason.
        #expect(seen.contains { $0.contains("  line 4: 手机: \"1390000003\" is not a mobile number: a mainland mobile   │") })
        #expect(seen.filter { $0.contains("          has 11 digits starting 13–19; it is the row's only contact") }.count >= 2)
    }

    /// PgDn stops where the last page is full: the counts end just above the keys.
    @Test func pageDownStopsAtAFullLastPage() throws {
        var (s, _) = try preview(Self.longList, .en)
        for _ in 0..<6 { s.handle(.pageDown) }
        let keys = try #require(s.lines.firstIndex { $0.contains("Enter import · Esc cancel") })
        #expect(s.lines[keys - 2].contains("│   rejected  4"), "\(s.screen)")
    }

    /// `w` writes the rows not imported, with their reasons, beside the list as a workbook that
    /// reads back as those rows, named in Chinese on a Chinese screen; a second `w` asks before
    /// writing over it, as an export does.
    @Test func wSavesTheRowsNotImportedAsAWorkbook() throws {
        var (s, path) = try preview(Self.longList, .zh, folder: "ui-rejects")
        s.handle(.char("w"))
        let rejects = (path as NSString).deletingPathExtension + "_未导入.xlsx"
        #expect(s.message == "未导入的行已写入名单旁的 回执_未导入.xlsx，改正后可再次导入")
        guard case .importPreview = s.mode else { Issue.record("the preview closed"); return }
        let back = try AttendeeList.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: rejects))), file: rejects,
                                         sheet: nil, sessions: s.plan.sessions)
        #expect(back.rows.count == 0 && back.rejectedCount == 4)
        #expect(ListSource.name(ofFile: rejects) == ListSource.name(ofFile: path))
        s.message = nil
        s.handle(.char("w"))
        guard case .overwrite = s.mode else { Issue.record("not asked"); return }
        #expect(s.screen.contains("n 不覆盖"), "\(s.screen)")
        s.handle(.char("n"))
        guard case .importPreview = s.mode else { Issue.record("not back in the preview"); return }
        #expect(s.message == nil)
        s.handle(.char("w"))
        s.handle(.char("y"))
        #expect(s.message == "未导入的行已写入名单旁的 回执_未导入.xlsx，改正后可再次导入")
        guard case .importPreview = s.mode else { Issue.record("the preview closed"); return }
    }

    /// The English name keeps `-rejects`, which ListSource takes as the same list.
    @Test func englishRejectsAreNamedRejects() throws {
        var (s, path) = try preview(Self.longList, .en, folder: "ui-rejects-en")
        s.handle(.char("w"))
        #expect(s.message == "Rows not imported written to 回执-rejects.xlsx beside the list: fix them there, then import it")
        #expect(ListSource.name(ofFile: (path as NSString).deletingPathExtension + "-rejects.xlsx")
            == ListSource.name(ofFile: path))
    }

    /// The English Conflicts pane at 100 columns: severities whole, under a whole title.
    @Test func conflictColumnsAreAsWideAsTheirWords() throws {
        var s = try app(width: 100, height: 30, language: .en)
        s.handle(.char("6"))
        #expect(s.lines[2].hasPrefix(" Severity Kind"), "\(s.screen)")
        #expect(s.lines.contains { $0.hasPrefix(" warning  too little travel time ") }, "\(s.screen)")
    }

    /// `c` with a kind shown: the marker starts on that kind, so Enter keeps what it shows.
    @Test func theKindFilterStartsOnTheKindShown() throws {
        var s = try app(width: 100, height: 30, language: .en)
        s.handle(.char("6"))
        s.handle(.char("c"))
        s.handle(.down)
        s.handle(.down)
        s.handle(.enter)
        let kind = try #require(s.view.findingFilter.code)
        s.handle(.char("c"))
        #expect(s.lines.contains { $0.contains("› " + kind.text(.en)) } && !s.screen.contains("› All kinds"))
        s.handle(.up)
        s.handle(.up)
        s.handle(.enter)
        #expect(s.view.findingFilter.code == nil)
    }

    /// Details longer than their panel end in `…` on its last line, never cut silently.
    @Test func detailsTooLongForThePanelEndInAnEllipsis() throws {
        var s = try app(width: 80, height: 15, language: .en)
        s.handle(.char("6"))
        let status = s.lines.count - 1
        #expect(s.lines[status - 1].hasSuffix("…"), "\(s.screen)")
    }

    /// `?` pages by whole entries: no page starts with the rest of a description.
    @Test func helpPagesByWholeEntries() throws {
        var s = try app(width: 80, height: 24, language: .en)
        s.handle(.char("6"))
        s.handle(.char("?"))
        #expect(s.lines.contains { $0.contains("  A          take the acknowledgement back (also a on an acknowledged") })
        #expect(s.lines.contains { $0.contains("             finding)") })
        s.handle(.pageDown)
        let first = try #require(s.lines.firstIndex { $0.contains("Keys in this pane") }) + 2
        #expect(s.lines[first].contains("│  S          reverse the sort"), "\(s.screen)")
        s.handle(.pageUp)
        #expect(s.lines[first].contains("│  1–8        switch pane"), "\(s.screen)")
    }

    /// `?` in the seating editor lists its keys, and Esc goes back to it.
    @Test func helpInTheSeatingEditor() throws {
        var s = try app(width: 80, height: 24, language: .zh)
        s.handle(.char("2"))
        s.handle(.char("z"))
        guard case .seating = s.mode else { Issue.record("no seating editor: \(s.screen)"); return }
        s.handle(.char("?"))
        #expect(s.screen.contains("本页按键 · 座次") && s.screen.contains("│  K J      把选中的人在位次中上移或下移"),
                "\(s.screen)")
        s.handle(.escape)
        guard case .seating = s.mode else { Issue.record("not back in the seating editor: \(s.mode)"); return }
    }

    /// Three people with Western names among the Chinese: by family name, accents folded, in
    /// the pinyin order; the name column as wide as the names need.
    func withWesternNames(_ language: Language) throws -> Headless {
        var plan = samplePlan()
        for (n, name) in ["Dr. Hans-Peter Weber", "Ayşe Ünal", "Prof. Katrin Hoffmann"].enumerated() {
            var p = plan.people[0]
            p.id = ID(910_001 + n)
            p.key = "w\(n)"
            p.uid = StableUID.make("w\(n)")
            p.name = name
            p.phone = "1259999990\(n)"
            p.email = "w\(n)@example.de"
            plan.people.append(p)
            plan.registrations.append(Registration(person: p.id, category: "delegate", signups: []))
        }
        var s = Headless(plan: plan, language: language)
        s.handle(.resize(width: 80, height: 24))
        s.handle(.char("4"))
        return s
    }

    @Test func westernNamesSortByFamilyNameAmongThePinyin() throws {
        let s = try withWesternNames(.en)
        let names = s.rows.map { AttendeesPane.person(s.state, $0).name }
        func around(_ name: String) -> [String] {
            let i = names.firstIndex(of: name)!
            return [names[i - 1], name, names[i + 1]]
        }
        // he < hoffmann < hou; tian < unal < wan; wang < weber < wei: titles skipped, Ü read as u.
        #expect(around("Prof. Katrin Hoffmann") == ["贺宇", "Prof. Katrin Hoffmann", "侯红梅"])
        #expect(around("Ayşe Ünal") == ["田永红", "Ayşe Ünal", "万超怡"])
        #expect(around("Dr. Hans-Peter Weber") == ["王志国", "Dr. Hans-Peter Weber", "韦博"])
    }

    @Test func westernNamesAreShownWholeWhereThereIsRoom() throws {
        var s = try withWesternNames(.en)
        s.handle(.char("/"))
        s.type("Weber")
        s.handle(.enter)
        #expect(s.lines.contains { $0.hasPrefix(" Dr. Hans-Peter Weber ") }, "\(s.screen)")
    }

    /// Two pairs: the first skipped, the second merged: the review goes back to the first,
    /// and says who went into whom.
    @Test func theDuplicatesReviewGoesOnAfterAMerge() throws {
        var plan = samplePlan()
        for (n, reg) in plan.registrations.prefix(2).enumerated() {
            var twin = plan.people.first { $0.id == reg.person }!
            twin.id = ID(900_001 + n)
            twin.key = "twin\(n)"
            twin.uid = StableUID.make("twin\(n)")
            twin.phone = "1259999999\(n)"
            plan.people.append(twin)
            plan.registrations.append(Registration(person: twin.id, category: "delegate", signups: []))
        }
        let store = try Store(path: Scratch.folder("ui") + "/dup2.sqlite")
        var s = try Headless(store: store, event: try store.insert(plan).event.id, language: .zh)
        s.handle(.resize(width: 80, height: 24))
        s.handle(.char("4"))
        s.handle(.char("D"))
        let first = try #require(s.screen.range(of: "可能重复 1/2") != nil ? s.lines.first { $0.contains("姓名  ") } : nil)
        s.handle(.char("n"))
        s.handle(.char("m"))
        guard case .duplicates = s.mode else { Issue.record("the review closed: \(s.screen)"); return }
        #expect(s.screen.contains("可能重复 1/1") && s.lines.contains(first), "\(s.screen)")
        let kept = try #require(s.plan.people.first { $0.key == "a0002" })
        #expect(s.message == "\(kept.name)（手机尾号 9991） 并入 \(kept.name)（手机尾号 \(kept.phone.suffix(4))）")
    }

    /// Esc in a form with typed text asks, as Ctrl-C does; both questions have a title.
    @Test func escWithTypedTextAsksFirst() throws {
        var s = try app(width: 80, height: 24, language: .en)
        s.handle(.char("a"))
        s.type("Untitled")
        s.handle(.escape)
        guard case .quitAsked = s.mode else { Issue.record("Esc discarded the text: \(s.mode)"); return }
        #expect(s.screen.contains("─ Not saved ─") && s.screen.contains("Close the form? What is typed in it has not"))
        #expect(s.screen.contains("y close without saving · n back to the form"))
        s.handle(.char("n"))
        guard case .form(let form) = s.mode else { Issue.record("not back in the form"); return }
        #expect(form[SessionField.title].string == "Untitled")
        s.handle(.ctrl("c"))
        #expect(s.screen.contains("─ Not saved ─") && s.screen.contains("Quit? What is typed in this form"))
        s.handle(.char("n"))
        s.handle(.escape)
        s.handle(.char("y"))
        guard case .normal = s.mode else { Issue.record("still open: \(s.mode)"); return }
        #expect(!s.quit)
    }

    /// English UI words are English: no Chinese gloss left in any of them.
    @Test func noChineseInTheEnglishWords() {
        let han = UIWords.allCases.filter { w in w.text(.en).unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) } }
        #expect(han.isEmpty, "\(han.map { "\($0): \($0.text(.en))" })")
    }
}

/// The same export chosen in the UI and on the command line is the same file.
@Suite struct ExportSameAsCommandTests {
    /// The first line the two files differ in, to say why they are not the same.
    func firstDifference(_ a: Data, _ b: Data) -> String {
        let x = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let y = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let i = x.indices.first(where: { $0 < y.count && x[$0] != y[$0] }) else { return "lengths \(x.count) and \(y.count)" }
        return "line \(i + 1): UI “\(x[i])”, command line “\(y[i])”"
    }

    func binary() -> URL { repoRoot.appendingPathComponent(".build/debug/confplan") }

    func run(_ args: [String]) throws -> Int32 {
        let p = Process()
        p.executableURL = binary()
        p.arguments = args
        p.environment = ["HOME": Scratch.folder("home"), "XDG_CONFIG_HOME": Scratch.folder("config"), "LANG": "C.UTF-8"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// After a release, in the English UI: the dialog's programme (defaults, Enter) is byte for
    /// byte what `confplan export programme` writes: Chinese, as the event is, with its release line.
    @Test func theUIsProgrammeIsTheCommandLines() throws {
        let dir = Scratch.folder("ui-same")
        let db = dir + "/same.sqlite"
        let store = try Store(path: db)
        let event = try store.insert(samplePlan()).event.id
        try store.release(event)
        var s = try Headless(store: store, event: event, language: .en)
        s.handle(.resize(width: 100, height: 30))
        let fromUI = dir + "/ui.txt", fromCLI = dir + "/cli.txt"
        s.handle(.char("x"))
        for _ in 0..<3 { s.handle(.tab) }
        s.handle(.ctrl("u"))
        s.type(fromUI)
        s.handle(.enter)
        #expect(try run(["--db", db, "export", "programme", "-o", fromCLI]) == 0)
        let ui = try Data(contentsOf: URL(fileURLWithPath: fromUI)), cli = try Data(contentsOf: URL(fileURLWithPath: fromCLI))
        #expect(String(decoding: ui, as: UTF8.self).contains("第 1 版"))
        #expect(ui == cli, "\(firstDifference(ui, cli))")
    }

    /// The language field writes the English programme from the Chinese UI, as `--lang en` does.
    @Test func theLanguageFieldChoosesTheProgrammesLanguage() throws {
        let dir = Scratch.folder("ui-same-en")
        let db = dir + "/same.sqlite"
        let store = try Store(path: db)
        let event = try store.insert(samplePlan()).event.id
        var s = try Headless(store: store, event: event, language: .zh)
        s.handle(.resize(width: 100, height: 30))
        let fromUI = dir + "/ui.txt", fromCLI = dir + "/cli.txt"
        s.handle(.char("x"))
        for _ in 0..<3 { s.handle(.tab) }
        s.handle(.ctrl("u"))
        s.type(fromUI)
        s.handle(.tab)
        s.handle(.down) // 中文, then 英语
        s.handle(.enter)
        #expect(try run(["--db", db, "--lang", "en", "export", "programme", "-o", fromCLI]) == 0)
        let ui = try Data(contentsOf: URL(fileURLWithPath: fromUI)), cli = try Data(contentsOf: URL(fileURLWithPath: fromCLI))
        #expect(String(decoding: ui, as: UTF8.self).contains("Thursday"))
        #expect(ui == cli, "\(firstDifference(ui, cli))")
    }
}
