import Foundation
import Testing
import Typeset
import TestSupport

/// Names whose letters a font draws as one glyph (the lam-alef ligature of Uyghur and Arabic, لا)
/// come back from the PDF's text exactly as written, in poppler and MuPDF. (PDFium's text API is
/// left out: it gives right-to-left text in an order of its own, part reading order and part the
/// page's, whatever the PDF says.)
@Suite struct PrintedLigaturesTests {
    static let names = ["ئابدۇرېھىم ئابدۇللا", "نۇرلان", "ئەلا", "ئاللاھ", "عبد الله", "Ffion Griffiths"]
    static let style = TextStyle(size: 14, minimumSize: 9, maxLines: 1)
    static func box(_ index: Int) -> Box { Box(x: 60, y: 30 + Double(index) * 40, width: 400, height: 30) }

    static let pdf = Result { () throws -> [UInt8] in
        let canvas = Canvas.pdf(title: "ligatures")
        canvas.startPage(.a4)
        for index in names.indices { canvas.text(names[index], in: box(index), style: style) }
        return try canvas.finish()
    }

    /// Poppler wraps right-to-left text in embedding marks of its own.
    static func unmarked(_ text: some StringProtocol) -> String {
        let marks = Set<Unicode.Scalar>(["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}"])
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !marks.contains($0) }))
    }

    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func pdftotextGivesBackEveryName() throws {
        let file = try Tool.write(Self.pdf.get())
        defer { Tool.remove(file) }
        let lines = try Tool.run("pdftotext", [file, "-"]).split(separator: "\n").filter { $0 != "\u{0C}" }
        #expect(lines.map(Self.unmarked) == Self.names)
    }

    /// MuPDF reads the ligature by the font's own mapping, U+FEFC; its compatibility form is لا.
    @Test(.enabled(if: Tool.has("mutool"), "mutool absent (Debian mupdf-tools)"))
    func mutoolGivesBackEveryName() throws {
        let file = try Tool.write(Self.pdf.get())
        defer { Tool.remove(file) }
        let lines = try Tool.run("mutool", ["draw", "-q", "-F", "txt", file]).split(separator: "\n")
            .filter { $0 != "\u{0C}" }
        #expect(lines.map { $0.precomposedStringWithCompatibilityMapping } == Self.names)
    }
}
