import PlanningCore

extension ScheduleImport {
    /// Talk types of frab and pentabarf, as the kinds a Chinese programme knows.
    static func kind(_ type: String) -> SessionKind {
        switch type.lowercased() {
        case "keynote": return .keynote
        case "workshop", "hands-on", "handson", "tutorial": return .workshop
        case "panel", "discussion", "meeting", "podium": return .panel
        case "lecture", "talk", "lightning", "lightningtalk", "lightning talk", "lightning_talk", "maintrack",
            "devroom":
            return .report
        case "opening", "opening ceremony": return .openingCeremony
        case "break", "pause": return .breakTime
        default: return .other
        }
    }

    /// `01:30`, `1:30:00` → minutes.
    static func minutes(_ duration: String) -> Int? {
        let parts = duration.split(separator: ":").map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts[0]! * 60 + parts[1]! + (parts.count == 3 && parts[2]! >= 30 ? 1 : 0)
    }

    static func build(_ raw: RawSchedule, file: String, key: String?) -> ScheduleImport {
        var warnings: [Warning] = []
        func warn(_ line: Int, _ message: String) { warnings.append(Warning(file: file, line: line, message: message)) }

        let acronym = key ?? (raw.acronym.isEmpty ? "imported" : raw.acronym)
        let eventUID = StableUID.make("schedule", acronym)
        let starts = raw.events.compactMap { e -> LocalDateTime? in time(e) }
        let firstDay =
            LocalDate(iso: raw.start.prefix(10)) ?? starts.min()?.date ?? LocalDate(year: 2026, month: 1, day: 1)!
        var lastDay = LocalDate(iso: raw.end.prefix(10)) ?? starts.max()?.date ?? firstDay
        if lastDay < firstDay { lastDay = firstDay }
        let event = Event(
            key: acronym, uid: eventUID, name: raw.title.isEmpty ? acronym : raw.title, shortName: raw.acronym,
            city: raw.city, timeZone: raw.timeZone.isEmpty ? Event.defaultTimeZone : raw.timeZone,
            firstDay: firstDay, lastDay: lastDay)
        var plan = EventPlan(event: event)
        let siteName = raw.venue.isEmpty ? (raw.city.isEmpty ? event.name : raw.city) : raw.venue
        plan.sites = [Site(id: ID(1), key: "venue", uid: StableUID.make(eventUID, "site", siteName), name: siteName)]

        var roomIDs: [String: ID<Room>] = [:]
        func room(_ name: String, guid: String) -> ID<Room> {
            if let id = roomIDs[name] { return id }
            let id = ID<Room>(plan.rooms.count + 1)
            let uid =
                StableUID.isUUID(guid) && !plan.rooms.contains(where: { $0.uid == guid.lowercased() })
                ? guid.lowercased()
                : StableUID.make(eventUID, "room", name)
            plan.rooms.append(Room(id: id, key: "r\(id.raw)", uid: uid, site: ID(1), name: name, capacity: 0))
            roomIDs[name] = id
            return id
        }
        for r in raw.rooms where !r.name.isEmpty { _ = room(r.name, guid: r.guid) }

        var personIDs: [String: ID<Person>] = [:]
        var usedUIDs: Set<String> = []
        var usedKeys: Set<String> = []
        for e in raw.events {
            let where_ = e.guid.isEmpty ? (e.id.isEmpty ? "event" : "event \(e.id)") : "event \(e.guid)"
            guard !e.title.isEmpty else { warn(e.line, "\(where_): has no title; left out"); continue }
            var key = e.id.isEmpty ? "s\(plan.sessions.count + 1)" : "e" + e.id
            if usedKeys.contains(key) {
                warn(e.line, "\(where_): id \(e.id) is used twice; this one is kept as s\(plan.sessions.count + 1)")
                key = "s\(plan.sessions.count + 1)"
            }
            usedKeys.insert(key)
            var uid =
                StableUID.isUUID(e.guid)
                ? e.guid.lowercased() : StableUID.make(eventUID, "session", e.guid.isEmpty ? key : e.guid)
            if usedUIDs.contains(uid) {
                warn(e.line, "\(where_): the guid is used by an earlier event too; this one gets its own")
                uid = StableUID.make(eventUID, "session", key, String(e.line))
            }
            usedUIDs.insert(uid)
            var s = Session(
                id: ID(plan.sessions.count + 1), key: key, uid: uid, title: e.title, kind: kind(e.type), track: e.track)
            if !e.subtitle.isEmpty { s.notes = e.subtitle }
            if !e.language.isEmpty { s.languages = [e.language.lowercased()] }
            s.status = .confirmed
            if e.room.isEmpty {
                warn(e.line, "\(where_) “\(e.title)”: no room; imported without one")
            } else {
                s.room = room(e.room, guid: "")
            }
            if let start = time(e) {
                if let m = minutes(e.duration), m > 0 {
                    s.start = start
                    s.end = start.adding(minutes: m)
                } else {
                    warn(
                        e.line,
                        "\(where_) “\(e.title)”: duration \"\(e.duration)\" is not a length of time; "
                            + "imported without a time"
                    )
                }
            } else {
                warn(
                    e.line,
                    "\(where_) “\(e.title)”: no usable start (date \"\(e.date)\", start \"\(e.start)\"); imported "
                        + "without a time"
                )
            }
            plan.sessions.append(s)
            for p in e.persons {
                guard !p.name.isEmpty else { warn(e.line, "\(where_): a person without a name; left out"); continue }
                let personKey = p.id.isEmpty ? "n:" + p.name : "p" + p.id
                let id: ID<Person>
                if let known = personIDs[personKey] {
                    id = known
                } else {
                    id = ID(plan.people.count + 1)
                    let puid =
                        StableUID.isUUID(p.guid) && !plan.people.contains(where: { $0.uid == p.guid.lowercased() })
                        ? p.guid.lowercased()
                        : StableUID.make(eventUID, "person", personKey)
                    plan.people.append(
                        Person(
                            id: id, key: p.id.isEmpty ? "n\(plan.people.count + 1)" : "p" + p.id, uid: puid,
                            name: p.name))
                    personIDs[personKey] = id
                }
                let role = SessionRole(session: s.id, person: id, role: .speaker)
                if !plan.roles.contains(role) { plan.roles.append(role) }
            }
        }
        // Person keys may clash when ids repeat with different names; keys must be unique.
        var seen: Set<String> = []
        for i in plan.people.indices {
            if seen.contains(plan.people[i].key) { plan.people[i].key += "-\(i + 1)" }
            seen.insert(plan.people[i].key)
        }
        return ScheduleImport(plan: plan, warnings: warnings)
    }

    /// The local start: the `date` element's wall-clock part (the file's zone is the event's),
    /// else the day's date and `start`.
    static func time(_ e: RawEvent) -> LocalDateTime? {
        if e.date.count >= 16, let t = LocalDateTime(iso: e.date.prefix(16)) { return t }
        guard let day = LocalDate(iso: e.dayDate.prefix(10)), e.start.count >= 4 else { return nil }
        let parts = e.start.split(separator: ":").compactMap { Int($0) }
        guard parts.count >= 2, (0..<48).contains(parts[0]), (0..<60).contains(parts[1]) else { return nil }
        return LocalDateTime(date: day, hour: 0, minute: 0).adding(minutes: parts[0] * 60 + parts[1])
    }
}
