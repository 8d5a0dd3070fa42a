import Foundation
import Testing
@testable import Codecs
@testable import Print
@testable import Workbook
@testable import Interchange
import PlanningCore
import TestSupport

/// Badges, table cards and sign-in sheets of every sample, rendered by poppler's `pdftoppm`
/// and read back by zbar's `zbarimg` (Debian poppler-utils and zbar-tools; `.ci/run` installs
/// both). The fonts are embedded, so poppler needs none of its own.
@Suite struct PrintTests {
    static let samples = ["deyang", "foshan", "hangzhou"]

    @Test(arguments: samples)
    func everyBadgePageHasItsNamesAndEveryCodeDecodes(_ sample: String) throws {
        let plan = samplePlan(sample)
        let lists = PrintLists(plan: plan, language: plan.event.language)
        let entries = try lists.entries()
        let pages = try Rendered(BadgePrint(lists: lists, entries: entries).pdf().bytes, dpi: 150)
        #expect(pages.count == (entries.count + BadgePrint.perPage - 1) / BadgePrint.perPage)
        // Each badge cut out on its own, as a scanner at the desk sees one (zbar reading a whole
        // page of eight finds most, not always all).
        var badges: [[UInt8]] = []
        for (index, page) in pages.pages.enumerated() {
            let slots = min(BadgePrint.perPage, entries.count - index * BadgePrint.perPage)
            for slot in 0..<slots {
                let origin = BadgePrint.origin(slot), box = BadgePrint.nameBox
                let inked = page.hasInk(x: origin.x + box.x, y: origin.y + box.y, width: box.width, height: box.height)
                #expect(inked, "page \(index + 1), badge \(slot + 1): no name")
                badges.append(page.cut(x: origin.x, y: origin.y, width: BadgePrint.size.width,
                                       height: BadgePrint.size.height))
            }
        }
        #expect(try QRImage.decode(badges) == entries.map(\.checkIn))
    }

    @Test(arguments: samples)
    func everyTableCardHasTheNameOnBothFaces(_ sample: String) throws {
        let plan = samplePlan(sample)
        let opening = try #require(plan.sessions.first { $0.kind == .openingCeremony })
        let chart = SeatingChart(session: opening, people: plan.rostrum(of: opening.id), rule: plan.seatingRule(of: opening.id),
                                 view: .audience, language: plan.event.language)
        let cards = TableCardPrint(chart: chart)
        let pages = try Rendered(cards.pdf().bytes, dpi: 30)
        #expect(pages.count == cards.cards.count && pages.count >= 2)
        let box = TableCardPrint.nameBox
        for (index, page) in pages.pages.enumerated() {
            let front = page.hasInk(x: box.x, y: box.y, width: box.width, height: box.height)
            let back = page.hasInk(x: box.x, y: 297 - box.y - box.height, width: box.width, height: box.height)
            #expect(front && back, "card \(index + 1): front \(front), back \(back)")
        }
    }

    @Test(arguments: samples)
    func everySignInPageIsNumberedAndFilled(_ sample: String) throws {
        let plan = samplePlan(sample)
        let lists = PrintLists(plan: plan, language: .zh)
        let entries = PrintLists.sorted(try lists.entries(), by: .pinyin)
        let sheet = SignInPrint(lists: lists, entries: entries, subject: "全体参会人员")
        let pages = try Rendered(sheet.pdf().bytes, dpi: 60)
        let expected = (entries.count + SignInPrint.rowsPerPage - 1) / SignInPrint.rowsPerPage
        #expect(pages.count == expected)
        // The first name column of the last row on each page.
        for (index, page) in pages.pages.enumerated() {
            let rows = min(SignInPrint.rowsPerPage, entries.count - index * SignInPrint.rowsPerPage)
            let top = SignInPrint.tableTop + Double(rows) * SignInPrint.rowHeight
            let inked = page.hasInk(x: 23, y: top + 1, width: 28, height: SignInPrint.rowHeight - 2)
            #expect(inked, "page \(index + 1) of \(pages.count): no name in its last row")
        }
        let text = sheet.text()
        #expect(text.components(separatedBy: "\u{0C}").count == (entries.count + 29) / 30)
        #expect(text.contains("第 2 页 / 共 \((entries.count + 29) / 30) 页"))
    }
}

