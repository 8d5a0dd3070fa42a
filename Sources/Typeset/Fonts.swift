import CPangoCairo

/// Font lists and the check for characters no font has.
public enum Fonts {
    /// Debian's Noto fonts (fonts-noto-core, fonts-noto-cjk) and HanaMin B (fonts-hanazono). Noto Sans
    /// comes first so that Latin, Cyrillic, Greek and Vietnamese words stay in one font (the CJK font
    /// has most of their letters but not all, and would split a word such as "Nguyễn" between fonts);
    /// the CJK font then takes Han, kana, Hangul and full-width punctuation, including the
    /// Extension B characters Japanese names need (𠮷), and HanaMin B the rest of Extension B.
    public static let sans = "Noto Sans, Noto Sans CJK SC, Noto Sans Arabic, Noto Sans Thai, HanaMinB"

    /// The characters of `text` that no installed font has (fontconfig falls back past `fonts` to
    /// every font it knows), in the order they first appear: an export names the person and the
    /// character before printing a box in their name.
    public static func missing(in text: String, fonts: String = sans) -> [Unicode.Scalar] {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        let map = pango_cairo_font_map_get_default()
        let context = pango_font_map_create_context(map)
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        TextLayout.configure(context)
        let layout = TextLayout(pango_layout_new(context))
        layout.set(text, style: TextStyle(fonts: fonts, size: 12), size: 12, width: nil, wrap: PANGO_WRAP_WORD)
        return layout.missing()
    }
}
