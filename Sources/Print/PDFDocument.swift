import CZlib
import PlanningCore

/// A small PDF writer for what the office prints: A4 pages of text, lines and filled boxes.
/// Chinese is set in Adobe's standard Chinese font STSong-Light through the UniGB-UTF16-H CMap,
/// which every PDF reader provides for Chinese documents, so nothing is embedded; text with no
/// Chinese in it (Thomas Becker, Präsident) in Helvetica, one of the standard 14, which also has
/// the accented letters Adobe-GB1 lacks. Content streams are deflated.
/// Internal to Print: the printouts set their text only through `PDFPage`, so the typesetting
/// stack that replaces this layer changes no other target.
struct PDFDocument {
    var pages: [PDFPage] = []

    init() {}

    static let a4 = (width: 595.28, height: 841.89)

    func bytes() -> [UInt8] {
        var objects: [[UInt8]] = []
        // 1 catalog, 2 page tree, 3 font, 4 CID font, 5 descriptor; then a page and its content each,
        // then Helvetica.
        let pageIDs = pages.indices.map { 6 + $0 * 2 }
        objects.append(Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        objects.append(Array(("<< /Type /Pages /Kids [" + pageIDs.map { "\($0) 0 R" }.joined(separator: " ")
            + "] /Count \(pages.count) >>").utf8))
        objects.append(Array(("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H "
            + "/DescendantFonts [4 0 R] >>").utf8))
        let latin = 6 + pages.count * 2
        // CIDs 1–95 are Adobe-GB1's proportional ASCII, given half a square like the layout assumes.
        objects.append(Array(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
            + "<< /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 "
            + "/W [1 95 500] >>").utf8))
        objects.append(Array(("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
            + "/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 "
            + "/StemV 93 >>").utf8))
        for (index, page) in pages.enumerated() {
            let size = "\(PDFPage.number(page.width)) \(PDFPage.number(page.height))"
            let fonts = "/Font << /F1 3 0 R /F2 \(latin) 0 R >>"
            objects.append(Array(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(size)] "
                + "/Resources << \(fonts) >> /Contents \(pageIDs[index] + 1) 0 R >>").utf8))
            let plain = Array(page.content.utf8)
            if let packed = Self.deflate(plain) {
                objects.append(Array("<< /Length \(packed.count) /Filter /FlateDecode >>\nstream\n".utf8)
                    + packed + Array("\nendstream".utf8))
            } else {
                objects.append(Array("<< /Length \(plain.count) >>\nstream\n".utf8) + plain + Array("\nendstream".utf8))
            }
        }
        objects.append(Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        var out = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            let digits = String(offset)
            out += Array((String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n").utf8)
        }
        out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// zlib's format (RFC 1950), which FlateDecode wants; nil if zlib failed.
    static func deflate(_ bytes: [UInt8]) -> [UInt8]? {
        var length = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(length))
        let status = out.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(source.count), 6)
            }
        }
        return status == Z_OK ? Array(out.prefix(Int(length))) : nil
    }
}

/// One page, drawn in points from the bottom left.
struct PDFPage {
    let width: Double, height: Double
    var content = ""

    init(width: Double = PDFDocument.a4.width, height: Double = PDFDocument.a4.height) {
        self.width = width
        self.height = height
    }

    static func mm(_ value: Double) -> Double { value * 72 / 25.4 }

    enum Anchor { case left, centre, right }

    /// How wide text is set at `size`: in Helvetica by its metrics; in STSong-Light ASCII half
    /// a square and everything else a whole one.
    static func width(_ text: String, size: Double) -> Double {
        runs(text).reduce(0) { total, run in
            total + run.text.unicodeScalars.reduce(0) { sum, scalar in
                sum + (run.latin ? LatinMetrics.width(scalar) : (0x20...0x7E).contains(scalar.value) ? 0.5 : 1)
            }
        } * size
    }

