import Foundation
import PlanningCore

extension Store {
    /// Stores one change in its own transaction and returns it with the row ids and keys the
    /// database gave new entities, so the caller's undo history names the right rows.
    @discardableResult
    public func apply(_ change: Change, event: ID<Event>) throws -> Change {
        try translate { try db.transaction { try write(change, event: event.raw) } }
    }

    /// Several changes as one transaction (one user action, one undo step); `note`, when given,
    /// is logged with them, saying what the whole did (a merge of two people). With
    /// `logEach: false` the note is the only entry (a repair by `solve` is one change to staff).
    @discardableResult
    public func apply(_ changes: [Change], event: ID<Event>, note: ChangeNote? = nil, logEach: Bool = true) throws
        -> [Change]
    {
        try translate {
            try db.transaction {
                let written = try changes.map { try write($0, event: event.raw, logged: logEach) }
                if let note {
                    try log(event: event.raw, note, rows: written.reduce(LoggedRows()) { $0.adding(LoggedRows($1)) })
                }
                return written
            }
        }
    }

    private func nextPosition(_ table: String) throws -> Int {
        // Table names here are constants of this file, never user data.
        try db.scalarInt("SELECT coalesce(max(position) + 1, 0) FROM \(table)") ?? 0
    }

    /// New entities without a file key get one from their UUID, unique in practice.
    private func newKey(_ key: String, uid: String) -> String { key.isEmpty ? String(uid.prefix(8)) : key }

    /// New entities made without a UUID (the UI's forms: its update reads no random source) get one here.
    private func newUID(_ uid: String) -> String { uid.isEmpty ? UUID().uuidString.lowercased() : uid }

    /// Roles go after every existing one, in the order given.
    private func insertRoles(_ roles: [SessionRole]) throws {
        let position = try nextPosition("session_roles")
        for (i, r) in roles.enumerated() { try insertRow(r, position: position + i) }
    }

    /// Checks the row is as the change remembers it, writes, and logs who did it, all in the
    /// caller's transaction.
    func write(_ change: Change, event: Int, logged: Bool = true) throws -> Change {
        try checkUnchanged(change)
        let written = try writeUnchecked(change, event: event)
        if logged { try log(written, event: event) }
        return written
    }

    /// Before a session goes (deleted, or left out of a reloaded file): its sign-ups go with it,
    /// and who they were stays, for the notices of its cancellation.
    func keepCancelledSignups(event: Int, session: Int, uid: String) throws {
        try db.run("DELETE FROM cancelled_signups WHERE event_id = ? AND session_uid = ?", event, uid)
        try db.run("""
            INSERT INTO cancelled_signups (event_id, session_uid, person_uid)
            SELECT ?, ?, p.uid FROM signups g JOIN people p ON p.id = g.person_id WHERE g.session_id = ?
            """, event, uid, session)
    }

