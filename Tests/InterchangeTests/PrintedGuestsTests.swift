import Foundation
import Testing
@testable import Print
@testable import Interchange
import PlanningCore
import Typeset
import TestSupport

/// A Belt-and-Road summit's guests in many scripts, printed as badges, table cards and sign-in
/// sheets, and checked by the tools a print shop and the guests' readers use: poppler, MuPDF,
/// Ghostscript and PDFium draw every name, `pdffonts` finds every font embedded, `pdftotext` gives
/// every name back and zbar reads every badge's code (`.ci/run` installs them all).
@Suite struct PrintedGuestsTests {
    static let ministry = "中华人民共和国商务部对外投资和经济合作司境外经济贸易合作区建设与服务保障工作一处"
    static let spanish = "María de los Ángeles Fernández-Villaverde y Garcés"
    /// Name and organisation.
    static let guests: [(String, String)] = [
        ("Łukasz Wróblewski", "Politechnika Łódzka"),
        ("Şükrü Öztürk", "İstanbul Teknik Üniversitesi"),
        ("Nguyễn Thị Minh Khai", "Bộ Giáo dục và Đào tạo"),
        ("김민준", "한국직업능력연구원"),
        ("Олег Петров", "Министерство просвещения"),
        ("王𠮷", "吉野家"),
        ("髙橋一郎", "東京大学"),
        ("Thomas Müller（托马斯·穆勒）", "Bundesinstitut für Berufsbildung（BIBB）"),
        ("买买提·艾力", "新疆职业大学"),
        ("ئابدۇرېھىم مۇھەممەت", "شىنجاڭ ئۇنىۋېرسىتېتى"),
        ("สมชาย ใจดี", "มหาวิทยาลัยเชียงใหม่"),
        ("晗", "德阳市教育局"),
        ("欧阳娜娜", "四川工程职业技术大学"),
        ("张伟", ministry),
        (spanish, "Universidad Politécnica de Madrid"),
    ]
    static let ministryPerson = "张伟"

    /// The hangzhou sample with its first badge holders renamed as the guests.
    static func plan(extra: Unicode.Scalar? = nil) throws -> EventPlan {
        var plan = samplePlan("hangzhou")
        let holders = plan.badgeHolders.prefix(guests.count).map(\.id)
        for (id, guest) in zip(holders, guests) {
            let index = try #require(plan.people.firstIndex { $0.id == id })
            plan.people[index].name = guest.0
            plan.people[index].organisation = guest.1
        }
        if let extra {
            let index = try #require(plan.people.firstIndex { $0.id == holders[0] })
            plan.people[index].name.unicodeScalars.append(extra)
        }
        return plan
    }

    static func entries(_ plan: EventPlan) throws -> (PrintLists, [PrintLists.Entry]) {
        let lists = PrintLists(plan: plan, language: .zh)
        return (lists, Array(try lists.entries().prefix(guests.count)))
    }

    /// A printout and, for each guest, the page (from 1) and box in points where the name goes.
    struct Printout: Sendable {
        let pdf: [UInt8]
        let notes: PrintNotes
        let boxes: [(page: Int, box: Box)]
    }

