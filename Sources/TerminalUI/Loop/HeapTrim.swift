import Foundation

/// Gives memory that has been freed back to the system. glibc keeps a heap per thread that
/// allocates, and does not hand one thread's freed memory to another: a 100,000-attendee event
/// read on the loading thread and later replaced by a reload on the main thread would otherwise
/// stay counted against the process, twice. Looked up at run time (`malloc_trim` is glibc's own
/// and its header is not among the modules Swift sees); elsewhere it does nothing.
public enum HeapTrim {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
    }()

    /// glibc's trim was found (on Linux it must be: the tests say so).
    public static var isAvailable: Bool { trim != nil }

    public static func releaseFreedMemory() { _ = trim?(0) }
}
