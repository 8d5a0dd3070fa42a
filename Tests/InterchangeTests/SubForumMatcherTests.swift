import Testing
import Interchange
import PlanningCore

/// Cells read with a memo (as the list reader does, one per thread) resolve as the rules say,
/// whether met the first time or again, and whatever path the cell's length sends it down.
@Suite struct SubForumMatcherTests {
    static let day = LocalDate(year: 2026, month: 5, day: 14)!
    static func at(_ hour: Int) -> LocalDateTime { LocalDateTime(date: day, hour: hour) }
    static let sessions = [
        Session(id: ID(1), key: "s1", uid: "u1", title: "第1天 1单元 会议室1 专题研讨", track: "分论坛一",
                start: at(9), end: at(10)),
        Session(id: ID(2), key: "s2", uid: "u2", title: "第1天 1单元 会议室2 专题研讨", track: "分论坛一",
                start: at(9), end: at(10)),
        Session(id: ID(3), key: "s3", uid: "u3", title: "第1天 2单元 会议室1 专题研讨", start: at(10), end: at(11)),
        Session(id: ID(4), key: "s4", uid: "u4", title: "第1天 3单元 会议室1 专题研讨", start: at(11), end: at(12)),
        // A title holding a separator, long enough that a cell of it alone is long.
        Session(id: ID(5), key: "s5", uid: "u5", title: "产教融合、校企合作与现代学徒制建设专题研讨会议第一场",
                start: at(13), end: at(14)),
    ]

    func resolveTwice(_ cell: String) -> ([SubForumMatcher.Resolution], [SubForumMatcher.Resolution]) {
        let matcher = SubForumMatcher(sessions: Self.sessions)
        var memo = SubForumMatcher.Memo()
        var first: [SubForumMatcher.Resolution] = [], again: [SubForumMatcher.Resolution] = []
        matcher.resolve(cell, memo: &memo) { first.append($0) }
        matcher.resolve(cell, memo: &memo) { again.append($0) }
        return (first, again)
    }

    @Test func aLongCellOfManyChoicesIsSplitAndEachChoiceResolved() {
        // Over a hundred characters: longer than four times the longest title.
        let three = "第1天 1单元 会议室1 专题研讨、 第1天 2单元 会议室1 专题研讨 ;第1天 3单元 会议室1 专题研讨"
        let cell = [three, three, three].joined(separator: "|") + "，无、第1天 9单元 会议室9 专题研讨\u{37E}分论坛一"
        let (first, again) = resolveTwice(cell)
        let threeResolved: [SubForumMatcher.Resolution] = [.sessions([ID(1)]), .sessions([ID(3)]), .sessions([ID(4)])]
        let expected = threeResolved + threeResolved + threeResolved + [
            .unknown("第1天 9单元 会议室9 专题研讨"),
            .ambiguous("分论坛一", titles: ["第1天 1单元 会议室1 专题研讨", "第1天 1单元 会议室2 专题研讨"]),
        ]
        #expect(first == expected)
        #expect(again == expected)
    }

    @Test func aLongCellOfPlainTextIsSplitAsCharactersWouldBe() {
        let three = " 第1天 1单元 会议室1 专题研讨\r\n第1天 2单元 会议室1 专题研讨／第1天 3单元 会议室1 专题研讨\t"
        let cell = [three, three, three].joined(separator: "；") + "，，ｎｏ、第1天 9单元 会议室9 专题研讨;S3"
        let (first, again) = resolveTwice(cell)
        let threeResolved: [SubForumMatcher.Resolution] = [.sessions([ID(1)]), .unknown(
            "第1天 2单元 会议室1 专题研讨／第1天 3单元 会议室1 专题研讨")]
        let expected = threeResolved + threeResolved + threeResolved + [
            .unknown("第1天 9单元 会议室9 专题研讨"), .sessions([ID(3)]),
        ]
        #expect(first == expected)
        #expect(again == expected)
    }

    @Test func manyDistinctChoicesAreEachRememberedAsTheirOwn() {
        let matcher = SubForumMatcher(sessions: Self.sessions)
        var memo = SubForumMatcher.Memo()
        // Long cells of 3,000 different choices, then the same again from the memo.
        let cells = (0..<500).map { c in (0..<6).map { "第\(c * 6 + $0)号 不存在的专题研讨会议场次名称" }.joined(separator: "、") }
        var seen: [SubForumMatcher.Resolution] = []
        for cell in cells + cells { matcher.resolve(cell, memo: &memo) { seen.append($0) } }
        let names = (0..<3_000).map { SubForumMatcher.Resolution.unknown("第\($0)号 不存在的专题研讨会议场次名称") }
        #expect(seen == names + names)
    }

    @Test func aCellThatIsOneWholeTitleHoldingASeparatorIsThatSession() {
        let (first, again) = resolveTwice(" 产教融合、校企合作与现代学徒制建设专题研讨会议第一场 ")
        #expect(first == [.sessions([ID(5)])])
        #expect(again == [.sessions([ID(5)])])
    }

    @Test func shortCellsMeaningNoneOrOneChoiceResolveAsBefore() {
        #expect(resolveTwice("N/A").0 == [])
        #expect(resolveTwice(" 分论坛一 ").0 == [.ambiguous(" 分论坛一 ", titles: [
            "第1天 1单元 会议室1 专题研讨", "第1天 1单元 会议室2 专题研讨",
        ])])
        #expect(resolveTwice("s3\r\ns4").1 == [.sessions([ID(3)]), .sessions([ID(4)])])
    }
}
