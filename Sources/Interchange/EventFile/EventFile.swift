import Codecs
import PlanningCore

/// confplan's own event file: one JSON document for a whole event. The format is described in
/// `sample-events/README.md`; `write` produces its canonical form, which `read` takes back
/// without loss.
public enum EventFile {
    public static let formatVersion = 1
    /// Larger files are refused before parsing, so a wrong file cannot exhaust memory.
    public static let maxBytes = 512 << 20

    public static func read(_ bytes: [UInt8], file: String) throws -> EventPlan {
        try readDocument(bytes, file: file).plan
    }

    /// The plan with the severities and acknowledgements the file carries, and its sessions'
    /// calendar numbers (`"sequence"`, by session UUID; only those above 0).
    public static func readDocument(_ bytes: [UInt8], file: String) throws
        -> (plan: EventPlan, policy: FindingPolicy, sequences: [String: Int])
    {
        guard bytes.count <= maxBytes else {
            throw InputError(
                file: file, line: 0, field: "",
                message: "is \(bytes.count >> 20) MiB; event files are limited to \(maxBytes >> 20) MiB")
        }
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw InputError(
                file: file, line: error.line, field: "", message: "column \(error.column): \(error.message)")
        }
        var decoder = Decoder(file: file)
        let plan = try decoder.plan(Node(value: root, path: "", line: 1, file: file))
        return (plan, decoder.policy, decoder.sequences)
    }

    struct Decoder {
        let file: String
        var siteIDs: [String: ID<Site>] = [:]
        var roomIDs: [String: ID<Room>] = [:]
        var sessionIDs: [String: ID<Session>] = [:]
        var personIDs: [String: ID<Person>] = [:]
        var vehicleIDs: [String: ID<Vehicle>] = [:]
        var runKeys = Set<String>()
        var blockIDs: [String: ID<RoomBlock>] = [:]
        var assignmentKeys = Set<String>()
        var badges = Set<Int>()
        var policy = FindingPolicy()
        var sequences: [String: Int] = [:]

        init(file: String) { self.file = file }

        mutating func plan(_ root: Node) throws -> EventPlan {
            var o = try root.object()
            guard let version = o.optional("confplan") else {
                throw root.fail(
                    "missing \"confplan\": \(EventFile.formatVersion); this does not look like a confplan event file")
            }
            let v = try version.int()
            guard v == EventFile.formatVersion else {
                throw version.fail(
                    "format version \(v) is not supported (this confplan reads version \(EventFile.formatVersion))")
            }
            let event = try self.event(try o.required("event"))
            var plan = EventPlan(event: event)
            plan.sites = try list(&o, "sites") { try site($0, $1, event.key) }
            plan.travel = try list(&o, "travel") { n, _ in try travel(n) }
            plan.rooms = try list(&o, "rooms") { try room($0, $1, event.key) }
            // Sessions first collect their keys, so roles and sign-ups can name any session.
            let sessionNodes = try o.optional("sessions")?.array() ?? []
            for (i, n) in sessionNodes.enumerated() {
                var so = try n.object()
                let key = try so.required("id").string()
                if sessionIDs[key] != nil { throw n.fail("id \"\(key)\" is used by an earlier session") }
                sessionIDs[key] = ID(i + 1)
            }
            let personNodes = try o.optional("people")?.array() ?? []
            for (i, n) in personNodes.enumerated() {
                var po = try n.object()
                let key = try po.required("id").string()
                if personIDs[key] != nil { throw n.fail("id \"\(key)\" is used by an earlier person") }
                personIDs[key] = ID(i + 1)
            }
            for (i, n) in sessionNodes.enumerated() {
                let (s, roles) = try session(n, i + 1, event.key)
                plan.sessions.append(s)
                plan.roles += roles
            }
            for (i, n) in personNodes.enumerated() {
                let (p, reg, trip) = try person(n, i + 1, event.key)
                plan.people.append(p)
                if let reg { plan.registrations.append(reg) }
                if let trip { plan.trips.append(trip) }
                if let stay = try personStay(n, person: p.id) { plan.stays.append(stay) }
            }
            plan.vehicles = try list(&o, "vehicles") { try vehicle($0, $1, event.key) }
            plan.runs = try list(&o, "runs") { try run($0, $1, event.key) }
            plan.roomBlocks = try list(&o, "roomBlocks") { try roomBlock($0, $1, event.key) }
            plan.roomAssignments = try list(&o, "roomAssignments") { try roomAssignment($0, $1, event.key) }
            plan.tablePlans = try banquets(&o, sessions: plan.sessions)
            if let n = o.optional("severities") {
                var so = try n.object()
                for code in FindingCode.allCases {
                    guard let v = so.optional(code.rawValue) else { continue }
                    let text = try v.string()
                    if text == "off" { policy.overrides[code] = .some(nil) } else {
                        guard let severity = Severity(rawValue: text) else {
                            throw v.fail("\(v.shown) is not a severity (error, warning, info or off)")
                        }
                        policy.overrides[code] = .some(severity)
                    }
                }
                try so.rejectUnknown()
            }
            for n in try o.optional("acknowledgements")?.array() ?? [] {
                var ao = try n.object()
                let keyNode = try ao.required("finding")
                let key = try keyNode.string()
                guard let code = key.split(separator: "|").first, FindingCode(rawValue: String(code)) != nil else {
                    throw keyNode.fail(
                        "\(keyNode.shown) is not a finding's key (`confplan check --format json` shows them)")
                }
                if policy.acknowledgements[key] != nil {
                    throw n.fail("acknowledges the same finding as an earlier one")
                }
                policy.acknowledgements[key] = Acknowledgement(
                    reason: try text(&ao, "reason", required: true),
                    by: try text(&ao, "by"), at: try text(&ao, "at"))
                try ao.rejectUnknown()
            }
            try o.rejectUnknown()
            if let problem = plan.structuralProblems().first {
                throw InputError(file: file, line: 0, field: problem.path, message: problem.message)
            }
            return plan
        }

        func list<T>(_ o: inout ObjectNode, _ key: String, _ make: (Node, Int) throws -> T) throws -> [T] {
            guard let n = o.optional(key) else { return [] }
            return try n.array().enumerated().map { try make($1, $0 + 1) }
        }

        func uid(_ o: inout ObjectNode, _ parts: String...) throws -> String {
            guard let n = o.optional("uuid") else { return StableUID.make(parts.joined(separator: "/")) }
            let s = try n.string()
            guard StableUID.isUUID(s) else { throw n.fail("\(n.shown) is not a UUID") }
            return s.lowercased()
        }

        func key(_ o: inout ObjectNode) throws -> String {
            let n = try o.required("id")
            let s = try n.string()
            guard !s.isEmpty, s.count <= 200 else { throw n.fail("must be 1 to 200 characters") }
            return s
        }

        func text(_ o: inout ObjectNode, _ key: String, required: Bool = false) throws -> String {
            if required {
                let n = try o.required(key)
                let s = try n.string()
                if s.trimmingSpaces.isEmpty { throw n.fail("is empty") }
                return s
            }
            return try o.optional(key)?.string() ?? ""
        }

        func windows(_ o: inout ObjectNode) throws -> [TimeWindow] {
            guard let n = o.optional("availability") else { return [] }
            return try n.array().map { item in
                var w = try item.object()
                let startNode = try w.required("start"), endNode = try w.required("end")
                let start = try startNode.dateTime(), end = try endNode.dateTime()
                guard end > start else { throw endNode.fail("\(endNode.shown) is not after start \(start)") }
                try w.rejectUnknown()
                return TimeWindow(start: start, end: end)
            }
        }

        func event(_ n: Node) throws -> Event {
            var o = try n.object()
            let key = try self.key(&o)
            let uid = try self.uid(&o, key)
            let name = try text(&o, "name", required: true)
            let firstNode = try o.required("firstDay"), lastNode = try o.required("lastDay")
            let first = try firstNode.date(), last = try lastNode.date()
            guard last >= first else { throw lastNode.fail("\(lastNode.shown) is before firstDay \(first)") }
            guard last.dayNumber - first.dayNumber < 366 else {
                throw lastNode.fail("the event would last more than a year")
            }
            let tz = try o.optional("timeZone")?.string() ?? Event.defaultTimeZone
            var event = Event(
                key: key, uid: uid, name: name, shortName: try text(&o, "shortName"), city: try text(&o, "city"),
                timeZone: tz, firstDay: first, lastDay: last,
                dayChangeHour: try o.optional("dayChangeHour")?.int(in: 0...12) ?? 4,
                defaultTravelMinutes: try o.optional("defaultTravelMinutes")?.int(in: 0...1440) ?? 30,
                seatingRule: try o.optional("seatingRule")?.oneOf(SeatingRule.self) ?? .domestic)
            event.banquetSeatOrder = try o.optional("banquetSeatOrder")?.oneOf(BanquetSeatOrder.self) ?? .hostAndDeputy
            // `{"delegate": ["参会证", "资料袋", "餐券"], "*": […]}`: what the desk hands over.
            if let items = o.optional("checkInItems") {
                var byCategory = try items.object()
                for member in byCategory.members {
                    event.checkInItems[member.key] = try byCategory.required(member.key).strings()
                }
            }
            try o.rejectUnknown()
            return event
        }

        mutating func site(_ n: Node, _ index: Int, _ event: String) throws -> Site {
            var o = try n.object()
            let key = try self.key(&o)
            if siteIDs[key] != nil { throw n.fail("id \"\(key)\" is used by an earlier site") }
            siteIDs[key] = ID(index)
            let s = Site(id: ID(index), key: key, uid: try uid(&o, event, "site", key),
                         name: try text(&o, "name", required: true), address: try text(&o, "address"))
            try o.rejectUnknown()
            return s
        }

        func ref<T>(_ n: Node, _ table: [String: ID<T>], _ what: String) throws -> ID<T> {
            let key = try n.string()
            guard let id = table[key] else { throw n.fail("\(n.shown) is not \(what) in this file") }
            return id
        }

        func travel(_ n: Node) throws -> TravelTime {
            var o = try n.object()
            let t = TravelTime(from: try ref(try o.required("from"), siteIDs, "a site"),
                               to: try ref(try o.required("to"), siteIDs, "a site"),
                               minutes: try o.required("minutes").int(in: 0...1440))
            try o.rejectUnknown()
            return t
        }

        mutating func room(_ n: Node, _ index: Int, _ event: String) throws -> Room {
            var o = try n.object()
            let key = try self.key(&o)
            if roomIDs[key] != nil { throw n.fail("id \"\(key)\" is used by an earlier room") }
            roomIDs[key] = ID(index)
            let r = Room(id: ID(index), key: key, uid: try uid(&o, event, "room", key),
                         site: try ref(try o.required("site"), siteIDs, "a site"),
                         name: try text(&o, "name", required: true),
                         capacity: try o.required("capacity").int(in: 0...1_000_000),
                         features: try features(o.optional("features")),
                         availability: try windows(&o), notes: try text(&o, "notes"))
            try o.rejectUnknown()
            return r
        }

        /// Feature codes, or words of either language for them; anything else is refused with the
        /// list, since the check could not know what it means.
        func features(_ n: Node?) throws -> [String] {
            var codes: [String] = []
            for item in try n?.array() ?? [] {
                guard let f = RoomFeature(word: try item.string()) else {
                    throw item.fail("\(item.shown) is not a feature; one of: "
                        + RoomFeature.allCases.map(\.rawValue).joined(separator: ", "))
                }
                if !codes.contains(f.rawValue) { codes.append(f.rawValue) }
            }
            return codes
        }

        mutating func session(_ n: Node, _ index: Int, _ event: String) throws -> (Session, [SessionRole]) {
            var o = try n.object()
            let key = try self.key(&o)
            let kind = try o.optional("kind")?.oneOf(SessionKind.self) ?? .other
            let startNode = o.optional("start"), endNode = o.optional("end")
            let start = try startNode?.dateTime(), end = try endNode?.dateTime()
            if (start == nil) != (end == nil) {
                throw (startNode ?? endNode ?? n).fail("a session needs both start and end, or neither")
            }
            let id = ID<Session>(index)
            var s = Session(
                id: id, key: key, uid: try uid(&o, event, "session", key), title: try text(&o, "title", required: true),
                kind: kind, track: try text(&o, "track"),
                room: try o.optional("room").map { try ref($0, roomIDs, "a room") }, start: start, end: end,
                languages: try o.optional("languages")?.strings() ?? [],
                requiredFeatures: try features(o.optional("requires")),
                capacityLimit: try o.optional("capacityLimit")?.int(in: 0...1_000_000),
                isPlenary: try o.optional("plenary")?.bool() ?? kind.isPlenaryByDefault,
                isFixed: try o.optional("fixed")?.bool() ?? false,
                status: try o.optional("status")?.oneOf(SessionStatus.self) ?? .draft, notes: try text(&o, "notes"))
            var roles: [SessionRole] = []
            for r in try o.optional("roles")?.array() ?? [] {
                var ro = try r.object()
                let role = SessionRole(session: id, person: try ref(try ro.required("person"), personIDs, "a person"),
                                       role: try ro.required("role").oneOf(RoleKind.self))
                if roles.contains(role) { throw r.fail("repeats an earlier role") }
                roles.append(role)
                try ro.rejectUnknown()
            }
            if let n = o.optional("seating") { s.seating = try seating(n, roles) }
            if let n = o.optional("sequence") { sequences[s.uid] = try n.int(in: 0...Int(Int32.max)) }
            try o.rejectUnknown()
            return (s, roles)
        }

        /// `{"rows": [7, 5], "order": ["p-wang", …], "rule": "international"}`: the order names
        /// people on this rostrum (a role other than interpreter; `guest` seats anyone else).
        func seating(_ n: Node, _ roles: [SessionRole]) throws -> SeatingPlan {
            var o = try n.object()
            var plan = SeatingPlan()
            for r in try o.optional("rows")?.array() ?? [] { plan.rows.append(try r.int(in: 1...200)) }
            for p in try o.optional("order")?.array() ?? [] {
                let person = try ref(p, personIDs, "a person")
                guard roles.contains(where: { $0.person == person && $0.role != .interpreter }) else {
                    throw p.fail("\(p.shown) has no part in this session to be seated for (add them as a guest)")
                }
                if plan.order.contains(person) { throw p.fail("\(p.shown) is in the order twice") }
                plan.order.append(person)
            }
            plan.rule = try o.optional("rule")?.oneOf(SeatingRule.self)
            try o.rejectUnknown()
            return plan
        }

        mutating func vehicle(_ n: Node, _ index: Int, _ event: String) throws -> Vehicle {
            var o = try n.object()
            let key = try self.key(&o)
            if vehicleIDs[key] != nil { throw n.fail("id \"\(key)\" is used by an earlier vehicle") }
            vehicleIDs[key] = ID(index)
            let kind = try o.optional("kind")?.oneOf(VehicleKind.self) ?? .car
            let v = Vehicle(
                id: ID(index), key: key, uid: try uid(&o, event, "vehicle", key),
                plate: try text(&o, "plate", required: true),
                kind: kind, seats: try o.optional("seats")?.int(in: 1...100), driver: try text(&o, "driver"),
                driverPhone: try text(&o, "driverPhone"), availability: try windows(&o), notes: try text(&o, "notes"))
            try o.rejectUnknown()
            return v
        }

        mutating func run(_ n: Node, _ index: Int, _ event: String) throws -> Run {
            var o = try n.object()
            let key = try self.key(&o)
            if !runKeys.insert(key).inserted { throw n.fail("id \"\(key)\" is used by an earlier run") }
            var passengers: [ID<Person>] = []
            for p in try o.optional("passengers")?.array() ?? [] {
                let id = try ref(p, personIDs, "a person")
                if passengers.contains(id) { throw p.fail("\(p.shown) rides in this run twice") }
                passengers.append(id)
            }
            let r = Run(
                id: ID(index), key: key, uid: try uid(&o, event, "run", key),
                kind: try o.optional("kind")?.oneOf(RunKind.self) ?? .pickup,
                vehicle: try o.optional("vehicle").map { try ref($0, vehicleIDs, "a vehicle") },
                from: try ref(try o.required("from"), siteIDs, "a site"),
                to: try ref(try o.required("to"), siteIDs, "a site"),
                depart: try o.required("depart").dateTime(), passengers: passengers,
                escort: try o.optional("escort").map { try ref($0, personIDs, "a person") },
                session: try o.optional("session").map { try ref($0, sessionIDs, "a session") },
                notes: try text(&o, "notes"))
            try o.rejectUnknown()
            return r
        }

        /// `"travel": {"arrival": {…}, "departure": {…}, "companions": 1, "stay": "hotel"}` in a person's line.
        func trip(_ n: Node, person: ID<Person>) throws -> Trip {
            var o = try n.object()
            func leg(_ name: String) throws -> TripLeg? {
                guard let l = o.optional(name) else { return nil }
                var lo = try l.object()
                let leg = TripLeg(
                    mode: try lo.optional("mode")?.oneOf(TravelMode.self) ?? .train, number: try text(&lo, "number"),
                    hub: try lo.optional("hub").map { try ref($0, siteIDs, "a site") },
                    time: try lo.optional("time")?.dateTime(),
                    wantsTransfer: try lo.optional("transfer")?.bool() ?? false)
                try lo.rejectUnknown()
                return leg
            }
            let t = Trip(
                person: person, arrival: try leg("arrival"), departure: try leg("departure"),
                companions: try o.optional("companions")?.int(in: 0...99) ?? 0,
                stay: try o.optional("stay").map { try ref($0, siteIDs, "a site") })
            try o.rejectUnknown()
            return t
        }

        /// `"stay": {"need": "shared", "checkIn": "2026-05-13", "checkOut": "2026-05-15", "roommate": "p2"}`
        /// in a person's line.
        func personStay(_ n: Node, person: ID<Person>) throws -> Stay? {
            var po = try n.object()
            guard let sn = po.optional("stay") else { return nil }
            var o = try sn.object()
            let checkIn = try o.optional("checkIn")?.date()
            let outNode = o.optional("checkOut")
            let checkOut = try outNode?.date()
            if let checkIn, let checkOut, let outNode, checkOut <= checkIn {
                throw outNode.fail("\(outNode.shown) is not after checkIn \(checkIn)")
            }
            func other(_ name: String) throws -> ID<Person>? {
                guard let r = o.optional(name) else { return nil }
                let id = try ref(r, personIDs, "a person")
                if id == person { throw r.fail("names the guest themselves") }
                return id
            }
            let s = Stay(
                person: person, need: try o.optional("need")?.oneOf(StayNeed.self) ?? .shared, checkIn: checkIn,
                checkOut: checkOut, roommate: try other("roommate"), principal: try other("principal"))
            try o.rejectUnknown()
            return s
        }

        /// `{"id": "jh-twin", "hotel": "hotel", "type": "twin", "beds": 2, "checkIn": "2026-05-13",
        /// "checkOut": "2026-05-15", "rooms": 40}`, or per night: `"nights": {"2026-05-13": 40, …}`;
        /// numbered rooms as `"numbers": ["1208", {"number": "A12", "floor": 1}]`, a room held fewer
        /// nights than the block with them: `{"number": "1216", "checkIn": "2026-05-13", "checkOut": …}`.
        mutating func roomBlock(_ n: Node, _ index: Int, _ event: String) throws -> RoomBlock {
            var o = try n.object()
            let key = try self.key(&o)
            if blockIDs[key] != nil { throw n.fail("id \"\(key)\" is used by an earlier room block") }
            blockIDs[key] = ID(index)
            var nights: [NightCount] = []
            if let nn = o.optional("nights") {
                for m in try nn.object().members {
                    var no = try nn.object()
                    let value = try no.required(m.key)
                    guard let night = LocalDate(iso: m.key) else { throw value.fail("\"\(m.key)\" is not a date") }
                    if nights.contains(where: { $0.night == night }) { throw value.fail("repeats an earlier night") }
                    nights.append(NightCount(night: night, rooms: try value.int(in: 0...100_000)))
                }
            } else {
                let inNode = try o.required("checkIn"), outNode = try o.required("checkOut")
                let checkIn = try inNode.date(), checkOut = try outNode.date()
                guard checkOut > checkIn, checkOut.dayNumber - checkIn.dayNumber <= 366 else {
                    throw outNode.fail("\(outNode.shown) is not after checkIn \(checkIn)")
                }
                let rooms = try o.required("rooms").int(in: 0...100_000)
                nights = stride(from: checkIn.dayNumber, to: checkOut.dayNumber, by: 1).map {
                    NightCount(night: LocalDate(dayNumber: $0), rooms: rooms)
                }
            }
            var numbers: [RoomNumber] = []
            for r in try o.optional("numbers")?.array() ?? [] {
                let number: RoomNumber
                if case .string(let s) = r.value {
                    number = RoomNumber(s)
                } else {
                    var ro = try r.object()
                    var nights: NightSpan?
                    if let inNode = ro.optional("checkIn") {
                        let outNode = try ro.required("checkOut")
                        let a = try inNode.date(), b = try outNode.date()
                        guard b > a else { throw outNode.fail("\(outNode.shown) is not after checkIn \(a)") }
                        nights = NightSpan(checkIn: a, checkOut: b)
                    }
                    number = RoomNumber(try text(&ro, "number", required: true),
                                        floor: try ro.optional("floor")?.int(in: -9...999), nights: nights)
                    try ro.rejectUnknown()
                }
                if number.number.isEmpty { throw r.fail("is empty") }
                if numbers.contains(where: { $0.number == number.number }) { throw r.fail("repeats an earlier room") }
                numbers.append(number)
            }
            let b = RoomBlock(
                id: ID(index), key: key, uid: try uid(&o, event, "roomBlock", key),
                hotel: try ref(try o.required("hotel"), siteIDs, "a site"),
                type: try o.required("type").oneOf(RoomType.self), beds: try o.optional("beds")?.int(in: 1...20),
                nights: nights, numbers: numbers, notes: try text(&o, "notes"))
            try o.rejectUnknown()
            return b
        }

        /// `{"id": "a1", "person": "p1", "block": "jh-twin", "room": "3", "bed": 1, "checkIn": …, "checkOut": …}`.
        mutating func roomAssignment(_ n: Node, _ index: Int, _ event: String) throws -> RoomAssignment {
            var o = try n.object()
            let key = try self.key(&o)
            if !assignmentKeys.insert(key).inserted { throw n.fail("id \"\(key)\" is used by an earlier assignment") }
            let inNode = try o.required("checkIn"), outNode = try o.required("checkOut")
            let checkIn = try inNode.date(), checkOut = try outNode.date()
            guard checkOut > checkIn else { throw outNode.fail("\(outNode.shown) is not after checkIn \(checkIn)") }
            let roomNode = try o.required("room")
            let room = try roomNode.string()
            if room.isEmpty { throw roomNode.fail("is empty") }
            let a = RoomAssignment(
                id: ID(index), key: key, uid: try uid(&o, event, "roomAssignment", key),
                person: try ref(try o.required("person"), personIDs, "a person"),
                block: try ref(try o.required("block"), blockIDs, "a room block"), room: room,
                bed: try o.optional("bed")?.int(in: 1...20), checkIn: checkIn, checkOut: checkOut)
            try o.rejectUnknown()
            return a
        }

        mutating func person(_ n: Node, _ index: Int, _ event: String) throws -> (Person, Registration?, Trip?) {
            var o = try n.object()
            let key = try self.key(&o)
            let id = ID<Person>(index)
            let p = Person(
                id: id, key: key, uid: try uid(&o, event, "person", key), name: try text(&o, "name", required: true),
                organisation: try text(&o, "organisation"), title: try text(&o, "title"), phone: try text(&o, "phone"),
                email: try text(&o, "email"), orgType: try o.optional("orgType")?.oneOf(OrgType.self) ?? .other,
                vipLevel: try o.optional("vip")?.int(in: 0...9) ?? 0, availability: try windows(&o),
                province: try text(&o, "province"), city: try text(&o, "city"), gender: try text(&o, "gender"),
                notes: try text(&o, "notes"), language: try o.optional("language")?.string(),
                badge: try o.optional("badge").map { n in
                    let number = try n.int(in: 1...99_999_999)
                    if badges.insert(number).inserted == false { throw n.fail("badge \(number) is someone else's too") }
                    return number
                },
                diet: try o.optional("diet").map(diet))
            var registration: Registration?
            if let r = o.optional("registration") {
                var ro = try r.object()
                var signups: [ID<Session>] = []
                for s in try ro.optional("signups")?.array() ?? [] {
                    let sid = try ref(s, sessionIDs, "a session")
                    if signups.contains(sid) { throw s.fail("\(s.shown) is signed up for twice") }
                    signups.append(sid)
                }
                registration = Registration(
                    person: id, category: try ro.optional("category")?.string() ?? Registration.defaultCategory,
                    signups: signups)
                try ro.rejectUnknown()
            }
            let trip = try o.optional("travel").map { try self.trip($0, person: id) }
            // Read by `personStay`, after the person: taken here so it is not unknown.
            _ = o.optional("stay")
            try o.rejectUnknown()
            return (p, registration, trip)
        }
    }
}
