import Foundation
import Testing
import Interchange
import PlanningCore
@testable import TerminalUI
import TestSupport

/// The desk's screens as staff see them (issue 34): whole screens at 80×24 and 120×36 in both
/// languages, and what each screen must and must not show.
@Suite struct DeskScreenTests {
    static let plan = samplePlan()
    /// 08:30 on the first day in 德阳.
    static let opened = Date(timeIntervalSince1970: 1_778_718_600)

    func desk(_ language: Language = .zh, _ width: Int = 80, _ height: Int = 24, plan: EventPlan = plan) -> DeskState {
        var d = DeskState(plan: plan, desk: language == .zh ? "一号台" : "Desk 1", session: nil, language: language,
                          now: Self.opened)
        _ = d.receive(.key(.resize(width: width, height: height)))
        return d
    }

    /// The sample with some of the desk's people (by their place at the desk) renamed.
    func renamed(_ names: [Int: String]) -> EventPlan {
        var plan = Self.plan
        let people = desk().index.people
        for (place, name) in names {
            let at = plan.people.firstIndex { $0.id == people[place].id }!
            plan.people[at].name = name
        }
        return plan
    }

    func type(_ text: String, _ d: inout DeskState) { for c in text { _ = d.receive(.key(.char(c))) } }

    /// Three arrivals at another desk, so the counts and the chart have something to show.
    func someArrivals(_ d: inout DeskState) {
        let records = ["01:02", "01:06", "01:13"].enumerated().map { i, at in
            CheckIn(id: i + 1, person: d.index.people[i].id, at: "2026-05-14T\(at):00Z", desk: "二号台", by: "wu",
                    sequence: i + 1)
        }
        _ = d.receive(.taken(records, strangers: []))
    }

    func compare(_ screen: String, _ name: String) throws {
        let golden = repoRoot.appendingPathComponent("Tests/TerminalUITests/Snapshots/\(name).txt")
        try compareWithSnapshot(screen, golden)
    }

    /// A person found by initials and chosen, one item ticked; and at 80 columns Tab's counts.
    @Test(arguments: [Language.zh, .en])
    func theDeskAtTwoSizes(_ language: Language) throws {
        for (w, h) in [(80, 24), (120, 36)] {
            var d = desk(language, w, h)
            someArrivals(&d)
            type("tw", &d)
            _ = d.receive(.key(.down))
            _ = d.receive(.key(.function(1)))
            try compare(d.render().text, "desk-\(language)-\(w)x\(h)")
        }
        var d = desk(language)
        someArrivals(&d)
        _ = d.receive(.key(.tab))
        try compare(d.render().text, "desk-counts-\(language)-80x24")
    }

    /// At 80 columns the bottom line holds whole keys, the most needed first (Ctrl-D and Ctrl-C
    /// were cut off the end), and says Tab for the rest.
    @Test func theBottomLineHoldsWholeKeysAt80Columns() {
        let zh = desk(.zh).render().text.components(separatedBy: "\n").last
        #expect(zh == " Enter 签到 · Ctrl-N 现场报名 · Ctrl-D 撤销 · Ctrl-C 退出 · Tab 统计与按键")
        let en = desk(.en).render().text.components(separatedBy: "\n").last
        #expect(en == " Enter check in · Ctrl-N walk-in · Ctrl-D undo · Ctrl-C quit · Tab counts, keys")
    }

    /// A form's hints at 60 columns: whole ones, saving and leaving first (`↑↓ choose the
    /// category` was cut to `…`).
    @Test func theWalkInFormsHintsAreWhole() {
        var d = desk(.en, 60, 15)
        _ = d.receive(.key(.ctrl("n")))
        #expect(d.render().text.components(separatedBy: "\n").last == " Enter save · Tab next · Esc cancel")
    }

