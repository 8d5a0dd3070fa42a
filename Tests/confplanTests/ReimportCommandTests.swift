import Foundation
import Testing

/// An office imports its cumulative 回执汇总 again and again: each copy updates the people the
/// last one brought (issue 31, items 1–7).
@Suite struct ReimportCommandTests {
    struct Event {
        var db: String
        var dir: URL

        /// Writes the list under `name` and imports it; the whole output.
        func importList(_ name: String, _ text: String, _ options: [String] = []) throws -> String {
            let path = dir.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let r = try confplan(["--db", db, "--lang", "zh", "import", "attendees", path] + options)
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout
        }

        /// The event's people of that name as `dump` writes them.
        func people(_ name: String) throws -> [[String: Any]] {
            let dump = try confplan(["--db", db, "dump"])
            let json = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as! [String: Any]
            return (json["people"] as! [[String: Any]]).filter { $0["name"] as? String == name }
        }

        func only(_ name: String) throws -> [String: Any] {
            let found = try people(name)
            #expect(found.count == 1, "\(name): \(found.count) people")
            return found.first ?? [:]
        }

        /// The sessions a person is signed up for, by their keys (`f3` is 分论坛三).
        func signups(_ name: String) throws -> [String]? {
            (try only(name)["registration"] as? [String: Any]).map { $0["signups"] as? [String] ?? [] }
        }
    }

    func setUp() throws -> Event {
        Event(db: try loadedSample("deyang-2026-innovation-summit.json"), dir: try scratchFolder())
    }

    @Test func theSourceIsTheFileNameWithoutDatesAndVersionMarks() throws {
        let e = try setUp()
        let out = try e.importList("回执汇总0513(2).csv", "姓名,单位,手机\n张敏,绵竹职业学院,13900000202\n")
        #expect(out.contains("名单“回执汇总”：首次导入"))
        let again = try e.importList("回执汇总20260514-副本.csv", "姓名,单位,手机\n张敏,绵竹职业学院,13900000202\n")
        #expect(again.contains("名单“回执汇总”：对此前导入过的人员，以名单各列为准"))
    }

    /// Item 1: a corrected phone is an update of the person the list brought, not a second one.
    @Test func aCorrectedPhoneUpdatesThePersonTheListBrought() throws {
        let e = try setUp()
        _ = try e.importList("回执汇总0513.csv", "姓名,单位,手机,备注\n张敏,绵竹职业学院,13900000202,\n")
        let out = try e.importList("回执汇总0514(2).csv", "姓名,单位,手机,备注\n张敏,绵竹职业学院,13900000299,手机号更正\n")
        #expect(try e.only("张敏")["phone"] as? String == "13900000299")
        #expect(out.contains("张敏：手机 13900000202 → 13900000299；备注 — → 手机号更正\n"))
    }

    /// One person typed in traditional characters in a later list (鄭曉明 for 郑晓明, same phone and
    /// college) is the same person, not a second one.
    @Test func aNameInTraditionalCharactersIsThePersonTheListBrought() throws {
        let e = try setUp()
        _ = try e.importList("回执汇总0513.csv", "姓名,单位,手机\n郑晓明,新疆职业大学,13900000303\n")
        _ = try e.importList("回执汇总0514.csv", "姓名,单位,手机\n鄭曉明,新疆職業大學,13900000303\n")
        #expect(try e.people("郑晓明").count + e.people("鄭曉明").count == 1)
    }

    /// Item 5 across lists: another office's list with the same column replaces that column's
    /// note rather than adding a second arrival date.
    @Test func aColumnsNoteFromAnotherListReplacesItsEarlierValue() throws {
        let e = try setUp()
        _ = try e.importList("绵竹回执.csv", "姓名,单位,手机,到达日期\n郑晓明,新疆职业大学,13900000303,5月13日\n")
        _ = try e.importList("接站汇总.csv", "姓名,单位,手机,到达日期\n郑晓明,新疆职业大学,13900000303,5月14日\n")
        #expect(try e.only("郑晓明")["notes"] as? String == "到达日期：5月14日")
    }

    /// A list that still names both people staff merged: its second row is the kept person by the
    /// merged-away one's phone, and the report says so (not "same phone").
    @Test func aRowFoundThroughAMergeSaysSo() throws {
        let e = try setUp()
        let list = "姓名,单位,手机\n郑晓明,新疆职业大学,13900000606\n鄭曉明,新疆職業大學,13900000607\n"
        _ = try e.importList("回执汇总0513.csv", list)
        let keys = try (e.people("郑晓明") + e.people("鄭曉明")).compactMap { $0["id"] as? String }
        #expect(keys.count == 2)
        let merge = try confplan(["--db", e.db, "merge", keys[0], keys[1]])
        #expect(merge.status == 0, "\(merge.stderr)")
        let out = try e.importList("回执汇总0514.csv", list)
        #expect(out.contains("回执汇总0514.csv:3: ") && out.contains("是已合并进来的人的联系方式"), "\(out)")
    }

