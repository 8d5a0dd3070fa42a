import Foundation
import Interchange
import PlanningCore

/// The Transport pane's three lists, `v` going from one to the next: who arrives and leaves
/// (by day and hub, with their run), the runs (with vehicle, driver, passengers and seats), and
/// the vehicles. One list at a time: at 80 columns two tables side by side would each be too
/// narrow to name a guest, a hub and a run.
enum TransportList: Int, CaseIterable {
    case journeys, runs, vehicles

    var title: UIWords {
        switch self {
        case .journeys: .transportJourneys
        case .runs: .transportRuns
        case .vehicles: .transportVehicles
        }
    }
}

/// Which list the pane shows, and where the cursor and sort of the others were left.
struct TransportView {
    var list = TransportList.journeys
    var left: [TransportList: ListState] = [:]
}

/// Pane 7 (接送): arrivals and departures, runs and vehicles. Every edit is a `Change` saved as
/// any other (undo, colleagues see it); `F` offers the planner's runs before saving them.
enum TransportPane: ListPane {
    static let title = UIWords.paneTransport
    static let bindings: [Binding<Action>] =
        // `d` gives way before `F` on a narrow bar: deleting is rarer than planning, and `?` lists it.
        [Binding([.char("v")], "v", hint: .hintTransportList, .transportList)]
        + PaneKeys.editing.map { b in
            var b = b
            if b.command == .delete { b.rank = 2 }
            return b
        } + [
            Binding([.char("m")], "m", hint: .hintMovePassenger, .movePassenger),
            Binding([.char("r")], "r", .removePassenger),
            Binding([.char("F")], "F", hint: .hintPlanTransport, .planTransport),
        ] + PaneKeys.list

    static func list(_ s: AppState) -> TransportList { s.view.transport.list }

    static func perform(_ action: Action, _ s: inout AppState) -> Bool {
        switch (action, list(s)) {
        case (.transportList, _): showNext(&s)
        case (.planTransport, _): s.offerTransportPlan(TransportPlanner.plan(s.plan))
        case (.add, .journeys): s.mode = .form(s.tripForm(nil))
        case (.edit, .journeys): if let l = selectedLeg(s) { s.mode = .form(s.tripForm(l.trip.person)) }
        case (.delete, .journeys):
            guard let l = selectedLeg(s) else { return true }
            s.mode = .confirm(
                Confirmation(
                    title: .confirmDeleteTrip, message: UIWords.deleteTrip.text(s.language, name(s, l.trip.person)),
                    changes: [.trip(before: l.trip, after: nil)]))
        case (.movePassenger, .journeys):
            guard let l = selectedLeg(s) else { return true }
            let kind: RunKind = l.arrival ? .pickup : .dropoff
            s.openMoveForm(person: l.trip.person, from: ride(s.plan, l.trip.person, kind), kind: kind)
        case (.removePassenger, .journeys):
            guard let l = selectedLeg(s) else { return true }
            guard let run = ride(s.plan, l.trip.person, l.arrival ? .pickup : .dropoff) else {
                s.message = UIWords.notOnARun.text(s.language, name(s, l.trip.person))
                return true
            }
            var after = run
            after.passengers.removeAll { $0 == l.trip.person }
            s.commit([.run(before: run, after: after)], done: .saved)
        case (.add, .runs): s.mode = .form(s.runForm(nil))
        case (.edit, .runs): if let r = selectedRun(s) { s.mode = .form(s.runForm(r)) }
        case (.delete, .runs):
            guard let r = selectedRun(s) else { return true }
            s.mode = .confirm(
                Confirmation(
                    title: .confirmDeleteRun,
                    message: UIWords.deleteRun.text(s.language, TransportText(s).when(r.depart), r.passengers.count),
                    changes: [.run(before: r, after: nil)]))
        case (.movePassenger, .runs):
            guard let r = selectedRun(s) else { return true }
            guard !r.passengers.isEmpty else { s.message = UIWords.noPassengers.text(s.language); return true }
            s.openMoveForm(person: nil, from: r, kind: r.kind)
        case (.removePassenger, .runs):
            guard let r = selectedRun(s) else { return true }
            guard !r.passengers.isEmpty else { s.message = UIWords.noPassengers.text(s.language); return true }
            s.mode = .form(s.removePassengerForm(r))
        case (.add, .vehicles): s.mode = .form(s.vehicleForm(nil))
        case (.edit, .vehicles): if let v = selectedVehicle(s) { s.mode = .form(s.vehicleForm(v)) }
        case (.delete, .vehicles):
            guard let v = selectedVehicle(s), let r = s.plan.record(of: v.id) else { return true }
            s.mode = .confirm(
                Confirmation(
                    title: .confirmDeleteVehicle,
                    message: UIWords.deleteVehicle.text(s.language, v.plate, r.runs.count),
                    changes: [.vehicle(before: r, after: nil)]))
        case (.movePassenger, .vehicles), (.removePassenger, .vehicles): break
        default: return false
        }
        return true
    }

