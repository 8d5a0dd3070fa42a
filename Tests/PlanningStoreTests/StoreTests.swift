import Foundation
import Testing
import Fixtures
import CSQLite
@testable import PlanningCore
@testable import PlanningStore

/// A fresh database path in its own folder, removed by the caller's `defer`.
func scratchPath(_ name: String = "test.sqlite") -> String {
    let dir = Scratch.folder("tests")
    return dir + "/" + name
}

func smallPlan(key: String = "t1") -> EventPlan {
    var p = EventPlan(event: Event(key: key, uid: StableUID.make(key), name: "测试大会", shortName: "测试",
                                   firstDay: LocalDate(iso: "2026-05-14")!, lastDay: LocalDate(iso: "2026-05-15")!))
    p.sites = [Site(id: ID(1), key: "hotel", uid: StableUID.make(key, "s1"), name: "宾馆"),
               Site(id: ID(2), key: "base", uid: StableUID.make(key, "s2"), name: "基地")]
    p.travel = [TravelTime(from: ID(1), to: ID(2), minutes: 45)]
    p.rooms = [Room(id: ID(1), key: "hall", uid: StableUID.make(key, "r1"), site: ID(1), name: "一号厅", capacity: 100,
                    features: ["stage", "同传"], availability: [TimeWindow(start: LocalDateTime(iso: "2026-05-14T08:00")!, end: LocalDateTime(iso: "2026-05-14T20:00")!)])]
    p.sessions = [
        Session(id: ID(1), key: "s1", uid: StableUID.make(key, "x1"), title: "开幕式", kind: .openingCeremony, room: ID(1),
                start: LocalDateTime(iso: "2026-05-14T09:00")!, end: LocalDateTime(iso: "2026-05-14T10:00")!,
                languages: ["zh", "de"], requiredFeatures: ["stage"], capacityLimit: 90, isPlenary: true, isFixed: true,
                status: .confirmed, notes: "备注"),
        Session(id: ID(2), key: "s2", uid: StableUID.make(key, "x2"), title: "待定", kind: .other),
    ]
    p.people = [
        Person(id: ID(1), key: "p1", uid: StableUID.make(key, "p1"), name: "周铁农", organisation: "联盟", title: "理事长",
               phone: "12500000001", email: "a@example.org", orgType: .research, vipLevel: 3,
               availability: [TimeWindow(start: LocalDateTime(iso: "2026-05-15T14:00")!, end: LocalDateTime(iso: "2026-05-15T18:00")!)]),
        Person(id: ID(2), key: "p2", uid: StableUID.make(key, "p2"), name: "'); DROP TABLE people;--", language: "de"),
    ]
    p.roles = [SessionRole(session: ID(1), person: ID(1), role: .speaker), SessionRole(session: ID(1), person: ID(2), role: .chair)]
    p.registrations = [Registration(person: ID(2), category: "guest", signups: [ID(2), ID(1)])]
    return p
}

