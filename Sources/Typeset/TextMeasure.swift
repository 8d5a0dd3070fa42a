import CPangoCairo

/// How tall text sets in a width, before it is drawn: a page that flows (the programme) breaks
/// between blocks, so it needs each block's height first. Laid out as `Canvas` lays out, so text
/// drawn in a box of the measured height at the same width and style breaks its lines alike.
public final class TextMeasure {
    private let layout: TextLayout

    public init() {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        let context = pango_font_map_create_context(pango_cairo_font_map_get_default())
        TextLayout.configure(context)
        layout = TextLayout(pango_layout_new(context))
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The height `text` takes at `width`, in points, with as many lines as `style.maxLines` allows
    /// and no more room below than it needs; 0 for no text.
    public func height(_ text: String, width: Double, style: TextStyle) -> Double {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        guard !text.isEmpty else { return 0 }
        _ = layout.fit(text, width: width, height: .greatestFiniteMagnitude, style: style)
        return layout.height
    }
}
