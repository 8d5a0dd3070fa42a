import Foundation
import Testing
import TestSupport

/// `confplan import vehicles` (issue 35): the car company's list into the event, once.
@Suite struct VehicleImportCommandTests {
    @Test func aListIsImportedOnceAndItsSecondCopyUpdatesByPlate() throws {
        let dir = try scratchFolder()
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let file = dir.appendingPathComponent("车辆.csv").path
        try Data("""
            车牌,车型,座位数,司机,司机电话,可用时间
            川F·12345,七座商务,,王师傅,13900001111,5月14日 8:00-20:00
            川A·88888,55座大巴,,张师傅,13900003333,
            ,轿车,5,,,

            """.utf8).write(to: URL(fileURLWithPath: file))
        let first = try confplan(["--db", db, "--lang", "zh", "import", "vehicles", file])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == """
            \(file)：表头在第 1 行，共 2 辆车
            \(file):4: 车牌: 没有车牌（该行未导入）
            新增 川F·12345（商务车，6 座）
            新增 川A·88888（大巴，54 座）
            1 行未导入
            已导入 dy2026

            """)
        try Data("""
            Plate,Type,Seats,Driver,Driver Phone
            川F12345,商务车,7,刘师傅,13900005555

            """.utf8).write(to: URL(fileURLWithPath: file))
        let second = try confplan(["--db", db, "--lang", "en", "import", "vehicles", file])
        #expect(second.stdout == """
            \(file): header in line 1, 1 vehicle
            updated 川F·12345: driver 王师傅 → 刘师傅; driver's phone 13900001111 → 13900005555
            imported into dy2026

            """)
        let again = try confplan(["--db", db, "--lang", "en", "import", "vehicles", file])
        #expect(again.stdout.hasSuffix("1 vehicle unchanged\nevery vehicle is as the list says: nothing to change\n"))
        let dump = try confplan(["--db", db, "dump"]).stdout
        #expect(dump.components(separatedBy: "\"plate\"").count - 1 == 2)
        let log = try confplan(["--db", db, "--lang", "en", "log", "--limit", "2"]).stdout
        #expect(log.components(separatedBy: "\n").filter { $0.contains("import vehicles") }.count == 2)
    }

    /// Hours without a date are each day cars are needed: the event's and the day before, when
    /// guests arrive (报到日), not the event's days alone.
    @Test func hoursWithoutADateCoverTheArrivalDay() throws {
        let dir = try scratchFolder()
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let file = dir.appendingPathComponent("车辆.csv").path
        try Data("车牌,车型,可用时间\n川F·12345,商务车,8:00-20:00\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try confplan(["--db", db, "import", "vehicles", file]).status == 0)
        let line = try confplan(["--db", db, "dump"]).stdout.split(separator: "\n").first { $0.contains("川F·12345") }
        #expect(line?.contains("\"availability\": [{\"start\": \"2026-05-13T08:00\", \"end\": \"2026-05-13T20:00\"}, "
            + "{\"start\": \"2026-05-14T08:00\", \"end\": \"2026-05-14T20:00\"}, "
            + "{\"start\": \"2026-05-15T08:00\", \"end\": \"2026-05-15T20:00\"}, "
            + "{\"start\": \"2026-05-16T08:00\", \"end\": \"2026-05-16T20:00\"}]") == true)
    }

    /// Hours that cannot be read, or a row split by an unquoted comma, keep the vehicle out: stored
    /// without its hours it would read as free the whole event.
    @Test func unreadableHoursKeepTheVehicleOut() throws {
        let dir = try scratchFolder()
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let file = dir.appendingPathComponent("车辆.csv").path
        try Data("车牌,车型,可用时间\n川F·11111,商务车,5月14日-5月15日\n川F·22222,商务车,5月14日 8:00-12:00,14:00-18:00\n"
            .utf8).write(to: URL(fileURLWithPath: file))
        let r = try confplan(["--db", db, "--lang", "zh", "import", "vehicles", file])
        #expect(r.stdout.contains("\(file):2: 可用时间: “5月14日-5月15日”读不出可用时间（应如：5月13日 8:00-20:00）（该行未导入）"))
        #expect(r.stdout.contains("\(file):3: 可用时间: 最后一列之后还有内容（14:00-18:00）：单元格内的逗号未加引号？（该行未导入）"))
        #expect(!(try confplan(["--db", db, "dump"]).stdout.contains("川F·11111")))
    }

    /// A list none of whose rows can be taken says so and fails, changing nothing.
    @Test func aListWithNothingToTakeFails() throws {
        let dir = try scratchFolder()
        let db = try loadedSample("deyang-2026-innovation-summit.json")
        let file = dir.appendingPathComponent("车辆.csv").path
        try Data("车牌,车型\n,轿车\n".utf8).write(to: URL(fileURLWithPath: file))
        let before = try confplan(["--db", db, "dump"]).stdout
        let run = try confplan(["--db", db, "--lang", "en", "import", "vehicles", file])
        #expect(run.status == 1)
        #expect(run.stdout == """
            \(file): header in line 1, 0 vehicles
            \(file):2: 车牌: no plate (the row was not imported)
            1 row not imported
            no row of the list could be imported

            """)
        #expect(try confplan(["--db", db, "dump"]).stdout == before)
    }
}
