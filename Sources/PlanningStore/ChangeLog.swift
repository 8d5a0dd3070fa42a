import Foundation
import PlanningCore

/// One line of `confplan log`.
public struct LogEntry: Hashable, Sendable {
    public var at: String
    public var user: String
    public var action: String
    public var summary: String
}

extension Store {
    /// Records who did what, in the caller's transaction, so the log and the change commit together.
    func log(event: Int, action: String, summary: String) throws {
        try db.prepared("INSERT INTO change_log (event_id, at, by_user, action, summary) VALUES (?,?,?,?,?)")
            .run(event, Store.timestamp(Date()), Store.currentUser, action, summary)
    }

    func log(_ change: Change, event: Int) throws {
        let names = ChangeSummary.Names(
            room: { [db] id in
                (try? db.prepared("SELECT name FROM rooms WHERE id = ?").bind([id.raw]).firstText()) ?? "room \(id.raw)"
            },
            person: { [db] id in
                (try? db.prepared("SELECT name FROM people WHERE id = ?").bind([id.raw]).firstText())
                    ?? "person \(id.raw)"
            },
            session: { [db] id in
                (try? db.prepared("SELECT title FROM sessions WHERE id = ?").bind([id.raw]).firstText())
                    ?? "session \(id.raw)"
            })
        let (action, summary) = ChangeSummary.describe(change, names)
        try log(event: event, action: action, summary: summary)
    }

    /// The newest entries first; `matching` keeps those whose text contains it.
    public func changeLog(_ event: ID<Event>, limit: Int = 50, matching: String? = nil) throws -> [LogEntry] {
        let s = try db.prepared(
            """
            SELECT at, by_user, action, summary FROM change_log WHERE event_id = ?
              AND (? IS NULL OR instr(action || ' ' || summary || ' ' || by_user, ?) > 0)
            ORDER BY id DESC LIMIT ?
            """
        ).bind([event.raw, matching, matching, limit])
        var out: [LogEntry] = []
        while try s.step() {
            out.append(LogEntry(at: s.text(0), user: s.text(1), action: s.text(2), summary: s.text(3)))
        }
        return out
    }
}

extension Statement {
    /// The first column of the first row as text, or nil when there is no row.
    func firstText() throws -> String? {
        defer { reset() }
        return try step() ? text(0) : nil
    }
}