/// Plans compare equal once their local row ids are set aside (the store assigns its own).
func normalised(_ p: EventPlan) -> EventPlan {
    var out = p
    func n<T>(_ ids: [ID<T>]) -> [ID<T>: ID<T>] { Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, ID($0 + 1)) }) }
    let site = n(p.sites.map(\.id)), room = n(p.rooms.map(\.id)), session = n(p.sessions.map(\.id)), person = n(p.people.map(\.id))
    out.event.id = ID(0)
    for i in out.sites.indices { out.sites[i].id = site[out.sites[i].id]! }
    for i in out.travel.indices { out.travel[i].from = site[out.travel[i].from]!; out.travel[i].to = site[out.travel[i].to]! }
    for i in out.rooms.indices { out.rooms[i].id = room[out.rooms[i].id]!; out.rooms[i].site = site[out.rooms[i].site]! }
    for i in out.sessions.indices { out.sessions[i].id = session[out.sessions[i].id]!; out.sessions[i].room = out.sessions[i].room.map { room[$0]! } }
    for i in out.people.indices { out.people[i].id = person[out.people[i].id]! }
    for i in out.roles.indices { out.roles[i].session = session[out.roles[i].session]!; out.roles[i].person = person[out.roles[i].person]! }
    for i in out.registrations.indices {
        out.registrations[i].person = person[out.registrations[i].person]!
        out.registrations[i].signups = out.registrations[i].signups.map { session[$0]! }
    }
    let vehicle = n(p.vehicles.map(\.id)), run = n(p.runs.map(\.id))
    for i in out.trips.indices {
        out.trips[i].person = person[out.trips[i].person]!
        out.trips[i].stay = out.trips[i].stay.map { site[$0]! }
        let arrivalHub = out.trips[i].arrival?.hub.map { site[$0]! }, departureHub = out.trips[i].departure?.hub.map { site[$0]! }
        out.trips[i].arrival?.hub = arrivalHub
        out.trips[i].departure?.hub = departureHub
    }
    for i in out.vehicles.indices { out.vehicles[i].id = vehicle[out.vehicles[i].id]! }
    for i in out.runs.indices {
        out.runs[i].id = run[out.runs[i].id]!
        out.runs[i].vehicle = out.runs[i].vehicle.map { vehicle[$0]! }
        out.runs[i].from = site[out.runs[i].from]!
        out.runs[i].to = site[out.runs[i].to]!
        out.runs[i].passengers = out.runs[i].passengers.map { person[$0]! }
        out.runs[i].escort = out.runs[i].escort.map { person[$0]! }
        out.runs[i].session = out.runs[i].session.map { session[$0]! }
    }
    let block = n(p.roomBlocks.map(\.id)), assignment = n(p.roomAssignments.map(\.id))
    for i in out.stays.indices {
        out.stays[i].person = person[out.stays[i].person]!
        out.stays[i].roommate = out.stays[i].roommate.map { person[$0]! }
        out.stays[i].principal = out.stays[i].principal.map { person[$0]! }
    }
    for i in out.roomBlocks.indices {
        out.roomBlocks[i].id = block[out.roomBlocks[i].id]!
        out.roomBlocks[i].hotel = site[out.roomBlocks[i].hotel]!
    }
    for i in out.roomAssignments.indices {
        out.roomAssignments[i].id = assignment[out.roomAssignments[i].id]!
        out.roomAssignments[i].person = person[out.roomAssignments[i].person]!
        out.roomAssignments[i].block = block[out.roomAssignments[i].block]!
    }
    for i in out.tablePlans.indices {
        out.tablePlans[i].meal = session[out.tablePlans[i].meal]!
        for j in out.tablePlans[i].seats.indices {
            out.tablePlans[i].seats[j].person = person[out.tablePlans[i].seats[j].person]!
        }
    }
    return out
}

@Suite struct StoreTests {
    @Test func createsAnOwnerOnlyDatabaseAtTheLatestSchema() throws {
        let path = scratchPath()
        let store = try Store(path: path)
        #expect(store.schemaVersion == Schema.latest)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try store.db.rows("PRAGMA journal_mode") == [[.text("wal")]])
        #expect(try store.db.scalarInt("PRAGMA foreign_keys") == 1)
    }

    /// Only people with a check-in code are in its index: an import's 100,000 new people have
    /// none, and an entry each doubled the index work of storing them. A desk's scan still finds
    /// a code through the index.
    @Test func checkInCodesAreIndexedOnlyWhereSomeoneHasOne() throws {
        let store = try Store(path: scratchPath())
        let index = try store.db.rows("SELECT sql FROM sqlite_master WHERE name = 'people_by_checkin'")
        #expect(index == [[.text("CREATE INDEX people_by_checkin ON people(event_id, checkin) WHERE checkin IS NOT NULL")]])
        let plan = try store.db.rows("EXPLAIN QUERY PLAN SELECT id FROM people WHERE event_id = 1 AND checkin = 'K7'")
        #expect(plan.map { $0.last } == [.text("SEARCH people USING COVERING INDEX people_by_checkin (event_id=? AND checkin=?)")])
    }

    @Test func defaultPathFollowsXDG() {
        #expect(Store.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]) == "/x/data/confplan/confplan.sqlite")
        #expect(Store.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/confplan/confplan.sqlite")
        #expect(Store.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.local/share/confplan/confplan.sqlite")
    }

    @Test func storesAndReadsAPlanWithoutLoss() throws {
        let store = try Store(path: scratchPath())
        let plan = smallPlan()
        let stored = try store.insert(plan)
        let read = try store.plan(stored.event.id)
        #expect(read == stored)
        #expect(normalised(read) == normalised(plan))
        // Hostile text is stored as text, not executed.
        #expect(read.people[1].name == "'); DROP TABLE people;--")
        #expect(try store.db.scalarInt("SELECT count(*) FROM people WHERE name = ?", "'); DROP TABLE people;--") == 1)
    }

    @Test func refusesADuplicateEventUnlessReplacing() throws {
        let store = try Store(path: scratchPath())
        try store.insert(smallPlan())
        #expect(throws: StoreError.eventExists(key: "t1")) { try store.insert(smallPlan()) }
        var changed = smallPlan()
        changed.event.name = "新名字"
        try store.insert(changed, replace: true)
        #expect(try store.events().map(\.name) == ["新名字"])
        #expect(try store.db.scalarInt("SELECT count(*) FROM sessions") == 2)
    }

