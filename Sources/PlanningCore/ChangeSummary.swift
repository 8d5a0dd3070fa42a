/// One line saying what a change did, for the change log (`confplan log`): which entity, and
/// for updates the fields that changed, old → new.
public enum ChangeSummary {
    public struct Names {
        public var room: (ID<Room>) -> String
        public var person: (ID<Person>) -> String
        public var session: (ID<Session>) -> String
        public init(room: @escaping (ID<Room>) -> String, person: @escaping (ID<Person>) -> String,
                    session: @escaping (ID<Session>) -> String) {
            self.room = room
            self.person = person
            self.session = session
        }
    }

    public static func describe(_ change: Change, _ names: Names) -> (action: String, summary: String) {
        func q(_ s: String) -> String { "“" + s + "”" }
        func when(_ s: Session) -> String {
            guard let a = s.start, let b = s.end else { return "unscheduled" }
            return "\(a.date) \(a.clock)–\(b.clock)"
        }
        func sessionFacts(_ s: Session) -> String { "\(when(s)), " + (s.room.map(names.room) ?? "no room") }
        switch change {
        case .session(let before, let after):
            switch (before, after) {
            case (nil, let a?): return ("add session", q(a.session.title) + ": " + sessionFacts(a.session))
            case (let b?, nil): return ("delete session", q(b.session.title) + ": " + sessionFacts(b.session))
            case (let b?, let a?):
                var parts: [String] = []
                let x = b.session, y = a.session
                if x.title != y.title { parts.append("title \(q(x.title)) → \(q(y.title))") }
                if x.start != y.start || x.end != y.end { parts.append("time \(when(x)) → \(when(y))") }
                if x.room != y.room {
                    parts.append("room \(x.room.map(names.room) ?? "none") → \(y.room.map(names.room) ?? "none")")
                }
                if x.kind != y.kind { parts.append("kind \(x.kind.rawValue) → \(y.kind.rawValue)") }
                if x.track != y.track { parts.append("track \(q(x.track)) → \(q(y.track))") }
                if x.status != y.status { parts.append("status \(x.status.rawValue) → \(y.status.rawValue)") }
                if x.languages != y.languages || x.requiredFeatures != y.requiredFeatures
                    || x.capacityLimit != y.capacityLimit
                    || x.isPlenary != y.isPlenary || x.notes != y.notes
                {
                    parts.append("details")
                }
                return (
                    "change session",
                    q(y.title) + ": " + (parts.isEmpty ? "no field changed" : parts.joined(separator: "; "))
                )
            default: return ("session", "")
            }
        case .person(let before, let after):
            switch (before, after) {
            case (nil, let a?):
                return (
                    "add person", q(a.person.name) + (a.person.organisation.isEmpty ? "" : ", " + a.person.organisation)
                )
            case (let b?, nil): return ("delete person", q(b.person.name))
            case (let b?, let a?):
                let x = b.person, y = a.person
                let fields: [(String, String, String)] = [
                    ("name", x.name, y.name), ("organisation", x.organisation, y.organisation),
                    ("title", x.title, y.title), ("phone", x.phone, y.phone), ("email", x.email, y.email),
                    ("notes", x.notes, y.notes),
                ]
                var parts = fields.filter { $0.1 != $0.2 }.map { "\($0.0) \(q($0.1)) → \(q($0.2))" }
                if x.availability != y.availability || x.vipLevel != y.vipLevel || x.orgType != y.orgType {
                    parts.append("details")
                }
                if b.registration != a.registration {
                    switch (b.registration, a.registration) {
                    case (nil, _?): parts.append("registered")
                    case (_?, nil): parts.append("registration removed")
                    default: parts.append("registration changed")
                    }
                }
                return (
                    "change person",
                    q(y.name) + ": " + (parts.isEmpty ? "no field changed" : parts.joined(separator: "; "))
                )
            default: return ("person", "")
            }
        case .room(let before, let after):
            switch (before, after) {
            case (nil, let a?): return ("add room", q(a.room.name) + ", \(a.room.capacity) seats")
            case (let b?, nil): return ("delete room", q(b.room.name))
            case (let b?, let a?):
                var parts: [String] = []
                if b.room.name != a.room.name { parts.append("name \(q(b.room.name)) → \(q(a.room.name))") }
                if b.room.capacity != a.room.capacity { parts.append("seats \(b.room.capacity) → \(a.room.capacity)") }
                if b.room.features != a.room.features || b.room.availability != a.room.availability
                    || b.room.site != a.room.site
                    || b.room.notes != a.room.notes
                {
                    parts.append("details")
                }
                return (
                    "change room",
                    q(a.room.name) + ": " + (parts.isEmpty ? "no field changed" : parts.joined(separator: "; "))
                )
            default: return ("room", "")
            }
        case .role(let before, let after):
            if let a = after, before == nil {
                return ("add role", "\(names.person(a.person)) as \(a.role.rawValue) in \(q(names.session(a.session)))")
            }
            if let b = before, after == nil {
                return (
                    "remove role", "\(names.person(b.person)) as \(b.role.rawValue) in \(q(names.session(b.session)))"
                )
            }
            return ("change role", after.map { "\(names.person($0.person)) in \(q(names.session($0.session)))" } ?? "")
        case .site(let before, let after):
            switch (before, after) {
            case (nil, let a?): return ("add site", q(a.name))
            case (let b?, nil): return ("delete site", q(b.name))
            case (_, let a?): return ("change site", q(a.name))
            default: return ("site", "")
            }
        }
    }
}
