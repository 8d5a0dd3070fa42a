import Codecs
import PlanningCore

extension EventFile {
    /// The canonical text of a plan: the event pretty-printed, then one line per site, room,
    /// session and person, so two versions of an event diff line by line. Defaults are omitted.
    /// With the event's severities and acknowledgements, so `dump` then `load` keeps what staff
    /// decided about findings (they name sessions, rooms and people by UUID, as the file does),
    /// and each session's calendar number (`sequences`, by UUID) when above 0, so a calendar
    /// entry never goes out again under a lower one after `load`.
    public static func write(_ plan: EventPlan, policy: FindingPolicy = FindingPolicy(),
                             sequences: [String: Int] = [:]) -> String {
        let keys = Keys(plan)
        var out = "{\n  \"confplan\": \(formatVersion),\n  \"event\": {\n"
        out += eventMembers(plan.event).map { "    " + $0 }.joined(separator: ",\n") + "\n  }"
        func section(_ name: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += ",\n  \"\(name)\": [\n" + lines.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
        }
        section("sites", plan.sites.map(site))
        section("travel", plan.travel.map { travel($0, keys) })
        section("rooms", plan.rooms.map { room($0, keys) })
        section("sessions", plan.sessions.map { session($0, keys, sequences: sequences) })
        section("people", plan.people.map { person($0, keys) })
        section("vehicles", plan.vehicles.map(vehicle))
        section("runs", plan.runs.map { run($0, keys) })
        section("roomBlocks", plan.roomBlocks.map { roomBlock($0, keys) })
        section("roomAssignments", plan.roomAssignments.map { roomAssignment($0, keys) })
        section("banquets", plan.tablePlans.map { banquet($0, keys) })
        section("banquetTables", plan.tablePlans.flatMap { t in t.tables.map { banquetTable($0, of: t, keys) } })
        section("banquetSeats", plan.tablePlans.flatMap { t in t.seats.map { banquetSeat($0, of: t, keys) } })
        if !policy.overrides.isEmpty {
            let items = policy.overrides.sorted { $0.key.rawValue < $1.key.rawValue }.map { code, severity in
                "    \(JSONText.quote(code.rawValue)): \(JSONText.quote(severity?.rawValue ?? "off"))"
            }
            out += ",\n  \"severities\": {\n" + items.joined(separator: ",\n") + "\n  }"
        }
        section("acknowledgements", policy.acknowledgements.sorted { $0.key < $1.key }.map(acknowledgement))
        return out + "\n}\n"
    }

    /// The file names sites, rooms, sessions and people by their keys; roles and registrations
    /// are written inside their session and person.
    struct Keys {
        let site: [ID<Site>: String]
        let room: [ID<Room>: String]
        let session: [ID<Session>: String]
        let person: [ID<Person>: String]
        var rolesBySession: [ID<Session>: [SessionRole]] = [:]
        var registrationByPerson: [ID<Person>: Registration] = [:]
        var tripByPerson: [ID<Person>: Trip] = [:]
        var vehicle: [ID<Vehicle>: String] = [:]
        var stayByPerson: [ID<Person>: Stay] = [:]
        var block: [ID<RoomBlock>: String] = [:]

        init(_ plan: EventPlan) {
            site = Dictionary(uniqueKeysWithValues: plan.sites.map { ($0.id, $0.key) })
            room = Dictionary(uniqueKeysWithValues: plan.rooms.map { ($0.id, $0.key) })
            session = Dictionary(uniqueKeysWithValues: plan.sessions.map { ($0.id, $0.key) })
            person = Dictionary(uniqueKeysWithValues: plan.people.map { ($0.id, $0.key) })
            for r in plan.roles { rolesBySession[r.session, default: []].append(r) }
            for r in plan.registrations { registrationByPerson[r.person] = r }
            for t in plan.trips { tripByPerson[t.person] = t }
            for v in plan.vehicles { vehicle[v.id] = v.key }
            for s in plan.stays { stayByPerson[s.person] = s }
            for b in plan.roomBlocks { block[b.id] = b.key }
        }
    }

