import Codecs
import PlanningCore
import Workbook

/// What a column of a car company's vehicle list holds.
public enum VehicleField: String, CaseIterable, Sendable {
    case plate, kind, seats, driver, driverPhone = "driver-phone", availability, notes

    /// Headers as car companies and staff write them, compared as `AttendeeColumns.headerKey` forms.
    static let synonyms: [VehicleField: [String]] = [
        .plate: ["车牌", "车牌号", "车牌号码", "号牌", "号牌号码", "plate", "plate number", "license plate",
                 "licence plate", "registration"],
        .kind: ["车型", "车辆类型", "类型", "车辆型号", "车型/座位", "车种", "kind", "type", "vehicle type", "model"],
        .seats: ["座位数", "座位", "座数", "座位数（含司机）", "核载人数", "载客人数", "载客数", "seats", "capacity"],
        .driver: ["司机", "司机姓名", "驾驶员", "驾驶员姓名", "师傅", "driver", "driver name"],
        .driverPhone: ["司机电话", "司机手机", "司机手机号", "驾驶员电话", "驾驶员手机", "联系电话", "电话", "手机",
                       "driver phone", "driver's phone", "phone", "mobile"],
        .availability: ["可用时间", "用车时间", "服务时间", "可用时段", "可调度时间", "available", "availability",
                        "hours", "available hours"],
        .notes: ["备注", "说明", "notes", "note", "remarks"],
    ]

    private static let byKey: [String: VehicleField] = AttendeeColumns.headerIndex(synonyms)

    public static func recognise(_ header: String) -> VehicleField? { byKey[AttendeeColumns.headerKey(header)] }
}

/// One vehicle as the list gives it, cleaned.
public struct VehicleRow: Hashable, Sendable {
    public var line: Int
    public var plate: String
    public var kind: VehicleKind
    public var seats: Int
    public var driver = ""
    public var driverPhone = ""
    public var availability: [TimeWindow] = []
    public var notes = ""
}

/// Something wrong with one cell of the list: a rejected row is not imported; otherwise the row is
/// imported without the cell's value.
public struct VehicleProblem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case noPlate
        case unknownKind(String)
        /// Neither the kind nor the seats say how many it carries.
        case noCapacity
        case badSeats(String)
        case badAvailability(String)
        case badPhone(String)
        case samePlate(firstLine: Int)
        /// Cells past the last header: a comma the list did not quote split a cell.
        case extraCells(String)
    }
    public var line: Int
    public var column: String
    public var kind: Kind
    public var rejected: Bool

    public func reason(_ lang: Language) -> String {
        let text: String
        switch kind {
        case .noPlate: text = VehicleWords.noPlate.text(lang)
        case .unknownKind(let v): text = VehicleWords.unknownKind.text(lang, v)
        case .noCapacity: text = VehicleWords.noCapacity.text(lang)
        case .badSeats(let v): text = VehicleWords.badSeats.text(lang, v)
        case .badAvailability(let v): text = VehicleWords.badAvailability.text(lang, v)
        case .badPhone(let v): text = VehicleWords.badPhone.text(lang, v)
        case .samePlate(let first): text = VehicleWords.samePlate.text(lang, first)
        case .extraCells(let v): text = VehicleWords.extraCells.text(lang, v)
        }
        // A plate twice drops no cell: the later row is taken whole.
        if case .samePlate = kind { return Sanitize.forTerminal(text) }
        let tail: VehicleWords = rejected ? .rowNotImported : .importedWithout
        return Sanitize.forTerminal(text + tail.text(lang))
    }
}

/// The list of vehicles a car company sends (`车牌、车型、座位数、司机、司机电话、可用时间`), CSV or
/// a workbook, read and cleaned before it meets the event's vehicles.
public struct VehicleList: Sendable {
    public var file: String
    public var headerLine: Int
    public var columns: [(header: String, field: VehicleField?)]
    public var rows: [VehicleRow]
    public var problems: [VehicleProblem]

