import Foundation
import Interchange
import PlanningCore

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
}
