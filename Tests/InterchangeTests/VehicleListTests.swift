import Codecs
import Foundation
import Interchange
import PlanningCore
import PlanningStore
import Testing

/// The car company's list (issue 35): read by its headers, cleaned, and met with the event's
/// vehicles by plate.
@Suite struct VehicleListTests {
    static let days = [LocalDate(iso: "2026-05-14")!, LocalDate(iso: "2026-05-15")!]

    static func read(_ text: String, file: String = "车辆.csv") throws -> VehicleList {
        try VehicleList.read(Array(text.utf8), file: file, year: 2026, days: days)
    }

    /// Each vehicle in one line: plate, kind, passenger seats, driver, phone, hours.
    static func lines(_ vehicles: [Vehicle]) -> [String] {
        vehicles.map { v in
            [v.plate, v.kind.rawValue, "\(v.seats)", v.driver, v.driverPhone,
             v.availability.map(\.description).joined(separator: ", "), v.notes].joined(separator: " | ")
        }
    }

    static func rows(_ list: VehicleList) -> [String] {
        lines(list.rows.map { r in
            Vehicle(id: ID(0), key: "", uid: "", plate: r.plate, kind: r.kind, seats: r.seats, driver: r.driver,
                    driverPhone: r.driverPhone, availability: r.availability, notes: r.notes)
        })
    }

    static let list = """
        车牌,车型,座位数,司机,司机电话,可用时间,备注
        川F·12345,七座商务,,王师傅,13900001111,5月13日 8:00-20:00；5月14日 7:30-12:00,
        川F·23456,考斯特,,李师傅,13900002222,8:00-18:00,
        川A·88888,55座大巴,,张师傅,13900003333,,含导游座
        川F·34567,轿车,5,赵师傅,13900004444,,

        """

    @Test func theCompanysWordsBecomeKindsSeatsAndHours() throws {
        let list = try Self.read(Self.list)
        #expect(list.problems == [])
        #expect(Self.rows(list) == [
            "川F·12345 | van | 6 | 王师傅 | 13900001111 | 2026-05-13T08:00–2026-05-13T20:00, "
                + "2026-05-14T07:30–2026-05-14T12:00 | ",
            "川F·23456 | minibus | 19 | 李师傅 | 13900002222 | 2026-05-14T08:00–2026-05-14T18:00, "
                + "2026-05-15T08:00–2026-05-15T18:00 | ",
            "川A·88888 | coach | 54 | 张师傅 | 13900003333 |  | 含导游座",
            "川F·34567 | car | 4 | 赵师傅 | 13900004444 |  | ",
        ])
    }

    @Test func badCellsAreToldByLineAndField() throws {
        let list = try Self.read("""
            车牌,车型,座位数,司机电话,可用时间
            川F·12345,商务车,七,1390000,5月13日 25:00-26:00
            ,轿车,5,,
            川F·45678,拖拉机,,,
            川F·99999,拖拉机,12,,
            川F·12345,商务车,很多,,

            """)
        #expect(list.problems.map { "\(list.file):\($0.line): \($0.column): " + $0.reason(.en) } == [
            "车辆.csv:2: 司机电话: \"1390000\" is not a phone number (the row was imported without it)",
            "车辆.csv:2: 可用时间: \"5月13日 25:00-26:00\" is not a time the vehicle is available "
                + "(e.g. 5月13日 8:00-20:00) (the row was not imported)",
            "车辆.csv:3: 车牌: no plate (the row was not imported)",
            "车辆.csv:4: 车型: \"拖拉机\" is not a kind of vehicle (轿车, 商务车, 中巴, 大巴) (the row was not imported)",
            "车辆.csv:5: 车型: \"拖拉机\" is not a kind of vehicle (轿车, 商务车, 中巴, 大巴) "
                + "(the row was imported without it)",
            "车辆.csv:6: 座位数: \"很多\" is not a number of seats (the row was imported without it)",
        ])
        // Line 2 was not taken (its hours would have read as the whole event): line 6 is the plate's.
        #expect(Self.rows(list) == ["川F·99999 | minibus | 11 |  |  |  | ", "川F·12345 | van | 6 |  |  |  | "])
    }

    @Test func aListWithoutAPlateColumnIsRefused() throws {
        #expect(throws: InputError(file: "车辆.csv", line: 1, .noPlateColumn, "司机, 电话")) {
            try Self.read("司机,电话\n王师傅,13900001111\n")
        }
    }

    @Test func aWorkbookWithEnglishHeaders() throws {
        let (bytes, path) = try WorkbookTests.book("vehicles-openpyxl.xlsx")
        let list = try VehicleList.read(bytes, file: path, year: 2026, days: Self.days)
        #expect(Self.rows(list) == [
            "川F·12345 | van | 6 | 王师傅 | 13900001111 | 2026-05-13T08:00–2026-05-13T20:00, "
                + "2026-05-14T07:30–2026-05-14T12:00 | ",
            "川A·88888 | coach | 54 | 张师傅 | 13900003333 |  | ",
        ])
        #expect(list.problems.map { "\(list.file):\($0.line): \($0.column): " + $0.reason(.en) } == [
            "vehicles-openpyxl.xlsx:Vehicles:4: Available: \"5.15 25:00-26:00\" is not a time the vehicle is "
                + "available (e.g. 5月13日 8:00-20:00) (the row was not imported)",
        ])
    }

    /// Stored as one change; the same list again changes nothing, and a list with one driver changed
    /// updates that vehicle, found by its plate however it is spelled, without a second one.
    @Test func aSecondCopyUpdatesByPlate() throws {
        let store = try scratchDatabase()
        try load(TravelImportTests.event, into: store)
        let event = try store.resolveEvent(nil).id
        try store.apply(try Self.read(Self.list).changes(against: store.plan(event)), event: event,
                        note: ChangeNote(.importVehicles, []), logEach: false)
        #expect(try Self.read(Self.list).changes(against: store.plan(event)) == [])
        let changed = Self.list.replacingOccurrences(of: "川F·23456,考斯特,,李师傅,13900002222",
                                                     with: "川F 23456,考斯特,,刘师傅,13900005555")
        let changes = try Self.read(changed).changes(against: store.plan(event))
        #expect(changes.count == 1)
        try store.apply(changes, event: event, note: ChangeNote(.importVehicles, []), logEach: false)
        #expect(Self.lines(try store.plan(event).vehicles).map { $0.components(separatedBy: " | ").prefix(5)
            .joined(separator: " | ") } == [
            "川F·12345 | van | 6 | 王师傅 | 13900001111",
            "川F·23456 | minibus | 19 | 刘师傅 | 13900005555",
            "川A·88888 | coach | 54 | 张师傅 | 13900003333",
            "川F·34567 | car | 4 | 赵师傅 | 13900004444",
        ])
    }
}
