/// A change of the clocks in the event's zone (daylight saving time): local wall-clock times in
/// `[start, end)` do not exist when the clocks go forward, and happen twice when they go back.
/// Chinese events never have one; a Sino-German event held in Germany in late March or late
/// October may. The store works them out from the zone's rules for the days around the event.
public struct ClockChange: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Clocks go forward: these local times are skipped.
        case skipped
        /// Clocks go back: these local times come twice.
        case repeated
    }
    public var kind: Kind
    public var start: LocalDateTime
    public var end: LocalDateTime
    /// Minutes east of UTC before and after the change.
    public var offsetBefore: Int
    public var offsetAfter: Int

    public init(kind: Kind, start: LocalDateTime, end: LocalDateTime, offsetBefore: Int, offsetAfter: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        self.offsetBefore = offsetBefore
        self.offsetAfter = offsetAfter
    }

    public func contains(_ t: LocalDateTime) -> Bool { start <= t && t < end }
}
