import Foundation
import Testing
import Fixtures
import Workbook
@testable import Interchange
import PlanningCore
@testable import TerminalUI

@Suite struct ExportDialogTests {
    @Test func xWritesTheProgrammeAndShowsItsFirstLines() throws {
        var s = try app(width: 100, height: 30)
        let path = Scratch.file("ui-export", "file.txt")
        s.handle(.char("x"))
        #expect(s.screen.contains("导出"))
        #expect(s.screen.contains("会议日程（文本）"))
        s.handle(.tab)
        s.handle(.tab)
        s.handle(.ctrl("u"))
        s.type("60")
        s.handle(.tab)
        #expect(s.screen.contains("dy2026-programme.txt"), "the form shows the name it will use")
        s.handle(.ctrl("u"))
        s.type(path)
        s.handle(.enter)
        #expect(s.screen.contains("已写入 " + path))
        #expect(s.screen.contains("== 5月14日 星期四"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let marked = Set(s.findings.filter { $0.isOpen && $0.severity != .info }.flatMap(\.finding.sessions))
        #expect(written == Programme(plan: s.plan, options: Programme.Options(language: .zh, width: 60, marked: marked)).text())
        s.handle(.char("q"))
        #expect(!s.screen.contains("已写入"))
    }

    /// A calendar written from the UI after a release numbers its entries as `export ical` does:
    /// the session moved since goes out as SEQUENCE 1, never without a number (which reads as 0).
    @Test func aCalendarFromTheUINumbersItsEntriesAsTheCommandDoes() throws {
        var s = try app(width: 100, height: 30, language: .en)
        let store = try #require(s.database)
        try store.release(s.plan.event.id)
        let k2 = try #require(s.plan.sessions.first { $0.key == "k2" })
        var moved = try #require(s.plan.record(of: k2.id))
        moved.session.start = k2.start!.adding(minutes: 30)
        moved.session.end = k2.end!.adding(minutes: 30)
        s.commit([.session(before: s.plan.record(of: k2.id), after: moved)], done: .saved)
        let path = Scratch.file("ui-export", "calendar.ics")
        s.handle(.char("x"))
        s.type("ical")
        for _ in 0..<3 { s.handle(.tab) }
        s.handle(.ctrl("u"))
        s.type(path)
        s.handle(.enter)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let entry = written.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:\(k2.uid)@confplan") }
        #expect(entry?.contains("\r\nSEQUENCE:1\r\n") == true)
        let entries = written.components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(entries > 20 && written.components(separatedBy: "SEQUENCE:0\r\n").count - 1 == entries - 1)
    }

