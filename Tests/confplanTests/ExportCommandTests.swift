import Foundation
import Testing
import PlanningCore
import TestSupport

@Suite struct ExportCommandTests {
    func loaded(_ sample: String = "deyang-2026-innovation-summit.json") throws -> (URL, String) {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("x.sqlite").path
        #expect(try confplan(["--db", db, "load", repoRoot.appendingPathComponent("sample-events/" + sample).path]).status == 0)
        return (dir, db)
    }

    @Test func theProgrammeIsByteIdenticalTwiceAndFitsItsWidth() throws {
        let (_, db) = try loaded()
        let a = try confplan(["--db", db, "--lang", "zh", "export", "programme"])
        let b = try confplan(["--db", db, "--lang", "zh", "export", "programme"])
        #expect(a.status == 0 && a.stdout == b.stdout && a.stdout.contains("== 5月14日 星期四"))
        let narrow = try confplan(["--db", db, "--lang", "en", "export", "programme", "--width", "60", "--day", "2"])
        #expect(narrow.stdout.contains("Friday 15 May") && !narrow.stdout.contains("Thursday 14 May"))
        // Display width, not characters: a Chinese name takes two cells each.
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 60 })
        let md = try confplan(["--db", db, "--lang", "zh", "export", "programme", "--format", "markdown"])
        #expect(md.stdout.hasPrefix("# 第四届") && md.stdout.contains("\n## 5月14日 星期四\n"))
    }

    @Test func changesSinceAnEarlierExportListWhatMoved() throws {
        let (dir, db) = try loaded()
        let old = dir.appendingPathComponent("old.txt").path
        #expect(try confplan(["--db", db, "--lang", "zh", "export", "programme", "-o", old]).status == 0)
        let dumped = dir.appendingPathComponent("old.json").path
        #expect(try confplan(["--db", db, "dump", "-o", dumped]).status == 0)
        // Move the opening ceremony half an hour later by editing the event file and reloading it.
        var json = try String(contentsOfFile: dumped, encoding: .utf8)
        json = json.replacingOccurrences(of: "\"start\": \"2026-05-14T09:00\", \"end\": \"2026-05-14T09:40\"",
                                         with: "\"start\": \"2026-05-14T09:30\", \"end\": \"2026-05-14T10:10\"")
        let moved = dir.appendingPathComponent("new.json").path
        try json.write(toFile: moved, atomically: true, encoding: .utf8)
        #expect(try confplan(["--db", db, "load", moved, "--replace"]).status == 0)
        let printed = try confplan(["--db", db, "--lang", "zh", "export", "programme", "--changes-since", old])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains("变动：1 处"), "\(printed.stdout)")
        #expect(printed.stdout.contains("调整  开幕式：5月14日 星期四 09:00–09:40"), "\(printed.stdout)")
        // An event file has identities: the same diff as releases, grouped by day.
        let file = try confplan(["--db", db, "--lang", "zh", "export", "programme", "--changes-since", dumped])
        #expect(file.stdout.contains("old.json → 当前：1 处变动"), "\(file.stdout)")
        #expect(file.stdout.contains("开幕式：时间由 5月14日 09:00–09:40 改为 5月14日 09:30–10:10"), "\(file.stdout)")
    }

    @Test func everySpeakerGetsAFileAndUnknownFiltersSayWhatExists() throws {
        let (dir, db) = try loaded()
        let folder = dir.appendingPathComponent("speakers").path
        let r = try confplan(["--db", db, "--lang", "zh", "export", "programme", "--all-speakers", folder])
        #expect(r.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 72 && files.contains("孔博华.txt"))
        let kong = try String(contentsOfFile: folder + "/孔博华.txt", encoding: .utf8)
        #expect(kong.contains("个人日程：孔博华") && kong.contains("圆桌对话"))
        let day = try confplan(["--db", db, "export", "programme", "--day", "9"])
        #expect(day.status == 2 && day.stderr.contains("is not a day of the event, which has 3 days")) // a day the event does not have: usage
        let track = try confplan(["--db", db, "export", "programme", "--track", "nope"])
        #expect(track.status == 1 && track.stderr.contains("tracks: "))
        let person = try confplan(["--db", db, "export", "programme", "--person", "nobody-at-all"])
        #expect(person.status == 1 && person.stderr.contains("nobody in the event is called"))
        let kind = try confplan(["--db", db, "export", "pdf"])
        #expect(kind.status == 2)
    }

    @Test func csvRoomSheetsAndCalendarFiles() throws {
        let (dir, db) = try loaded()
        let csv = try confplan(["--db", db, "export", "csv", "attendees"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}") && csv.stdout.components(separatedBy: "\r\n").count == 842)
        let plain = try confplan(["--db", db, "export", "csv", "signups", "--no-bom", "--track", "分论坛一"])
        #expect(!plain.stdout.hasPrefix("\u{FEFF}"))
        let sheets = try confplan(["--db", db, "--lang", "zh", "export", "room-sheets"])
        #expect(sheets.stdout.components(separatedBy: "\u{0C}").count > 10)
        let ics = dir.appendingPathComponent("kong.ics").path
        #expect(try confplan(["--db", db, "export", "ical", "--person", "孔博华", "-o", ics]).status == 0)
        let text = try String(contentsOfFile: ics, encoding: .utf8)
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 3)
    }

    @Test func fosdemImportsAndExportsAgain() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("f.sqlite").path
        let r = try confplan(["--db", db, "import", "schedule", repoRoot.appendingPathComponent("Tests/datasets/fosdem-2025.xml").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("imported fosdem-2025: FOSDEM 2025 — 943 sessions (943 with a time), 40 rooms"))
        let check = try confplan(["--db", db, "check", "--format", "json"])
        #expect(check.status == 3 && check.stdout.contains("person-overlap"))
        let xml = try confplan(["--db", db, "export", "frab-xml"])
        #expect(xml.status == 0 && xml.stdout.components(separatedBy: "<event id=").count == 944)
        let again = try confplan(["--db", db, "import", "schedule", repoRoot.appendingPathComponent("Tests/datasets/fosdem-2025.xml").path])
        #expect(again.status == 1 && again.stderr.contains("fosdem-2025"))
        // Under another identifier it is another event: the sessions' GUIDs are the first's, so
        // it gets UUIDs of its own, and says so (it was a raw UNIQUE constraint error).
        let copy = try confplan(["--db", db, "--lang", "en", "import", "schedule", "--id", "fosdem-b",
                                 repoRoot.appendingPathComponent("Tests/datasets/fosdem-2025.xml").path])
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(copy.stdout.split(separator: "\n").dropFirst().first.map(String.init)
            == repoRoot.appendingPathComponent("Tests/datasets/fosdem-2025.xml").path
            + " carries UUIDs that event fosdem-2025 already holds (copied from its file?): gave 943 sessions "
            + "new ones, so the two events stay apart")
    }
}

