import Testing
@testable import Codecs
@testable import Interchange
import PlanningCore

/// Codecs sees no PlanningCore: the few rules it shares with it are kept twice, and held equal here.
@Suite struct CodecSeamTests {
    /// The file-problem book says in code-keyed tables what the phrasebook says by `Language`,
    /// with `%N` filled in the same way.
    @Test func fileTextSaysTheSameByCodeAndByLanguage() {
        let args = ["a.csv", "7", "%3 stays"]
        for lang in Language.allCases {
            #expect(FileWords.missing(in: lang).isEmpty, "\(lang): \(FileWords.missing(in: lang))")
            for phrase in FileWords.allCases {
                #expect(phrase.text(code: lang.rawValue, arguments: args) == phrase.text(lang, arguments: args))
            }
        }
        let e = InputError(file: "l.csv", line: 3, field: "手机", .column, "2")
        #expect(e.text(.zh) == e.text(code: "zh") && e.description == e.text(.en))
    }

    /// The lone-Han test of text decoding and the core's folding agree on every scalar.
    @Test func hanIsHanOnBothSides() {
        var differ: [UInt32] = []
        for v in UInt32(0)...0x3_2000 {
            guard let u = Unicode.Scalar(v) else { continue }
            if TextDecoding.isHan(u) != TextFolding.isHan(Character(u)) { differ.append(v) }
        }
        #expect(differ.isEmpty, "\(differ.prefix(5))")
    }
}
