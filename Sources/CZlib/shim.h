#include <zlib.h>

// deflateInit2 is a macro, which Swift does not import: this calls it for
// gzip framing (window bits 15 + 16), as `gzip -9` writes.
static inline int sitegen_deflate_init_gzip(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}
