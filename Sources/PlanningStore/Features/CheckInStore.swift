import Foundation
import PlanningCore

/// The check-in desk's records. Each arrival is one short write transaction, so four desks and
/// an import can share the database at 09:00; the unique index makes a second arrival of the
/// same person (at the same session) impossible, whichever desk is quicker.
extension Store {
    public func checkIn(_ event: ID<Event>, person: ID<Person>, session: ID<Session>? = nil, desk: String,
                        items: [String] = [], by user: String = Store.currentUser, at date: Date = Date())
        throws -> CheckInOutcome
    {
        try translate {
            try db.transaction {
                if let standing = try standingCheckIn(person: person, session: session) { return .already(standing) }
                let seq = try nextCheckInSequence(event)
                let at = Store.timestamp(date)
                try db.run(
                    """
                    INSERT INTO checkins (event_id, person_id, session_id, at, desk, by_user, items, seq)
                    VALUES (?,?,?,?,?,?,?,?)
                    """, event.raw, person.raw, session?.raw, at, desk, user, ListColumn.encode(items), seq)
                return .done(CheckIn(id: db.lastInsertRowID, person: person, session: session, at: at, desk: desk,
                                     by: user, items: items, sequence: seq))
            }
        }
    }

    /// Takes back a mistaken check-in, saying who and why; the record stays, marked.
    public func undoCheckIn(_ event: ID<Event>, id: Int, reason: String, by user: String = Store.currentUser,
                            at date: Date = Date()) throws {
        try translate {
            try db.transaction {
                let seq = try nextCheckInSequence(event)
                try db.run(
                    """
                    UPDATE checkins SET undone_at = ?, undone_by = ?, undo_reason = ?, seq = ?
                    WHERE id = ? AND event_id = ? AND undone_at IS NULL
                    """, Store.timestamp(date), user, reason, seq, id, event.raw)
                guard db.changes == 1 else { return }
                let s = try db.prepared(
                    "SELECT p.name, c.desk FROM checkins c JOIN people p ON p.id = c.person_id WHERE c.id = ?"
                ).bind([id])
                let (name, desk) = try s.step() ? (s.text(0), s.text(1)) : ("", "")
                s.reset()
                try log(event: event.raw, ChangeNote(.undoCheckIn, subject: name, [.because(reason, at: desk)]))
            }
        }
    }

    /// Every record changed after `sequence` (0: all), in the order they changed: what a desk
    /// takes in from the others without reading the event again.
    public func checkIns(_ event: ID<Event>, after sequence: Int = 0) throws -> [CheckIn] {
        try translate {
            let s = try db.prepared(
                """
                SELECT \(Store.checkInColumns) FROM checkins WHERE event_id = ? AND seq > ? ORDER BY seq
                """
            ).bind([event.raw, sequence])
            var out: [CheckIn] = []
            while try s.step() { out.append(checkIn(from: s)) }
            return out
        }
    }

    static let checkInColumns =
        "id, person_id, session_id, at, desk, by_user, items, undone_at, undone_by, undo_reason, seq"

    func checkIn(from s: Statement) -> CheckIn {
        CheckIn(
            id: s.int(0), person: ID(s.int(1)), session: s.optionalInt(2).map(ID.init), at: s.text(3), desk: s.text(4),
            by: s.text(5), items: ListColumn.decode(s.text(6)),
            undone: s.optionalText(7).map {
                TakenBack(at: $0, by: s.optionalText(8) ?? "", reason: s.optionalText(9) ?? "")
            },
            sequence: s.int(10))
    }

    func standingCheckIn(person: ID<Person>, session: ID<Session>?) throws -> CheckIn? {
        let s = try db.prepared(
            """
            SELECT \(Store.checkInColumns) FROM checkins
            WHERE person_id = ? AND coalesce(session_id, 0) = ? AND undone_at IS NULL
            """
        ).bind([person.raw, session?.raw ?? 0])
        defer { s.reset() }
        return try s.step() ? checkIn(from: s) : nil
    }

    func nextCheckInSequence(_ event: ID<Event>) throws -> Int {
        (try db.scalarInt("SELECT max(seq) FROM checkins WHERE event_id = ?", event.raw) ?? 0) + 1
    }

