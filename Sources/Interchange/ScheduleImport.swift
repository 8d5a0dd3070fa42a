import Foundation
import PlanningCore

/// Reads published schedules into a new event: frab/c3voc schedule XML and JSON, and pentabarf
/// XML as FOSDEM publishes it (events directly under `day` in older years, inside `room`
/// elements in newer ones; GUIDs that are not UUIDs). Real schedules hold real mistakes: they
/// become warnings with a line, and the rest is imported.
public struct ScheduleImport {
    public struct Warning: Hashable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
    }

    /// One talk as the file gives it, before it becomes a session.
    struct RawEvent {
        var line: Int
        var id = "", guid = "", room = "", title = "", subtitle = "", track = "", type = "", language = "", abstract = ""
        var date = ""       // full date-time, when given
        var dayDate = ""    // the date of the day it is listed under
        var start = ""      // HH:MM
        var duration = ""   // HH:MM or HH:MM:SS
        var persons: [(id: String, guid: String, name: String)] = []
    }

    struct RawSchedule {
        var title = "", acronym = "", start = "", end = "", timeZone = "", venue = "", city = ""
        var rooms: [(name: String, guid: String)] = []
        var events: [RawEvent] = []
    }

    public let plan: EventPlan
    public let warnings: [Warning]

    public static func read(_ bytes: [UInt8], file: String, key: String? = nil) throws(InputError) -> ScheduleImport {
        let first = bytes.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        let raw = first == UInt8(ascii: "{") ? try fromJSON(bytes, file: file) : try fromXML(bytes, file: file)
        return build(raw, file: file, key: key)
    }

    // MARK: XML (frab and pentabarf)

    static func fromXML(_ bytes: [UInt8], file: String) throws(InputError) -> RawSchedule {
        let root = try XMLElement.parse(Data(bytes), file: file)
        guard root.name == "schedule" else {
            throw InputError(file: file, line: root.line, field: "", message: "is <\(root.name)>, not a <schedule> (frab or pentabarf XML)")
        }
        var s = RawSchedule()
        if let c = root.child("conference") {
            s.title = c.value("title")
            s.acronym = c.value("acronym")
            s.start = c.value("start")
            s.end = c.value("end")
            s.timeZone = c.value("time_zone_name")
            s.venue = c.value("venue")
            s.city = c.value("city")
        }
        for day in root.all("day") {
            let date = day.attributes["date"] ?? ""
            // Newer files group events in rooms; older pentabarf ones list them under the day.
            var listed: [(XMLElement, String)] = day.all("event").map { ($0, "") }
            for room in day.all("room") {
                let name = room.attributes["name"] ?? ""
                if !name.isEmpty, !s.rooms.contains(where: { $0.name == name }) { s.rooms.append((name, room.attributes["guid"] ?? "")) }
                listed += room.all("event").map { ($0, name) }
            }
            for (e, roomName) in listed {
                var r = RawEvent(line: e.line)
                r.id = e.attributes["id"] ?? ""
                r.guid = e.attributes["guid"] ?? ""
                r.room = e.value("room").isEmpty ? roomName : e.value("room")
                r.title = e.value("title")
                r.subtitle = e.value("subtitle")
                r.track = e.value("track")
                r.type = e.value("type")
                r.language = e.value("language")
                r.abstract = e.value("abstract")
                r.date = e.value("date")
                r.dayDate = date
                r.start = e.value("start")
                r.duration = e.value("duration")
                for p in e.child("persons")?.all("person") ?? [] {
                    r.persons.append((p.attributes["id"] ?? "", p.attributes["guid"] ?? "", String(p.text.trimmingSpaces)))
                }
                s.events.append(r)
            }
        }
        return s
    }

    // MARK: JSON (frab schedule.json)

    static func fromJSON(_ bytes: [UInt8], file: String) throws(InputError) -> RawSchedule {
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch {
            throw InputError(file: file, line: error.line, field: "", message: "is not valid JSON (\(error.message))")
        }
        func member(_ v: JSONValue, _ k: String) -> JSONValue? {
            if case .object(let ms) = v { return ms.first { $0.key == k }?.value }
            return nil
        }
        func text(_ v: JSONValue?) -> String {
            switch v {
            case .string(let s)?: return String(s.trimmingSpaces)
            case .number(let n)?: return n
            default: return ""
            }
        }
        guard let schedule = member(value, "schedule"), let conference = member(schedule, "conference") else {
            throw InputError(file: file, line: 1, field: "schedule.conference", message: "is missing: not a frab schedule.json")
        }
        var s = RawSchedule()
        s.title = text(member(conference, "title"))
        s.acronym = text(member(conference, "acronym"))
        s.start = text(member(conference, "start"))
        s.end = text(member(conference, "end"))
        s.timeZone = text(member(conference, "time_zone_name"))
        if case .array(let rooms)? = member(conference, "rooms") {
            for r in rooms { s.rooms.append((text(member(r.value, "name")), text(member(r.value, "guid")))) }
        }
        guard case .array(let days)? = member(conference, "days") else { return s }
        for day in days {
            let date = text(member(day.value, "date"))
            guard case .object(let rooms)? = member(day.value, "rooms") else { continue }
            for room in rooms {
                if !s.rooms.contains(where: { $0.name == room.key }) { s.rooms.append((room.key, "")) }
                guard case .array(let events) = room.value else { continue }
                for e in events {
                    var r = RawEvent(line: e.line)
                    let v = e.value
                    r.id = text(member(v, "id"))
                    r.guid = text(member(v, "guid"))
                    r.room = text(member(v, "room")).isEmpty ? room.key : text(member(v, "room"))
                    r.title = text(member(v, "title"))
                    r.subtitle = text(member(v, "subtitle"))
                    r.track = text(member(v, "track"))
                    r.type = text(member(v, "type"))
                    r.language = text(member(v, "language"))
                    r.abstract = text(member(v, "abstract"))
                    r.date = text(member(v, "date"))
                    r.dayDate = date
                    r.start = text(member(v, "start"))
                    r.duration = text(member(v, "duration"))
                    if case .array(let persons)? = member(v, "persons") {
                        for p in persons {
                            let name = text(member(p.value, "name")).isEmpty ? text(member(p.value, "public_name")) : text(member(p.value, "name"))
                            r.persons.append((text(member(p.value, "id")), text(member(p.value, "guid")), name))
                        }
                    }
                    s.events.append(r)
                }
            }
        }
        return s
    }
}
