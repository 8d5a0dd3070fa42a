import Foundation
import PlanningCore

/// Releases of the programme: made whole in one transaction (a colleague's save is in it or
/// not, never half), never changed afterwards; only `deleteRelease` takes one away, and logs it.
extension Store {
    /// Freezes the programme as it is stored now as the next release of the event.
    @discardableResult
    public func release(_ event: ID<Event>, name: String = "", note: String = "", by user: String = Store.currentUser)
        throws -> Release
    {
        try translate {
            try db.transaction {
                let plan = try readPlan(event, .schedule)
                let last = try db.scalarInt("SELECT max(number) FROM releases WHERE event_id = ?", event.raw)
                let number = (last ?? 0) + 1
                let release = Release(number: number, name: name, note: note, at: Store.timestamp(Date()), by: user,
                                      sessions: plan.releasedSessions())
                let frozen = String(decoding: try JSONEncoder.sorted.encode(release.sessions), as: UTF8.self)
                try db.run(
                    "INSERT INTO releases (event_id, number, name, note, at, by_user, sessions) VALUES (?,?,?,?,?,?,?)",
                    event.raw, number, name, note, release.at, user, frozen)
                try log(event: event.raw, ChangeNote(.release, [.released(number: number, name: name)]))
                return release
            }
        }
    }

    /// The event's releases, oldest first, each whole; with `after`, those numbered higher.
    public func releases(_ event: ID<Event>, after number: Int = 0) throws -> [Release] {
        try translate {
            let s = try db.prepared("""
                SELECT number, name, note, at, by_user, sessions FROM releases WHERE event_id = ? AND number > ?
                ORDER BY number
                """).bind([event.raw, number])
            defer { s.reset() }
            var out: [Release] = []
            while try s.step() {
                let sessions = try JSONDecoder().decode([ReleasedSession].self, from: Data(s.text(5).utf8))
                out.append(Release(number: s.int(0), name: s.text(1), note: s.text(2), at: s.text(3), by: s.text(4),
                                   sessions: sessions))
            }
            return out
        }
    }

    /// Takes a release away (asked for by name: `release --delete N`), and logs it.
    public func deleteRelease(_ event: ID<Event>, number: Int) throws {
        try translate {
            try db.transaction {
                guard try db.scalarInt("SELECT count(*) FROM releases WHERE event_id = ? AND number = ?", event.raw,
                                       number) == 1 else { throw StoreError.noSuchRelease(number) }
                try db.run("DELETE FROM releases WHERE event_id = ? AND number = ?", event.raw, number)
                try log(event: event.raw, ChangeNote(.deleteRelease, [.released(number: number, name: "")]))
            }
        }
    }
}