    static func mm(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> Box {
        Box(x: Length.mm(x), y: Length.mm(y), width: Length.mm(w), height: Length.mm(h))
    }

    static func badges() throws -> Printout {
        let (lists, entries) = try Self.entries(plan())
        let made = BadgePrint(lists: lists, entries: entries).pdf()
        let boxes = entries.indices.map { i in
            let origin = BadgePrint.origin(i % BadgePrint.perPage), name = BadgePrint.nameBox
            return (i / BadgePrint.perPage + 1, mm(origin.x + name.x, origin.y + name.y, name.width, name.height))
        }
        return Printout(pdf: made.bytes, notes: made.notes, boxes: boxes)
    }

    static func tableCards() throws -> Printout {
        let plan = try plan()
        let (_, entries) = try Self.entries(plan)
        let opening = try #require(plan.sessions.first { $0.kind == .openingCeremony })
        let chart = SeatingChart(session: opening, people: entries.map(\.person), rule: .domestic, view: .audience,
                                 language: .zh)
        let cards = TableCardPrint(chart: chart)
        let made = cards.pdf()
        let name = TableCardPrint.nameBox
        // Card order is seat order: each guest's page is where their card is.
        let pages = Dictionary(uniqueKeysWithValues: cards.cards.enumerated().map { ($1.person.name, $0 + 1) })
        let boxes = entries.map { (pages[$0.person.name]!, mm(name.x, name.y, name.width, name.height)) }
        return Printout(pdf: made.bytes, notes: made.notes, boxes: boxes)
    }

    static func signIn() throws -> Printout {
        let (lists, entries) = try Self.entries(plan())
        let made = SignInPrint(lists: lists, entries: entries, subject: "全体参会人员").pdf()
        let column = SignInPrint.nameColumn
        let boxes = entries.indices.map { i in
            let row = i % SignInPrint.rowsPerPage + 1
            return (i / SignInPrint.rowsPerPage + 1,
                    mm(column.x + 1.2, SignInPrint.tableTop + Double(row) * SignInPrint.rowHeight, column.width - 2.4,
                       SignInPrint.rowHeight))
        }
        return Printout(pdf: made.bytes, notes: made.notes, boxes: boxes)
    }

    /// The programme with guest i the speaker of the plan's i-th scheduled session, so every name
    /// is on it (with the organisation after it, as a programme in Chinese writes it). Where on
    /// which page a name lands is the programme's own pagination, so it has no name boxes.
    static func programme() throws -> Printout { try programme(paper: .a4).printout }

    /// The programme on `paper`, and each guest's session: the box of its title and of the line
    /// with the guest's name, as placed on the page.
    static func programme(paper: ProgrammePrint.Paper) throws
        -> (printout: Printout, places: [(guest: String, title: (page: Int, box: Box), name: (page: Int, box: Box))]) {
        var plan = try plan()
        let holders = plan.badgeHolders.prefix(guests.count).map(\.id)
        let scheduled = plan.sessions.filter { $0.start != nil }.prefix(guests.count).map(\.id)
        try #require(scheduled.count == guests.count)
        plan.roles += zip(scheduled, holders).map { SessionRole(session: $0, person: $1, role: .speaker) }
        let made = try Programme(plan: plan, options: Programme.Options(language: .zh)).printed().pdf(paper: paper)
        try #require(made.missing.isEmpty)
        var places: [(String, (Int, Box), (Int, Box))] = []
        for (session, guest) in zip(scheduled, guests.map(\.0)) {
            let title = Sanitize.forTerminal(try #require(plan.sessions.first { $0.id == session }).title)
            // The title's box, then the first line after it naming the guest: the session's own.
            let at = try #require(made.placed.firstIndex { $0.text == title })
            let line = try #require(made.placed[at...].first { $0.text.contains(guest) }, "\(guest)")
            places.append((guest, (made.placed[at].page, made.placed[at].box), (line.page, line.box)))
        }
        return (Printout(pdf: made.bytes, notes: PrintNotes(), boxes: []), places)
    }

    static let printouts: [String: Result<Printout, any Error>] = [
        "badges": Result { try badges() }, "table cards": Result { try tableCards() },
        "sign-in": Result { try signIn() }, "programme": Result { try programme() },
    ]
    /// The printouts with a box for each name.
    static let kinds = ["badges", "table cards", "sign-in"]
    static let allKinds = kinds + ["programme"]
    static let engines = ["poppler", "mupdf", "ghostscript", "pdfium"]

    static var haveEngines: Bool {
        Tool.has("pdftoppm") && Tool.has("mutool") && Tool.has("gs") && Tool.hasPython("pypdfium2")
    }

    /// Ink in every guest's name box on every page, in all four engines.
    @Test(.enabled(if: haveEngines, "poppler, MuPDF, Ghostscript or pypdfium2 absent"), arguments: kinds)
    func everyEngineDrawsEveryName(_ kind: String) throws {
        let printout = try #require(Self.printouts[kind]).get()
        let file = try Tool.write(printout.pdf)
        defer { Tool.remove(file) }
        let input = printout.boxes.map { "\($0.page) \($0.box.x) \($0.box.y) \($0.box.width) \($0.box.height)" }
            .joined(separator: "\n")
        for engine in Self.engines {
            let counts = try Tool.run("python3", [Tool.script, engine, file, "40"], input: input)
                .split(separator: "\n").compactMap { Int($0) }
            #expect(counts.count == Self.guests.count, "\(engine)")
            for (guest, count) in zip(Self.guests, counts) { #expect(count > 0, "\(kind), \(engine): no \(guest.0)") }
        }
    }

    @Test(.enabled(if: Tool.has("pdffonts"), "pdffonts absent (Debian poppler-utils)"), arguments: allKinds)
    func everyFontIsEmbedded(_ kind: String) throws {
        let file = try Tool.write(try #require(Self.printouts[kind]).get().pdf)
        defer { Tool.remove(file) }
        let lines = try Tool.run("pdffonts", [file]).split(separator: "\n").map(String.init)
        let rule = try #require(lines.firstIndex { $0.hasPrefix("---") })
        // name, type, encoding, emb, sub, uni, object, id: the name has no spaces, so columns from the right.
        let fonts = lines[(rule + 1)...].map { $0.split(separator: " ").map(String.init) }
        let families = Set(fonts.map { $0[0].split(separator: "+").last.map(String.init) ?? "" })
        #expect(families.isSuperset(of: ["NotoSans-Regular", "NotoSansCJKsc-Regular", "NotoSansArabic-Regular",
                                         "NotoSansThai-Regular"]), "\(families)")
        for font in fonts { #expect(font[font.count - 5] == "yes", "\(kind): \(font[0]) not embedded") }
    }

    /// Text as poppler gives it back, without the direction marks it puts around right-to-left
    /// runs, spaces, line breaks and page breaks.
    static func squeezed(_ text: String) -> String {
        let marks = Set<Unicode.Scalar>(["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}"])
        return String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !marks.contains($0) && !$0.properties.isWhitespace && $0 != "\u{0C}"
        }))
    }

    /// Each name box read back by poppler: the name itself, line breaks aside. A name cut off
    /// reads back whole too: Cairo maps the "…" glyph to the text it stands for.
    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"), arguments: kinds)
    func pdftotextGivesBackEveryName(_ kind: String) throws {
        let printout = try #require(Self.printouts[kind]).get()
        let file = try Tool.write(printout.pdf)
        defer { Tool.remove(file) }
        for (guest, place) in zip(Self.guests, printout.boxes) {
            let box = place.box
            let text = try Tool.run("pdftotext", ["-layout", "-r", "72", "-f", "\(place.page)", "-l", "\(place.page)",
                                                 "-x", "\(Int(box.x))", "-y", "\(Int(box.y))", "-W",
                                                 "\(Int(box.width.rounded(.up)))", "-H", "\(Int(box.height.rounded(.up)))",
                                                 file, "-"])
            #expect(Self.squeezed(text) == Self.squeezed(guest.0), "\(kind)")
        }
    }

    /// Not locating each name on the programme's pages (its own pagination places them): every
    /// page of it drawn without error by each engine, with ink on it; `pdftotext` below finds
    /// every name in it.
    @Test(.enabled(if: haveEngines && Tool.has("pdfinfo"), "poppler, MuPDF, Ghostscript or pypdfium2 absent"),
          arguments: engines)
    func everyEngineInksEveryPageOfTheProgramme(_ engine: String) throws {
        let file = try Tool.write(try #require(Self.printouts["programme"]).get().pdf)
        defer { Tool.remove(file) }
        let info = try Tool.run("pdfinfo", [file]).split(separator: "\n")
        let pages = try #require(info.first { $0.hasPrefix("Pages:") }.flatMap {
            Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces))
        })
        try #require(pages >= 2)
        let input = (1...pages).map { "\($0) 0 0 595 841" }.joined(separator: "\n")
        let counts = try Tool.run("python3", [Tool.script, engine, file, "40"], input: input)
            .split(separator: "\n").compactMap { Int($0) }
        #expect(counts.count == pages)
        for (page, count) in zip(1..., counts) { #expect(count > 0, "\(engine): page \(page) blank") }
    }

    /// On the programme, A4 and A5, each guest's session title and the line naming them, where
    /// the programme placed them: ink in each box in every engine.
    @Test(.enabled(if: haveEngines, "poppler, MuPDF, Ghostscript or pypdfium2 absent"),
          arguments: ProgrammePrint.Paper.allCases)
    func everyEngineDrawsEveryTitleAndNameOnTheProgramme(_ paper: ProgrammePrint.Paper) throws {
        let (printout, places) = try Self.programme(paper: paper)
        try #require(places.count == Self.guests.count)
        let file = try Tool.write(printout.pdf)
        defer { Tool.remove(file) }
        let boxes = places.flatMap { [$0.title, $0.name] }
        let input = boxes.map { "\($0.page) \($0.box.x) \($0.box.y) \($0.box.width) \($0.box.height)" }
            .joined(separator: "\n")
        for engine in Self.engines {
            // 100 dpi, not the badges' 40: a line of 8 points on A5 in dark grey is no pixel darker
            // than mid-grey at 40 dpi in PDFium's smoothing.
            let counts = try Tool.run("python3", [Tool.script, engine, file, "100"], input: input)
                .split(separator: "\n").compactMap { Int($0) }
            let blank = zip(boxes.indices, counts).filter { $1 == 0 }
                .map { "\(places[$0.0 / 2].guest) (\($0.0 % 2 == 0 ? "title" : "name"))" }
            #expect(counts.count == boxes.count && blank == [], "\(paper), \(engine): \(blank)")
        }
    }

    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func pdftotextGivesBackEveryNameOnTheProgramme() throws {
        let file = try Tool.write(try #require(Self.printouts["programme"]).get().pdf)
        defer { Tool.remove(file) }
        let text = Self.squeezed(try Tool.run("pdftotext", ["-layout", file, "-"]))
        let missing = Self.guests.map(\.0).filter { !text.contains(Self.squeezed($0)) }
        #expect(missing == [])
    }

    /// Glyph 0 of every font, and of each subset Cairo writes, is .notdef: MuPDF's trace names
    /// each glyph it draws (as Tests/TypesetTests checks one page of names).
    @Test(.enabled(if: Tool.has("mutool"), "mutool absent (Debian mupdf-tools)"), arguments: allKinds)
    func noGlyphIsNotdef(_ kind: String) throws {
        let file = try Tool.write(try #require(Self.printouts[kind]).get().pdf)
        defer { Tool.remove(file) }
        let trace = try Tool.run("mutool", ["draw", "-F", "trace", "-o", "-", file])
        let glyphs = trace.split(separator: "\n").filter { $0.contains("<g ") }
        let notdef = glyphs.filter { $0.contains("glyph=\"0\"") || $0.contains("glyph=\".notdef\"") }
        #expect(glyphs.count > 200)
        #expect(notdef.isEmpty, "\(kind): \(notdef)")
    }

    /// Poppler's data folder (CJK CMaps and character collections), built into libpoppler.
    static let popplerData = "/usr/share/poppler"

    static var canHidePopplerData: Bool {
        Tool.has("pdftoppm") && Tool.has("unshare") && FileManager.default.fileExists(atPath: popplerData)
            && (try? Tool.run("unshare", ["-rm", "sh", "-c", "mount -t tmpfs none \(popplerData)"])) != nil
    }

    /// Poppler has no option or variable for its data folder, so the folder is hidden under an
    /// empty one in a mount namespace of its own (`unshare`), and each page must come out byte for
    /// byte as with the data there: the CJK fonts are embedded with Identity-H encoding, which
    /// needs no CMap of poppler-data. (A PDF naming STSong-Light through a UniGB CMap, unembedded,
    /// as the old text layer wrote, comes out differently.)
    @Test(.enabled(if: canHidePopplerData, "pdftoppm absent, or no mount namespace to hide poppler's data in"),
          arguments: allKinds)
    func popplerDrawsTheSameWithoutItsData(_ kind: String) throws {
        let file = try Tool.write(try #require(Self.printouts[kind]).get().pdf)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("poppler-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            Tool.remove(file)
            Tool.remove(folder.path)
        }
        let with = folder.appendingPathComponent("with").path, without = folder.appendingPathComponent("without").path
        try Tool.run("pdftoppm", ["-r", "50", file, with])
        // The check that the folder is empty keeps the test from passing with the data still there.
        try Tool.run("unshare", ["-rm", "sh", "-c", "mount -t tmpfs none \(Self.popplerData) && "
                                 + "[ -z \"$(ls -A \(Self.popplerData))\" ] && pdftoppm -r 50 \(file) \(without)"])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let withPages = names.filter { $0.hasPrefix("with-") }
        try #require(!withPages.isEmpty)
        let different = withPages.filter { page in
            let other = "without" + page.dropFirst(4)
            return FileManager.default.contents(atPath: folder.appendingPathComponent(page).path)
                != FileManager.default.contents(atPath: folder.appendingPathComponent(other).path)
        }
        #expect(names.count == 2 * withPages.count)
        #expect(different == [], "\(kind)")
    }

    /// Every badge cut out and read by zbar, as the desk's scanner reads it.
    @Test func everyGuestsBadgeCodeDecodes() throws {
        let printout = try Self.badges()
        let (_, entries) = try Self.entries(Self.plan())
        let pages = try Rendered(printout.pdf, dpi: 150)
        var badges: [[UInt8]] = []
        for index in entries.indices {
            let origin = BadgePrint.origin(index % BadgePrint.perPage)
            badges.append(pages.pages[index / BadgePrint.perPage].cut(
                x: origin.x, y: origin.y, width: BadgePrint.size.width, height: BadgePrint.size.height))
        }
        #expect(try QRImage.decode(badges) == entries.map(\.checkIn))
    }

    /// Where a name or organisation cannot be set at its minimum size, the export says whose and
    /// what it printed: on the sign-in sheet, the ministry's department (40 characters) in its
    /// 50 mm column, and the 50-character Spanish name in the name column.
    @Test func theTooLongListNamesThoseCutOff() throws {
        let notes = try #require(Self.printouts["sign-in"]).get().notes
        #expect(notes.tooLong.map(\.person) == [Self.ministryPerson, Self.spanish])
        let ministry = try #require(notes.tooLong.first)
        #expect(ministry.field == .organisation && ministry.minimumSize == 7 && ministry.printed.count == 2)
        #expect(ministry.printed.joined().hasSuffix("…"))
        #expect(Self.ministry.hasPrefix(String(ministry.printed.joined().dropLast())))
        let line = try #require(notes.tooLongLines(.en).first)
        #expect(line.hasPrefix("张伟: the organisation does not fit even at 7 pt; printed as \""))
        #expect(notes.missing.isEmpty)
    }

    /// On a badge the same department wraps to two lines of 7 pt or more; the Spanish name takes
    /// more than two lines of 16 pt across a badge, and is listed. A table card has room for both.
    @Test func badgesCutOnlyTheSpanishNameAndTableCardsNothing() throws {
        let badges = try #require(Self.printouts["badges"]).get().notes
        #expect(badges.tooLong == [PrintNotes.TooLong(person: Self.spanish, field: .name, minimumSize: 16,
                                                      printed: ["María de los Ángeles", "Fernández-Villaverde y Gar…"])])
        #expect(try #require(Self.printouts["table cards"]).get().notes == PrintNotes())
    }

    /// A character no installed font has (U+E000, private use) fails the export, naming whose name
    /// it is in and the character, unless the job allows boxes.
    @Test(arguments: [PrintKind.badges, .signIn, .tableCards])
    func aCharacterNoFontHasFailsTheExport(_ kind: PrintKind) throws {
        let plan = try Self.plan(extra: "\u{E000}")
        let opening = try #require(plan.sessions.first { $0.kind == .openingCeremony })
        let first = try Self.entries(plan).1[0].person
        // Table cards print the rostrum: its first seat takes the name.
        var onRostrum = plan
        if kind == .tableCards {
            let index = try #require(plan.people.firstIndex { $0.id == plan.rostrum(of: opening.id)[0].id })
            onRostrum.people[index].name = first.name
        }
        var job = PrintJob(kind, .pdf, language: .en, session: kind == .tableCards ? opening.id : nil)
        let missing = PrintNotes.Missing(whose: "Łukasz Wróblewski\u{E000}", character: "\u{E000}")
        let failure = #expect(throws: PrintFailure.self) { _ = try job.printed(onRostrum) }
        guard case .missingGlyphs(let notes) = failure else {
            Issue.record("\(String(describing: failure)) is not missingGlyphs")
            return
        }
        #expect(notes.missing == [missing])
        job.allowMissingGlyphs = true
        let printed = try job.printed(onRostrum)
        #expect(printed.notes.missing == [missing])
        #expect(printed.notes.missingLines(.en)
            == ["\"Łukasz Wróblewski\u{E000}\": no installed font has the character \"\u{E000}\" (U+E000)"])
        #expect(printed.bytes.starts(with: Array("%PDF".utf8)))
    }
}

/// Where a Uyghur name goes on a sign-in sheet: by its family name read in Uyghur Latin letters
/// (ئابدۇللا as abdulla, under A), not as the general transform reads it (a silent ئ as y).
@Suite struct UyghurSortTests {
    @Test func aUyghurFamilyNameSortsByItsLatinReading() {
        let names = ["白雪", "مەمەت ئابدۇللا", "阿里"]
        #expect(names.sorted { NameOrder.key($0) < NameOrder.key($1) }
                    == ["阿里", "مەمەت ئابدۇللا", "白雪"])
    }
}