    @Test func resolvesEventsByKeyShortNameOrUniquePart() throws {
        let store = try Store(path: scratchPath())
        try store.insert(smallPlan(key: "a1"))
        #expect(try store.resolveEvent(nil).key == "a1")
        var b = smallPlan(key: "b2")
        b.event.name = "另一个会议"
        b.event.shortName = "另一个"
        try store.insert(b)
        #expect(try store.resolveEvent("b2").key == "b2")
        #expect(try store.resolveEvent("另一个").key == "b2")
        #expect(try store.resolveEvent("测试大会").key == "a1")
        #expect(throws: StoreError.self) { try store.resolveEvent(nil) }
        #expect(throws: StoreError.noSuchEvent("zz")) { try store.resolveEvent("zz") }
    }

    @Test func deletingAnEventCascades() throws {
        let store = try Store(path: scratchPath())
        let stored = try store.insert(smallPlan())
        try store.deleteEvent(stored.event.id)
        for table in ["events", "sites", "rooms", "sessions", "people", "session_roles", "signups"] {
            #expect(try store.db.scalarInt("SELECT count(*) FROM \(table)") == 0, "\(table)")
        }
    }

    @Test func refusesAPlanWithBrokenReferencesAndStoresNothing() throws {
        let store = try Store(path: scratchPath())
        var bad = smallPlan()
        bad.roles.append(SessionRole(session: ID(9), person: ID(1), role: .host))
        #expect(throws: StoreError.self) { try store.insert(bad) }
        #expect(try store.events().isEmpty)
    }
}

@Suite struct MigrationTests {
    /// Schema 18 remembers which sub-forums each list gave; a list remembered before keeps its
    /// people and is known to have given none the database can tell (NULL), so it stays the
    /// truth for its people's sub-forums as it was.
    @Test func listsRememberedBeforeSchema18KeepTheirPeople() throws {
        let path = scratchPath()
        do {
            let old = try SQLiteConnection(path: path)
            for m in Schema.migrations[0..<17] { try old.execute(m) }
            try old.execute("PRAGMA user_version = 17")
            try old.execute("""
                INSERT INTO events (id, key, uid, name, first_day, last_day) VALUES (1, 'e', 'ue', '年会', '2026-05-14', '2026-05-14');
                INSERT INTO import_lists (event_id, source, uids) VALUES (1, '回执', 'u1
                u2
                ');
                """)
        }
        let store = try Store(path: path)
        #expect(store.schemaVersion == Schema.latest)
        #expect(try store.db.rows("SELECT uids, signups FROM import_lists") == [[.text("u1\nu2\n"), .null]])
        #expect(try store.importMemory(ID(1), source: "回执").signupsFromSource == nil)
        #expect(try store.importMemory(ID(1), source: "回执").fromSource == ["u1": "", "u2": ""])
    }

