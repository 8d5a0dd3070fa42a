/// What one change did, for the change log (`confplan log`), kept as facts rather than as a
/// sentence: staff reading the log in Chinese and a script reading it in English see the same
/// entry, told at reading time in the reader's language. Names and titles are kept as they were
/// when the change was made, so a deleted session still has its title.
public struct ChangeNote: Hashable, Sendable, Codable {
    /// The raw values are the English actions earlier versions stored, so older entries are
    /// still told in the reader's language; never rename one.
    public enum Action: String, CaseIterable, Sendable, Codable {
        case addSession = "add session", deleteSession = "delete session", changeSession = "change session"
        case addPerson = "add person", deletePerson = "delete person", changePerson = "change person"
        case addRoom = "add room", deleteRoom = "delete room", changeRoom = "change room"
        case addRole = "add role", removeRole = "remove role", changeRole = "change role"
        case addSite = "add site", deleteSite = "delete site", changeSite = "change site"
        case importAttendees = "import attendees", loadEvent = "load event"
        case loadEventReplacing = "load event (replacing)"
        case unmatchedAcknowledgements = "acknowledgements without a finding"
        case acknowledge = "acknowledge finding", withdraw = "withdraw acknowledgement"
        case setSeverity = "set severity"
        case mergePeople = "merge people", keepApart = "keep apart", unmergePeople = "take back a merge"
        case forgetKeptApart = "take back a keep-apart"
        case solve
        case release, deleteRelease = "delete release"
        case undoCheckIn = "take back a check-in"
        case walkIn = "walk-in"
        case changeTrip = "change travel"
        case addVehicle = "add vehicle", deleteVehicle = "delete vehicle", changeVehicle = "change vehicle"
        case addRun = "add run", deleteRun = "delete run", changeRun = "change run"
        /// Runs made or changed by `transport plan --apply` (or the UI's plan), as one entry.
        case planTransport = "plan transport"
        /// A car company's list of vehicles, added and updated by plate as one entry.
        case importVehicles = "import vehicles"
        case changeStay = "change stay"
        case addRoomBlock = "add room block", deleteRoomBlock = "delete room block"
        case changeRoomBlock = "change room block"
        case assignRoom = "assign room", unassignRoom = "take back a room"
        case changeRoomAssignment = "change room assignment"
        /// Rooms given or taken back by `rooms assign --apply` (or the UI's assignment), as one entry.
        case planRooms = "assign rooms"
        /// A hotel's confirmation of room blocks, imported as one entry.
        case importRooms = "import rooms"
        /// A meal's table plan laid out, removed, or changed (a guest moved, a table made halal).
        case addTables = "lay out tables", deleteTables = "remove tables", changeTables = "change tables"
        /// Seats given by `tables --assign --apply` (or the editor's assignment), as one entry.
        case assignTables = "assign tables"
    }

    /// A field whose change the log spells out; any other is "details".
    public enum Field: String, CaseIterable, Sendable, Codable {
        case title, time, room, kind, track, status, name, roomName, organisation, jobTitle, phone, email, notes, seats
    }

