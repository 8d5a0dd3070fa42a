import Codecs
import PlanningCore

/// What `confplan transport` and `transport plan` say, in both languages.
public enum TransportReportWords: String, Phrasebook {
    case heading, proposalHeading, applied, unchanged, noRuns
    case pickups, dropoffs, visits, group
    case noVehicle, seats, escort, companions, nameSeparator
    case unplannedHeading, incompleteJourney, noVehicleFree, noRun, dateInDoubt, pickupWay, dropoffWay
    case removedMark, addedMark, changedMark, legend

    public static let tables: [Language: [TransportReportWords: String]] = [.en: en, .zh: zh]

    static let en: [TransportReportWords: String] = [
        .heading: "%1 (%2): transport", .proposalHeading: "Proposed: %1 runs new, %2 changed, %3 cancelled",
        .applied: "Saved as one change (confplan log).", .unchanged: "The runs as they stand need no change.",
        .noRuns: "No runs.", .pickups: "Pickups", .dropoffs: "Drop-offs", .visits: "Visit buses",
        .group: "%1 · %2 · %3", .noVehicle: "no vehicle", .seats: "%1/%2 seats", .escort: "escort %1",
        .companions: "%1 (+%2)", .nameSeparator: ", ", .unplannedHeading: "Without a run (%1):",
        .incompleteJourney: "the journey lacks a hub or a time", .noVehicleFree: "no vehicle free at that hour",
        .dateInDoubt: "the date lies days off the event: check the form",
        .noRun: "needs a ride (asked for one, or a VIP) and has none", .pickupWay: "pickup", .dropoffWay: "drop-off",
        .removedMark: "-", .addedMark: "+", .changedMark: "*",
        .legend: "+ new run, * changed, - cancelled",
    ]

    static let zh: [TransportReportWords: String] = [
        .heading: "%1（%2）接送安排", .proposalHeading: "方案：新增 %1 趟，修改 %2 趟，取消 %3 趟",
        .applied: "已保存为一次修改（见 confplan log）。", .unchanged: "现有车次无需调整。",
        .noRuns: "没有接送车次。", .pickups: "接站", .dropoffs: "送站", .visits: "参观用车",
        .group: "%1 · %2 · %3", .noVehicle: "未派车", .seats: "%1/%2座", .escort: "陪同 %1",
        .companions: "%1（随行%2人）", .nameSeparator: "、", .unplannedHeading: "未安排车次（%1）：",
        .incompleteJourney: "行程缺少站点或时间", .noVehicleFree: "该时段没有空闲车辆",
        .dateInDoubt: "日期远离会期，请核对回执",
        .noRun: "要求接送（或为贵宾）但没有车次", .pickupWay: "接站", .dropoffWay: "送站",
        .removedMark: "-", .addedMark: "+", .changedMark: "*",
        .legend: "+ 新增车次，* 有修改，- 取消",
    ]

}

/// The runs of an event, as they stand or as a plan proposes them, per kind, day and hub: as text
/// in the reader's language, or as JSON for scripts (README, "transport --format json").
public struct TransportReport {
    public enum Mark: Sendable { case added, changed, removed }

    /// One person without a run, and why (`incomplete-journey`, `no-vehicle`, `no-run`).
    public struct Missing: Hashable, Sendable {
        public var person: ID<Person>
        public var direction: RunKind
        public var reason: String
    }

    /// The plan with the runs as they will stand.
    public let plan: EventPlan
    public let marks: [ID<Run>: Mark]
    /// Runs a proposal takes away, listed (text only) so staff see them go.
    public let removed: [Run]
    public let missing: [Missing]
    public let language: Language
    /// nil: the runs as they stand; else whether the proposal was stored.
    public let applied: Bool?
    let counts: (added: Int, changed: Int, removed: Int)

    /// The runs as they stand, with who asked for a ride and has none.
    public init(current plan: EventPlan, options: TransportPlanOptions = TransportPlanOptions(), language: Language) {
        self.plan = plan
        marks = [:]
        removed = []
        missing = TransportPlanner.gaps(plan, options: options).map {
            Missing(person: $0.person, direction: $0.direction,
                    reason: $0.reason?.rawValue ?? "no-run")
        }
        self.language = language
        applied = nil
        counts = (0, 0, 0)
    }

