import Foundation

/// Runs the exact repair oracle (Tests/oracle/repair_oracle.py, CP-SAT from the `ortools` Python
/// package) over event files in one Python process, so its start-up is paid once.
public enum RepairOracle {
    public struct Answer: Sendable, Equatable {
        public var moves: Int?
        /// OPTIMAL (moves is the optimum), FEASIBLE (the best found in time), INFEASIBLE.
        public var status: String
        /// No plan clears the errors with fewer moves than this (the optimum when OPTIMAL).
        public var bound: Int?
    }

    public enum Failure: Error, CustomStringConvertible {
        case unavailable(String)
        public var description: String {
            switch self {
            case .unavailable(let why): "the repair oracle cannot run: \(why)"
            }
        }
    }

    /// The oracle script in the repository that holds `near` (a source file's path).
    public static func script(near file: String) -> URL? {
        var dir = URL(fileURLWithPath: file).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Tests/oracle/repair_oracle.py")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// The answers for the files, by path; throws when python3 or ortools is missing.
    public static func run(_ script: URL, files: [String], seconds: Double = 60) throws -> [String: Answer] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script.path, "--seconds", String(seconds)] + files
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch { throw Failure.unavailable("python3 did not start (\(error))") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            let why = errors.contains("ortools") ? "the Python package ortools is not installed (pip install ortools)"
                : "python3 exited \(p.terminationStatus): \(errors.suffix(400))"
            throw Failure.unavailable(why)
        }
        var answers: [String: Answer] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = object["file"] as? String, let status = object["status"] as? String
            else { continue }
            answers[file] = Answer(moves: object["moves"] as? Int, status: status, bound: object["bound"] as? Int)
        }
        return answers
    }
}
