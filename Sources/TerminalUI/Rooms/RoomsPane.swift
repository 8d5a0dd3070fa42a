import Foundation
import Interchange
import Print
import PlanningCore

/// The Rooms pane's two lists, `v` going from one to the other: the guests by room (who sleeps
/// where, and who has no room yet), and the hotels' nights with rooms used/held per room type.
enum RoomsList: Int, CaseIterable {
    case guests, nights

    var title: UIWords {
        switch self {
        case .guests: .roomsGuests
        case .nights: .roomsNights
        }
    }
}

/// Which list the pane shows, and where the cursor and sort of the other were left.
struct RoomsView {
    var list = RoomsList.guests
    var left: [RoomsList: ListState] = [:]
}

/// Pane 8 (住宿): guests by room and the hotels' nights. Every edit is a `Change` saved as any
/// other (undo, colleagues see it); `A` offers the assigner's rooms before saving them.
enum RoomsPane: ListPane {
    static let title = UIWords.paneRooms
    static let bindings: [Binding<Action>] =
        [Binding([.char("v")], "v", hint: .hintRoomsList, .roomsList)]
        + PaneKeys.editing.map { b in
            var b = b
            if b.command == .delete { b.rank = 2 }
            return b
        } + [
            Binding([.char("m")], "m", hint: .hintMoveGuest, .moveGuest),
            Binding([.char("w")], "w", hint: .hintSwapRooms, .swapRooms),
            Binding([.char("A")], "A", hint: .hintAssignRooms, .assignRooms),
        ] + PaneKeys.list

    static func list(_ s: AppState) -> RoomsList { s.view.rooms.list }

    static func perform(_ action: Action, _ s: inout AppState) -> Bool {
        switch (action, list(s)) {
        case (.roomsList, _): showNext(&s)
        case (.assignRooms, _): s.offerRoomPlan(RoomAssigner.assign(s.plan))
        case (.add, .guests): s.mode = .form(s.stayForm(nil))
        case (.edit, .guests): if let p = selectedGuest(s) { s.mode = .form(s.stayForm(p)) }
        case (.delete, .guests):
            guard let p = selectedGuest(s) else { return true }
            let rooms = s.plan.roomAssignments.filter { $0.person == p }
            guard !rooms.isEmpty else { s.message = UIWords.noRoomYet.text(s.language, name(s, p)); return true }
            s.mode = .confirm(
                Confirmation(
                    title: .confirmTakeBackRoom, message: UIWords.takeBackRoom.text(s.language, name(s, p)),
                    changes: rooms.map { .roomAssignment(before: $0, after: nil) }))
        case (.moveGuest, .guests): if let p = selectedGuest(s) { s.openRoomForm(p) }
        case (.swapRooms, .guests): if let p = selectedGuest(s) { s.openSwapForm(p) }
        case (.add, .nights): s.mode = .form(s.roomBlockForm())
        case (.edit, .nights), (.delete, .nights):
            guard let row = s.selectedRow, let mode = s.onBlockOfNight(row, delete: action == .delete) else {
                return true
            }
            s.mode = mode
        case (.moveGuest, .nights), (.swapRooms, .nights):
            s.message = UIWords.roomsOnGuests.text(s.language)
        default: return false
        }
        return true
    }

    /// `v`: the other list, with its own cursor and sort as they were left.
    static func showNext(_ s: inout AppState) {
        let now = list(s), next = RoomsList(rawValue: (now.rawValue + 1) % RoomsList.allCases.count)!
        s.view.rooms.left[now] = s.view.lists[.rooms]
        s.view.rooms.list = next
        s.view.lists[.rooms] = s.view.rooms.left[next] ?? ListState()
        s.view.order[.rooms] = nil
        s.view.searchKeys[.rooms] = nil
        s.ensureOrder(.rooms)
    }

    // MARK: rows

    /// A guests row is an index into the plan's people (those with a stay or a room); a nights
    /// row an index into the tables' hotel nights.
    static func rowSpace(_ s: AppState) -> Int {
        switch list(s) {
        case .guests: s.plan.people.count
        case .nights: RoomTables.of(s).hotelNights.count
        }
    }

    static func rows(_ s: AppState) -> [Int] {
        let t = RoomTables.of(s)
        switch list(s) {
        case .guests:
            // The guests, not a walk over 100,000 attendees: those with a stay or a room.
            let index = s.document.catalog.personIndex
            return t.guests.compactMap { index[$0] }.sorted()
        case .nights: return Array(t.hotelNights.indices)
        }
    }

