import Testing
@testable import PlanningCore

@Suite struct ChineseNumbersTests {
    @Test func numeralsReadAsNumbers() {
        #expect(ChineseNumbers.value("十一") == 11 && ChineseNumbers.value("二十") == 20 && ChineseNumbers.value("二十一") == 21)
        #expect(ChineseNumbers.value("一百零五") == 105 && ChineseNumbers.value("十") == 10 && ChineseNumbers.value("两") == 2)
    }

    /// 分论坛九 before 分论坛十, 第二 before 第十, 国际分论坛 in its own numbering, ASCII 9 before 10;
    /// a numeral inside a word (一带一路, 统一) is not a number.
    @Test func numberingSortsByValue() {
        let tracks = ["分论坛十一", "分论坛二", "分论坛十", "分论坛九", "分论坛一", "国际分论坛二", "国际分论坛一", "分论坛10", "分论坛9"]
        #expect(tracks.sorted(by: ChineseNumbers.less)
            == ["分论坛一", "分论坛二", "分论坛9", "分论坛九", "分论坛10", "分论坛十", "分论坛十一", "国际分论坛一", "国际分论坛二"])
        #expect(["第十天", "第二天", "第一天"].sorted(by: ChineseNumbers.less) == ["第一天", "第二天", "第十天"])
        #expect(ChineseNumbers.naturalKey("一带一路与统一") == "一带一路与统一")
        #expect(ChineseNumbers.naturalKey("分论坛一：现代职业教育") == "分论坛\u{2}00000001：现代职业教育")
    }
}

@Suite struct NumberedOrderTests {
    @Test func onlyTextsThatDifferInANumberAreOrderedByIt() {
        #expect(ChineseNumbers.numberedLess("分论坛九", "分论坛十") == true)
        #expect(ChineseNumbers.numberedLess("国际分论坛二：海外", "国际分论坛一：标准") == false)
        #expect(ChineseNumbers.numberedLess("分论坛19", "分论坛110") == true)
        #expect(ChineseNumbers.numberedLess("自助午餐", "职业教育创新成果展") == nil)
        #expect(ChineseNumbers.numberedLess("分论坛一", "国际分论坛一") == nil)
        #expect(ChineseNumbers.numberedLess("第1天 会议室2", "第1天 会议室10") == true, "a later number decides too")
    }
}
