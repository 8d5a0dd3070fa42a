import Foundation
import Testing
import Typeset
import TestSupport

/// Guests' names in many scripts on one A4 page, checked by the tools a print shop and the guests'
/// readers use (Debian poppler-utils, mupdf-tools, ghostscript, and pypdfium2 from PyPI; `.ci/run`
/// installs them all, so a test skipped here runs in CI).
@Suite struct PrintedNamesTests {
    static let names = [
        "Łukasz Wróblewski",
        "Şükrü Öztürk (İstanbul)",
        "Nguyễn Thị Minh Khai",
        "김민준",
        "Олег Петров",
        "王𠮷",
        "髙橋一郎",
        "Thomas Müller（托马斯·穆勒）",
        "买买提·艾力",
        "ئابدۇرېھىم",
        "สมชาย ใจดี",
        "Γιώργος Παπαδόπουλος",
        "晗",
        "欧阳娜娜",
        // An Extension B character only HanaMin B has (a stand-in: no guest of ours has it yet).
        "陈𪚥",
        "中华人民共和国商务部对外投资和经济合作司境外经济贸易合作区建设与服务保障工作一处",
        "María de los Ángeles Fernández-Villaverde y Garcés",
    ]

    /// Two lines of 14 points in the CJK font's line height (1.448 em) fit the box's 44 points.
    static let style = TextStyle(size: 14, minimumSize: 9, maxLines: 2)

    /// Where each name is set, and a box left empty that every engine must show blank.
    static func box(_ index: Int) -> Box { Box(x: 60, y: 30 + Double(index) * 46, width: 290, height: 44) }
    static let blank = Box(x: 380, y: 30, width: 150, height: 780)

    struct Page: Sendable {
        let pdf: [UInt8]
        let fits: [TextFit]
    }

    static func page(date: String = "2026-05-12T09:00:00+08:00") throws -> Page {
        let canvas = Canvas.pdf(title: "names", date: date)
        canvas.startPage(.a4)
        let fits = names.indices.map { canvas.text(names[$0], in: box($0), style: style) }
        return Page(pdf: try canvas.finish(), fits: fits)
    }

    static let shared = Result { try page() }

    @Test func everyNameFitsWithEveryCharacterInAFont() throws {
        let page = try Self.shared.get()
        for (name, fit) in zip(Self.names, page.fits) {
            #expect(fit.fits, "\(name)")
            #expect(fit.missing == [], "\(name)")
        }
        // The two long ones take two lines at full size rather than shrinking; the rest one line.
        #expect(page.fits.map(\.size) == Self.names.map { _ in 14 })
        for (name, fit) in zip(Self.names, page.fits).dropLast(2) { #expect(fit.lines == [name]) }
        let ministry = page.fits[Self.names.count - 2].lines, spanish = page.fits[Self.names.count - 1].lines
        #expect(ministry.count == 2 && ministry.joined() == Self.names[Self.names.count - 2])
        #expect(spanish == ["María de los Ángeles Fernández-Villaverde y", "Garcés"])
    }

    @Test(.enabled(if: Tool.has("pdffonts"), "pdffonts absent (Debian poppler-utils)"))
    func everyFontIsEmbedded() throws {
        let file = try Tool.write(Self.shared.get().pdf)
        defer { Tool.remove(file) }
        let lines = try Tool.run("pdffonts", [file]).split(separator: "\n").map(String.init)
        // Columns as the dashed rule under the header marks them.
        let rule = try #require(lines.firstIndex { $0.hasPrefix("---") })
        let widths = lines[rule].split(separator: " ").map(\.count)
        let fonts = lines[(rule + 1)...].map { line in
            var columns: [String] = [], rest = Substring(line)
            for width in widths {
                columns.append(rest.prefix(width).trimmingCharacters(in: .whitespaces))
                rest = rest.dropFirst(width + 1)
            }
            return columns
        }
        // Cairo puts a font's WinAnsi letters in a subset of their own, so some are listed twice.
        #expect(Set(fonts.map { $0[0].split(separator: "+").last.map(String.init) ?? "" }) == [
            "HanaMinB", "NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansCJKsc-Regular", "NotoSansThai-Regular",
        ])
        for font in fonts { #expect(font[3] == "yes", "\(font[0]) not embedded") }
    }

    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func pdftotextGivesBackEveryName() throws {
        let page = try Self.shared.get()
        let file = try Tool.write(page.pdf)
        defer { Tool.remove(file) }
        for (index, fit) in page.fits.enumerated() {
            let box = Self.box(index)
            // Physical layout: poppler's reading order joins a line ending in a hyphen to the next
            // one, and its raw order takes Arabic letters one a line.
            let text = try Tool.run("pdftotext", ["-layout", "-r", "72", "-x", "\(Int(box.x))", "-y", "\(Int(box.y))",
                                                 "-W", "\(Int(box.width))", "-H", "\(Int(box.height))", file, "-"])
            // Poppler wraps right-to-left text in embedding marks (U+202B … U+202C) of its own.
            let marks = Set<Unicode.Scalar>(["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}"])
            let lines = text.split(separator: "\n").filter { $0 != "\u{0C}" }
                .map { String(String.UnicodeScalarView($0.unicodeScalars.filter { !marks.contains($0) })) }
            #expect(lines == fit.lines, "\(Self.names[index])")
        }
    }

