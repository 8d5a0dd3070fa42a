import Interchange
import Testing
import PlanningCore
@testable import TerminalUI

@Suite struct NamesAndNumberingTests {
    /// 曾 is zēng and 覃 qín as surnames: search finds them by either reading, and they sort there.
    @Test func surnamesReadAsSurnames() {
        let py = Pinyin.shared
        #expect(py.nameSearchKey("曾永涛").contains("zyt") && py.nameSearchKey("曾永涛").contains("zengyongtao"))
        #expect(py.nameSearchKey("覃勇杰").contains("qyj"))
        #expect(py.nameSearchKey("曾永涛").contains("\u{1}cyt"), "the usual reading still matches")
        let names = ["张三", "曾永涛", "王芳", "覃勇杰", "尉迟敬德", "李明"]
        #expect(names.sorted { py.nameSortKey($0) < py.nameSortKey($1) } == ["李明", "覃勇杰", "王芳", "尉迟敬德", "曾永涛", "张三"])
        #expect(py.nameSearchKey("曾").contains("ceng"), "a one-character name has no surname to read apart")
    }

    @Test func slashFindsAPersonByTheSurnameReading() throws {
        var s = try app()
        s.handle(.char("4"))
        s.handle(.char("/"))
        s.type("zmj")
        s.handle(.enter)
        #expect(s.selectedRow.map { AttendeesPane.person(s.state, $0).name } == "曾明菊")
        s.handle(.char("3"))
        for (query, name) in [("zyt", "曾永涛"), ("qyj", "覃勇杰")] {
            s.handle(.char("/"))
            s.type(query)
            s.handle(.enter)
            #expect(s.selectedRow.map { s.plan.people[$0].name } == name)
        }
    }

    /// The track picker and the sessions sorted by track follow the numbering: 九 before 十.
    @Test func tracksFollowTheirNumbering() throws {
        var s = try app(width: 160, height: 50)
        s.handle(.char("5"))
        s.handle(.char("t"))
        guard case .form(let form) = s.mode else { Issue.record("no track picker"); return }
        let tracks = form[OnlyField.only].choices.map(\.label).filter { $0.hasPrefix("分论坛") }
        #expect(tracks == ["分论坛一", "分论坛二", "分论坛三", "分论坛四", "分论坛五", "分论坛六", "分论坛七", "分论坛八", "分论坛九", "分论坛十"])
    }
}
