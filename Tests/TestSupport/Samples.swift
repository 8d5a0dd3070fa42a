import Foundation
import Interchange
import PlanningCore

/// The repository's root, from this file's place in it: where the sample events and the test
/// workbooks are, whichever folder the tests run in.
public let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The sample events (`sample-events/*.json`), in order of name.
public func sampleFiles() -> [URL] {
    let dir = repoRoot.appendingPathComponent("sample-events")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { dir.appendingPathComponent($0) }
}

/// The sample event whose file name starts with `name` (`deyang`, or the whole file name), as read.
/// A sample that cannot be read is a broken checkout, not a finding: the test stops there.
public func samplePlan(_ name: String = "deyang") -> EventPlan {
    let url = sampleFiles().first { $0.lastPathComponent.hasPrefix(name) }!
    return try! EventFile.read([UInt8](Data(contentsOf: url)), file: url.lastPathComponent)
}
