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
                return given.mapValues { $0.compactMap { ids[$0] } }
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

    /// The sub-forums (session UIDs) the lists of `source` gave each person, by the person's UID;
    /// nil when not known (no list of the source, or one remembered before schema 18).
    func givenSignups(_ event: ID<Event>, source: String) throws -> [String: [String]]? {
        let rows = try db.rows("SELECT signups FROM import_lists WHERE event_id = ? AND source = ?", event.raw, source)
        guard let first = rows.first, case .text(let text) = first[0] else { return nil }
        var out: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            out[String(parts[0])] = parts[1].split(separator: " ").map(String.init)
        }
        return out
    }

    func sessionIDs(_ event: ID<Event>) throws -> [String: ID<Session>] {
        var out: [String: ID<Session>] = [:]
        for row in try db.rows("SELECT uid, id FROM sessions WHERE event_id = ?", event.raw) {
            guard case .text(let uid) = row[0], case .int(let id) = row[1] else { continue }
            out[uid] = ID(Int(id))
        }
        return out
    }

    /// Everyone a list of `source` named, for its next copy: added to those its earlier copies
    /// named, as one row; the free notes it gave, where it gave any (or cleared some), a row each.
    func remember(_ roster: RosterImport, source: String, event: ID<Event>) throws {
        guard !source.isEmpty else { return }
        let earlier = try db.scalarText(
            "SELECT uids FROM import_lists WHERE event_id = ? AND source = ?", event.raw, source) ?? ""
        let text = roster.listing.adding(to: earlier, made: roster.newPeople)
        // What earlier copies gave the people this one does not name stays theirs to take away.
        var given = try givenSignups(event, source: source) ?? [:]
        if roster.listing.hasSignups {
            let uids = Dictionary(try sessionIDs(event).map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
            let named = Set(roster.listing.uids.split(separator: "\n").map(String.init))
            for uid in named { given[uid] = nil }
            for (uid, sessions) in roster.listing.signups { given[uid] = sessions.compactMap { uids[$0] } }
        }
        var signups = ""
        for (uid, sessions) in given.sorted(by: { $0.key < $1.key }) where !sessions.isEmpty {
            signups += uid + "\t" + sessions.joined(separator: " ") + "\n"
        }
        try db.run("INSERT OR REPLACE INTO import_lists (event_id, source, signups, uids) VALUES (?,?,?,?)",
                   [event.raw, source, signups], lastBorrowing: text)
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
