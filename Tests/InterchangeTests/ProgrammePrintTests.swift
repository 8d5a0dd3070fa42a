import Foundation
import Testing
import TestSupport
@testable import Print
@testable import Interchange
import PlanningCore

/// The programme as a PDF (A4, A5) and as a long image, drawn by Typeset, read back by poppler
/// (Debian poppler-utils; `.ci/run` installs it).
@Suite struct ProgrammePrintTests {
    /// Released once, so the programme carries its stamp.
    static func programme(_ sample: String) throws -> ProgrammePrint {
        let plan = samplePlan(sample)
        var options = Programme.Options(language: plan.event.language)
        let release = Release(number: 1, name: "", note: "", at: "2026-05-10T01:00:00Z", by: "王",
                              sessions: plan.releasedSessions())
        options.releases = ReleaseHistory([release], now: plan.releasedSessions())
        return Programme(plan: plan, options: options).printed()
    }

    /// pdftotext breaks lines where the PDF does (a long title wraps), so text is compared without spaces.
    static func squeezed(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }) }

    @Test(.enabled(if: Shell.has("pdftotext") && Shell.has("pdffonts"), "poppler-utils absent"),
          arguments: PrintTests.samples)
    func everySessionTitleIsInThePDFWithItsFontsEmbedded(_ sample: String) throws {
        let plan = samplePlan(sample)
        let programme = try Self.programme(sample)
        let file = try Shell.write(try programme.pdf(paper: .a4).bytes, as: "pdf")
        defer { Shell.remove(file) }
        let text = Self.squeezed(try Shell.run("pdftotext", ["-layout", file, "-"]))
        let missing = plan.sessions.map(\.title).filter { !text.contains(Self.squeezed($0)) }
        #expect(missing == [])
        #expect(text.contains(Self.squeezed(try #require(programme.stamp))))
        #expect(text.contains(Self.squeezed(programme.days[0].heading)))
        let fonts = try Shell.run("pdffonts", [file]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        // Columns: name, type, encoding, then emb, sub, uni: the type may be two words ("CID Type 0C").
        let unembedded = fonts.filter { line in
            let words = line.split(separator: " ")
            return words.count < 6 || words[words.count - 5] != "yes"
        }
        #expect(unembedded == [])
    }

    @Test(.enabled(if: Shell.has("pdfinfo"), "poppler-utils absent"))
    func a5HasMorePagesOfTheSameProgramme() throws {
        let programme = try Self.programme("hangzhou")
        func pages(_ paper: ProgrammePrint.Paper) throws -> (count: Int, size: String) {
            let file = try Shell.write(try programme.pdf(paper: paper).bytes, as: "pdf")
            defer { Shell.remove(file) }
            let info = try Shell.run("pdfinfo", [file]).split(separator: "\n")
            func field(_ name: String) -> String {
                info.first { $0.hasPrefix(name + ":") }.map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
                    ?? ""
            }
            return (Int(field("Pages")) ?? 0, field("Page size"))
        }
        let a4 = try pages(.a4), a5 = try pages(.a5)
        #expect(a4.size == "595.276 x 841.89 pts (A4)" && a5.size == "419.528 x 595.276 pts")
        #expect(a4.count >= 2 && a5.count > a4.count)
    }

    /// A PNG (signature, header, end) of a phone's width at three pixels a point, as long as the programme.
    @Test func theImageIsAPNGAPhoneScreenWide() throws {
        let png = try Self.programme("hangzhou").png().bytes
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Array(png[12..<16]) == Array("IHDR".utf8))
        func number(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(number(16) == 1170)
        #expect(number(20) > 3 * 1170)
        #expect(Array(png.suffix(8).prefix(4)) == Array("IEND".utf8))
    }
}
