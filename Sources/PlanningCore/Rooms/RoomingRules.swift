/// What the rooming rules know of a guest besides their stay: kept for the few people who have
/// a stay or a room (a one-shot check keeps no person records).
struct GuestFacts: Hashable {
    /// `m`, `f`, or empty when not known.
    var gender: String
    var vip: Int
    var registered: Bool
}

/// The rooming part of a plan as the conflict engine keeps it. Stays and rooms are a few
/// thousand, kept by id in dictionaries; an edit to people or sessions looks only at guests.
struct RoomingState {
    var stays: [ID<Person>: Stay] = [:]
    var blocks: [ID<RoomBlock>: RoomBlock] = [:]
    var assignments: [ID<RoomAssignment>: RoomAssignment] = [:]
    var ofPerson: [ID<Person>: Set<ID<RoomAssignment>>] = [:]
    var ofBlock: [ID<RoomBlock>: Set<ID<RoomAssignment>>] = [:]
    /// Who named a person as their roommate or principal: told again when that person's rooms change.
    var requesters: [ID<Person>: Set<ID<Person>>] = [:]
    var facts: [ID<Person>: GuestFacts] = [:]

    /// Everyone with rooming findings of their own: a stay or a room.
    var guests: Set<ID<Person>> { Set(stays.keys).union(ofPerson.keys) }

    func isGuest(_ p: ID<Person>) -> Bool { stays[p] != nil || ofPerson[p] != nil }

    mutating func setStay(_ person: ID<Person>, _ stay: Stay?) {
        for r in [stays[person]?.roommate, stays[person]?.principal].compactMap({ $0 }) {
            requesters[r]?.remove(person)
            if requesters[r]?.isEmpty == true { requesters[r] = nil }
        }
        stays[person] = stay
        for r in [stay?.roommate, stay?.principal].compactMap({ $0 }) { requesters[r, default: []].insert(person) }
    }

    mutating func setAssignment(_ id: ID<RoomAssignment>, _ a: RoomAssignment?) {
        if let old = assignments[id] {
            ofPerson[old.person]?.remove(id)
            if ofPerson[old.person]?.isEmpty == true { ofPerson[old.person] = nil }
            ofBlock[old.block]?.remove(id)
            if ofBlock[old.block]?.isEmpty == true { ofBlock[old.block] = nil }
        }
        assignments[id] = a
        guard let a else { return }
        ofPerson[a.person, default: []].insert(id)
        ofBlock[a.block, default: []].insert(id)
    }

    /// A person's rooms in night order (then id), so findings do not depend on hashing.
    func rooms(of p: ID<Person>) -> [RoomAssignment] {
        (ofPerson[p] ?? []).compactMap { assignments[$0] }.sorted { ($0.checkIn, $0.id) < ($1.checkIn, $1.id) }
    }

    func rooms(in b: ID<RoomBlock>) -> [RoomAssignment] {
        (ofBlock[b] ?? []).compactMap { assignments[$0] }.sorted { ($0.checkIn, $0.id) < ($1.checkIn, $1.id) }
    }

    /// `男`, `M`, `male` and their variants as one key; anything else is not known.
    static func genderKey(_ text: String) -> String {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "男", "男性", "m", "male", "man", "先生": return "m"
        case "女", "女性", "f", "female", "woman", "女士": return "f"
        default: return ""
        }
    }
}

/// A guest must be able to leave their hotel at this minute of the day (07:30) and reach their
/// first role in time; earlier starts are the hotel's distance, not the guest's morning.
let earliestHotelDeparture = 7 * 60 + 30

extension PlanIndex {
    /// Takes in the plan's stays, blocks and rooms, and what the rules need of their guests.
    mutating func loadRooming(_ plan: EventPlan) {
        for b in plan.roomBlocks { rooming.blocks[b.id] = b }
        for s in plan.stays { rooming.setStay(s.person, s) }
        for a in plan.roomAssignments { rooming.setAssignment(a.id, a) }
        guard !rooming.stays.isEmpty || !rooming.assignments.isEmpty else { return }
        let registered = Set(plan.registrations.map(\.person))
        let guests = rooming.guests
        for p in plan.people where guests.contains(p.id) {
            rooming.facts[p.id] = GuestFacts(gender: RoomingState.genderKey(p.gender), vip: p.vipLevel,
                                             registered: registered.contains(p.id))
        }
    }

    /// The facts of a guest as the index has them now (an editable index keeps people).
    func currentFacts(_ id: ID<Person>) -> GuestFacts? {
        guard let slot = personSlot[id], slot < people.count, let p = people[slot] else { return rooming.facts[id] }
        return GuestFacts(gender: RoomingState.genderKey(p.gender), vip: p.vipLevel,
                          registered: slot < category.count && category[slot] != nil)
    }

