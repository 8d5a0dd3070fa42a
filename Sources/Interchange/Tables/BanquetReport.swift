import Codecs
import PlanningCore

/// What `confplan tables` says, in both languages.
public enum BanquetReportWords: String, Phrasebook {
    case heading, proposalHeading, applied, unchanged, noTables, table, headTable, halal, count, hostMark
    case newlySeated, movedTable, movedSeat, takenOff, madeHalal, madePlain, partSeparator, noSeatChange
    case unseatedHeading, noSeat, noHalalSeat, notSeated, nameSeparator, laidOut
    case layoutLostSeats, layoutLostSeat, layoutLostHalal

    public static let tables: [Language: [BanquetReportWords: String]] = [.en: en, .zh: zh]

    static let en: [BanquetReportWords: String] = [
        .heading: "%1 (%2): tables", .proposalHeading: "Proposed: %1 seated (hosts counted): %2",
        .newlySeated: "%1 newly seated", .movedTable: "%1 to another table",
        .movedSeat: "%1 to another seat at their table", .takenOff: "%1 taken off the tables",
        .madeHalal: "%1 table(s) made halal", .madePlain: "%1 table(s) no longer halal", .partSeparator: ", ",
        .noSeatChange: "nobody's seat changes",
        .applied: "Saved as one change (confplan log).", .unchanged: "The seats as they stand need no change.",
        .noTables: "No tables yet: lay them out with --layout 20x10.", .table: "Table %1",
        .headTable: "head table", .halal: "halal", .count: "%1/%2", .hostMark: "%1 (host)",
        .unseatedHeading: "Without a seat (%1):", .noSeat: "every seat is taken",
        .noHalalSeat: "no halal table has a seat free", .notSeated: "not seated yet", .nameSeparator: ", ",
        .laidOut: "Laid out %1 tables of %2 (table 1 the head table).",
        .layoutLostSeats: "The new layout has no seat for %1 seated before: %2",
        .layoutLostSeat: "%1 (table %2, seat %3)",
        .layoutLostHalal: "Halal tables no longer in the hall: %1",
    ]

    static let zh: [BanquetReportWords: String] = [
        .heading: "%1（%2）桌次", .proposalHeading: "方案：排座 %1 人（含主人）：%2",
        .newlySeated: "新排 %1 人", .movedTable: "换桌 %1 人", .movedSeat: "本桌换座 %1 人", .takenOff: "撤下 %1 人",
        .madeHalal: "%1 桌改为清真桌", .madePlain: "%1 桌不再是清真桌", .partSeparator: "，",
        .noSeatChange: "座位不变",
        .applied: "已保存为一次修改（见 confplan log）。", .unchanged: "现有座次无需调整。",
        .noTables: "还没有桌位：请用 --layout 20x10 布置。", .table: "%1 号桌",
        .headTable: "主桌", .halal: "清真", .count: "%1/%2", .hostMark: "%1（主人）",
        .unseatedHeading: "未排座位（%1）：", .noSeat: "座位已满",
        .noHalalSeat: "清真桌已无空位", .notSeated: "尚未排座", .nameSeparator: "、",
        .laidOut: "已布置 %1 桌，每桌 %2 座（1 号桌为主桌）。",
        .layoutLostSeats: "新布置中没有原座位，%1 人未保留：%2", .layoutLostSeat: "%1（%2 号桌 %3 号座）",
        .layoutLostHalal: "以下清真桌已不在新布置中：%1 号桌",
    ]
}

/// A meal's tables as they stand or as an assignment proposes them: per table in the order of
/// tables, its rank, whether halal, and who sits in which seat; then who has no seat and why.
/// Text in the reader's language, or JSON for scripts (README, "tables --format json").
public struct BanquetReport {
    public let plan: EventPlan
    public let meal: Session
    public let language: Language
    /// nil: the seats as they stand; else whether the proposal was stored.
    public let applied: Bool?
    public let unseated: [UnseatedGuest]?
    /// Who the proposal seats, moves and unseats; whether it changes anything at all.
    let tally: SeatTally
    let changed: Bool
    let laidOut: (tables: Int, seats: Int)?

