/// Turns a finding into the one line a person reads, in Chinese or English (`CoreWords`).
public struct FindingText {
    public private(set) var plan: EventPlan
    public let language: Language
    private var sessions: [ID<Session>: Session]
    private let rooms: [ID<Room>: Room]
    private let people: RowIndex<Person>
    private let sites: [ID<Site>: Site]
    private var runs: [ID<Run>: Run]
    private var vehicles: [ID<Vehicle>: Vehicle]
    private var trips: [ID<Person>: Trip]

    public init(plan: EventPlan, language: Language) {
        self.plan = plan
        self.language = language
        sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        rooms = Dictionary(plan.rooms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        people = RowIndex(plan.people.map(\.id))
        sites = Dictionary(plan.sites.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        runs = Dictionary(plan.runs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        vehicles = Dictionary(plan.vehicles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        trips = Dictionary(plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func session(_ id: ID<Session>) -> Session? { sessions[id] }

    /// Follows one session's move without rebuilding every lookup.
    public mutating func update(_ s: Session) { sessions[s.id] = s }

    /// Follows edits of journeys, vehicles and runs in a plan whose people and sites did not change.
    public mutating func updateTransport(in plan: EventPlan) {
        self.plan = plan
        runs = Dictionary(plan.runs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        vehicles = Dictionary(plan.vehicles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        trips = Dictionary(plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Follows edits of stays, blocks and rooms in a plan whose people and sites did not change.
    public mutating func updateRooming(in plan: EventPlan) { self.plan = plan }

    /// `5月13日` / `13 May`: a night as staff say it.
    private func night(_ f: Finding) -> String {
        f.details.first.flatMap { LocalDate(iso: $0) }.map { DateText.day($0, language, weekday: false) } ?? "?"
    }

    public func block(_ id: ID<RoomBlock>) -> RoomBlock? { plan.roomBlocks.first { $0.id == id } }
    private func block(_ f: Finding) -> RoomBlock? { f.blocks.first.flatMap(block) }

    /// The hotel of a finding's (first) block: `旌湖宾馆`.
    private func hotel(_ f: Finding) -> String { block(f).flatMap { sites[$0.hotel]?.name } ?? "?" }

    /// The hotel of a finding's block at a place in its list.
    private func hotel(_ f: Finding, at i: Int) -> String {
        (f.blocks.count > i ? block(f.blocks[i]) : nil).flatMap { sites[$0.hotel]?.name } ?? "?"
    }

    /// A block as staff name it: the hotel and the room type, `旌湖宾馆标间`.
    private func blockName(_ f: Finding) -> String {
        CoreWords.blockText.text(language, hotel(f), block(f)?.type.text(language) ?? "?")
    }

    /// A rooming finding's room (`1208`, `标间-3`) from its details.
    private func roomLabel(_ f: Finding, at i: Int) -> String {
        guard let b = block(f), f.details.count > i else { return "?" }
        return plan.roomLabel(block: b, room: f.details[i], language)
    }

    /// The words of a rooming finding.
    private func roomingMessage(_ f: Finding) -> String {
        let lang = language, who = personName(f.people.first)
        switch f.code {
        case .roomsOverbooked where f.details.count > 1:
            return CoreWords.roomOverBeds.text(lang, roomLabel(f, at: 1), hotel(f), f.count, night(f), f.limit)
        case .roomsOverbooked: return CoreWords.roomsOverbooked.text(lang, blockName(f), f.count, night(f), f.limit)
        case .mixedGenderRoom:
            let names = f.people.map { personName($0) }.joined(separator: CoreWords.listSeparator.text(lang))
            return CoreWords.mixedGenderRoom.text(lang, roomLabel(f, at: 1), hotel(f), names)
        case .roomNotHeld:
            let names = f.people.map { personName($0) }.joined(separator: CoreWords.listSeparator.text(lang))
            return CoreWords.roomNotHeld.text(lang, roomLabel(f, at: 1), hotel(f), night(f), nights(f.count), names)
        case .guestInTwoRooms: return CoreWords.guestInTwoRooms.text(lang, who, night(f), nights(f.count))
        case .nightsUncovered:
            return CoreWords.nightsUncovered.text(lang, who, nights(f.limit), nights(f.count), night(f))
        case .roomBeyondStay:
            let day = { (i: Int) in
                f.details.count > i ? LocalDate(iso: f.details[i]).map { DateText.day($0, lang, weekday: false) } ?? "?"
                    : "?"
            }
            return CoreWords.roomBeyondStay.text(lang, who, nights(f.count), day(1), day(2), night(f))
        case .roomBelowLevel:
            let type = f.details.first.flatMap { RoomType(rawValue: $0) }?.text(lang) ?? "?"
            return CoreWords.roomBelowLevel.text(lang, who, f.count, type, hotel(f))
        case .roommateNotHonoured:
            return CoreWords.roommateNotHonoured.text(lang, who, personName(f.people.count > 1 ? f.people[1] : nil))
        case .hotelTooFar:
            let a = f.sessions.first
            return CoreWords.hotelTooFar.text(lang, who, hotel(f), f.limit, siteName(f.rooms.first), title(a),
                                              a.map(when) ?? "", f.count)
        case .companionApart:
            return CoreWords.companionApart.text(lang, who, personName(f.people.count > 1 ? f.people[1] : nil),
                                                 hotel(f, at: 0), hotel(f, at: 1), night(f))
        default:
            // A guest who wrote 不住 still takes part: "no longer comes" would send staff to the wrong fix.
            let noRoom = plan.stays.contains { $0.person == f.people.first && $0.need == .noRoom }
            return (noRoom ? CoreWords.noRoomHoldsRoom : .cancelledHoldsRoom).text(lang, who, hotel(f), nights(f.count))
        }
    }

    /// `1 night`, `3 nights`; a bare count in Chinese, whose phrases say 晚 after it.
    private func nights(_ n: Int) -> String { Plural(one: CoreWords.nightsOne, other: .nightsOther).text(language, n) }

    /// Follows edits of sessions (none added or removed) in a plan whose people did not change.
    public mutating func update(_ edited: [Session], in plan: EventPlan) {
        self.plan = plan
        for s in edited { sessions[s.id] = s }
    }
    public func room(_ id: ID<Room>) -> Room? { rooms[id] }
    public func person(_ id: ID<Person>) -> Person? { people[id].map { plan.people[$0] } }
    public func run(_ id: ID<Run>) -> Run? { runs[id] }
    public func vehicle(_ id: ID<Vehicle>) -> Vehicle? { vehicles[id] }
    public func site(_ id: ID<Site>) -> Site? { sites[id] }

    /// `5月13日 14:20` / `13 May 14:20`
    private func at(_ t: LocalDateTime?) -> String {
        t.map { DateText.day($0.date, language, weekday: false) + " " + $0.clock } ?? "?"
    }
    private func place(_ id: ID<Site>?) -> String { id.flatMap { sites[$0]?.name } ?? "?" }

    /// The train or flight by its number, else by how the guest travels.
    private func legName(_ leg: TripLeg?) -> String {
        guard let leg else { return "?" }
        return leg.number.isEmpty ? leg.mode.label(language) : leg.number
    }

    /// A run as drivers and staff name it: when, from where to where, and its car's plate.
    public func runText(_ id: ID<Run>?) -> String {
        guard let r = id.flatMap({ runs[$0] }) else { return "?" }
        let plate = r.vehicle.flatMap { vehicles[$0]?.plate } ?? CoreWords.noVehicle.text(language)
        return CoreWords.runText.text(language, at(r.depart), place(r.from), place(r.to), plate)
    }

    /// A message about one leg of a person's journey: who, which train or flight, where, when.
    private func leg(_ phrase: CoreWords, _ person: ID<Person>?, arriving: Bool,
                     _ more: any CustomStringConvertible...) -> String {
        let trip = person.flatMap { trips[$0] }, leg = arriving ? trip?.arrival : trip?.departure
        return phrase.text(language, arguments: [personName(person), legName(leg), place(leg?.hub), at(leg?.time)]
            + more.map(\.description))
    }

    private func title(_ id: ID<Session>?) -> String {
        CoreWords.quoted.text(language, id.flatMap { sessions[$0]?.title } ?? "?")
    }
    private func roomName(_ id: ID<Room>?) -> String { id.flatMap { rooms[$0]?.name } ?? "?" }
    private func personName(_ id: ID<Person>?) -> String { id.flatMap { person($0)?.name } ?? "?" }
    private func siteName(_ room: ID<Room>?) -> String {
        room.flatMap { rooms[$0] }.flatMap { sites[$0.site]?.name } ?? "?"
    }

    /// `5月14日 15:30–16:00` / `14 May 15:30–16:00`
    public func when(_ id: ID<Session>) -> String {
        guard let s = sessions[id], let a = s.start, let b = s.end else { return "" }
        return DateText.day(a.date, language, weekday: false) + " " + a.clock + "–" + b.clock
    }

    private func overlapText(_ a: ID<Session>, _ b: ID<Session>) -> String {
        guard let x = sessions[a], let y = sessions[b], let s1 = x.start, let e1 = x.end, let s2 = y.start,
            let e2 = y.end
        else { return "" }
        let from = max(s1, s2), to = min(e1, e2)
        return DateText.day(from.date, language, weekday: false) + " " + from.clock + "–" + to.clock
    }

    public func message(_ f: Finding) -> String {
        let a = f.sessions.first, b = f.sessions.count > 1 ? f.sessions[1] : nil
        let room = f.rooms.first, person = f.people.first
        let lang = language
        let whenA = a.map(when) ?? ""
        let overlap = a.flatMap { a in b.map { overlapText(a, $0) } } ?? ""
        switch f.code {
        case .roomOverlap: return CoreWords.roomOverlap.text(lang, roomName(room), overlap, title(a), title(b))
        case .personOverlap: return CoreWords.personOverlap.text(lang, personName(person), title(a), title(b), overlap)
        case .travelTime:
            let rb = f.rooms.count > 1 ? f.rooms[1] : nil
            return CoreWords.travelTime.text(
                lang, personName(person), f.count, title(a), siteName(room), title(b), siteName(rb), f.limit)
        case .roomUnavailable: return CoreWords.roomUnavailable.text(lang, title(a), whenA, roomName(room))
        case .personUnavailable: return CoreWords.personUnavailable.text(lang, personName(person), title(a), whenA)
        case .outsideEvent:
            let e = plan.event
            return CoreWords.outsideEvent.text(lang, title(a), whenA, DateText.day(e.firstDay, lang, weekday: false),
                                              DateText.day(e.lastDay, lang, weekday: false))
        case .overCapacity:
            if f.severity == .error || f.count > f.limit {
                if room == nil { return CoreWords.overCapacityNoRoom.text(lang, title(a), f.count, f.limit) }
                return CoreWords.overCapacity.text(lang, title(a), f.count, f.limit, roomName(room))
            }
            return CoreWords.nearlyFull.text(
                lang, title(a), f.limit > 0 ? f.count * 100 / f.limit : 100, f.count, f.limit)
        case .attendeeClash:
            return Plural(one: CoreWords.attendeeClashOne, other: .attendeeClashOther).text(
                lang, f.count, title(a), title(b))
        case .missingFeature:
            let list = f.details.map { featureLabel($0, lang) }.joined(separator: CoreWords.listSeparator.text(lang))
            return CoreWords.missingFeature.text(lang, title(a), list, roomName(room))
        case .parallelToPlenary:
            let (plenary, other) = a.flatMap { sessions[$0] }?.isPlenary == true ? (a, b) : (b, a)
            return CoreWords.parallelToPlenary.text(lang, title(other), title(plenary), overlap)
        case .duringHeldTime:
            return CoreWords.duringHeldTime.text(lang, title(b), title(a), overlap)
        case .invalidTime:
            return CoreWords.invalidTime.text(lang, title(a), times(a))
        case .nonexistentTime, .ambiguousTime:
            let from = f.details.first.flatMap(LocalDateTime.init(iso:)),
                to = f.details.last.flatMap(LocalDateTime.init(iso:))
            let day = from.map { DateText.day($0.date, lang, weekday: false) } ?? ""
            if f.code == .nonexistentTime {
                return CoreWords.nonexistentTime.text(lang, title(a), times(a), day, from?.clock ?? "", to?.clock ?? "")
            }
            let span = (from?.clock ?? "") + "–" + (to?.clock ?? "")
            return CoreWords.ambiguousTime.text(lang, title(a), times(a), day, span)
        case .unplaced:
            let s = a.flatMap { sessions[$0] }
            let phrase: CoreWords =
                s?.start == nil && s?.room == nil ? .unplacedBoth : s?.start == nil ? .unplacedTime : .unplacedRoom
            return phrase.text(lang, title(a))
        case .missingRole:
            return CoreWords.missingRole.text(lang, title(a), a.flatMap { sessions[$0]?.kind.label(lang) } ?? "")
        case .lateArrival:
            return leg(.lateArrival, person, arriving: true, roomName(room), title(a),
                       at(a.flatMap { sessions[$0]?.start }), f.count)
        case .earlyDeparture:
            return leg(.earlyDeparture, person, arriving: false, title(a), at(a.flatMap { sessions[$0]?.end }),
                       f.limit, f.count)
        case .runOverSeats: return CoreWords.runOverSeats.text(lang, runText(f.runs.first), f.count, f.limit)
        case .vehicleDoubleBooked:
            let second = f.runs.count > 1 ? f.runs[1] : nil
            if f.vehicles.count > 1 {
                let v = f.vehicles.first.flatMap { vehicles[$0] }
                let driver = v.map { $0.driver.isEmpty ? $0.driverPhone : $0.driver } ?? "?"
                return CoreWords.driverDoubleBooked.text(lang, driver, runText(f.runs.first), runText(second))
            }
            let plate = f.vehicles.first.flatMap { vehicles[$0]?.plate } ?? "?"
            return CoreWords.vehicleDoubleBooked.text(lang, plate, runText(f.runs.first), runText(second))
        case .vehicleUnavailable:
            guard let r = f.runs.first.flatMap({ runs[$0] }), let v = r.vehicle.flatMap({ vehicles[$0] }) else {
                return runText(f.runs.first)
            }
            let hours = v.availability.map { "\(at($0.start))–\($0.end.clock)" }
                .joined(separator: CoreWords.listSeparator.text(lang))
            return CoreWords.vehicleUnavailable.text(lang, runText(r.id), v.plate, at(plan.occupancy(of: r).end), hours)
        case .escortDoubleBooked:
            return CoreWords.escortDoubleBooked.text(lang, personName(person), runText(f.runs.first),
                                                     runText(f.runs.count > 1 ? f.runs[1] : nil))
        case .passengerNotComing, .runWithoutVehicle:
            let names = f.people.map(personName).joined(separator: CoreWords.listSeparator.text(lang))
            let phrase: CoreWords = f.code == .passengerNotComing ? .passengerNotComing : .runWithoutVehicle
            return phrase.text(lang, runText(f.runs.first), names)
        case .emptyRun: return CoreWords.emptyRun.text(lang, runText(f.runs.first))
        case .runBeforeArrival:
            return leg(.runBeforeArrival, person, arriving: true, runText(f.runs.first), f.count)
        case .longWait:
            let pickup = f.runs.first.flatMap { runs[$0] }?.kind != .dropoff
            return leg(pickup ? .longWaitPickup : .longWaitDropoff, person, arriving: pickup, f.count,
                       runText(f.runs.first))
        case .noTransport:
            let pickup = f.details.first != RunKind.dropoff.rawValue
            let trip = person.flatMap { trips[$0] }, way = pickup ? trip?.arrival : trip?.departure
            // A form that asked for a car and named no station or time: say what is missing.
            if way?.hub == nil || way?.time == nil {
                return (pickup ? CoreWords.noPickupUnknown : .noDropoffUnknown).text(lang, personName(person))
            }
            // A VIP is due a car to the hub without asking: not told that they asked.
            return leg(pickup ? .noPickup : way?.wantsTransfer == true ? .noDropoff : .noDropoffVIP, person,
                       arriving: pickup)
        case .wrongHub:
            let pickup = f.details.first != RunKind.dropoff.rawValue
            return leg(pickup ? .wrongHubPickup : .wrongHubDropoff, person, arriving: pickup, runText(f.runs.first))
        case .tripOutsideEvent:
            let arriving = f.details.first != "departure", e = plan.event
            return leg(arriving ? .farArrival : .farDeparture, person, arriving: arriving, f.count,
                       DateText.day(e.firstDay, lang, weekday: false), DateText.day(e.lastDay, lang, weekday: false))
        case .visitShortOfSeats:
            let list = f.runs.map(runText).joined(separator: CoreWords.listSeparator.text(lang))
            return CoreWords.visitShortOfSeats.text(lang, title(a), f.count, f.limit, list)
        case .tableOverSeats:
            return CoreWords.tableOverSeats.text(lang, title(a), f.details.first ?? "?", f.count, f.limit)
        case .seatedTwice:
            let tables = f.details.joined(separator: CoreWords.listSeparator.text(lang))
            return CoreWords.seatedTwice.text(lang, personName(person), title(a), tables)
        case .halalAtPlainTable, .noInterpreterAtTable, .seatedNotSignedUp:
            let phrase: CoreWords = f.code == .halalAtPlainTable ? .halalAtPlainTable
                : f.code == .noInterpreterAtTable ? .noInterpreterAtTable : .seatedNotSignedUp
            let table = f.details.first ?? "?"
            return f.code == .seatedNotSignedUp ? phrase.text(lang, personName(person), title(a), table)
                : phrase.text(lang, personName(person), table, title(a))
        case .vipBelowJunior:
            let junior = f.people.count > 1 ? f.people[1] : nil
            return CoreWords.vipBelowJunior.text(lang, personName(person), f.details.first ?? "?", title(a),
                                                 personName(junior), f.details.count > 1 ? f.details[1] : "?")
        case .unseatedGuest: return CoreWords.unseatedGuest.text(lang, personName(person), title(a))
        case .tableWithoutHost: return CoreWords.tableWithoutHost.text(lang, title(a), f.details.first ?? "?")
        case .roomsOverbooked, .mixedGenderRoom, .roomNotHeld, .guestInTwoRooms, .nightsUncovered, .roomBeyondStay,
             .roomBelowLevel, .roommateNotHonoured, .hotelTooFar, .cancelledHoldsRoom, .companionApart:
            return roomingMessage(f)
        }
    }

    /// The finding in a list row: what differs between two findings of one kind first (who or
    /// which room, the two sessions by their short names, the overlap), so two rows about one
    /// person never read the same when cut to the column's width.
    public func brief(_ f: Finding) -> String {
        let a = f.sessions.first, b = f.sessions.count > 1 ? f.sessions[1] : nil
        let overlap = a.flatMap { a in b.map { overlapText(a, $0) } } ?? ""
        switch f.code {
        case .roomOverlap:
            return CoreWords.briefPair.text(language, roomName(f.rooms.first), short(a), short(b), overlap)
        case .personOverlap:
            return CoreWords.briefPair.text(language, personName(f.people.first), short(a), short(b), overlap)
        case .travelTime:
            return CoreWords.briefTravel.text(
                language, personName(f.people.first), short(a), short(b), f.count, f.limit)
        case .attendeeClash:
            return Plural(one: CoreWords.briefClashOne, other: .briefClashOther).text(
                language, f.count, short(a), short(b))
        default: return message(f)
        }
    }

    /// A session by the head of its title when that names it (分论坛三：…, 国际分论坛一：…: its
    /// track, or numbered), else by its whole title (主旨演讲：… names several).
    private func short(_ id: ID<Session>?) -> String {
        guard let s = id.flatMap({ sessions[$0] }) else { return "?" }
        guard let colon = s.title.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return s.title }
        let head = String(s.title[..<colon])
        return head == s.track || ChineseNumbers.naturalKey(head) != head ? head : s.title
    }

    /// A session's stored start and end, as they are (for a time that is wrong).
    private func times(_ id: ID<Session>?) -> String {
        let s = id.flatMap { sessions[$0] }
        return "\(s?.start?.description ?? "")–\(s?.end?.description ?? "")"
    }
}

/// Dates as the programme prints them.
public enum DateText {
    public static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let weekdaysZh = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
    static let weekdaysEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `5月18日 星期六` / `Saturday 18 May`
    public static func day(_ d: LocalDate, _ lang: Language, weekday: Bool = true) -> String {
        let c = d.components
        switch lang {
        case .zh: return "\(c.month)月\(c.day)日" + (weekday ? " " + weekdaysZh[d.isoWeekday - 1] : "")
        case .en:
            return (weekday ? weekdaysEn[d.isoWeekday - 1] + " " : "")
                + "\(c.day) \(months[c.month - 1].prefix(weekday ? 99 : 3))"
        }
    }
}
