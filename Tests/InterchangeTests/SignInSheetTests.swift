import Foundation
import Testing
import TestSupport
@testable import Print
@testable import Workbook
import PlanningCore

/// The sign-in sheet's order and its workbook's print setup, checked with openpyxl (PyPI) and, when
/// installed, LibreOffice (Debian libreoffice-calc-nogui, which CI need not install).
@Suite struct SignInSheetTests {
    /// One list by the Latin letter: Chinese names by pinyin, others by family name (the last word,
    /// or before a comma), other scripts read in Latin letters and marks dropped.
    @Test func chineseAndWesternNamesSortTogetherByTheLatinLetter() {
        let names = [
            "Katrin Hoffmann", "黄伟", "孔丽", "Łukasz Wróblewski", "Олег Петров", "欧阳娜娜", "Anna Keller", "曾永涛",
            "Thomas Müller（托马斯·穆勒）", "Şükrü Öztürk", "王芳", "何明", "Schulz, Michael",
        ]
        let entries = names.enumerated().map { index, name in
            PrintLists.Entry(person: Person(id: ID(index + 1), key: "p\(index)", uid: "u\(index)", name: name),
                             category: "delegate", badge: index + 1)
        }
        #expect(PrintLists.sorted(entries, by: .pinyin).map(\.person.name) == [
            "何明", "Katrin Hoffmann", "黄伟", "Anna Keller", "孔丽", "Thomas Müller（托马斯·穆勒）", "欧阳娜娜",
            "Şükrü Öztürk", "Олег Петров", "Schulz, Michael", "王芳", "Łukasz Wróblewski", "曾永涛",
        ])
    }

    /// Every Cyrillic letter has a Latin reading (Kazakh, Ukrainian and Serbian ones too); a Vietnamese
    /// name files under its first word, a Spanish one under the family name before "y", a family
    /// name's particles (de la) give no letter.
    @Test func familyNamesOfEveryKindGiveTheLetter() {
        let names = [
            "邹明", "Қанат Әбдіқадыров", "Nguyễn Thị Minh Khai", "María de los Ángeles Fernández-Villaverde y Santamaría",
            "Олег Петров", "Ђорђе Јовановић", "Тарас Шевченко", "Mai Andersen", "de la Fuente, Pedro", "Trần Hưng Đạo",
            "Євгенія Їжакевич", "Ғалым Ұлықбанов",
        ]
        let entries = names.enumerated().map { index, name in
            PrintLists.Entry(person: Person(id: ID(index + 1), key: "p\(index)", uid: "u\(index)", name: name),
                             category: "delegate", badge: index + 1)
        }
        #expect(PrintLists.sorted(entries, by: .pinyin).map(\.person.name) == [
            "Қанат Әбдіқадыров", "Mai Andersen", "María de los Ángeles Fernández-Villaverde y Santamaría",
            "de la Fuente, Pedro", "Ђорђе Јовановић", "Nguyễn Thị Minh Khai", "Олег Петров", "Тарас Шевченко",
            "Trần Hưng Đạo", "Ғалым Ұлықбанов", "Євгенія Їжакевич", "邹明",
        ])
    }

    /// The text sheet's name column is as wide as the longest name, up to what the page leaves;
    /// a name longer still is cut and said in the notes, never cut silently.
    @Test func theTextSheetsNameColumnFitsTheLongestNameAndSaysWhomItCut() throws {
        let plan = samplePlan("hangzhou")
        let lists = PrintLists(plan: plan, language: .en)
        let spanish = "María de los Ángeles Fernández-Villaverde y Santamaría"
        let entries = ["Katrin Hoffmann", spanish].enumerated().map { index, name in
            PrintLists.Entry(person: Person(id: ID(index + 1), key: "p\(index)", uid: "u\(index)", name: name),
                             category: "delegate", badge: index + 1)
        }
        let sheet = SignInPrint(lists: lists, entries: entries, subject: "all").textSheet()
        // Title, page, header (split drops the blank line between), then the rows.
        let rows = sheet.text.split(separator: "\n").dropFirst(3).map(String.init)
        let cut = "María de los Ángeles Fernández-Villav…"
        #expect(rows.map { String($0.prefix(44)) } == ["1     Katrin Hoffmann" + String(repeating: " ", count: 23),
                                                       "2     " + cut])
        #expect(sheet.notes.cutInText == [PrintNotes.CutInText(person: spanish, field: .name, columns: 38, printed: cut)])
    }

    /// A session's sheet (as the command line and the UI print it, through `PrintJob`) is headed
    /// with when and where the session is, not with the event's dates; its workbook too.
    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"),
          arguments: zip([Language.zh, .en], ["10月23日 13:30–15:30 · 西湖厅", "23 Oct 13:30–15:30 · 西湖厅"]))
    func aSessionsSheetIsHeadedWithItsDayTimeAndRoom(_ lang: Language, _ heading: String) throws {
        let plan = samplePlan("hangzhou")
        guard case .found(let session) = plan.session(named: "ws1") else {
            Issue.record("no session ws1 in the sample")
            return
        }
        let file = try Tool.write(try PrintJob(.signIn, .pdf, language: lang, session: session.id).printed(plan).bytes)
        defer { Tool.remove(file) }
        let lines = try Tool.run("pdftotext", ["-layout", "-f", "1", "-l", "1", file, "-"]).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines.dropFirst().first == heading)
        let lists = PrintLists(plan: plan, language: lang)
        let sheet = SignInPrint(lists: lists, entries: [], subject: session.title, session: session)
        #expect(sheet.sheet().printSetup?.header == sheet.title)
        #expect(sheet.sheet().printSetup?.subtitle == heading)
    }

    static func workbook(_ sample: String) throws -> (xlsx: [UInt8], pdf: [UInt8], rows: Int) {
        let plan = samplePlan(sample)
        let lists = PrintLists(plan: plan, language: .zh)
        let entries = PrintLists.sorted(try lists.entries(), by: .pinyin)
        let sheet = SignInPrint(lists: lists, entries: entries, subject: "全体参会人员")
        return (WorkbookWriter.workbook([sheet.sheet()], language: .zh), try sheet.pdf().bytes, entries.count)
    }

    @Test(.enabled(if: Shell.has(python: "openpyxl"), "openpyxl absent (PyPI; .ci/run installs it)"))
    func theWorkbookPrintsOnA4WithItsHeaderOnEveryPage() throws {
        let book = try Self.workbook("hangzhou")
        let file = try Shell.write(book.xlsx, as: "xlsx")
        defer { Shell.remove(file) }
        let script = """
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).active
            s = ws.page_setup
            print(ws.print_title_rows, s.paperSize, s.orientation, s.fitToWidth, s.fitToHeight,
                  ws.sheet_properties.pageSetUpPr.fitToPage)
            print(' '.join(str(ws.column_dimensions[c].width) for c in 'ABCDEF'))
            print(ws.row_dimensions[2].height, ws.max_row)
            framed = all(getattr(ws.cell(r, c).border, side).style == 'thin'
                         for r in range(1, ws.max_row + 1) for c in range(1, 7)
                         for side in ('left', 'right', 'top', 'bottom'))
            print(framed, ws['A1'].font.b, ws['F2'].value)
            print(ws.oddHeader.center.text)
            print(ws.oddFooter.center.text)
            """
        let lines = try Shell.run("python3", ["-c", script, file]).split(separator: "\n").map(String.init)
        #expect(lines == [
            "$1:$1 9 portrait 1 0 True",
            "5.0 13.0 27.0 14.0 8.0 18.0",
            "28.5 \(book.rows + 1)",
            "True True None",
            "中德研讨会 · 签到表 · 全体参会人员",
            "2025年10月23日至24日",
            "第 &P 页 / 共 &N 页",
        ])
    }

    /// A name or organisation that wraps to more lines than a 10 mm row holds makes its row taller:
    /// a spreadsheet keeps a fixed height and clips the rest (LibreOffice drew it over the row above).
    @Test func aRowGrowsToHoldALongNameOrOrganisation() {
        let people = [
            ("王芳", "德阳职业技术学院"),
            ("María de los Ángeles Fernández-Villaverde y Santamaría", "Universidad Politécnica de Madrid"),
            ("Олег Петров", "Московский государственный технический университет им. Н. Э. Баумана"),
        ]
        var rows = WorkbookWriter.Rows(letters: ["A", "B", "C", "D", "E", "F"].map { Array($0.utf8) }, columns: 6,
                                       framed: true)
        rows.height = SignInPrint.workbookRowHeight
        rows.columnWidths = SignInPrint.workbookColumns
        for (index, person) in people.enumerated() {
            rows.row([.number(index + 1), .text(person.0), .text(person.1), .text(""), .text(""), .text("")],
                     number: index + 2)
        }
        let heights = String(decoding: rows.out, as: UTF8.self).split(separator: "<row ").map {
            $0.split(separator: "\"")[3]
        }
        // Six lines of the Spanish name at 16 points and three to spare; four of the organisation.
        #expect(heights == ["28.5", "99", "67"])
    }

    /// The page header is the title in bold and, on a smaller regular line under it, when and where
    /// (a size before its font, so a line starting with a digit is not read as a size).
    @Test func theWorkbooksHeaderPutsWhenAndWhereOnALineOfItsOwn() {
        let setup = TableSheet.PrintSetup(columnWidths: [5], rowHeight: 28.5, header: "德阳大会 · 签到表 · 国际分论坛一",
                                          subtitle: "5月15日 14:00–17:00 · 多功能厅", footer: "")
        let xml = WorkbookWriter.pageSetup(setup)
        let header = xml.components(separatedBy: "<oddHeader>").last?.components(separatedBy: "</oddHeader>").first
        #expect(header == "&amp;C&amp;14&amp;&quot;-,Bold&quot;德阳大会 · 签到表 · 国际分论坛一\n"
                    + "&amp;10&amp;&quot;-,Regular&quot;5月15日 14:00–17:00 · 多功能厅")
    }

    /// LibreOffice prints each sample's workbook in as many pages as the PDF has, give or take one.
    @Test(.enabled(if: Shell.has("soffice"), "soffice absent (Debian libreoffice-calc-nogui; CI need not install it)"),
          arguments: PrintTests.samples)
    func libreOfficePrintsAsManyPagesAsThePDF(_ sample: String) throws {
        let book = try Self.workbook(sample)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sign-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(book.xlsx).write(to: folder.appendingPathComponent("sheet.xlsx"))
        try Data(book.pdf).write(to: folder.appendingPathComponent("direct.pdf"))
        // A profile of its own: a LibreOffice the user has open would otherwise take the job and drop it.
        _ = try Shell.run("soffice", [
            "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path, "--headless",
            "--norestore", "--convert-to", "pdf", "--outdir", folder.appendingPathComponent("office").path,
            folder.appendingPathComponent("sheet.xlsx").path,
        ])
        func pages(_ path: String) throws -> Int {
            let info = try Shell.run("pdfinfo", [folder.appendingPathComponent(path).path])
            let line = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
            return try #require(Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)))
        }
        let office = try pages("office/sheet.pdf"), direct = try pages("direct.pdf")
        #expect(abs(office - direct) <= 1, "LibreOffice \(office) pages, the PDF \(direct)")
    }
}

/// Programs the print tests run, found on PATH.
enum Shell {
    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    static func has(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
        }
    }

    static func has(python module: String) -> Bool {
        has("python3") && (try? run("python3", ["-c", "import \(module)"])) != nil
    }

    /// Standard output; a non-zero exit is an error carrying standard error.
    @discardableResult
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting: a full pipe would otherwise block the program forever.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "\(program): exit \(process.terminationStatus): "
                         + String(decoding: err, as: UTF8.self))
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func write(_ bytes: [UInt8], as ending: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("print-\(UUID().uuidString).\(ending)")
        try Data(bytes).write(to: path)
        return path.path
    }

    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }
}