    /// Item 2: a changed sub-forum moves the person; a cleared cell clears; --keep-existing only adds.
    @Test func aChangedSubForumMovesThePersonAndAClearedCellClears() throws {
        let e = try setUp()
        _ = try e.importList("回执.csv", "姓名,单位,手机,邮箱,分论坛\n李娜,绵竹职业学院,13900000301,ln@example.org,分论坛三\n")
        let out = try e.importList("回执.csv", "姓名,单位,手机,邮箱,分论坛\n李娜,绵竹职业学院,13900000301,,分论坛五\n")
        #expect(try e.signups("李娜") == ["f5"])
        #expect(try e.only("李娜")["email"] as? String ?? "" == "")
        #expect(out.contains("李娜：邮箱 ln@example.org → —；分论坛三 → 分论坛五\n"))
        _ = try e.importList("回执.csv", "姓名,单位,手机,邮箱,分论坛\n李娜,绵竹职业学院,,,分论坛三\n", ["--keep-existing"])
        #expect(try e.signups("李娜") == ["f5", "f3"])
        #expect(try e.only("李娜")["phone"] as? String == "13900000301")
    }

    /// Item 3: people an earlier copy named and this one does not are listed, and withdrawn on request.
    @Test func peopleDroppedFromTheListAreNamedAndWithdrawnOnRequest() throws {
        let e = try setUp()
        let both = "姓名,单位,手机,分论坛\n刘洋,绵竹职业学院,13900000401,分论坛二\n陈静,绵竹职业学院,13900000402,分论坛二\n"
        _ = try e.importList("回执汇总0513.csv", both)
        let one = "姓名,单位,手机,分论坛\n陈静,绵竹职业学院,13900000402,分论坛二\n"
        let out = try e.importList("回执汇总0514.csv", one)
        #expect(out.contains("此前导入的本名单中有、本次没有的人员：刘洋 (z"))
        #expect(try e.signups("刘洋") == ["f2"])
        let withdrawn = try e.importList("回执汇总0515.csv", one, ["--withdraw-missing"])
        #expect(withdrawn.contains("取消报名（此前导入的本名单中有、本次没有）：刘洋 (z"))
        #expect(try e.signups("刘洋") == nil)
        let log = try confplan(["--db", e.db, "--lang", "en", "log"])
        #expect(log.stdout.contains("刘洋"))
    }

    /// Item 4: "every row already matches the event" only when it does.
    @Test func nothingToChangeIsSaidOnlyWhenEveryRowMatches() throws {
        let e = try setUp()
        _ = try e.importList("回执.csv", "姓名,单位,手机,职务\n王刚,绵竹职业学院,13900000701,教务处长\n")
        let blanked = try e.importList("回执.csv", "姓名,单位,手机,职务\n王刚,绵竹职业学院,13900000701,\n",
                                       ["--keep-existing"])
        #expect(!blanked.contains("每一行都与活动中已有的记录一致"))
        #expect(blanked.contains("没有任何更改：有 1 行与活动中的记录不同或未导入（见上）"))
        let cleared = try e.importList("回执.csv", "姓名,单位,手机,职务\n王刚,绵竹职业学院,13900000701,\n")
        #expect(cleared.contains("王刚：职务 教务处长 → —"))
        let same = try e.importList("回执.csv", "姓名,单位,手机,职务\n王刚,绵竹职业学院,13900000701,\n")
        #expect(same.contains("没有需要更改的：每一行都与活动中已有的记录一致"))
    }

    /// Item 5: notes from a column are replaced by that column's, the free 备注 by the list's.
    @Test func notesFromTheListAreReplacedNotPiledUp() throws {
        let e = try setUp()
        _ = try e.importList("回执.csv", "姓名,单位,手机,备注,民族\n李娜,绵竹职业学院,13900000301,素食,回族\n")
        _ = try e.importList("回执.csv", "姓名,单位,手机,备注,民族,房型\n李娜,绵竹职业学院,13900000301,清真餐,回族,单间\n")
        #expect(try e.only("李娜")["notes"] as? String == "清真餐；民族：回族；房型：单间")
    }

