import Foundation
import Testing
import TestSupport

/// `export kitchen|hall-plan|seating-list … MEAL` through the binary, on a small welcome dinner.
@Suite struct BanquetCommandTests {
    static let file = """
        {
          "confplan": 1,
          "event": {"id": "e1", "name": "测试大会", "firstDay": "2026-05-13", "lastDay": "2026-05-15"},
          "sessions": [
            {"id": "dinner", "title": "欢迎晚宴", "kind": "meal", "start": "2026-05-13T18:30", "end": "2026-05-13T20:30"}
          ],
          "people": [
            {"id": "p1", "name": "张伟", "organisation": "四川省教育厅", "phone": "13800000001", "vip": 2, "registration": {"category": "delegate", "signups": []}},
            {"id": "p2", "name": "马立新", "organisation": "宁夏职业技术学院", "diet": {"kind": "halal", "text": "清真，不吃牛肉"}, "registration": {"category": "delegate", "signups": []}},
            {"id": "p3", "name": "陈老师", "organisation": "会务组", "registration": {"category": "staff", "signups": []}},
            {"id": "p4", "name": "Thomas Becker", "organisation": "BIBB", "diet": "vegetarian", "registration": {"category": "delegate", "signups": []}},
            {"id": "p5", "name": "李娜", "organisation": "德阳职业技术学院", "diet": {"kind": "other", "text": "不吃海鲜"}, "registration": {"category": "delegate", "signups": []}},
            {"id": "p6", "name": "王芳", "organisation": "德阳职业技术学院", "diet": {"kind": "other", "text": "不吃海鲜"}, "registration": {"category": "delegate", "signups": []}},
            {"id": "p7", "name": "赵强", "organisation": "成都工业学院", "registration": {"category": "delegate", "signups": []}}
          ],
          "banquets": [{"meal": "dinner", "headTable": 1}],
          "banquetTables": [
            {"meal": "dinner", "number": 1, "seats": 4},
            {"meal": "dinner", "number": 2, "seats": 8, "halal": true, "across": 1, "back": 1},
            {"meal": "dinner", "number": 3, "seats": 8, "across": -1, "back": 1}
          ],
          "banquetSeats": [
            {"meal": "dinner", "table": 1, "seat": 1, "person": "p3", "host": true},
            {"meal": "dinner", "table": 1, "seat": 2, "person": "p1"},
            {"meal": "dinner", "table": 1, "seat": 4, "person": "p4"},
            {"meal": "dinner", "table": 2, "seat": 2, "person": "p2"},
            {"meal": "dinner", "table": 3, "seat": 2, "person": "p5"},
            {"meal": "dinner", "table": 3, "seat": 8, "person": "p6"}
          ]
        }

        """

    func loaded() throws -> (db: String, folder: URL) {
        let folder = try scratchFolder()
        let event = folder.appendingPathComponent("t.json")
        try Self.file.write(to: event, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("t.sqlite").path
        let r = try confplan(["--db", db, "load", event.path])
        #expect(r.status == 0, "\(r.stderr)")
        return (db, folder)
    }

    /// The kitchen's CSV, as a script would take it: counts, and not one guest's name.
    @Test func theKitchenCSVNamesNobody() throws {
        let (db, _) = try loaded()
        let r = try confplan(["--db", db, "export", "kitchen", "e1", "欢迎晚宴", "--format", "csv", "--no-bom"])
        #expect(r.status == 0, "\(r.stderr)")
        let names = ["张伟", "马立新", "陈老师", "Thomas Becker", "李娜", "王芳", "赵强"]
        #expect(names.filter { r.stdout.contains($0) } == [])
        #expect(r.stdout.hasPrefix("桌号,桌次,清真桌,人数,清真,素食,其他,饮食禁忌"))
    }

    /// The meal by its key, the form from the file's ending.
    @Test(arguments: ["hall-plan.pdf", "table-signs.pdf", "place-cards.pdf", "seating-list.xlsx"])
    func aPrintIsWrittenInTheFormItsNameAsks(_ name: String) throws {
        let (db, folder) = try loaded()
        let file = folder.appendingPathComponent(name).path
        let kind = String(name.prefix { $0 != "." })
        let r = try confplan(["--db", db, "export", kind, "e1", "dinner", "-o", file])
        #expect(r.status == 0, "\(r.stderr)")
        let head = try Array(Data(contentsOf: URL(fileURLWithPath: file)).prefix(4))
        #expect(head == Array(name.hasSuffix(".pdf") ? "%PDF".utf8 : "PK\u{03}\u{04}".utf8))
    }

    /// A file named for one form is not written in another: the ending the export cannot write,
    /// or one against --format, is refused and nothing is written.
    @Test(arguments: [["kitchen", "-o", "k.pdf"], ["seating-list", "-o", "s.xlsx", "--format", "csv"],
                      ["place-cards", "-o", "p.xlsx"]])
    func aFileNamedForAnotherFormIsRefused(_ args: [String]) throws {
        let (db, folder) = try loaded()
        let r = try confplan(["--db", db, "export", args[0], "e1", "dinner"] + args.dropFirst()
            .map { $0.contains(".") ? folder.appendingPathComponent($0).path : $0 } + ["--lang", "en"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("." + args[2].split(separator: ".")[1]), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(args[2]).path))
    }

    /// Place cards without -o would be PDF bytes on the screen: refused, saying to give a file.
    @Test func placeCardsWithoutAFileAreRefused() throws {
        let (db, _) = try loaded()
        let r = try confplan(["--db", db, "export", "place-cards", "e1", "dinner", "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("pdf is written to a file: give -o FILE.pdf"), "\(r.stderr)")
        #expect(r.stdout == "")
    }

    /// A meal that is not there is named in the error, and nothing is written.
    @Test func anUnknownMealIsNamed() throws {
        let (db, _) = try loaded()
        let r = try confplan(["--db", db, "export", "hall-plan", "e1", "午宴"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("午宴"), "\(r.stderr)")
        #expect(r.stdout == "")
    }
}
