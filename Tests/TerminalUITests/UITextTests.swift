import Testing
@testable import TerminalUI

@Suite struct UITextTests {
    @Test func everyScreenTextExistsInBothLanguages() {
        #expect(UIWords.missing(in: .en).isEmpty, "\(UIWords.missing(in: .en))")
        #expect(UIWords.missing(in: .zh).isEmpty, "\(UIWords.missing(in: .zh))")
    }
}
