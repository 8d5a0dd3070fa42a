import Foundation
import PlanningCore

/// Events for comparing `solve` with the exact optimum (Tests/oracle/repair_oracle.py): rooms open
/// at odd minutes (08:10, 13:20), guests free only part of a day (14:35–17:05), lunch without a
/// room, a tea break, an opening in the hall, sessions of 45 minutes to three hours on a 5-minute
/// grid; made clean, then `clashes` sessions moved into errors as staff make them (onto a taken
/// room, into a room without booths or seats, to a time their speaker is away or busy). Too many
/// sessions and spots for trying every set of moves.
public struct OracleEvent: Sendable {
    public var seed: UInt64
    public var days = 2
    public var rooms = 5
    public var sessionsPerDay = 18
    public var clashes = 7

    public init(seed: UInt64, days: Int = 2, rooms: Int = 5, sessionsPerDay: Int = 18, clashes: Int = 7) {
        self.seed = seed
        self.days = days
        self.rooms = rooms
        self.sessionsPerDay = sessionsPerDay
        self.clashes = clashes
    }

    static let first = LocalDate(year: 2026, month: 5, day: 14)!

    /// The plan and how many sessions were moved into errors (an upper bound on the optimum).
    public func make() -> (plan: EventPlan, displaced: Int) {
        var rng = SeededRandom(seed: seed)
        func int(_ n: Int) -> Int { Int(rng.next() % UInt64(max(1, n))) }
        func at(_ day: Int, _ minute: Int) -> LocalDateTime {
            LocalDateTime(date: Self.first.adding(days: day)).adding(minutes: minute)
        }
        var plan = EventPlan(event: Event(id: ID(1), key: "oracle\(seed)", uid: StableUID.make("oracle", String(seed)),
                                          name: "对照测试\(seed)",
                                          firstDay: Self.first, lastDay: Self.first.adding(days: days - 1)))
        plan.sites = [Site(id: ID(1), key: "s", uid: StableUID.make("oracle-site", String(seed)), name: "主校区")]
        // Rooms: the hall, rooms with booths, small rooms; some open only part of the day.
        for r in 0..<rooms {
            let booths = r == 0 || r % 3 == 1
            let capacity = r == 0 ? 600 : [40, 80, 150, 300][int(4)]
            var hours: [TimeWindow] = []
            for d in 0..<days {
                let openings: [Int] = [480, 490, 525, 800], closings: [Int] = [1080, 1060, 1035]
                let opens = openings[r == 0 ? 0 : int(4)], closes = closings[int(3)]
                hours.append(TimeWindow(start: at(d, opens), end: at(d, closes)))
            }
            let features = booths ? ["projector", "interpretation"] : ["projector"]
            plan.rooms.append(Room(id: ID(r + 1), key: "r\(r + 1)", uid: StableUID.make("oracle-room", "\(seed)-\(r)"),
                                   site: ID(1), name: "会议室\(r + 1)", capacity: capacity, features: features,
                                   availability: hours))
        }
        var sid = 0
        func add(_ title: String, _ kind: SessionKind, _ room: Int?, _ day: Int, _ from: Int, _ to: Int,
                 needs: [String] = [], fixed: Bool = false) -> Int {
            sid += 1
            plan.sessions.append(Session(
                id: ID(sid), key: "s\(sid)", uid: StableUID.make("oracle-session", "\(seed)-\(sid)"), title: title,
                kind: kind,
                room: room.map { ID($0 + 1) }, start: at(day, from), end: at(day, to), requiredFeatures: needs,
                isPlenary: kind.isPlenaryByDefault, isFixed: fixed))
            return plan.sessions.count - 1
        }
        // Held times: the opening in the hall, lunch (no room), an afternoon tea break.
        _ = add("开幕式", .openingCeremony, 0, 0, 9 * 60, 9 * 60 + 30)
        for d in 0..<days {
            _ = add("自助午餐", .meal, nil, d, 12 * 60, 13 * 60)
            _ = add("茶歇", .breakTime, nil, d, 15 * 60, 15 * 60 + 20)
        }
        let people = 4 + sessionsPerDay * days / 3
        for p in 0..<people {
            var hours: [TimeWindow] = []
            if int(4) == 0 {
                let d = int(days)
                hours = [[TimeWindow(start: at(d, 14 * 60 + 35), end: at(d, 17 * 60 + 5))],
                         [TimeWindow(start: at(d, 9 * 60 + 10), end: at(d, 11 * 60 + 50))],
                         [TimeWindow(start: at(d, 13 * 60 + 5), end: at(days - 1, 18 * 60))]][int(3)]
            }
            let uid = StableUID.make("oracle-person", "\(seed)-\(p)")
            plan.people.append(Person(id: ID(p + 1), key: "p\(p + 1)", uid: uid, name: "嘉宾\(p + 1)",
                                      availability: hours))
        }
        // A clean plan: each session at a random spot its room, speaker, seats and the held times allow.
        var busyRoom: [[(Int, Int)]] = Array(repeating: [], count: rooms)
        var busyPerson: [[(Int, Int)]] = Array(repeating: [], count: people)
        busyRoom[0].append((at(0, 540).minutes, at(0, 570).minutes))
        let held = plan.sessions.map { ($0.start!.minutes, $0.end!.minutes) }
        var attendee = 1000
        for k in 0..<(sessionsPerDay * days) {
            let length = [45, 60, 60, 90, 120, 180][int(6)]
            let needs = int(5) == 0 ? ["interpretation"] : []
            let signups = int(6) == 0 ? 100 + int(150) : int(30)
            let speaker = int(people)
            var spots: [(Int, Int)] = []
            for r in 0..<rooms {
                let room = plan.rooms[r]
                guard room.capacity >= signups, needs.allSatisfy(room.features.contains) else { continue }
                for w in room.availability {
                    var t = w.start.minutes + (5 - w.start.minutes % 5) % 5
                    while t + length <= w.end.minutes {
                        defer { t += 5 }
                        let e = t + length
                        let windows = plan.people[speaker].availability
                        let inHours = windows.contains { $0.start.minutes <= t && e <= $0.end.minutes }
                        guard windows.isEmpty || inHours,
                              !busyRoom[r].contains(where: { $0.0 < e && t < $0.1 }),
                              !busyPerson[speaker].contains(where: { $0.0 < e && t < $0.1 }),
                              !held.contains(where: { h in
                                  h.0 < e && t < h.1 && !(t <= h.0 && h.1 <= e && e - t > h.1 - h.0)
                              })
                        else { continue }
                        spots.append((r, t))
                    }
                }
            }
            guard !spots.isEmpty else { continue }
            let (r, t) = spots[int(spots.count)]
            busyRoom[r].append((t, t + length))
            busyPerson[speaker].append((t, t + length))
            let kind: SessionKind = length == 180 ? .subForum : [.report, .workshop, .panel, .roundTable][int(4)]
            let i = add("专题\(k + 1)", kind, r, 0, 0, 0, needs: needs, fixed: int(10) == 0)
            plan.sessions[i].start = LocalDateTime(minutes: t)
            plan.sessions[i].end = LocalDateTime(minutes: t + length)
            plan.roles.append(SessionRole(session: ID(sid), person: ID(speaker + 1), role: .speaker))
            for _ in 0..<signups {
                attendee += 1
                plan.people.append(Person(id: ID(attendee), key: "a\(attendee)",
                                          uid: StableUID.make("oracle-attendee", "\(seed)-\(attendee)"),
                                          name: "参会者\(attendee)"))
                plan.registrations.append(Registration(person: ID(attendee), signups: [ID(sid)]))
            }
        }
        // The clashes.
        let movable = plan.sessions.indices.filter { i in
            let s = plan.sessions[i]
            return !s.isFixed && !s.kind.holdsItsTime && s.room != nil
        }
        var displaced = Set<Int>()
        var tries = 0
        while displaced.count < clashes && tries < 50 * clashes {
            tries += 1
            let i = movable[int(movable.count)]
            guard !displaced.contains(i) else { continue }
            let other = plan.sessions[movable[int(movable.count)]]
            var s = plan.sessions[i]
            let length = s.end!.minutes - s.start!.minutes
            switch int(3) {
            case 0:  // onto another's room and time
                s.room = other.room
                s.start = other.start
            case 1:  // into another room at its own time (which may lack booths or seats)
                s.room = ID(1 + int(rooms))
            default:  // to another's time in its own room (its speaker may be away or busy)
                s.start = other.start
            }
            s.end = s.start!.adding(minutes: length)
            guard s != plan.sessions[i] else { continue }
            plan.sessions[i] = s
            displaced.insert(i)
        }
        return (plan, displaced.count)
    }
}