    /// Every rooming finding: what a one-shot check adds.
    func roomingFindings() -> [Finding] {
        var out: [Finding] = []
        for b in rooming.blocks.keys.sorted() { out += blockFindings(b) }
        for p in rooming.guests.sorted() { out += guestFindings(p) }
        return out
    }

    // MARK: one block

    /// A block over its count on a night, a room over its beds, a room shared across genders.
    func blockFindings(_ id: ID<RoomBlock>) -> [Finding] {
        guard let block = rooming.blocks[id] else { return [] }
        let given = rooming.rooms(in: id)
        guard !given.isEmpty else { return [] }
        var out: [Finding] = []
        var nights = Set<LocalDate>()
        for a in given { nights.formUnion(a.span.nights) }
        for night in nights.sorted() {
            let used = Set(given.filter { $0.span.contains(night) }.map(\.room)).count
            let held = block.rooms(on: night)
            if used > held {
                out.append(Finding(code: .roomsOverbooked, count: used, limit: held, details: [night.description],
                                   blocks: [id]))
            }
        }
        let byRoom = Dictionary(grouping: given, by: \.room)
        for room in byRoom.keys.sorted() {
            let guests = byRoom[room]!
            var overNight: (LocalDate, Int)?, mixedNight: LocalDate?
            var mixed = Set<ID<Person>>()
            for night in Set(guests.flatMap { $0.span.nights }).sorted() {
                let there = guests.filter { $0.span.contains(night) }.map(\.person)
                let people = Set(there)
                if people.count > block.beds, overNight == nil { overNight = (night, people.count) }
                let genders = Set(people.compactMap { rooming.facts[$0]?.gender }.filter { !$0.isEmpty })
                if genders.count > 1 {
                    mixed.formUnion(people)
                    if mixedNight == nil { mixedNight = night }
                }
            }
            if let (night, n) = overNight {
                out.append(Finding(code: .roomsOverbooked, count: n, limit: block.beds,
                                   details: [night.description, room], blocks: [id]))
            }
            if let night = mixedNight {
                out.append(Finding(code: .mixedGenderRoom, people: mixed.sorted(),
                                   details: [night.description, room], blocks: [id]))
            }
            // A night the block holds rooms but not this one: over the block's count it is
            // `rooms-overbooked` already.
            if block.hasRoomNights {
                var unheld: [LocalDate] = [], lodged = Set<ID<Person>>()
                for night in Set(guests.flatMap { $0.span.nights }).sorted()
                where block.rooms(on: night) > 0 && !block.holds(room, on: night) {
                    unheld.append(night)
                    lodged.formUnion(guests.filter { $0.span.contains(night) }.map(\.person))
                }
                if let first = unheld.first {
                    out.append(Finding(code: .roomNotHeld, people: lodged.sorted(), count: unheld.count,
                                       details: [first.description, room], blocks: [id]))
                }
            }
        }
        return out
    }

    // MARK: one guest

