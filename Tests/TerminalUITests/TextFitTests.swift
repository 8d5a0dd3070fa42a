import Testing
@testable import TerminalUI

/// The one rule for text in a field (`TextFit`): cut only with `…`, wrap where there is room,
/// never part a figure from its unit or label, never one character alone on a line.
@Suite struct TextFitTests {
    @Test func aCutLeavesNoPartOfAFigure() {
        // `DisplayWidth.truncate` gave `相差15分钟、100…`: the seats read as 100.
        #expect(TextFit.cut("相差15分钟、100座", width: 16) == "相差15分钟、…")
    }

    @Test func aCutKeepsAsMuchOfANameAsFits() {
        #expect(TextFit.cut("Katrin Hoffmann", width: 12) == "Katrin Hoff…")
    }

    @Test func aCutKeepsTheIndent() {
        #expect(TextFit.cut("  主旨演讲：德国双元制", width: 12) == "  主旨演讲…")
    }

    @Test func textThatFitsIsNotTouched() {
        #expect(TextFit.cut("警告 4 → 15", width: 11) == "警告 4 → 15")
    }

    @Test func aWrapNeverPartsAFigureFromItsLabel() {
        #expect(
            TextFit.wrap("错误 5 → 0 · 移动 5 个场次 · 警告 4 → 15", width: 36)
                == ["错误 5 → 0 · 移动 5 个场次 ·", "警告 4 → 15"])
    }

    @Test func aWrapKeepsADateWhole() {
        #expect(TextFit.wrap("会议改到5月14日", width: 14) == ["会议改到", "5月14日"])
    }

    @Test func aFigureAfterACommaStartsAFreshGroup() {
        #expect(TextFit.wrap("分论坛三 and 圆桌对话, 14 May 15:30–16:00", width: 32)
                == ["分论坛三 and 圆桌对话,", "14 May 15:30–16:00"])
    }

    @Test func noCharacterIsLeftAloneOnTheLastLine() {
        #expect(TextFit.wrap("一二三四五六七", width: 12) == ["一二三四五", "六七"])
    }

    @Test func linesBeyondTheFieldAreCutWithAnEllipsis() {
        #expect(TextFit.wrap("一二三四五六七八九十", width: 6, maxLines: 2) == ["一二三", "四五…"])
    }

    /// A list of people breaks at its seams (`、`, a space), not inside a name (`叶晨|秋`) or a
    /// role word, where one is a few characters back.
    @Test func aWrapBreaksAtASeamRatherThanInsideAName() {
        #expect(TextFit.wrap("出席嘉宾 叶晨秋、出席嘉宾 吴涛强", width: 14) == ["出席嘉宾", "叶晨秋、", "出席嘉宾", "吴涛强"])
    }

    /// With no seam near, Chinese still breaks between characters, as before.
    @Test func aWrapWithNoSeamNearBreaksBetweenCharacters() {
        #expect(TextFit.wrap("一二三四五六七八九十", width: 8) == ["一二三四", "五六七八", "九十"])
    }
}