    private static func eventMembers(_ e: Event) -> [String] {
        var ev = Fields()
        ev.text("id", e.key)
        ev.text("uuid", e.uid)
        ev.text("name", e.name)
        ev.text("shortName", e.shortName, omitEmpty: true)
        ev.text("city", e.city, omitEmpty: true)
        ev.text("timeZone", e.timeZone)
        ev.text("firstDay", e.firstDay.description)
        ev.text("lastDay", e.lastDay.description)
        ev.raw("dayChangeHour", String(e.dayChangeHour))
        ev.raw("defaultTravelMinutes", String(e.defaultTravelMinutes))
        if e.seatingRule != .domestic { ev.text("seatingRule", e.seatingRule.rawValue) }
        if e.banquetSeatOrder != .hostAndDeputy { ev.text("banquetSeatOrder", e.banquetSeatOrder.rawValue) }
        if !e.checkInItems.isEmpty {
            ev.raw("checkInItems", "{" + e.checkInItems.keys.sorted().map { category in
                JSONText.quote(category) + ": [" + e.checkInItems[category]!.map(JSONText.quote)
                    .joined(separator: ", ") + "]"
            }.joined(separator: ", ") + "}")
        }
        return ev.items
    }

    private static func site(_ s: Site) -> String {
        var f = Fields()
        f.text("id", s.key)
        f.text("uuid", s.uid)
        f.text("name", s.name)
        f.text("address", s.address, omitEmpty: true)
        return f.object
    }

    private static func travel(_ t: TravelTime, _ keys: Keys) -> String {
        var f = Fields()
        f.text("from", keys.site[t.from] ?? "")
        f.text("to", keys.site[t.to] ?? "")
        f.raw("minutes", String(t.minutes))
        return f.object
    }

    private static func room(_ r: Room, _ keys: Keys) -> String {
        var f = Fields()
        f.text("id", r.key)
        f.text("uuid", r.uid)
        f.text("site", keys.site[r.site] ?? "")
        f.text("name", r.name)
        f.raw("capacity", String(r.capacity))
        f.list("features", r.features)
        f.windows(r.availability)
        f.text("notes", r.notes, omitEmpty: true)
        return f.object
    }

    private static func session(_ s: Session, _ keys: Keys, sequences: [String: Int]) -> String {
        var f = Fields()
        f.text("id", s.key)
        f.text("uuid", s.uid)
        f.text("title", s.title)
        f.text("kind", s.kind.rawValue)
        f.text("track", s.track, omitEmpty: true)
        if let room = s.room { f.text("room", keys.room[room] ?? "") }
        if let start = s.start, let end = s.end {
            f.text("start", start.description)
            f.text("end", end.description)
        }
        f.list("languages", s.languages)
        f.list("requires", s.requiredFeatures)
        if let limit = s.capacityLimit { f.raw("capacityLimit", String(limit)) }
        if s.isPlenary != s.kind.isPlenaryByDefault { f.raw("plenary", s.isPlenary ? "true" : "false") }
        if s.isFixed { f.raw("fixed", "true") }
        f.text("status", s.status.rawValue)
        f.text("notes", s.notes, omitEmpty: true)
        if let n = sequences[s.uid], n > 0 { f.raw("sequence", String(n)) }
        let roles = keys.rolesBySession[s.id] ?? []
        if !roles.isEmpty {
            f.raw("roles", "[" + roles.map { r in
                "{\"person\": \(JSONText.quote(keys.person[r.person] ?? "")), \"role\": \"\(r.role.rawValue)\"}"
            }.joined(separator: ", ") + "]")
        }
        if let seating = s.seating {
            var parts = ["\"rows\": [" + seating.rows.map(String.init).joined(separator: ", ") + "]"]
            parts.append("\"order\": [" + seating.order.map { JSONText.quote(keys.person[$0] ?? "") }
                .joined(separator: ", ") + "]")
            if let rule = seating.rule { parts.append("\"rule\": \"\(rule.rawValue)\"") }
            f.raw("seating", "{" + parts.joined(separator: ", ") + "}")
        }
        return f.object
    }