    /// `v`: the next list, with its own cursor and sort as they were left.
    static func showNext(_ s: inout AppState) {
        let now = list(s), next = TransportList(rawValue: (now.rawValue + 1) % TransportList.allCases.count)!
        s.view.transport.left[now] = s.view.lists[.transport]
        s.view.transport.list = next
        s.view.lists[.transport] = s.view.transport.left[next] ?? ListState()
        s.view.order[.transport] = nil
        s.view.searchKeys[.transport] = nil
        s.ensureOrder(.transport)
    }

    // MARK: rows

    /// A journeys row is a trip's index twice over, plus 1 for its departure: the rows stay
    /// indexes into the plan, as other panes' do.
    struct Leg {
        var trip: Trip
        var leg: TripLeg
        var arrival: Bool
    }

    static func leg(_ plan: EventPlan, _ row: Int) -> Leg? {
        guard row >= 0, row / 2 < plan.trips.count else { return nil }
        let t = plan.trips[row / 2]
        let arrival = row % 2 == 0
        return (arrival ? t.arrival : t.departure).map { Leg(trip: t, leg: $0, arrival: arrival) }
    }

    /// How many row numbers the current list uses (the search index covers each).
    static func rowSpace(_ s: AppState) -> Int {
        switch list(s) {
        case .journeys: s.plan.trips.count * 2
        case .runs: s.plan.runs.count
        case .vehicles: s.plan.vehicles.count
        }
    }

    static func rows(_ s: AppState) -> [Int] {
        switch list(s) {
        case .journeys: (0..<rowSpace(s)).filter { leg(s.plan, $0) != nil }
        default: Array(0..<rowSpace(s))
        }
    }

    static func selectedLeg(_ s: AppState) -> Leg? {
        guard list(s) == .journeys, let row = s.selectedRow else { return nil }
        return leg(s.plan, row)
    }

    static func selectedRun(_ s: AppState) -> Run? {
        guard list(s) == .runs, let row = s.selectedRow, row < s.plan.runs.count else { return nil }
        return s.plan.runs[row]
    }

    static func selectedVehicle(_ s: AppState) -> Vehicle? {
        guard list(s) == .vehicles, let row = s.selectedRow, row < s.plan.vehicles.count else { return nil }
        return s.plan.vehicles[row]
    }

    /// The run that takes a person on this way (the earliest, should there be two).
    static func ride(_ plan: EventPlan, _ person: ID<Person>, _ kind: RunKind) -> Run? {
        plan.runs.filter { $0.kind == kind && $0.passengers.contains(person) }.min { $0.depart < $1.depart }
    }

    /// The name alone: a row of the list reads 2,000 names when widths are measured, and copying
    /// each whole person was a tenth of an edit's frame.
    static func name(_ s: AppState, _ person: ID<Person>) -> String {
        s.document.catalog.personIndex[person].map { s.plan.people[$0].name } ?? ""
    }

