import Foundation
import Testing

@Suite struct DeskTerminalTests {
    /// Two desks on one database, driven like the lobby on the first morning: initials typed,
    /// the second person picked, both items ticked, Enter; a badge scanned (its code and Enter);
    /// the other desk's count follows within a second; the same badge again is not counted twice.
    @Test func twoDesksInTheLobby() throws {
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let codes = try confplan(["--db", db, "export", "badges", "--format", "csv", "--no-bom"]).stdout
            .split(separator: "\r\n").dropFirst().map { $0.split(separator: ",") }
        let liu = try #require(codes.first { $0[2] == "刘静丽" })
        let one = Tmux(), two = Tmux()
        for (t, desk) in [(one, "一号台"), (two, "二号台")] {
            try t.start("LANG=C.UTF-8 '\(confplanBinary().path)' --db '\(db)' desk --desk \(desk) --lang zh; sleep 60",
                        width: 110, height: 32)
            #expect(t.waitFor("已到 0 / 912"), "\(t.screen)")
        }
        try one.text("tw")
        #expect(one.waitFor("唐文华"), "\(one.screen)")
        try one.keys("Down", "F1", "F2")
        #expect(one.waitFor("F1 [✓] 参会证  F2 [✓] 资料袋"), "\(one.screen)")
        try one.keys("Enter")
        #expect(one.waitFor("✔ 唐 文 华 签到成功"), "\(one.screen)")
        try one.text(String(liu[7]))
        try one.keys("Enter")
        #expect(one.waitFor("✔ 刘 静 丽 签到成功"), "\(one.screen)")
        #expect(one.screen.contains("已到 2 / 912"))
        #expect(two.waitFor("已到 2 / 912", 3), "\(two.screen)")
        try two.text(String(liu[7]))
        try two.keys("Enter")
        #expect(two.waitFor("刘静丽：已于"), "\(two.screen)")
        #expect(two.screen.contains("在一号台签到") && two.screen.contains("已到 2 / 912"))
        let arrivals = try confplan(["--db", db, "export", "arrivals", "--no-bom"]).stdout
        #expect(arrivals.contains("唐文华,") && arrivals.contains(",一号台,") && arrivals.contains("参会证、资料袋"))
    }

    /// An English LANG gives the English desk without `--lang`, as every other screen: it was
    /// Chinese unless `--lang en`.
    @Test func theDeskFollowsLANG() throws {
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let t = Tmux()
        try t.start("LANG=en_US.UTF-8 LC_ALL= LC_MESSAGES= '\(confplanBinary().path)' --db '\(db)' desk --desk Desk1; "
                    + "sleep 60", width: 110, height: 32)
        #expect(t.waitFor("0 of 912 here"), "\(t.screen)")
    }
}
