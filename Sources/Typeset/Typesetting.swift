import Foundation

/// One lock for every call into Pango, Cairo and fontconfig: their font maps and caches are shared
/// by the whole process and are not safe to use from two threads at once (tests print in parallel,
/// and a crash in libcairo was the result). Each canvas call, measure and font look-up holds it;
/// recursive, since a call may make others (a half-turned face draws text).
enum Typesetting {
    static let lock = NSRecursiveLock()
}
