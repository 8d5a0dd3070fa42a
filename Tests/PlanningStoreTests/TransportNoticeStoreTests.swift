import Foundation
import Testing
@testable import PlanningCore
@testable import PlanningStore

/// What the last transport notices said, kept per event (migration 20).
@Suite struct TransportNoticeStoreTests {
    @Test func recordedNoticesReadBackAndACancelledOneIsForgotten() throws {
        let store = try Store(path: scratchPath())
        let event = try store.insert(transportPlan()).event.id
        #expect(try store.sentTransportNotices(event) == [:])
        try store.recordTransportNotices(event, ["pickup:a": "r1|14:40", "driver:v:2026-05-13": "x"])
        try store.recordTransportNotices(event, ["pickup:a": nil, "driver:v:2026-05-13": "y"])
        #expect(try store.sentTransportNotices(event) == ["driver:v:2026-05-13": "y"])
    }

    /// A reload of the event file keeps what was told, as it keeps the releases: otherwise the
    /// next `--changed` would send every notice again.
    @Test func aReloadKeepsTheRecord() throws {
        let store = try Store(path: scratchPath())
        let plan = transportPlan()
        try store.insert(plan)
        let before = try store.resolveEvent(plan.event.key).id
        try store.recordTransportNotices(before, ["pickup:a": "1"])
        let after = try store.insert(plan, replace: true).event.id
        #expect(try store.sentTransportNotices(after) == ["pickup:a": "1"])
    }

    /// Another event's record is its own.
    @Test func eachEventKeepsItsOwnRecord() throws {
        let store = try Store(path: scratchPath())
        let one = try store.insert(transportPlan(key: "t1")).event.id
        let two = try store.insert(transportPlan(key: "t2")).event.id
        try store.recordTransportNotices(one, ["pickup:a": "1"])
        #expect(try store.sentTransportNotices(two) == [:])
    }
}