    /// `year`: the event's, for days written without one (`5月13日 8:00-20:00`); `days`: the days cars
    /// are needed (`EventPlan.journeyDays`), for hours written without a day (`8:00-18:00` is each of them).
    public static func read(_ bytes: [UInt8], file: String, encoding: TextEncoding? = nil, sheet: String? = nil,
                            year: Int, days: [LocalDate]) throws(InputError) -> VehicleList {
        if Workbook.looksLikeOne(bytes) {
            let book = try Workbook(bytes, file: file)
            if let sheet {
                guard let picked = book.sheets.first(where: { $0.name == sheet })
                    ?? Int(sheet).flatMap({ n in n >= 1 && n <= book.sheets.count ? book.sheets[n - 1] : nil })
                else {
                    throw InputError(file: file, line: 0, .noSuchSheet, sheet,
                                     book.sheets.map(\.name).joined(separator: ", "))
                }
                return try read(records: try book.records(of: picked), file: file + ":" + picked.name, year: year,
                                days: days)
            }
            var first: InputError?
            for s in book.sheets where !s.hidden {
                do throws(InputError) {
                    return try read(records: try book.records(of: s), file: file + ":" + s.name, year: year, days: days)
                } catch {
                    if first == nil { first = error }
                }
            }
            throw first ?? InputError(file: file, line: 0, .noSheets)
        }
        let decoded = try TextDecoding.decode(bytes, file: file, forced: encoding)
        let records = try CSVReader.records(decoded.text, delimiter: CSVReader.detectDelimiter(decoded.text),
                                            file: file)
        return try read(records: records, file: file, year: year, days: days)
    }

    public static func read(records: [CSVRecord], file: String, year: Int, days: [LocalDate])
        throws(InputError) -> VehicleList
    {
        guard let at = records.prefix(10).firstIndex(where: { r in
            r.fields.contains { VehicleField.recognise(String($0.trimmingSpaces)) == .plate }
        }) else {
            guard let first = records.first(where: { !$0.isBlank }) else {
                throw InputError(file: file, line: 0, .noPlateColumn, "")
            }
            let seen = first.fields.map { String($0.trimmingSpaces) }.joined(separator: ", ")
            throw InputError(file: file, line: first.line, .noPlateColumn, seen)
        }
        let headers = records[at].fields.map { String($0.trimmingSpaces) }
        var columns: [(header: String, field: VehicleField?)] = []
        var taken = Set<VehicleField>()
        for h in headers {
            // The first column of a field feeds it; a second (two phone columns) goes to the notes.
            let f = VehicleField.recognise(h).flatMap { taken.contains($0) ? nil : $0 }
            if let f { taken.insert(f) }
            columns.append((h, f))
        }
        var list = VehicleList(file: file, headerLine: records[at].line, columns: columns, rows: [], problems: [])
        var byPlate: [String: Int] = [:]
        for r in records[(at + 1)...] where !r.isBlank {
            let (row, problems) = list.row(r, year: year, days: days)
            list.problems += problems
            guard var row else { continue }
            let key = plateKey(row.plate)
            if let first = byPlate[key] {
                // A plate twice in one list is one vehicle: the later row is the company's correction.
                list.problems.append(VehicleProblem(line: r.line, column: list.header(.plate),
                                                    kind: .samePlate(firstLine: list.rows[first].line),
                                                    rejected: false))
                row.line = list.rows[first].line
                list.rows[first] = row
            } else {
                byPlate[key] = list.rows.count
                list.rows.append(row)
            }
        }
        return list
    }

    func header(_ f: VehicleField) -> String { columns.first { $0.field == f }?.header ?? f.rawValue }

