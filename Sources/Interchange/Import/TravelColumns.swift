import Codecs
import PlanningCore

/// The import report's words for travel cells it could not read (issue 35).
public enum TravelWords: String, Phrasebook {
    case notDay, notTime, notRoute, notYesNo, notCount, notTravel, incomplete, newHub, hubTakenAs, farDate
    case hubAmbiguous, or

    public static let tables: [Language: [TravelWords: String]] = [
        .en: [
            .notDay: "\"%1\" is not a date", .notTime: "\"%1\" is not a time of day",
            .notRoute: "\"%1\" is not a train or flight number (G8921, CA4193), 自驾 or 自行",
            .notYesNo: "\"%1\" is neither yes nor no (是/否)", .notCount: "\"%1\" is not a number of people",
            .notTravel: "\"%1\" is not a journey (e.g. 5月13日 G8921 14:20 德阳站)",
            .incomplete: "\"%1\" gives a date or a time but not both, so no time was stored (it was kept in the notes)",
            .newHub: "\"%1\" is no site of the event: it was added as one, with the default travel time of %2 "
                + "minutes to every other site; set its own travel times",
            .hubTakenAs: "\"%1\" was taken as %2, the one site whose name holds it",
            .hubAmbiguous: "\"%1\" could be %2: no station was stored; pick it in the Transport pane", .or: " or ",
            .farDate: "%1 is %2 days off the event's days: is the date right? (kept as written)",
        ],
        .zh: [
            .notDay: "“%1”不是日期", .notTime: "“%1”不是时间",
            .notRoute: "“%1”不是车次或航班号（如 G8921、CA4193），也不是“自驾”或“自行”",
            .notYesNo: "“%1”既不是“是”也不是“否”", .notCount: "“%1”不是人数",
            .notTravel: "“%1”读不出行程（应如：5月13日 G8921 14:20 德阳站）",
            .incomplete: "“%1”只有日期或只有时间，未保存到达/出发时间（已存入备注）",
            .newHub: "“%1”不是本次会议已有的地点：已新建为地点，与其他地点的路程按默认 %2 分钟；请设置它的路程时间",
            .hubTakenAs: "“%1”按%2处理（唯一名称含有它的地点）",
            .hubAmbiguous: "“%1”可能是%2，未填站点；请在接送页指定", .or: "或",
            .farDate: "%1距会期%2天：日期是否写错？（已按所写保存）",
        ],
    ]
}

/// Reads a row's travel cells, for a list that has travel columns.
struct TravelReader: Sendable {
    let columns: AttendeeColumns
    let byField: [[Int]]
    /// Whether the list can say a whole time for each way (a time column and a day column, or a
    /// one-cell column): a day alone of a list that asks only for the day is kept in the notes
    /// without a word, as before travel was read.
    let arrivalTimed: Bool
    let departureTimed: Bool

    init?(columns: AttendeeColumns) {
        guard columns.columns.contains(where: { $0.field?.isTravel == true }) else { return nil }
        self.columns = columns
        var byField = Array(repeating: [Int](), count: AttendeeField.allCases.count)
        for c in columns.columns { if let f = c.field { byField[f.ordinal].append(c.index) } }
        self.byField = byField
        func has(_ f: AttendeeField) -> Bool { !byField[f.ordinal].isEmpty }
        arrivalTimed = has(.arrival) || (has(.arrivalDate) && has(.arrivalTime))
        departureTimed = has(.departure) || (has(.departureDate) && has(.departureTime))
    }

    /// The first non-empty cell of the field's columns, with its column.
    func cell(_ f: AttendeeField, _ r: CSVRecord) -> (value: String, column: Int)? {
        for i in byField[f.ordinal] where i < r.fields.count {
            let v = AttendeeValues.text(r.fields[i])
            if !v.isEmpty { return (v, i) }
        }
        return nil
    }

    func has(_ f: AttendeeField) -> Bool { !byField[f.ordinal].isEmpty }

    /// The day of a way the row gives without its hour (its date column, or a one-cell journey
    /// holding a day and no time): nil when it gives a whole time or no day.
    func dayAlone(arrival: Bool, _ r: CSVRecord) -> TravelCells.Day? {
        let (one, date, time): (AttendeeField, AttendeeField, AttendeeField) = arrival
            ? (.arrival, .arrivalDate, .arrivalTime) : (.departure, .departureDate, .departureTime)
        var day: TravelCells.Day?, minute: Int?
        for f in [one, date, time] {
            guard let (v, _) = cell(f, r) else { continue }
            let w: (day: TravelCells.Day?, minute: Int?)? = f == one
                ? TravelValues.oneCell(v).map { ($0.day, $0.minute) } : TravelValues.when(v)
            if let d = w?.day { day = d }
            if let m = w?.minute { minute = m }
        }
        return minute == nil ? day : nil
    }

    func header(_ i: Int) -> String { columns.columns[i].header.isEmpty ? "第\(i + 1)列" : columns.columns[i].header }