    static func entityKey(_ s: AppState, row: Int) -> String? {
        switch list(s) {
        case .journeys: leg(s.plan, row).map { "j\($0.trip.person.raw)\($0.arrival ? "a" : "d")" }
        case .runs: row < s.plan.runs.count ? "r" + s.plan.runs[row].uid : nil
        case .vehicles: row < s.plan.vehicles.count ? "v" + s.plan.vehicles[row].uid : nil
        }
    }

    static func searchText(_ s: AppState, row: Int) -> String {
        let t = TransportText(s)
        switch list(s) {
        case .journeys:
            guard let l = leg(s.plan, row) else { return "" }
            let p = s.document.person(l.trip.person)
            return [p?.name ?? "", p?.organisation ?? "", l.leg.number, t.site(l.leg.hub)].joined(separator: " ")
        case .runs:
            guard row < s.plan.runs.count else { return "" }
            let r = s.plan.runs[row]
            return [t.route(r), t.vehicle(r.vehicle)?.plate ?? "", t.vehicle(r.vehicle)?.driver ?? "",
                    r.passengers.map { name(s, $0) }.joined(separator: " ")].joined(separator: " ")
        case .vehicles:
            guard row < s.plan.vehicles.count else { return "" }
            let v = s.plan.vehicles[row]
            return [v.plate, v.driver, v.driverPhone].joined(separator: " ")
        }
    }

    // MARK: columns

    static func columns(_ s: AppState) -> [Column] {
        switch list(s) {
        case .journeys: journeyColumns(s)
        case .runs: runColumns(s)
        case .vehicles: vehicleColumns(s)
        }
    }

    /// The worst open finding of a row as its mark: `✖` an error, `▲` a warning.
    static func mark(_ worst: Severity?) -> String {
        worst.map { $0 == .error ? "✖" : $0 == .warning ? "▲" : "" } ?? ""
    }

    static func journeyColumns(_ s: AppState) -> [Column] {
        let plan = s.plan, t = TransportText(s), lang = s.language
        let rides = t.tables.rides, marks = t.tables.marks, siteRank = t.tables.siteRank, days = t.tables.days
        // A row's leg is read from the plan when asked: a table of them was built on every frame.
        struct Legs { let plan: EventPlan; subscript(row: Int) -> Leg? { TransportPane.leg(plan, row) } }
        let legs = Legs(plan: plan)
        func run(_ row: Int) -> Run? { legs[row].flatMap { rides[$0.trip.person]?[$0.arrival ? .pickup : .dropoff] } }
        let day: (Int) -> String = { row in
            legs[row]?.leg.time.map { days[$0.date.dayNumber] ?? t.day($0) } ?? "—"
        }
        // By day, arrivals before departures, then by hub and time: how the office reads its lists.
        // A journey with no time goes last; a hub not named, first of its day.
        let byDay: (Int) -> SortKey = { row in
            guard let l = legs[row] else { return .number(Int.min) }
            let day = l.leg.time?.date.dayNumber ?? Int(Int32.max)
            let hub = l.leg.hub.flatMap { siteRank[$0] } ?? 0
            return .number(((day * 2 + (l.arrival ? 0 : 1)) * (siteRank.count + 1) + hub) * 1440
                           + (l.leg.time.map { ($0.minutes % 1440 + 1440) % 1440 } ?? 0))
        }
        let time: (Int) -> String = { legs[$0]?.leg.time?.clock ?? "—" }
        let way: (Int) -> String = { (legs[$0]?.arrival ?? true ? UIWords.wayArrival : .wayDeparture).text(lang) }
        let number: (Int) -> String = { row in
            legs[row].map { $0.leg.number.isEmpty ? t.mode($0.leg.mode) : $0.leg.number } ?? ""
        }
        let hub: (Int) -> String = { legs[$0].map { t.site($0.leg.hub) } ?? "" }
        let who: (Int) -> String = { legs[$0].map { name(s, $0.trip.person) } ?? "" }
        let companions: (Int) -> String = { row in
            legs[row].map { $0.trip.companions > 0 ? "+\($0.trip.companions)" : "" } ?? ""
        }
        let ride: (Int) -> String = { row in
            if let r = run(row) { return r.depart.clock + " " + (t.vehicle(r.vehicle)?.plate ?? t.noVehicle) }
            return legs[row]?.leg.wantsTransfer == true ? UIWords.notArranged.text(lang) : "—"
        }
        let unarranged: (Int) -> Role? = { row in
            run(row) == nil && legs[row]?.leg.wantsTransfer == true ? .warning : nil
        }
        let worst: (Int) -> Severity? = { legs[$0].flatMap { marks.worst(person: $0.trip.person) } }
        return [
            Column(title: .colDay, width: 6, priority: 8, value: day, sortKey: byDay),
            Column(title: .colWay, width: 4, priority: 7, value: way, sortKey: Column.text(way)),
            Column(title: .colTime, width: 5, priority: 9, value: time, sortKey: Column.text(time)),
            Column(title: .colTravelNumber, width: 8, priority: 6, value: number, sortKey: Column.text(number)),
            Column(title: .colHub, width: 10, priority: 7, value: hub, sortKey: Column.text(hub)),
            Column(title: .colName, width: 8, priority: 10, value: who, sortKey: Column.text(who)),
            Column(title: .colCompanions, width: 3, priority: 4, value: companions, sortKey: Column.text(companions)),
            Column(title: .colRide, width: 14, priority: 8, flex: true, value: ride, sortKey: Column.text(ride),
                   role: unarranged),
            Column(title: .colMark, width: 2, priority: 10, value: { mark(worst($0)) },
                   sortKey: { .text(mark(worst($0))) },
                   role: { worst($0).map(Theme.role) }),
        ]
    }