    /// Below 90 columns the side panel has no room: its arrivals, missing VIPs and chart are
    /// behind Tab, with every key; any character typed goes back to the search.
    @Test func theCountsAreBehindTabAt80Columns() {
        var d = desk(.zh)
        someArrivals(&d)
        #expect(!d.render().text.contains("未到贵宾"))
        _ = d.receive(.key(.tab))
        let panel = d.render().text
        #expect(panel.contains("未到贵宾") && panel.contains("每 10 分钟")
                && panel.contains("  姓名/首字母/手机/单位/扫码"))
        #expect(d.render().text.components(separatedBy: "\n")[0].hasSuffix("已到 3 / \(d.expectedCount)"))
        type("tw", &d)
        #expect(!d.render().text.contains("未到贵宾") && !d.found.isEmpty)
    }

    /// At 160×45 a missing VIP's phone is never cut; their name and organisation are, with `…`.
    @Test func aMissingVIPsPhoneIsWhole() throws {
        var plan = Self.plan
        let vip = try #require(desk(.zh, 160, 45).missingVIPs.first)
        let at = try #require(plan.people.firstIndex { $0.id == vip.id })
        plan.people[at].name = "Prof. Dr. Hans-Jürgen Müller-Lüdenscheidt"
        plan.people[at].phone = "+49 171 2345678"
        let d = desk(.zh, 160, 45, plan: plan)
        let row = try #require(d.render().text.components(separatedBy: "\n").first { $0.contains("Prof. Dr. Hans") })
        #expect(row.hasSuffix("…" + " +49 171 2345678"), "\(row)")
    }

    /// The banner keeps a blank column before the panel's rule, so a terminal that draws ✔ wide
    /// does not push it onto the panel.
    @Test func theSuccessBannerStaysOffThePanel() throws {
        var d = desk(.zh, 160, 45)
        let p = d.index.people[3]
        let record = CheckIn(id: 1, person: p.id, at: "2026-05-14T01:12:00Z", desk: "一号台", by: "lin", sequence: 1)
        _ = d.receive(.checkedIn(p.id, .success(.done(record))))
        let g = d.render()
        let rule = 160 - d.sideWidth - 1
        for y in 3...5 {
            #expect(g[rule, y].character == "│" && !g[rule - 1, y].style.reverse, "row \(y)")
        }
    }

    /// LANG decides the desk's language as it does every screen's; the English desk has no
    /// Chinese but the event's own data (names, organisations, titles, places, the desk's name).
    @Test func theEnglishDeskHasNoChineseButData() throws {
        let data = Self.plan.people.flatMap { [$0.name, $0.organisation, $0.title] }
            + Self.plan.sessions.map(\.title) + Self.plan.rooms.map(\.name)
            + [Self.plan.event.name, Self.plan.event.shortestName] + Self.plan.event.checkInItems.values.flatMap { $0 }
            + ["二号台", "记者"]  // the other desk's name, and the category typed into the walk-in form
        var screens: [String] = []
        for (w, h) in [(80, 24), (120, 36)] {
            var d = desk(.en, w, h)
            someArrivals(&d)
            screens.append(d.render().text)
            _ = d.receive(.key(.tab))
            screens.append(d.render().text)
            // A speaker with sessions today: the sessions are listed, joined in English.
            let speaker = try #require(d.index.people.indices.first {
                d.todaysSessions(d.index.people[$0].id).count > 1
            })
            type(d.index.people[speaker].name, &d)
            screens.append(d.render().text)
            _ = d.receive(.key(.ctrl("u")))
            _ = d.receive(.key(.ctrl("n")))
            for _ in 0..<3 { _ = d.receive(.key(.tab)) }
            type("记者", &d)
            _ = d.receive(.key(.enter))
            screens.append(d.render().text)
        }
        for screen in screens {
            for run in Self.chineseRuns(screen) {
                #expect(data.contains { $0.contains(run) }, "“\(run)” in\n\(screen)")
            }
        }
    }

    /// The runs of Chinese characters and punctuation in a text.
    static func chineseRuns(_ text: String) -> [String] {
        var runs: [String] = [], run = ""
        for s in text.unicodeScalars {
            if s.isHan || (0x3000...0x303F).contains(s.value) || (0xFF00...0xFFEF).contains(s.value) {
                run.unicodeScalars.append(s)
            } else if !run.isEmpty {
                runs.append(run)
                run = ""
            }
        }
        return run.isEmpty ? runs : runs + [run]
    }

    /// A success's banner goes after five seconds on the desk's clock, back to the empty search.
    @Test func theSuccessBannerGoesAfterFiveSeconds() throws {
        var d = desk(.zh, 110, 32)
        let p = d.index.people[3]
        for c in CheckInCode.of(uid: p.uid) { _ = d.receive(.key(.char(c))) }
        let record = CheckIn(id: 1, person: p.id, at: "2026-05-14T00:30:00Z", desk: "一号台", by: "lin", sequence: 1)
        _ = d.receive(.checkedIn(p.id, .success(.done(record))))
        _ = d.receive(.time(Self.opened.addingTimeInterval(4.9)))
        #expect(d.render().text.contains(DisplayWidth.spread("✔ \(p.name) 签到成功", name: p.name)))
        _ = d.receive(.time(Self.opened.addingTimeInterval(5)))
        #expect(d.flash == nil && d.query.isEmpty && !d.render().text.contains(p.name))
    }

    /// The banner sets the Chinese characters of a name apart and leaves the rest as written:
    /// Latin words, punctuation and figures were spread letter by letter (`Dr .   Hans - Peter`,
    /// `badge   0 2 7 5`).
    @Test(arguments: [Language.zh, .en])
    func theBannerSpreadsOnlyAChineseName(_ language: Language) throws {
        let plan = renamed([3: "Dr. Hans-Peter Müller", 4: "刘静丽"])
        let expected: [Language: [String]] = [
            .zh: ["✔ 刘 静 丽 签到成功", "✔ Dr. Hans-Peter Müller 签到成功"],
            .en: ["✔ 刘 静 丽 checked in", "✔ Dr. Hans-Peter Müller checked in"],
        ]
        for (name, banner) in zip(["刘静丽", "Dr. Hans-Peter Müller"], expected[language]!) {
            var d = desk(language, 120, 36, plan: plan)
            let p = try #require(d.index.people.first { $0.name == name })
            let record = CheckIn(id: 1, person: p.id, at: "2026-05-14T00:30:00Z", desk: "一号台", by: "lin",
                                 sequence: 1)
            _ = d.receive(.checkedIn(p.id, .success(.done(record))))
            let row = d.render().text.components(separatedBy: "\n")[4]
            #expect(row.components(separatedBy: "│")[0].trimmingCharacters(in: .whitespaces) == banner, "\(row)")
        }
    }

    /// The next keystroke takes the banner down too (the next person's name starts at once).
    @Test func theNextKeyTakesTheBannerDown() {
        var d = desk(.zh, 110, 32)
        let p = d.index.people[3]
        let record = CheckIn(id: 1, person: p.id, at: "2026-05-14T00:30:00Z", desk: "一号台", by: "lin", sequence: 1)
        _ = d.receive(.checkedIn(p.id, .success(.done(record))))
        _ = d.receive(.key(.down))
        #expect(d.flash == nil)
    }

    /// A scanner that ends a code with CR LF sends a second Enter on the emptied input: the
    /// banner stays for it.
    @Test func aScannersSecondEnterLeavesTheBanner() {
        var d = desk(.zh, 110, 32)
        let p = d.index.people[3]
        type(CheckInCode.of(uid: p.uid), &d)
        let effects = d.receive(.key(.enter))
        #expect(effects.count == 1)
        let record = CheckIn(id: 1, person: p.id, at: "2026-05-14T00:30:00Z", desk: "一号台", by: "lin", sequence: 1)
        _ = d.receive(.checkedIn(p.id, .success(.done(record))))
        #expect(d.receive(.key(.enter)) == [])
        #expect(d.flash?.text == "✔ \(p.name) 签到成功")
    }

    /// After “already checked in” the scanned code is gone from the input: the next name typed
    /// is searched alone.
    @Test func anAlreadyScanClearsTheInput() {
        var d = desk(.zh, 110, 32)
        let p = d.index.people[3]
        let code = CheckInCode.of(uid: p.uid)
        type(code, &d)
        _ = d.receive(.key(.enter))
        let record = CheckIn(id: 1, person: p.id, at: "2026-05-14T00:30:00Z", desk: "二号台", by: "wu", sequence: 1)
        _ = d.receive(.checkedIn(p.id, .success(.already(record))))
        type("tw", &d)
        #expect(d.query == "tw")
    }

    /// A scanned code shows its person with the category's pack ticked before Enter records it,
    /// and Enter records the ticks on screen (an item unticked is not recorded as handed over).
    @Test func aScanShowsTheTicksEnterRecords() {
        var d = desk(.zh, 110, 32)
        let p = d.index.people[5]
        type(CheckInCode.of(uid: p.uid), &d)
        let screen = d.render().text
        #expect(screen.contains("领取：F1 [✓] 参会证  F2 [✓] 资料袋"), "\(screen)")
        #expect(screen.contains("Enter 记录：签到，领取 参会证、资料袋"), "\(screen)")
        _ = d.receive(.key(.function(2)))
        #expect(d.render().text.components(separatedBy: "\n")
            .contains { $0.hasPrefix("  Enter 记录：签到，领取 参会证 ") })
        #expect(d.receive(.key(.enter)) == [.checkIn(p.id, items: ["参会证"])])
    }

    /// A search with nothing ticked says so before Enter.
    @Test func aSearchShowsThatNothingIsHandedOver() {
        var d = desk(.zh, 110, 32)
        type("tw", &d)
        #expect(d.render().text.contains("Enter 记录：签到，未领取物品"))
    }

    /// Letters that match inside check-in codes: the row found only so shows the code.
    @Test func aMatchInsideACodeSaysSo() throws {
        var d = desk(.zh, 110, 32)
        let p = d.index.people[5]
        let code = CheckInCode.of(uid: p.uid)
        // The person's row in the list (their details below start with two spaces).
        func row() -> String? {
            d.render().text.components(separatedBy: "\n").first { $0.hasPrefix(" " + p.name + " ") }
        }
        type(String(code.prefix(3)).lowercased(), &d)
        #expect(try #require(row()).contains("签到码 \(code)"))
        _ = d.receive(.key(.ctrl("u")))
        type(p.name, &d)
        #expect(try #require(row()).contains("签到码") == false)
    }

    /// Ctrl-N: the category is picked from the event's, narrowed as it is typed; `媒` is 媒体,
    /// stored as the press category, not a new one.
    @Test func aWalkInsCategoryIsPicked() {
        var d = desk(.zh, 110, 32)
        type("马晓", &d)
        _ = d.receive(.key(.ctrl("n")))
        for _ in 0..<3 { _ = d.receive(.key(.tab)) }
        type("媒", &d)
        #expect(d.render().text.contains("› 媒体"))
        var row = AttendeeRow(line: 1)
        (row.name, row.category) = ("马晓", "press")
        #expect(d.receive(.key(.enter)) == [.walkIn(row)])
    }

    /// A category the event does not have is taken only at a second Enter, after the desk says so.
    @Test func aNewCategoryNeedsASecondEnter() {
        var d = desk(.zh, 110, 32)
        type("马晓", &d)
        _ = d.receive(.key(.ctrl("n")))
        for _ in 0..<3 { _ = d.receive(.key(.tab)) }
        type("记者", &d)
        #expect(d.receive(.key(.enter)) == [])
        #expect(d.render().text.contains("“记者”不是本活动已有的类别：再按 Enter 新建此类别"))
        var row = AttendeeRow(line: 1)
        (row.name, row.category) = ("马晓", "记者")
        #expect(d.receive(.key(.enter)) == [.walkIn(row)])
    }

    /// `pr` in the English walk-in form: `press` starts with it, and comes before `company
    /// delegate` (whose stored code `enterprise-delegate` has a `pr` inside), which Enter took;
    /// at the Chinese desk too, where neither 媒体 nor 企业代表 starts with it.
    @Test(arguments: [Language.zh, .en])
    func aCategoryStartingWithWhatIsTypedComesFirst(_ language: Language) {
        var d = desk(language, 110, 32)
        type("Ünal Test", &d)
        _ = d.receive(.key(.ctrl("n")))
        for _ in 0..<3 { _ = d.receive(.key(.tab)) }
        type("pr", &d)
        #expect(d.form?.offered == ["press", "enterprise-delegate"])
        #expect(d.render().text.contains(language == .zh ? "› 媒体" : "› press"))
        var row = AttendeeRow(line: 1)
        (row.name, row.category) = ("Ünal Test", "press")
        #expect(d.receive(.key(.enter)) == [.walkIn(row)])
    }

    /// A word of a category's name that starts with what is typed comes before a name that has
    /// it inside: `de` is `delegate` and `company delegate` before anything else.
    @Test func aCategorysWordStartingWithWhatIsTypedComesNext() {
        var f = DeskForm.walkIn(name: "", categories: ["guest", "enterprise-delegate", "delegate"], language: .en)
        f.focus = DeskForm.categoryField
        f.values[DeskForm.categoryField] = "de"
        #expect(f.offered == ["delegate", "enterprise-delegate"])
    }

    /// The found list's names are whole while the row has room (`Dr. Hans-…` at 80×24, `Stefan
    /// Wa…` at 120×36 with 85 columns): the organisation gives way first.
    @Test(arguments: [(Language.zh, 80, 24), (.en, 120, 36)])
    func aNameIsWholeWhileTheRowHasRoom(_ language: Language, _ width: Int, _ height: Int) throws {
        var plan = renamed([3: "Dr. Hans-Peter Müller"])
        let at = try #require(plan.people.firstIndex { $0.name == "Dr. Hans-Peter Müller" })
        plan.people[at].organisation = "Staatliche Berufsschule für Fahrzeugtechnik München"
        var d = desk(language, width, height, plan: plan)
        type("hans-peter", &d)
        let row = try #require(d.render().text.components(separatedBy: "\n").first { $0.contains("Hans") })
        #expect(row.hasPrefix(" Dr. Hans-Peter Müller Staatliche Berufs"), "\(row)")
    }

    /// Column widths from the rows: the organisation is cut first, to eight cells, then the
    /// arrival at the row's end, then the category; the phone's tail and a code never.
    @Test func theFoundColumnsGiveWayInOrder() {
        let w = DeskState.foundColumns(name: 21, organisation: 40, category: 16, phone: 4, why: 0, status: 28,
                                       width: 60)
        #expect([w.name, w.organisation, w.category, w.phone, w.why] as [Int] == [21, 8, 13, 4, 0])
    }

    /// At 120×36 the missing VIPs take the rows the panel has (the list stopped at `… +3` above
    /// a dozen empty rows).
    @Test func theMissingVIPsUseThePanelsRows() throws {
        var plan = Self.plan
        for i in plan.people.indices { plan.people[i].vipLevel = 1 }
        let d = desk(.en, 120, 36, plan: plan)
        // 32 rows from row 2: 2 of counts, 5 categories, a gap, the VIPs' heading, 20 VIPs and
        // `… +n`, a gap, the chart's heading.
        let lines = d.render().text.components(separatedBy: "\n")
        #expect(lines[31].trimmingCharacters(in: .whitespaces).hasSuffix("│   … +\(d.missingVIPs.count - 20)"), "\(lines[31])")
    }
}
