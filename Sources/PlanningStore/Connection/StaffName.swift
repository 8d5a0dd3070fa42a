import Foundation
import PlanningCore

/// Who a change is recorded under: the name a staff member set once for their account with
/// `confplan whoami 陈老师`, else the login name. Kept per account, not in the database: two
/// colleagues share one database and each keeps their own name.
public enum StaffName {
    /// Long enough for any person's name and title, short enough for a column of the log.
    public static let maxLength = 40

    /// `$XDG_CONFIG_HOME/confplan/whoami`, or `~/.config/confplan/whoami`.
    public static func file(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        }
        return base + "/confplan/whoami"
    }

    /// One line of at most `maxLength` characters, no control characters (it is shown on
    /// terminals and in columns); surrounding spaces are not part of it.
    public static func valid(_ name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= maxLength,
              !trimmed.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) })
        else { return nil }
        return trimmed
    }

    /// The name set with `whoami`, when there is a valid one.
    public static func saved(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let data = FileManager.default.contents(atPath: file(environment: environment)) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return valid(String(text.split(separator: "\n", omittingEmptySubsequences: true).first ?? ""))
    }

    /// The account's login name (as the session says it, else as the system knows the uid).
    public static func login(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let u = environment["USER"] ?? environment["LOGNAME"], !u.isEmpty { return u }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }

    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        saved(environment: environment) ?? login(environment: environment)
    }

    /// Keeps `given` (when `valid`) for this account, readable by its owner only; returns the name
    /// as kept and the file.
    public static func save(_ given: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> (name: String, file: String)
    {
        guard let name = valid(given) else { throw ShareError(.badName, "\(maxLength)") }
        let path = file(environment: environment)
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let tmp = path + ".tmp"
        unlink(tmp)
        let bytes = Array((name + "\n").utf8)
        let fd = open(tmp, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        let written = fd >= 0 ? bytes.withUnsafeBytes { write(fd, $0.baseAddress, bytes.count) } : -1
        let reason = errno
        if fd >= 0 { close(fd) }
        guard written == bytes.count, rename(tmp, path) == 0 else {
            let why = String(cString: strerror(written == bytes.count ? errno : reason))
            unlink(tmp)
            throw StoreError.cannotOpen(path: path, reason: why)
        }
        return (name, path)
    }
}
