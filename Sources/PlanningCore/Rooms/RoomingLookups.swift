extension EventPlan {
    /// How a room is named on lists and the desk: the hotel's number (`1208`), else the type and
    /// ordinal (`标间-3`) counted over the hotel's blocks of that type in order, so a second
    /// confirmation's rooms go on from the first's (`标间-41`): staff and the front desk know no
    /// block's key.
    public func roomLabel(block: RoomBlock, room: String, _ lang: Language) -> String {
        RoomBlock.label(block: block, room: room, among: roomBlocks, lang)
    }

    /// Guests lodged in one room of a block on a night.
    public func guests(block: ID<RoomBlock>, room: String, night: LocalDate) -> [ID<Person>] {
        roomAssignments.filter { $0.block == block && $0.room == room && $0.span.contains(night) }.map(\.person)
    }

    /// Rooms of a block with someone in them on a night (used, against `RoomBlock.rooms(on:)` held).
    public func roomsUsed(block: ID<RoomBlock>, night: LocalDate) -> Int {
        Set(roomAssignments.filter { $0.block == block && $0.span.contains(night) }.map(\.room)).count
    }

    /// Every night any block holds rooms or any stay needs one, in order: the columns of a
    /// nights × room types table.
    public var roomingNights: [LocalDate] {
        var nights = Set(roomBlocks.flatMap { $0.nights.map(\.night) })
        let trips = Dictionary(self.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        for s in stays { nights.formUnion(self.nights(of: s, trip: trips[s.person])?.nights ?? []) }
        return nights.sorted()
    }
}

/// Why a guest does not fit a room for their nights, as the Rooms pane refuses a swap.
public enum LodgingProblem: Hashable, Sendable {
    /// Someone of the other gender sleeps there that night.
    case otherGender(night: LocalDate, with: ID<Person>)
    /// Every bed is taken that night.
    case noBed(night: LocalDate, beds: Int)
    /// The room would be one more than the block holds that night.
    case blockFull(night: LocalDate, held: Int)
    /// The hotel does not hold this room that night (1216 checks out a day before the others).
    case roomNotHeld(night: LocalDate)

    public var night: LocalDate {
        switch self {
        case .otherGender(let n, _), .noBed(let n, _), .blockFull(let n, _), .roomNotHeld(let n): n
        }
    }
}

extension RoomAssignment {
    /// What goes wrong with this guest in their room on their nights, beside `others` (the rooms
    /// as they will be, without this one): the first night a bed is missing, a guest of the other
    /// gender is there, or the room is one more than the block holds. `gender` gives a person's
    /// as the list has it (男, F…); unknown genders clash with nobody.
    public func problem(in block: RoomBlock, among others: [RoomAssignment],
                        gender: (ID<Person>) -> String) -> LodgingProblem? {
        let mine = RoomingState.genderKey(gender(person))
        let sameBlock = others.filter { $0.block == block.id && $0.person != person && $0.span.overlaps(span) }
        for night in span.nights {
            if block.rooms(on: night) > 0 && !block.holds(room, on: night) { return .roomNotHeld(night: night) }
            let there = sameBlock.filter { $0.room == room && $0.span.contains(night) }
            if there.isEmpty {
                let used = Set(sameBlock.filter { $0.span.contains(night) }.map(\.room)).count
                if used + 1 > block.rooms(on: night) { return .blockFull(night: night, held: block.rooms(on: night)) }
                continue
            }
            if let other = there.first(where: { a in
                let theirs = RoomingState.genderKey(gender(a.person))
                return !mine.isEmpty && !theirs.isEmpty && theirs != mine
            }) {
                return .otherGender(night: night, with: other.person)
            }
            if Set(there.map(\.person)).count + 1 > block.beds { return .noBed(night: night, beds: block.beds) }
        }
        return nil
    }
}

extension EventPlan {
    /// What goes wrong with a guest in each room for `span`, as `RoomAssignment.problem` judges a
    /// single room, for every room at once (keyed `block/room`; rooms that fit are absent): the
    /// room picker orders and marks its rooms by it. Their own rooms count as left (it is a
    /// move). Reads the assignments once, not once per room.
    public func lodgingProblems(for person: ID<Person>, span: NightSpan,
                                gender: (ID<Person>) -> String) -> [String: LodgingProblem] {
        let mine = RoomingState.genderKey(gender(person))
        var there: [String: [Int: [ID<Person>]]] = [:]
        var used: [ID<RoomBlock>: [Int: Set<String>]] = [:]
        for a in roomAssignments where a.person != person && a.span.overlaps(span) {
            for n in a.span.nights where span.contains(n) {
                there["\(a.block.raw)/\(a.room)", default: [:]][n.dayNumber, default: []].append(a.person)
                used[a.block, default: [:]][n.dayNumber, default: []].insert(a.room)
            }
        }
        var out: [String: LodgingProblem] = [:]
        for b in roomBlocks {
            for r in b.roomNames {
                let key = "\(b.id.raw)/\(r)"
                for night in span.nights {
                    if b.rooms(on: night) > 0 && !b.holds(r, on: night) {
                        out[key] = .roomNotHeld(night: night)
                        break
                    }
                    let tonight = there[key]?[night.dayNumber] ?? []
                    if tonight.isEmpty {
                        if (used[b.id]?[night.dayNumber]?.count ?? 0) + 1 > b.rooms(on: night) {
                            out[key] = .blockFull(night: night, held: b.rooms(on: night))
                            break
                        }
                        continue
                    }
                    if let other = tonight.first(where: { p in
                        let theirs = RoomingState.genderKey(gender(p))
                        return !mine.isEmpty && !theirs.isEmpty && theirs != mine
                    }) {
                        out[key] = .otherGender(night: night, with: other)
                        break
                    }
                    if Set(tonight).count + 1 > b.beds {
                        out[key] = .noBed(night: night, beds: b.beds)
                        break
                    }
                }
            }
        }
        return out
    }

    /// The first room, in the blocks' order, with a bed for a guest on every night of `span`:
    /// of the type their stay or VIP level asks for (a twin bed for 合住, a single for 单住 or
    /// level 1, a suite for level 3, a room to themselves for a companion), beside guests of
    /// their gender only, in a room the block still holds; their own rooms are left out (it is
    /// a move). nil when none fits. Reads the rooms once: a form opens on it.
    public func firstFreeRoom(for person: ID<Person>, span: NightSpan, stay: Stay?, vip: Int,
                              gender: (ID<Person>) -> String) -> (block: ID<RoomBlock>, room: String)? {
        let due = RoomAssignOptions().grade(forVIP: vip)
        let need = stay?.need ?? .shared
        let types: Set<RoomType> = due >= RoomType.suite.grade ? [.suite]
            : due > 0 || need == .single ? [.single]
            : need == .companion ? [.twin, .single] : [.twin]
        let shares = due == 0 && need != .single && need != .companion
        let mine = RoomingState.genderKey(gender(person))
        var there: [String: [RoomAssignment]] = [:]
        var used: [ID<RoomBlock>: [Int: Set<String>]] = [:]
        var own = Set<String>()
        for a in roomAssignments where a.span.overlaps(span) {
            if a.person == person { own.insert("\(a.block.raw)/\(a.room)"); continue }
            there["\(a.block.raw)/\(a.room)", default: []].append(a)
            for n in a.span.nights where span.contains(n) {
                used[a.block, default: [:]][n.dayNumber, default: []].insert(a.room)
            }
        }
        for b in roomBlocks where types.contains(b.type) {
            rooms: for r in b.roomNames where !own.contains("\(b.id.raw)/\(r)") {
                let guests = there["\(b.id.raw)/\(r)"] ?? []
                for n in span.nights {
                    guard b.holds(r, on: n) else { continue rooms }
                    let tonight = Set(guests.filter { $0.span.contains(n) }.map(\.person))
                    if tonight.isEmpty {
                        if (used[b.id]?[n.dayNumber]?.count ?? 0) >= b.rooms(on: n) { continue rooms }
                        continue
                    }
                    guard shares, !mine.isEmpty, tonight.count < b.beds,
                          tonight.allSatisfy({ RoomingState.genderKey(gender($0)) == mine }) else { continue rooms }
                }
                return (b.id, r)
            }
        }
        return nil
    }

    /// The hotels: sites holding a room block, in the plan's order.
    public var hotelsWithBlocks: [Site] {
        let held = Set(roomBlocks.map(\.hotel))
        return sites.filter { held.contains($0.id) }
    }

    /// The hotel staff mean by `given`: its key or name, else the one hotel whose name holds it
    /// (`金鹰` for 德阳金鹰酒店); nil when none or several do.
    public func hotel(named given: String) -> ID<Site>? {
        let hotels = hotelsWithBlocks
        if let h = hotels.first(where: { $0.key == given || $0.name == given }) { return h.id }
        let holding = hotels.filter { !given.isEmpty && $0.name.contains(given) }
        return holding.count == 1 ? holding[0].id : nil
    }
}