    /// Item 6: a merge sticks (the next copy finds the kept person) and keeps the other's values.
    @Test func aMergeSticksAndKeepsTheOthersValues() throws {
        let e = try setUp()
        let list = "姓名,单位,手机,职务,备注\n赵磊,广汉职业学院,13900000601,教师,\n赵磊,广汉职院,13900000602,主任,清真\n"
        _ = try e.importList("回执.csv", list)
        let keys = try e.people("赵磊").map { $0["id"] as! String }.sorted()
        #expect(keys.count == 2)
        let merged = try confplan(["--db", e.db, "--lang", "zh", "merge", keys[0], keys[1]])
        #expect(merged.stdout.contains("  手机：保留 13900000601；13900000602 已记入备注\n"))
        #expect(merged.stdout.contains("  职务：保留 教师；主任 已记入备注\n"))
        #expect(try e.only("赵磊")["notes"] as? String == "清真；另一单位：广汉职院；另一职务：主任；另一手机：13900000602")
        let out = try e.importList("回执.csv", list)
        #expect(try e.people("赵磊").count == 1)
        #expect(out.contains("没有需要更改的：每一行都与活动中已有的记录一致"))
        // Taken back, the merge's memory goes with it: the list again finds two people.
        #expect(try confplan(["--db", e.db, "unmerge", keys[0]]).status == 0)
        _ = try e.importList("回执.csv", list)
        #expect(try e.people("赵磊").count == 2)
    }

    /// A changed category is said with its words, as the other fields are (it was the bare word).
    @Test func aChangedCategoryIsSaidWithItsWords() throws {
        let e = try setUp()
        _ = try e.importList("回执.csv", "姓名,单位,手机,参会类别\n甲乙,A学院,13800000777,媒体\n")
        let out = try e.importList("回执.csv", "姓名,单位,手机,参会类别\n甲乙,A学院,13800000777,代表\n")
        #expect(out.contains("甲乙：参会类别 媒体 → 代表\n"), "\(out)")
    }

    /// A colleague's e-mail given for someone without a phone or 单位 (the trial's 刘芳 after 陈娜):
    /// they stay two people, and the same list again finds her rather than making her once more.
    @Test func aSharedAddressFindsItsSecondHolderByName() throws {
        let e = try setUp()
        let list = "姓名,单位,手机,邮箱\n陈娜,宜宾职业技术学院,13800000123,x@163.com\n刘芳,,,x@163.com\n"
        _ = try e.importList("回执.csv", list)
        let again = try e.importList("回执.csv", list)
        #expect(try e.people("刘芳").count == 1 && e.people("陈娜").count == 1)
        #expect(!again.contains("刘芳 (z"), "\(again)")
    }

    /// Item 7: a row without a phone that fits two namesakes of one organisation joins neither.
    @Test func aRowFittingTwoNamesakesIsReportedAndNotAttached() throws {
        let e = try setUp()
        _ = try e.importList("a.csv", "姓名,单位,手机,分论坛\n王强,广汉职业学院,13900000501,分论坛四\n"
                                + "王强,广汉职业学院,13900000502,分论坛四\n")
        let out = try e.importList("b.csv", "姓名,单位,手机,分论坛\n王强,广汉职业学院,,分论坛六\n")
        #expect(out.contains("b.csv:2: 王强 与 2 人都相符（z"))
        #expect(try e.people("王强").map { ($0["registration"] as! [String: Any])["signups"] as! [String] } == [["f4"], ["f4"]])
    }

    /// One list five times with corrections, cancellations, sub-forum changes and a merge between.
    /// Two offices' lists name one person, each with its own sub-forum: each list is the truth
    /// for what it gave, so importing them in turn changes nothing after the first time, and the
    /// person's notes keep their order.
    @Test func twoListsNamingOnePersonDoNotUndoEachOther() throws {
        let e = try setUp()
        let header = "姓名,单位,手机,分论坛,备注\n"
        let sichuan = header + "李娜,绵竹职业学院,13900000301,分论坛三,四川省报\n"
        let deyang = header + "李娜,绵竹职业学院,13900000301,分论坛五,德阳职院报\n"
        _ = try e.importList("四川省回执.csv", sichuan)
        _ = try e.importList("德阳职院回执.csv", deyang)
        #expect(try e.signups("李娜") == ["f3", "f5"])
        #expect(try e.only("李娜")["notes"] as? String == "四川省报；德阳职院报")
        for _ in 0..<2 {
            let first = try e.importList("四川省回执.csv", sichuan)
            let second = try e.importList("德阳职院回执.csv", deyang)
            #expect(first.hasSuffix("没有需要更改的：每一行都与活动中已有的记录一致\n"), "\(first)")
            #expect(second.hasSuffix("没有需要更改的：每一行都与活动中已有的记录一致\n"), "\(second)")
        }
        #expect(try e.signups("李娜") == ["f3", "f5"])
        #expect(try e.only("李娜")["notes"] as? String == "四川省报；德阳职院报")
        // A list still moves what it gave, and only that.
        _ = try e.importList("四川省回执.csv", header + "李娜,绵竹职业学院,13900000301,分论坛四,四川省报\n")
        #expect(try e.signups("李娜") == ["f5", "f4"])
    }