    func row(_ r: CSVRecord, year: Int, days: [LocalDate]) -> (VehicleRow?, [VehicleProblem]) {
        var problems: [VehicleProblem] = []
        func value(_ f: VehicleField) -> String {
            guard let i = columns.firstIndex(where: { $0.field == f }), i < r.fields.count else { return "" }
            return AttendeeValues.text(r.fields[i])
        }
        func problem(_ f: VehicleField, _ kind: VehicleProblem.Kind, rejected: Bool = false) {
            problems.append(VehicleProblem(line: r.line, column: header(f), kind: kind, rejected: rejected))
        }
        let plate = value(.plate)
        guard !plate.isEmpty else {
            problem(.plate, .noPlate, rejected: true)
            return (nil, problems)
        }
        let rawKind = value(.kind)
        var kind: VehicleKind?
        var seatsFromKind: Int?
        if !rawKind.isEmpty, let k = Self.kind(rawKind) { (kind, seatsFromKind) = k }
        let rawSeats = value(.seats)
        var seats: Int?
        if !rawSeats.isEmpty {
            // A car company counts the driver's seat (七座商务车); the event plans passengers.
            if let n = TravelValues.count(rawSeats.replacingOccurrences(of: "座", with: "")), n >= 2 {
                seats = n - 1
            } else {
                problem(.seats, .badSeats(rawSeats))
            }
        }
        seats = seats ?? seatsFromKind
        // A kind not known is taken from the seats when they are given; without them nothing says
        // how many it carries, and the row is not imported.
        if kind == nil && !rawKind.isEmpty { problem(.kind, .unknownKind(rawKind), rejected: seats == nil) }
        guard let chosen = kind ?? seats.map(Self.kind(seating:)) else {
            if rawKind.isEmpty { problem(.kind, .noCapacity, rejected: true) }
            return (nil, problems)
        }
        var row = VehicleRow(line: r.line, plate: plate, kind: chosen, seats: seats ?? chosen.defaultSeats)
        row.driver = value(.driver)
        let phone = value(.driverPhone)
        if !phone.isEmpty {
            switch PhoneNumber.read(phone) {
            case .ok(let p): row.driverPhone = p
            default: problem(.driverPhone, .badPhone(phone))
            }
        }
        let hours = value(.availability)
        if !hours.isEmpty, !["全天", "全程", "会议期间", "随时"].contains(hours) {
            if let windows = Self.windows(hours, year: year, days: days) { row.availability = windows } else {
                // Stored without its hours it would read as free the whole event: not imported.
                problem(.availability, .badAvailability(hours), rejected: true)
                return (nil, problems)
            }
        }
        // More cells than headers: an unquoted comma in a cell split it (`8:00-12:00,14:00-18:00`).
        if r.fields.count > columns.count,
           r.fields[columns.count...].contains(where: { !AttendeeValues.text($0).isEmpty }) {
            let extra = r.fields[columns.count...].map(AttendeeValues.text).filter { !$0.isEmpty }
            problem(.availability, .extraCells(extra.joined(separator: ", ")), rejected: true)
            return (nil, problems)
        }
        var notes = [value(.notes)].filter { !$0.isEmpty }
        for (i, c) in columns.enumerated() where c.field == nil && i < r.fields.count {
            let v = AttendeeValues.text(r.fields[i])
            if !v.isEmpty { notes.append((c.header.isEmpty ? "第\(i + 1)列" : c.header) + "：" + v) }
        }
        row.notes = notes.joined(separator: "；")
        return (row, problems)
    }

    /// `川F·12345`, `川F 12345` and `川f12345` are one plate.
    public static func plateKey(_ plate: String) -> String {
        TextFolding.matchKey(plate).filter { $0.isLetter || $0.isNumber }
    }

    /// 轿车, 商务车 (七座商务, GL8), 中巴 (考斯特), 大巴 (55座大巴), with the passenger seats the words
    /// give (`55座` is 54 passengers and the driver).
    static func kind(_ raw: String) -> (VehicleKind, Int?)? {
        let s = TextFolding.matchKey(TravelValues.folded(raw))
        var seats: Int?
        if let end = s.firstIndex(of: "座") {
            let number = s[..<end].reversed().prefix { c in
                c.isNumber || ChineseNumbers.value(Substring(String(c))) != nil
            }
            let text = String(number.reversed())
            // At most three characters: a longer run of numerals would overflow, and seats no car.
            if text.count <= 3, let n = Int(text) ?? ChineseNumbers.value(Substring(text)), n >= 2 { seats = n - 1 }
        }
        let words: [(VehicleKind, [String])] = [
            // Minibus before coach: `minibus` holds `bus`.
            (.minibus, ["中巴", "考斯特", "柯斯达", "coaster", "minibus", "中型客车"]),
            (.coach, ["大巴", "大客", "大型客车", "旅游大巴", "coach", "bus"]),
            (.van, ["商务", "gl8", "埃尔法", "alphard", "mpv", "van", "别克", "奔驰v"]),
            (.car, ["轿车", "小车", "小轿车", "小汽车", "car", "sedan", "saloon", "红旗", "奥迪"]),
        ]
        for (kind, names) in words where names.contains(where: s.contains) { return (kind, seats) }
        if let seats { return (kind(seating: seats), seats) }
        return nil
    }

