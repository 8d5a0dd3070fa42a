import Foundation

/// Work on a thread of its own, with a result to look at or wait for: how a registration list
/// is read in two halves on two cores, and how the UI reads a large event while it goes on
/// drawing. (The import's writer hands batches across threads as a queue instead: `Handoff`.)
/// The work must touch only what it was given.
public final class Background<Value>: @unchecked Sendable {
    private let done = NSCondition()
    private var result: Value?

    /// Starts `work` at once, with a stack large enough for deep parsers.
    public init(_ work: @escaping () -> Value) {
        let carried = Carried(work)
        let thread = Thread { [self] in
            let value = carried.work()
            done.lock()
            result = value
            done.signal()
            done.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The work, carried to its thread (the caller promises it touches only what it was given).
    private struct Carried: @unchecked Sendable {
        let work: () -> Value
        init(_ work: @escaping () -> Value) { self.work = work }
    }

    /// The result if the work has finished.
    public func poll() -> Value? {
        done.lock()
        defer { done.unlock() }
        return result
    }

    /// Waits for the work to finish.
    public func wait() -> Value {
        done.lock()
        defer { done.unlock() }
        while result == nil { done.wait() }
        return result!
    }
}
