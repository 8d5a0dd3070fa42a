import Foundation
import Interchange
import PlanningCore
import Print

extension Bench {
    /// The exports staff run most: the text programme (with a target), frab XML and iCalendar.
    mutating func measureExports(_ plan: EventPlan) {
        let marked = Set(ConflictEngine.check(plan).filter { $0.severity == .error }.flatMap(\.sessions))
        let options = Programme.Options(language: .zh, width: 80, marked: marked)
        var lines = 0
        if wants("export-programme") {
            let runs = Clock.time(runs: 5) { lines = Programme(plan: plan, options: options).text().utf8.count }
            var m = Measurement(
                name: "export-programme", runs: runs, peakMB: Clock.peakMB(), target: "≤ 200 ms", passed: nil,
                note: "\(lines >> 10) KiB")
            if large { m.passed = m.median <= 200 }
            record(m)
        }
        if wants("export-xlsx") {
            var size = 0
            let runs = Clock.time(runs: 3) {
                size = ExportKind.xlsx(.attendees).contents(plan, options, version: "b").bytes.count
            }
            let people = plan.registrations.count
            var m = Measurement(
                name: "export-xlsx", runs: runs, peakMB: Clock.peakMB(), target: "≤ 1 s", passed: nil,
                note: "\(people) attendees, \(size >> 10) KiB")
            if large { m.passed = m.median <= 1000 && m.peakMB < 400 }
            record(m)
        }
        for (name, kind) in [("export-frab-xml", ExportKind.frabXML), ("export-ical", .ical)] where wants(name) {
            var size = 0
            let runs = Clock.time(runs: 3) { size = kind.render(plan, options, version: "bench").text.utf8.count }
            verify("\(name) is not empty", size > 1000)
            record(
                Measurement(
                    name: name, runs: runs, peakMB: Clock.peakMB(), target: "—", passed: nil,
                    note: "\(size >> 10) KiB")
            )
        }
    }

    /// The programme as an A4 PDF for the sample event with the most sessions (a real one, not the
    /// generated event: a programme is printed for events of that size), against the text
    /// programme of the same event as the baseline. Skipped when run away from the repository.
    mutating func measureProgrammePDF() throws {
        let folder = "sample-events"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let plans = try names.filter { $0.hasSuffix(".json") }.sorted().map { name in
            try EventFile.read([UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))), file: name)
        }
        guard let plan = plans.max(by: { $0.sessions.count < $1.sessions.count }) else { return }
        let options = Programme.Options(language: plan.event.language)
        var text = 0, pdf = 0
        let baseRuns = Clock.time(runs: 5) { text = Programme(plan: plan, options: options).text().utf8.count }
        let runs = try Clock.time(runs: 5) {
            pdf = try Programme(plan: plan, options: options).printed().pdf(paper: .a4).bytes.count
        }
        verify("the programme PDF is made", pdf > 1000 && text > 0)
        var m = Measurement(
            name: "export-programme-pdf", runs: runs, peakMB: Clock.peakMB(), baseline: "text programme",
            baselineMedian: baseRuns.sorted()[baseRuns.count / 2], target: "≤ 1 s", passed: nil,
            note: "\(plan.event.key): \(plan.sessions.count) sessions, \(pdf >> 10) KiB")
        m.passed = m.median <= 1000
        record(m)
    }
}