    /// The runs as `proposal` would leave them (`plan` is the event before it).
    public init(plan before: EventPlan, proposal: TransportProposal, applied: Bool, language: Language) {
        var after = before
        var marks: [ID<Run>: Mark] = [:], removed: [Run] = []
        for c in proposal.changes {
            after.apply(c)
            guard case .run(let b, let a) = c else { continue }
            if let a { marks[a.id] = b == nil ? .added : .changed } else if let b { removed.append(b) }
        }
        plan = after
        self.marks = marks
        self.removed = removed
        missing = proposal.unplanned.map {
            Missing(person: $0.person, direction: $0.direction, reason: $0.reason.rawValue)
        }
        self.language = language
        self.applied = applied
        let tally = RunTally(proposal.changes)
        counts = (tally.new, tally.changed, tally.cancelled)
    }

    var people: [ID<Person>: Person] { Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }

    /// Runs in the order both forms list them: by time, then where from, then vehicle and key.
    func ordered(_ runs: [Run]) -> [Run] {
        let site = siteNames, plate = plates
        return runs.sorted {
            ($0.depart, site[$0.from] ?? "", plate[$0.vehicle.map(\.raw) ?? -1] ?? "", $0.key)
                < ($1.depart, site[$1.from] ?? "", plate[$1.vehicle.map(\.raw) ?? -1] ?? "", $1.key)
        }
    }