    @Test func oneListFiveTimes() throws {
        let e = try setUp()
        let header = "姓名,单位,手机,分论坛,民族,备注\n"
        // 1: the first copy.
        _ = try e.importList("回执汇总0513.csv", header + """
            张敏,绵竹职业学院,13900000202,分论坛一,汉族,素食
            李娜,绵竹职业学院,13900000301,分论坛三,回族,
            刘洋,绵竹职业学院,13900000401,分论坛二,,
            赵磊,广汉职业学院,13900000601,分论坛四,,

            """)
        #expect(try e.signups("李娜") == ["f3"])
        #expect(try e.only("张敏")["notes"] as? String == "素食；民族：汉族")
        // 2: 张敏's phone corrected, 李娜 moves to 分论坛五, 赵磊 sent again under another spelling
        // of the college and another phone.
        let second = try e.importList("回执汇总0514(2).csv", header + """
            张敏,绵竹职业学院,13900000299,分论坛一,汉族,手机号更正
            李娜,绵竹职业学院,13900000301,分论坛五,回族,清真餐
            刘洋,绵竹职业学院,13900000401,分论坛二,,
            赵磊,广汉职院,13900000602,分论坛四,,清真

            """)
        #expect(second.contains("张敏：手机 13900000202 → 13900000299；备注 素食；民族：汉族 → 手机号更正；民族：汉族\n"))
        #expect(second.contains("李娜：备注 民族：回族 → 清真餐；民族：回族；分论坛三 → 分论坛五\n"))
        #expect(try e.only("张敏")["phone"] as? String == "13900000299")
        #expect(try e.signups("李娜") == ["f5"])
        #expect(try e.people("赵磊").count == 2)
        // Staff merge the two 赵磊.
        let keys = try e.people("赵磊").map { $0["id"] as! String }.sorted()
        #expect(try confplan(["--db", e.db, "merge", keys[0], keys[1]]).status == 0)
        #expect(try e.only("赵磊")["phone"] as? String == "13900000601")
        // 3: the same copy again: the merge sticks, nothing changes.
        let third = try e.importList("回执汇总0515.csv", header + """
            张敏,绵竹职业学院,13900000299,分论坛一,汉族,手机号更正
            李娜,绵竹职业学院,13900000301,分论坛五,回族,清真餐
            刘洋,绵竹职业学院,13900000401,分论坛二,,
            赵磊,广汉职院,13900000602,分论坛四,,清真

            """)
        #expect(third.contains("没有需要更改的：每一行都与活动中已有的记录一致"))
        #expect(try e.people("赵磊").count == 1)
        // 4: 刘洋 cancelled, 李娜's sub-forum cleared, withdrawn on request.
        let fourth = try e.importList("回执汇总0516.csv", header + """
            张敏,绵竹职业学院,13900000299,分论坛一,汉族,手机号更正
            李娜,绵竹职业学院,13900000301,,回族,清真餐
            赵磊,广汉职院,13900000602,分论坛四,,清真

            """, ["--withdraw-missing"])
        #expect(fourth.contains("取消报名（此前导入的本名单中有、本次没有）：刘洋 (z"))
        #expect(try e.signups("刘洋") == nil)
        #expect(try e.signups("李娜") == [])
        #expect(try e.only("李娜")["notes"] as? String == "清真餐；民族：回族")
        // 5: the same copy once more: nothing to change, and it is so.
        let fifth = try e.importList("回执汇总0517.csv", header + """
            张敏,绵竹职业学院,13900000299,分论坛一,汉族,手机号更正
            李娜,绵竹职业学院,13900000301,,回族,清真餐
            赵磊,广汉职院,13900000602,分论坛四,,清真

            """)
        #expect(fifth.contains("没有需要更改的：每一行都与活动中已有的记录一致"))
        #expect(try e.people("张敏").count == 1 && e.people("李娜").count == 1 && e.people("赵磊").count == 1)
        #expect(try e.only("张敏")["notes"] as? String == "手机号更正；民族：汉族")
    }
}
