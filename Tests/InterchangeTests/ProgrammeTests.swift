import Foundation
import Testing
@testable import Codecs
@testable import Print
@testable import Workbook
@testable import Interchange
import PlanningCore
import TestSupport

/// The programme of each sample, compared with a reviewed copy under `Golden/`. After an
/// intended change, run the tests once with CONFPLAN_UPDATE_GOLDEN=1 and review the diff.
@Suite struct ProgrammeTests {
    static let widths = [60, 80, 120]

    static func programme(_ url: URL, width: Int, language: Language = .zh) throws -> String {
        let plan = try EventFile.read([UInt8](Data(contentsOf: url)), file: url.lastPathComponent)
        let marked = Set(ConflictEngine.check(plan).filter { $0.severity != .info }.flatMap(\.sessions))
        return Programme(plan: plan, options: Programme.Options(language: language, width: width, marked: marked)).text()
    }

    @Test(arguments: sampleFiles())
    func matchesTheReviewedProgrammeAtEveryWidth(_ url: URL) throws {
        for width in Self.widths {
            let text = try Self.programme(url, width: width)
            let name = url.deletingPathExtension().lastPathComponent + "-\(width).txt"
            let golden = repoRoot.appendingPathComponent("Tests/InterchangeTests/Golden/" + name)
            try compareWithGoldenCopy(text, golden)
        }
    }

    /// The English programme and `check`'s report in both languages, each against its reviewed
    /// copy (`Golden/<sample>-en-80.txt`, `Golden/<sample>-check-zh.txt`, `-check-en.txt`).
    @Test(arguments: sampleFiles())
    func theProgrammeInEnglishAndTheCheckInBothLanguagesMatchTheirReviewedCopies(_ url: URL) throws {
        let plan = try EventFile.read([UInt8](Data(contentsOf: url)), file: url.lastPathComponent)
        let findings = FindingPolicy().report(ConflictEngine.check(plan), in: plan)
        let base = url.deletingPathExtension().lastPathComponent
        let outputs = [
            (base + "-en-80.txt", try Self.programme(url, width: 80, language: .en)),
            (base + "-check-zh.txt", FindingReport(plan: plan, findings: findings, language: .zh).text()),
            (base + "-check-en.txt", FindingReport(plan: plan, findings: findings, language: .en).text()),
        ]
        for (name, text) in outputs {
            let golden = repoRoot.appendingPathComponent("Tests/InterchangeTests/Golden/" + name)
            try compareWithGoldenCopy(text, golden)
        }
    }

    @Test(arguments: sampleFiles())
    func noLineIsWiderThanTheWidthInEitherLanguage(_ url: URL) throws {
        for width in [40, 60, 80, 120] {
            for language in [Language.zh, .en] {
                let text = try Self.programme(url, width: width, language: language)
                for line in text.split(separator: "\n") {
                    #expect(DisplayWidth.of(line) <= width, "\(url.lastPathComponent) at \(width): \(line)")
                }
                #expect(!text.contains("\u{FFFD}"))
            }
        }
    }

    @Test func sameInputSameBytes() throws {
        let url = sampleFiles()[0]
        #expect(try Self.programme(url, width: 80) == Self.programme(url, width: 80))
    }

