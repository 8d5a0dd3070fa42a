#include <zlib.h>

// inflateInit2 is a macro (it passes the library's version and the stream's size): Swift cannot
// call it. Raw deflate (negative window bits), as ZIP entries hold it, with no zlib header.
static inline int confplan_inflate_init_raw(z_stream *stream) { return inflateInit2(stream, -MAX_WBITS); }

// deflateInit2 is a macro too. Raw deflate at `level` with zlib's default memory and strategy:
// the same input always gives the same bytes.
static inline int confplan_deflate_init_raw(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
