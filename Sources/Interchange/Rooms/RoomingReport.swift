import Codecs
import PlanningCore
import Print

/// What `confplan rooms` and `rooms assign` say, in both languages.
public enum RoomingReportWords: String, Phrasebook {
    case heading, proposalHeading, applied, unchanged, notSaved, noRooms, roomLine, guestNights, nameSeparator
    case unassignedHeading, unassignedLine, bedsOne, bedsOther, aloneHeading

    public static let tables: [Language: [RoomingReportWords: String]] = [.en: en, .zh: zh]

    static let en: [RoomingReportWords: String] = [
        .heading: "%1 (%2): rooms",
        .proposalHeading: "Proposed: %1 guests given a room, %2 moved, %3 with nights changed, %4 rooms taken back",
        .applied: "Saved as one change (confplan log).", .unchanged: "The rooms as they stand need no change.",
        .notSaved: "Nothing saved: --apply stores it.", .noRooms: "No rooms given.",
        .roomLine: "%1  %2, %3  %4", .guestNights: "%1 (%2)", .nameSeparator: "; ",
        .unassignedHeading: "Without a room (%1):", .unassignedLine: "%1: %2", .bedsOne: "1 bed",
        .bedsOther: "%1 beds",
        .aloneHeading: "Asked to share, given a room of their own as every fitting twin bed is taken: %1",
    ]

    static let zh: [RoomingReportWords: String] = [
        .heading: "%1（%2）住宿安排", .proposalHeading: "方案：新分 %1 人，换房 %2 人，调整晚数 %3 人，收回 %4 人",
        .applied: "已保存为一次修改（见 confplan log）。", .unchanged: "现有分房无需调整。",
        .notSaved: "未保存：加 --apply 才会保存。", .noRooms: "还没有分房。",
        .roomLine: "%1  %2，%3  %4", .guestNights: "%1（%2）", .nameSeparator: "；",
        .unassignedHeading: "未能分房（%1）：", .unassignedLine: "%1：%2", .bedsOne: "1床",
        .bedsOther: "%1床",
        .aloneHeading: "合住客人因合适的标间床位已满，单独安排一间：%1",
    ]
}

/// The rooms of an event, as they stand or as `rooms assign` proposes them: per hotel and room,
/// who sleeps there which nights, then who has no room and why. Text in the reader's language,
/// or the JSON of README's "rooms --format json".
public struct RoomingReport {
    /// The plan with the rooms as they will stand.
    public let plan: EventPlan
    public let unassigned: [UnassignedGuest]
    /// Guests who asked to share and a proposal gives a room of their own.
    public let alone: [ID<Person>]
    public let language: Language
    /// nil: the rooms as they stand; else the proposal's counts and whether it was stored.
    public let proposal: (tally: RoomProposal.Tally, applied: Bool)?
    /// Only this hotel's rooms are listed (`rooms assign --hotel`); nil: every hotel's.
    public var hotel: ID<Site>?

    /// The rooms as they stand; `unassigned` from the guests whose stay has nights without a room.
    public init(current plan: EventPlan, language: Language) {
        self.plan = plan
        self.language = language
        proposal = nil
        alone = []
        unassigned = Self.withoutRooms(plan)
    }