    @Test func longTitlesWrapWithAHangingIndentAtCharacterBoundaries() {
        var plan = EventPlan(event: Event(key: "w", uid: StableUID.make("w"), name: "测试", firstDay: LocalDate(iso: "2026-05-14")!,
                                          lastDay: LocalDate(iso: "2026-05-14")!))
        plan.sites = [Site(id: ID(1), key: "h", uid: StableUID.make("h"), name: "宾馆")]
        plan.rooms = [Room(id: ID(1), key: "r", uid: StableUID.make("r"), site: ID(1), name: "一号厅", capacity: 10)]
        plan.sessions = [Session(id: ID(1), key: "s", uid: StableUID.make("s"), title: String(repeating: "职业教育产教融合", count: 6),
                                 kind: .keynote, room: ID(1), start: LocalDateTime(iso: "2026-05-14T09:00"), end: LocalDateTime(iso: "2026-05-14T10:00"),
                                 languages: ["de", "zh"])]
        let text = Programme(plan: plan, options: Programme.Options(width: 60)).text()
        let lines = text.split(separator: "\n").map(String.init)
        let head = lines.firstIndex { $0.hasPrefix("09:00–10:00  职业教育") }!
        // 47 cells of title fit after the 13-cell time column: 23 characters, then the rest
        // continues under the title, broken between characters.
        #expect(lines[head] == "09:00–10:00  职业教育产教融合职业教育产教融合职业教育产教融")
        #expect(lines[head + 1] == String(repeating: " ", count: 13) + "合职业教育产教融合职业教育产教融合职业教育产教")
        #expect(lines.contains(String(repeating: " ", count: 13) + "语言：德语、中文（同声传译）"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
    }

