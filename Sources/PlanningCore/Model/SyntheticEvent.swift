/// A small, fast, seedable random generator (SplitMix64), so generated events and random edit
/// sequences are the same on every machine and every run.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Generates events of a chosen size for `demo --large`, the benchmark and the tests: rooms on
/// several sites, sessions on a grid of time slots (so attendees can choose without clashes, as
/// real programmes allow), a few deliberate mistakes of every kind, people with roles, attendees.
/// Here, not in Fixtures, because the shipped tool builds its large demo with it.
public struct SyntheticEvent: Sendable {
    public var days = 3
    public var sites = 4
    public var rooms = 80
    public var slotsPerDay = 25
    public var peopleWithRoles = 4_000
    public var attendees = 100_000
    public var signupsPerAttendee = 6
    /// Share of sessions nudged into a clash (room overlap) and of attendees with a clashing choice.
    public var mistakeRate = 0.005
    public var seed: UInt64 = 2026

    public init() {}

    public static let large = SyntheticEvent()
    public static var medium: SyntheticEvent { large.scaled(by: 10) }
    public static var small: SyntheticEvent { large.scaled(by: 100) }

    /// Ten times smaller means a tenth of the sessions, people and attendees.
    public func scaled(by factor: Int) -> SyntheticEvent {
        var e = self
        e.rooms = max(4, rooms / factor)
        e.peopleWithRoles = max(20, peopleWithRoles / factor)
        e.attendees = max(50, attendees / factor)
        return e
    }

    public var sessionCount: Int { days * rooms * slotsPerDay }

