import Foundation
import Testing
import PlanningCore
@testable import TerminalUI

/// A Chinese office reads words, never the codes confplan stores: every pane (several rows'
/// details each) and every dialog, in Chinese, shows none of them.
@Suite struct NoCodesTests {
    static let codes: [String] = RegistrationCategory.allCases.map(\.rawValue) + OrgType.allCases.map(\.rawValue)
        + FindingCode.allCases.map(\.rawValue) + RoleKind.allCases.map(\.rawValue) + SessionStatus.allCases.map(\.rawValue)
        + SessionKind.allCases.map(\.rawValue)

    /// Codes as whole words (`other`, not the `other` in `mother`); language codes as a list (`zh/de`) or alone.
    static func rawCodes(in screen: String) -> [String] {
        var found = codes.filter { code in
            screen.range(of: "(?<![A-Za-z-])" + NSRegularExpression.escapedPattern(for: code) + "(?![A-Za-z-])",
                         options: .regularExpression) != nil
        }
        let languages = LanguageName.allCases.map(\.rawValue).joined(separator: "|")
        if let r = screen.range(of: "(?<![A-Za-z.@])(\(languages))(/(\(languages)))*(?![A-Za-z.@])", options: .regularExpression) {
            found.append(String(screen[r]))
        }
        return found
    }

    @Test(arguments: ["deyang-2026-innovation-summit.json", "hangzhou-2025-sino-german-seminar.json"])
    func noScreenShowsACode(_ sample: String) throws {
        var s = try app(sample, width: 160, height: 50)
        var screens: [(String, String)] = []
        for (digit, pane) in zip("123456", Pane.allCases) {
            s.handle(.char(digit))
            for row in 0..<6 {
                screens.append(("\(pane) row \(row)", s.screen))
                s.handle(.down)
            }
            s.handle(.home)
            if pane != .schedule && pane != .conflicts {
                s.handle(.char("e"))
                screens.append(("\(pane) edit form", s.screen))
                s.handle(.escape)
                s.handle(.char("a"))
                screens.append(("\(pane) add form", s.screen))
                s.handle(.escape)
            }
            s.handle(.char("?"))
            screens.append(("\(pane) help", s.screen))
            s.handle(.escape)
            s.handle(.char("x"))
            screens.append(("\(pane) export form", s.screen))
            s.handle(.escape)
        }
        s.handle(.char("2"))
        s.handle(.char("r"))
        screens.append(("add role", s.screen))
        s.handle(.escape)
        for (name, screen) in screens {
            #expect(Self.rawCodes(in: screen).isEmpty, "\(name): \(Self.rawCodes(in: screen))\n\(screen)")
        }
    }

    /// The check itself finds a code shown raw (it is not a test that cannot fail).
    @Test func theCheckFindsRawCodes() {
        #expect(Self.rawCodes(in: "类型  sub-forum  语言 zh/de") == ["sub-forum", "zh/de"])
        #expect(Self.rawCodes(in: "mother  wf@example.de  分论坛").isEmpty)
    }
}
