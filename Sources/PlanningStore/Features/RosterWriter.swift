import CSQLite
import Foundation
import PlanningCore

extension Store {
    /// Imports registration-list rows in one write transaction: the event's people are read
    /// inside it, so the rows are matched against exactly what they are written over, even with
    /// other staff editing. `progress(done, total)` is called every few hundred rows; throwing
    /// from it (or any failure) rolls everything back, leaving the database as it was.
    ///
    /// Matching runs on a thread of its own and hands each new person over as it is made, so
    /// SQLite stores the first while later rows are still being matched.
    ///
    /// `rules` say how the list meets the people it names; what earlier lists of its source
    /// and merges left (`import_memory`) is read here, and what this one names is kept for the next.
    @discardableResult
    public func importRoster(event: ID<Event>, source: String = "", rows: some Collection<AttendeeRow> & Sendable,
                             rules: ImportRules = .init(),
                             progress: (Int, Int) throws -> Void = { _, _ in }) throws -> RosterImport {
        try importRoster(event: event, rows: rows, rules: rules, progress: progress) { roster in
            ChangeNote(.importAttendees, [
                .imported(source: source, new: roster.newPeople.count, updated: roster.updates.count),
            ])
        }
    }

    /// A walk-in registered at `desk`: matched as one row of a list is (someone who registered
    /// after all is found, not doubled), and logged as the walk-in it is, not as an import.
    @discardableResult
    public func registerWalkIn(event: ID<Event>, desk: String, row: AttendeeRow) throws -> RosterImport {
        try importRoster(event: event, rows: [row], rules: .init(), progress: { _, _ in }) { roster in
            ChangeNote(.walkIn, subject: row.name, [.walkIn(desk: desk, registered: roster.newPeople.isEmpty)])
        }
    }

    private func importRoster(event: ID<Event>, rows: some Collection<AttendeeRow> & Sendable, rules: ImportRules,
                              progress: (Int, Int) throws -> Void,
                              note: (RosterImport) -> ChangeNote) throws -> RosterImport {
        try translate {
            // A quarter of the usual page cache: a 100,000-row import's pages still fit, and a
            // million-row one, whose pages spill to the WAL either way, stays within its memory.
            try db.execute("PRAGMA cache_size=-\(Self.pageCacheKiB / 4)")
            defer { try? db.execute("PRAGMA cache_size=-\(Self.pageCacheKiB)") }
            return try db.transaction {
                var plan = try readPeopleInTransaction(event)
                // The hubs a list's travel columns name are matched with the sites (a few rows).
                plan.sites = try readSites(event)
                // Stays the list's stay columns change are laid over the ones the people have.
                plan.stays = try readStays(event)
                var rules = rules
                rules.memory = try readImportMemory(event, source: rules.source)
                let listed = rules.source.isEmpty ? nil : try listedBefore(event, source: rules.source)
                var order = try nextRegistrationOrder()
                let firstID = try db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM people") ?? 1
                let (roster, listing) = try insertWhileMatching(
                    rows, into: plan, rules: rules, listed: listed, firstID: firstID, order: &order, progress: progress)
                try writeLater(roster, firstID: firstID, order: &order)
                for w in roster.withdrawals {
                    guard let record = try currentRecord(w.person.id) else { continue }
                    var after = record
                    after.registration = nil
                    _ = try write(.person(before: record, after: after), event: event.raw, logged: true)
                }
                try writeTrips(roster, event: event, firstID: firstID)
                try writeStays(roster, firstID: firstID)
                try remember(roster, source: rules.source, event: event, stored: listed, listing: listing)
                try progress(rows.count, rows.count)
                if !roster.changesNothing { try log(event: event.raw, note(roster)) }
                return roster
            }
        }
    }

