import Foundation
import Testing
import Workbook
import Interchange
import TestSupport

@Suite struct ImportCommandTests {
    /// A database holding the 德阳 sample, and a folder for list files.
    func setUp() throws -> (dir: URL, db: String) {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("w.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/deyang-2026-innovation-summit.json")
        #expect(try confplan(["--db", db, "load", sample.path]).status == 0)
        return (dir, db)
    }

    func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    let list = """
        姓名,单位,手机,分论坛
        王芳,四川工程职业技术大学,13800138000,分论坛一
        ,无名单位,13800138001,
        李明,德阳职业技术学院,13800138002,分论坛九十九
        张伟,成都航空职业技术学院,13800138003,"分论坛二、分论坛四"

        """

    @Test func importReportsRejectsCommitsTheRestAndReImportIsANoOp() throws {
        let (dir, db) = try setUp()
        let file = try write(list, "list.csv", in: dir)
        let rejects = dir.appendingPathComponent("rejects.csv").path
        let r = try confplan(["--db", db, "--lang", "en", "import", "attendees", file, "--rejects", rejects])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "no progress when stderr is not a terminal")
        #expect(r.stdout.contains("\(file):3: 姓名: no name"))
        #expect(r.stdout.contains("\(file):4: 分论坛: no session or track is called \"分论坛九十九\""))
        #expect(r.stdout.contains("  new       2\n"))
        #expect(r.stdout.contains("  rejected  2\n"))
        #expect(r.stdout.contains("imported into dy2026"))
        let rejected = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(rejected.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3)
        // `rejects.csv` would import as a list of its own: the report says how to keep it this list's.
        #expect(r.stdout.contains("\n  (with --source list, so its rows count as this list's and its next copy updates them)\n"))

