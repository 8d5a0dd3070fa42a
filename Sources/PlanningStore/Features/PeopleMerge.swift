import Foundation
import PlanningCore

/// The one way people are merged and a merge taken back, for the command line and the UI
/// alike: one transaction and one log entry each, the entry keeping what the taking back needs
/// (so no table of its own: `confplan log` holds every merge).
extension Store {
    /// Merges `other` into `keep` (`PersonRecord.merge`) and carries to `keep` what belongs to a
    /// person beyond their row: the desk's check-in records (a second arrival for one session is
    /// taken back, with `reason`, the earlier standing), a badge number `keep` lacks, and the
    /// pairs staff kept apart from `other`.
    public func mergePeople(_ event: ID<Event>, keep: ID<Person>, other: ID<Person>, reason: String,
                            by user: String = Store.currentUser, at date: Date = Date()) throws -> PeopleMerge {
        try translate {
            try db.transaction {
                guard keep != other, let k = try currentRecord(keep), let o = try currentRecord(other),
                      let (changes, m) = PersonRecord.merging(k, o)
                else { throw StoreError.samePerson(keep == other ? "\(keep.raw)" : "\(other.raw)") }
                // The records move before the row goes: deleting a person deletes their check-ins.
                let (moved, second) = CheckIn.carried(kept: try checkIns(of: keep), merged: try checkIns(of: other))
                var seq = try nextCheckInSequence(event)
                for s in second {
                    try db.run(
                        "UPDATE checkins SET undone_at = ?, undone_by = ?, undo_reason = ?, seq = ? WHERE id = ?",
                        Store.timestamp(date), user, reason, seq, s.takenBack.id)
                    seq += 1
                }
                for id in moved {
                    try db.run("UPDATE checkins SET person_id = ?, seq = ? WHERE id = ?", keep.raw, seq, id)
                    seq += 1
                }
                var apart: [String] = []
                for uid in try keptApart(event, from: o.person.uid) where uid != k.person.uid {
                    let pair = KeptApart(k.person.uid, uid)
                    try db.run("INSERT OR IGNORE INTO kept_apart (event_id, first_uid, second_uid, by_user, at) "
                               + "VALUES (?,?,?,?,?)", event.raw, pair.first, pair.second, user, Store.timestamp(date))
                    if db.changes == 1 { apart.append(uid) }
                }
                let written = try changes.map { try write($0, event: event.raw, logged: false) }
                try rememberMerge(event, kept: k.person, other: o.person)
                // The badge in their hand stays valid; only `numberBadges` and this write the number.
                if m.person.badge != k.person.badge {
                    try db.run("UPDATE people SET badge = ? WHERE id = ?", m.person.badge, keep.raw)
                }
                try log(event: event.raw, ChangeNote(.mergePeople, subject: k.person.name, [
                    .mergedFrom(o.person.name), .mergeUndo(before: k, after: m, removed: o),
                    .mergeCarried(checkIns: moved, takenBack: second.map(\.takenBack.id), keptApartFrom: apart),
                ]))
                var done = PeopleMerge(changes: written, kept: m.person, other: o.person, checkInsMoved: moved.count,
                                       secondCheckIns: second)
                done.setAside = PersonRecord.setAside(k, o)
                return done
            }
        }
    }