    /// New people in statements of `NewPeople.batch` rows each. Their row ids are known here
    /// (after the highest, under the write lock this transaction holds: SQLite's own choice,
    /// checked batch by batch) so their sign-ups need no round trip per person. Their text
    /// arrives laid out for binding where it lies (`TextArena`).
    /// The text of whom the list named (`Listing.adding`, over what earlier copies `listed`) is
    /// made on the matching thread too, while the writer stores the last batches.
    private func insertWhileMatching(_ rows: some Collection<AttendeeRow> & Sendable, into plan: EventPlan,
                                     rules: ImportRules, listed: [SQLValue]?, firstID: Int, order: inout Int,
                                     progress: (Int, Int) throws -> Void) throws -> (RosterImport, [UInt8]) {
        let handoff = Handoff()
        let earlier = if case .text(let t)? = listed?[0] { t } else { "" }
        // A list read as `AttendeeRows` tells most of its new people by row: their texts are bound
        // from where the row lies, no string made of them.
        let packed = rows as? AttendeeRows
        let matcher = Thread {
            let uids = Roster.importedUIDs(plan.event)
            var batch = NewPeople()
            let roster = Roster.match(rows, into: plan, rules: rules) { made in
                switch made {
                case .person(let person, let registration, let number):
                    batch.add(person, registration, uid: uids, number)
                case .row(let i, let key, let number):
                    // `match` tells a row only of `AttendeeRows` whose texts it read this way.
                    guard packed?.withTexts(i, { batch.add($0, key: key, uid: uids, number) }) != nil else {
                        preconditionFailure("row \(i) was told as a person of its own but reads as none")
                    }
                }
                if batch.count == NewPeople.batch {
                    handoff.put(batch)
                    batch = NewPeople()
                }
            }
            if batch.count > 0 { handoff.put(batch) }
            // A list without a source is remembered by none.
            let listing = rules.source.isEmpty ? [] : roster.listing.adding(to: earlier, made: roster.newPeople)
            handoff.finish((roster, listing))
        }
        matcher.stackSize = 8 << 20
        matcher.start()

        let width: Int32 = NewPeople.width
        let values = "(" + Array(repeating: "?", count: Int(width)).joined(separator: ",") + ")"
        func statement(_ n: Int) throws -> Statement {
            try db.prepared(
                "INSERT INTO people \(NewPeople.columns) VALUES "
                    + Array(repeating: values, count: n).joined(separator: ","))
        }
        let full = try statement(NewPeople.batch)
        let signup = try db.prepared("INSERT OR IGNORE INTO signups (person_id, session_id, position) VALUES (?,?,?)")
        let language = try db.prepared("UPDATE people SET language = ? WHERE id = ?")
        let diet = try db.prepared("UPDATE people SET diet = ?, diet_note = ? WHERE id = ?")
        let event = plan.event.id.raw
        var nextID = firstID
        func insert(_ batch: NewPeople) throws {
            let statement = batch.count == NewPeople.batch ? full : try statement(batch.count)
            for r in 0..<batch.count {
                let k = Int32(r) * width
                try statement.bind(event, at: k + 1)
                try statement.bind(order + r, at: k + 14)
            }
            try statement.execute(with: batch.texts)
            // SQLite gives each row the highest id plus one, as an append (an id given is looked up
            // first): the ids counted here, unless the highest id is the largest there is.
            guard db.lastInsertRowID == nextID + batch.count - 1 else {
                // What SQLite itself says when a table's ids are used up.
                throw SQLiteError(code: SQLITE_FULL, message: "people's row ids are used up", sql: "INSERT INTO people")
            }
            for (r, sessions) in batch.signups {
                for (j, s) in sessions.enumerated() { try signup.run(nextID + r, s.raw, j) }
            }
            for (r, l) in batch.languages { try language.run(l, nextID + r) }
            for (r, d) in batch.diets { try diet.run(d.kind.rawValue, d.text, nextID + r) }
            let before = nextID - firstID
            nextID += batch.count
            order += batch.count
            if before / 500 != (nextID - firstID) / 500 { try progress(nextID - firstID, rows.count) }
        }
        let pauseAfter = Self.testPauseAfterBatches
        var written = 0
        do {
            while case let batches = handoff.take(), !batches.isEmpty {
                for batch in batches {
                    try insert(batch)
                    written += 1
                    if written == pauseAfter { Self.pauseForTest(written) }
                }
            }
        } catch {
            // The matcher only computes; it is let finish so nothing outlives the transaction.
            handoff.abandon()
            _ = handoff.result()
            throw error
        }
        return handoff.result()
    }

    private func readSites(_ event: ID<Event>) throws -> [Site] {
        let s = try db.prepared("SELECT id, key, uid, name, address FROM sites WHERE event_id = ? ORDER BY id")
            .bind([event.raw])
        var out: [Site] = []
        while try s.step() {
            out.append(Site(id: ID(s.int(0)), key: s.text(1), uid: s.text(2), name: s.text(3), address: s.text(4)))
        }
        return out
    }

