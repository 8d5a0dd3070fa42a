import Foundation
import Testing
import Typeset
import TestSupport

/// The rules a name or an organisation is set by: wrap before shrinking, never split a short Han
/// name, say so when even the minimum size is too large, and name the characters no font has.
@Suite struct LayoutRulesTests {
    /// Lays `text` out on a page of its own and reports how it went.
    static func fit(_ text: String, _ box: Box, _ style: TextStyle) -> TextFit {
        let canvas = Canvas.pdf()
        canvas.startPage()
        return canvas.text(text, in: box, style: style)
    }

    @Test func aLongOrganisationWrapsToTwoLinesBeforeItShrinks() {
        let organisation = "Bundesinstitut für Berufsbildung, Abteilung Internationale Zusammenarbeit"
        let box = Box(x: 40, y: 40, width: 260, height: 40)
        let wrapped = Self.fit(organisation, box, TextStyle(size: 12, minimumSize: 7, maxLines: 2))
        #expect(wrapped == TextFit(size: 12, lines: ["Bundesinstitut für Berufsbildung, Abteilung",
                                                     "Internationale Zusammenarbeit"], fits: true, missing: []))
        // Held to one line it shrinks to 7 points.
        let oneLine = Self.fit(organisation, box, TextStyle(size: 12, minimumSize: 5, maxLines: 1))
        #expect(oneLine == TextFit(size: 7, lines: [organisation], fits: true, missing: []))
    }

    @Test func aThreeCharacterHanNameIsNeverSplit() {
        // Two lines of 30 points fit the box's height, and two characters a line its width: a
        // four-character run is kept whole while a smaller size sets it on one line, and breaks
        // only in its middle when none does; the three-character name always shrinks instead.
        let box = Box(x: 40, y: 40, width: 70, height: 90)
        let style = TextStyle(size: 30, minimumSize: 10, maxLines: 2)
        #expect(Self.fit("欧阳修远", box, style) == TextFit(size: 17.5, lines: ["欧阳修远"], fits: true, missing: []))
        #expect(Self.fit("欧阳修远", box, TextStyle(size: 30, minimumSize: 30, maxLines: 2))
            == TextFit(size: 30, lines: ["欧阳", "修远"], fits: true, missing: []))
        // 23 × 3 = 69 points: the largest half point at which three em-wide characters fit 70.
        #expect(Self.fit("欧阳修", box, style) == TextFit(size: 23, lines: ["欧阳修"], fits: true, missing: []))
        // Inside mixed text too: the break comes before the Chinese name, not inside it.
        let mixed = Self.fit("Thomas Müller（托马斯·穆勒）", Box(x: 40, y: 40, width: 130, height: 60),
                             TextStyle(size: 16, minimumSize: 9, maxLines: 2))
        #expect(mixed == TextFit(size: 16, lines: ["Thomas Müller", "（托马斯·穆勒）"], fits: true, missing: []))
    }

    /// A transliterated name is one name across its dot (买买提·艾力, written with U+00B7, U+30FB or
    /// U+2022): where three characters a line fit and six do not, it shrinks to one line instead of
    /// breaking at the dot, and reads back as written (no joiner is put into the text).
    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"),
          arguments: zip(["买买提·艾力", "买买提・艾力", "买买提•艾力"], [18.5, 16.5, 18.5]))
    func aNameWithANameDotIsNeverSplit(_ name: String, _ size: Double) throws {
        let canvas = Canvas.pdf()
        canvas.startPage()
        let fit = canvas.text(name, in: Box(x: 40, y: 40, width: 100, height: 90),
                              style: TextStyle(size: 30, minimumSize: 10, maxLines: 2))
        // Smaller with U+30FB, which is an em wide in the Chinese font, than with the narrow dots.
        #expect(fit == TextFit(size: size, lines: [name], fits: true, missing: []))
        let file = try Tool.write(canvas.finish())
        defer { Tool.remove(file) }
        let text = try Tool.run("pdftotext", ["-layout", file, "-"])
        #expect(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            == [name, "\u{0C}"])
    }

    /// Korean breaks between words, at its spaces, not between any two syllables as Unicode's
    /// rules allow: the research institute's name stays whole on the first line.
    /// A line of people breaks between them, never inside a name, when the names are kept whole.
    @Test func aListOfPeopleBreaksBetweenThemNotInsideAName() {
        let line = "主讲：Қанат Әбдіқадыров 哈萨克国立技术大学 校长、Олег Петров 鲍曼技术大学 教研室主任"
        var style = TextStyle(size: 10, maxLines: 10, verticalAlignment: .top)
        style.keptWhole = ["Қанат Әбдіқадыров", "Олег Петров"]
        let fit = Self.fit(line, Box(x: 40, y: 40, width: 150, height: 200), style)
        #expect(fit.lines == ["主讲：Қанат Әбдіқадыров", "哈萨克国立技术大学 校长、", "Олег Петров 鲍曼技术大学", "教研室主任"])
    }

    /// With a line height given, a Uyghur name's line is as tall as a Latin one's, not the Arabic
    /// font's taller line.
    @Test func aGivenLineHeightHoldsForArabicScriptToo() {
        var style = TextStyle(size: 10, maxLines: 3, verticalAlignment: .top)
        style.lineHeight = 1.45
        let measure = TextMeasure()
        #expect([measure.height("ئابدۇرېھىم ئابدۇللا", width: 300, style: style),
                 measure.height("Abdurehim Abdulla", width: 300, style: style)] == [14.5, 14.5])
    }

    /// A long title breaks after a word it knows (大会), not inside 职业 or 教育; one with no such
    /// word sets in lines of equal length.
    @Test func aTitleBreaksAfterAWordOrInLinesOfEqualLength() {
        var style = TextStyle(size: 15, maxLines: 10, alignment: .center, verticalAlignment: .top, bold: true)
        style.balanced = true
        let box = Box(x: 40, y: 40, width: 300, height: 200)
        #expect(Self.fit("第四届中国职业教育创新发展大会暨“一带一路”与职业教育国际峰会", box, style).lines
            == ["第四届中国职业教育创新发展大会", "暨“一带一路”与职业教育国际峰会"])
        #expect(Self.fit("产教融合背景下职业教育数字化转型与高质量发展的路径探索研究", box, style).lines
            == ["产教融合背景下职业教育数字化转", "型与高质量发展的路径探索研究"])
    }

    @Test func koreanWrapsAtItsSpaces() {
        let fit = Self.fit("한국직업능력연구원 국제협력센터", Box(x: 40, y: 40, width: 175, height: 60),
                           TextStyle(size: 16, minimumSize: 16, maxLines: 2))
        #expect(fit == TextFit(size: 16, lines: ["한국직업능력연구원", "국제협력센터"], fits: true, missing: []))
    }

    /// A Chinese organisation breaks after one of its parts (德阳市 / 教育局 / 职业教育科) where one
    /// does; where none does, anywhere but next to a lone character (no `校` on a line of its own).
    @Test func aChineseOrganisationBreaksBetweenItsPartsAndLeavesNoCharacterAlone() {
        let style = TextStyle(size: 20, minimumSize: 20, maxLines: 2)
        #expect(Self.fit("德阳市教育局职业教育科", Box(x: 40, y: 40, width: 145, height: 60), style)
            == TextFit(size: 20, lines: ["德阳市教育局", "职业教育科"], fits: true, missing: []))
        #expect(Self.fit("成都纺织高等专科学校", Box(x: 40, y: 40, width: 185, height: 60), style)
            == TextFit(size: 20, lines: ["成都纺织高等专科", "学校"], fits: true, missing: []))
    }

    @Test(.enabled(if: Tool.has("pdftotext"), "pdftotext absent (Debian poppler-utils)"))
    func aWordTooLongForAnyLineIsBrokenWithoutAHyphen() throws {
        // Even at 10 points the word is wider than the box: it is broken, at the largest size that
        // takes two lines, and no hyphen is added to what was written.
        let word = "Donaudampfschifffahrtsgesellschaftskapitän"
        let canvas = Canvas.pdf()
        canvas.startPage()
        let fit = canvas.text(word, in: Box(x: 40, y: 40, width: 150, height: 60),
                              style: TextStyle(size: 14, minimumSize: 10, maxLines: 2))
        #expect(fit == TextFit(size: 14, lines: ["Donaudampfschifffahr", "tsgesellschaftskapitän"], fits: true,
                               missing: []))
        let file = try Tool.write(canvas.finish())
        defer { Tool.remove(file) }
        defer { Tool.remove(file) }
        let text = try Tool.run("pdftotext", ["-layout", file, "-"])
        #expect(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            == ["Donaudampfschifffahr", "tsgesellschaftskapitän", "\u{0C}"])
    }

    /// A short title in the Arabic script takes the size a Latin one of its length takes: its
    /// font's tall line metrics are not ink (a Uyghur 主任 was shrunk to the minimum, "too long").
    @Test func anArabicScriptTitleIsNotShrunkForItsFontsLineHeight() {
        let box = Box(x: 40, y: 40, width: 200, height: 12)
        let style = TextStyle(size: 9, minimumSize: 5, maxLines: 1)
        #expect(Self.fit("Director", box, style) == TextFit(size: 9, lines: ["Director"], fits: true, missing: []))
        #expect(Self.fit("مۇدىر", box, style) == TextFit(size: 9, lines: ["مۇدىر"], fits: true, missing: []))
    }

    @Test func textThatCannotFitIsReportedAtTheMinimumSize() {
        let name = "María de los Ángeles Fernández-Villaverde y Garcés"
        let fit = Self.fit(name, Box(x: 40, y: 40, width: 60, height: 20),
                           TextStyle(size: 12, minimumSize: 9, maxLines: 2))
        #expect(fit == TextFit(size: 9, lines: ["María de los", "Ángeles Fer…"], fits: false, missing: []))
    }

    @Test func charactersNoFontHasAreNamed() {
        // U+E000 is private use and U+0378 unassigned: no installed font has either.
        let text = "Anna \u{E000} 王\u{0378}"
        #expect(Fonts.missing(in: text) == ["\u{E000}", "\u{0378}"])
        #expect(Fonts.missing(in: PrintedNamesTests.names.joined(separator: " ")) == [])
        let fit = Self.fit(text, Box(x: 40, y: 40, width: 300, height: 30), TextStyle(size: 12))
        #expect(fit.missing == ["\u{E000}", "\u{0378}"] && fit.fits)
    }

    @Test(.enabled(if: Tool.has("pdfinfo"), "pdfinfo absent (Debian poppler-utils)"))
    func pagesTakeTheirOwnSizes() throws {
        let canvas = Canvas.pdf()
        for size in [PageSize.a4, .a5, .a4.landscape, PageSize(width: 252, height: 144)] {
            canvas.startPage(size)
            canvas.frame(Box(x: 10, y: 10, width: 50, height: 50))
        }
        let file = try Tool.write(canvas.finish())
        defer { Tool.remove(file) }
        defer { Tool.remove(file) }
        let info = try Tool.run("pdfinfo", ["-f", "1", "-l", "4", file])
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }
            .map { $0.split(separator: ":", maxSplits: 1)[1].split(separator: " ").prefix(3).joined(separator: " ") }
        #expect(sizes == ["595.276 x 841.89", "419.528 x 595.276", "841.89 x 595.276", "252 x 144"])
    }

    @Test(.enabled(if: Tool.has("pdftoppm"), "pdftoppm absent (Debian poppler-utils)"))
    func qrModulesAreFilledWhereDark() throws {
        let canvas = Canvas.pdf()
        canvas.startPage()
        // A 3×3 checkerboard of 20-point modules: dark corners and centre.
        let dark = (0..<3).map { row in (0..<3).map { ($0 + row) % 2 == 0 } }
        canvas.modules(dark, x: 100, y: 100, module: 20)
        let file = try Tool.write(canvas.finish())
        defer { Tool.remove(file) }
        let boxes = (0..<3).flatMap { row in (0..<3).map { "1 \(104 + $0 * 20) \(104 + row * 20) 12 12" } }
        let counts = try Tool.run("python3", [Tool.script, "poppler", file, "72"], input: boxes.joined(separator: "\n"))
            .split(separator: "\n").map { Int($0)! > 0 }
        #expect(counts == dark.flatMap { $0 })
    }

    /// The programme as a long image: the same layout as the PDF, as long as what is drawn.
    @Test func aPNGIsOneLongPageLaidOutAsThePDF() throws {
        let names = PrintedNamesTests.names
        func draw(_ canvas: Canvas) -> [TextFit] {
            names.indices.map { canvas.text(names[$0], in: PrintedNamesTests.box($0), style: PrintedNamesTests.style) }
        }
        let png = Canvas.png(width: 360, pixelsPerPoint: 2)
        let pdf = Canvas.pdf()
        pdf.startPage()
        #expect(draw(png) == draw(pdf))
        let bytes = try png.finish()
        let image = Canvas.png(width: 360, pixelsPerPoint: 2)
        _ = draw(image)
        #expect(try image.finish() == bytes)
        // IHDR: width and height as big-endian 32-bit numbers after the signature and chunk header.
        func number(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        let last = PrintedNamesTests.box(names.count - 1)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as [UInt8])
        let height = Int((last.maxY * 2).rounded(.up))
        #expect(number(16) == 720 && number(20) == height)
        let file = try Tool.write(bytes, suffix: ".png")
        defer { Tool.remove(file) }
        let boxes = names.indices.map(PrintedNamesTests.box) + [Box(x: 355, y: 0, width: 5, height: last.maxY)]
        let input = boxes.map { "1 \($0.x) \($0.y) \($0.width) \($0.height)" }.joined(separator: "\n")
        let counts = try Tool.run("python3", [Tool.script, "png", file, "144"], input: input)
            .split(separator: "\n").compactMap { Int($0) }
        #expect(counts.dropLast().allSatisfy { $0 > 0 } && counts.last == 0, "\(counts)")
    }
}
