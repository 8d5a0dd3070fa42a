import Foundation
import Testing
import PlanningCore
@testable import TerminalUI
import TestSupport
import Fixtures

/// Whole screens of the canonical views, compared as text with reviewed copies under
/// `Snapshots/` (each cell as drawn, wide characters once). After an intended change, run the
/// tests once with CONFPLAN_UPDATE_GOLDEN=1 and review the diff.
@Suite struct SnapshotTests {
    static let sizes = [(80, 24), (120, 36)]

    func compare(_ screen: String, _ name: String) throws {
        let golden = repoRoot.appendingPathComponent("Tests/TerminalUITests/Snapshots/\(name).txt")
        try compareWithSnapshot(screen, golden)
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

    /// The screen after these keys, from a fresh UI on the largest sample.
    func screen(after keys: [Key], width: Int = 100, height: Int = 30, _ language: Language) throws -> String {
        var s = try app(width: width, height: height, language: language)
        for k in keys { s.handle(k) }
        return s.screen
    }

    @Test(arguments: [Language.zh, .en])
    func theGridsHelp(_ language: Language) throws {
        try compare(try screen(after: [.char("5"), .char("?")], width: 80, height: 24, language), "grid-help-\(language)")
    }

    @Test(arguments: [Language.zh, .en])
    func aFormAndTheGridInMoveMode(_ language: Language) throws {
        try compare(try screen(after: [.char("2"), .char("e")], language), "session-form-\(language)")
        try compare(try screen(after: [.char("5"), .char("n"), .char("m"), .down], language), "grid-moving-\(language)")
    }

    /// Issue 34: the grid's screens at the two sizes people use, in both languages: the repair
    /// plan, free slots for the afternoon sub-forum, and the bars at the smallest size.
    @Test(arguments: [Language.zh, .en])
    func theGridsScreensAtTwoSizes(_ language: Language) throws {
        for (w, h) in Self.sizes {
            try compare(try screen(after: [.char("5"), .char("F")], width: w, height: h, language),
                        "repair-\(language)-\(w)x\(h)")
            try compare(try screen(after: [.char("5"), .char("n"), .char("f")], width: w, height: h, language),
                        "free-slots-\(language)-\(w)x\(h)")
        }
        try compare(try screen(after: [.char("6")], width: 60, height: 15, language), "bars-\(language)-60x15")
    }

    /// `F`: the repair plan beside the grid, the chosen move's ghost box at its new place.
    @Test(arguments: [Language.zh, .en])
    func theRepairPlanBesideTheGrid(_ language: Language) throws {
        try compare(try screen(after: [.char("6"), .char("F"), .down], width: 120, height: 36, language),
                    "repair-\(language)")
    }

    /// The screens issue 34's pass changed, at both sizes in both languages: the import
    /// preview, `?` over Conflicts, the seating editor and its help, the
    /// question before typed text is lost, the export form with its language field, the kind filter.
    @Test(arguments: [Language.zh, .en])
    func theScreensOfTheWordsPass(_ language: Language) throws {
        let list = Scratch.file("ui-snap", "回执.csv")
        try Data(ScreensPassTests.longList.utf8).write(to: URL(fileURLWithPath: list))
        let screens: [(String, [Key])] = [
            ("import", [.char("4"), .char("i")] + list.map { Key.char($0) } + [.enter]),
            ("help", [.char("6"), .char("?")]),
            ("seating", [.char("2"), .char("z")]),
            ("seating-help", [.char("2"), .char("z"), .char("?")]),
            ("discard", [.char("1"), .char("a"), .char("x"), .escape]),
            ("export", [.char("x")]),
            ("kind-filter", [.char("6"), .char("c"), .down, .enter, .char("c")]),
        ]
        for (w, h) in Self.sizes {
            for (name, keys) in screens {
                var s = try app(width: w, height: h, language: language)
                for k in keys { s.handle(k) }
                // The list's folder differs from run to run; the preview names only the file.
                try compare(s.screen, "pass-\(name)-\(language)-\(w)x\(h)")
            }
        }
    }


    /// The duplicates review, at both sizes in both languages: a second 孔博华 with another phone.
    @Test(arguments: [Language.zh, .en])
    func theDuplicatesReview(_ language: Language) throws {
        let plan = try samplePlanWithATwin()
        for (w, h) in Self.sizes {
            var s = Headless(plan: plan, language: language)
            s.handle(.resize(width: w, height: h))
            s.handle(.char("4"))
            s.handle(.char("D"))
            try compare(s.screen, "pass-duplicates-\(language)-\(w)x\(h)")
        }
    }

}
