import Foundation
import Testing
import TestSupport

/// `export table-cards|badges|sign-in` as a script uses them: every format for every sample,
/// badge numbers kept across exports, and a clear refusal for what cannot be printed.
@Suite struct PrintCommandTests {
    static let samples = [
        "deyang-2026-innovation-summit.json", "foshan-2026-industry-education-consortium.json",
        "hangzhou-2025-sino-german-seminar.json",
    ]

    @Test(arguments: samples)
    func everyFormatOfEveryKind(_ sample: String) throws {
        let db = try loadedSample(sample)
        let dir = try scratchFolder()
        for kind in ["table-cards", "badges", "sign-in"] {
            for format in ["pdf", "xlsx", "csv", "text"] {
                let file = dir.appendingPathComponent("\(kind).\(format)").path
                let r = try confplan(["--db", db, "export", kind, "--session", "open", "--format", format, "-o", file])
                #expect(r.status == 0, "\(kind) \(format): \(r.stderr)")
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
                let magic: [UInt8] = switch format {
                case "pdf": Array("%PDF-1.5".utf8)
                case "xlsx": [0x50, 0x4B, 0x03, 0x04]
                case "csv": [0xEF, 0xBB, 0xBF]
                default: []
                }
                #expect(Array(bytes.prefix(magic.count)) == magic && bytes.count > 100, "\(kind) \(format)")
            }
        }
    }

