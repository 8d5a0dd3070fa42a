import Foundation
import Testing
import PlanningCore
import TestSupport

/// What staff read on the command line is in their language (issue 34): English under an English
/// LANG, Chinese under a Chinese one, with no code word (`name`, `identifier`) left to translate.
@Suite struct ReaderWordsTests {
    static let english = ["LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
    static let chinese = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
    static let deyang = "deyang-2026-innovation-summit.json"
    static let hangzhou = "hangzhou-2025-sino-german-seminar.json"

    static func samplePath(_ name: String) -> String {
        repoRoot.appendingPathComponent("sample-events/" + name).path
    }

    /// A registration list as offices send them: a row number, a decorated header, a column no field has.
    static let list = """
        序号,姓名（必填）,单位,手机,分论坛,民族
        1,王芳,四川工程职业技术大学,13800138000,分论坛一,汉
        2,,无名单位,13800138001,,汉

        """

    func listFile() throws -> String {
        let path = try scratchFolder().appendingPathComponent("回执.csv").path
        try Data(Self.list.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    // MARK: the import preview

    @Test func theImportPreviewNamesEachFieldInChinese() throws {
        let db = try loadedSample(Self.deyang)
        let file = try listFile()
        let r = try confplan(["--db", db, "import", "attendees", file, "--dry-run"], env: Self.chinese)
        #expect(r.stdout.split(separator: "\n")[1]
            == "列：序号 → 不导入 · 姓名（必填） → 姓名 · 单位 → 单位 · 手机 → 手机 · 分论坛 → 分论坛 · 民族 → 备注（未识别的列）")
    }

    @Test func theImportPreviewNamesEachFieldInEnglish() throws {
        let db = try loadedSample(Self.deyang)
        let file = try listFile()
        let r = try confplan(["--db", db, "import", "attendees", file, "--dry-run"], env: Self.english)
        #expect(r.stdout.split(separator: "\n")[1]
            == "columns: 序号 → not imported · 姓名（必填） → name · 单位 → organisation · 手机 → phone"
                + " · 分论坛 → sub-forum · 民族 → notes (unknown column)")
    }

    // MARK: show

    @Test func showSpeaksChinese() throws {
        let db = try loadedSample(Self.deyang)
        let r = try confplan(["--db", db, "--lang", "zh", "show"])
        #expect(r.stdout.split(separator: "\n").dropFirst().prefix(6).joined(separator: "\n") == """
              标识        dy2026
              地点        德阳 · 北京时间（UTC+8）
              会期        2026-05-14 – 2026-05-16（3 天）
              场地        3 处：德阳旌湖宾馆、四川工程职业技术大学（天山路校区）、东方电气集团实训基地
              会场        13 个，4520 座
              场次        41 个
            """)
    }

    /// `研讨会` is one event's whole name and part of another's short name: the whole name wins.
    @Test func anEventNamedExactlyWinsOverThoseItIsPartOf() throws {
        let db = try loadedSample(Self.hangzhou)
        #expect(try confplan(["--db", db, "new", "研讨会", "--first-day", "2026-09-01", "--id", "ws"]).status == 0)
        let r = try confplan(["--db", db, "--lang", "en", "show", "研讨会"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n")[1] == "  identifier  ws")
    }

    // MARK: log

    @Test func logTimesSayTheirOffset() throws {
        let db = try loadedSample(Self.deyang)
        let iso = try confplan(["--db", db, "log", "--iso", "--limit", "1"]).stdout
        let en = try confplan(["--db", db, "--lang", "en", "log", "--limit", "1"]).stdout
        let stamp = try #require(ISO8601DateFormatter().date(from: String(iso.prefix(20))))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: stamp)
        let day = try #require(LocalDate(year: c.year!, month: c.month!, day: c.day!))
        let expected = DateText.day(day, .en, weekday: false) + " " + String(format: "%02d:%02d", c.hour!, c.minute!)
            + " +08:00  "
        #expect(en.hasPrefix(expected), "\(en)")
    }

    // MARK: the programme's words and rules

    /// The host of the opening ceremony is the person who conducts it, 主持; its speakers give addresses.
    @Test func theHostIsLabelledAsAPersonsRole() throws {
        let db = try loadedSample(Self.deyang)
        let r = try confplan(["--db", db, "--lang", "zh", "export", "programme", "--day", "1"])
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let open = try #require(lines.firstIndex { $0.hasSuffix("开幕式") })
        let block = lines[open...].prefix { !$0.isEmpty }
        #expect(block.filter { $0.hasPrefix("             主持：") } == ["             主持：孔勇涛 中关村佳德职业教育创新联盟理事长"])
        #expect(block.filter { $0.hasPrefix("             致辞：") } == ["             致辞：刘东 教育部职业教育与成人教育司副司长"])
        #expect(!r.stdout.contains("主办："))
    }

    /// A rule another program counts one column per character: no box-drawing (East Asian ambiguous) ones.
    @Test func theTextProgrammesRulesAreOfUnambiguousWidth() throws {
        let db = try loadedSample(Self.deyang)
        let text = try confplan(["--db", db, "--lang", "zh", "export", "programme"]).stdout
        let rules = text.split(separator: "\n").filter { $0.hasPrefix("== ") }
        #expect(rules.count == 4)
        #expect(rules.allSatisfy { $0.hasSuffix("==") && DisplayWidth.of(String($0)) == 80 })
        #expect(!text.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) })
    }

    /// A Markdown programme is for the web: the planning marks only when asked for.
    @Test func markdownLeavesTheMarksOutUnlessAsked() throws {
        let db = try loadedSample(Self.deyang)
        let plain = try confplan(["--db", db, "export", "markdown"]).stdout
        let marked = try confplan(["--db", db, "export", "markdown", "--marks"]).stdout
        let viaFormat = try confplan(["--db", db, "export", "programme", "--format", "markdown"]).stdout
        #expect(plain.components(separatedBy: "[!]").count - 1 == 0)
        #expect(viaFormat == plain)
        #expect(marked.components(separatedBy: "[!]").count - 1 == 13)
    }

    // MARK: programme order

    /// Parallel sub-forums moved together are listed as the programme numbers them, not as characters sort.
    @Test func diffListsParallelSessionsInProgrammeOrder() throws {
        let db = try loadedSample(Self.deyang)
        #expect(try confplan(["--db", db, "release"]).status == 0)
        // Some moves leave a clash (status 3); the list of changes is what is looked at.
        for key in ["f1", "f2", "f3", "f4", "f5", "f6"] { _ = try confplan(["--db", db, "move", key, "--start", "14:30"]) }
        let diff = try confplan(["--db", db, "--lang", "zh", "diff"]).stdout
        let order = diff.split(separator: "\n").filter { $0.hasPrefix("  分论坛") }.map { String($0.prefix(6).dropFirst(2)) }
        #expect(order == ["分论坛一", "分论坛二", "分论坛三", "分论坛四", "分论坛五", "分论坛六"])
    }

    @Test func frabListsTracksInProgrammeOrder() throws {
        let db = try loadedSample(Self.deyang)
        let xml = try confplan(["--db", db, "export", "frab-xml"]).stdout
        let tracks = xml.split(separator: "\n").filter { $0.contains("<track name=") }
            .map { $0.split(separator: ">")[1].split(separator: "<")[0] }.map(String.init)
        #expect(Array(tracks.prefix(6)) == ["分论坛一", "分论坛二", "分论坛三", "分论坛四", "分论坛五", "分论坛六"])
    }

    // MARK: English is English

    @Test func aConfirmationIsInTheReadersLanguageNotTheEvents() throws {
        let db = try loadedSample(Self.hangzhou)
        let out = try scratchFolder().appendingPathComponent("hz.ics").path
        let r = try confplan(["--db", db, "export", "ical", "-o", out], env: Self.english)
        #expect(r.stderr == "confplan: wrote \(out)\n")
    }

    @Test func oneRowIsOneRow() throws {
        let db = try loadedSample(Self.deyang)
        let file = try listFile()
        #expect(try confplan(["--db", db, "import", "attendees", file], env: Self.english).status == 0)
        let again = try confplan(["--db", db, "import", "attendees", file], env: Self.english)
        #expect(again.stdout.split(separator: "\n").last
            == "nothing changed: 1 row differs from the event or was not taken (see above)")
    }

    @Test func oneAcknowledgementIsOne() throws {
        let db = try loadedSample(Self.deyang)
        #expect(try confplan(["--db", db, "ack", "948abd8b", "--reason", "同传共用"]).status == 0)
        let r = try confplan(["--db", db, "--lang", "en", "load", "--replace", Self.samplePath(Self.deyang)])
        #expect(r.stdout.split(separator: "\n").last == "acknowledgements: 1 still matches a finding")
    }

    /// Asking for a workbook on a terminal is a command line to write otherwise: a usage error.
    @Test func aWorkbookToATerminalIsAUsageError() throws {
        let db = try loadedSample(Self.deyang)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = [confplanBinary().path, "--db", db, "export", "xlsx", "sessions"].map { "'" + $0 + "'" }
        p.arguments = ["-qec", command.joined(separator: " "), "/dev/null"]
        p.standardOutput = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 2)
    }

    /// Every string of an event file (names, titles, places) and of the list imported: what the
    /// sweeps take out of a line before looking at the words the program added.
    static func dataStrings(_ files: [String], extra: [String]) throws -> [String] {
        var out = Set(extra)
        func walk(_ v: Any) {
            if let s = v as? String { out.insert(s) }
            if let a = v as? [Any] { a.forEach(walk) }
            if let d = v as? [String: Any] { d.values.forEach(walk) }
        }
        for f in files { walk(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: f)))) }
        for line in list.split(separator: "\n") { for cell in line.split(separator: ",") { out.insert(String(cell)) } }
        return out.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    static func withoutData(_ line: String, _ data: [String]) -> String {
        var rest = line
        for d in data where rest.contains(d) { rest = rest.replacingOccurrences(of: d, with: " ") }
        return rest
    }

    /// Every command's messages, success and the usual mistakes, under an English LANG: no Chinese
    /// character or punctuation outside what the event's data says.
    @Test func everyCommandSpeaksEnglishUnderAnEnglishLang() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("en.sqlite").path
        let sample = Self.samplePath(Self.hangzhou)
        let file = try listFile()
        let backup = dir.appendingPathComponent("b.sqlite").path
        let runs: [[String]] = [
            ["load", sample], ["load", "--replace", sample], ["show"], ["show", "中德研讨会"], ["events"], ["check"],
            ["move", "k1", "--start", "16:00"], ["suggest", "k1"], ["solve"], ["release", "--name", "r1"],
            ["releases"], ["move", "k1", "--start", "15:00"], ["diff"], ["log"], ["duplicates"], ["doctor"],
            ["backup", backup], ["import", "attendees", file, "--dry-run"], ["import", "attendees", file],
            ["import", "attendees", file], ["severity", "attendee-clash", "info"], ["severity", "attendee-clash", "default"],
            ["export", "programme", "-o", dir.appendingPathComponent("p.txt").path],
            ["export", "xlsx", "sessions", "-o", dir.appendingPathComponent("s.xlsx").path],
            ["export", "badges", "-o", dir.appendingPathComponent("b.pdf").path, "--allow-missing-glyphs"],
            ["export", "arrivals", "-o", dir.appendingPathComponent("a.csv").path],
            ["checkin", "13800138000"], ["checkin", "13800138000"], ["checkin", "没有这个人"],
            ["new", "Workshop", "--first-day", "2026-09-01", "--id", "ws"], ["delete", "ws"],
            ["show", "不存在"], ["move", "不存在", "--start", "10:00"], ["export", "csv", "tables"], ["ack", "zz", "--reason", "x"],
            ["log", "--limit", "x"], ["export", "programme", "--width", "3"], ["frobnicate"],
        ]
        // The list's name is its file's (`回执`).
        let data = try Self.dataStrings([sample], extra: [file, db, dir.path, backup, "没有这个人", "不存在", "回执"])
        var said: [String] = []
        for args in runs {
            let r = try confplan(["--db", db] + args, env: Self.english)
            for line in (r.stdout + r.stderr).split(separator: "\n") {
                let rest = Self.withoutData(String(line), data)
                if rest.unicodeScalars.contains(where: { $0.isHan || (0x3000...0x303F).contains($0.value)
                    || (0xFF00...0xFFEF).contains($0.value) }) {
                    said.append(args.joined(separator: " ") + ": " + line)
                }
            }
        }
        #expect(said == [])
    }

    /// `show`, the import preview and `log` under a Chinese LANG: no English word outside the
    /// data, the file's name and encoding, and the options a reader types (`--map`).
    @Test func showImportAndLogSpeakChineseUnderAChineseLang() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("zh.sqlite").path
        let sample = Self.samplePath(Self.deyang)
        let file = try listFile()
        #expect(try confplan(["--db", db, "load", sample], env: Self.chinese).status == 0)
        #expect(try confplan(["--db", db, "move", "open", "--start", "09:10"], env: Self.chinese).status == 0)
        #expect(try confplan(["--db", db, "release"], env: Self.chinese).status == 0)
        #expect(try confplan(["--db", db, "import", "attendees", file], env: Self.chinese).status == 0)
        #expect(try confplan(["--db", db, "severity", "attendee-clash", "info"], env: Self.chinese).status == 0)
        let user = try confplan(["whoami"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let data = try Self.dataStrings([sample], extra: [file, (file as NSString).lastPathComponent, user])
        var said: [String] = []
        for args in [["show"], ["import", "attendees", file, "--dry-run"], ["log"]] {
            let r = try confplan(["--db", db] + args, env: Self.chinese)
            for line in (r.stdout + r.stderr).split(separator: "\n") {
                var rest = Self.withoutData(String(line), data)
                rest = rest.replacingOccurrences(of: "--[a-z-]+", with: " ", options: .regularExpression)
                    .replacingOccurrences(of: "UTF-8", with: " ").replacingOccurrences(of: "UTC", with: " ")
                if rest.range(of: "[A-Za-z]{2,}", options: .regularExpression) != nil {
                    said.append(args.joined(separator: " ") + ": " + line)
                }
            }
        }
        #expect(said == [])
    }
}
