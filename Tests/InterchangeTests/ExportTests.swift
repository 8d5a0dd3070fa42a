import Foundation
import TestSupport
import Testing
@testable import Codecs
@testable import Print
@testable import Workbook
@testable import Interchange
import PlanningCore

@Suite struct CSVExportTests {
    /// The sessions table says which sessions are fixed: in words for staff, as true/false for scripts.
    @Test func theSessionsTableSaysWhichAreFixed() throws {
        let plan = samplePlan("deyang")
        let sheet = TableExport.sheet(.sessions, plan: plan, language: .zh)
        #expect(sheet.header.last == "锁定")
        let fixed = sheet.rows.filter { $0.last == .text("是") }.map { $0[1] }
        #expect(fixed == [.text("开幕式")])
        let codes = TableExport.sheet(.sessions, plan: plan, language: .en, codes: true)
        #expect(codes.rows.filter { $0.last == .text("true") }.count == 1)
    }

    @Test func cellsExcelWouldRunAreNeutralisedAndTheFileOpensInExcel() throws {
        var plan = samplePlan("deyang")
        plan.sessions[0].title = "=HYPERLINK(\"http://evil.example\",\"点我\")"
        plan.people[0].name = "+86 138"
        plan.people[0].organisation = "@SUM(A1:A9)"
        plan.people[0].title = "-1+2"
        let sessions = TableExport.csv(.sessions, plan: plan, language: .zh)
        #expect(sessions.hasPrefix("\u{FEFF}编号,题目,类型"))
        #expect(sessions.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\""))
        let people = TableExport.csv(.people, plan: plan, language: .en, byteOrderMark: false)
        #expect(people.hasPrefix("key,name,organisation"))
        #expect(people.contains(",'+86 138,'@SUM(A1:A9),'-1+2,"))
        // Every line is a complete record: parsing it back gives the same number of cells.
        let records = try CSVReader.records(String(sessions.dropFirst()), delimiter: .comma, file: "s.csv")
        #expect(Set(records.map(\.fields.count)) == [16])
        #expect(records.count == plan.sessions.count + 1)
    }

    @Test func attendeesAndSignupsFollowTrackAndPerson() throws {
        let plan = samplePlan("deyang")
        let all = TableExport.csv(.signups, plan: plan, language: .zh)
        let track = TableExport.csv(.signups, plan: plan, language: .zh, track: "分论坛一")
        let inTrack = Set(plan.sessions.filter { $0.track == "分论坛一" }.map(\.id))
        let signups = plan.registrations.reduce(0) { $0 + $1.signups.filter(inTrack.contains).count }
        #expect(signups > 0 && track.split(separator: "\r\n").count == 1 + signups)
        #expect(all.split(separator: "\r\n").count == 1 + plan.signupCount)
        #expect(track.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains("分论坛一") })
        let who = plan.registrations[0].person
        let one = TableExport.csv(.attendees, plan: plan, language: .zh, person: who)
        #expect(one.split(separator: "\r\n").count == 2)
    }
}

@Suite struct ICalendarTests {
    @Test func longChineseTitlesFoldAt75OctetsNeverInsideACharacter() throws {
        var plan = samplePlan("deyang")
        plan.sessions[1].title = String(repeating: "职业教育产教融合，校企合作；", count: 8)
        let text = ICalendarExport(plan: plan, language: .zh, stamp: Date(timeIntervalSince1970: 0)).text()
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let physical = text.components(separatedBy: "\r\n").dropLast()
        for line in physical {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        // Unfolded, the summary is the title with its commas and semicolons escaped.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:" + String(repeating: "职业教育产教融合\\，校企合作\\；", count: 8).replacingOccurrences(of: "\\，", with: "，").replacingOccurrences(of: "\\；", with: "；")))
        #expect(unfolded.contains("DTSTART;TZID=Asia/Shanghai:20260514T"))
        #expect(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n"))
        #expect(unfolded.contains("DTSTAMP:19700101T000000Z"))
        let uids = unfolded.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count && !uids.isEmpty)
    }

    @Test func textEscapesFollowRFC5545() {
        #expect(ICalendarExport.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }
}

@Suite struct FrabTests {
    /// Export, import the export, and compare what matters: sessions, rooms, people, times.
    @Test(arguments: sampleFiles())
    func roundTripKeepsSessionsRoomsPeopleAndTimes(_ url: URL) throws {
        let plan = try EventFile.read([UInt8](Data(contentsOf: url)), file: url.lastPathComponent)
        let frab = FrabExport(plan: plan, generatorVersion: "test")
        for text in [frab.xml(), frab.json()] {
            let back = try ScheduleImport.read(Array(text.utf8), file: "export").plan
            let placed = plan.sessions.filter { $0.start != nil && $0.room != nil }
            #expect(back.sessions.count == placed.count)
            func stamp(_ p: EventPlan, _ s: Session) -> String {
                let room = p.rooms.first { $0.id == s.room }?.name ?? ""
                return "\(s.uid)|\(s.title)|\(s.start!)|\(s.end!)|\(room)|\(s.track)"
            }
            #expect(Set(back.sessions.map { stamp(back, $0) }) == Set(placed.map { stamp(plan, $0) }))
            let speakers = Set(plan.roles.filter { $0.role != .interpreter && placed.map(\.id).contains($0.session) }
                .compactMap { r in plan.people.first { $0.id == r.person }?.name })
            #expect(Set(back.people.map(\.name)) == speakers)
            #expect(back.event.timeZone == plan.event.timeZone && back.event.firstDay == plan.event.firstDay)
        }
    }