    /// The largest size up to `size` at which `text` fits in `width`: a long name is set
    /// smaller, never cut.
    static func fitting(_ text: String, width: Double, size: Double) -> Double {
        let natural = Self.width(text, size: size)
        return natural <= width || natural == 0 ? size : size * width / natural
    }

    /// Text with no Han in it is all Helvetica; in Chinese text only the letters Adobe-GB1 has
    /// no glyph for (ä, é, ß …) are.
    static func runs(_ text: String) -> [(text: String, latin: Bool)] {
        let chinese = text.unicodeScalars.contains { $0.isHan }
        var out: [(text: String, latin: Bool)] = []
        for scalar in text.unicodeScalars {
            let latin = LatinMetrics.covers(scalar) && (!chinese || scalar.value >= 0xA0)
            if let last = out.last, last.latin == latin {
                out[out.count - 1].text.unicodeScalars.append(scalar)
            } else {
                out.append((String(scalar), latin))
            }
        }
        return out
    }

    /// Text on a baseline at (x, y); `upsideDown` turns it half round about that point, for the
    /// back of a folded table card.
    mutating func text(_ text: String, x: Double, y: Double, size: Double, anchor: Anchor = .left,
                              upsideDown: Bool = false) {
        let shown = Sanitize.forTerminal(text)
        guard !shown.isEmpty else { return }
        let width = Self.width(shown, size: size)
        let shift = anchor == .left ? 0 : anchor == .centre ? width / 2 : width
        let matrix = upsideDown ? "-1 0 0 -1 \(Self.number(x + shift)) \(Self.number(y))"
            : "1 0 0 1 \(Self.number(x - shift)) \(Self.number(y))"
        var shows = ""
        for run in Self.runs(shown) {
            let hex: String
            if run.latin {
                hex = run.text.unicodeScalars.map { Self.hex(Int(LatinMetrics.code($0)), digits: 2) }.joined()
            } else {
                hex = run.text.utf16.map { Self.hex(Int($0), digits: 4) }.joined()
            }
            shows += "/\(run.latin ? "F2" : "F1") \(Self.number(size)) Tf <\(hex)> Tj "
        }
        content += "BT \(matrix) Tm \(shows)ET\n"
    }

    static func hex(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    mutating func line(from a: (Double, Double), to b: (Double, Double), width: Double = 0.5) {
        content += "\(Self.number(width)) w \(Self.number(a.0)) \(Self.number(a.1)) m "
            + "\(Self.number(b.0)) \(Self.number(b.1)) l S\n"
    }

    /// A rectangle's outline, `line` points thick.
    mutating func box(x: Double, y: Double, width: Double, height: Double, line: Double = 0.5) {
        content += "\(Self.number(line)) w \(Self.number(x)) \(Self.number(y)) \(Self.number(width)) "
            + "\(Self.number(height)) re S\n"
    }

    /// A QR code `side` points square with its bottom left at (x, y), quiet zone outside it;
    /// a run of dark modules in a row is one rectangle.
    mutating func qr(_ code: QRCode, x: Double, y: Double, side: Double) {
        let module = side / Double(code.size)
        for row in 0..<code.size {
            var column = 0
            while column < code.size {
                guard code.isDark(row: row, column: column) else { column += 1; continue }
                let start = column
                while column < code.size && code.isDark(row: row, column: column) { column += 1 }
                let top = y + side - Double(row + 1) * module
                content += "\(Self.number(x + Double(start) * module)) \(Self.number(top)) "
                    + "\(Self.number(Double(column - start) * module)) \(Self.number(module)) re\n"
            }
        }
        content += "f\n"
    }

    /// Two decimals at most, no exponent: what PDF numbers may be.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        if fraction == 0 { return sign + String(whole) }
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction).trimmingTrailingZeros
    }
}

private extension String {
    var trimmingTrailingZeros: String {
        var s = self
        while s.count > 1 && s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