    /// A confirmed session dated after the event's last day (a mistake `check` reports) is never
    /// dropped: every export the programme feeds shows it under its own date, marked.
    @Test func aSessionOutsideTheEventsDaysIsPrintedUnderItsOwnDateMarked() throws {
        var plan = samplePlan("deyang")
        let i = try #require(plan.sessions.firstIndex { $0.key == "press" })
        plan.sessions[i].start = LocalDateTime(date: LocalDate(year: 2026, month: 5, day: 17)!).adding(minutes: 10 * 60)
        plan.sessions[i].end = plan.sessions[i].start!.adding(minutes: 40)
        let zh = Programme(plan: plan, options: Programme.Options(language: .zh))
        let text = zh.text()
        #expect(text.contains("== 5月17日 星期日（会期外） =="))
        #expect(text.contains("10:00–10:40  新闻发布会"))
        var markdown = Programme.Options(language: .zh)
        markdown.format = .markdown
        #expect(Programme(plan: plan, options: markdown).render().contains("## 5月17日 星期日（会期外）\n\n### 10:00"))
        #expect(Programme(plan: plan, options: Programme.Options(language: .en)).text()
            .contains("== Sunday 17 May (outside the event's days) =="))
        #expect(zh.roomSheets().contains("5月17日 星期日（会期外）"))
        let ical = ICalendarExport(plan: plan, language: .zh, stamp: Date(timeIntervalSince1970: 0)).text()
        #expect(ical.contains("UID:ded04d26-7f36-867b-b00e-c1ee8c658ae4@confplan\r\nDTSTAMP:19700101T000000Z"
                              + "\r\nDTSTART;TZID=Asia/Shanghai:20260517T100000"))
        // Day 1 of the event is still day 1, and holds only its own sessions.
        #expect(!Programme(plan: plan, options: Programme.Options(day: 1)).text().contains("会期外"))
    }

    /// In a Chinese programme a name in another script is set apart from what follows it, and
    /// two Latin words of organisation and post by a comma: run on with spaces, a reader could
    /// not tell where `Nguyễn Thị Minh Khai` ends.
    @Test func aNameInAnotherScriptIsSetApartFromItsOrganisation() throws {
        var plan = samplePlan("deyang")
        let speakers = plan.roles.map(\.person)
        let (a, b) = (speakers[0], speakers.first { $0 != speakers[0] }!)
        for i in plan.people.indices where plan.people[i].id == a {
            (plan.people[i].name, plan.people[i].organisation, plan.people[i].title) =
                ("Nguyễn Thị Minh Khai", "Bộ Giáo dục và Đào tạo", "Vụ trưởng")
        }
        for i in plan.people.indices where plan.people[i].id == b {
            (plan.people[i].name, plan.people[i].organisation, plan.people[i].title) =
                ("Thomas Müller", "慕尼黑职业学校", "Schulleiter")
        }
        let text = Programme(plan: plan, options: Programme.Options(language: .zh, width: 400)).text()
        #expect(text.contains("Nguyễn Thị Minh Khai · Bộ Giáo dục và Đào tạo, Vụ trưởng"), "\(text)")
        #expect(text.contains("Thomas Müller · 慕尼黑职业学校 Schulleiter"), "\(text)")
    }

    @Test func filtersByDayTrackAndPerson() throws {
        let plan = try EventFile.read([UInt8](Data(contentsOf: sampleFiles().first { $0.lastPathComponent.hasPrefix("deyang") }!)), file: "d.json")
        let day2 = Programme(plan: plan, options: Programme.Options(day: 2)).text()
        #expect(day2.contains("5月15日") && !day2.contains("5月14日 星期四"))
        let track = Programme(plan: plan, options: Programme.Options(track: "分论坛一")).text()
        #expect(track.contains("分论坛一：现代职业教育体系建设") && !track.contains("开幕式"))
        let kong = plan.people.first { $0.name == "孔博华" }!
        let own = Programme(plan: plan, options: Programme.Options(person: kong.id)).text()
        #expect(own.contains("个人日程：孔博华"))
        #expect(own.contains("分论坛一：现代职业教育体系建设") && own.contains("圆桌对话"))
        #expect(!own.contains("开幕式"))
    }

    @Test func changesSinceAnEarlierProgrammeOrEventFile() throws {
        let url = sampleFiles().first { $0.lastPathComponent.hasPrefix("deyang") }!
        let before = try EventFile.read([UInt8](Data(contentsOf: url)), file: "d.json")
        var after = before
        let i = after.sessions.firstIndex { $0.title == "开幕式" }!
        after.sessions[i].start = after.sessions[i].start!.adding(minutes: 30)
        after.sessions[i].end = after.sessions[i].end!.adding(minutes: 30)
        after.sessions.removeAll { $0.title == "新闻发布会" }
        let options = Programme.Options()
        let printed = Programme(plan: before, options: options).text()
        var now = ChangeList.entries(after, options: options)
        for k in now.indices { now[k].uid = nil }
        let fromText = ChangeList(before: ChangeList.entries(programme: printed, language: .zh), after: now)
        let text = fromText.text(since: "old.txt", language: .zh)
        #expect(text.contains("调整  开幕式：5月14日 星期四 09:00–09:40 一号会议厅（德阳旌湖宾馆） → 5月14日 星期四 09:30–10:10 一号会议厅（德阳旌湖宾馆）"))
        #expect(text.contains("取消  新闻发布会"))
        #expect(fromText.changes.count == 2, "\(text)")
        let fromFile = ChangeList(before: ChangeList.entries(before, options: options), after: ChangeList.entries(after, options: options))
        #expect(fromFile.changes.count == 2)
    }

    /// Speakers and VIPs care about more than times: their name added to a panel, a title that
    /// changed, a role that went to someone else. From a printed programme and from an event file.
    @Test func changesSinceFindRenamesAndRoleChanges() throws {
        let url = sampleFiles().first { $0.lastPathComponent.hasPrefix("hangzhou") }!
        let before = try EventFile.read([UInt8](Data(contentsOf: url)), file: "h.json")
        var after = before
        let k2 = after.sessions.first { $0.key == "k2" }!.id, rt1 = after.sessions.first { $0.key == "rt1" }!.id
        after.sessions[after.sessions.firstIndex { $0.id == k2 }!].title = "主旨报告：教学改革新成果"
        let cn5 = after.people.first { $0.key == "cn5" }!.id, cn7 = after.people.first { $0.key == "cn7" }!.id
        let sp10 = after.people.first { $0.key == "sp10" }!.id
        after.roles.append(SessionRole(session: rt1, person: cn5, role: .panelist))   // a new panelist
        after.roles.removeAll { $0.session == rt1 && $0.person == sp10 }               // one dropped
        after.roles.removeAll { $0.session == rt1 && $0.person == cn7 }                // moderator changes hands
        after.roles.append(SessionRole(session: rt1, person: sp10, role: .moderator))
        let options = Programme.Options()
        let printed = Programme(plan: before, options: options).text()
        var now = ChangeList.entries(after, options: options)
        for k in now.indices { now[k].uid = nil }
        let expected = """
            更名  主旨报告：教学改革试验成果 → 主旨报告：教学改革新成果：10月23日 星期四 10:15–11:00 黄龙厅（杭州黄龙饭店）
            人员  圆桌对话：校企双元育人的本土化：对话主持 新增许平轩 佛山市教育局副司长；不再担任：汤涛 浙江省教育科学研究院研究员
            人员  圆桌对话：校企双元育人的本土化：对话嘉宾 新增秦君 浙江机电职业技术大学教授；不再担任：许平轩 佛山市教育局副司长

            """
        let fromText = ChangeList(before: ChangeList.entries(programme: printed, language: .zh), after: now)
        #expect(fromText.text(since: "old.txt", language: .zh) == "与 old.txt 相比的变动：2 处\n" + expected)
        let fromFile = ChangeList(before: ChangeList.entries(before, options: options), after: ChangeList.entries(after, options: options))
        #expect(fromFile.text(since: "old.json", language: .zh) == "与 old.json 相比的变动：2 处\n" + expected)
    }

    /// A programme printed before the rules became `=` and the host 主持 (`━━` rules, `主办`, a
    /// moderator as `主持人`) is read back as the same programme: nothing is listed as changed.
    @Test func anOlderProgrammesRulesAndRoleWordsStillRead() throws {
        let url = sampleFiles().first { $0.lastPathComponent.hasPrefix("deyang") }!
        let plan = try EventFile.read([UInt8](Data(contentsOf: url)), file: "d.json")
        let options = Programme.Options()
        let printed = Programme(plan: plan, options: options).text()
        let older = printed.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("== ") else {
                return line.replacingOccurrences(of: "对话主持：", with: "主持人：")
                    .replacingOccurrences(of: "主持：", with: "主办：")
            }
            return "━━ " + line.dropFirst(3).replacingOccurrences(of: "=", with: "━")
        }.joined(separator: "\n")
        #expect(older != printed)
        let list = ChangeList(before: ChangeList.entries(programme: older, language: .zh),
                              after: ChangeList.entries(plan, options: options))
        #expect(list.changes.count == 0)
    }
}

