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

    /// Everyone a list of `source` named, for its next copy: added to those its earlier copies
    /// named, as one row; the free notes it gave, where it gave any (or cleared some), a row each.
    func remember(_ roster: RosterImport, source: String, event: ID<Event>) throws {
        guard !source.isEmpty else { return }
        let earlier = try db.scalarText(
            "SELECT uids FROM import_lists WHERE event_id = ? AND source = ?", event.raw, source) ?? ""
        let text = roster.listing.adding(to: earlier, made: roster.newPeople)
        try db.run("INSERT OR REPLACE INTO import_lists (event_id, source, uids) VALUES (?,?,?)", [event.raw, source],
                   lastBorrowing: text)
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