    public enum Fact: Hashable, Sendable, Codable {
        /// Old and new as stored: kinds and statuses are codes, told as words; "" is none.
        case changed(field: Field, from: String, to: String)
        case details
        /// A session's time (`2026-05-14 09:00–10:00`, "" unscheduled) and room ("" none).
        case placed(time: String, room: String)
        case organisation(String)
        case seats(Int)
        case registered, registrationRemoved, registrationChanged
        case role(person: String, role: String, session: String)
        case imported(source: String, new: Int, updated: Int)
        /// A vehicle list imported: vehicles added and updated.
        case vehiclesImported(source: String, new: Int, updated: Int)
        /// A hotel's confirmation imported: room blocks added and updated, hotels made.
        case roomBlocksImported(source: String, new: Int, updated: Int, hotels: Int)
        case loaded(sessions: Int, rooms: Int, people: Int)
        case unmatched(count: Int, list: String)
        /// A finding's short id, and the reason given when it was acknowledged.
        case finding(id: String, reason: String?)
        /// The person merged into the subject, or kept apart from them.
        case mergedFrom(String), apartFrom(String), splitFrom(String)
        /// A keep-apart taken back (an undo in the UI): the two may be one after all.
        case apartTakenBack(String)
        /// What a merge needs to be taken back: the kept person before and after, and the one
        /// merged away, whole. Not shown.
        case mergeUndo(before: PersonRecord, after: PersonRecord, removed: PersonRecord)
        /// What else a merge carried to the kept person, so taking it back restores it: the
        /// check-in records moved (by id), those it took back as second arrivals, and the UIDs the
        /// kept person was newly kept apart from. Not shown. (Entries before it carry nothing.)
        case mergeCarried(checkIns: [Int], takenBack: [Int], keptApartFrom: [String])
        /// nil severity: back to the default; "off" silences the code.
        case severity(code: String, to: String?)
        /// A repair by `solve`: how many sessions it moved, and their titles.
        case sessionsMoved(count: Int, titles: [String])
        /// A release of the programme: its number and name.
        case released(number: Int, name: String)
        /// Why it was done (a check-in taken back), and where.
        case because(String, at: String)
        /// Where a walk-in was registered, and whether they were found registered already.
        case walkIn(desk: String, registered: Bool)
        /// Rooms a block holds on its busiest night.
        case roomsHeld(Int)
        /// A guest's room (`1208`, or the block and ordinal) and nights (`2026-05-13–2026-05-15`).
        case lodged(room: String, nights: String)
        /// A meal's tables and the guests seated at them.
        case tablesSeated(tables: Int, seated: Int)
        /// A guest moved by a table edit: their table and seat now (nil: off the tables), so
        /// `log --grep` finds the entry by their name.
        case seatedAt(person: String, table: Int?, seat: Int?)
        /// What a change of many seats did, in guests (`SeatTally`).
        case seatsChanged(seated: Int, moved: Int, reseated: Int, unseated: Int)
        /// What `rooms assign` did, in guests: given a room, moved, their nights changed, room taken back.
        case roomsAssigned(given: Int, moved: Int, changed: Int, takenBack: Int)
        /// What a transport plan did, in runs: new, changed, cancelled.
        case runsPlanned(new: Int, changed: Int, cancelled: Int)
    }

    public var action: Action
    /// The session, person, room or site the change is about, when it is about one.
    public var subject: String?
    public var facts: [Fact]

    public init(_ action: Action, subject: String? = nil, _ facts: [Fact] = []) {
        self.action = action
        self.subject = subject
        self.facts = facts
    }
}

extension ChangeNote {
    public struct Names {
        public var room: (ID<Room>) -> String
        public var person: (ID<Person>) -> String
        public var session: (ID<Session>) -> String
        /// A block's room as lists and the desk name it, with its hotel (`德阳旌湖宾馆 标间-3`); nil:
        /// the room as stored.
        public var lodging: ((ID<RoomBlock>, String) -> String)?
        /// A hotel's name; nil: a block is named by its key.
        public var hotel: ((ID<Site>) -> String)?
        public init(room: @escaping (ID<Room>) -> String, person: @escaping (ID<Person>) -> String,
                    session: @escaping (ID<Session>) -> String, lodging: ((ID<RoomBlock>, String) -> String)? = nil,
                    hotel: ((ID<Site>) -> String)? = nil) {
            self.room = room
            self.person = person
            self.session = session
            self.lodging = lodging
            self.hotel = hotel
        }
    }

