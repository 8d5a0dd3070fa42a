import Foundation
import Testing

/// `confplan checkin` as desks and scripts use it, several at once on one database.
@Suite struct CheckInCommandTests {
    /// An attendee list of `count` people with phones unlike the samples'.
    func roster(_ count: Int, from: Int) -> String {
        "姓名,单位,手机,类别\n" + (from..<from + count).map { "参会者\($0),测试职业学院\($0 % 37),139\(String(format: "%08d", $0)),代表" }
            .joined(separator: "\n") + "\n"
    }

    /// Four desks check in 500 different people each as fast as they can while a fifth process
    /// imports a list: every check-in is recorded exactly once, and the import is whole.
    @Test func fourDesksAndAnImportAtOnce() throws {
        let db = try loadedSample("hangzhou-2025-sino-german-seminar.json")
        let dir = try scratchFolder()
        let first = dir.appendingPathComponent("first.csv"), later = dir.appendingPathComponent("later.csv")
        try Data(roster(2000, from: 1).utf8).write(to: first)
        try Data(roster(600, from: 5001).utf8).write(to: later)
        let imported = try confplan(["--db", db, "import", "attendees", first.path, "--event", "hz2025"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let badges = try confplan(["--db", db, "export", "badges", "--format", "csv", "--no-bom"])
        let codes = badges.stdout.split(separator: "\r\n").dropFirst().filter { $0.contains(",参会者") }
            .map { String($0.split(separator: ",").last!) }
        #expect(codes.count == 2000)
        let binary = confplanBinary().path
        var scripts: [Process] = []
        for desk in 0..<4 {
            let mine = codes[(desk * 500)..<(desk * 500 + 500)].joined(separator: " ")
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "for c in \(mine); do '\(binary)' --db '\(db)' checkin \"$c\" --desk 台\(desk + 1) "
                + ">/dev/null || exit 9; done"]
            scripts.append(p)
        }
        let importer = Process()
        importer.executableURL = URL(fileURLWithPath: binary)
        importer.arguments = ["--db", db, "import", "attendees", later.path, "--event", "hz2025"]
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        for p in scripts + [importer] { try p.run() }
        for p in scripts + [importer] { p.waitUntilExit() }
        #expect(scripts.map(\.terminationStatus) == [0, 0, 0, 0] && importer.terminationStatus == 0)
        let arrivals = try confplan(["--db", db, "export", "arrivals", "--no-bom"]).stdout
            .split(separator: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(arrivals.count == 2000)
        let fields = arrivals.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(Set(fields.map { $0[0] }).count == 2000)
        #expect(Set(fields.map { $0[6] }) == ["台1", "台2", "台3", "台4"])
        let show = try confplan(["--db", db, "show"]).stdout
        #expect(show.contains("attendees   2820 registered") && show.contains("arrivals    2000 of"), "\(show)")
    }

    /// Exit 0 checked in, 4 already (saying when and where), 1 nobody or several (listed).
    @Test func exitStatusesSayWhatHappened() throws {
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let first = try confplan(["--db", db, "checkin", "刘东", "--desk", "一号台", "--lang", "zh"])
        #expect(first.status == 0 && first.stdout.hasPrefix("已签到：刘东（"), "\(first.stderr)")
        let again = try confplan(["--db", db, "checkin", "v01", "--desk", "二号台", "--lang", "zh"])
        #expect(again.status == 4 && again.stdout.contains("刘东 已于") && again.stdout.hasSuffix("在一号台签到\n"))
        let nobody = try confplan(["--db", db, "checkin", "没有这个人", "--lang", "zh"])
        #expect(nobody.status == 1 && nobody.stderr.contains("没有“没有这个人”"))
        let session = try confplan(["--db", db, "checkin", "刘东", "--session", "open"])
        #expect(session.status == 0)
        let check = try confplan(["--db", db, "check", "--arrivals", "--only", "over-capacity", "--format", "json"])
        #expect(!check.stdout.contains("\"session\": \"f2\""), "f2 is over capacity by sign-ups, not by arrivals")
    }
}