    static func selectedGuest(_ s: AppState) -> ID<Person>? {
        guard list(s) == .guests, let row = s.selectedRow, row < s.plan.people.count else { return nil }
        return s.plan.people[row].id
    }

    static func name(_ s: AppState, _ person: ID<Person>) -> String {
        s.document.catalog.personIndex[person].map { s.plan.people[$0].name } ?? ""
    }

    static func entityKey(_ s: AppState, row: Int) -> String? {
        switch list(s) {
        case .guests: row < s.plan.people.count ? "g" + s.plan.people[row].uid : nil
        case .nights:
            RoomTables.of(s).hotelNights.indices.contains(row)
                ? RoomTables.of(s).hotelNights[row].key : nil
        }
    }

    static func searchText(_ s: AppState, row: Int) -> String {
        let t = RoomTables.of(s)
        switch list(s) {
        case .guests:
            guard row < s.plan.people.count else { return "" }
            let p = s.plan.people[row]
            return [p.name, p.organisation, t.room(p.id)].joined(separator: " ")
        case .nights:
            return t.hotelNights.indices.contains(row) ? t.hotelNights[row].hotelName : ""
        }
    }

    // MARK: columns

    static func columns(_ s: AppState) -> [Column] {
        switch list(s) {
        case .guests: guestColumns(s)
        case .nights: nightColumns(s)
        }
    }

    static func guestColumns(_ s: AppState) -> [Column] {
        let plan = s.plan, t = RoomTables.of(s), lang = s.language
        func person(_ row: Int) -> Person { plan.people[row] }
        let room: (Int) -> String = { row in
            let r = t.room(person(row).id)
            return r.isEmpty ? UIWords.noRoom.text(lang) : r
        }
        // By hotel, then room as the front desk walks them (908 before 1208), unroomed guests last.
        let byRoom: (Int) -> SortKey = { row in .number(t.roomRank[person(row).id] ?? Int.max) }
        let need: (Int) -> String = { t.stays[person($0).id].map { $0.need.text(lang) } ?? "" }
        let nights: (Int) -> String = { row in
            let id = person(row).id
            let span = t.spans[id].map { RoomingLists.nights($0.checkIn, $0.checkOut, lang) } ?? "—"
            return t.missing[id].map { span + UIWords.nightsMissing.text(lang, $0) } ?? span
        }
        let short: (Int) -> Role? = { t.missing[person($0).id] == nil ? nil : .warning }
        let byNights: (Int) -> SortKey = { .number(t.spans[person($0).id]?.checkIn.dayNumber ?? Int.max) }
        let who: (Int) -> String = { person($0).name }
        let gender: (Int) -> String = { person($0).gender }
        let org: (Int) -> String = { person($0).organisation }
        // Only a guest who needs a room and has none: 不住 is no warning.
        let unroomed: (Int) -> Role? = { row in
            let id = person(row).id
            return t.lodgings[id] == nil && t.stays[id]?.need != .noRoom ? .warning : nil
        }
        let worst: (Int) -> Severity? = { t.marks.worst(person: person($0).id) }
        return [
            Column(title: .colRoomNumber, width: 14, priority: 9, value: room, sortKey: byRoom, role: unroomed),
            Column(title: .colName, width: 8, priority: 10, value: who, sortKey: Column.text(who)),
            Column(title: .colGender, width: 4, priority: 6, value: gender, sortKey: Column.text(gender)),
            Column(title: .colStayNeed, width: 4, priority: 7, value: need, sortKey: Column.text(need)),
            Column(title: .colNights, width: 9, priority: 8, value: nights, sortKey: byNights, role: short),
            Column(title: .colOrganisation, width: 12, priority: 4, flex: true, value: org, sortKey: Column.text(org)),
            Column(title: .colMark, width: 2, priority: 10, value: { TransportPane.mark(worst($0)) },
                   sortKey: { .text(TransportPane.mark(worst($0))) },
                   role: { worst($0).map(Theme.role) }),
        ]
    }