    static func runColumns(_ s: AppState) -> [Column] {
        let plan = s.plan, t = TransportText(s), marks = t.tables.marks
        let trips = t.trips
        let list = UIWords.listSeparator.text(s.language)
        let day: (Int) -> String = { t.day(plan.runs[$0].depart) }
        let when: (Int) -> SortKey = { .number(plan.runs[$0].depart.minutes) }
        let kind: (Int) -> String = { t.kind(plan.runs[$0].kind) }
        let route: (Int) -> String = { t.route(plan.runs[$0]) }
        let plate: (Int) -> String = { t.vehicle(plan.runs[$0].vehicle)?.plate ?? t.noVehicle }
        let driver: (Int) -> String = { t.vehicle(plan.runs[$0].vehicle)?.driver ?? "" }
        let seats: (Int) -> String = { row in
            let r = plan.runs[row]
            return "\(plan.seatsTaken(by: r, trips: trips))/" + (t.vehicle(r.vehicle).map { String($0.seats) } ?? "—")
        }
        let passengers: (Int) -> String = { plan.runs[$0].passengers.map { name(s, $0) }.joined(separator: list) }
        let escort: (Int) -> String = { plan.runs[$0].escort.map { name(s, $0) } ?? "" }
        let worst: (Int) -> Severity? = { marks.worst(run: plan.runs[$0].id) }
        return [
            Column(title: .colDay, width: 6, priority: 8, value: day, sortKey: when),
            Column(title: .colDepart, width: 5, priority: 9, value: { plan.runs[$0].depart.clock }, sortKey: when),
            Column(title: .colKind, width: 4, priority: 8, value: kind, sortKey: Column.text(kind)),
            Column(title: .colRoute, width: 16, priority: 7, value: route, sortKey: Column.text(route)),
            Column(title: .colVehicle, width: 9, priority: 9, value: plate, sortKey: Column.text(plate)),
            Column(title: .colDriver, width: 6, priority: 4, value: driver, sortKey: Column.text(driver)),
            Column(title: .colCapacity, width: 5, priority: 8, alignRight: true, value: seats,
                   sortKey: { .number(plan.seatsTaken(by: plan.runs[$0], trips: trips)) }),
            Column(title: .colPassengers, width: 12, priority: 7, flex: true, value: passengers,
                   sortKey: Column.text(passengers)),
            Column(title: .colEscort, width: 6, priority: 3, value: escort, sortKey: Column.text(escort)),
            Column(title: .colMark, width: 2, priority: 10, value: { mark(worst($0)) },
                   sortKey: { .text(mark(worst($0))) },
                   role: { worst($0).map(Theme.role) }),
        ]
    }