@Suite struct ExportTextTests {
    @Test func everyExportTextExistsInBothLanguages() {
        for lang in Language.allCases {
            #expect(ExportWords.missing(in: lang).isEmpty, "\(lang): \(ExportWords.missing(in: lang))")
            #expect(NoticeWords.missing(in: lang).isEmpty, "\(lang): \(NoticeWords.missing(in: lang))")
            #expect(SeatingWords.missing(in: lang).isEmpty, "\(lang): \(SeatingWords.missing(in: lang))")
            #expect(MergeWords.missing(in: lang).isEmpty, "\(lang): \(MergeWords.missing(in: lang))")
            #expect(LanguageName.missing(in: lang).isEmpty, "\(lang)")
            #expect(LayoutWords.missing(in: lang).isEmpty, "\(lang): \(LayoutWords.missing(in: lang))")
            #expect(SummaryWords.missing(in: lang).isEmpty, "\(lang): \(SummaryWords.missing(in: lang))")
            #expect(AttendeeField.missing(in: lang).isEmpty, "\(lang): \(AttendeeField.missing(in: lang))")
        }
    }

    /// English counts take their plural: `1 error · 2 warnings`, never `1 errors`.
    @Test func theSummaryCountsInWords() throws {
        let plan = samplePlan("deyang")
        let f = { (s: Severity) in FindingPolicy().report([Finding(code: .unplaced, severity: s)], in: plan)[0] }
        #expect(FindingReport.summary([f(.error), f(.warning), f(.warning)], .en) == "1 error · 2 warnings · 0 info")
        #expect(FindingReport.summary([f(.error), f(.error)], .zh, brief: true) == "2 个错误 · 0 个警告")
    }
}