    /// A guest's own findings: two rooms on one night, nights without a room, a room below
    /// their level, a roommate not honoured, a hotel too far for their first role, a room
    /// still held after they stopped coming.
    func guestFindings(_ id: ID<Person>) -> [Finding] {
        let stay = rooming.stays[id]
        let lodged = rooming.rooms(of: id)
        let slot = personSlot[id]
        let facts = rooming.facts[id] ?? GuestFacts(gender: "", vip: 0, registered: false)
        let who = [id]
        var out: [Finding] = []
        func blocks(_ list: [RoomAssignment]) -> [ID<RoomBlock>] { Set(list.map(\.block)).sorted() }
        // Two rooms on one night.
        var twice: [LocalDate] = []
        for (i, a) in lodged.enumerated() {
            for b in lodged[(i + 1)...] where a.span.overlaps(b.span) {
                twice += a.span.nights.filter { b.span.contains($0) }
            }
        }
        let doubled = Set(twice).sorted()
        if let first = doubled.first {
            let involved = lodged.filter { a in doubled.contains { a.span.contains($0) } }
            out.append(Finding(code: .guestInTwoRooms, people: who, count: doubled.count,
                               details: [first.description], blocks: blocks(involved)))
        }
        let takingPart = facts.registered || slot.map { !roleSessions[$0].isEmpty } ?? false
        if !lodged.isEmpty && (stay?.need == .noRoom || !takingPart) {
            let nights = Set(lodged.flatMap { $0.span.nights }).count
            out.append(Finding(code: .cancelledHoldsRoom, people: who, count: nights, blocks: blocks(lodged)))
            return out
        }
        let trip = slot.flatMap { transport.trips[Int32($0)] }
        // Someone who no longer takes part needs no room (and `rooms assign` gives none).
        if let stay, takingPart, !rooming.blocks.isEmpty, let span = stay.nights(event: event, trip: trip) {
            let missing = span.uncovered(by: lodged)
            if let first = missing.first {
                out.append(Finding(code: .nightsUncovered, people: who, count: missing.count, limit: span.count,
                                   details: [first.description]))
            }
            if let beyond = Finding.nightsBeyond(span, lodged) {
                out.append(beyond)
            }
        }
        let due = RoomAssignOptions().grade(forVIP: facts.vip)
        let below = lodged.filter { (rooming.blocks[$0.block]?.type.grade ?? due) < due }
        if !below.isEmpty {
            let type = rooming.blocks[below[0].block]?.type.rawValue ?? ""
            out.append(Finding(code: .roomBelowLevel, people: who, count: facts.vip, details: [type],
                               blocks: blocks(below)))
        }
        if let stay, stay.need == .shared, let mate = stay.roommate, !lodged.isEmpty {
            let theirs = rooming.rooms(of: mate)
            let together = lodged.contains { a in
                theirs.contains { $0.block == a.block && $0.room == a.room && $0.span.overlaps(a.span) }
            }
            if !together {
                out.append(Finding(code: .roommateNotHonoured, people: [id, mate], blocks: blocks(lodged)))
            }
        }
        if let stay, stay.need == .companion, let principal = stay.principal, principal != id,
           let apart = apart(lodged, rooming.rooms(of: principal))
        {
            out.append(Finding(code: .companionApart, people: [id, principal], details: [apart.night.description],
                               blocks: [apart.mine, apart.theirs]))
        }
        if let slot, let s = first(roleSessions[slot]), roomOf[s] >= 0 {
            let starts = sessions[s]!.start!
            // The night before a morning role (a role after midnight belongs to the night before too).
            let night = starts.date.adding(days: -1)
            if let a = lodged.first(where: { $0.span.contains(night) }), let hotel = rooming.blocks[a.block]?.hotel,
               let h = siteSlot[hotel]
            {
                let site = roomSite[Int(roomOf[s])]
                let travel = h == site ? 0 : travelMinutes(h, site)
                let leave = starts.minutes - starts.minuteOfDay + earliestHotelDeparture
                if leave + travel > start[s] {
                    out.append(Finding(code: .hotelTooFar, sessions: [sessions[s]!.id], rooms: roomIDs(of: s),
                                       people: who, count: leave + travel - start[s], limit: travel,
                                       blocks: [a.block]))
                }
            }
        }
        return out
    }
}

extension Finding {
    /// `room-beyond-stay`: nights a guest holds a room for outside the stay they now need (they
    /// come later or leave earlier than when the room was given), which the hotel would bill.
    static func nightsBeyond(_ span: NightSpan, _ lodged: [RoomAssignment]) -> Finding? {
        let extra = Set(lodged.flatMap(\.span.nights).filter { !span.contains($0) }).sorted()
        guard let first = extra.first, let person = lodged.first?.person else { return nil }
        let involved = lodged.filter { a in a.span.nights.contains { !span.contains($0) } }
        return Finding(code: .roomBeyondStay, people: [person], count: extra.count,
                       details: [first.description, span.checkIn.description, span.checkOut.description],
                       blocks: Set(involved.map(\.block)).sorted())
    }
}

/// The first night a companion and their principal sleep at two hotels, and the blocks they are
/// in that night (the companion's first room of that night at another hotel than one of the
/// principal's, and the first such of the principal's).
func apart(_ mine: [RoomAssignment], _ theirs: [RoomAssignment], hotel: (ID<RoomBlock>) -> ID<Site>?)
    -> (night: LocalDate, mine: ID<RoomBlock>, theirs: ID<RoomBlock>)?
{
    var first: LocalDate?
    for a in mine {
        guard let ha = hotel(a.block) else { continue }
        for b in theirs where b.span.overlaps(a.span) && hotel(b.block).map({ $0 != ha }) == true {
            let n = max(a.checkIn, b.checkIn)
            if first.map({ n < $0 }) ?? true { first = n }
        }
    }
    guard let night = first else { return nil }
    for a in mine where a.span.contains(night) {
        guard let ha = hotel(a.block) else { continue }
        if let b = theirs.first(where: { $0.span.contains(night) && hotel($0.block).map { $0 != ha } == true }) {
            return (night, a.block, b.block)
        }
    }
    return nil
}

