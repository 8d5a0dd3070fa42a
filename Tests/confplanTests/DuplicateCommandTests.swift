import Foundation
import Testing
import TestSupport

@Suite struct DuplicateCommandTests {
    /// What the import kept apart is listed for review; a merge and a keep-apart each take one
    /// pair off the list, are logged, and the keep-apart outlives the command.
    @Test func duplicatesAreReviewedMergedAndKeptApart() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("d.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json").path
        #expect(try confplan(["--db", db, "load", sample]).status == 0)
        let list = dir.appendingPathComponent("dup.csv")
        try Data("""
            姓名,单位,手机,邮箱
            王伟,四川工程职业技术大学,13800000001,ww@example.org
            王伟,四川工程职业技术大学,13900000002,
            李娜,德阳职业技术学院,13700000003,
            李丽,德阳职业技术学院,13700000003,

            """.utf8).write(to: list)
        #expect(try confplan(["--db", db, "import", "attendees", list.path]).status == 0)
        let zh = try confplan(["--db", db, "--lang", "zh", "duplicates"]).stdout
        // The keys are the ones the import gave: read back from the line that says how to merge.
        let hint = try #require(zh.split(separator: "\n").last).split(separator: " ")
        let (a, b) = (String(hint[2]), String(hint[3]))
        #expect(zh.contains("""
              王伟（手机尾号 0001，编号 \(a)）· 王伟（手机尾号 0002，编号 \(b)）：姓名和单位相同
                相同：姓名 王伟；单位 四川工程职业技术大学；参会类别 代表
                不同：手机 13800000001 | 13900000002；邮箱 ww@example.org | —

            """), "\(zh)")
        // A merge is taken back from its log entry: the event is as it was, byte for byte.
        let before = try confplan(["--db", db, "dump"]).stdout
        #expect(try confplan(["--db", db, "--lang", "en", "merge", a, b]).stdout
            == "merged 王伟 (phone …0002, id \(b)) into 王伟 (phone …0001, id \(a))\n  phone: kept 13800000001; 13900000002 set aside in the notes\n")
        #expect(try confplan(["--db", db, "--lang", "en", "unmerge", a]).status == 0)
        #expect(try confplan(["--db", db, "dump"]).stdout == before)
        let again = try confplan(["--db", db, "--lang", "en", "unmerge", a])
        #expect(again.status == 1 && again.stderr.contains("has changed since the merge (or it was taken back)"))
        #expect(try confplan(["--db", db, "--lang", "en", "merge", a, b]).status == 0)
        #expect(try confplan(["--db", db, "--lang", "en", "keep-apart", "李娜", "李丽"]).status == 0)
        #expect(try confplan(["--db", db, "--lang", "en", "duplicates"]).stdout.hasPrefix("0 possible duplicates in hz2025\n"))
        let log = try confplan(["--db", db, "--lang", "en", "log", "--limit", "2"]).stdout
        #expect(log.contains("keep apart: “李娜”: not the same person as “李丽”"))
        // The namesakes told apart in the log too, by their phones' ends.
        #expect(log.contains("merge people: “王伟 (phone …0001)”: “王伟 (phone …0002)” merged into them"), "\(log)")
        let bad = try confplan(["--db", db, "--lang", "en", "merge", a, a])
        #expect(bad.status == 1 && bad.stderr == "confplan: \(a) is named twice: give two people\n")
    }

    /// A merge carries the desk's records: the guest checked in under both records is checked in
    /// once, the second arrival is said and taken back; `unmerge` gives each record back to its
    /// own person. The merge and its taking back are one log entry each, as the README says.
    @Test func aMergeCarriesCheckInsAndIsOneLogEntryBothWays() throws {
        let dir = try scratchFolder()
        let db = dir.appendingPathComponent("m.sqlite").path
        let sample = repoRoot.appendingPathComponent("sample-events/hangzhou-2025-sino-german-seminar.json").path
        #expect(try confplan(["--db", db, "load", sample]).status == 0)
        let list = dir.appendingPathComponent("dup.csv")
        try Data("姓名,单位,手机\n王伟,四川工程职业技术大学,13800000001\n王伟,四川工程职业技术大学,13900000002\n".utf8)
            .write(to: list)
        #expect(try confplan(["--db", db, "import", "attendees", list.path]).status == 0)
        let hint = try #require(try confplan(["--db", db, "--lang", "zh", "duplicates"]).stdout.split(separator: "\n").last)
            .split(separator: " ")
        let (a, b) = (String(hint[2]), String(hint[3]))
        #expect(try confplan(["--db", db, "checkin", b, "--desk", "一号台"]).status == 0)
        #expect(try confplan(["--db", db, "checkin", a, "--desk", "二号台"]).status == 0)
        func entries() throws -> Int {
            try confplan(["--db", db, "log", "--limit", "1000"]).stdout.split(separator: "\n").count
        }
        let logged = try entries()
        let merged = try confplan(["--db", db, "--lang", "en", "merge", a, b])
        let said = merged.stdout.split(separator: "\n").map(String.init)
        #expect(said.count == 3 && said[2].hasPrefix("王伟 had checked in twice for the event: the earlier"), "\(said)")
        #expect(said.count == 3 && said[2].contains(" at 一号台, stands; ") && said[2].hasSuffix(" at 二号台 is taken back"))
        #expect(try entries() == logged + 1)
        // Either badge's code now finds the one person, who has arrived: a third desk is told so.
        #expect(try confplan(["--db", db, "checkin", a, "--desk", "三号台"]).status == 4)
        #expect(try confplan(["--db", db, "unmerge", a]).status == 0)
        #expect(try entries() == logged + 2)
        #expect(try confplan(["--db", db, "checkin", b, "--desk", "三号台"]).status == 4)
        #expect(try confplan(["--db", db, "checkin", a, "--desk", "三号台"]).status == 4)
    }
}
