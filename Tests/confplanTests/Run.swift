import Foundation
import TestSupport
import Fixtures
import Testing


struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The `confplan` binary this test run was built with (beside the test bundle).
func confplanBinary() -> URL {
    let here = Bundle.main.bundleURL
    let candidates = [here.appendingPathComponent("confplan"), here.deletingLastPathComponent().appendingPathComponent("confplan"),
                      repoRoot.appendingPathComponent(".build/debug/confplan")]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
}

/// Runs confplan with a private data folder so no test touches the user's database.
func confplan(_ args: [String], env: [String: String] = [:], cwd: URL = repoRoot) throws -> RunResult {
    let p = Process()
    p.executableURL = confplanBinary()
    p.arguments = args
    p.currentDirectoryURL = cwd
    var environment = ProcessInfo.processInfo.environment
    // Not the tester's own `confplan whoami` name: changes are recorded under $USER, as tests expect.
    environment["XDG_CONFIG_HOME"] = noStaffName
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    return try collect(p)
}

/// Runs a prepared process with no input and returns what it printed and its status.
func collect(_ p: Process) throws -> RunResult {
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    // Read before waiting: a full pipe would block the child.
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return RunResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}

/// An empty configuration folder: no name set with `whoami`.
let noStaffName = Scratch.folder("no-config")

func scratchFolder() throws -> URL {
    URL(fileURLWithPath: Scratch.folder("cli"))
}

/// A fresh database with one sample event loaded into it, by the binary; its path.
func loadedSample(_ sample: String) throws -> String {
    let db = try scratchFolder().appendingPathComponent("w.sqlite").path
    let r = try confplan(["--db", db, "load", repoRoot.appendingPathComponent("sample-events/\(sample)").path])
    #expect(r.status == 0, "\(r.stderr)")
    return db
}