    public func make() -> EventPlan {
        var rng = SeededRandom(seed: seed)
        let first = LocalDate(year: 2026, month: 5, day: 14)!
        var plan = EventPlan(
            event: Event(
                id: ID(1), key: "bench", uid: StableUID.make("bench"), name: "基准测试大会 Benchmark Conference",
                shortName: "基准", city: "德阳", firstDay: first, lastDay: first.adding(days: days - 1)))
        for i in 0..<sites {
            plan.sites.append(
                Site(
                    id: ID(i + 1), key: "site\(i + 1)", uid: StableUID.make("bench-site", String(i)),
                    name: "场地\(i + 1)"
                ))
        }
        for i in 0..<sites {
            for j in (i + 1)..<max(i + 1, sites) {
                plan.travel.append(TravelTime(from: ID(i + 1), to: ID(j + 1), minutes: 15 + 10 * ((i + j) % 4)))
            }
        }
        let featurePool = ["projector", "stage", "interpretation", "livestream", "accessible"]
        for r in 0..<rooms {
            var features = ["projector"]
            for f in featurePool.dropFirst() where Double.random(in: 0..<1, using: &rng) < 0.4 { features.append(f) }
            plan.rooms.append(
                Room(
                    id: ID(r + 1), key: "room\(r + 1)", uid: StableUID.make("bench-room", String(r)),
                    site: ID(r % sites + 1),
                    name: "会议室\(r + 1)", capacity: r == 0 ? 2_000 : [60, 80, 120, 150, 200, 300][r % 6],
                    features: features))
        }
        // The grid: 25-minute slots from 08:00, sessions of 20 minutes. Room 1 holds the plenaries.
        let kinds: [SessionKind] = [.subForum, .report, .workshop, .panel, .roundTable, .keynote]
        var sid = 0
        for d in 0..<days {
            let day = first.adding(days: d)
            for slot in 0..<slotsPerDay {
                for r in 0..<rooms {
                    sid += 1
                    var start = LocalDateTime(date: day, hour: 8).adding(minutes: slot * 25)
                    var length = 20
                    if Double.random(in: 0..<1, using: &rng) < mistakeRate { start = start.adding(minutes: 10) }
                    if Double.random(in: 0..<1, using: &rng) < mistakeRate { length = 40 }
                    let plenary = r == 0 && slot < 2
                    let kind: SessionKind =
                        plenary ? (slot == 0 ? .openingCeremony : .keynote) : kinds[(r + slot) % kinds.count]
                    var requires: [String] = []
                    if Double.random(in: 0..<1, using: &rng) < 0.05 { requires.append("interpretation") }
                    plan.sessions.append(
                        Session(
                            id: ID(sid), key: "s\(sid)", uid: StableUID.make("bench-session", String(sid)),
                            title: "第\(d + 1)天 \(slot + 1)单元 会议室\(r + 1) 专题研讨", kind: kind,
                            track: "分论坛\(r % 12 + 1)",
                            room: ID(r + 1), start: start, end: start.adding(minutes: length),
                            requiredFeatures: requires,
                            isPlenary: plenary, status: .confirmed))
                }
            }
        }
        // People with roles: each holds about two roles a day.
        for p in 0..<peopleWithRoles {
            var availability: [TimeWindow] = []
            if Double.random(in: 0..<1, using: &rng) < 0.02 {
                let from = LocalDateTime(date: first.adding(days: 1), hour: 14)
                availability = [TimeWindow(start: from, end: LocalDateTime(date: first.adding(days: days), hour: 0))]
            }
            plan.people.append(Person(
                id: ID(p + 1), key: "p\(p + 1)", uid: StableUID.make("bench-person", String(p)), name: syntheticName(p),
                organisation: "职业技术学院\(p % 300 + 1)", title: "教授", orgType: .college,
                vipLevel: p % 50 == 0 ? 2 : 0,
                availability: availability))
        }
        for s in plan.sessions where !(s.kind == .report && Double.random(in: 0..<1, using: &rng) < 0.05) {
            let count = s.kind == .openingCeremony ? 1 : 1 + Int(rng.next() % 2)
            for k in 0..<count {
                let person = ID<Person>(Int(rng.next() % UInt64(peopleWithRoles)) + 1)
                let role: RoleKind = k == 0 ? (s.kind == .subForum ? .chair : .speaker) : .speaker
                plan.roles.append(SessionRole(session: s.id, person: person, role: role))
            }
        }
        plan.roles = uniqueRoles(plan.roles)
        // Attendees choose sessions in distinct slots; a few choose two at the same time.
        let slotsTotal = days * slotsPerDay
        for a in 0..<attendees {
            let pid = peopleWithRoles + a + 1
            plan.people.append(
                Person(
                    id: ID(pid), key: "a\(a + 1)", uid: StableUID.make("bench-attendee", String(a)),
                    name: syntheticName(pid),
                    organisation: "单位\(a % 2_000 + 1)", phone: "139\(String(10_000_000 + a))", orgType: .college))
            var chosen: [ID<Session>] = []
            var usedSlots = Set<Int>()
            while chosen.count < signupsPerAttendee {
                let slot = 2 + Int(rng.next() % UInt64(slotsTotal - 2))
                if !usedSlots.insert(slot).inserted && Double.random(in: 0..<1, using: &rng) >= mistakeRate * 4 {
                    continue
                }
                let room = 1 + Int(rng.next() % UInt64(rooms - 1))
                let id = ID<Session>(slot * rooms + room + 1)
                if !chosen.contains(id) { chosen.append(id) }
            }
            plan.registrations.append(
                Registration(person: ID(pid), category: a % 20 == 0 ? "guest" : "delegate", signups: chosen))
        }
        return plan
    }
}

private func uniqueRoles(_ roles: [SessionRole]) -> [SessionRole] {
    var seen = Set<SessionRole>()
    return roles.filter { seen.insert($0).inserted }
}

/// A Chinese name from a person's number: deterministic and varied enough for sorting and search.
public func syntheticName(_ n: Int) -> String {
    let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑"
        + "梁谢宋唐许韩冯邓曹彭曾肖田董袁潘")
    let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
        + "桂英华玉萍红建国志文辉力海燕鹏宇浩凯晨欣怡佳琪")
    var x = UInt64(n) &* 0x9E3779B97F4A7C15
    x ^= x >> 29
    let s = surnames[Int(x % UInt64(surnames.count))]
    let g1 = given[Int((x >> 8) % UInt64(given.count))]
    let g2 = given[Int((x >> 20) % UInt64(given.count))]
    return (x >> 40) % 3 == 0 ? "\(s)\(g1)" : "\(s)\(g1)\(g2)"
}