    func read(_ r: CSVRecord, problems: inout [RowProblem], notes: inout [String]) -> TravelCells {
        var t = TravelCells()
        func problem(_ i: Int, _ kind: RowProblem.Kind) {
            problems.append(RowProblem(line: r.line, column: header(i), kind: kind, rejected: false))
        }
        typealias Fields = (one: AttendeeField, date: AttendeeField, time: AttendeeField, number: AttendeeField,
                            hub: AttendeeField, transfer: AttendeeField)
        func leg(_ f: Fields, _ parts: (route: TravelCells.Parts, hub: TravelCells.Parts, time: TravelCells.Parts,
                                        transfer: TravelCells.Parts), timed: Bool) -> TravelCells.Leg {
            var leg = TravelCells.Leg()
            var given: TravelCells.Parts = []
            if has(f.one) { given.formUnion([parts.route, parts.hub, parts.time]) }
            if has(f.date) || has(f.time) { given.insert(parts.time) }
            if has(f.number) { given.insert(parts.route) }
            if has(f.hub) { given.insert(parts.hub) }
            if has(f.transfer) { given.insert(parts.transfer) }
            // Cells of the one-cell form first: a column of its own for a part says it better.
            var whenCells: [(String, Int)] = []
            var badWhen = false
            if let (v, i) = cell(f.one, r) {
                if let one = TravelValues.oneCell(v) {
                    leg = one
                    if one.day != nil || one.minute != nil { whenCells.append((v, i)) }
                } else {
                    // Said as the bad date or time it holds when it holds one, like a column of its own.
                    let bad = TravelValues.badWhen(v)
                    problem(i, bad.map { $0.isTime ? .travelTime($0.word) : .travelDay($0.word) } ?? .travelCell(v))
                    given.subtract([parts.route, parts.hub, parts.time])
                    // The train and station in it are not lost: kept in the notes for staff to type in.
                    notes.append(header(i) + "：" + v)
                }
            }
            for field in [f.date, f.time] {
                guard let (v, i) = cell(field, r) else { continue }
                if let w = TravelValues.when(v) {
                    if let d = w.day { leg.day = d }
                    if let m = w.minute { leg.minute = m }
                    whenCells.append((v, i))
                } else {
                    problem(i, field == f.date ? .travelDay(v) : .travelTime(v))
                    given.remove(parts.time)
                    badWhen = true
                }
            }
            if (leg.day == nil) != (leg.minute == nil), let (_, i) = whenCells.first {
                // Half a time is no time to plan a car for; what the row said stays in the notes.
                if timed && !badWhen { problem(i, .travelIncomplete(whenCells.map(\.0).joined(separator: " "))) }
                for (v, i) in whenCells { notes.append(header(i) + "：" + v) }
                leg.day = nil
                leg.minute = nil
                given.remove(parts.time)
            }
            if let (v, i) = cell(f.number, r) {
                if let route = TravelValues.route(v) {
                    leg.mode = route.mode
                    leg.number = route.number.isEmpty ? nil : route.number
                } else if let one = TravelValues.oneCell(v), one.number != nil || one.mode != nil,
                          one.day != nil || one.minute != nil || one.hub != nil {
                    // Offices paste the whole journey into the number's column (`5月13日 G8921 14:20
                    // 德阳站` under 抵达车次/航班): it is the one-cell form; a column of its own for a
                    // part still says that part.
                    leg.mode = one.mode ?? leg.mode
                    leg.number = one.number
                    leg.transfer = one.transfer ?? leg.transfer
                    if leg.hub == nil, let hub = one.hub {
                        leg.hub = hub
                        given.insert(parts.hub)
                    }
                    if leg.day == nil && leg.minute == nil, one.day != nil || one.minute != nil {
                        if one.day != nil && one.minute != nil {
                            (leg.day, leg.minute) = (one.day, one.minute)
                            given.insert(parts.time)
                        } else {
                            // Half a time, as from columns of their own: told, and kept in the notes.
                            if timed { problem(i, .travelIncomplete(v)) }
                            notes.append(header(i) + "：" + v)
                        }
                    }
                } else {
                    problem(i, .travelRoute(v))
                    given.remove(parts.route)
                }
            }
            if let (v, _) = cell(f.hub, r) { leg.hub = v }
            if let (v, i) = cell(f.transfer, r) {
                if let yes = TravelValues.yesNo(v) { leg.transfer = yes } else {
                    problem(i, .travelYesNo(v))
                    given.remove(parts.transfer)
                }
            }
            t.given.formUnion(given)
            return leg
        }
        t.arrival = leg((.arrival, .arrivalDate, .arrivalTime, .arrivalNumber, .arrivalHub, .pickup),
                        (.arrivalRoute, .arrivalHub, .arrivalTime, .arrivalTransfer), timed: arrivalTimed)
        t.departure = leg((.departure, .departureDate, .departureTime, .departureNumber, .departureHub, .dropoff),
                          (.departureRoute, .departureHub, .departureTime, .departureTransfer), timed: departureTimed)
        // A party written into the one-cell journey, when no column of its own says it.
        if !has(.companions), let (v, _) = cell(.arrival, r) ?? cell(.departure, r), let n = TravelValues.party(in: v) {
            t.companions = n
            t.given.insert(.companions)
        }
        if has(.companions) { t.given.insert(.companions) }
        if let (v, i) = cell(.companions, r) {
            if let n = TravelValues.count(v) { t.companions = n } else {
                problem(i, .travelCount(v))
                t.given.remove(.companions)
            }
        }
        return t
    }
}