    static func vehicleColumns(_ s: AppState) -> [Column] {
        let plan = s.plan, t = TransportText(s)
        var runs: [ID<Vehicle>: Int] = [:]
        for r in plan.runs { if let v = r.vehicle { runs[v, default: 0] += 1 } }
        let plate: (Int) -> String = { plan.vehicles[$0].plate }
        let kind: (Int) -> String = { t.kind(plan.vehicles[$0].kind) }
        let driver: (Int) -> String = { plan.vehicles[$0].driver }
        let phone: (Int) -> String = { plan.vehicles[$0].driverPhone }
        return [
            Column(title: .colPlate, width: 10, priority: 10, value: plate, sortKey: Column.text(plate)),
            Column(title: .colKind, width: 6, priority: 7, value: kind,
                   sortKey: { .text(plan.vehicles[$0].kind.rawValue) }),
            Column(title: .colCapacity, width: 4, priority: 8, alignRight: true,
                   value: { String(plan.vehicles[$0].seats) },
                   sortKey: { .number(plan.vehicles[$0].seats) }),
            Column(title: .colDriver, width: 8, priority: 9, value: driver, sortKey: Column.text(driver)),
            Column(title: .detailPhone, width: 11, priority: 6, flex: true, value: phone, sortKey: Column.text(phone)),
            Column(title: .colRuns, width: 4, priority: 5, alignRight: true,
                   value: { String(runs[plan.vehicles[$0].id] ?? 0) },
                   sortKey: { .number(runs[plan.vehicles[$0].id] ?? 0) }),
        ]
    }

    // MARK: details

    static func details(_ s: AppState, row: Int) -> [DetailLine] {
        switch list(s) {
        case .journeys: leg(s.plan, row).map { journeyDetails(s, $0) } ?? []
        case .runs: row < s.plan.runs.count ? runDetails(s, s.plan.runs[row]) : []
        case .vehicles: row < s.plan.vehicles.count ? vehicleDetails(s, s.plan.vehicles[row]) : []
        }
    }

    static func journeyDetails(_ s: AppState, _ l: Leg) -> [DetailLine] {
        let d = DetailText(s), t = TransportText(s), p = s.document.person(l.trip.person)
        var lines = [DetailLine(text: p?.name ?? "", style: CellStyle(bold: true))]
        if let p, !p.organisation.isEmpty { lines.append(d.field(.colOrganisation, p.organisation)) }
        if let p, !p.phone.isEmpty { lines.append(d.field(.detailPhone, p.phone)) }
        lines.append(d.field(.detailArrival, l.trip.arrival.map(t.leg) ?? ""))
        lines.append(d.field(.detailDeparture, l.trip.departure.map(t.leg) ?? ""))
        if l.trip.companions > 0 { lines.append(d.field(.fieldCompanions, String(l.trip.companions))) }
        if let r = ride(s.plan, l.trip.person, l.arrival ? .pickup : .dropoff) {
            lines.append(d.field(.colRide, t.run(r)))
            let others = r.passengers.filter { $0 != l.trip.person }.map { name(s, $0) }
            if !others.isEmpty {
                lines.append(d.field(.detailFellow, others.joined(separator: UIWords.listSeparator.text(s.language))))
            }
        } else {
            lines.append(d.field(.colRide, l.leg.wantsTransfer ? UIWords.notArranged.text(s.language) : ""))
        }
        return lines + findings(s, t.tables.marks.people[l.trip.person] ?? [])
    }

