import PlanningCore

/// Stays, room blocks and room assignments (分房): read with the event, written by changes and
/// whole loads. A few thousand rows, so a change re-reads them whole (see `LoggedRows.rooming`).
extension Store {
    static let stayColumns = "s.person_id, s.need, s.check_in, s.check_out, s.roommate_id, s.principal_id"

    func stay(from s: Statement) -> Stay {
        Stay(
            person: ID(s.int(0)), need: StayNeed(rawValue: s.text(1)) ?? .shared,
            checkIn: s.optionalText(2).flatMap { LocalDate(iso: $0) },
            checkOut: s.optionalText(3).flatMap { LocalDate(iso: $0) }, roommate: s.optionalInt(4).map(ID.init),
            principal: s.optionalInt(5).map(ID.init))
    }

    func readStays(_ event: ID<Event>) throws -> [Stay] {
        let s = try db.prepared("""
            SELECT \(Store.stayColumns) FROM stays s JOIN people p ON p.id = s.person_id
            WHERE p.event_id = ? ORDER BY s.person_id
            """).bind([event.raw])
        var out: [Stay] = []
        while try s.step() { out.append(stay(from: s)) }
        return out
    }

    func currentStay(_ person: ID<Person>) throws -> Stay? {
        let s = try db.prepared("SELECT \(Store.stayColumns) FROM stays s WHERE s.person_id = ?").bind([person.raw])
        defer { s.reset() }
        return try s.step() ? stay(from: s) : nil
    }

    /// Replaces a person's stay (nil: removes it).
    func writeStay(person: Int, _ stay: Stay?) throws {
        try db.prepared("DELETE FROM stays WHERE person_id = ?").run(person)
        guard let t = stay else { return }
        try db.prepared("""
            INSERT INTO stays (person_id, need, check_in, check_out, roommate_id, principal_id) VALUES (?,?,?,?,?,?)
            """).run(
            person, t.need.rawValue, t.checkIn?.description, t.checkOut?.description, t.roommate?.raw,
            t.principal?.raw)
    }

    static let blockColumns = "id, key, uid, hotel_id, type, beds, nights, numbers, notes"

    /// Nights as `2026-05-13=40`, room numbers as `1208` or `1208@12` (a floor the number does
    /// not show), then `~2026-05-13~2026-05-15` for a room held fewer nights than its block, each
    /// a list item.
    static func encodeNights(_ nights: [NightCount]) -> String {
        ListColumn.encode(nights.map { "\($0.night)=\($0.rooms)" })
    }

    static func decodeNights(_ text: String) -> [NightCount] {
        ListColumn.decode(text).compactMap { item in
            let parts = item.split(separator: "=")
            guard parts.count == 2, let night = LocalDate(iso: parts[0]), let rooms = Int(parts[1]) else { return nil }
            return NightCount(night: night, rooms: rooms)
        }
    }

    static func encodeNumbers(_ numbers: [RoomNumber]) -> String {
        ListColumn.encode(numbers.map { n in
            (n.floor.map { "\(n.number)@\($0)" } ?? n.number)
                + (n.nights.map { "~\($0.checkIn)~\($0.checkOut)" } ?? "")
        })
    }

    static func decodeNumbers(_ text: String) -> [RoomNumber] {
        ListColumn.decode(text).map { whole in
            var item = Substring(whole)
            var nights: NightSpan?
            let parts = item.split(separator: "~", omittingEmptySubsequences: false)
            if parts.count >= 3, let a = LocalDate(iso: parts[parts.count - 2]), let b = LocalDate(iso: parts.last!) {
                nights = NightSpan(checkIn: a, checkOut: b)
                item = item.dropLast(parts[parts.count - 2].count + parts.last!.count + 2)
            }
            guard let at = item.lastIndex(of: "@"), let floor = Int(item[item.index(after: at)...]) else {
                return RoomNumber(String(item), nights: nights)
            }
            return RoomNumber(String(item[..<at]), floor: floor, nights: nights)
        }
    }

    func block(from s: Statement) -> RoomBlock {
        RoomBlock(
            id: ID(s.int(0)), key: s.text(1), uid: s.text(2), hotel: ID(s.int(3)),
            type: RoomType(rawValue: s.text(4)) ?? .twin, beds: s.int(5), nights: Store.decodeNights(s.text(6)),
            numbers: Store.decodeNumbers(s.text(7)), notes: s.text(8))
    }

    func currentRoomBlock(_ id: ID<RoomBlock>) throws -> RoomBlock? {
        let s = try db.prepared("SELECT \(Store.blockColumns) FROM room_blocks WHERE id = ?").bind([id.raw])
        defer { s.reset() }
        return try s.step() ? block(from: s) : nil
    }

