import Foundation
import PlanningCore

/// What earlier imports and merges leave for matching a list's next copy (table
/// `import_memory`, by UIDs, so a reload keeps it).
extension Store {
    /// The people a list of `source` named before, and every merge's set-aside values.
    public func importMemory(_ event: ID<Event>, source: String) throws -> ImportMemory {
        try translate {
            try db.execute("BEGIN")
            defer { try? db.execute("COMMIT") }
            return try readImportMemory(event, source: source)
        }
    }

    func readImportMemory(_ event: ID<Event>, source: String) throws -> ImportMemory {
        var memory = ImportMemory()
        if !source.isEmpty {
            // Named by the list itself: with no free notes, unless a row of its own gives them.
            let named = Set(try listedUIDs(event, source: source).map(String.init))
            for uid in named { memory.fromSource[uid] = "" }
            // A person's own row (merged_from empty) sorts last and wins over one a merge brought,
            // as does the list's naming them itself.
            let s = try db.prepared("""
                SELECT person_uid, notes, merged_from FROM import_memory WHERE event_id = ? AND source = ?
                ORDER BY person_uid, merged_from DESC
                """).bind([event.raw, source])
            while try s.step() {
                let uid = s.text(0)
                if s.text(2).isEmpty || !named.contains(uid) { memory.fromSource[uid] = s.text(1) }
            }
            memory.signupsFromSource = try givenSignups(event, source: source).map { given in
                let ids = try sessionIDs(event)
                let byPlace = given.sessions.map { ids[$0] }
                return given.people.mapValues { $0.compactMap { byPlace[Int($0)] } }
            }
        }
        let a = try db.prepared("""
            SELECT person_uid, name, organisation, phone, email FROM import_memory
            WHERE event_id = ? AND source = '' ORDER BY person_uid, merged_from
            """).bind([event.raw])
        while try a.step() {
            memory.aliases.append(ImportMemory.Alias(uid: a.text(0), name: a.text(1), organisation: a.text(2),
                                                     phone: a.text(3), email: a.text(4)))
        }
        return memory
    }

    /// The sub-forums the lists of `source` gave each person, by the person's UID; nil when not
    /// known (no list of the source, or one remembered before schema 18).
    func givenSignups(_ event: ID<Event>, source: String) throws -> GivenSignups? {
        let rows = try db.rows("SELECT signups FROM import_lists WHERE event_id = ? AND source = ?", event.raw, source)
        return rows.first.flatMap { GivenSignups($0[0]) }
    }

    func sessionIDs(_ event: ID<Event>) throws -> [String: ID<Session>] {
        var out: [String: ID<Session>] = [:]
        for row in try db.rows("SELECT uid, id FROM sessions WHERE event_id = ?", event.raw) {
            guard case .text(let uid) = row[0], case .int(let id) = row[1] else { continue }
            out[uid] = ID(Int(id))
        }
        return out
    }

    /// What earlier copies of `source` left: whom they named (as text, a UID a line) and the
    /// sub-forums they gave; nil for a list's first copy.
    func listedBefore(_ event: ID<Event>, source: String) throws -> [SQLValue]? {
        try db.rows("SELECT uids, signups FROM import_lists WHERE event_id = ? AND source = ?", event.raw, source).first
    }

