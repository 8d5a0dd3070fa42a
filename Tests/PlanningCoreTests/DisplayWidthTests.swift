import Testing
@testable import PlanningCore

@Suite struct DisplayWidthTests {
    @Test func measuresChineseLatinAndMixedText() {
        #expect(DisplayWidth.of("周铁农") == 6)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("分论坛A") == 7)
        #expect(DisplayWidth.of("，。（）") == 8) // full-width punctuation
        #expect(DisplayWidth.of("ｱ") == 1) // half-width katakana stays narrow
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("𠀀") == 2) // CJK extension B, outside the BMP
    }

    @Test func combiningMarksAndEmojiDoNotBreakRows() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    /// Text measured scalar by scalar (the quick way) must measure as character by character.
    @Test func theQuickMeasureAgreesWithTheCarefulOne() {
        let texts = ["", "abc", "开幕式", "“一带一路”与职业教育", "分论坛一：现代职业教育体系建设（续）", "Hans Müller", "e\u{301}t\u{301}e\u{301}",
                     "👍🏽 ok", "❤️", "‼\u{FE0F}", "👨‍👩‍👧", "🇨🇳", "한국어", "\u{1100}\u{1161}\u{11A8}", "a\r\nb", "\t\u{7F}\u{85}x",
                     "Ａｂｃ１２３！", "ｶﾞ", "〰〽", "中\u{302A}文", "zero\u{200B}width\u{200D}join", "क्षा", "line\u{2028}sep", "¥100", "…—"]
        for t in texts {
            #expect(DisplayWidth.of(t) == t.reduce(0) { $0 + DisplayWidth.of($1) }, "\(t.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(DisplayWidth.of(t[...]) == DisplayWidth.of(t))
        }
        #expect(DisplayWidth.of("“一带一路”") == 10 && DisplayWidth.of("e\u{301}") == 1 && DisplayWidth.of("‼\u{FE0F}") == 2)
    }

    @Test func truncationNeverSplitsACharacterAndMarksTheCut() {
        #expect(DisplayWidth.truncate("周铁农副委员长", to: 7) == "周铁农…")
        #expect(DisplayWidth.truncate("周铁农副委员长", to: 8) == "周铁农…")
        #expect(DisplayWidth.truncate("周铁农", to: 6) == "周铁农")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        for w in 1...12 {
            #expect(DisplayWidth.of(DisplayWidth.truncate("分论坛一：现代职业教育 system", to: w)) <= w)
        }
    }

    @Test func padFillsExactly() {
        #expect(DisplayWidth.pad("周", to: 4) == "周  ")
        #expect(DisplayWidth.pad("周", to: 4, alignRight: true) == "  周")
        #expect(DisplayWidth.of(DisplayWidth.pad("周铁农副委员长", to: 5)) == 5)
    }

    @Test func wrapKeepsEveryLineWithinTheWidth() {
        let text = "主旨演讲：新质生产力与职业教育高质量发展 New quality productive forces and vocational education"
        for width in [5, 10, 17, 30] {
            let lines = DisplayWidth.wrap(text, width: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
    }

    @Test func wrapKeepsLatinWordsWholeAndPunctuationOnItsSide() {
        let lines = DisplayWidth.wrap("德国国际合作机构（GIZ）Abteilungsleiterin Katrin Hoffmann", width: 20)
        #expect(lines.allSatisfy { !$0.hasPrefix("teilungs") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
        #expect(!lines.contains { $0.hasSuffix("Ab") })
        // Closing punctuation never starts a line; opening punctuation never ends one.
        for width in 6...14 {
            for line in DisplayWidth.wrap("分论坛一：现代职业教育体系建设（第一场），欢迎参加。", width: width) {
                #expect(DisplayWidth.of(line) <= width)
                #expect(!(line.first.map { "，。：）".contains($0) } ?? false), "\(width): \(line)")
                #expect(!(line.last.map { "（".contains($0) } ?? false), "\(width): \(line)")
            }
        }
        #expect(DisplayWidth.wrap("Zusammenarbeit", width: 6) == ["Zusamm", "enarbe", "it"])
    }

    @Test func sanitizeShowsControlsAsPlaceholders() {
        #expect(Sanitize.forTerminal("王\u{1B}[31m伟") == "王\u{241B}[31m伟")
        #expect(Sanitize.forTerminal("a\u{202E}b") == "a\u{FFFD}b")
        #expect(Sanitize.forTerminal("普通文本") == "普通文本")
        #expect(!Sanitize.forTerminal("x\u{9B}y").unicodeScalars.contains { $0.value == 0x9B })
    }
}