    /// The journeys the list's travel columns gave, after the people they belong to, with the
    /// hubs no site was made sites first (their travel times are the event's default until set).
    private func writeTrips(_ roster: RosterImport, event: ID<Event>, firstID: Int) throws {
        guard !roster.trips.isEmpty else { return }
        var hubs: [ID<Site>] = []
        for h in roster.newHubs {
            let made = try write(.site(before: nil, after: Site(id: ID(0), key: "", uid: "", name: h.name)),
                                 event: event.raw, logged: false)
            guard case .site(_, let site?) = made else { continue }
            hubs.append(site.id)
        }
        func stored(_ id: ID<Site>?) -> ID<Site>? { id.map { TripImport.newHubIndex($0).map { hubs[$0] } ?? $0 } }
        for change in roster.trips {
            let person: ID<Person> = switch change.whom {
            case .person(let id): id
            case .new(let i): ID(firstID + i)
            }
            var trip = change.after
            let (a, d) = (stored(trip?.arrival?.hub), stored(trip?.departure?.hub))
            trip?.person = person
            trip?.arrival?.hub = a
            trip?.departure?.hub = d
            try writeTrip(person: person.raw, trip)
        }
    }

    /// The stays the list's stay columns gave, after the people they (and their roommates) are.
    private func writeStays(_ roster: RosterImport, firstID: Int) throws {
        func stored(_ id: ID<Person>) -> ID<Person> { StayImport.newPersonIndex(id).map { ID(firstID + $0) } ?? id }
        for change in roster.stays {
            let person: ID<Person> = switch change.whom {
            case .person(let id): id
            case .new(let i): ID(firstID + i)
            }
            var stay = change.after
            stay?.person = person
            let (roommate, principal) = (stay?.roommate.map(stored), stay?.principal.map(stored))
            stay?.roommate = roommate
            stay?.principal = principal
            try writeStay(person: person.raw, stay)
        }
    }

    /// SQLite's page cache of each connection, in KiB.
    static let pageCacheKiB = 65_536

    /// For the crash test only: `CONFPLAN_TEST_PAUSE_AFTER_BATCHES=N` makes an import stop, inside
    /// its write transaction, after N batches are stored, say so on stderr, and wait to be killed,
    /// so the test knows its kill lands mid-transaction rather than before or after it.
    static let testPauseAfterBatches =
        Int(ProcessInfo.processInfo.environment["CONFPLAN_TEST_PAUSE_AFTER_BATCHES"] ?? "") ?? -1

    static func pauseForTest(_ batches: Int) {
        FileHandle.standardError.write(Data("paused inside the import transaction after \(batches) batches\n".utf8))
        sleep(60)
    }

    /// What matching settled only at the end: the event's people the list changes, and new
    /// people a later row of the list changed again after they were stored.
    private func writeLater(_ roster: RosterImport, firstID: Int, order: inout Int) throws {
        let signup = try db.prepared("INSERT OR IGNORE INTO signups (person_id, session_id, position) VALUES (?,?,?)")
        for i in roster.changedAfterCreation {
            var (person, registration) = roster.newPeople[i]
            person.id = ID(firstID + i)
            try updateRow(person)
            try db.run("UPDATE people SET category = ? WHERE id = ?", registration.category, person.id.raw)
            // Sign-ups only grow, so those stored with the person keep their places.
            for (j, s) in registration.signups.enumerated() { try signup.run(person.id.raw, s.raw, j) }
        }
        for u in roster.updates {
            let id = u.person.id.raw
            try updateRow(u.person)
            if u.hadRegistration {
                try db.run("UPDATE people SET category = ? WHERE id = ?", u.registration.category, id)
            } else {
                try db.run(
                    "UPDATE people SET category = ?, registration_order = ? WHERE id = ?", u.registration.category,
                    order, id)
                order += 1
            }
            for s in u.removedSignups {
                try db.run("DELETE FROM signups WHERE person_id = ? AND session_id = ?", id, s.raw)
            }
            let next =
                try db.scalarInt("SELECT coalesce(max(position) + 1, 0) FROM signups WHERE person_id = ?", id) ?? 0
            for (j, s) in u.addedSignups.enumerated() { try signup.run(id, s.raw, next + j) }
        }
    }
}