    @Test func escapesMarkupAndLeavesOutCharactersXMLForbids() throws {
        var plan = samplePlan("deyang")
        plan.sessions[0].title = "A & B <C> \"D\" \u{1}"
        let xml = FrabExport(plan: plan, generatorVersion: "t").xml()
        #expect(xml.contains("<title>A &amp; B &lt;C&gt; &quot;D&quot; </title>"))
    }
}

@Suite struct ScheduleImportTests {
    static let fosdem = repoRoot.appendingPathComponent("Tests/datasets/fosdem-2025.xml")

    @Test func fosdemImportsWholeAndChecks() throws {
        let imported = try ScheduleImport.read([UInt8](Data(contentsOf: Self.fosdem)), file: "fosdem-2025.xml")
        let plan = imported.plan
        #expect(plan.sessions.count == 943)
        #expect(plan.sessions.allSatisfy { $0.start != nil && $0.room != nil })
        #expect(plan.people.count > 900)
        #expect(plan.event.timeZone == "Europe/Brussels" && plan.event.days.count == 2)
        #expect(plan.structuralProblems().isEmpty)
        #expect(Set(plan.sessions.map(\.uid)).count == 943 && plan.sessions.allSatisfy { StableUID.isUUID($0.uid) })
        let findings = ConflictEngine.check(plan)
        #expect(findings.contains { $0.code == .personOverlap }, "FOSDEM 2025 has a speaker in two rooms at once")
        // And out again, in the format it came in.
        let again = try ScheduleImport.read(Array(FrabExport(plan: plan, generatorVersion: "t").xml().utf8), file: "again.xml")
        #expect(again.plan.sessions.count == 943)
    }

    @Test func olderPentabarfWithEventsUnderTheDayAndRealMistakes() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <schedule>
              <conference><acronym>old-2009</acronym><title>Old</title><start>2009-02-07</start><end>2009-02-08</end></conference>
              <day index="1" date="2009-02-07">
                <event id="12" guid="not-a-uuid-12">
                  <start>10:00</start><duration>00:45</duration><room>Janson</room><title>Keynote</title><type>keynote</type>
                  <persons><person id="7">Jane Doe</person></persons>
                </event>
                <event id="12"><start>11:00</start><duration>00:30</duration><room>Janson</room><title>Same id</title></event>
                <event id="13"><start>soon</start><duration>00:30</duration><room>H.1301</room><title>No time</title></event>
                <event id="14"><start>12:00</start><duration>00:30</duration><title></title></event>
              </day>
            </schedule>
            """
        let r = try ScheduleImport.read(Array(xml.utf8), file: "old.xml")
        #expect(r.plan.sessions.map(\.title) == ["Keynote", "Same id", "No time"])
        #expect(r.plan.sessions[0].kind == .keynote && r.plan.sessions[0].start?.description == "2009-02-07T10:00")
        #expect(StableUID.isUUID(r.plan.sessions[0].uid))
        #expect(r.plan.sessions[2].start == nil)
        let messages = r.warnings.map(\.description)
        #expect(messages.contains { $0.hasPrefix("old.xml:9: event 12: id 12 is used twice") })
        #expect(messages.contains { $0.hasPrefix("old.xml:10: event 13 “No time”: no usable start") })
        #expect(messages.contains { $0.hasPrefix("old.xml:11: event 14: has no title") })
        #expect(r.plan.structuralProblems().isEmpty)
    }

    @Test func brokenFilesAreErrorsWithALine() {
        #expect(throws: InputError.self) { try ScheduleImport.read(Array("<schedule><day></schedule>".utf8), file: "x.xml") }
        #expect(throws: InputError.self) { try ScheduleImport.read(Array("<html></html>".utf8), file: "x.xml") }
        #expect(throws: InputError.self) { try ScheduleImport.read(Array("{\"schedule\": 3}".utf8), file: "x.json") }
        // Inputs the fuzzer found crashing Foundation's XMLParser on Linux: an empty processing
        // instruction, and an element name that is not UTF-8.
        let pi = "<?xml version=\"1.0\"?>\n<schedule><?x?><conference><title>T</title></conference><!-- <?y?> --></schedule>"
        #expect((try? ScheduleImport.read(Array(pi.utf8), file: "pi.xml"))?.plan.event.name == "T")
        do { _ = try ScheduleImport.read(Array("<schedule>\n<day".utf8) + [0xDA] + Array("index=\"1\"/></schedule>".utf8), file: "u.xml"); Issue.record("accepted") }
        catch { #expect(error.line == 2 && error.message.contains("not valid UTF-8")) }
        let deep = String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)
        do { _ = try ScheduleImport.read(Array(("<schedule>" + deep + "</schedule>").utf8), file: "d.xml"); Issue.record("accepted") }
        catch { #expect(error.message.contains("deep")) }
    }
}
