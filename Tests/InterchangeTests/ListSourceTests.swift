import Testing
import Interchange

@Suite struct ListSourceTests {
    /// Copies of one list as offices name them are one source; a name that is only a date stays.
    @Test(arguments: [
        ("回执汇总0513(2).xlsx", "回执汇总"), ("/tmp/回执汇总0514.xlsx", "回执汇总"), ("0515回执汇总-副本.csv", "回执汇总"),
        ("回执汇总5月13日（3）.xlsx", "回执汇总"), ("回执汇总_v2_最终版.xlsx", "回执汇总"), ("回执汇总 2026-05-13.csv", "回执汇总"),
        ("参会回执.xlsx", "参会回执"), ("20260513.csv", "20260513"), ("名单final.xlsx", "名单"),
        ("回执汇总0513-rejects.csv", "回执汇总"), ("回执汇总_未导入行.xlsx", "回执汇总"),
    ])
    func copiesOfOneListAreOneSource(_ file: String, _ source: String) {
        #expect(ListSource.name(ofFile: file) == source)
    }
}