/// New people for one multi-row insert, their text laid out for binding where it lies: built
/// on the matching thread, so the writing thread only binds and steps. Their ids are SQLite's.
private struct NewPeople: Sendable {
    static let batch = 64
    static let width: Int32 = 14
    static let columns =
        "(event_id, key, uid, name, organisation, title, phone, email, province, city, gender, notes, category, "
            + "registration_order)"
    var texts = TextArena(capacity: Int(NewPeople.width - 2) * NewPeople.batch, bytes: 128 * NewPeople.batch)
    var count = 0
    var signups: [(row: Int, sessions: [ID<Session>])] = []
    /// The few with a notice language, set after the rows are in (most lists have no such column,
    /// and a NULL cannot be laid out in the arena).
    var languages: [(row: Int, language: String)] = []
    /// The few with a dietary need (饮食禁忌), set the same way.
    var diets: [(row: Int, diet: DietaryNeed)] = []

    /// Parameters 1 and 14 of each row (event, order) are bound by the writer. The UID is
    /// `uids`' of `number`, packed from the number (reading its text back cost more).
    mutating func add(_ p: Person, _ registration: Registration, uid uids: StableUID.Family, _ number: Int) {
        addTexts(p.key, uids, number, p.name, p.organisation, p.title, p.phone, p.email, p.province, p.city,
                 p.gender, p.notes, category: registration.category)
        if !registration.signups.isEmpty { signups.append((count, registration.signups)) }
        if let l = p.language { languages.append((count, l)) }
        if let d = p.diet { diets.append((count, d)) }
        count += 1
    }

    /// The same for a person who is the row `r` as it stands (`MadePerson.row`), from its bytes.
    mutating func add(_ r: RowTexts, key: String, uid uids: StableUID.Family, _ number: Int) {
        addTexts(key, uids, number, r.name, r.organisation, r.title, r.phone, r.email, r.province, r.city,
                 r.gender, r.notes, category: r.category.isEmpty ? Registration.defaultCategory : r.category)
        if !r.signups.isEmpty { signups.append((count, r.signups)) }
        if !r.language.isEmpty { languages.append((count, String(decoding: r.language, as: UTF8.self))) }
        count += 1
    }

    /// Parameters 2–13 of the next row, in the order of `columns`: one place for both kinds of person.
    private mutating func addTexts<T: ArenaText>(
        _ key: String, _ uids: StableUID.Family, _ number: Int, _ name: T, _ organisation: T, _ title: T,
        _ phone: T, _ email: T, _ province: T, _ city: T, _ gender: T, _ notes: T, category: any ArenaText
    ) {
        let k = Int32(count) * Self.width
        texts.add(key, at: k + 2)
        texts.add(uid: uids, number, at: k + 3)
        // One by one: an array of the texts was made and freed for every person.
        name.add(to: &texts, at: k + 4)
        organisation.add(to: &texts, at: k + 5)
        title.add(to: &texts, at: k + 6)
        phone.add(to: &texts, at: k + 7)
        email.add(to: &texts, at: k + 8)
        province.add(to: &texts, at: k + 9)
        city.add(to: &texts, at: k + 10)
        gender.add(to: &texts, at: k + 11)
        notes.add(to: &texts, at: k + 12)
        category.add(to: &texts, at: k + 13)
    }
}

/// Batches from the matching thread to the writing one, then the matcher's result.
private final class Handoff: @unchecked Sendable {
    private let lock = NSCondition()
    private var queue: [NewPeople] = []
    private var roster: (RosterImport, [UInt8])?
    private var abandoned = false

    /// Batches waiting at most: when SQLite falls behind the matcher, a million-row list would
    /// otherwise queue up whole in memory.
    static let depth = 256

    func put(_ batch: NewPeople) {
        lock.lock()
        while queue.count >= Self.depth && !abandoned { lock.wait() }
        if !abandoned { queue.append(batch) }
        lock.broadcast()
        lock.unlock()
    }

    func finish(_ result: (RosterImport, [UInt8])) {
        lock.lock()
        roster = result
        lock.broadcast()
        lock.unlock()
    }

    /// The batches made since last asked, waiting for one; none once the matcher has finished
    /// and all are taken.
    func take() -> [NewPeople] {
        lock.lock()
        defer { lock.unlock() }
        while queue.isEmpty && roster == nil { lock.wait() }
        let taken = queue
        queue = []
        lock.broadcast()
        return taken
    }

    /// The writer gave up: batches still coming are dropped.
    func abandon() {
        lock.lock()
        abandoned = true
        queue.removeAll()
        lock.broadcast()
        lock.unlock()
    }

    /// The matcher's result (and the listing it made), waiting for it.
    func result() -> (RosterImport, [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        while roster == nil { lock.wait() }
        return roster!
    }
}