    /// Inserts with the given row id, or a new one when it is 0. Returns the row id.
    func insertRow(_ b: RoomBlock, event: Int) throws -> Int {
        try db.prepared("""
            INSERT INTO room_blocks (id, event_id, key, uid, hotel_id, type, beds, nights, numbers, notes)
            VALUES (?,?,?,?,?,?,?,?,?,?)
            """).run(
            b.id.raw == 0 ? nil : b.id.raw, event, b.key, b.uid, b.hotel.raw, b.type.rawValue, b.beds,
            Store.encodeNights(b.nights), Store.encodeNumbers(b.numbers), b.notes)
        return db.lastInsertRowID
    }

    func updateRow(_ b: RoomBlock) throws {
        try db.prepared("""
            UPDATE room_blocks SET key = ?, hotel_id = ?, type = ?, beds = ?, nights = ?, numbers = ?, notes = ?
            WHERE id = ?
            """).run(
            b.key, b.hotel.raw, b.type.rawValue, b.beds, Store.encodeNights(b.nights), Store.encodeNumbers(b.numbers),
            b.notes, b.id.raw)
    }

    static let assignmentColumns = "id, key, uid, person_id, block_id, room, bed, check_in, check_out"

    func assignment(from s: Statement) -> RoomAssignment {
        RoomAssignment(
            id: ID(s.int(0)), key: s.text(1), uid: s.text(2), person: ID(s.int(3)), block: ID(s.int(4)),
            room: s.text(5), bed: s.optionalInt(6), checkIn: LocalDate(iso: s.text(7)) ?? LocalDate(dayNumber: 0),
            checkOut: LocalDate(iso: s.text(8)) ?? LocalDate(dayNumber: 0))
    }

    func currentRoomAssignment(_ id: ID<RoomAssignment>) throws -> RoomAssignment? {
        let s = try db.prepared("SELECT \(Store.assignmentColumns) FROM room_assignments WHERE id = ?").bind([id.raw])
        defer { s.reset() }
        return try s.step() ? assignment(from: s) : nil
    }

    func insertRow(_ a: RoomAssignment, event: Int) throws -> Int {
        try db.prepared("""
            INSERT INTO room_assignments (id, event_id, key, uid, person_id, block_id, room, bed, check_in, check_out)
            VALUES (?,?,?,?,?,?,?,?,?,?)
            """).run(
            a.id.raw == 0 ? nil : a.id.raw, event, a.key, a.uid, a.person.raw, a.block.raw, a.room, a.bed,
            a.checkIn.description, a.checkOut.description)
        return db.lastInsertRowID
    }

    func updateRow(_ a: RoomAssignment) throws {
        try db.prepared("""
            UPDATE room_assignments SET key = ?, person_id = ?, block_id = ?, room = ?, bed = ?, check_in = ?,
                check_out = ? WHERE id = ?
            """).run(
            a.key, a.person.raw, a.block.raw, a.room, a.bed, a.checkIn.description, a.checkOut.description, a.id.raw)
    }

    /// The event's stays, blocks and assignments as they are now: read with the whole event, and
    /// again when a colleague's change touched them.
    func readRooming(into plan: inout EventPlan) throws {
        let id = plan.event.id.raw
        plan.stays = try readStays(plan.event.id)
        let bs = try db.prepared("SELECT \(Store.blockColumns) FROM room_blocks WHERE event_id = ? ORDER BY id")
            .bind([id])
        plan.roomBlocks = []
        while try bs.step() { plan.roomBlocks.append(block(from: bs)) }
        let rs = try db.prepared(
            "SELECT \(Store.assignmentColumns) FROM room_assignments WHERE event_id = ? ORDER BY id").bind([id])
        plan.roomAssignments = []
        while try rs.step() { plan.roomAssignments.append(assignment(from: rs)) }
    }

    /// A whole plan's stays, blocks and assignments, with the row ids the load gave its people
    /// and sites. Returns them with their stored ids.
    func writeRooming(of plan: EventPlan, event: Int, sites: [ID<Site>: Int], people: [ID<Person>: Int]) throws
        -> (stays: [Stay], blocks: [RoomBlock], assignments: [RoomAssignment])
    {
        func person(_ p: ID<Person>) -> ID<Person> { ID(people[p] ?? p.raw) }
        var stays: [Stay] = []
        for s in plan.stays {
            var row = s
            row.person = person(s.person)
            row.roommate = s.roommate.map(person)
            row.principal = s.principal.map(person)
            try writeStay(person: row.person.raw, row)
            stays.append(row)
        }
        var blockIDs: [ID<RoomBlock>: Int] = [:]
        var blocks: [RoomBlock] = []
        for b in plan.roomBlocks {
            var row = b
            row.id = ID(0)
            row.hotel = ID(sites[b.hotel] ?? b.hotel.raw)
            let id = try insertRow(row, event: event)
            blockIDs[b.id] = id
            row.id = ID(id)
            blocks.append(row)
        }
        var assignments: [RoomAssignment] = []
        for a in plan.roomAssignments {
            var row = a
            row.id = ID(0)
            row.person = person(a.person)
            row.block = ID(blockIDs[a.block] ?? a.block.raw)
            row.id = ID(try insertRow(row, event: event))
            assignments.append(row)
        }
        return (stays, blocks, assignments)
    }
}
