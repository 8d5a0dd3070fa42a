import Foundation
import Testing
import PlanningCore
@testable import TerminalUI

/// Whole screens of the canonical views, compared as text with reviewed copies under
/// `Snapshots/` (each cell as drawn, wide characters once). After an intended change, run the
/// tests once with CONFPLAN_UPDATE_GOLDEN=1 and review the diff.
@Suite struct SnapshotTests {
    static let sizes = [(80, 24), (120, 36)]

    func compare(_ screen: String, _ name: String) throws {
        let golden = repoRoot.appendingPathComponent("Tests/TerminalUITests/Snapshots/\(name).txt")
        if ProcessInfo.processInfo.environment["CONFPLAN_UPDATE_GOLDEN"] == "1" {
            try screen.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(screen == expected, "\(name) differs from its snapshot")
    }

    @Test(arguments: [Language.zh, .en])
    func everyPaneAtTwoSizes(_ language: Language) throws {
        for (w, h) in Self.sizes {
            var s = try app(width: w, height: h, language: language)
            for pane in Pane.allCases {
                s.handle(.char(Character(String(pane.rawValue))))
                try compare(s.screen, "pane\(pane.rawValue)-\(language)-\(w)x\(h)")
            }
        }
    }

    @Test(arguments: [Language.zh, .en])
    func theGridsHelp(_ language: Language) throws {
        var s = try app(width: 80, height: 24, language: language)
        s.handle(.char("5"))
        s.handle(.char("?"))
        try compare(s.screen, "grid-help-\(language)")
    }

    @Test(arguments: [Language.zh, .en])
    func aFormAndTheGridInMoveMode(_ language: Language) throws {
        var s = try app(width: 100, height: 30, language: language)
        s.handle(.char("2"))
        s.handle(.char("e"))
        try compare(s.screen, "session-form-\(language)")
        s.handle(.escape)
        s.handle(.char("5"))
        s.handle(.char("n"))
        s.handle(.char("m"))
        s.handle(.down)
        try compare(s.screen, "grid-moving-\(language)")
    }
}