    @Test func upgradesAnOlderDatabaseKeepingItsData() throws {
        let path = scratchPath()
        do {
            // A database as the first release left it: migration 1 only.
            let old = try SQLiteConnection(path: path)
            try old.execute(Schema.migrations[0])
            try old.execute("PRAGMA user_version = 1")
            try old.run("INSERT INTO events (key, uid, name, first_day, last_day) VALUES ('old', 'u', '旧会议', '2025-01-01', '2025-01-02')")
        }
        let store = try Store(path: path)
        #expect(store.schemaVersion == Schema.latest)
        #expect(try store.events().map(\.name) == ["旧会议"])
        #expect(try store.db.scalarInt("SELECT count(*) FROM acknowledgements") == 0)
        // Before changing the file for good, it kept a checked copy of it as it was.
        let dir = (path as NSString).deletingLastPathComponent
        let copies = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".before-v\(Schema.latest).") && $0.hasSuffix(".backup") }
        #expect(copies.count == 1)
        let copy = try SQLiteConnection(path: dir + "/" + copies[0], readOnly: true)
        #expect(try copy.scalarInt("PRAGMA user_version") == 1)
        #expect(try copy.scalarInt("SELECT count(*) FROM events") == 1)
    }

    @Test func registrationsMoveIntoPeopleRowsWithTheirSignupsAndRoles() throws {
        let path = scratchPath()
        do {
            // Schema 4: registrations in their own table.
            let old = try SQLiteConnection(path: path)
            for m in Schema.migrations[0..<4] { try old.execute(m) }
            try old.execute("PRAGMA user_version = 4")
            try old.execute("""
                INSERT INTO events (id, key, uid, name, first_day, last_day) VALUES (1, 'e', 'ue', '年会', '2026-05-14', '2026-05-14');
                INSERT INTO sites (id, event_id, key, uid, name) VALUES (1, 1, 's', 'us', '主会场');
                INSERT INTO rooms (id, event_id, site_id, key, uid, name, capacity) VALUES (1, 1, 1, 'r', 'ur', '报告厅', 300);
                INSERT INTO sessions (id, event_id, key, uid, title, kind, room_id, start, end)
                    VALUES (1, 1, 'k', 'uk', '主旨报告', 'keynote', 1, '2026-05-14T09:00', '2026-05-14T10:00'),
                           (2, 1, 'f', 'uf', '分论坛一', 'forum', 1, '2026-05-14T14:00', '2026-05-14T16:00');
                INSERT INTO people (id, event_id, key, uid, name, organisation) VALUES (1, 1, 'p1', 'u1', '周铁农', '教育部'),
                    (2, 1, 'a0001', 'u2', '王芳', '德阳职业技术学院'), (3, 1, 'a0002', 'u3', '李强', '某企业');
                INSERT INTO session_roles (session_id, person_id, role, position) VALUES (1, 1, 'speaker', 0);
                INSERT INTO registrations (person_id, category, position) VALUES (3, 'guest', 0), (2, 'delegate', 1);
                INSERT INTO signups (person_id, session_id, position) VALUES (2, 2, 0), (2, 1, 1), (3, 2, 0);
                """)
        }
        let store = try Store(path: path)
        #expect(store.schemaVersion == Schema.latest)
        let plan = try store.plan(ID(1))
        #expect(plan.people.map(\.name) == ["周铁农", "王芳", "李强"])
        #expect(plan.roles == [SessionRole(session: ID(1), person: ID(1), role: .speaker)])
        // Registration order and each person's sign-up order survive.
        #expect(plan.registrations == [Registration(person: ID(3), category: "guest", signups: [ID(2)]),
                                       Registration(person: ID(2), category: "delegate", signups: [ID(2), ID(1)])])
        #expect(try store.db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'registrations'") == 0)
        #expect(try store.doctor().allSatisfy(\.ok))
        // The rebuilt tables still cascade.
        try store.deleteEvent(ID(1))
        for table in ["people", "session_roles", "signups"] {
            #expect(try store.db.scalarInt("SELECT count(*) FROM \(table)") == 0, "\(table)")
        }
    }

    @Test func refusesANewerDatabaseAndLeavesItUntouched() throws {
        let path = scratchPath()
        do {
            let store = try Store(path: path)
            try store.insert(smallPlan())
            try store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            try store.db.execute("PRAGMA user_version = \(Schema.latest + 5)")
            try store.db.execute("PRAGMA journal_mode=DELETE")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path, found: Schema.latest + 5, supported: Schema.latest)) {
            try Store(path: path)
        }
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(before == after)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let message = StoreError.newerSchema(path: path, found: 7, supported: 2).description
        #expect(message.contains("newer confplan") && message.contains("not changed"))
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let path = scratchPath("notes.sqlite")
        try Data("姓名,单位\n张三,某学院\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try Store(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "姓名,单位\n张三,某学院\n")
    }

    @Test func everyMigrationRunsOnAnEmptyDatabase() throws {
        let db = try SQLiteConnection(path: ":memory:")
        for m in Schema.migrations { try db.execute(m) }
        let tables = try db.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { $0[0] }
        #expect(tables.contains(.text("signups")) && tables.contains(.text("severity_overrides")))
    }
}

@Suite struct StoredUIDTests {
    /// UUIDs in their usual form are kept as 16 bytes, anything else as written; every one
    /// reads back exactly, through a whole-plan write and through a single change.
    @Test func peoplesUidsComeBackExactlyAsTheyWent() throws {
        let store = try Store(path: scratchPath())
        var plan = smallPlan()
        while plan.people.count < 4 { var p = plan.people[0]; p.id = ID(100 + plan.people.count); p.key = "x\(plan.people.count)"; plan.people.append(p) }
        let uids = ["0a1b2c3d-4e5f-8a6b-9c7d-0e1f2a3b4c5d", "0A1B2C3D-4E5F-8A6B-9C7D-0E1F2A3B4C5D", "fosdem-speaker-42", "0a1b2c3d4e5f8a6b9c7d0e1f2a3b4c5d"]
        for (i, uid) in uids.enumerated() { plan.people[i].uid = uid }
        let stored = try store.insert(plan)
        let back = try store.plan(stored.event.id)
        #expect(back.people.map(\.uid) == stored.people.map(\.uid))
        #expect(Array(back.people.prefix(4).map(\.uid)) == uids)
        let kinds = try store.db.rows("SELECT typeof(uid) FROM people ORDER BY id LIMIT 4").map { $0[0] }
        #expect(kinds == [.text("blob"), .text("text"), .text("text"), .text("text")])
        #expect(StableUID.packed(uids[0]).map { $0.withUnsafeBytes { StableUID.unpacked($0) } } == uids[0])
        // A uid that stops being hex at its last digit leaves the buffer as it was.
        var buffer: [UInt8] = [1, 2]
        #expect(!StableUID.pack("0a1b2c3d-4e5f-8a6b-9c7d-0e1f2a3b4c5z", into: &buffer) && buffer == [1, 2])
    }
}