    static func runDetails(_ s: AppState, _ r: Run) -> [DetailLine] {
        let d = DetailText(s), t = TransportText(s), v = t.vehicle(r.vehicle)
        var lines = [
            DetailLine(text: t.kind(r.kind) + " " + t.when(r.depart) + " " + t.route(r), style: CellStyle(bold: true)),
            d.field(.detailArrives, s.plan.arrival(of: r).clock),
            d.field(.colVehicle, v.map { $0.plate + " " + t.kind($0.kind) } ?? t.noVehicle),
            d.field(
                .colDriver, v.map { [$0.driver, $0.driverPhone].filter { !$0.isEmpty }.joined(separator: " ") } ?? ""),
            d.field(.colEscort, r.escort.map { name(s, $0) } ?? ""),
            d.field(.colCapacity,
                    "\(s.plan.seatsTaken(by: r, trips: t.trips))/" + (v.map { String($0.seats) } ?? "—")),
            d.heading(.colPassengers),
        ]
        for p in r.passengers {
            let trip = t.trips[p], leg = r.kind == .dropoff ? trip?.departure : trip?.arrival
            let extra = (trip?.companions ?? 0) > 0 ? " +\(trip!.companions)" : ""
            let journey = leg.map {
                " · " + [$0.number, $0.time?.clock ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            }
            lines.append(DetailLine(text: "  " + name(s, p) + extra + (journey ?? "")))
        }
        if !r.notes.isEmpty { lines.append(d.field(.detailNotes, r.notes)) }
        return lines + findings(s, t.tables.marks.runs[r.id] ?? [])
    }

    static func vehicleDetails(_ s: AppState, _ v: Vehicle) -> [DetailLine] {
        let d = DetailText(s), t = TransportText(s)
        var lines = [
            DetailLine(text: v.plate, style: CellStyle(bold: true)),
            d.field(.colKind, t.kind(v.kind)), d.field(.colCapacity, String(v.seats)),
            d.field(.colDriver, v.driver), d.field(.detailPhone, v.driverPhone),
            d.field(.detailAvailability, d.windows(v.availability)), d.heading(.colRuns),
        ]
        for r in s.plan.runs.filter({ $0.vehicle == v.id }).sorted(by: { $0.depart < $1.depart }) {
            lines.append(DetailLine(text: "  " + t.when(r.depart) + " " + t.route(r)))
        }
        if !v.notes.isEmpty { lines.append(d.field(.detailNotes, v.notes)) }
        return lines
    }

    /// A row's open findings, as the Sessions pane lists a session's.
    static func findings(_ s: AppState, _ open: [ReportedFinding]) -> [DetailLine] {
        guard !open.isEmpty else { return [] }
        var lines = [DetailLine(text: DetailText(s).heading(.detailFindings).text, style: CellStyle(bold: true))]
        for f in open {
            let mark = f.severity == .error ? "✖ " : f.severity == .warning ? "▲ " : "· "
            lines.append(
                DetailLine(
                    text: "  " + mark + s.document.words.message(f.finding),
                    style: CellStyle(role: Theme.role(f.severity))))
        }
        return lines
    }
}

/// What the Transport pane's rows are read from, gathered once each time its list is ordered
/// (`AppState.ensureOrder`) and kept with the order: built per frame, and per row for the search
/// keys, these lookups were most of the 60–70 ms from a journey's edit to the frame showing it.
struct TransportTables {
    var trips: [ID<Person>: Trip]
    var vehicles: [ID<Vehicle>: Vehicle]
    /// Each passenger's latest run of each kind.
    var rides: [ID<Person>: [RunKind: Run]] = [:]
    var marks: TransportMarks
    /// Each site's place when the sites are ordered by name in pinyin: the journeys sort by a
    /// number (day, way, hub, time) rather than a text built for each of 6,000 rows.
    var siteRank: [ID<Site>: Int]
    /// Each day a journey falls on, as the UI writes it (`5月13日`), in `language`.
    var days: [Int: String] = [:]
    var language: Language