    private static func person(_ p: Person, _ keys: Keys) -> String {
        var f = Fields()
        f.text("id", p.key)
        f.text("uuid", p.uid)
        f.text("name", p.name)
        f.text("organisation", p.organisation, omitEmpty: true)
        f.text("title", p.title, omitEmpty: true)
        f.text("phone", p.phone, omitEmpty: true)
        f.text("email", p.email, omitEmpty: true)
        if p.orgType != .other { f.text("orgType", p.orgType.rawValue) }
        if p.vipLevel != 0 { f.raw("vip", String(p.vipLevel)) }
        f.windows(p.availability)
        f.text("province", p.province, omitEmpty: true)
        f.text("city", p.city, omitEmpty: true)
        f.text("gender", p.gender, omitEmpty: true)
        f.text("notes", p.notes, omitEmpty: true)
        if let language = p.language { f.text("language", language) }
        if let badge = p.badge { f.raw("badge", String(badge)) }
        if let diet = p.diet { f.raw("diet", Self.diet(diet)) }
        if let reg = keys.registrationByPerson[p.id] {
            var r = Fields()
            r.text("category", reg.category)
            r.list("signups", reg.signups.map { keys.session[$0] ?? "" }, omitEmpty: false)
            f.raw("registration", r.object)
        }
        if let trip = keys.tripByPerson[p.id] { f.raw("travel", travel(trip, keys)) }
        if let stay = keys.stayByPerson[p.id] { f.raw("stay", stayObject(stay, keys)) }
        return f.object
    }

    /// A person's journey, inside their line: `{"arrival": {"mode": "train", "number": "G8921", …}}`.
    private static func travel(_ t: Trip, _ keys: Keys) -> String {
        func leg(_ l: TripLeg) -> String {
            var f = Fields()
            f.text("mode", l.mode.rawValue)
            f.text("number", l.number, omitEmpty: true)
            if let hub = l.hub { f.text("hub", keys.site[hub] ?? "") }
            if let time = l.time { f.text("time", time.description) }
            if l.wantsTransfer { f.raw("transfer", "true") }
            return f.object
        }
        var f = Fields()
        if let a = t.arrival { f.raw("arrival", leg(a)) }
        if let d = t.departure { f.raw("departure", leg(d)) }
        if t.companions != 0 { f.raw("companions", String(t.companions)) }
        if let stay = t.stay { f.text("stay", keys.site[stay] ?? "") }
        return f.object
    }

    private static func vehicle(_ v: Vehicle) -> String {
        var f = Fields()
        f.text("id", v.key)
        f.text("uuid", v.uid)
        f.text("plate", v.plate)
        f.text("kind", v.kind.rawValue)
        f.raw("seats", String(v.seats))
        f.text("driver", v.driver, omitEmpty: true)
        f.text("driverPhone", v.driverPhone, omitEmpty: true)
        f.windows(v.availability)
        f.text("notes", v.notes, omitEmpty: true)
        return f.object
    }

    private static func run(_ r: Run, _ keys: Keys) -> String {
        var f = Fields()
        f.text("id", r.key)
        f.text("uuid", r.uid)
        f.text("kind", r.kind.rawValue)
        if let v = r.vehicle { f.text("vehicle", keys.vehicle[v] ?? "") }
        f.text("from", keys.site[r.from] ?? "")
        f.text("to", keys.site[r.to] ?? "")
        f.text("depart", r.depart.description)
        f.list("passengers", r.passengers.map { keys.person[$0] ?? "" })
        if let e = r.escort { f.text("escort", keys.person[e] ?? "") }
        if let s = r.session { f.text("session", keys.session[s] ?? "") }
        f.text("notes", r.notes, omitEmpty: true)
        return f.object
    }

