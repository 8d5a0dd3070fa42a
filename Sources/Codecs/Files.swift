import Foundation

/// Reading and writing whole files the way every command and dialog must: a file too large to be
/// any real list or event is refused before it is read, and a file is written beside its target
/// and renamed, so a full disk or a kill never leaves half of one.
public enum Files {
    /// Larger than any real event file, registration list or schedule: reading it whole could
    /// exhaust memory.
    public static let maxBytes = 512 << 20

    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var path: String
        public var phrase: FileWords
        public var arguments: [String]
        public init(_ phrase: FileWords, _ path: String, _ arguments: String...) {
            self.phrase = phrase
            self.path = path
            self.arguments = arguments
        }

        /// There is no file at the path (not one that is too large or cannot be read).
        public var missing: Bool { phrase == .missing }
        public var description: String { text(code: "en") }
        public func text(code: String) -> String { phrase.text(code: code, arguments: [path] + arguments) }
    }

    public static func read(_ path: String) throws(Problem) -> [UInt8] {
        // Straight into the array with read(2): through Data, a 100,000-row list was read into one
        // buffer and copied into another, 11 ms of a 700 ms import.
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Problem(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable, path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Problem(.unreadable, path) }
        if info.st_mode & S_IFMT == S_IFDIR { throw Problem(.folder, path) }
        let size = Int(info.st_size)
        if size > maxBytes { throw Problem(.tooLarge, path, "\(size >> 20)", "\(maxBytes >> 20)") }
        // A regular file is read in one piece (the extra byte sees its end); a pipe says size 0.
        var piece = size + 1
        var out: [UInt8] = []
        out.reserveCapacity(size + 1 + (1 << 16))
        while true {
            defer { piece = 1 << 16 }
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: piece))
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + start, piece) }
            let failure = errno
            out.removeLast(piece - max(n, 0))
            if n < 0 && failure == EINTR { continue }
            if n < 0 { throw Problem(failure == EISDIR ? .folder : .unreadable, path) }
            if n == 0 { return out }
            if out.count > maxBytes { throw Problem(.tooLarge, path, "\(out.count >> 20)", "\(maxBytes >> 20)") }
        }
    }

    public static func write(_ text: String, to path: String) throws(Problem) { try write(Array(text.utf8), to: path) }

    /// Created readable by its owner only, as the database is: exports, dumps and lists hold
    /// phone numbers, and a shared server's other accounts must not read them.
    public static func write(_ bytes: [UInt8], to path: String) throws(Problem) {
        let tmp = path + ".confplan-tmp"
        unlink(tmp)
        let fd = open(tmp, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        var ok = fd >= 0
        if ok {
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
                if n <= 0 { ok = false; break }
                done += n
            }
            let reason = errno
            close(fd)
            errno = reason
        }
        guard ok, rename(tmp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw Problem(.cannotWrite, path, reason)
        }
    }
}
