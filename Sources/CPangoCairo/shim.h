#include <pango/pangocairo.h>
#include <cairo/cairo-pdf.h>

// Macros with casts, which Swift does not import.

// A glyph with the unknown flag is Pango's hex box for the character in its low bits: no font in the
// fallback chain has that character.
static inline PangoGlyph confplan_pango_glyph_unknown_flag(void) { return PANGO_GLYPH_UNKNOWN_FLAG; }
// Zero-width characters (joiners, variation selectors) that no font needs to draw.
static inline PangoGlyph confplan_pango_glyph_empty(void) { return PANGO_GLYPH_EMPTY; }
// The run Pango puts in place of the text cut off after the last allowed line.
static inline guint8 confplan_pango_analysis_is_ellipsis(void) { return PANGO_ANALYSIS_FLAG_IS_ELLIPSIS; }