    /// A person selected in a pane is offered as the scope, not chosen: the trial's `x` from the
    /// Attendees pane opened on one attendee's programme and file name.
    @Test func aSelectedPersonIsOfferedAsScopeAndOtherFormatsSayWhere() throws {
        var s = try app(width: 100, height: 30, language: .en)
        let folder = Scratch.folder("ui-export")
        s.handle(.char("3"))
        let person = try #require(s.selectedPerson)
        let name = s.plan.people.first { $0.id == person }!.name
        s.handle(.char("x"))
        guard case .form(let opened) = s.mode else { Issue.record("no export form"); return }
        guard case .scope(.whole) = opened[ExportField.scope].chosen else {
            Issue.record("the scope opened on \(String(describing: opened[ExportField.scope].chosen))")
            return
        }
        #expect(s.screen.contains("dy2026-programme.txt"))
        s.type("ical") // the format picker filters as you type; the file name follows it
        s.handle(.tab)
        s.handle(.down) // the whole event, then this person
        #expect(s.screen.contains("dy2026-" + name + "-ical.ics"))
        s.handle(.tab)
        s.handle(.tab)
        s.handle(.ctrl("u"))
        s.type(folder + "/mine.ics")
        s.handle(.enter)
        #expect(s.statusBar.contains("Wrote " + folder + "/mine.ics"))
        // A second export to the same file asks first; n goes back to the form, y writes over it.
        s.handle(.char("x"))
        s.type("ical")
        s.handle(.tab)
        s.handle(.down)
        s.handle(.tab)
        s.handle(.tab)
        s.handle(.ctrl("u"))
        s.type(folder + "/mine.ics")
        s.handle(.enter)
        #expect(s.screen.contains("already there. Write over it?"))
        s.handle(.char("n"))
        guard case .form = s.mode else { Issue.record("not back in the form"); return }
        s.handle(.enter)
        s.handle(.char("y"))
        #expect(s.statusBar.contains("Wrote " + folder + "/mine.ics"))
        let ics = try String(contentsOfFile: folder + "/mine.ics", encoding: .utf8)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
        let own = Programme(plan: s.plan, options: Programme.Options(person: person)).selected().days.flatMap(\.1).count
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == own)
    }

    /// x on the opening in the Sessions pane: its table cards as a PDF, a page a seat; the
    /// session is the scope the dialog starts with.
    @Test func xPrintsTheSelectedSessionsTableCards() throws {
        var s = try app(width: 100, height: 30)
        let folder = Scratch.folder("ui-print")
        s.handle(.char("2"))
        s.handle(.char("/"))
        s.type("开幕式")
        s.handle(.enter)
        let open = s.plan.sessions[try #require(s.selectedRow)]
        #expect(open.key == "open")
        s.handle(.char("x"))
        s.type("桌签")
        #expect(s.screen.contains("dy2026-table-cards.pdf"), "\(s.screen)")
        for _ in 0..<3 { s.handle(.tab) }
        s.handle(.ctrl("u"))
        s.type(folder + "/cards.pdf")
        s.handle(.enter)
        #expect(s.statusBar.contains("已写入 " + folder + "/cards.pdf"))
        let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/cards.pdf")), as: UTF8.self)
        // Each page object says "/Type /Page " (the page tree, "/Type /Pages").
        #expect(pdf.components(separatedBy: "/Type /Page ").count - 1 == s.plan.rostrum(of: open.id).count)
    }

    /// x writes a workbook too: the attendees' sheet, which the workbook reader takes back whole.
    @Test func xWritesAWorkbook() throws {
        var s = try app(width: 100, height: 30, language: .en)
        let folder = Scratch.folder("ui-export-xlsx")
        s.handle(.char("2"))  // no person selected: the whole event
        s.handle(.char("x"))
        s.type("Excel attendees")
        #expect(s.screen.contains("dy2026-xlsx-attendees.xlsx"), "\(s.screen)")
        for _ in 0..<3 { s.handle(.tab) }
        s.handle(.ctrl("u"))
        s.type(folder + "/参会者.xlsx")
        s.handle(.enter)
        #expect(s.statusBar.contains("Wrote " + folder + "/参会者.xlsx"), "\(s.statusBar)")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/参会者.xlsx")))
        let book = try Workbook(bytes, file: "参会者.xlsx")
        #expect(try book.records(of: book.sheets[0]).count == s.plan.registrations.count + 1)
    }

    /// x offers the transport lists the command line has: the 接站表 as CSV from the dialog is
    /// the file `export pickups --format csv` writes.
    @Test func xWritesThePickupList() throws {
        var s = try transportApp(width: 100, height: 30)
        let folder = Scratch.folder("ui-export-pickups")
        s.handle(.char("x"))
        s.type("接站表 CSV")
        for _ in 0..<3 { s.handle(.tab) }
        s.handle(.ctrl("u"))
        s.type(folder + "/接站表.csv")
        s.handle(.enter)
        // As bytes: reading it as a string would drop the byte-order mark Excel needs.
        let written = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/接站表.csv"))).map { [UInt8]($0) }
        #expect(written == Array(TransportExport(plan: s.plan, kind: .pickups, language: .zh).csv().utf8))
    }

    /// The day before the event, when most guests arrive, is offered for the pickup list: the
    /// event's own days alone would leave the busiest day of the 接站组 out.
    @Test func thePickupListOfTheArrivalDay() throws {
        var s = try transportApp(width: 100, height: 30)
        let folder = Scratch.folder("ui-export-arrival-day")
        let arrivalDay = s.plan.event.firstDay.adding(days: -1)
        s.handle(.char("x"))
        s.type("接站表 CSV")
        s.handle(.tab)
        s.type("接送日")
        for _ in 0..<2 { s.handle(.tab) }
        s.handle(.ctrl("u"))
        s.type(folder + "/接站表.csv")
        s.handle(.enter)
        let written = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/接站表.csv"))).map { [UInt8]($0) }
        let expected = TransportExport(plan: s.plan, kind: .pickups, language: .zh, day: arrivalDay).csv()
        #expect(expected.contains("G"), "the sample's arrivals are on the day before")
        #expect(written == Array(expected.utf8))
    }
}