    var siteNames: [ID<Site>: String] {
        Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
    var plates: [Int: String] {
        Dictionary(plan.vehicles.map { ($0.id.raw, $0.plate) }, uniquingKeysWith: { a, _ in a })
    }

    // MARK: JSON

    public func json() -> String {
        func q(_ s: String) -> String { JSONText.quote(s) }
        let people = people, sites = siteNames
        let vehicles = Dictionary(plan.vehicles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let companions = Dictionary(plan.trips.map { ($0.person, $0.companions) }, uniquingKeysWith: { a, _ in a })
        let runs = ordered(plan.runs).map { r -> String in
            let v = r.vehicle.flatMap { vehicles[$0] }
            let riders = r.passengers.map { p in
                "{\"person\": \(q(people[p]?.key ?? "")), \"name\": \(q(people[p]?.name ?? "")), "
                    + "\"companions\": \(companions[p] ?? 0)}"
            }
            // The run's key, as `dump` writes it: a script names the run it means to change by it.
            return "{\"id\": \(q(r.key)), \"kind\": \(q(r.kind.rawValue)), "
                + "\"vehicle\": \(v.map { q($0.plate) } ?? "null"), \"seats\": \(v.map { "\($0.seats)" } ?? "null"), "
                + "\"from\": \(q(sites[r.from] ?? "")), \"to\": \(q(sites[r.to] ?? "")), "
                + "\"depart\": \"\(r.depart)\", \"arrive\": \"\(plan.arrival(of: r))\", "
                + "\"passengers\": [\(riders.joined(separator: ", "))]}"
        }
        let unplanned = missing.map { m in
            "{\"person\": \(q(people[m.person]?.key ?? "")), \"direction\": \(q(m.direction.rawValue)), "
                + "\"reason\": \(q(m.reason))}"
        }
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
        }
        return "{\n  \"runs\": \(list(runs)),\n  \"unplanned\": \(list(unplanned))\n}\n"
    }

    // MARK: text

    public func text(width: Int = 80) -> String {
        let lang = language
        let w = { (word: TransportReportWords) in word.text(lang) }
        var out = Sanitize.forTerminal(TransportReportWords.heading.text(lang, plan.event.name, plan.event.key)) + "\n"
        if applied != nil {
            out += TransportReportWords.proposalHeading.text(lang, counts.added, counts.changed, counts.removed) + "\n"
            if counts == (0, 0, 0) { out += w(.unchanged) + "\n" }
            if applied == true { out += w(.applied) + "\n" }
            if counts != (0, 0, 0) { out += w(.legend) + "\n" }
        }
        let sites = siteNames
        let listed = plan.runs.map { ($0, marks[$0.id]) } + removed.map { ($0, Mark.removed) }
        if listed.isEmpty { out += w(.noRuns) + "\n" }
        let order: [RunKind] = [.pickup, .dropoff, .visit]
        for kind in order {
            let ofKind = listed.filter { $0.0.kind == kind }
            let groups = Dictionary(grouping: ofKind) { (r, _) in
                "\(r.depart.date.dayNumber)|\(sites[kind == .dropoff ? r.to : r.from] ?? "")"
            }
            // A day's hubs in the order their first run leaves.
            let firstRun = groups.mapValues { items in items.map(\.0.depart).min()! }
            for key in groups.keys.sorted(by: { a, b in
                let (da, db) = (Int(a.split(separator: "|")[0])!, Int(b.split(separator: "|")[0])!)
                return da != db ? da < db : (firstRun[a]!, a) < (firstRun[b]!, b)
            }) {
                let items = groups[key]!
                let first = items[0].0
                let hub = sites[kind == .dropoff ? first.to : first.from] ?? ""
                let title = TransportReportWords.group.text(
                    lang, w(kind == .pickup ? .pickups : kind == .dropoff ? .dropoffs : .visits),
                    DateText.day(first.depart.date, lang), hub)
                out += "\n" + Sanitize.forTerminal(title) + "\n"
                let byRun = Dictionary(items.map { ($0.0.id, $0.1) }, uniquingKeysWith: { a, _ in a })
                for r in ordered(items.map(\.0)) {
                    out += lines(r, mark: byRun[r.id] ?? nil, width: width)
                }
            }
        }
        if !missing.isEmpty {
            out += "\n" + TransportReportWords.unplannedHeading.text(lang, missing.count) + "\n"
            let people = people
            for m in missing {
                let reason: TransportReportWords = switch m.reason {
                case UnplannedTransfer.Reason.noVehicle.rawValue: .noVehicleFree
                case UnplannedTransfer.Reason.dateInDoubt.rawValue: .dateInDoubt
                case "no-run": .noRun
                default: .incompleteJourney
                }
                let way = w(m.direction == .dropoff ? .dropoffWay : .pickupWay)
                let name = Sanitize.forTerminal(people[m.person]?.name ?? "")
                out += "  " + name + " · " + way + " · " + w(reason) + "\n"
            }
        }
        return out
    }

    /// One run: its mark, times, vehicle and driver, seats used, then its passengers wrapped under it.
    func lines(_ r: Run, mark: Mark?, width: Int) -> String {
        let lang = language
        let vehicle = plan.vehicles.first { $0.id == r.vehicle }
        let people = people
        let seatsOf = Dictionary(plan.trips.map { ($0.person, $0.seats) }, uniquingKeysWith: { a, _ in a })
        let taken = r.passengers.reduce(0) { $0 + (seatsOf[$1] ?? 1) }
        let sign: TransportReportWords? = switch mark {
        case .added: .addedMark
        case .changed: .changedMark
        case .removed: .removedMark
        case nil: nil
        }
        var head = (sign?.text(lang) ?? " ") + " " + r.depart.clock + "→" + plan.arrival(of: r).clock + "  "
        if let v = vehicle {
            head += [v.plate, v.kind.label(lang), v.driver, v.driverPhone]
                .filter { !$0.isEmpty }.joined(separator: " ")
            head += "  " + TransportReportWords.seats.text(lang, taken, v.seats)
        } else {
            head += TransportReportWords.noVehicle.text(lang)
        }
        if let e = r.escort, let p = people[e] { head += "  " + TransportReportWords.escort.text(lang, p.name) }
        let companions = Dictionary(plan.trips.map { ($0.person, $0.companions) }, uniquingKeysWith: { a, _ in a })
        let names = r.passengers.map { p -> String in
            let name = people[p]?.name ?? "?"
            let c = companions[p] ?? 0
            return c > 0 ? TransportReportWords.companions.text(lang, name, c) : name
        }.joined(separator: TransportReportWords.nameSeparator.text(lang))
        var out = Sanitize.forTerminal(head) + "\n"
        for line in DisplayWidth.wrap(names, width: max(20, width - 6)) where !line.isEmpty {
            out += "      " + Sanitize.forTerminal(line) + "\n"
        }
        return out
    }
}