    /// A person's lodging, inside their line: `{"need": "shared", "roommate": "p2"}`.
    private static func stayObject(_ s: Stay, _ keys: Keys) -> String {
        var f = Fields()
        f.text("need", s.need.rawValue)
        if let d = s.checkIn { f.text("checkIn", d.description) }
        if let d = s.checkOut { f.text("checkOut", d.description) }
        if let p = s.roommate { f.text("roommate", keys.person[p] ?? "") }
        if let p = s.principal { f.text("principal", keys.person[p] ?? "") }
        return f.object
    }

    /// The same rooms every night from check-in to check-out as `rooms`, else night by night.
    private static func roomBlock(_ b: RoomBlock, _ keys: Keys) -> String {
        var f = Fields()
        f.text("id", b.key)
        f.text("uuid", b.uid)
        f.text("hotel", keys.site[b.hotel] ?? "")
        f.text("type", b.type.rawValue)
        f.raw("beds", String(b.beds))
        let even = Set(b.nights.map(\.rooms)).count == 1
            && b.nights.last.map { $0.night.dayNumber - b.nights[0].night.dayNumber + 1 } == b.nights.count
        if even, let checkIn = b.checkIn, let checkOut = b.checkOut {
            f.text("checkIn", checkIn.description)
            f.text("checkOut", checkOut.description)
            f.raw("rooms", String(b.nights[0].rooms))
        } else {
            f.raw("nights", "{" + b.nights.map { "\"\($0.night)\": \($0.rooms)" }.joined(separator: ", ") + "}")
        }
        if !b.numbers.isEmpty {
            let items = b.numbers.map { n in
                let number = JSONText.quote(n.number)
                guard n.floor != nil || n.nights != nil else { return number }
                var o = Fields()
                o.text("number", n.number)
                if let floor = n.floor { o.raw("floor", String(floor)) }
                if let span = n.nights {
                    o.text("checkIn", span.checkIn.description)
                    o.text("checkOut", span.checkOut.description)
                }
                return o.object
            }
            f.raw("numbers", "[" + items.joined(separator: ", ") + "]")
        }
        f.text("notes", b.notes, omitEmpty: true)
        return f.object
    }

    private static func roomAssignment(_ a: RoomAssignment, _ keys: Keys) -> String {
        var f = Fields()
        f.text("id", a.key)
        f.text("uuid", a.uid)
        f.text("person", keys.person[a.person] ?? "")
        f.text("block", keys.block[a.block] ?? "")
        f.text("room", a.room)
        if let bed = a.bed { f.raw("bed", String(bed)) }
        f.text("checkIn", a.checkIn.description)
        f.text("checkOut", a.checkOut.description)
        return f.object
    }

    private static func acknowledgement(_ key: String, _ ack: Acknowledgement) -> String {
        var f = Fields()
        f.text("finding", key)
        f.text("reason", ack.reason)
        f.text("by", ack.by)
        f.text("at", ack.at)
        return f.object
    }

    /// Members of one single-line object, in the order added.
    struct Fields {
        var items: [String] = []
        var object: String { "{" + items.joined(separator: ", ") + "}" }

        mutating func raw(_ key: String, _ json: String) { items.append("\"\(key)\": \(json)") }

        mutating func text(_ key: String, _ value: String, omitEmpty: Bool = false) {
            if omitEmpty && value.isEmpty { return }
            raw(key, JSONText.quote(value))
        }

        mutating func list(_ key: String, _ values: [String], omitEmpty: Bool = true) {
            if omitEmpty && values.isEmpty { return }
            raw(key, "[" + values.map(JSONText.quote).joined(separator: ", ") + "]")
        }

        mutating func windows(_ windows: [TimeWindow]) {
            guard !windows.isEmpty else { return }
            raw(
                "availability",
                "[" + windows.map { "{\"start\": \"\($0.start)\", \"end\": \"\($0.end)\"}" }.joined(separator: ", ")
                    + "]")
        }
    }
}