    /// The first print numbers the badges in the database; a person added afterwards takes the
    /// next number and nobody else's changes.
    @Test func badgeNumbersAreKeptFromTheFirstPrint() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        let first = try confplan(["--db", db, "export", "badges", "--format", "csv"])
        #expect(first.status == 0, "\(first.stderr)")
        let list = try confplan(["--db", db, "dump", "hz2025"]).stdout
        #expect(list.contains("\"badge\": 1"))
        let rows = first.stdout.split(separator: "\r\n").dropFirst()
        let csv = try scratchFolder().appendingPathComponent("walkins.csv")
        try Data("姓名,单位,手机\n区志明,广州番禺职业技术学院,13900000003\n".utf8).write(to: csv)
        let added = try confplan(["--db", db, "import", "attendees", csv.path, "--event", "hz2025"])
        #expect(added.status == 0, "\(added.stderr)")
        let second = try confplan(["--db", db, "export", "badges", "--format", "csv"])
        let again = second.stdout.split(separator: "\r\n").dropFirst()
        #expect(Array(again.prefix(rows.count)) == Array(rows))
        #expect(again.last?.hasPrefix("\(String(format: "%04d", rows.count + 1)),代表,区志明,") == true)
    }

    @Test func whatCannotBePrintedIsSaid() throws {
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let cards = try confplan(["--db", db, "export", "table-cards", "-o", "/tmp/never.pdf"])
        #expect(cards.status == 1 && cards.stderr.contains("--session"))
        let category = try confplan(["--db", db, "export", "sign-in", "--category", "VIP"])
        #expect(category.status == 1 && category.stderr.contains("代表"), "\(category.stderr)")
        // To a pipe a PDF goes as it is (only a terminal is refused).
        let piped = try confplan(["--db", db, "export", "badges", "--session", "open"])
        #expect(piped.status == 0 && piped.stdout.hasPrefix("%PDF-1.5"))
        let sorted = try confplan(["--db", db, "export", "sign-in", "--category", "媒体", "--sort", "organisation"])
        #expect(sorted.status == 0 && sorted.stdout.hasPrefix("德阳大会 · 签到表 · 媒体\n第 1 页 / 共 2 页\n"))
    }

    /// A character no installed font has (U+E000) stops a PDF export, naming the person and the
    /// character, and writes nothing; `--allow-missing-glyphs` prints it as a box and says so.
    @Test func aCharacterNoFontHasFailsThePDFUnlessAllowed() throws {
        let sample = repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json")
        let text = try String(contentsOf: sample, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"name\": \"Katrin Hoffmann\"",
                                               with: "\"name\": \"Katrin Hoffmann\u{E000}\"")
        #expect(edited != text)
        let dir = try scratchFolder()
        let file = dir.appendingPathComponent("hz.json")
        try Data(edited.utf8).write(to: file)
        let db = dir.appendingPathComponent("glyphs.sqlite").path
        #expect(try confplan(["--db", db, "load", file.path]).status == 0)
        let pdf = dir.appendingPathComponent("badges.pdf").path
        let refused = try confplan(["--db", db, "export", "badges", "hz2025", "--lang", "en", "-o", pdf])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(
            "\"Katrin Hoffmann\u{E000}\": no installed font has the character \"\u{E000}\" (U+E000)"),
                "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let allowed = try confplan(["--db", db, "export", "badges", "hz2025", "--lang", "en",
                                      "--allow-missing-glyphs", "-o", pdf])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("warning: \"Katrin Hoffmann\u{E000}\": no installed font has the character"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Array("%PDF-1.5".utf8)))
        // The programme names the character by its code point and the line it is in.
        let programme = dir.appendingPathComponent("programme.pdf").path
        let stopped = try confplan(["--db", db, "export", "programme", "hz2025", "--format", "pdf", "--lang", "en",
                                    "-o", programme])
        #expect(stopped.status == 1 && stopped.stderr.contains("no installed font has \"\u{E000}\" (U+E000), in: ")
                    && stopped.stderr.contains("Katrin Hoffmann\u{E000}"), "\(stopped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: programme))
    }

    /// The event is in Chinese, the command line in English (LANG, no --lang): the whole message
    /// is in English, with the name and the character quoted as they are, for the badges and the
    /// programme alike; nothing of the event's language but the data.
    @Test func theMissingGlyphMessageIsAllInTheCommandLinesLanguage() throws {
        let sample = repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json")
        let text = try String(contentsOf: sample, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"name\": \"Katrin Hoffmann\"",
                                               with: "\"name\": \"Katrin Hoffmann\u{E000}\"")
        let dir = try scratchFolder()
        let file = dir.appendingPathComponent("hz.json")
        try Data(edited.utf8).write(to: file)
        let db = dir.appendingPathComponent("glyphs.sqlite").path
        let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"]
        #expect(try confplan(["--db", db, "load", file.path], env: english).status == 0)
        let badges = try confplan(["--db", db, "export", "badges", "hz2025", "-o", dir.appendingPathComponent("b.pdf").path],
                                  env: english)
        let nothingPrinted = "nothing printed: install a font with these characters, or give --allow-missing-glyphs "
            + "to print them as boxes\n"
        #expect(badges.stderr == "confplan: \"Katrin Hoffmann\u{E000}\": no installed font has the character "
                + "\"\u{E000}\" (U+E000)\n" + nothingPrinted)
        // Printed as boxes: what is said about the file is in English too.
        let pdf = dir.appendingPathComponent("b.pdf").path
        let allowed = try confplan(["--db", db, "export", "badges", "hz2025", "--allow-missing-glyphs", "-o", pdf],
                                   env: english)
        #expect(allowed.stderr == "confplan: wrote \(pdf)\nconfplan: warning: \"Katrin Hoffmann\u{E000}\": no installed "
                + "font has the character \"\u{E000}\" (U+E000)\n")
        let programme = try confplan(["--db", db, "export", "programme", "hz2025", "--format", "pdf", "-o",
                                      dir.appendingPathComponent("p.pdf").path], env: english)
        // The lines quoted are data, as the programme prints them (in the event's Chinese).
        let hoffmann = "Katrin Hoffmann\u{E000} · 德国国际合作机构（GIZ） Abteilungsleiterin"
        let lines = ["致辞：苏文春 浙江省教育厅副厅长；" + hoffmann, "主讲：" + hoffmann,
                     "对话嘉宾：" + hoffmann + "；韩海杰 浙江机电职业技术大学校长；许平轩 佛山市教育局副司长",
                     "主讲：苏文春 浙江省教育厅副厅长；" + hoffmann]
        #expect(programme.stderr == "confplan: " + lines.map { "no installed font has \"\u{E000}\" (U+E000), in: \"\($0)\"" }
            .joined(separator: "\n") + "\n" + nothingPrinted)
    }
}