    private func writeUnchecked(_ change: Change, event: Int) throws -> Change {
        switch change {
        case .session(let before, let after):
            if let before, after == nil {
                try keepCancelledSignups(event: event, session: before.session.id.raw, uid: before.session.uid)
                try db.run("DELETE FROM sessions WHERE id = ?", before.session.id.raw)
                return change
            }
            guard var after else { return change }
            if before == nil {
                after.session.uid = newUID(after.session.uid)
                after.session.key = newKey(after.session.key, uid: after.session.uid)
                let id = try insertRow(after.session, event: event)
                after.session.id = ID(id)
                after.roles = after.roles.map { SessionRole(session: ID(id), person: $0.person, role: $0.role) }
                try insertRoles(after.roles)
                for p in after.attendees {
                    try insertRegistration(person: p.raw, category: Registration.defaultCategory, signups: [id])
                }
                if var tables = after.tables {
                    tables.meal = ID(id)
                    try writeTablePlan(meal: id, tables)
                    after.tables = tables
                }
                return .session(before: nil, after: after)
            }
            try updateRow(after.session)
            return change
        case .person(let before, let after):
            if let before, after == nil {
                try db.run("DELETE FROM people WHERE id = ?", before.person.id.raw)
                return change
            }
            guard var after else { return change }
            if before == nil {
                after.person.uid = newUID(after.person.uid)
                after.person.key = newKey(after.person.key, uid: after.person.uid)
                let id = try insertRow(after.person, event: event)
                after.person.id = ID(id)
                after.roles = after.roles.map { SessionRole(session: $0.session, person: ID(id), role: $0.role) }
                try insertRoles(after.roles)
                if var reg = after.registration {
                    reg.person = ID(id)
                    try insertRegistration(person: id, category: reg.category, signups: reg.signups.map(\.raw))
                    after.registration = reg
                }
                try restoreTransport(of: &after, as: id)
                try restoreRooming(of: &after, as: id, event: event)
                try restoreSeats(of: &after, as: id)
                return .person(before: nil, after: after)
            }
            try updateRow(after.person)
            if before?.registration != after.registration {
                try db.run(
                    "UPDATE people SET category = NULL, registration_order = NULL WHERE id = ?", after.person.id.raw)
                try db.run("DELETE FROM signups WHERE person_id = ?", after.person.id.raw)
                if let reg = after.registration {
                    try insertRegistration(
                        person: after.person.id.raw, category: reg.category, signups: reg.signups.map(\.raw))
                }
            }
            return change
        case .room(let before, let after):
            if let before, after == nil {
                // Sessions keep existing and lose their room (ON DELETE SET NULL).
                try db.run("DELETE FROM rooms WHERE id = ?", before.room.id.raw)
                return change
            }
            guard var after else { return change }
            if before == nil {
                after.room.uid = newUID(after.room.uid)
                after.room.key = newKey(after.room.key, uid: after.room.uid)
                let id = try insertRow(after.room, event: event)
                after.room.id = ID(id)
                for s in after.sessions { try db.run("UPDATE sessions SET room_id = ? WHERE id = ?", id, s.raw) }
                return .room(before: nil, after: after)
            }
            try updateRow(after.room)
            return change
        case .role(let before, let after):
            if let before {
                try db.run("DELETE FROM session_roles WHERE session_id = ? AND person_id = ? AND role = ?",
                           before.session.raw, before.person.raw, before.role.rawValue)
            }
            if let after { try insertRow(after, position: try nextPosition("session_roles")) }
            return change
        case .site(let before, let after):
            if let before, after == nil {
                try db.run("DELETE FROM sites WHERE id = ?", before.id.raw)
                return change
            }
            guard var after else { return change }
            if before == nil {
                after.uid = newUID(after.uid)
                after.key = newKey(after.key, uid: after.uid)
                after.id = ID(try insertRow(after, event: event))
                return .site(before: nil, after: after)
            }
            try db.run(
                "UPDATE sites SET key = ?, name = ?, address = ? WHERE id = ?", after.key, after.name, after.address,
                after.id.raw)
            return change
        case .trip(let before, let after):
            guard let person = (after ?? before)?.person else { return change }
            try writeTrip(person: person.raw, after)
            return change
        case .vehicle(let before, let after):
            if let before, after == nil {
                // Its runs stay, without a vehicle (ON DELETE SET NULL).
                try db.run("DELETE FROM vehicles WHERE id = ?", before.vehicle.id.raw)
                return change
            }
            guard var after else { return change }
            if before == nil {
                after.vehicle.uid = newUID(after.vehicle.uid)
                after.vehicle.key = newKey(after.vehicle.key, uid: after.vehicle.uid)
                let id = try insertRow(after.vehicle, event: event)
                after.vehicle.id = ID(id)
                for r in after.runs { try db.run("UPDATE runs SET vehicle_id = ? WHERE id = ?", id, r.raw) }
                return .vehicle(before: nil, after: after)
            }
            try updateRow(after.vehicle)
            return change
        case .run(let before, let after):
            if let before, after == nil {
                try db.run("DELETE FROM runs WHERE id = ?", before.id.raw)
                return change
            }
            guard var after else { return change }
            if before == nil {
                after.uid = newUID(after.uid)
                after.key = newKey(after.key, uid: after.uid)
                after.id = ID(try insertRow(after, event: event))
                return .run(before: nil, after: after)
            }
            try updateRow(after)
            return change
        case .stay(let before, let after):
            guard let person = (after ?? before)?.person else { return change }
            try writeStay(person: person.raw, after)
            return change
        case .roomBlock(let before, let after):
            if let before, after == nil {
                // Its assignments go with it (ON DELETE CASCADE).
                try db.run("DELETE FROM room_blocks WHERE id = ?", before.block.id.raw)
                return change
            }
            guard var after else { return change }
            if before == nil {
                after.block.uid = newUID(after.block.uid)
                after.block.key = newKey(after.block.key, uid: after.block.uid)
                let id = try insertRow(after.block, event: event)
                after.block.id = ID(id)
                // Rooms of guests deleted since are not given back: they are gone with them.
                let present = try after.assignments.filter {
                    try db.scalarInt("SELECT count(*) FROM people WHERE id = ?", $0.person.raw) == 1
                }
                after.assignments = try present.map { a in
                    var row = a
                    row.block = ID(id)
                    return try insertAssignment(row, event: event)
                }
                return .roomBlock(before: nil, after: after)
            }
            try updateRow(after.block)
            return change
        case .roomAssignment(let before, let after):
            if let before, after == nil {
                try db.run("DELETE FROM room_assignments WHERE id = ?", before.id.raw)
                return change
            }
            guard let after else { return change }
            if before == nil { return .roomAssignment(before: nil, after: try insertAssignment(after, event: event)) }
            try updateRow(after)
            return change
        case .tablePlan(let before, let after):
            guard let meal = (after ?? before)?.meal else { return change }
            try writeTablePlan(meal: meal.raw, after)
            return change
        }
    }