    /// The note for one change of the plan: which entity, and for updates the fields that
    /// changed; nil for a change from nothing to nothing.
    public init?(_ change: Change, _ names: Names) {
        func when(_ s: Session) -> String {
            guard let a = s.start, let b = s.end else { return "" }
            return "\(a.date) \(a.clock)–\(b.clock)"
        }
        func placed(_ s: Session) -> Fact { .placed(time: when(s), room: s.room.map(names.room) ?? "") }
        func changes(_ pairs: [(Field, String, String)]) -> [Fact] {
            pairs.filter { $0.1 != $0.2 }.map { .changed(field: $0.0, from: $0.1, to: $0.2) }
        }
        switch change {
        case .session(nil, let a?): self.init(.addSession, subject: a.session.title, [placed(a.session)])
        case .session(let b?, nil): self.init(.deleteSession, subject: b.session.title, [placed(b.session)])
        case .session(let b?, let a?):
            let x = b.session, y = a.session
            var facts = changes([
                (.title, x.title, y.title), (.time, when(x), when(y)),
                (.room, x.room.map(names.room) ?? "", y.room.map(names.room) ?? ""),
                (.kind, x.kind.rawValue, y.kind.rawValue), (.track, x.track, y.track),
                (.status, x.status.rawValue, y.status.rawValue),
            ])
            if x.languages != y.languages || x.requiredFeatures != y.requiredFeatures
                || x.capacityLimit != y.capacityLimit || x.isPlenary != y.isPlenary || x.isFixed != y.isFixed
                || x.notes != y.notes || x.seating != y.seating
            {
                facts.append(.details)
            }
            self.init(.changeSession, subject: y.title, facts)
        case .person(nil, let a?):
            let org = a.person.organisation
            self.init(.addPerson, subject: a.person.name, org.isEmpty ? [] : [.organisation(org)])
        case .person(let b?, nil): self.init(.deletePerson, subject: b.person.name)
        case .person(let b?, let a?):
            let x = b.person, y = a.person
            var facts = changes([
                (.name, x.name, y.name), (.organisation, x.organisation, y.organisation),
                (.jobTitle, x.title, y.title), (.phone, x.phone, y.phone), (.email, x.email, y.email),
                (.notes, x.notes, y.notes),
            ])
            if x.availability != y.availability || x.vipLevel != y.vipLevel || x.orgType != y.orgType
                || x.diet != y.diet
            {
                facts.append(.details)
            }
            switch (b.registration, a.registration) {
            case (nil, _?): facts.append(.registered)
            case (_?, nil): facts.append(.registrationRemoved)
            case let (r?, s?) where r != s: facts.append(.registrationChanged)
            default: break
            }
            self.init(.changePerson, subject: y.name, facts)
        case .room(nil, let a?): self.init(.addRoom, subject: a.room.name, [.seats(a.room.capacity)])
        case .room(let b?, nil): self.init(.deleteRoom, subject: b.room.name)
        case .room(let b?, let a?):
            var facts = changes([
                (.roomName, b.room.name, a.room.name), (.seats, "\(b.room.capacity)", "\(a.room.capacity)"),
            ])
            if b.room.features != a.room.features || b.room.availability != a.room.availability
                || b.room.site != a.room.site || b.room.notes != a.room.notes
            {
                facts.append(.details)
            }
            self.init(.changeRoom, subject: a.room.name, facts)
        case .role(let before, let after):
            guard let r = after ?? before else { return nil }
            let action: Action = before == nil ? .addRole : after == nil ? .removeRole : .changeRole
            self.init(action, [
                .role(person: names.person(r.person), role: r.role.rawValue, session: names.session(r.session)),
            ])
        case .site(nil, let a?): self.init(.addSite, subject: a.name)
        case .site(let b?, nil): self.init(.deleteSite, subject: b.name)
        case .site(_, let a?): self.init(.changeSite, subject: a.name)
        case .trip(let b, let a):
            guard let t = a ?? b else { return nil }
            self.init(.changeTrip, subject: names.person(t.person))
        case .vehicle(nil, let a?): self.init(.addVehicle, subject: a.vehicle.plate, [.seats(a.vehicle.seats)])
        case .vehicle(let b?, nil): self.init(.deleteVehicle, subject: b.vehicle.plate)
        case .vehicle(let b?, let a?):
            let facts = changes([(.seats, "\(b.vehicle.seats)", "\(a.vehicle.seats)")])
            let same = b.vehicle == a.vehicle || !facts.isEmpty
            self.init(.changeVehicle, subject: a.vehicle.plate, same ? facts : [.details])
        case .run(let before, let after):
            guard let r = after ?? before else { return nil }
            let action: Action = before == nil ? .addRun : after == nil ? .deleteRun : .changeRun
            self.init(action, subject: "\(r.depart.date) \(r.depart.clock)", [.seats(r.passengers.count)])
        case .stay(let b, let a):
            guard let s = a ?? b else { return nil }
            self.init(.changeStay, subject: names.person(s.person))
        case .roomBlock(let before, let after):
            guard let r = after ?? before else { return nil }
            let action: Action = before == nil ? .addRoomBlock : after == nil ? .deleteRoomBlock : .changeRoomBlock
            // A block made in the UI has a key from its UUID (`b76a4bdf`): staff know the hotel and type.
            let subject = names.hotel.map { $0(r.block.hotel) + " " + r.block.type.text(.zh) } ?? r.block.key
            self.init(action, subject: subject, [.roomsHeld(r.block.peakRooms)])
        case .roomAssignment(let before, let after):
            guard let r = after ?? before else { return nil }
            let action: Action = before == nil ? .assignRoom : after == nil ? .unassignRoom : .changeRoomAssignment
            let nights = "\(r.checkIn)–\(r.checkOut)"
            let room = names.lodging?(r.block, r.room) ?? r.room
            self.init(action, subject: names.person(r.person), [.lodged(room: room, nights: nights)])
        case .tablePlan(let before, let after):
            guard let t = after ?? before else { return nil }
            let action: Action = before == nil ? .addTables : after == nil ? .deleteTables : .changeTables
            let seated = ChangeNote.Fact.tablesSeated(tables: t.tables.count, seated: t.seats.count)
            let moves = before != nil && after != nil ? ChangeNote.seatFacts(before, after, person: names.person) : []
            self.init(action, subject: names.session(t.meal), [seated] + moves)
        case .session(nil, nil), .person(nil, nil), .room(nil, nil), .site(nil, nil), .vehicle(nil, nil),
             .roomBlock(nil, nil):
            return nil
        }
    }
}