@Suite struct ExportLanguageTests {
    /// A Chinese event's programme is printed in Chinese under a C locale, and in English only
    /// when asked; a CSV table writes words, or codes with --codes.
    @Test func theProgrammeSpeaksTheEventsLanguage() throws {
        let db = try scratchFolder().appendingPathComponent("l.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/deyang-2026-innovation-summit.json").path
        #expect(try confplan(["--db", db, "load", sample]).status == 0)
        let c = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        let chinese = try confplan(["--db", db, "export", "programme"], env: c).stdout
        #expect(chinese.split(separator: "\n")[1].hasPrefix("会议日程 · 2026年5月14日"))
        #expect(chinese.contains("圆桌对话 · ") && !chinese.contains("round table"))
        let english = try confplan(["--db", db, "--lang", "en", "export", "programme"], env: c).stdout
        #expect(english.split(separator: "\n")[1].hasPrefix("Programme · 14–16 May 2026"))
        let words = try confplan(["--db", db, "export", "csv", "sessions"], env: c).stdout
        let codes = try confplan(["--db", db, "export", "csv", "sessions", "--codes"], env: c).stdout
        #expect(words.contains(",分论坛,") && !words.contains(",sub-forum,"))
        #expect(codes.contains(",sub-forum,") && codes.contains(",confirmed") && words.contains(",已确定"))
    }
}
