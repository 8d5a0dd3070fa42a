import Foundation
import Testing
import TestSupport

/// `confplan import rooms` (issue 36): a hotel's confirmation into the event's room blocks, once.
@Suite struct RoomsImportCommandTests {
    static let blocks = """
        酒店,房型,床位,间数,入住日期,离店日期
        德阳旌湖宾馆,标间,2,40,5月13日,5月16日
        德阳旌湖宾馆,标间,,5,5月14日,5月15日
        德阳金鹰酒店,大床房,,10,2026-05-13,2026-05-16
        德阳旌湖宾馆,三人间,,3,5月13日,5月16日

        """

    @Test func blocksAreImportedOnceWithTheirNewHotel() throws {
        let dir = try scratchFolder()
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let file = dir.appendingPathComponent("确认函.csv").path
        try Data(Self.blocks.utf8).write(to: URL(fileURLWithPath: file))
        let before = try confplan(["--db", db, "dump"]).stdout
        let dry = try confplan(["--db", db, "--lang", "zh", "import", "rooms", file, "--dry-run"])
        #expect(dry.stdout.hasSuffix("试运行：没有做任何修改\n"))
        #expect(try confplan(["--db", db, "dump"]).stdout == before)
        let first = try confplan(["--db", db, "--lang", "zh", "import", "rooms", file])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == """
            \(file)：表头在第 1 行，共 4 行
            \(file):5: 房型: “三人间”不是房型（单间/大床、标间/双床、套房）（该行未导入）
            “德阳金鹰酒店”不是本次会议已有的地点：已新建为酒店；请设置它的路程时间
            新增 德阳旌湖宾馆 标间：5月13日 40 间、5月14日 45 间、5月15日 40 间
            新增 德阳金鹰酒店 单间：5月13日 10 间、5月14日 10 间、5月15日 10 间
            1 行未导入
            已导入 dy2026

            """)
        let again = try confplan(["--db", db, "--lang", "zh", "import", "rooms", file])
        #expect(again.stdout.hasSuffix("2 个房源没有变化\n1 行未导入\n房源都与名单一致：没有要修改的\n"))
        let dump = try confplan(["--db", db, "dump"]).stdout
        #expect(dump.components(separatedBy: "\"name\": \"德阳金鹰酒店\"").count - 1 == 1)
        let log = try confplan(["--db", db, "--lang", "en", "log", "--limit", "3"]).stdout
        #expect(log.components(separatedBy: "\n").filter { $0.contains("import rooms") }.count == 1)
    }

    /// One row per room number is one block of those rooms; a later copy with a room more updates it.
    @Test func numberedRoomsAreOneBlockAndALaterCopyUpdatesIt() throws {
        let dir = try scratchFolder()
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let file = dir.appendingPathComponent("房号.csv").path
        let rows = "酒店,房型,房号,楼层,入住日期,离店日期\n德阳旌湖宾馆,套房,1801,18,5月13日,5月16日\n"
            + "德阳旌湖宾馆,套间,1802,,5月13日,5月16日\n"
        try Data(rows.utf8).write(to: URL(fileURLWithPath: file))
        let first = try confplan(["--db", db, "--lang", "en", "import", "rooms", file])
        #expect(first.stdout == """
            \(file): header in line 1, 2 rows
            added 德阳旌湖宾馆 suite: rooms 1801, 1802
            imported into dy2026

            """)
        try Data((rows + "德阳旌湖宾馆,套房,1803,18,5月14日,5月16日\n").utf8).write(to: URL(fileURLWithPath: file))
        let second = try confplan(["--db", db, "--lang", "en", "import", "rooms", file])
        #expect(second.stdout == """
            \(file): header in line 1, 3 rows
            updated 德阳旌湖宾馆 suite: rooms 1801, 1802 → rooms 1801, 1802, 1803
            imported into dy2026

            """)
    }

    /// The 备注 column and a column confplan does not read are kept as the block's notes, and said.
    @Test func notesAndOtherColumnsAreSaidToBeKeptAsTheBlocksNotes() throws {
        let dir = try scratchFolder()
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let file = dir.appendingPathComponent("确认函.csv").path
        try Data("酒店,房型,间数,入住日期,离店日期,备注,联系人\n德阳旌湖宾馆,标间,4,5月13日,5月15日,含早,王经理\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let run = try confplan(["--db", db, "--lang", "zh", "import", "rooms", file])
        #expect(run.stdout == """
            \(file)：表头在第 1 行，共 1 行
            未识别的列 联系人：其内容已存为房源备注
            新增 德阳旌湖宾馆 标间：5月13日 4 间、5月14日 4 间
            德阳旌湖宾馆 标间：备注已存为房源备注：含早；联系人：王经理
            已导入 dy2026

            """)
    }

    /// A list without a hotel column is refused by name, naming what its first row has.
    @Test func aListWithoutAHotelColumnIsRefused() throws {
        let dir = try scratchFolder()
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let file = dir.appendingPathComponent("x.csv").path
        try Data("房型,间数\n标间,4\n".utf8).write(to: URL(fileURLWithPath: file))
        let run = try confplan(["--db", db, "--lang", "en", "import", "rooms", file])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no hotel column (酒店/hotel) in the first rows; the first row has: 房型, 间数"))
    }
}