    /// Everyone a list of `source` named, for its next copy: added to those its earlier copies
    /// named, as one row; the free notes it gave, where it gave any (or cleared some), a row each.
    /// `stored` is what `listedBefore` read, in the same transaction; `text` the UIDs over the earlier
    /// ones (`Listing.adding`, made on the matching thread while batches were written).
    func remember(_ roster: RosterImport, source: String, event: ID<Event>, stored: [SQLValue]?,
                  listing text: [UInt8]) throws {
        guard !source.isEmpty else { return }
        let earlier = if case .text(let t)? = stored?[0] { t } else { "" }
        // What earlier copies gave the people this one does not name stays theirs to take away.
        let before = stored.flatMap { GivenSignups($0[1]) }
        var given = before ?? GivenSignups()
        var gave: [(uid: String, places: [Int32])] = []
        if roster.listing.hasSignups {
            let uids = Dictionary(try sessionIDs(event).map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
            var places: [String: Int32] = [:], placeOf: [ID<Session>: Int32] = [:]
            gave.reserveCapacity(roster.listing.signups.count)
            for (uid, sessions) in roster.listing.signups {
                let chosen = sessions.compactMap { id -> Int32? in
                    if let p = placeOf[id] { return p }
                    guard let session = uids[id] else { return nil }
                    let p = given.place(of: session, &places)
                    placeOf[id] = p
                    return p
                }
                if !chosen.isEmpty { gave.append((uid, chosen)) }
            }
        }
        let storedAsBlob = if case .blob? = stored?[1] { true } else { false }
        let blob: [UInt8]?
        if given.people.isEmpty {
            // Nothing earlier to keep (a list's first copy): written as the list gave it, without
            // a table of 100,000 people made only to be written out.
            let unchanged = storedAsBlob && gave.isEmpty && text.elementsEqual(earlier.utf8)
            blob = unchanged ? nil : GivenSignups.encoded(sessions: given.sessions, people: gave)
        } else {
            if roster.listing.hasSignups {
                for uid in roster.listing.uids.utf8.split(separator: UInt8(ascii: "\n")) {
                    given.people[String(decoding: uid, as: UTF8.self)] = nil
                }
                for (uid, places) in gave { given.people[uid] = places }
            }
            // The same cumulative list again, as offices send it every day: nothing to write.
            let unchanged = storedAsBlob && before == given && text.elementsEqual(earlier.utf8)
            blob = unchanged ? nil : given.encoded()
        }
        if let blob {
            try db.run("INSERT OR REPLACE INTO import_lists (event_id, source, signups, uids) VALUES (?,?,?,?)",
                       [event.raw, source, SQLValue.blob(blob)], lastBorrowing: text)
        }
        let s = try db.prepared("""
            INSERT OR REPLACE INTO import_memory (event_id, person_uid, source, merged_from, notes)
            VALUES (?,?,?,'',?)
            """)
        for (uid, notes) in roster.listing.notes {
            try s.run(event.raw, uid, source, notes)
        }
    }

    /// The UIDs earlier copies of `source` named (one row per list; see `remember`).
    func listedUIDs(_ event: ID<Event>, source: String) throws -> [Substring] {
        guard let text = try db.scalarText(
            "SELECT uids FROM import_lists WHERE event_id = ? AND source = ?", event.raw, source)
        else { return [] }
        return text.split(separator: "\n")
    }

    /// A merge: the kept person answers for the other's values and for the lists that named them.
    /// The check-in codes of people merged into others, each with the kept person's uid: a badge
    /// printed for the merged-away person still finds the one they became.
    public func mergedCheckInCodes(_ event: ID<Event>) throws -> [String: String] {
        try translate {
            var out: [String: String] = [:]
            for row in try db.rows("""
                SELECT person_uid, merged_from FROM import_memory
                WHERE event_id = ? AND source = '' AND merged_from <> ''
                """, event.raw)
            {
                guard case .text(let kept) = row[0], case .text(let other) = row[1] else { continue }
                out[CheckInCode.of(uid: other)] = kept
            }
            return out
        }
    }

    func rememberMerge(_ event: ID<Event>, kept: Person, other: Person) throws {
        try db.run("""
            INSERT OR REPLACE INTO import_memory
                (event_id, person_uid, source, merged_from, name, organisation, phone, email)
            VALUES (?,?,'',?,?,?,?,?)
            """, event.raw, kept.uid, other.uid, other.name, other.organisation, other.phone, other.email)
        try db.run("""
            INSERT OR IGNORE INTO import_memory (event_id, person_uid, source, merged_from, notes)
            SELECT event_id, ?, source, ?, notes FROM import_memory
            WHERE event_id = ? AND person_uid = ? AND source <> '' AND merged_from = ''
            """, kept.uid, other.uid, event.raw, other.uid)
        // The lists that named the other name the kept person now, as a row the merge brought
        // (taking the merge back deletes it).
        let lists = try db.rows("SELECT source, uids FROM import_lists WHERE event_id = ?", event.raw)
        for row in lists {
            guard case .text(let source) = row[0], case .text(let uids) = row[1],
                  uids.split(separator: "\n").contains(Substring(other.uid))
            else { continue }
            try db.run("""
                INSERT OR IGNORE INTO import_memory (event_id, person_uid, source, merged_from, notes)
                VALUES (?,?,?,?,'')
                """, event.raw, kept.uid, source, other.uid)
        }
    }

    /// A merge taken back: what it added goes (the other's own rows stayed under their UID).
    func forgetMerge(_ event: ID<Event>, kept: Person, other: Person) throws {
        try db.run("DELETE FROM import_memory WHERE event_id = ? AND person_uid = ? AND merged_from = ?",
                   event.raw, kept.uid, other.uid)
    }
}

/// The sub-forums a source's lists gave each person (`import_lists.signups`), by the person's
/// UID: each a place in the table of session UIDs the row holds once. Stored as one blob a few
/// bytes a choice: as text (a line per person, every session's UID spelled out) a cumulative
/// list of 100,000 people with 600,000 choices was 26 MB to parse, build and write on every
/// re-import, which made it 1.7× the list without sub-forums.
struct GivenSignups: Equatable {
    /// Session UIDs, each once.
    var sessions: [String] = []
    /// Places in `sessions`, by person UID; nobody with none.
    var people: [String: [Int32]] = [:]