    @Test(.enabled(if: Tool.has("pdftoppm"), "pdftoppm absent (Debian poppler-utils)"))
    func popplerDrawsEveryName() throws { try inked(by: "poppler") }

    @Test(.enabled(if: Tool.has("mutool"), "mutool absent (Debian mupdf-tools)"))
    func mupdfDrawsEveryName() throws { try inked(by: "mupdf") }

    @Test(.enabled(if: Tool.has("gs"), "gs absent (Debian ghostscript)"))
    func ghostscriptDrawsEveryName() throws { try inked(by: "ghostscript") }

    @Test(.enabled(if: Tool.hasPython("pypdfium2"), "pypdfium2 absent (pip install pypdfium2)"))
    func pdfiumDrawsEveryName() throws { try inked(by: "pdfium") }

    /// Ink in every name's box, and none in a box left blank, as `engine` renders the page at 50 dpi.
    func inked(by engine: String) throws {
        let file = try Tool.write(Self.shared.get().pdf)
        defer { Tool.remove(file) }
        let boxes = Self.names.indices.map(Self.box) + [Self.blank]
        let input = boxes.map { "1 \($0.x) \($0.y) \($0.width) \($0.height)" }.joined(separator: "\n")
        let counts = try Tool.run("python3", [Tool.script, engine, file, "50"], input: input)
            .split(separator: "\n").compactMap { Int($0) }
        #expect(counts.count == boxes.count)
        for (name, count) in zip(Self.names, counts) { #expect(count > 0, "\(engine): no ink for \(name)") }
        #expect(counts.last == 0, "\(engine): ink outside the names")
    }

    @Test(.enabled(if: Tool.has("mutool"), "mutool absent (Debian mupdf-tools)"))
    func noGlyphIsNotdef() throws {
        let file = try Tool.write(Self.shared.get().pdf)
        defer { Tool.remove(file) }
        let trace = try Tool.run("mutool", ["draw", "-F", "trace", "-o", "-", file])
        let glyphs = trace.split(separator: "\n").filter { $0.contains("<g ") }
        // Glyph 0 of every font, and of each subset Cairo writes, is .notdef.
        let notdef = glyphs.filter { $0.contains("glyph=\"0\"") || $0.contains("glyph=\".notdef\"") }
        #expect(glyphs.count > 200 && notdef.isEmpty, "\(notdef)")
    }

    /// Golden-file tests compare bytes: nothing of the time of the run may get into the file.
    @Test func theSameInputGivesTheSameBytes() throws {
        let first = try Self.page().pdf
        #expect(try Self.page().pdf == first)
        let other = try Self.page(date: "2026-05-13T10:30:00+08:00").pdf
        let text = String(decoding: first, as: UTF8.self), otherText = String(decoding: other, as: UTF8.self)
        #expect(text.contains("20260512090000+08'00)") && otherText.contains("20260513103000+08'00)"))
        #expect(text.replacingOccurrences(of: "20260512090000", with: "20260513103000") == otherText)
    }
}
