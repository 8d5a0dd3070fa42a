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
                // A number once given out is never given again, even when its release was taken away:
                // a printed 第 2 版 must keep meaning that programme. Each release is logged once.
                let given = try db.scalarInt("SELECT count(*) FROM change_log WHERE event_id = ? AND action = ?",
                                             event.raw, ChangeNote.Action.release.rawValue)
                let number = max(last ?? 0, given ?? 0) + 1
                let release = Release(number: number, name: name, note: note, at: Store.timestamp(Date()), by: user,
                                      sessions: plan.releasedSessions())
                let frozen = String(decoding: try JSONEncoder.sorted.encode(release.sessions), as: UTF8.self)
                // Read before the release is in: the first release then replays none.
                var calendar = try calendarSequences(event) ?? CalendarSequences()
                try db.run(
                    "INSERT INTO releases (event_id, number, name, note, at, by_user, sessions) VALUES (?,?,?,?,?,?,?)",
                    event.raw, number, name, note, release.at, user, frozen)
                try store(&calendar, release.sessions, at: release.at, event: event)
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

    /// The calendar entries as they last went out; nil before the programme first went out.
    /// An event released before the entries were kept gets them from its releases, once.
    public func calendarSequences(_ event: ID<Event>) throws -> CalendarSequences? {
        try translate {
            let s = try db.prepared("SELECT uid, sequence, fingerprint, at FROM calendar_entries WHERE event_id = ?")
                .bind([event.raw])
            defer { s.reset() }
            var entries: [String: PublishedEntry] = [:]
            while try s.step() {
                entries[s.text(0)] = PublishedEntry(sequence: s.int(1), fingerprint: s.text(2), at: s.text(3))
            }
            if !entries.isEmpty { return CalendarSequences(entries) }
            let releases = try releases(event)
            return releases.isEmpty ? nil : CalendarSequences(replaying: releases)
        }
    }

    /// The programme as it is now goes out in a calendar (`export ical`): each session changed
    /// since its number last went out takes the next, kept so the next export cannot reuse it.
    /// nil (and nothing stored) before the programme first went out.
    public func publishCalendar(_ event: ID<Event>, _ sessions: [ReleasedSession]) throws -> CalendarSequences? {
        try translate {
            // Mostly nothing changed since the last export: that takes no write lock (desks may be checking in).
            guard var unchanged = try calendarSequences(event) else { return nil }
            if unchanged.publish(sessions, at: "").isEmpty,
               try db.scalarInt("SELECT count(*) FROM calendar_entries WHERE event_id = ?", event.raw) != 0 {
                return unchanged
            }
            return try db.transaction {
                guard var calendar = try calendarSequences(event) else { return nil }
                try store(&calendar, sessions, at: Store.timestamp(Date()), event: event)
                return calendar
            }
        }
    }

    /// Entries an event file brings (`"sequence"` of its sessions), each as it is in the file; a
    /// higher number already stored stays.
    func storeLoaded(_ sequences: [String: Int], _ sessions: [ReleasedSession], kept: CalendarSequences?,
                     event: ID<Event>) throws {
        var entries = kept?.entries ?? [:]
        for s in sessions {
            guard let n = sequences[s.uid], n > (entries[s.uid]?.sequence ?? -1) else { continue }
            entries[s.uid] = PublishedEntry(sequence: n, fingerprint: s.calendarFingerprint, at: "")
        }
        guard !entries.isEmpty else { return }
        let calendar = CalendarSequences(entries)
        try write(calendar, Array(entries.keys), event: event)
    }

    private func store(_ calendar: inout CalendarSequences, _ sessions: [ReleasedSession], at: String,
                       event: ID<Event>) throws {
        // Entries replayed from releases are all new to the table.
        let replayed = try db.scalarInt("SELECT count(*) FROM calendar_entries WHERE event_id = ?", event.raw) == 0
        let changed = calendar.publish(sessions, at: at)
        try write(calendar, replayed ? Array(calendar.entries.keys) : changed, event: event)
    }

    private func write(_ calendar: CalendarSequences, _ uids: [String], event: ID<Event>) throws {
        let insert = try db.prepared(
            "INSERT OR REPLACE INTO calendar_entries (event_id, uid, sequence, fingerprint, at) VALUES (?,?,?,?,?)")
        for uid in uids {
            guard let e = calendar.entries[uid] else { continue }
            try insert.run(event.raw, uid, e.sequence, e.fingerprint, e.at)
        }
    }

    /// Who was signed up for each session deleted from the event, by the session's UUID (the
    /// people's UUIDs): what `Notices` needs to tell them it is cancelled.
    public func cancelledSignups(_ event: ID<Event>) throws -> [String: [String]] {
        try translate {
            let s = try db.prepared(
                "SELECT session_uid, person_uid FROM cancelled_signups WHERE event_id = ? ORDER BY session_uid"
            ).bind([event.raw])
            defer { s.reset() }
            var out: [String: [String]] = [:]
            while try s.step() { out[s.text(0), default: []].append(s.uid(1)) }
            return out
        }
    }
}