    static func nightColumns(_ s: AppState) -> [Column] {
        let t = RoomTables.of(s), lang = s.language
        let hotel: (Int) -> String = { t.hotelNights[$0].hotelName }
        let night: (Int) -> String = { DateText.day(t.hotelNights[$0].night, lang, weekday: false) }
        let byNight: (Int) -> SortKey = { row in
            .number(t.hotelNights[row].hotelRank * 100_000 + t.hotelNights[row].night.dayNumber)
        }
        func count(_ type: RoomType) -> (Int) -> String {
            { row in t.hotelNights[row].counts[type].map { "\($0.used)/\($0.held)" } ?? "" }
        }
        func over(_ type: RoomType) -> (Int) -> Role? {
            { row in t.hotelNights[row].counts[type].map { $0.used > $0.held ? .error : nil } ?? nil }
        }
        func byCount(_ type: RoomType) -> (Int) -> SortKey {
            { row in .number(t.hotelNights[row].counts[type]?.used ?? -1) }
        }
        return [
            Column(title: .colHotel, width: 14, priority: 9, flex: true, value: hotel, sortKey: byNight),
            Column(title: .colNight, width: 7, priority: 10, value: night, sortKey: byNight),
            Column(title: .colSingles, width: 7, priority: 8, alignRight: true, value: count(.single),
                   sortKey: byCount(.single), role: over(.single)),
            Column(title: .colTwins, width: 7, priority: 8, alignRight: true, value: count(.twin),
                   sortKey: byCount(.twin), role: over(.twin)),
            Column(title: .colSuites, width: 7, priority: 8, alignRight: true, value: count(.suite),
                   sortKey: byCount(.suite), role: over(.suite)),
        ]
    }

    // MARK: details

    static func details(_ s: AppState, row: Int) -> [DetailLine] {
        switch list(s) {
        case .guests: row < s.plan.people.count ? guestDetails(s, s.plan.people[row]) : []
        case .nights: RoomTables.of(s).hotelNights.indices.contains(row) ? nightDetails(s, row) : []
        }
    }

    static func guestDetails(_ s: AppState, _ p: Person) -> [DetailLine] {
        let d = DetailText(s), t = RoomTables.of(s), lang = s.language
        var lines = [DetailLine(text: p.name, style: CellStyle(bold: true))]
        if !p.organisation.isEmpty { lines.append(d.field(.colOrganisation, p.organisation)) }
        if !p.phone.isEmpty { lines.append(d.field(.detailPhone, p.phone)) }
        if let stay = t.stays[p.id] {
            lines.append(d.field(.colStayNeed, stay.need.text(lang)))
            if let r = stay.roommate { lines.append(d.field(.fieldRoommate, name(s, r))) }
        }
        lines.append(d.field(.colNights, t.spans[p.id].map { RoomingLists.nights($0.checkIn, $0.checkOut, lang) }
            ?? ""))
        for a in t.lodgings[p.id] ?? [] {
            guard let b = t.blocks[a.block] else { continue }
            let with = s.plan.roomAssignments.filter {
                $0.block == a.block && $0.room == a.room && $0.person != p.id && $0.span.overlaps(a.span)
            }.map { name(s, $0.person) }
            lines.append(d.field(.colRoomNumber,
                                 t.hotelName(b.hotel) + " " + s.plan.roomLabel(block: b, room: a.room, lang) + " "
                                    + RoomingLists.nights(a.checkIn, a.checkOut, lang)))
            if !with.isEmpty {
                lines.append(d.field(.detailRoommates, with.joined(separator: UIWords.listSeparator.text(lang))))
            }
        }
        return lines + TransportPane.findings(s, t.marks.people[p.id] ?? [])
    }

    static func nightDetails(_ s: AppState, _ row: Int) -> [DetailLine] {
        let d = DetailText(s), t = RoomTables.of(s), n = t.hotelNights[row], lang = s.language
        var lines = [DetailLine(text: n.hotelName + " " + DateText.day(n.night, lang, weekday: true),
                                style: CellStyle(bold: true))]
        for type in RoomType.allCases {
            guard let c = n.counts[type] else { continue }
            let counts = UIWords.roomsUsedHeld.text(lang, c.used, c.held)
            lines.append(d.field(.colRoomType, type.text(lang) + " " + counts))
        }
        return lines
    }
}

