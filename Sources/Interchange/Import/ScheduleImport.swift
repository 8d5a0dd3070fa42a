import Foundation
import Codecs
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
        var id = "", guid = "", room = "", title = "", subtitle = "", track = "", type = "", language = "",
            abstract = ""
        var date = ""  // full date-time, when given
        var dayDate = ""  // the date of the day it is listed under
        var start = ""  // HH:MM
        var duration = ""  // HH:MM or HH:MM:SS
        var persons: [(id: String, guid: String, name: String)] = []

        init(line: Int) { self.line = line }

        /// One event read through `field`, which gives a field by the name both formats use
        /// (frab's XML elements and its JSON keys agree).
        init(line: Int, dayDate: String, listedIn room: String, field: (String) -> String) {
            self.line = line
            id = field("id")
            guid = field("guid")
            self.room = field("room").isEmpty ? room : field("room")
            title = field("title")
            subtitle = field("subtitle")
            track = field("track")
            type = field("type")
            language = field("language")
            abstract = field("abstract")
            date = field("date")
            self.dayDate = dayDate
            start = field("start")
            duration = field("duration")
        }
    }

    struct RawSchedule {
        var title = "", acronym = "", start = "", end = "", timeZone = "", venue = "", city = ""
        var rooms: [(name: String, guid: String)] = []
        var events: [RawEvent] = []

        mutating func conference(_ field: (String) -> String) {
            title = field("title")
            acronym = field("acronym")
            start = field("start")
            end = field("end")
            timeZone = field("time_zone_name")
            venue = field("venue")
            city = field("city")
        }
    }

    public let plan: EventPlan
    public let warnings: [Warning]

    public static func read(_ bytes: [UInt8], file: String, key: String? = nil) throws(InputError) -> ScheduleImport {
        let first = bytes.first {
            !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF)
        }
        let raw = first == UInt8(ascii: "{") ? try fromJSON(bytes, file: file) : try fromXML(bytes, file: file)
        return build(raw, file: file, key: key)
    }

    // MARK: XML (frab and pentabarf)

    static func fromXML(_ bytes: [UInt8], file: String) throws(InputError) -> RawSchedule {
        let root = try XMLTree.parse(Data(bytes), file: file)
        guard root.name == "schedule" else {
            throw InputError(
                file: file, line: root.line, field: "",
                message: "is <\(root.name)>, not a <schedule> (frab or pentabarf XML)")
        }
        var s = RawSchedule()
        if let c = root.child("conference") { s.conference(c.value) }
        for day in root.all("day") {
            let date = day.attributes["date"] ?? ""
            // Newer files group events in rooms; older pentabarf ones list them under the day.
            var listed: [(XMLTree, String)] = day.all("event").map { ($0, "") }
            for room in day.all("room") {
                let name = room.attributes["name"] ?? ""
                if !name.isEmpty, !s.rooms.contains(where: { $0.name == name }) {
                    s.rooms.append((name, room.attributes["guid"] ?? ""))
                }
                listed += room.all("event").map { ($0, name) }
            }
            for (e, roomName) in listed {
                // In XML the identifiers are attributes, the rest child elements.
                var r = RawEvent(line: e.line, dayDate: date, listedIn: roomName) { name in
                    name == "id" || name == "guid" ? e.attributes[name] ?? "" : e.value(name)
                }
                for p in e.child("persons")?.all("person") ?? [] {
                    r.persons.append(
                        (p.attributes["id"] ?? "", p.attributes["guid"] ?? "", String(p.text.trimmingSpaces)))
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
            throw InputError(
                file: file, line: 1, field: "schedule.conference", message: "is missing: not a frab schedule.json")
        }
        var s = RawSchedule()
        s.conference { text(member(conference, $0)) }
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
                    let v = e.value
                    var r = RawEvent(line: e.line, dayDate: date, listedIn: room.key) { text(member(v, $0)) }
                    if case .array(let persons)? = member(v, "persons") {
                        for p in persons {
                            let name =
                                text(member(p.value, "name")).isEmpty
                                ? text(member(p.value, "public_name")) : text(member(p.value, "name"))
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
