import Foundation
import PlanningCore

/// What the last rooming notices told whom: kept beside the transport notices' (migration 20's
/// table), under keys of their own (`room:UID`), so a second round tells only those whose room
/// changed, with no table of its own for one more kind of key.
extension Store {
    static let roomingNoticePrefix = "room:"

    /// Each guest's fingerprint as last sent.
    public func sentRoomingNotices(_ event: ID<Event>) throws -> [String: String] {
        try translate {
            let s = try db.prepared("SELECT key, fingerprint FROM transport_notices WHERE event_id = ? AND key LIKE ?")
                .bind([event.raw, Store.roomingNoticePrefix + "%"])
            var out: [String: String] = [:]
            while try s.step() { out[s.text(0)] = s.text(1) }
            return out
        }
    }

    /// Records what was just sent (a nil fingerprint forgets a room taken back and said so).
    public func recordRoomingNotices(_ event: ID<Event>, _ sent: [String: String?], at date: Date = Date()) throws {
        try recordTransportNotices(event, sent.filter { $0.key.hasPrefix(Store.roomingNoticePrefix) }, at: date)
    }
}
