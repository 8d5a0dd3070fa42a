import Foundation
import Testing
@testable import PlanningCore
@testable import PlanningStore

/// What the last rooming notices said, kept beside the transport notices' under `room:` keys.
@Suite struct RoomingNoticeStoreTests {
    /// Each kind reads back only its own keys: the transport's `--changed` must not tell a
    /// passenger that their room "transfer" is cancelled, nor the rooming's a guest their pickup.
    @Test func roomingAndTransportNoticesKeepApart() throws {
        let store = try Store(path: scratchPath())
        let event = try store.insert(transportPlan()).event.id
        try store.recordTransportNotices(event, ["pickup:a": "r1|14:40"])
        try store.recordRoomingNotices(event, ["room:a": "b|1208|2026-05-13|2026-05-15"])
        #expect(try store.sentTransportNotices(event) == ["pickup:a": "r1|14:40"])
        #expect(try store.sentRoomingNotices(event) == ["room:a": "b|1208|2026-05-13|2026-05-15"])
        try store.recordRoomingNotices(event, ["room:a": nil])
        #expect(try store.sentRoomingNotices(event) == [:])
        #expect(try store.sentTransportNotices(event) == ["pickup:a": "r1|14:40"])
    }
}