    /// The people a check-in code belongs to (one, unless two uids share a code); codes are
    /// kept beside the people, and given to those imported since the last look.
    public func people(_ event: ID<Event>, checkInCode code: String) throws -> [ID<Person>] {
        try translate {
            func find() throws -> [ID<Person>] {
                let s = try db.prepared("SELECT id FROM people WHERE event_id = ? AND checkin = ?")
                    .bind([event.raw, code])
                var out: [ID<Person>] = []
                while try s.step() { out.append(ID(s.int(0))) }
                return out
            }
            let found = try find()
            if !found.isEmpty { return found }
            // Not kept yet, here or by another process meanwhile: either way, look again after.
            try keepCheckInCodes(event)
            let again = try find()
            if !again.isEmpty { return again }
            // A badge printed before its holder was merged into someone: that someone.
            guard let kept = try mergedCheckInCodes(event)[code],
                  let id = try db.scalarInt("SELECT id FROM people WHERE event_id = ? AND uid = ?", event.raw,
                                            StoredUID.value(kept))
            else { return [] }
            return [ID(id)]
        }
    }

    /// The people a desk's typed words may mean, without reading the event: their key, whole
    /// name (else the name without honorifics and umlauts), whole phone or its last four digits.
    /// Up to 20, with name, organisation and phone.
    public func findPeople(_ event: ID<Event>, _ text: String) throws -> [(id: ID<Person>, name: String,
                                                                              organisation: String, phone: String)] {
        try translate {
            let tail = text.count == 4 && text.allSatisfy(\.isNumber) ? text : "\u{0}"
            // A number as typed or read out (`+49 171 2345678`) is looked for as it is stored.
            var phone = text
            if case .ok(let stored) = PhoneNumber.read(text), !stored.isEmpty { phone = stored }
            let s = try db.prepared(
                """
                SELECT id, name, organisation, phone FROM people WHERE event_id = ?
                AND (key = ? OR name = ? OR phone = ? OR substr(phone, -4) = ?) ORDER BY id LIMIT 20
                """
            ).bind([event.raw, text, text, phone, tail])
            var out: [(id: ID<Person>, name: String, organisation: String, phone: String)] = []
            while try s.step() { out.append((ID(s.int(0)), s.text(1), s.text(2), s.text(3))) }
            if !out.isEmpty { return out }
            // Nobody by the name as typed: by the name as the duplicates compare it, so `Hans-Jürgen
            // Groß` finds `Dr. Hans-Jürgen Groß` and `Mueller` finds `Müller`.
            let key = TextFolding.personKey(text)
            guard !key.isEmpty else { return out }
            let all = try db.prepared("SELECT id, name, organisation, phone FROM people WHERE event_id = ? ORDER BY id")
                .bind([event.raw])
            while out.count < 20, try all.step() {
                let name = all.text(1)
                if TextFolding.personKey(name) == key { out.append((ID(all.int(0)), name, all.text(2), all.text(3))) }
            }
            return out
        }
    }

    /// The event's clock (IANA zone), to show a stored instant on it without reading the event.
    public func timeZone(_ event: ID<Event>) throws -> String {
        try translate {
            try db.prepared("SELECT time_zone FROM events WHERE id = ?").bind([event.raw]).firstText()
                ?? Event.defaultTimeZone
        }
    }

    /// One person as stored now (a walk-in another desk added since this one read the event).
    public func person(_ id: ID<Person>) throws -> (person: Person, category: String?)? {
        try translate { try currentPerson(id).map { ($0.person, $0.registration?.category) } }
    }

    /// Gives everyone without a stored check-in code theirs. Returns how many were given.
    @discardableResult
    public func keepCheckInCodes(_ event: ID<Event>) throws -> Int {
        try translate {
            try db.transaction {
                let s = try db.prepared("SELECT id, uid FROM people WHERE event_id = ? AND checkin IS NULL")
                    .bind([event.raw])
                var missing: [(Int, String)] = []
                while try s.step() { missing.append((s.int(0), s.uid(1))) }
                let update = try db.prepared("UPDATE people SET checkin = ? WHERE id = ?")
                for (id, uid) in missing { try update.run(CheckInCode.of(uid: uid), id) }
                return missing.count
            }
        }
    }
}

/// A category's items at the desk, as one column: JSON, `{"delegate": ["参会证", "资料袋"]}`.
enum ItemsColumn {
    static func encode(_ items: [String: [String]]) -> String {
        guard !items.isEmpty, let data = try? JSONEncoder.sorted.encode(items) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> [String: [String]] {
        guard !text.isEmpty else { return [:] }
        return (try? JSONDecoder().decode([String: [String]].self, from: Data(text.utf8))) ?? [:]
    }
}