/// What the Rooms pane's rows are read from, gathered once each time its list is ordered
/// (`AppState.ensureOrder`) and kept with the order, as the Transport pane's are: never per
/// frame, nor per row.
struct RoomTables {
    var language: Language
    var stays: [ID<Person>: Stay]
    /// Each guest's rooms, by check-in.
    var lodgings: [ID<Person>: [RoomAssignment]] = [:]
    var blocks: [ID<RoomBlock>: RoomBlock]
    var hotels: [ID<Site>: String]
    /// Hotels (with a block) in the plan's site order: the first key of the pane's room order.
    var hotelOrder: [ID<Site>: Int] = [:]
    /// The nights each guest needs (given, else from their journey, else the event's days).
    var spans: [ID<Person>: NightSpan] = [:]
    /// Each roomed guest's place when guests are ordered by hotel and room as the 分房表 lists
    /// them (hotel, numbered rooms by number, then type, block and ordinal, then check-in), packed
    /// in one number: made per guest, so that an edit remakes only its guests', and compared at
    /// the cost of an integer when the pane sorts thousands of guests after each edit.
    var roomRank: [ID<Person>: Int] = [:]
    /// Labelled blocks in the 分房表's order (type, then key).
    var blockRank: [ID<RoomBlock>: Int] = [:]
    /// Guests in each room of each block, night by night (day numbers): the nights list's rooms
    /// used, kept up to date by an edit rather than counted again over every assignment.
    var usedRooms: [ID<RoomBlock>: [Int: [String: Int]]] = [:]
    /// Each guest's first room as the list shows it (`德阳宾馆 1208`).
    var roomText: [ID<Person>: String] = [:]
    /// The pane's guests: everyone with a room, and those with a stay who still take part (a
    /// withdrawn registration's stay is no one to room).
    var guests: Set<ID<Person>> = []
    /// Nights of a guest's stay no room covers, when some are.
    var missing: [ID<Person>: Int] = [:]
    var marks: TransportMarks
    var hotelNights: [HotelNight] = []

    /// One hotel's rooms on one night: per type, used and held.
    struct HotelNight {
        var hotel: ID<Site>
        var hotelName: String
        var hotelRank: Int
        var night: LocalDate
        var counts: [RoomType: (used: Int, held: Int)]
        var key: String { "n\(hotel.raw):\(night.dayNumber)" }
    }

