import CPangoCairo

/// One Pango layout, set up again for each piece of text: the wrap-then-shrink search and what it
/// reports back.
final class TextLayout {
    let layout: OpaquePointer
    private var bytes: [UInt8] = []
    /// Byte ranges no line may break inside (`LineBreaks.unbreakable`): names, Korean words.
    private var kept: [Range<Int>] = []
    /// Whether `kept` holds long Chinese runs to organisation words, or only away from orphans.
    private var wordsOnly = false
    private var keptWhole: [String] = []
    /// The absolute line height the attributes were made with, in Pango units.
    private var lineHeight: Int32?

    init(_ layout: OpaquePointer) { self.layout = layout }

    deinit {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// The same layout whatever the surface and its scale: no hinted metrics, no glyph positions
    /// rounded to device pixels, so the PNG programme breaks its lines where the PDF does. Chinese
    /// as the language, not the machine's locale, so the same fonts are chosen everywhere.
    static func configure(_ context: OpaquePointer?) {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string("zh-cn"))
    }

    /// Sizes tried, from the preferred down to the minimum in half points.
    static func sizes(_ style: TextStyle) -> [Double] {
        var sizes: [Double] = [], size = style.size
        while size > style.minimumSize + 0.001 {
            sizes.append(size)
            size -= 0.5
        }
        return sizes + [style.minimumSize]
    }

    /// Wraps before it shrinks: at each size the text may take up to `maxLines` lines. Lines break
    /// between words first (a long Chinese organisation after its parts' endings, 德阳市 / 教育局);
    /// then anywhere in Chinese but next to a lone character; a word is broken only when no size
    /// down to the minimum lets every word stand whole. Names and Korean words are never broken.
    /// Text that fits at one size fits at any smaller one (near enough: a line may break
    /// elsewhere), so a binary search over the sizes finds the largest in a handful of layouts.
    func fit(_ text: String, width: Double, height: Double, style: TextStyle) -> TextFit {
        let sizes = Self.sizes(style)
        balancedWidth = nil
        // Text with no long Chinese run breaks alike in the first two passes: one is enough.
        let distinct = LineBreaks.unbreakable(text, wordsOnly: true) != LineBreaks.unbreakable(text, wordsOnly: false)
        let passes = [(PANGO_WRAP_WORD, true)] + (distinct ? [(PANGO_WRAP_WORD, false)] : [])
            + [(PANGO_WRAP_WORD_CHAR, false)]
        for (wrap, wordsOnly) in passes {
            func fits(_ index: Int) -> Bool {
                set(text, style: style, size: sizes[index], width: width, wrap: wrap, wordsOnly: wordsOnly)
                return fitsIn(width: width, height: height, lines: style.maxLines)
            }
            if fits(0) {
                if style.balanced, wrap == PANGO_WRAP_WORD_CHAR || !wordsOnly,
                   balance(text, width: width, height: height, style: style, size: sizes[0], wrap: wrap,
                           wordsOnly: wordsOnly) {
                    return result(size: sizes[0], fits: true)
                }
                if style.balanced { _ = fits(0) }
                return result(size: sizes[0], fits: true)
            }
            guard sizes.count > 1, fits(sizes.count - 1) else { continue }
            var tooBig = 0, fitting = sizes.count - 1
            while fitting - tooBig > 1 {
                let middle = (tooBig + fitting) / 2
                if fits(middle) { fitting = middle } else { tooBig = middle }
            }
            _ = fits(fitting)
            return result(size: sizes[fitting], fits: true)
        }
        if !style.keptWhole.isEmpty {
            var free = style
            free.keptWhole = []
            return fit(text, width: width, height: height, style: free)
        }
        set(text, style: style, size: style.minimumSize, width: width, wrap: PANGO_WRAP_WORD_CHAR,
            ellipsizeAfter: style.maxLines)
        return result(size: style.minimumSize, fits: false)
    }