        let again = try confplan(["--db", db, "--lang", "en", "import", "attendees", file])
        #expect(again.status == 0)
        // The rejected rows are not in the event: "every row already matches" would be untrue.
        #expect(again.stdout.contains("nothing changed: 2 rows differ from the event or were not taken (see above)"))
        #expect(again.stdout.contains("  unchanged 2\n"))
        let dump = try confplan(["--db", db, "dump"])
        #expect(dump.stdout.components(separatedBy: "\"name\": \"王芳\"").count == 2)
    }

    /// Rejects written beside the list under its name (`list-rejects.csv`) are that list's rows
    /// when imported again: no advice to give, and the fixed rows come in as the list `list`.
    @Test func rejectsNamedAfterTheListAreThatList() throws {
        let (dir, db) = try setUp()
        let file = try write(list, "list.csv", in: dir)
        let rejects = dir.appendingPathComponent("list-rejects.csv").path
        let r = try confplan(["--db", db, "--lang", "en", "import", "attendees", file, "--rejects", rejects])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("--source"))
        let fixed = try String(contentsOfFile: rejects, encoding: .utf8)
            .replacingOccurrences(of: ",无名单位", with: "赵六,无名单位")
            .replacingOccurrences(of: "分论坛九十九", with: "分论坛一")
        try fixed.write(toFile: rejects, atomically: true, encoding: .utf8)
        let again = try confplan(["--db", db, "--lang", "en", "import", "attendees", rejects, "--dry-run"])
        #expect(again.stdout.contains("list list: for the people an earlier copy named it is the truth"), "\(again.stdout)")
    }

    /// A workbook imports like a CSV list, its problems named by sheet and row; importing it
    /// again changes nothing; an .xls is refused and the event is unchanged.
    @Test func aWorkbookImportsAndAnXlsIsRefused() throws {
        let (dir, db) = try setUp()
        let book = repoRoot.appendingPathComponent("Tests/InterchangeTests/Workbooks/回执-xlsxwriter.xlsx").path
        let rejects = dir.appendingPathComponent("未导入.xlsx").path
        let r = try confplan(["--db", db, "--lang", "en", "import", "attendees", book, "--rejects", rejects])
        #expect(r.status == 0, "\(r.stderr)")
        // The rejects of a workbook are a workbook: the row as it was, its phone as digits, and why.
        let back = try Workbook([UInt8](Data(contentsOf: URL(fileURLWithPath: rejects))), file: rejects)
        #expect(try back.records(of: back.sheets[0])[1].fields
            == ["", "", "某职业学院", "", "13800000009", "", "", "", "姓名: no name"])
        #expect(r.stdout.contains("\(book):参会回执:8: 姓名: no name\n") && r.stdout.contains("  new       4\n"))
        let again = try confplan(["--db", db, "--lang", "en", "import", "attendees", book])
        #expect(again.stdout.contains("nothing changed: 1 row differs from the event or was not taken (see above)"))
        let before = try confplan(["--db", db, "dump"]).stdout
        let xls = dir.appendingPathComponent("回执.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: xls)
        let refused = try confplan(["--db", db, "--lang", "en", "import", "attendees", xls.path])
        #expect(refused.status == 1)
        #expect(refused.stderr == "confplan: \(xls.path): is an Excel 97–2003 (.xls), WPS (.et) or password-protected "
            + "workbook (or a page saved under such a name): save it as .xlsx (Excel 2007 or later) and import that\n")
        #expect(try confplan(["--db", db, "dump"]).stdout == before)
    }

    /// A LibreOffice .ods is read (it is a ZIP archive, of OpenDocument parts), and the dry run
    /// says which header was read as which field: 到达日期 as the arrival's date (issue 35), 参会分论坛
    /// as a sub-forum column. (The line naming columns kept in the notes: AttendeeImportTests.)
    @Test func anOdsListIsReadAndTheDryRunNamesItsColumns() throws {
        let (_, db) = try setUp()
        let book = repoRoot.appendingPathComponent("Tests/InterchangeTests/Workbooks/回执-libreoffice.ods").path
        let before = try confplan(["--db", db, "dump"]).stdout
        let dry = try confplan(["--db", db, "--lang", "en", "import", "attendees", book, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        let lines = dry.stdout.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(3)) == [
            "\(book):参会回执: workbook sheet, header in row 2, 4 rows",
            "columns: 姓名 → name · 单位 → organisation · 职务 → title · 手机 → phone · 到达日期 → arrival date"
                + " · 参会分论坛 → sub-forum · 备注 → notes",
            "list 回执-libreoffice: first import of this list; its next copy updates the people it brings",
        ])
        #expect(try confplan(["--db", db, "dump"]).stdout == before)
    }

    @Test func dryRunAndStrictChangeNothing() throws {
        let (dir, db) = try setUp()
        let file = try write(list, "list.csv", in: dir)
        let before = try confplan(["--db", db, "dump"]).stdout
        let dry = try confplan(["--db", db, "--lang", "en", "import", "attendees", file, "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("dry run: nothing was changed") && dry.stdout.contains("  new       2\n"))
        let strict = try confplan(["--db", db, "--lang", "en", "import", "attendees", file, "--strict"])
        #expect(strict.status == 1 && strict.stdout.contains("--strict: 2 rows have problems, so nothing was imported"))
        #expect(try confplan(["--db", db, "dump"]).stdout == before)
    }

    /// A row that would come in without its bad train time still has a problem: `--strict` refuses it.
    @Test func strictRefusesARowWithABadTravelTime() throws {
        let (dir, db) = try setUp()
        let file = try write("姓名,手机,到达日期,到达时间\n李雷,13900000002,5月13日,25:70\n", "travel.csv", in: dir)
        let before = try confplan(["--db", db, "dump"]).stdout
        let strict = try confplan(["--db", db, "--lang", "en", "import", "attendees", file, "--strict"])
        #expect(strict.status == 1 && strict.stdout.contains("--strict: 1 row has problems, so nothing was imported"))
        #expect(try confplan(["--db", db, "dump"]).stdout == before)
    }

    @Test func nothingImportableExitsOneAndFileErrorsNameTheLine() throws {
        let (dir, db) = try setUp()
        let bad = try write("姓名,手机\n,13800138000\n", "bad.csv", in: dir)
        let r = try confplan(["--db", db, "--lang", "en", "import", "attendees", bad])
        #expect(r.status == 1 && r.stdout.contains("no row could be imported"))
        let cut = try write("姓名,单位\n王芳,\"四川", "cut.csv", in: dir)
        let c = try confplan(["--db", db, "import", "attendees", cut])
        #expect(c.status == 1)
        #expect(c.stderr == "confplan: \(cut):2: column 2: a quoted field opened here never closes; the file may be cut off. Nothing was imported\n")
        let enc = try confplan(["--db", db, "import", "attendees", cut, "--encoding", "latin9"])
        #expect(enc.status == 2 && enc.stderr.contains("--encoding"))
    }
}

@Suite struct ImportEventArgumentTests {
    /// `export … EVENT` names the event after the rest; import takes it the same way (and `--event` still).
    @Test func theEventMayBeNamedAfterTheFile() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("two.sqlite").path
        for sample in ["deyang-2026-innovation-summit.json", "hangzhou-2025-sino-german-seminar.json"] {
            #expect(try confplan(["--db", db, "load", repoRoot.appendingPathComponent("sample-events/" + sample).path])
                .status == 0)
        }
        let file = dir.appendingPathComponent("names.csv")
        try Data("姓名,单位,手机\n王芳,四川工程职业技术大学,13800138000\n".utf8).write(to: file)
        let r = try confplan(["--db", db, "--lang", "en", "import", "attendees", file.path, "dy2026"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("imported into dy2026\n"))
        let twice = try confplan(["--db", db, "--lang", "en", "import", "attendees", file.path, "dy2026",
                                  "--event", "hz2025"])
        #expect(twice.status == 2)
        #expect(twice.stderr.hasPrefix("confplan: import: the event is named twice, 'dy2026' and --event hz2025; "
            + "name it once\n"))
    }
}