    init() {}

    /// What the column holds: a blob, text as schema 18 wrote it (a line per person: UID, a tab,
    /// the sessions' UIDs between spaces), or nil when not known (NULL, or a blob that does not
    /// read as one: the list is then the truth for all of a person's sub-forums, as before 18).
    init?(_ stored: SQLValue) {
        switch stored {
        case .blob(let bytes):
            guard let read = Self.decode(bytes) else { return nil }
            self = read
        case .text(let text):
            var places: [String: Int32] = [:]
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count == 2 else { continue }
                let given = parts[1].split(separator: " ").map { place(of: String($0), &places) }
                if !given.isEmpty { people[String(parts[0])] = given }
            }
        default: return nil
        }
    }

    /// The place of a session's UID in the table, added when new; `places` is the table's index.
    mutating func place(of session: String, _ places: inout [String: Int32]) -> Int32 {
        if places.isEmpty && !sessions.isEmpty {
            for (i, s) in sessions.enumerated() { places[s] = Int32(i) }
        }
        if let p = places[session] { return p }
        sessions.append(session)
        places[session] = Int32(sessions.count - 1)
        return Int32(sessions.count - 1)
    }

    /// The blob: a format byte; the number of session UIDs and each; the number of people and
    /// each with their UID, how many places and each place. Numbers in 7-bit groups, low first;
    /// a UID as 0 and its 16 bytes when it is a UUID in the usual form, else its length + 1 and
    /// its UTF-8. People in no particular order (sorting 100,000 UIDs took longer than the rest).
    func encoded() -> [UInt8] {
        Self.encoded(sessions: sessions, people: people.lazy.map { (uid: $0.key, places: $0.value) })
    }

    static func encoded(sessions: [String], people: some Collection<(uid: String, places: [Int32])>) -> [UInt8] {
        var out: [UInt8] = [1]
        out.reserveCapacity(16 + sessions.count * 17 + people.count * 32)
        func number(_ n: Int) {
            var n = UInt(n)
            while n >= 0x80 {
                out.append(UInt8(n & 0x7F) | 0x80)
                n >>= 7
            }
            out.append(UInt8(n))
        }
        func uid(_ u: String) {
            out.append(0)
            if !StableUID.pack(u, into: &out) {
                out.removeLast()
                number(u.utf8.count + 1)
                out.append(contentsOf: u.utf8)
            }
        }
        number(sessions.count)
        for s in sessions { uid(s) }
        number(people.count)
        for (person, places) in people {
            uid(person)
            number(places.count)
            for p in places { number(Int(p)) }
        }
        return out
    }

    /// The memory a blob holds; nil when it is not one `encoded` wrote (cut short, a place
    /// outside the table).
    static func decode(_ bytes: [UInt8]) -> GivenSignups? {
        bytes.withUnsafeBytes { b -> GivenSignups? in
            var at = 0
            func number() -> Int? {
                var n = 0, shift = 0
                while at < b.count, shift < 63 {
                    let byte = b[at]
                    at += 1
                    n |= Int(byte & 0x7F) << shift
                    if byte < 0x80 { return n }
                    shift += 7
                }
                return nil
            }
            func uid() -> String? {
                guard let k = number() else { return nil }
                let length = k == 0 ? 16 : k - 1
                guard length <= b.count - at else { return nil }
                defer { at += length }
                let piece = UnsafeRawBufferPointer(rebasing: b[at..<(at + length)])
                return k == 0 ? StableUID.unpacked(piece) : String(decoding: piece, as: UTF8.self)
            }
            guard b.first == 1 else { return nil }
            at = 1
            var out = GivenSignups()
            guard let sessionCount = number(), sessionCount <= b.count else { return nil }
            out.sessions.reserveCapacity(sessionCount)
            for _ in 0..<sessionCount {
                guard let s = uid() else { return nil }
                out.sessions.append(s)
            }
            guard let peopleCount = number(), peopleCount <= b.count else { return nil }
            out.people.reserveCapacity(peopleCount)
            for _ in 0..<peopleCount {
                guard let person = uid(), let n = number(), n <= b.count - at else { return nil }
                var places: [Int32] = []
                places.reserveCapacity(n)
                for _ in 0..<n {
                    guard let p = number(), p < sessionCount else { return nil }
                    places.append(Int32(p))
                }
                out.people[person] = places
            }
            return at == b.count ? out : nil
        }
    }
}