extension ChangeNote {
    /// Who a change of a meal's seats moved, by name with their table and seat now, while they
    /// are a few (an editor's move, `o`, `K`); the counts when more (an assignment).
    public static func seatFacts(_ before: TablePlan?, _ after: TablePlan?, person: (ID<Person>) -> String,
                                 naming most: Int = 6) -> [Fact] {
        let old = Dictionary((before?.seats ?? []).map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary((after?.seats ?? []).map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        func place(_ s: TableSeat?) -> [Int] { s.map { [$0.table, $0.seat, $0.host ? 1 : 0] } ?? [] }
        let changed = Set(old.keys).union(new.keys).filter { place(old[$0]) != place(new[$0]) }
        guard !changed.isEmpty else { return [] }
        func key(_ m: (String, TableSeat?)) -> (Int, Int, String) { (m.1?.table ?? Int.max, m.1?.seat ?? 0, m.0) }
        func named(_ people: [ID<Person>]) -> [Fact] {
            people.map { (person($0), new[$0]) }.sorted { key($0) < key($1) }
                .map { Fact.seatedAt(person: $0.0, table: $0.1?.table, seat: $0.1?.seat) }
        }
        guard changed.count > most else { return named(Array(changed)) }
        let t = SeatTally(before: before, after: after)
        let counts = Fact.seatsChanged(seated: t.seated, moved: t.moved, reseated: t.reseated, unseated: t.unseated)
        // A move that reseats a table round it still names whom it took to another table (or off
        // the tables), while they are a few: `log --grep` finds the guest staff moved.
        let across = changed.filter { old[$0]?.table != new[$0]?.table }
        return across.count <= most ? [counts] + named(Array(across)) : [counts]
    }
}