    /// The kind a number of passenger seats makes: up to 4 a car, 8 a van, 23 a minibus.
    static func kind(seating n: Int) -> VehicleKind {
        n <= 4 ? .car : n <= 8 ? .van : n <= 23 ? .minibus : .coach
    }

    /// `5月13日 8:00-20:00；5月14日 7:30-12:00`: each part a day (or every day of the event) and
    /// hours (or the whole day); hours past midnight end the next day. Nil when a part is neither.
    static func windows(_ raw: String, year: Int, days: [LocalDate]) -> [TimeWindow]? {
        var out: [TimeWindow] = []
        for part in TravelValues.folded(raw).split(whereSeparator: { ";；,，、\n".contains($0) }) {
            let text = part.trimmingSpaces
            if text.isEmpty { continue }
            var day: LocalDate?
            var range: (Int, Int)?
            for token in TravelValues.tokens(String(text)) {
                if day == nil, let d = TravelValues.day(token),
                   let date = LocalDate(year: d.year == 0 ? year : d.year, month: d.month, day: d.day) {
                    day = date
                } else if range == nil, let r = hours(token) {
                    range = r
                } else if token == "全天" {
                    range = (0, 1440)
                } else {
                    return nil
                }
            }
            guard day != nil || range != nil else { return nil }
            let (from, to) = range ?? (0, 1440)
            for d in day.map({ [$0] }) ?? days {
                let start = LocalDateTime(date: d).minutes + from
                let end = LocalDateTime(date: d).minutes + (to > from ? to : to + 1440)
                out.append(TimeWindow(start: LocalDateTime(minutes: start), end: LocalDateTime(minutes: end)))
            }
        }
        return out.isEmpty ? nil : out
    }

    /// `8:00-20:00`, `8:00~20:00`, `8点至20点`, `08:00－20:00`.
    static func hours(_ token: String) -> (Int, Int)? {
        for dash in ["-", "~", "～", "至", "到", "—", "–", "－"] {
            let parts = token.components(separatedBy: dash)
            guard parts.count == 2, let a = TravelValues.minute(parts[0]) else { continue }
            if let b = TravelValues.minute(parts[1]) { return (a, b) }
            if parts[1].trimmingSpaces == "24:00" || parts[1] == "24点" { return (a, 1440) }
        }
        return nil
    }

    /// The changes that make the event's vehicles what the list says: a plate the event has is
    /// that vehicle, updated (its runs stay); any other is added. Vehicles the list does not name stay.
    public func changes(against plan: EventPlan) -> [Change] {
        var byPlate: [String: Vehicle] = [:]
        for v in plan.vehicles where byPlate[Self.plateKey(v.plate)] == nil { byPlate[Self.plateKey(v.plate)] = v }
        return rows.compactMap { row in
            if let old = byPlate[Self.plateKey(row.plate)] {
                var new = old
                new.kind = row.kind
                new.seats = row.seats
                // A cell left empty keeps what staff entered: the company's next list may leave it out.
                if !row.driver.isEmpty { new.driver = row.driver }
                if !row.driverPhone.isEmpty { new.driverPhone = row.driverPhone }
                if !row.availability.isEmpty { new.availability = row.availability }
                if !row.notes.isEmpty { new.notes = row.notes }
                guard new != old else { return nil }
                let runs = plan.runs.filter { $0.vehicle == old.id }.map(\.id)
                return .vehicle(before: VehicleRecord(vehicle: old, runs: runs),
                                after: VehicleRecord(vehicle: new, runs: runs))
            }
            // The store gives it a UUID and a key from it, as to a vehicle added in the UI.
            let v = Vehicle(id: ID(0), key: "", uid: "", plate: row.plate,
                            kind: row.kind, seats: row.seats, driver: row.driver, driverPhone: row.driverPhone,
                            availability: row.availability, notes: row.notes)
            return .vehicle(before: nil, after: VehicleRecord(vehicle: v))
        }
    }
}