    /// Guests taking part whose stay needs nights no room is given for, from the first such
    /// night: none held that night, or none given yet.
    static func withoutRooms(_ plan: EventPlan) -> [UnassignedGuest] {
        let taking = Set(plan.registrations.map(\.person)).union(plan.roles.map(\.person))
        let trips = Dictionary(plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let stays = Dictionary(plan.stays.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let rooms = Dictionary(grouping: plan.roomAssignments, by: \.person)
        return plan.people.compactMap { p in
            guard taking.contains(p.id), let s = stays[p.id], let span = plan.nights(of: s, trip: trips[p.id]),
                  let first = span.uncovered(by: rooms[p.id] ?? []).first
            else { return nil }
            let held = plan.roomBlocks.contains { $0.rooms(on: first) > 0 }
            return UnassignedGuest(person: p.id, reason: held ? .notGiven : .noRoomsThatNight, night: first)
        }
    }

    /// The rooms as a proposal leaves them (new rooms numbered after the plan's for the report).
    public init(plan: EventPlan, proposal: RoomProposal, applied: Bool, language: Language) {
        var after = plan
        var next = (plan.roomAssignments.map(\.id.raw).max() ?? 0) + 1
        for change in proposal.changes {
            guard case .roomAssignment(let before, var a) = change else { continue }
            if before == nil && a != nil {
                a!.id = ID(next)
                next += 1
            }
            after.apply(.roomAssignment(before: before, after: a))
        }
        self.plan = after
        self.language = language
        unassigned = proposal.unassigned
        alone = proposal.alone
        self.proposal = (proposal.tally, applied)
    }

    /// One room with its guests, in the order lists print them: hotel, block, room.
    public struct Row: Sendable {
        public var hotel: Site
        public var block: RoomBlock
        public var room: String
        public var label: String
        public var guests: [(person: Person, nights: [LocalDate])]
    }

    public var rows: [Row] {
        let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byRoom = Dictionary(grouping: plan.roomAssignments) { "\($0.block.raw)|\($0.room)" }
        var out: [Row] = []
        for site in plan.sites where hotel == nil || site.id == hotel {
            for block in plan.roomBlocks where block.hotel == site.id {
                var names = block.roomNames
                // Rooms given that the block does not name (a number the hotel took back) still show.
                for a in plan.roomAssignments where a.block == block.id && !names.contains(a.room) {
                    names.append(a.room)
                }
                for room in names {
                    guard let list = byRoom["\(block.id.raw)|\(room)"] else { continue }
                    var guests: [(Person, [LocalDate])] = []
                    for a in list.sorted(by: { ($0.checkIn, $0.person) < ($1.checkIn, $1.person) }) {
                        guard let p = people[a.person] else { continue }
                        if let i = guests.firstIndex(where: { $0.0.id == p.id }) {
                            guests[i].1 += a.span.nights
                        } else {
                            guests.append((p, a.span.nights))
                        }
                    }
                    out.append(Row(hotel: site, block: block, room: room,
                                   label: plan.roomLabel(block: block, room: room, language),
                                   guests: guests.map { (person: $0.0, nights: $0.1.sorted()) }))
                }
            }
        }
        return out
    }

    /// `5月13–15日` / `13–15 May`: the nights a guest sleeps there, from check-in to check-out as
    /// the 分房表, the desk and the notices write them (a run of nights each, when there are gaps).
    private func nightsText(_ nights: [LocalDate]) -> String {
        var runs: [(LocalDate, LocalDate)] = []
        for n in nights {
            if let last = runs.last, last.1 == n { runs[runs.count - 1].1 = n.adding(days: 1) } else {
                runs.append((n, n.adding(days: 1)))
            }
        }
        return runs.map { RoomingLists.nights($0.0, $0.1, language) }
            .joined(separator: ExportWords.listSeparator.text(language))
    }

    private func reasonText(_ u: UnassignedGuest) -> String {
        // Only a split pair names a roommate and a hotel: looked up for them alone.
        let mate = u.roommate.flatMap { r in plan.people.first { $0.id == r }?.name } ?? ""
        let hotel = u.hotel.flatMap { h in plan.sites.first { $0.id == h }?.name } ?? ""
        return u.reason.text(language, u.night.map { DateText.day($0, language, weekday: false) } ?? "",
                             Sanitize.forTerminal(mate), Sanitize.forTerminal(hotel))
    }

    public func text() -> String {
        let w = { (k: RoomingReportWords, args: [any CustomStringConvertible]) in
            k.text(self.language, arguments: args.map(\.description))
        }
        var out = w(.heading, [Sanitize.forTerminal(plan.event.name), plan.event.key]) + "\n"
        if let p = proposal {
            let t = p.tally
            out += w(.proposalHeading, [t.given, t.moved, t.changed, t.takenBack]) + "\n"
            if t.isEmpty {
                out += w(.unchanged, []) + "\n"
            } else {
                out += w(p.applied ? .applied : .notSaved, []) + "\n"
            }
        }
        let rows = self.rows
        if rows.isEmpty { out += "\n" + w(.noRooms, []) + "\n" }
        var hotel: ID<Site>?
        let labelWidth = rows.map { DisplayWidth.of($0.label) }.max() ?? 0
        for r in rows {
            if r.hotel.id != hotel {
                hotel = r.hotel.id
                out += "\n" + Sanitize.forTerminal(r.hotel.name) + "\n"
            }
            let guests = r.guests.map { g in
                w(.guestNights, [Sanitize.forTerminal(g.person.name), nightsText(g.nights)])
            }.joined(separator: RoomingReportWords.nameSeparator.text(language))
            out += "  " + w(.roomLine, [DisplayWidth.pad(Sanitize.forTerminal(r.label), to: labelWidth),
                                        r.block.type.text(language),
                                        Plural(one: RoomingReportWords.bedsOne, other: .bedsOther)
                                            .text(language, r.block.beds), guests]) + "\n"
        }
        if !alone.isEmpty {
            let names = Dictionary(plan.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            let list = alone.map { Sanitize.forTerminal(names[$0] ?? "?") }
                .joined(separator: RoomingReportWords.nameSeparator.text(language))
            out += "\n" + w(.aloneHeading, [list]) + "\n"
        }
        if !unassigned.isEmpty {
            let people = Dictionary(plan.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            out += "\n" + w(.unassignedHeading, [unassigned.count]) + "\n"
            for u in unassigned {
                let name = Sanitize.forTerminal(people[u.person] ?? "?")
                out += "  " + w(.unassignedLine, [name, reasonText(u)]) + "\n"
            }
        }
        return out
    }

    /// `{"rooms": [{"hotel", "room", "type", "beds", "guests": [{"person", "name", "nights"}]}],
    /// "unassigned": [{"person", "reason"}]}`; people by their file identifier.
    public func json() -> String {
        var out = "{\n  \"event\": {\"id\": \(JSONText.quote(plan.event.key)), "
            + "\"name\": \(JSONText.quote(plan.event.name))},\n"
        if let p = proposal {
            let t = p.tally
            out += "  \"proposal\": {\"given\": \(t.given), \"moved\": \(t.moved), \"changed\": \(t.changed), "
                + "\"takenBack\": \(t.takenBack), "
                + "\"applied\": \(p.applied)},\n"
        }
        let rooms = rows.map { r in
            let guests = r.guests.map { g in
                "{\"person\": \(JSONText.quote(g.person.key)), \"name\": \(JSONText.quote(g.person.name)), "
                    + "\"nights\": ["
                    + g.nights.map { "\"\($0)\"" }.joined(separator: ", ") + "]}"
            }
            // The label in one language whatever the reader's: a script reads the same key every run.
            let label = plan.roomLabel(block: r.block, room: r.room, .zh)
            return "    {\"hotel\": \(JSONText.quote(r.hotel.name)), \"room\": \(JSONText.quote(label)), "
                + "\"type\": \(JSONText.quote(r.block.type.rawValue)), \"beds\": \(r.block.beds), \"guests\": ["
                + guests.joined(separator: ", ") + "]}"
        }
        out += "  \"rooms\": [" + (rooms.isEmpty ? "" : "\n" + rooms.joined(separator: ",\n") + "\n  ") + "],\n"
        let keys = Dictionary(plan.people.map { ($0.id, $0.key) }, uniquingKeysWith: { a, _ in a })
        let missing = unassigned.map { u in
            "    {\"person\": \(JSONText.quote(keys[u.person] ?? "")), \"code\": \(JSONText.quote(u.reason.rawValue)), "
                + "\"reason\": \(JSONText.quote(reasonText(u)))}"
        }
        out += "  \"unassigned\": [" + (missing.isEmpty ? "" : "\n" + missing.joined(separator: ",\n") + "\n  ")
            + "]\n}\n"
        return out
    }
}