    /// Takes back the newest merge into `person` from what its log entry kept: the other comes
    /// back whole with their own id, the check-in records go back to them (those the merge took
    /// back stand again), and the kept person is as before, badge and kept-apart pairs included.
    /// Refused when nobody was merged into them, or they changed since (or it was taken back).
    public func unmergePeople(_ event: ID<Event>, _ person: ID<Person>) throws -> PeopleMerge {
        try translate {
            try db.transaction {
                guard let (k, m, o, carried) = try newestMerge(event, into: person) else {
                    throw StoreError.noMerge(person.raw)
                }
                guard let changes = PersonRecord.unmerge(
                    before: k, after: m, removed: o, now: try currentRecord(person),
                    removedIsBack: try currentPerson(o.person.id) != nil)
                else { throw StoreError.changedSinceMerge(person.raw) }
                let written = try changes.map { try write($0, event: event.raw, logged: false) }
                try forgetMerge(event, kept: k.person, other: o.person)
                if m.person.badge != k.person.badge {
                    try db.run("UPDATE people SET badge = ? WHERE id = ?", k.person.badge, person.raw)
                }
                var seq = try nextCheckInSequence(event)
                let records = Dictionary(try checkIns(of: person).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                for id in carried.checkIns where records[id] != nil {
                    try db.run("UPDATE checkins SET person_id = ?, seq = ? WHERE id = ?", o.person.id.raw, seq, id)
                    seq += 1
                }
                for id in carried.takenBack {
                    // Someone checked them in again since: the merge's second arrival cannot stand again.
                    guard let r = records[id], r.undone != nil,
                          try standingCheckIn(person: carried.checkIns.contains(id) ? o.person.id : person,
                                              session: r.session) == nil
                    else { throw StoreError.changedSinceMerge(person.raw) }
                    try db.run("UPDATE checkins SET undone_at = NULL, undone_by = NULL, undo_reason = NULL, seq = ? "
                               + "WHERE id = ?", seq, id)
                    seq += 1
                }
                for uid in carried.keptApartFrom {
                    let pair = KeptApart(k.person.uid, uid)
                    try db.run("DELETE FROM kept_apart WHERE event_id = ? AND first_uid = ? AND second_uid = ?",
                               event.raw, pair.first, pair.second)
                }
                try log(event: event.raw,
                        ChangeNote(.unmergePeople, subject: k.person.name, [.splitFrom(o.person.name)]))
                return PeopleMerge(changes: written, kept: k.person, other: o.person,
                                   checkInsMoved: carried.checkIns.count, secondCheckIns: [])
            }
        }
    }

    /// A person as stored now with their roles and registration, as `EventPlan.record(of:)` has them.
    func currentRecord(_ id: ID<Person>) throws -> PersonRecord? {
        guard let (person, registration) = try currentPerson(id) else { return nil }
        let s = try db.prepared(
            "SELECT session_id, role FROM session_roles WHERE person_id = ? ORDER BY position, session_id, role"
        ).bind([id.raw])
        var roles: [SessionRole] = []
        while try s.step() {
            let role = RoleKind(rawValue: s.text(1)) ?? .speaker
            roles.append(SessionRole(session: ID(s.int(0)), person: id, role: role))
        }
        return PersonRecord(person: person, roles: roles, registration: registration)
    }

    private func checkIns(of person: ID<Person>) throws -> [CheckIn] {
        let s = try db.prepared("SELECT \(Store.checkInColumns) FROM checkins WHERE person_id = ? ORDER BY id")
            .bind([person.raw])
        var out: [CheckIn] = []
        while try s.step() { out.append(checkIn(from: s)) }
        return out
    }

    /// The UIDs a person was kept apart from.
    private func keptApart(_ event: ID<Event>, from uid: String) throws -> [String] {
        let s = try db.prepared(
            "SELECT first_uid, second_uid FROM kept_apart WHERE event_id = ? AND (first_uid = ? OR second_uid = ?)"
        ).bind([event.raw, uid, uid])
        var out: [String] = []
        while try s.step() { out.append(s.text(0) == uid ? s.text(1) : s.text(0)) }
        return out
    }

    /// What the newest merge into `person` logged: the kept person before and after, the one
    /// merged away, and what came along (nothing, for entries older than that record).
    private func newestMerge(_ event: ID<Event>, into person: ID<Person>) throws
        -> (PersonRecord, PersonRecord, PersonRecord, (checkIns: [Int], takenBack: [Int], keptApartFrom: [String]))?
    {
        let s = try db.prepared(
            "SELECT summary FROM change_log WHERE event_id = ? AND action = ? ORDER BY id DESC"
        ).bind([event.raw, ChangeNote.Action.mergePeople.rawValue])
        defer { s.reset() }
        let decoder = JSONDecoder()
        while try s.step() {
            guard let note = try? decoder.decode(ChangeNote.self, from: Data(s.text(0).utf8)) else { continue }
            var undo: (PersonRecord, PersonRecord, PersonRecord)?
            var carried: (checkIns: [Int], takenBack: [Int], keptApartFrom: [String]) = ([], [], [])
            for f in note.facts {
                if case .mergeUndo(let k, let m, let o) = f, m.person.id == person { undo = (k, m, o) }
                if case .mergeCarried(let c, let t, let a) = f { carried = (c, t, a) }
            }
            if let (k, m, o) = undo { return (k, m, o, carried) }
        }
        return nil
    }
}
