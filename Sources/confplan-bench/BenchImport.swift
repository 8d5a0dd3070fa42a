import Foundation
import Workbook
import Interchange
import Fixtures
import PlanningCore
import PlanningStore
import TerminalUI

extension Bench {
    /// A registration list as desks send it: name, organisation, title, phone, email, city.
    static func attendeeCSV(rows: Int) -> String {
        "姓名,单位,职务,手机,邮箱,城市\n" + attendeeLines(0..<rows)
    }

    /// The rows of that list numbered `range`, so a list of a million can be written in pieces.
    static func attendeeLines(_ range: Range<Int>) -> String {
        let titles = ["教授", "副教授", "讲师", "院长", "副院长", "处长", "主任", "高级工程师", "教务处处长",
                      "专业带头人"]
        let cities = ["德阳", "成都", "绵阳", "杭州", "深圳", "厦门", "西安", "北京", "重庆", "长沙"]
        var out = ""
        out.reserveCapacity(range.count * 70)
        for a in range {
            out += "\(syntheticName(a + 7)),单位\(a % 2_000 + 1),\(titles[a % titles.count]),"
            out += "139\(String(10_000_000 + a)),u\(a)@example.org,\(cities[a % cities.count])\n"
        }
        return out
    }

    /// The same list as a workbook, the phones typed as numbers (as Excel keeps them).
    static func attendeeWorkbook(csv: String) -> [UInt8] {
        var lines = csv.split(separator: "\n")[...]
        let header = lines.removeFirst().split(separator: ",").map(String.init)
        let rows = lines.map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { i, v in
                i == 3 ? TableExport.Cell.number(Int(v)!) : .text(String(v))
            }
        }
        let sheet = TableExport.Sheet(name: "参会回执", header: header, rows: rows)
        return WorkbookWriter.workbook([sheet], language: .zh)
    }

    /// Import of the list into an event that has its sessions and speakers but no attendees
    /// yet, against `sqlite3 .import` of the same file into a bare table; then the same list
    /// as a workbook, against the CSV import just measured.
    mutating func measureImport(_ plan: EventPlan, dir: String) throws {
        let rows = large ? 100_000 : options.scale == "medium" ? 10_000 : 1_000
        let path = "\(dir)/attendees.csv"
        let csv = Self.attendeeCSV(rows: rows)
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        var target = plan
        let speakers = Set(plan.roles.map(\.person))
        target.registrations = []
        target.people = plan.people.filter { speakers.contains($0.id) }
        guard wants("attendee-import") || wants("workbook-import") else {
            return try measureImportProcess(path, rows: rows, into: target, dir: dir)
        }
        let (runs, imported, rowsRead) = try timeImport(path, into: target, dir: dir, tag: "csv")
        verify("import took every row", imported == rows && rowsRead == rows)
        let baseline = try sqliteImport(path, dir: dir)
        var m = Measurement(
            name: "attendee-import", runs: runs, peakMB: Clock.peakMB(),
            baseline: baseline == nil ? nil : "sqlite3 .import", baselineMedian: baseline,
            target: "≤ 3× sqlite3 .import", passed: nil,
            note: baseline == nil ? "sqlite3 program not found: no baseline" : "\(rows) rows")
        if large, let baseline { m.passed = m.median <= 3 * baseline }
        if baseline == nil {
            FileHandle.standardError.write(Data("  sqlite3 not found: the import has no baseline\n".utf8))
        }
        record(m)

        HeapTrim.releaseFreedMemory()
        let book = "\(dir)/attendees.xlsx"
        try Data(Self.attendeeWorkbook(csv: csv)).write(to: URL(fileURLWithPath: book))
        let (bookRuns, bookImported, bookRead) = try timeImport(book, into: target, dir: dir, tag: "xlsx")
        verify("the workbook import took every row", bookImported == rows && bookRead == rows)
        var w = Measurement(
            name: "workbook-import", runs: bookRuns, peakMB: Clock.peakMB(), baseline: "the same list as CSV",
            baselineMedian: m.median, target: "≤ 2× the CSV import", passed: nil, note: "\(rows) rows")
        if large { w.passed = w.median <= 2 * m.median && w.peakMB < 400 }
        record(w)
        if wants("import-process") {
            try measureImportProcess(path, rows: rows, into: target, dir: dir)
        }
    }

    /// Medians of three imports after a warm-up, each into a fresh database.
    func timeImport(_ path: String, into target: EventPlan, dir: String,
                    tag: String) throws -> (runs: [Double], imported: Int, read: Int) {
        var imported = 0, rowsRead = 0
        var runs: [Double] = []
        for run in 0..<4 {
            let store = try Store(path: "\(dir)/import-\(tag)-\(run).sqlite")
            let event = try store.insert(target).event.id
            let t0 = Clock.now()
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let list = try AttendeeList.read(bytes, file: path, sessions: target.sessions)
            let t1 = Clock.now()
            var tw = t1
            let roster = try store.importRoster(
                event: event, rows: list.rows,
                progress: { done, total in if done == total { tw = Clock.now() } })
            let t4 = Clock.now()
            if run == 3 {
                let ms = { (a: UInt64, b: UInt64) in formatMS(Double(b - a) / 1e6) }
                FileHandle.standardError.write(
                    Data(
                        ("  \(tag): read and parse \(ms(t0, t1)), match and write rows \(ms(t1, tw)), "
                            + "commit \(ms(tw, t4))\n").utf8))
            }
            if run > 0 { runs.append(Double(Clock.now() - t0) / 1e6) }  // the first run warms up
            imported = roster.outcomes.count
            rowsRead = list.rows.count
        }
        return (runs, imported, rowsRead)
    }

    /// Median time of the `sqlite3` shell importing the file into a fresh bare table, or nil
    /// when the program is not installed.
    func sqliteImport(_ csv: String, dir: String) throws -> Double? {
        let candidates = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
        guard let program = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return nil
        }
        var runs: [Double] = []
        for n in 0..<4 {
            let db = "\(dir)/bare-\(n).sqlite"
            let p = Process()
            p.executableURL = URL(fileURLWithPath: program)
            p.arguments = [db, ".mode csv", ".import \(csv) attendees"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let t0 = Clock.now()
            try p.run()
            p.waitUntilExit()
            if n > 0 { runs.append(Double(Clock.now() - t0) / 1e6) }
            guard p.terminationStatus == 0 else { return nil }
        }
        return runs.sorted()[runs.count / 2]
    }
}
