import Foundation

/// Runs two pieces of work at once, the second on a thread of its own, and returns both
/// results: how a 100,000-row registration list is read in two halves on two cores. Each
/// closure must touch only what it was given; the box below only carries results across.
enum BothHalves {
    static func run<A, B>(_ first: () -> A, _ second: @escaping () -> B) -> (A, B) {
        let box = Box<B>(second)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { box.run(); done.signal() }
        thread.stackSize = 8 << 20
        thread.start()
        let a = first()
        done.wait()
        return (a, box.result!)
    }

    private final class Box<B>: @unchecked Sendable {
        let work: () -> B
        var result: B?
        init(_ work: @escaping () -> B) { self.work = work }
        func run() { result = work() }
    }
}

/// A buffer handed to the other half's thread. The bytes stay alive and unchanged until both
/// halves have finished (`BothHalves.run` waits for them).
struct SharedBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
}
