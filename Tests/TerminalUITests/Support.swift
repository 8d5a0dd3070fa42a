import Foundation
import Interchange
import PlanningCore
import PlanningStore
@testable import TerminalUI

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func samplePlan(_ name: String = "deyang-2026-innovation-summit.json") -> EventPlan {
    let url = repoRoot.appendingPathComponent("sample-events/\(name)")
    return try! EventFile.read([UInt8](Data(contentsOf: url)), file: name)
}

/// A UI on a sample event stored in a fresh database, at a size.
func app(_ name: String = "deyang-2026-innovation-summit.json", width: Int = 100, height: Int = 30,
         language: Language = .zh) throws -> AppState {
    let dir = NSTemporaryDirectory() + "confplan-ui-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let store = try Store(path: dir + "/ui.sqlite")
    var s = AppState(plan: try store.insert(samplePlan(name)), store: store, language: language)
    s.handle(.resize(width: width, height: height))
    return s
}

extension AppState {
    mutating func type(_ text: String) { for c in text { handle(.char(c)) } }
    var screen: String { render(self).text }
    var lines: [String] { screen.components(separatedBy: "\n") }
    var statusBar: String { lines.last ?? "" }
    var selectedTitle: String? { selectedRow.map { plan.sessions[$0].title } }
}
