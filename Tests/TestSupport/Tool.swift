import Foundation

/// The command-line tools the print checks run (poppler, MuPDF, Ghostscript, pypdfium2, zbar), and
/// the ink counter both the Typeset and the print tests use.
public enum Tool {
    public static let script = repoRoot.appendingPathComponent("Tests/TypesetTests/render-ink.py").path

    public static func path(_ tool: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(tool)" }.first(where: FileManager.default.isExecutableFile)
    }

    public static func has(_ tool: String) -> Bool { path(tool) != nil }

    public static func hasPython(_ module: String) -> Bool {
        (try? run("python3", ["-c", "import \(module)"])) != nil
    }

    public struct Failed: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `tool` and gives back its standard output; a non-zero exit is an error with its stderr.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String], input: String? = nil) throws -> String {
        guard let path = path(tool) else { throw Failed(description: "\(tool) not found") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), feed = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = feed
        try process.run()
        feed.fileHandleForWriting.write(Data((input ?? "").utf8))
        try feed.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "\(tool) exited \(process.terminationStatus): "
                         + String(decoding: message, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    public static func remove(_ file: String) { try? FileManager.default.removeItem(atPath: file) }

    /// The bytes in a file of their own under the temporary folder.
    public static func write(_ bytes: [UInt8], suffix: String = ".pdf") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("confplan-print-\(UUID().uuidString)\(suffix)")
        try Data(bytes).write(to: url)
        return url.path
    }
}