    /// The width the lines were broken at, when `balance` made it narrower than the box's.
    private(set) var balancedWidth: Double?

    /// Sets the text at `width` or the least narrower width that keeps it on as few lines, so its
    /// lines come out of about equal length; true when that fits.
    private func balance(_ text: String, width: Double, height: Double, style: TextStyle, size: Double,
                         wrap: PangoWrapMode, wordsOnly: Bool) -> Bool {
        set(text, style: style, size: size, width: width, wrap: wrap, wordsOnly: wordsOnly)
        guard fitsIn(width: width, height: height, lines: style.maxLines), lineCount > 1 else { return false }
        let lines = lineCount
        var narrow = 0.0, wide = width
        while wide - narrow > 1 {
            let middle = (narrow + wide) / 2
            set(text, style: style, size: size, width: middle, wrap: wrap, wordsOnly: wordsOnly)
            if lineCount <= lines && fitsIn(width: middle, height: height, lines: lines) {
                wide = middle
            } else {
                narrow = middle
            }
        }
        set(text, style: style, size: size, width: wide, wrap: wrap, wordsOnly: wordsOnly)
        balancedWidth = wide
        return true
    }

    func set(_ text: String, style: TextStyle, size: Double, width: Double?, wrap: PangoWrapMode,
             wordsOnly: Bool = false, ellipsizeAfter lines: Int? = nil) {
        let utf8 = Array(text.utf8)
        let lineHeight = style.lineHeight.map { Int32(($0 * size * Double(PANGO_SCALE)).rounded()) }
        if utf8 != bytes || wordsOnly != self.wordsOnly || style.keptWhole != keptWhole
            || lineHeight != self.lineHeight {
            if utf8 != bytes {
                // With its length given, a NUL in the text cannot cut it short of what `bytes` indexes.
                utf8.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) {
                        pango_layout_set_text(layout, $0.baseAddress, Int32($0.count))
                    }
                }
            }
            bytes = utf8
            self.wordsOnly = wordsOnly
            keptWhole = style.keptWhole
            self.lineHeight = lineHeight
            kept = LineBreaks.unbreakable(text, wordsOnly: wordsOnly) + Self.occurrences(of: keptWhole, in: utf8)
            // A word broken across lines gets no hyphen: in a name it would read as part of the name
            // (Polish and Spanish names have hyphens of their own).
            let attributes = pango_attr_list_new()
            pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(0))
            if let lineHeight { pango_attr_list_insert(attributes, pango_attr_line_height_new_absolute(lineHeight)) }
            // Greedy breaking would otherwise fill a line up to the middle of a short Han name
            // ("Thomas Müller（托马斯·穆" / "勒）") and the check below would reject every size;
            // with no break allowed inside, the line breaks before the name instead.
            for range in kept {
                let keep = pango_attr_allow_breaks_new(0)!
                keep.pointee.start_index = guint(range.lowerBound)
                keep.pointee.end_index = guint(range.upperBound)
                pango_attr_list_insert(attributes, keep)
            }
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }
        let font = pango_font_description_new()
        pango_font_description_set_family(font, style.fonts)
        pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        pango_layout_set_width(layout, width.map { Int32(($0 * Double(PANGO_SCALE)).rounded(.down)) } ?? -1)
        pango_layout_set_wrap(layout, wrap)
        let alignment = switch style.alignment {
        case .leading: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .trailing: PANGO_ALIGN_RIGHT
        }
        pango_layout_set_alignment(layout, alignment)
        pango_layout_set_ellipsize(layout, lines == nil ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END)
        pango_layout_set_height(layout, lines.map { -Int32($0) } ?? -1)
    }

    /// Byte ranges where each piece occurs in the text.
    static func occurrences(of pieces: [String], in text: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for piece in Set(pieces) where !piece.isEmpty {
            let needle = Array(piece.utf8)
            var start = 0
            while start + needle.count <= text.count {
                if text[start..<start + needle.count].elementsEqual(needle) {
                    found.append(start..<start + needle.count)
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return found
    }

    var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// The laid-out height in points.
    var height: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.height) / Double(PANGO_SCALE)
    }

    private func line(_ index: Int) -> UnsafeMutablePointer<PangoLayoutLine>? {
        pango_layout_get_line_readonly(layout, Int32(index))
    }

    private func fitsIn(width: Double, height: Double, lines: Int) -> Bool {
        guard lineCount <= lines else { return false }
        if self.height > height + 0.001 {
            // Arabic and Thai fonts have line metrics far taller than their letters: a five-letter
            // Uyghur title would shrink to the minimum for room it does not use. On one line their
            // ink decides; lines below one another keep their spacing.
            guard lineCount == 1 else { return false }
            var ink = PangoRectangle()
            pango_layout_get_extents(layout, &ink, nil)
            guard Double(ink.height) / Double(PANGO_SCALE) <= height + 0.001 else { return false }
        }
        for index in 0..<lineCount {
            guard let line = line(index) else { continue }
            var logical = PangoRectangle()
            pango_layout_line_get_extents(line, nil, &logical)
            if Double(logical.width) / Double(PANGO_SCALE) > width + 0.001 { return false }
            let start = Int(line.pointee.start_index)
            if index > 0, kept.contains(where: { $0.lowerBound < start && start < $0.upperBound }) { return false }
        }
        return true
    }

    private func result(size: Double, fits: Bool) -> TextFit {
        TextFit(size: size, lines: (0..<lineCount).compactMap(lineText), fits: fits, missing: missing())
    }

    /// A line's text in logical order; an ellipsis run stands for the text it replaced.
    private func lineText(_ index: Int) -> String? {
        guard let line = line(index) else { return nil }
        var pieces: [(offset: Int, text: [UInt8])] = []
        var cut = false
        var node = line.pointee.runs
        while let current = node {
            if let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
               let item = run.pointee.item {
                let offset = Int(item.pointee.offset), length = Int(item.pointee.length)
                if item.pointee.analysis.flags & confplan_pango_analysis_is_ellipsis() != 0 {
                    pieces.append((offset, Array("…".utf8)))
                    cut = true
                } else {
                    pieces.append((offset, Array(bytes[offset..<offset + length])))
                }
            }
            node = current.pointee.next
        }
        let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
        let utf8 = cut ? pieces.sorted { $0.offset < $1.offset }.flatMap(\.text) : Array(bytes[start..<start + length])
        var text = String(decoding: utf8, as: UTF8.self)
        while let last = text.unicodeScalars.last, last.properties.isWhitespace { text.unicodeScalars.removeLast() }
        return text
    }

    /// Pango sets a character no font has as an "unknown" glyph carrying the character itself.
    func missing() -> [Unicode.Scalar] {
        guard pango_layout_get_unknown_glyphs_count(layout) > 0 else { return [] }
        let flag = confplan_pango_glyph_unknown_flag(), invalid = PangoGlyph.max
        var found: [Unicode.Scalar] = []
        for index in 0..<lineCount {
            var node = line(index)?.pointee.runs
            while let current = node {
                if let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                   let glyphs = run.pointee.glyphs {
                    for g in 0..<Int(glyphs.pointee.num_glyphs) {
                        let glyph = glyphs.pointee.glyphs[g].glyph
                        guard glyph & flag != 0, glyph != invalid, glyph != confplan_pango_glyph_empty(),
                              let scalar = Unicode.Scalar(glyph & ~flag), !found.contains(scalar) else { continue }
                        found.append(scalar)
                    }
                }
                node = current.pointee.next
            }
        }
        // Runs come in visual order; a caller names the characters in reading order.
        let text = String(decoding: bytes, as: UTF8.self).unicodeScalars
        let end = text.endIndex
        return found.sorted { (text.firstIndex(of: $0) ?? end) < (text.firstIndex(of: $1) ?? end) }
    }
}
