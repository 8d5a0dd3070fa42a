import Foundation
import PlanningCore

/// What staff decided about findings, per event.
extension Store {
    public func findingPolicy(_ event: ID<Event>) throws -> FindingPolicy {
        var policy = FindingPolicy()
        for row in try db.rows("SELECT code, severity FROM severity_overrides WHERE event_id = ?", event.raw) {
            guard case .text(let c) = row[0], case .text(let s) = row[1], let code = FindingCode(rawValue: c) else {
                continue
            }
            policy.overrides[code] = s == "off" ? .some(nil) : Severity(rawValue: s).map { .some($0) } ?? nil
        }
        for row in try db.rows(
            "SELECT finding_key, reason, by_user, at FROM acknowledgements WHERE event_id = ?", event.raw)
        {
            guard case .text(let key) = row[0], case .text(let reason) = row[1], case .text(let by) = row[2],
                case .text(let at) = row[3]
            else { continue }
            policy.acknowledgements[key] = Acknowledgement(reason: reason, by: by, at: at)
        }
        return policy
    }

    /// Records an acknowledgement with who and when; acknowledging again replaces the reason.
    public func acknowledge(
        _ event: ID<Event>, key: String, reason: String, by user: String = Store.currentUser,
        at time: Date = Date()
    ) throws {
        try translate {
            try db.transaction {
                try db.run(
                    "INSERT OR REPLACE INTO acknowledgements (event_id, finding_key, reason, by_user, at) VALUES "
                        + "(?,?,?,?,?)",
                    event.raw, key, reason, user, Store.timestamp(time))
                try log(event: event.raw, ChangeNote(.acknowledge, [
                    .finding(id: FindingIdentity.shortID(key), reason: reason),
                ]))
            }
        }
    }

    public func withdrawAcknowledgement(_ event: ID<Event>, key: String) throws {
        try translate {
            try db.transaction {
                try db.run("DELETE FROM acknowledgements WHERE event_id = ? AND finding_key = ?", event.raw, key)
                let note = ChangeNote(.withdraw, [.finding(id: FindingIdentity.shortID(key), reason: nil)])
                try log(event: event.raw, note)
            }
        }
    }

    /// nil severity silences the code; `reset` goes back to the default.
    public func setSeverity(_ event: ID<Event>, code: FindingCode, to severity: Severity?, reset: Bool = false) throws {
        try translate {
            try db.transaction {
                if reset {
                    try db.run(
                        "DELETE FROM severity_overrides WHERE event_id = ? AND code = ?", event.raw, code.rawValue)
                } else {
                    try db.run(
                        "INSERT OR REPLACE INTO severity_overrides (event_id, code, severity) VALUES (?,?,?)",
                        event.raw, code.rawValue, severity?.rawValue ?? "off")
                }
                try log(event: event.raw, ChangeNote(.setSeverity, [
                    .severity(code: code.rawValue, to: reset ? nil : severity?.rawValue ?? "off"),
                ]))
            }
        }
    }

    /// Who-did-what records name the staff member: as set with `confplan whoami`, else the login.
    /// Read once: a UI records all of its changes under one name.
    public static let currentUser: String = StaffName.current()

    static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