    init(_ s: AppState) {
        let plan = s.plan
        language = s.language
        stays = Dictionary(plan.stays.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        blocks = Dictionary(plan.roomBlocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        hotels = Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let withBlocks = Set(plan.roomBlocks.map(\.hotel))
        for site in plan.sites where withBlocks.contains(site.id) && hotelOrder[site.id] == nil {
            hotelOrder[site.id] = hotelOrder.count
        }
        let labelled = plan.roomBlocks.filter { !$0.isNumbered }
            .sorted { ($0.type.rawValue, $0.key) < ($1.type.rawValue, $1.key) }
        for (i, b) in labelled.enumerated() { blockRank[b.id] = i }
        marks = TransportMarks(s.document.findings)
        for a in plan.roomAssignments.sorted(by: { ($0.checkIn, $0.key) < ($1.checkIn, $1.key) }) {
            lodgings[a.person, default: []].append(a)
            use(a, 1)
        }
        let trips = Dictionary(plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        for p in Set(stays.keys).union(lodgings.keys) { follow(p, s, trip: trips[p]) }
        countNights(plan)
    }

    /// The tables after edits of stays and rooms alone: only the guests they touch are looked at
    /// again (an edit's frame cannot spare a pass that sorts every guest), the nights' counts and
    /// the marks from the plan and findings as they now are.
    func following(_ changes: [Change], _ s: AppState) -> RoomTables? {
        guard s.language == language else { return nil }
        var touched = Set<ID<Person>>()
        var t = self
        for change in changes {
            switch change {
            case .stay(let b, let a): for x in [b, a].compactMap({ $0 }) { touched.insert(x.person) }
            case .roomAssignment(let b, let a):
                for x in [b, a].compactMap({ $0 }) { touched.insert(x.person) }
                if let b { t.use(b, -1) }
                if let a { t.use(a, 1) }
            default: return nil
            }
        }
        let plan = s.plan
        for p in touched {
            t.stays[p] = plan.stays.first { $0.person == p }
            let mine = plan.roomAssignments.filter { $0.person == p }
            t.lodgings[p] = mine.isEmpty ? nil : mine.sorted { ($0.checkIn, $0.key) < ($1.checkIn, $1.key) }
            (t.spans[p], t.roomRank[p], t.roomText[p], t.missing[p]) = (nil, nil, nil, nil)
            t.guests.remove(p)
            t.follow(p, s, trip: plan.trips.first { $0.person == p })
        }
        t.marks = TransportMarks(s.document.findings)
        t.hotelNights = []
        t.countNights(plan)
        return t
    }

    /// One guest's nights, place in the order, room text and whether the pane lists them.
    private mutating func follow(_ p: ID<Person>, _ s: AppState, trip: Trip?) {
        let catalog = s.document.catalog
        let rooms = lodgings[p] ?? []
        if let st = stays[p] {
            spans[p] = s.plan.nights(of: st, trip: trip)
            if catalog.registrationIndex[p] != nil || catalog.rolesByPerson[p] != nil { guests.insert(p) }
        }
        if let a = rooms.first, let b = rooms.last, spans[p] == nil {
            spans[p] = NightSpan(checkIn: a.checkIn, checkOut: b.checkOut)
        }
        if !rooms.isEmpty { guests.insert(p) }
        if let span = spans[p], stays[p].map({ $0.need != .noRoom }) ?? false {
            let n = span.uncovered(by: rooms).count
            if n > 0 && n < span.count { missing[p] = n }
        }
        var first: (rank: Int, text: String)?
        for a in rooms {
            guard let b = blocks[a.block], let hotel = hotelOrder[b.hotel] else { continue }
            let rank = Self.rank(a, b, hotel: hotel, block: blockRank[b.id] ?? 0)
            if first.map({ rank < $0.rank }) ?? true {
                first = (rank, (hotels[b.hotel] ?? "") + " " + s.plan.roomLabel(block: b, room: a.room, language))
            }
        }
        if let first {
            roomRank[p] = first.rank
            roomText[p] = first.text
        }
    }

    /// The 分房表's order (`RoomingLists.hotels`) in 63 bits: hotel (8), labelled (1), the
    /// labelled block's place (14), the room's number (24; a number past that, or none, last),
    /// check-in (16). Guests of one room on one night tie, and keep the plan's order.
    static func rank(_ a: RoomAssignment, _ b: RoomBlock, hotel: Int, block: Int) -> Int {
        let number = min(Int(a.room) ?? (1 << 24 - 1), 1 << 24 - 1)
        let labelled = b.isNumbered ? 0 : 1, place = b.isNumbered ? 0 : min(block, 1 << 14 - 1)
        return min(hotel, 255) << 55 | labelled << 54 | place << 40 | max(0, number) << 16
            | (a.checkIn.dayNumber & 0xFFFF)
    }

    /// A guest's nights in their room counted in (1) or out (−1) of the rooms used.
    mutating func use(_ a: RoomAssignment, _ step: Int) {
        for n in a.span.nights {
            let now = (usedRooms[a.block]?[n.dayNumber]?[a.room] ?? 0) + step
            usedRooms[a.block, default: [:]][n.dayNumber, default: [:]][a.room] = now > 0 ? now : nil
            // A night nobody sleeps in the block any more is no night of its rows (as gathered afresh).
            if usedRooms[a.block]?[n.dayNumber]?.isEmpty == true { usedRooms[a.block]?[n.dayNumber] = nil }
        }
    }

    /// Per hotel and night, rooms used and held of each type.
    private mutating func countNights(_ plan: EventPlan) {
        let siteOrder = Dictionary(plan.sites.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let used = usedRooms
        var byHotel: [ID<Site>: [Int: [RoomType: (used: Int, held: Int)]]] = [:]
        for b in plan.roomBlocks {
            var days = Set(b.nights.map(\.night.dayNumber))
            if let u = used[b.id] { days.formUnion(u.keys) }
            for day in days {
                let u = used[b.id]?[day]?.count ?? 0, h = b.rooms(on: LocalDate(dayNumber: day))
                let was = byHotel[b.hotel, default: [:]][day, default: [:]][b.type] ?? (0, 0)
                byHotel[b.hotel, default: [:]][day, default: [:]][b.type] = (was.used + u, was.held + h)
            }
        }
        for (hotel, days) in byHotel {
            for (day, counts) in days {
                hotelNights.append(HotelNight(hotel: hotel, hotelName: hotels[hotel] ?? "",
                                              hotelRank: siteOrder[hotel] ?? Int.max / 200_000,
                                              night: LocalDate(dayNumber: day), counts: counts))
            }
        }
        hotelNights.sort { ($0.hotelRank, $0.night) < ($1.hotelRank, $1.night) }
    }

    func hotelName(_ id: ID<Site>) -> String { hotels[id] ?? "" }

    /// The guest's first room as the list shows it; empty when they have none.
    func room(_ person: ID<Person>) -> String { roomText[person] ?? "" }

    /// The tables kept with the pane's order, or gathered now when the pane has not been ordered
    /// (or was ordered in the other language).
    static func of(_ s: AppState) -> RoomTables {
        if let kept = s.view.roomTables, kept.language == s.language { return kept }
        return RoomTables(s)
    }
}
