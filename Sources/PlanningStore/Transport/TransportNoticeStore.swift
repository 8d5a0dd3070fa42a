import Foundation
import PlanningCore

/// What the last transport notices told whom (migration 20): a fingerprint per passenger's
/// transfer and per driver's day, so a second round tells only those whose run changed.
extension Store {
    /// Each key's fingerprint as last sent.
    public func sentTransportNotices(_ event: ID<Event>) throws -> [String: String] {
        try translate {
            // The rooming notices' keys share the table; a passenger is not told their room is cancelled.
            let s = try db.prepared(
                "SELECT key, fingerprint FROM transport_notices WHERE event_id = ? AND key NOT LIKE ?")
                .bind([event.raw, Store.roomingNoticePrefix + "%"])
            var out: [String: String] = [:]
            while try s.step() { out[s.text(0)] = s.text(1) }
            return out
        }
    }

    /// Records what was just sent, in one transaction; a nil fingerprint forgets the key (a
    /// transfer cancelled and said so).
    public func recordTransportNotices(_ event: ID<Event>, _ sent: [String: String?], at date: Date = Date()) throws {
        guard !sent.isEmpty else { return }
        try translate {
            try db.transaction {
                let at = Store.timestamp(date)
                for (key, fingerprint) in sent.sorted(by: { $0.key < $1.key }) {
                    if let fingerprint {
                        try db.run(
                            """
                            INSERT OR REPLACE INTO transport_notices (event_id, key, fingerprint, at) VALUES (?,?,?,?)
                            """, event.raw, key, fingerprint, at)
                    } else {
                        try db.run("DELETE FROM transport_notices WHERE event_id = ? AND key = ?", event.raw, key)
                    }
                }
            }
        }
    }
}