extension PlanIndex {
    func apart(_ mine: [RoomAssignment], _ theirs: [RoomAssignment])
        -> (night: LocalDate, mine: ID<RoomBlock>, theirs: ID<RoomBlock>)?
    {
        PlanningCore.apart(mine, theirs, hotel: { rooming.blocks[$0]?.hotel })
    }
}

extension ConflictEngine {
    /// Takes a rooming edit into the index, and names the guests and blocks whose rooming
    /// findings any edit may have changed (`people`: the person slots the edit made dirty).
    mutating func roomingEdit(_ edit: PlanEdit, people: Set<Int>)
        -> (guests: Set<ID<Person>>, blocks: Set<ID<RoomBlock>>)
    {
        var guests = Set<ID<Person>>(), blocks = Set<ID<RoomBlock>>()
        func guest(_ p: ID<Person>) { if index.rooming.isGuest(p) { guests.insert(p) } }
        func everyone() { guests.formUnion(index.rooming.guests) }
        /// A guest's rooms and who asked to share with them.
        func around(_ p: ID<Person>) {
            guest(p)
            for r in index.rooming.requesters[p] ?? [] { guest(r) }
            for a in index.rooming.rooms(of: p) { blocks.insert(a.block) }
        }
        switch edit {
        case .setStay(let person, let stay):
            index.rooming.setStay(person, stay)
            index.rooming.facts[person] = index.currentFacts(person)
            // Looked at even when no longer a guest: their findings go.
            guests.insert(person)
        case .setRoomAssignment(let id, let a):
            let old = index.rooming.assignments[id]
            index.rooming.setAssignment(id, a)
            for x in [old, a].compactMap({ $0 }) {
                // Facts kept from an earlier stay may be old: the person was no guest since.
                index.rooming.facts[x.person] = index.currentFacts(x.person)
                blocks.insert(x.block)
                guests.insert(x.person)
                for r in index.rooming.requesters[x.person] ?? [] { guest(r) }
            }
        case .setRoomBlock(let id, let block):
            let hadBlocks = !index.rooming.blocks.isEmpty
            index.rooming.blocks[id] = block
            blocks.insert(id)
            // A block at another hotel: its guests' companions and principals may now be apart or together.
            for a in index.rooming.rooms(in: id) {
                guests.insert(a.person)
                for r in index.rooming.requesters[a.person] ?? [] { guest(r) }
            }
            // The first block makes every stay's nights count; the last one gone, none do.
            if hadBlocks != !index.rooming.blocks.isEmpty { everyone() }
        case .updatePerson(let person):
            if index.rooming.isGuest(person.id) {
                index.rooming.facts[person.id] = index.currentFacts(person.id)
                around(person.id)
            }
        case .setCategory(let person, _):
            if index.rooming.isGuest(person) {
                index.rooming.facts[person] = index.currentFacts(person)
                guest(person)
            }
        case .setTrip(let person, _):
            guest(person)
        case .addSignup(let person, _):
            // A first sign-up registers the person.
            if index.rooming.isGuest(person) {
                index.rooming.facts[person] = index.currentFacts(person)
                guest(person)
            }
        case .removePerson(let id):
            // Edits made from a `Change` have cleared the stay and rooms already; a bare edit takes
            // them with the person as the plan's own deletion does.
            around(id)
            for a in index.rooming.rooms(of: id) { index.rooming.setAssignment(a.id, nil) }
            index.rooming.setStay(id, nil)
            for (p, s) in index.rooming.stays where s.roommate == id || s.principal == id {
                var s = s
                if s.roommate == id { s.roommate = nil }
                if s.principal == id { s.principal = nil }
                index.rooming.setStay(p, s)
                guests.insert(p)
            }
            index.rooming.facts[id] = nil
            guests.insert(id)
        case .setSites, .updateEvent:
            everyone()
        default:
            break
        }
        // Roles and sessions moved: a guest's first role may be another, or at another site.
        for p in people { if let id = index.personID[p] { guest(id) } }
        return (guests, blocks)
    }

    /// The rooming findings of some guests and blocks, before and after: kept for the next edit.
    mutating func recheckRooming(guests: Set<ID<Person>>, blocks: Set<ID<RoomBlock>>)
        -> (before: [Finding], after: [Finding])
    {
        var before: [Finding] = [], after: [Finding] = []
        for b in blocks {
            before += byBlock[b] ?? []
            let found = index.blockFindings(b)
            byBlock[b] = found.isEmpty ? nil : found
            after += found
        }
        for p in guests {
            before += byGuest[p] ?? []
            let found = index.rooming.isGuest(p) ? index.guestFindings(p) : []
            byGuest[p] = found.isEmpty ? nil : found
            after += found
        }
        return (before, after)
    }
}
