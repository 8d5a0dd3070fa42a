import PlanningCore

extension Store {
    /// Gives the event's badge holders who have no number yet the numbers `badgeNumbers`
    /// shows for them, in one transaction, so the badges printed now and every reprint after
    /// carry the same ones. Returns how many were numbered.
    @discardableResult
    public func numberBadges(_ event: ID<Event>) throws -> Int {
        try translate {
            // Every reprint after the first finds them all numbered: no write lock, no read of
            // the whole event, while the desks are checking people in.
            let unnumbered = try db.scalarInt(
                """
                SELECT count(*) FROM (SELECT 1 FROM people p WHERE p.event_id = ? AND p.badge IS NULL
                AND (p.category IS NOT NULL OR EXISTS (SELECT 1 FROM session_roles r WHERE r.person_id = p.id))
                LIMIT 1)
                """, event.raw) ?? 0
            guard unnumbered > 0 else { return 0 }
            return try db.transaction {
                let plan = try readPlan(event, .whole)
                let numbers = plan.badgeNumbers()
                let update = try db.prepared("UPDATE people SET badge = ? WHERE id = ? AND badge IS NULL")
                var count = 0
                for p in plan.badgeHolders where p.badge == nil {
                    try update.run(numbers[p.id], p.id.raw)
                    count += 1
                }
                return count
            }
        }
    }

    /// One person's number at once (a walk-in at the desk, whose badge is printed there and
    /// then): the one kept, else the number `numberBadges` would give them. With everyone else
    /// numbered that is the next after the highest, which one statement gives without reading
    /// the event; while others still lack one, all are numbered the usual way, so nobody's moves.
    public func numberBadge(_ event: ID<Event>, person: ID<Person>) throws -> Int? {
        let holder = "(p.category IS NOT NULL OR EXISTS (SELECT 1 FROM session_roles r WHERE r.person_id = p.id))"
        let others = try translate {
            try db.scalarInt(
                "SELECT count(*) FROM (SELECT 1 FROM people p WHERE p.event_id = ? AND p.badge IS NULL AND p.id != ? "
                    + "AND \(holder) LIMIT 1)", event.raw, person.raw) ?? 0
        }
        if others > 0 {
            try numberBadges(event)
        } else {
            try translate {
                try db.run(
                    "UPDATE people SET badge = (SELECT coalesce(max(p.badge), 0) + 1 FROM people p "
                        + "WHERE p.event_id = ? AND \(holder)) WHERE id = ? AND event_id = ? AND badge IS NULL",
                    event.raw, person.raw, event.raw)
            }
        }
        return try translate { try db.scalarInt("SELECT badge FROM people WHERE id = ?", person.raw) }
    }
}