/// Badge numbers stay with their people; check-in codes come from the uid alone.
@Suite struct BadgeNumberTests {
    @Test func numbersGivenStayAndNewPeopleTakeTheNextFree() throws {
        var plan = samplePlan("hangzhou")
        let first = plan.badgeNumbers()
        let holders = plan.badgeHolders
        #expect(holders.map { first[$0.id]! } == Array(1...holders.count))
        // As the store keeps them after the first print; then someone early leaves and a walk-in comes.
        for i in plan.people.indices { plan.people[i].badge = first[plan.people[i].id] }
        let leaving = holders[0].id
        plan.people.removeAll { $0.id == leaving }
        plan.registrations.removeAll { $0.person == leaving }
        plan.roles.removeAll { $0.person == leaving }
        let walkIn = Person(id: ID(90_000), key: "walk-in", uid: "walk-in-uid", name: "现场报名")
        plan.people.append(walkIn)
        plan.registrations.append(Registration(person: walkIn.id))
        let after = plan.badgeNumbers()
        #expect(holders.dropFirst().allSatisfy { after[$0.id] == first[$0.id] })
        #expect(after[walkIn.id] == holders.count + 1)
    }

    @Test func checkInCodesAreShortStableAndDistinct() {
        // The same on every machine and in every release: badges printed now scan at next year's desk.
        #expect(CheckInCode.of(uid: "16fac2d3-27f1-897a-9c82-029ddf65f490") == "8C4JXMX1")
        let family = StableUID.Family("cp", "person")
        let codes = (0..<100_000).map { CheckInCode.of(uid: family.uid($0)) }
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.count == 8 && $0.allSatisfy { "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains($0) } })
        #expect(CheckInCode.normalised("k7m2-qx9p") == "K7M2QX9P" && CheckInCode.normalised("O1IL") == "0111")
    }

    /// A name too long for the badge even on two lines at 16 pt is printed at 16 pt, cut off
    /// with "…", inside its box, and reported; never shrunk below 16 pt.
    @Test func aNameTooLongIsCutAtTheMinimumAndReported() throws {
        let plan = samplePlan("hangzhou")
        let lists = PrintLists(plan: plan, language: .zh)
        var entry = try lists.entries()[0]
        var person = entry.person
        person.name = String(repeating: "欧阳", count: 12) + " Maximilian-Alexander von Hohenberg"
        entry = PrintLists.Entry(person: person, category: entry.category, badge: entry.badge)
        let made = BadgePrint(lists: lists, entries: [entry]).pdf()
        let pages = try Rendered(made.bytes, dpi: 100)
        let origin = BadgePrint.origin(0), box = BadgePrint.nameBox
        let page = try #require(pages.pages.first)
        #expect(page.hasInk(x: origin.x + box.x, y: origin.y + box.y, width: 6, height: box.height))
        #expect(page.hasInk(x: origin.x + box.x + box.width - 12, y: origin.y + box.y, width: 12, height: box.height))
        #expect(!page.hasInk(x: origin.x + box.x + box.width + 0.5, y: origin.y + box.y, width: 2.5,
                             height: box.height))
        let note = try #require(made.notes.tooLong.first)
        #expect(made.notes.tooLong.count == 1 && note.person == person.name && note.field == .name)
        #expect(note.minimumSize == 16 && note.printed.count == 2 && note.printed[1].hasSuffix("…"))
        #expect(person.name.hasPrefix(String(note.printed.joined().dropLast())))
    }

    /// `--category` on table cards prints the cards of that category's people on the rostrum, in
    /// their seats' order and saying each one's seat, and no one else's.
    @Test func tableCardsOfOneCategoryAreItsPeopleOnTheRostrum() throws {
        var plan = samplePlan("deyang")
        let open = try #require(plan.sessions.first { $0.kind == .openingCeremony })
        let all = String(decoding: try PrintJob(.tableCards, .text, language: .zh, session: open.id).bytes(plan),
                         as: UTF8.self)
        let rostrum = plan.rostrum(of: open.id)
        let delegates = [rostrum[1], rostrum[3]]
        plan.registrations.removeAll { r in delegates.contains { $0.id == r.person } }
        plan.registrations += delegates.map { Registration(person: $0.id, category: "delegate") }
        let job = PrintJob(.tableCards, .text, language: .zh, session: open.id, category: "代表")
        let theirs = String(decoding: try job.bytes(plan), as: UTF8.self)
        let cards = all.dropLast().components(separatedBy: "\n\n")
        let expected = cards.filter { card in delegates.contains { card.split(separator: "\n")[1] == $0.name } }
        #expect(expected.count == 2)
        #expect(theirs == expected.joined(separator: "\n\n") + "\n")
    }

    /// A title too long for one line at 7 pt wraps to a second line on the badge, in full, and is
    /// not reported; the badge number below it keeps clear of it.
    @Test func aLongTitleWrapsToTwoLinesBeforeItIsCut() throws {
        let plan = samplePlan("hangzhou")
        let lists = PrintLists(plan: plan, language: .zh)
        var entry = try lists.entries()[0]
        var person = entry.person
        person.title = "Leiterin der Abteilung Internationale Berufsbildungszusammenarbeit"
        entry = PrintLists.Entry(person: person, category: entry.category, badge: entry.badge)
        let made = BadgePrint(lists: lists, entries: [entry]).pdf()
        #expect(made.notes.tooLong == [])
    }
}