    init(_ s: AppState) {
        let plan = s.plan
        language = s.language
        trips = Dictionary(plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        vehicles = Dictionary(plan.vehicles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for r in plan.runs.sorted(by: { $0.depart > $1.depart }) {
            for p in r.passengers { rides[p, default: [:]][r.kind] = r }
        }
        marks = TransportMarks(s.document.findings)
        let sites = s.document.catalog.siteName.map { ($0.key, Pinyin.shared.sortKey($0.value)) }
            .sorted { SortKey.compareBytes($0.1, $1.1) < 0 }
        siteRank = Dictionary(uniqueKeysWithValues: sites.enumerated().map { ($1.0, $0 + 1) })
        for t in plan.trips {
            for l in [t.arrival, t.departure] {
                guard let d = l?.time?.date, days[d.dayNumber] == nil else { continue }
                days[d.dayNumber] = DateText.day(d, language, weekday: false)
            }
        }
    }

    /// The tables kept with the pane's order, or gathered now when the pane has not been ordered
    /// (or was ordered in the other language).
    static func of(_ s: AppState) -> TransportTables {
        if let kept = s.view.transportTables, kept.language == s.language { return kept }
        return TransportTables(s)
    }
}

/// The open findings that name a person or a run: what marks a row of the Transport pane.
struct TransportMarks {
    var people: [ID<Person>: [ReportedFinding]] = [:]
    var runs: [ID<Run>: [ReportedFinding]] = [:]

    init(_ findings: [ReportedFinding]) {
        // Without a set per finding: the people of one are a few, and there are thousands of findings.
        for f in findings where f.isOpen {
            let named = f.finding.people
            for (i, p) in named.enumerated() where !named[..<i].contains(p) { people[p, default: []].append(f) }
            for (i, r) in f.finding.runs.enumerated() where !f.finding.runs[..<i].contains(r) {
                runs[r, default: []].append(f)
            }
        }
    }

    func worst(person: ID<Person>) -> Severity? { Self.worst(people[person] ?? []) }
    func worst(run: ID<Run>) -> Severity? { Self.worst(runs[run] ?? []) }

    static func worst(_ f: [ReportedFinding]) -> Severity? {
        f.contains { $0.severity == .error } ? .error : f.contains { $0.severity == .warning } ? .warning : nil
    }
}

/// Runs, legs, vehicles and places in the UI's language.
struct TransportText {
    let s: AppState
    let tables: TransportTables
    var trips: [ID<Person>: Trip] { tables.trips }

    init(_ s: AppState) {
        self.s = s
        tables = TransportTables.of(s)
    }

    var lang: Language { s.language }
    var noVehicle: String { UIWords.noVehicleYet.text(lang) }

    func vehicle(_ id: ID<Vehicle>?) -> Vehicle? { id.flatMap { tables.vehicles[$0] } }
    func site(_ id: ID<Site>?) -> String { id.flatMap { s.document.catalog.siteName[$0] } ?? "—" }
    func day(_ t: LocalDateTime) -> String { DateText.day(t.date, lang, weekday: false) }
    func when(_ t: LocalDateTime) -> String { day(t) + " " + t.clock }
    func route(_ r: Run) -> String { site(r.from) + "→" + site(r.to) }

    /// `5月13日 14:40 德阳站→德阳宾馆 川F·12345`: a run on one line.
    func run(_ r: Run) -> String { when(r.depart) + " " + route(r) + " " + (vehicle(r.vehicle)?.plate ?? noVehicle) }

    /// `5月13日 14:20 G8921 德阳站 · 接站`: one way of a journey.
    func leg(_ l: TripLeg) -> String {
        let parts = [l.time.map(when) ?? "", l.number.isEmpty ? mode(l.mode) : l.number, l.hub.map(site) ?? ""]
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
            + (l.wantsTransfer ? "" : " · " + UIWords.noTransferWanted.text(lang))
    }

    func kind(_ k: RunKind) -> String {
        switch k {
        case .pickup: UIWords.runPickup.text(lang)
        case .dropoff: UIWords.runDropoff.text(lang)
        case .visit: UIWords.runVisit.text(lang)
        }
    }

    func kind(_ k: VehicleKind) -> String { k.label(lang) }

    func mode(_ m: TravelMode) -> String { m.label(lang) }
}
