import Foundation
import Testing

/// Compares `text` with its reviewed copy. With CONFPLAN_UPDATE_GOLDEN=1 the copy is written
/// instead and nothing is checked: a comparison with what was just written cannot fail, so it
/// would only pass for show. CI refuses to run with the variable set (`.ci/run`).
func compareWithSnapshot(_ text: String, _ golden: URL, at place: SourceLocation = #_sourceLocation) throws {
    if ProcessInfo.processInfo.environment["CONFPLAN_UPDATE_GOLDEN"] == "1" {
        try text.write(to: golden, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(text == expected, "\(golden.lastPathComponent) differs from its snapshot", sourceLocation: place)
}
