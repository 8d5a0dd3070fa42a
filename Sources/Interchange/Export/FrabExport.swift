import Codecs
import PlanningCore

/// The frab / c3voc schedule format that conference apps (Giggity, ConfClerk, EventFahrplan)
/// read, as XML and as JSON; valid against the c3voc schemas. Only sessions with a room and a
/// time can be placed in it; `skipped` counts the others.
public struct FrabExport {
    public let plan: EventPlan
    public let generatorVersion: String
    let zone: ZoneOffset
    let days: [(index: Int, date: LocalDate, rooms: [(room: Room, sessions: [Session])])]
    let eventNumber: [ID<Session>: Int]
    let personNumber: [ID<Person>: Int]
    let people: [ID<Person>: Person]
    let roles: [ID<Session>: [SessionRole]]
    /// Room names, with the site added where two sites have a room of the same name (the
    /// JSON form keys rooms by name).
    let roomName: [ID<Room>: String]
    public let skipped: Int

    /// The schedule's own version: the release it is; confplan's version when there is none.
    public let scheduleVersion: String

    public init(plan: EventPlan, generatorVersion: String, scheduleVersion: String? = nil, track: String? = nil,
                person: ID<Person>? = nil) {
        self.scheduleVersion = scheduleVersion ?? generatorVersion
        self.plan = plan
        self.generatorVersion = generatorVersion
        zone = ZoneOffset(plan.event.timeZone)
        var roles: [ID<Session>: [SessionRole]] = [:]
        for r in plan.roles { roles[r.session, default: []].append(r) }
        self.roles = roles
        var names: [ID<Room>: String] = [:]
        let siteNames = Dictionary(plan.sites.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for r in plan.rooms {
            let clash = plan.rooms.contains { $0.id != r.id && $0.name == r.name }
            names[r.id] = clash ? "\(r.name) (\(siteNames[r.site] ?? ""))" : r.name
        }
        roomName = names
        // Speakers only: attendees never appear in a schedule, and there may be 100,000 of them.
        let speakers = Set(plan.roles.map(\.person))
        var people: [ID<Person>: Person] = [:], numbers: [ID<Person>: Int] = [:]
        for (i, p) in plan.people.enumerated() where speakers.contains(p.id) {
            people[p.id] = p
            numbers[p.id] = i + 1
        }
        self.people = people
        personNumber = numbers
        var chosen = plan.sessions
        if let track { chosen = chosen.filter { $0.track == track } }
        if let person {
            var ids = Set(plan.roles.filter { $0.person == person }.map(\.session))
            if let r = plan.registrations.first(where: { $0.person == person }) { ids.formUnion(r.signups) }
            chosen = chosen.filter { ids.contains($0.id) }
        }
        let placed = Programme.inOrder(chosen.filter { $0.start != nil && $0.end != nil && $0.room != nil })
        skipped = chosen.count - placed.count
        // Tracks as the programme first shows them (分论坛一, 二, 三 …), not as the rooms happen to be listed.
        var seen: [String] = []
        for s in placed where !s.track.isEmpty && !seen.contains(s.track) { seen.append(s.track) }
        tracks = seen
        var number: [ID<Session>: Int] = [:]
        for (i, s) in placed.enumerated() { number[s.id] = i + 1 }
        eventNumber = number
        var out: [(Int, LocalDate, [(Room, [Session])])] = []
        // A session dated outside the event (a mistake check reports) still gets its day.
        let sessionDays = Set(placed.map { plan.event.programmeDay(of: $0.start!) })
        let allDays = Set(plan.event.days).union(sessionDays).sorted()
        for (i, d) in allDays.enumerated() {
            let today = placed.filter { plan.event.programmeDay(of: $0.start!) == d }
            let rooms = plan.rooms.compactMap { r -> (Room, [Session])? in
                let here = today.filter { $0.room == r.id }
                return here.isEmpty ? nil : (r, here)
            }
            out.append((i + 1, d, rooms))
        }
        days = out.map { (index: $0.0, date: $0.1, rooms: $0.2.map { (room: $0.0, sessions: $0.1) }) }
    }

    /// Acronyms are lower-case letters, digits and `_`, at least four characters.
    var acronym: String {
        var a = String(plan.event.key.lowercased().map { c -> Character in
            (c.isASCII && (c.isLetter || c.isNumber)) || c == "_" ? c : "_"
        })
        while a.count < 4 { a += "_" }
        return a
    }

    static func uuid(_ s: String) -> String { StableUID.isUUID(s) ? s.lowercased() : StableUID.make(s) }

    func duration(_ s: Session) -> String {
        // Real time: a session across the night the clocks change is an hour shorter or longer.
        let m = zone.elapsed(from: s.start!, to: s.end!)
        return two(m / 60) + ":" + two(m % 60)
    }

    var dayStarts: [(start: String, end: String)] {
        days.map { d in
            let start = LocalDateTime(date: d.date, hour: plan.event.dayChangeHour)
            return (zone.iso(start), zone.iso(start.adding(minutes: 24 * 60 - 1)))
        }
    }

    /// Every track of the schedule, in the programme's order.
    let tracks: [String]

    func persons(_ s: Session) -> [Person] {
        (roles[s.id] ?? []).filter { $0.role != .interpreter }.compactMap { people[$0.person] }
    }

    // MARK: XML

    public func xml() -> String {
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n"
        x += "  <generator name=\"confplan\" version=\"\(esc(generatorVersion))\"/>\n"
        x += "  <version>\(esc(scheduleVersion))</version>\n  <conference>\n"
        x += "    <acronym>\(acronym)</acronym>\n    <title>\(esc(plan.event.name))</title>\n"
        x += "    <start>\(plan.event.firstDay)</start>\n    <end>\(plan.event.lastDay)</end>\n"
        x += "    <days>\(days.count)</days>\n    <timeslot_duration>00:05</timeslot_duration>\n"
        x += "    <time_zone_name>\(esc(zone.zone.identifier))</time_zone_name>\n"
        for t in tracks { x += "    <track name=\"\(esc(t))\">\(esc(t))</track>\n" }
        x += "  </conference>\n"
        let bounds = dayStarts
        for (k, d) in days.enumerated() {
            x +=
                "  <day index=\"\(d.index)\" date=\"\(d.date)\" start=\"\(bounds[k].start)\" "
                    + "end=\"\(bounds[k].end)\">\n"
            for (room, sessions) in d.rooms {
                x += "    <room name=\"\(esc(roomName[room.id]!))\" guid=\"\(Self.uuid(room.uid))\">\n"
                for s in sessions {
                    x += "      <event id=\"\(eventNumber[s.id]!)\" guid=\"\(Self.uuid(s.uid))\">\n"
                    x +=
                        "        <room>\(esc(roomName[room.id]!))</room>\n        <title>\(esc(s.title))</title>\n    "
                            + "    <subtitle/>\n"
                    x += "        <type>\(s.kind.rawValue)</type>\n        <date>\(zone.iso(s.start!))</date>\n"
                    x += "        <start>\(s.start!.clock)</start>\n        <duration>\(duration(s))</duration>\n"
                    x += "        <abstract>\(esc(s.notes))</abstract>\n        <track>\(esc(s.track))</track>\n"
                    x += "        <language>\(esc(s.languages.first ?? ""))</language>\n"
                    x += "        <persons>\n"
                    for p in persons(s) {
                        x +=
                            "          <person id=\"\(personNumber[p.id]!)\" "
                                + "guid=\"\(Self.uuid(p.uid))\">\(esc(p.name))</person>\n"
                    }
                    x += "        </persons>\n        <links/>\n        <attachments/>\n      </event>\n"
                }
                x += "    </room>\n"
            }
            x += "  </day>\n"
        }
        return x + "</schedule>\n"
    }

    func esc(_ s: String) -> String { XMLText.escaped(s) }

    // MARK: JSON

    public func json() -> String {
        let q = JSONText.quote
        var j = "{\n  \"$schema\": \"https://c3voc.de/schedule/schema.json\",\n"
        j += "  \"generator\": {\"name\": \"confplan\", \"version\": \(q(generatorVersion))},\n"
        j += "  \"schedule\": {\n    \"version\": \(q(scheduleVersion)),\n    \"conference\": {\n"
        j += "      \"acronym\": \(q(acronym)),\n      \"title\": \(q(plan.event.name)),\n"
        j += "      \"start\": \"\(plan.event.firstDay)\",\n      \"end\": \"\(plan.event.lastDay)\",\n"
        j += "      \"daysCount\": \(days.count),\n      \"timeslot_duration\": \"00:05\",\n"
        j += "      \"time_zone_name\": \(q(zone.zone.identifier)),\n"
        j +=
            "      \"rooms\": ["
            + plan.rooms.map { r in
                "\n        {\"name\": \(q(roomName[r.id]!)), \"guid\": \"\(Self.uuid(r.uid))\", \"capacity\": "
                    + "\(r.capacity)}"
            }.joined(separator: ",") + "\n      ],\n"
        j += "      \"tracks\": [" + tracks.map { "{\"name\": \(q($0))}" }.joined(separator: ", ") + "],\n"
        j += "      \"days\": ["
        let bounds = dayStarts
        j += days.enumerated().map { k, d in
            var day =
                "\n        {\"index\": \(d.index), \"date\": \"\(d.date)\", \"day_start\": \"\(bounds[k].start)\", "
                    + "\"day_end\": \"\(bounds[k].end)\",\n"
            day +=
                "         \"rooms\": {"
                + d.rooms.map { room, sessions in
                    "\n          \(q(roomName[room.id]!)): ["
                        + sessions.map { s in
                            let persons = self.persons(s).map {
                                "{\"guid\": \"\(Self.uuid($0.uid))\", \"name\": \(q($0.name))}"
                            }
                            let guid = Self.uuid(s.uid)
                            return
                                "\n            {\"guid\": \"\(guid)\", \"id\": \(eventNumber[s.id]!), \"date\": "
                                    + "\"\(zone.iso(s.start!))\", "
                                + "\"start\": \"\(s.start!.clock)\", \"duration\": \"\(duration(s))\", \"room\": "
                                    + "\(q(roomName[room.id]!)), "
                                + "\"slug\": \"\(acronym)-\(eventNumber[s.id]!)\", \"url\": \"urn:uuid:\(guid)\", "
                                    + "\"title\": \(q(s.title)), "
                                + "\"subtitle\": \"\", \"track\": \(s.track.isEmpty ? "null" : q(s.track)), \"type\": "
                                    + "\"\(s.kind.rawValue)\", "
                                + "\"language\": \(s.languages.first.map(q) ?? "null"), \"abstract\": \(q(s.notes)), "
                                + "\"persons\": [\(persons.joined(separator: ", "))], \"links\": []}"
                        }.joined(separator: ",") + "\n          ]"
                }.joined(separator: ",") + "\n         }}"
            return day
        }.joined(separator: ",")
        j += "\n      ]\n    }\n  }\n}\n"
        return j
    }
}
