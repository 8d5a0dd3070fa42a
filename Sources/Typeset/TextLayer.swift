import CPangoCairo

/// Draws a laid-out text's glyphs on a PDF with the text each stands for, so that readers copy and
/// search names as written. Pango's own renderer gives a glyph standing for several letters (the
/// Uyghur and Arabic lam-alef, لا) its letters in reading order, and Cairo writes them as the
/// glyph's ActualText; poppler, which sorts a line's characters by where they stand and then
/// reverses right-to-left runs into reading order, reverses the ActualText too and gives
/// "ئابدۇلال" for "ئابدۇللا". Here a right-to-left cluster's letters are given in the order they
/// stand on the page (ال), which poppler's reversal puts right. The glyphs are still written in
/// reading order, as Pango writes them: MuPDF takes characters in the order they are written and
/// reads the ligature by the font's own mapping (U+FEFC, whose compatibility form is لا).
extension TextLayout {
    /// Draws the layout with its top left at (x, y) in user space.
    func show(on cairo: OpaquePointer, x: Double, y: Double) {
        guard let iterator = pango_layout_get_iter(layout) else { return }
        defer { pango_layout_iter_free(iterator) }
        let text = pango_layout_get_text(layout)!
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self),
                                        count: strlen(text))
        let scale = Double(PANGO_SCALE), unknown = confplan_pango_glyph_unknown_flag()
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator), let item = run.pointee.item,
                  let glyphs = run.pointee.glyphs, let font = item.pointee.analysis.font else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iterator, nil, &logical)
            let baseline = y + Double(pango_layout_iter_get_baseline(iterator)) / scale
            let left = x + Double(logical.x) / scale
            let count = Int(glyphs.pointee.num_glyphs)
            let infos = UnsafeBufferPointer(start: glyphs.pointee.glyphs, count: count)
            let logs = UnsafeBufferPointer(start: glyphs.pointee.log_clusters, count: count)
            // Hex boxes (drawn only when missing glyphs are allowed) are Pango's to draw.
            if infos.contains(where: { $0.glyph & unknown != 0 && $0.glyph != confplan_pango_glyph_empty() }) {
                cairo_move_to(cairo, left, baseline)
                pango_cairo_show_glyph_item(cairo, text, run)
                continue
            }
            let start = Int(item.pointee.offset), end = start + Int(item.pointee.length)
            let ellipsis = item.pointee.analysis.flags & confplan_pango_analysis_is_ellipsis() != 0
            let rightToLeft = item.pointee.analysis.level & 1 == 1
            let starts = Set(logs.map { start + Int($0) }).sorted()
            var placed: [cairo_glyph_t] = [], clusters: [(glyphs: Int, text: [UInt8])] = []
            var origin = left, index = 0
            while index < count {
                let cluster = ellipsis ? logs[0] : logs[index]
                var drawn = 0
                while index < count, ellipsis || logs[index] == cluster {
                    let info = infos[index]
                    if info.glyph != confplan_pango_glyph_empty() {
                        placed.append(cairo_glyph_t(index: UInt(info.glyph),
                                                    x: origin + Double(info.geometry.x_offset) / scale,
                                                    y: baseline + Double(info.geometry.y_offset) / scale))
                        drawn += 1
                    }
                    origin += Double(info.geometry.width) / scale
                    index += 1
                }
                // The "…" put in for text cut off stands for that text, so a reader copies the
                // whole name from a badge that could print only part of it.
                let from = ellipsis ? start : start + Int(cluster)
                let to = ellipsis ? end : starts.first { $0 > from } ?? end
                var letters = Array(bytes[from..<to])
                if rightToLeft {
                    letters = Array(String(String.UnicodeScalarView(
                        String(decoding: letters, as: UTF8.self).unicodeScalars.reversed())).utf8)
                }
                // A cluster with no glyph lends its letters to the one before it (a joiner), or
                // has none worth keeping: the space a line breaks at, which Pango draws as no glyph.
                if drawn == 0, letters.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    continue
                } else if drawn == 0, !clusters.isEmpty {
                    clusters[clusters.count - 1].text += letters
                } else {
                    clusters.append((drawn, letters))
                }
            }
            // A leading cluster with no glyph joins the next one.
            if clusters.count > 1, clusters[0].glyphs == 0 {
                clusters[1].text = clusters[0].text + clusters[1].text
                clusters.removeFirst()
            }
            guard !placed.isEmpty else { continue }
            if rightToLeft {
                // Clusters and their glyphs in reading order: the page's order backwards.
                var glyphsInOrder: [cairo_glyph_t] = [], start = 0
                for cluster in clusters {
                    glyphsInOrder.insert(contentsOf: placed[start..<(start + cluster.glyphs)], at: 0)
                    start += cluster.glyphs
                }
                placed = glyphsInOrder
                clusters.reverse()
            }
            let utf8 = clusters.flatMap(\.text)
            let cairoClusters = clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.text.count),
                                                                      num_glyphs: Int32($0.glyphs)) }
            cairo_save(cairo)
            cairo_set_scaled_font(cairo, pango_cairo_font_get_scaled_font(OpaquePointer(font)))
            utf8.withUnsafeBufferPointer { letters in
                letters.withMemoryRebound(to: CChar.self) { letters in
                    cairo_show_text_glyphs(cairo, letters.baseAddress, Int32(letters.count), placed,
                                           Int32(placed.count), cairoClusters, Int32(cairoClusters.count),
                                           cairo_text_cluster_flags_t(0))
                }
            }
            cairo_restore(cairo)
        } while pango_layout_iter_next_run(iterator) != 0
    }
}
