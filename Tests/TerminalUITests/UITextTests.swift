import Testing
@testable import TerminalUI

@Suite struct UITextTests {
    @Test func everyScreenTextExistsInBothLanguages() {
        #expect(UIText.missing(in: .en).isEmpty, "\(UIText.missing(in: .en))")
        #expect(UIText.missing(in: .zh).isEmpty, "\(UIText.missing(in: .zh))")
    }
}