/// A PDF's pages as grey maps, as pdftoppm draws them.
struct Rendered {
    struct Page {
        let width: Int, height: Int, dpi: Double
        let pixels: [UInt8]

        /// Any dark pixel in a box given in millimetres from the page's top left.
        func hasInk(x: Double, y: Double, width w: Double, height h: Double) -> Bool {
            let scale = dpi / 25.4
            let x0 = max(0, Int(x * scale)), x1 = min(width, Int((x + w) * scale))
            let y0 = max(0, Int(y * scale)), y1 = min(height, Int((y + h) * scale))
            for row in y0..<max(y0, y1) {
                for column in x0..<max(x0, x1) where pixels[row * width + column] < 160 { return true }
            }
            return false
        }

        /// A box given in millimetres as a grey map of its own.
        func cut(x: Double, y: Double, width w: Double, height h: Double) -> [UInt8] {
            let scale = dpi / 25.4
            let x0 = max(0, Int(x * scale)), x1 = min(width, Int((x + w) * scale))
            let y0 = max(0, Int(y * scale)), y1 = min(height, Int((y + h) * scale))
            var out = Array("P5\n\(x1 - x0) \(y1 - y0)\n255\n".utf8)
            for row in y0..<y1 { out += pixels[(row * width + x0)..<(row * width + x1)] }
            return out
        }
    }

    let pages: [Page]
    let files: [String]
    var count: Int { pages.count }

    init(_ pdf: [UInt8], dpi: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("out.pdf")
        try Data(pdf).write(to: file)
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftoppm") else {
            throw QRImage.Missing.tool("pdftoppm (Debian poppler-utils; .ci/run installs it)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftoppm")
        process.arguments = ["-r", String(dpi), "-gray", file.path, folder.appendingPathComponent("p").path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pgm") }
            .sorted().map { folder.appendingPathComponent($0).path }
        pages = try files.map { try Rendered.pgm(Array(Data(contentsOf: URL(fileURLWithPath: $0))), dpi: Double(dpi)) }
    }

    /// Binary PGM (P5) as pdftoppm writes it: magic, width, height, maximum, one byte a pixel.
    static func pgm(_ bytes: [UInt8], dpi: Double) throws -> Page {
        var fields: [Int] = [], index = 2, number = 0, inNumber = false
        while fields.count < 3 && index < bytes.count {
            let b = bytes[index]
            if b >= 0x30 && b <= 0x39 {
                number = number * 10 + Int(b - 0x30)
                inNumber = true
            } else if inNumber {
                fields.append(number)
                number = 0
                inNumber = false
            }
            index += 1
        }
        return Page(width: fields[0], height: fields[1], dpi: dpi, pixels: Array(bytes[index...]))
    }
}