    /// The seats as they stand (after `--layout`, when `laidOut` says so).
    public init(current plan: EventPlan, meal: Session, laidOut: (tables: Int, seats: Int)? = nil,
                language: Language) {
        self.plan = plan
        self.meal = meal
        self.language = language
        self.laidOut = laidOut
        applied = nil
        unseated = nil
        tally = SeatTally()
        changed = false
    }

    /// The seats as `proposal` would leave them (`plan` is the event before it).
    public init(plan before: EventPlan, meal: Session, proposal: BanquetProposal, applied: Bool,
                laidOut: (tables: Int, seats: Int)? = nil, language: Language) {
        var after = before
        for c in proposal.changes { after.apply(c) }
        tally = proposal.tally
        changed = !proposal.changes.isEmpty
        plan = after
        self.meal = meal
        self.language = language
        self.applied = applied
        self.laidOut = laidOut
        unseated = proposal.unseated
    }

    /// What a new layout could not keep, for the person who asked for it.
    public static func layoutLosses(_ lost: LayoutLosses, plan: EventPlan, language: Language) -> String {
        let name = Dictionary(plan.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let separator = BanquetReportWords.nameSeparator.text(language)
        var lines: [String] = []
        if !lost.seats.isEmpty {
            let who = lost.seats.map {
                BanquetReportWords.layoutLostSeat.text(language, name[$0.person] ?? "?", $0.table, $0.seat)
            }
            lines.append(BanquetReportWords.layoutLostSeats.text(language, lost.seats.count,
                                                                 who.joined(separator: separator)))
        }
        if !lost.halalTables.isEmpty {
            let numbers = lost.halalTables.map(String.init).joined(separator: separator)
            lines.append(BanquetReportWords.layoutLostHalal.text(language, numbers))
        }
        return lines.joined(separator: "\n")
    }

    /// `5 newly seated, 2 to another table, 1 table(s) made halal`: each kind of change it makes.
    public static func tallyText(_ t: SeatTally, language: Language) -> String {
        let parts: [(Int, BanquetReportWords)] = [(t.seated, .newlySeated), (t.moved, .movedTable),
                                                  (t.reseated, .movedSeat), (t.unseated, .takenOff),
                                                  (t.madeHalal, .madeHalal), (t.madePlain, .madePlain)]
        let said = parts.filter { $0.0 > 0 }.map { $0.1.text(language, $0.0) }
        return said.isEmpty ? BanquetReportWords.noSeatChange.text(language)
            : said.joined(separator: BanquetReportWords.partSeparator.text(language))
    }

    func name(_ id: ID<Person>) -> String { plan.people.first { $0.id == id }?.name ?? "?" }
    func key(_ id: ID<Person>) -> String { plan.people.first { $0.id == id }?.key ?? "" }

    /// Who has no seat: the assignment's guests it could not seat, with why; else the meal's
    /// guests nobody seated yet.
    var missing: [(person: ID<Person>, reason: String?)] {
        if let unseated { return unseated.map { ($0.person, $0.reason.rawValue) } }
        let seated = Set(plan.tablePlan(of: meal.id)?.seats.map(\.person) ?? [])
        guard plan.tablePlan(of: meal.id) != nil else { return [] }
        return plan.mealGuests(meal.id).filter { !seated.contains($0) }.map { ($0, nil) }
    }

    public func text() -> String {
        let w = { (x: BanquetReportWords) in x.text(language) }
        var out = BanquetReportWords.heading.text(language, meal.title, meal.key) + "\n"
        if let l = laidOut { out += BanquetReportWords.laidOut.text(language, l.tables, l.seats) + "\n" }
        guard let t = plan.tablePlan(of: meal.id), !t.tables.isEmpty else { return out + w(.noTables) + "\n" }
        if applied != nil {
            let seated = t.seats.count
            out += BanquetReportWords.proposalHeading.text(language, seated, Self.tallyText(tally, language: language))
                + "\n"
        }
        for number in BanquetRules.tableOrder(t) {
            guard let table = t.table(number) else { continue }
            let seats = t.seats(at: number).sorted { $0.seat < $1.seat }
            var head = [BanquetReportWords.table.text(language, number)]
            if number == t.headTable { head.append(w(.headTable)) }
            if table.halal { head.append(w(.halal)) }
            head.append(BanquetReportWords.count.text(language, seats.count, table.seats))
            out += head.joined(separator: "  ") + "\n"
            let names = seats.map { s in
                let n = "\(s.seat) " + name(s.person)
                return s.host ? BanquetReportWords.hostMark.text(language, n) : n
            }
            for line in Self.lines(names, separator: w(.nameSeparator), width: 76) { out += "    " + line + "\n" }
        }
        let missing = self.missing
        if !missing.isEmpty {
            out += BanquetReportWords.unseatedHeading.text(language, missing.count) + "\n"
            for m in missing {
                let why: BanquetReportWords = m.reason == UnseatedGuest.Reason.noHalalSeat.rawValue ? .noHalalSeat
                    : m.reason == nil ? .notSeated : .noSeat
                out += "  " + name(m.person) + "  " + w(why) + "\n"
            }
        }
        if let applied {
            // "No change" only of a proposal with none: one that seats, moves or unseats anyone says so above.
            out += (applied ? w(.applied) : !changed && unseated?.isEmpty != false ? w(.unchanged) : "") + "\n"
        }
        return out
    }

    /// Names joined and broken between names, never inside one, at `width` display cells.
    static func lines(_ names: [String], separator: String, width: Int) -> [String] {
        let mark = separator.trimmingCharacters(in: .whitespaces), spaced = separator.hasSuffix(" ")
        var out: [String] = [], line = ""
        for (i, n) in names.enumerated() {
            let piece = n + (i < names.count - 1 ? mark : "")
            let longer = line.isEmpty ? piece : line + (spaced ? " " : "") + piece
            if !line.isEmpty && DisplayWidth.of(longer) > width {
                out.append(line)
                line = piece
            } else {
                line = longer
            }
        }
        if !line.isEmpty { out.append(line) }
        return out
    }

    /// `{"event": …, "meal": …, "applied": …, "tables": [{"number", "rank", "head", "halal",
    /// "capacity", "seats": [{"person", "name", "seat", "host"}]}], "unseated": [{"person", "name", "reason"}]}`
    public func json() -> String {
        func q(_ s: String) -> String { JSONText.quote(s) }
        var out = "{\n  \"event\": {\"id\": \(q(plan.event.key)), \"uuid\": \(q(plan.event.uid))},\n"
        out += "  \"meal\": {\"id\": \(q(meal.key)), \"uuid\": \(q(meal.uid)), \"title\": \(q(meal.title))},\n"
        out += "  \"applied\": \(applied.map { $0 ? "true" : "false" } ?? "null"),\n"
        // A proposal's counts, as its text preview gives them; null for the seats as they stand.
        let counts = "{\"seated\": \(tally.seated), \"moved\": \(tally.moved), \"reseated\": \(tally.reseated), "
            + "\"unseated\": \(tally.unseated)}"
        out += "  \"changes\": " + (applied == nil ? "null" : counts) + ",\n"
        let t = plan.tablePlan(of: meal.id)
        let ranks = t.map(BanquetRules.ranks) ?? [:]
        var tables: [String] = []
        for number in t.map(BanquetRules.tableOrder) ?? [] {
            guard let t, let table = t.table(number) else { continue }
            let seats = t.seats(at: number).sorted { $0.seat < $1.seat }.map { s in
                "{\"person\": \(q(key(s.person))), \"name\": \(q(name(s.person))), \"seat\": \(s.seat)"
                    + (s.host ? ", \"host\": true}" : "}")
            }
            tables.append("    {\"number\": \(number), \"rank\": \(ranks[number] ?? 0), "
                + "\"head\": \(number == t.headTable), \"halal\": \(table.halal), \"capacity\": \(table.seats), "
                + "\"seats\": [" + seats.joined(separator: ", ") + "]}")
        }
        out += "  \"tables\": [" + (tables.isEmpty ? "" : "\n" + tables.joined(separator: ",\n") + "\n  ") + "],\n"
        let missing = self.missing.map { m in
            "    {\"person\": \(q(key(m.person))), \"name\": \(q(name(m.person)))"
                + (m.reason.map { ", \"reason\": \(q($0))" } ?? "") + "}"
        }
        out += "  \"unseated\": [" + (missing.isEmpty ? "" : "\n" + missing.joined(separator: ",\n") + "\n  ") + "]\n"
        return out + "}\n"
    }
}
