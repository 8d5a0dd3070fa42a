import Foundation

/// Temporary folders for tests: all under one folder per test process, removed when the process
/// ends, and any left by a process that died removed when the next one starts, so a thousand test
/// runs do not leave a thousand databases in /tmp.
public enum Scratch {
    private static let prefix = "confplan-tests-"

    /// The process's own folder, made (and the stale ones of dead processes removed) on first use.
    private static let root: String = {
        let tmp = NSTemporaryDirectory()
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: tmp)) ?? [] where name.hasPrefix(prefix) {
            // kill(pid, 0) fails with ESRCH for a process that no longer exists.
            if let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH {
                try? fm.removeItem(atPath: tmp + "/" + name)
            }
        }
        let path = rootPath
        try? fm.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.rootPath) }
        return path
    }()

    /// The same path, for the exit handler (which may capture nothing).
    private static var rootPath: String {
        (NSTemporaryDirectory() as NSString).appendingPathComponent(prefix + String(getpid()))
    }

    /// A new empty folder; `label` says in its name what it is for.
    public static func folder(_ label: String) -> String {
        // Eight hex digits are unique enough within one process, and keep paths short enough to show.
        let path = (root as NSString).appendingPathComponent(label + "-" + UUID().uuidString.prefix(8).lowercased())
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A path in a new folder (the file itself is not made).
    public static func file(_ label: String, _ name: String) -> String {
        (folder(label) as NSString).appendingPathComponent(name)
    }
}
