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
            // A person's own row (merged_from empty) sorts first and wins over one a merge brought.
            let s = try db.prepared("""
                SELECT person_uid, notes FROM import_memory WHERE event_id = ? AND source = ?
                ORDER BY person_uid, merged_from DESC
                """).bind([event.raw, source])
            while try s.step() { memory.fromSource[s.text(0)] = s.text(1) }
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

    /// Everyone a list of `source` named, with the free notes it gave them, for its next copy.
    func remember(_ roster: RosterImport, source: String, event: ID<Event>) throws {
        guard !source.isEmpty else { return }
        let s = try db.prepared("""
            INSERT OR REPLACE INTO import_memory (event_id, person_uid, source, merged_from, notes)
            VALUES (?,?,?,'',?)
            """)
        for (uid, notes) in roster.listed { try s.run(event.raw, uid, source, notes) }
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
    }

    /// A merge taken back: what it added goes (the other's own rows stayed under their UID).
    func forgetMerge(_ event: ID<Event>, kept: Person, other: Person) throws {
        try db.run("DELETE FROM import_memory WHERE event_id = ? AND person_uid = ? AND merged_from = ?",
                   event.raw, kept.uid, other.uid)
    }
}
