#include <zlib.h>

// inflateInit2 is a macro (it passes the library's version and the stream's size): Swift cannot
// call it. Raw deflate (negative window bits), as ZIP entries hold it, with no zlib header.
static inline int confplan_inflate_init_raw(z_stream *stream) { return inflateInit2(stream, -MAX_WBITS); }