    /// A new assignment (id 0), or one given back by an undo under the id it had, as people and
    /// blocks are, so the steps before it in the undo history still name it.
    private func insertAssignment(_ a: RoomAssignment, event: Int) throws -> RoomAssignment {
        var row = a
        row.uid = newUID(a.uid)
        row.key = newKey(a.key, uid: row.uid)
        row.id = ID(try insertRow(row, event: event))
        return row
    }

    /// A person added back (an undone deletion) gets their stay and rooms again, in the blocks
    /// that still exist.
    private func restoreRooming(of record: inout PersonRecord, as id: Int, event: Int) throws {
        if var stay = record.stay {
            stay.person = ID(id)
            try writeStay(person: id, stay)
            record.stay = stay
        }
        for p in record.roommateOf ?? [] {
            try db.run("UPDATE stays SET roommate_id = ? WHERE person_id = ?", id, p.raw)
        }
        for p in record.principalOf ?? [] {
            try db.run("UPDATE stays SET principal_id = ? WHERE person_id = ?", id, p.raw)
        }
        guard let lodgings = record.lodgings else { return }
        var kept: [RoomAssignment] = []
        for a in lodgings where try currentRoomBlock(a.block) != nil {
            var row = a
            row.person = ID(id)
            kept.append(try insertAssignment(row, event: event))
        }
        record.lodgings = kept
    }

    /// A person added back (an undone deletion) gets their journey and their seats in runs again.
    private func restoreTransport(of record: inout PersonRecord, as id: Int) throws {
        if var trip = record.trip {
            trip.person = ID(id)
            try writeTrip(person: id, trip)
            record.trip = trip
        }
        for ride in record.rides ?? [] {
            // Back in their place: positions are rewritten in order with the person among them.
            guard var run = try currentRun(ride.run), !run.passengers.contains(ID(id)) else { continue }
            run.passengers.insert(ID(id), at: min(max(0, ride.position), run.passengers.count))
            try writePassengers(run: ride.run.raw, run.passengers.map(\.raw))
        }
        for run in record.escorts ?? [] { try db.run("UPDATE runs SET escort_id = ? WHERE id = ?", id, run.raw) }
    }
}
