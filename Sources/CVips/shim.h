#include <malloc.h>
#include <vips/vips.h>

// libvips takes its optional arguments as C varargs, which Swift cannot
// call; each function here is one call with its options spelled out, in
// the shape sitegen uses it. Images are always VipsImage pointers that the
// caller releases with g_object_unref.

/// VIPS_INIT is a macro; also sets what sitegen needs for files it did not
/// make: loaders marked untrusted are refused, no operation cache (each
/// image is processed once), and one worker thread per image, as sitegen
/// runs one image per core.
static inline void sitegen_vips_quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {}

/// libvips' warnings ("Premature end of JPEG file") are not printed: with
/// the loaders told to fail on damaged data, each becomes an error, which
/// sitegen reports at the place the image is used.
static inline int sitegen_vips_start(const char *program) {
    if (VIPS_INIT(program)) return -1;
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, sitegen_vips_quiet, NULL);
    vips_block_untrusted_set(TRUE);
    vips_cache_set_max(0);
    vips_concurrency_set(1);
    return 0;
}

/// Caps glibc's malloc at two arenas (instead of up to eight per core), and
/// serves every block over 128 KB with its own mapping, returned to the
/// system when freed (glibc otherwise raises that threshold as large blocks
/// are freed, and keeps them). libvips and the AVIF encoder allocate large
/// pixel buffers on threads of their own. glibc fixes the arena limit when
/// the process first needs a second arena, so this is called before any
/// thread starts.
static inline void sitegen_limit_malloc_arenas(void) {
    mallopt(M_ARENA_MAX, 2);
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
}

/// The header of the image in `data` (no pixels are decoded), or NULL.
/// The image reads `data`, which must live as long as it.
static inline VipsImage *sitegen_vips_header(const void *data, size_t length) {
    return vips_image_new_from_buffer(data, length, "", "access", VIPS_ACCESS_SEQUENTIAL, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
}

/// The image decoded, turned upright by its orientation tag, converted to
/// sRGB and shrunk (never enlarged) to fit `width` x `height`, or cropped to
/// exactly that when `attention_crop` (libvips' attention-based smart crop,
/// enlarging if needed). Truncated or damaged data is an error.
/// `data` must live as long as the image made from it. The loader is told
/// to fail on truncated data through `option_string`: libvips 8.14's own
/// `fail_on` argument of vips_thumbnail_buffer does not reach it.
static inline int sitegen_vips_thumbnail(const void *data, size_t length, int width, int height, int attention_crop, VipsImage **out) {
    if (attention_crop)
        return vips_thumbnail_buffer((void *)data, length, out, width, "height", height, "crop", VIPS_INTERESTING_ATTENTION,
            "export_profile", "srgb", "option_string", "fail_on=truncated", NULL);
    return vips_thumbnail_buffer((void *)data, length, out, width, "height", height, "size", VIPS_SIZE_DOWN,
        "export_profile", "srgb", "option_string", "fail_on=truncated", NULL);
}

/// A smaller copy of an image already decoded and upright.
static inline int sitegen_vips_shrink(VipsImage *in, int width, VipsImage **out) {
    return vips_thumbnail_image(in, out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, NULL);
}

/// The image with its pixels held in memory, so that several sizes and
/// formats are made from one decoding.
static inline VipsImage *sitegen_vips_in_memory(VipsImage *in) {
    return vips_image_copy_memory(in);
}

/// Puts an image with transparency on white, for formats and places that
/// have none (a social preview).
static inline int sitegen_vips_flatten_white(VipsImage *in, VipsImage **out) {
    VipsArrayDouble *white = vips_array_double_newv(1, 255.0);
    int result = vips_flatten(in, out, "background", white, NULL);
    vips_area_unref(VIPS_AREA(white));
    return result;
}

/// A copy of the image's description without its metadata: EXIF (with
/// the GPS position), XMP, IPTC, the ICC profile, text chunks and the
/// orientation tag. libvips 8.14's WebP encoder writes EXIF and XMP even
/// when told to strip them, so the encoders are never given any.
static inline int sitegen_vips_without_metadata(VipsImage *in, VipsImage **out) {
    if (vips_copy(in, out, NULL)) return -1;
    gchar **fields = vips_image_get_fields(*out);
    for (int i = 0; fields[i]; i++) {
        const char *field = fields[i];
        if (vips_isprefix("exif-", field) || vips_isprefix("xmp", field) || vips_isprefix("iptc", field)
            || vips_isprefix("icc", field) || vips_isprefix("png-comment", field) || vips_isprefix("gif-comment", field)
            || vips_isprefix("heif-", field) || strcmp(field, VIPS_META_ORIENTATION) == 0)
            vips_image_remove(*out, field);
    }
    g_strfreev(fields);
    return 0;
}

// Encoders: every one strips all metadata (EXIF with its GPS position, XMP,
// IPTC, and the ICC profile: the pixels are sRGB, which browsers assume).

static inline int sitegen_vips_jpeg(VipsImage *in, int quality, void **buffer, size_t *length) {
    return vips_jpegsave_buffer(in, buffer, length, "Q", quality, "strip", TRUE, "optimize_coding", TRUE,
        "interlace", TRUE, NULL);
}

static inline int sitegen_vips_png(VipsImage *in, void **buffer, size_t *length) {
    return vips_pngsave_buffer(in, buffer, length, "strip", TRUE, "compression", 9, NULL);
}

static inline int sitegen_vips_webp(VipsImage *in, int quality, int lossless, void **buffer, size_t *length) {
    return vips_webpsave_buffer(in, buffer, length, "Q", quality, "lossless", lossless, "strip", TRUE,
        "effort", 4, NULL);
}

/// `av1` selects AVIF; otherwise HEIC (HEVC), for an iPhone photo that a
/// page links to as a file.
static inline int sitegen_vips_heif(VipsImage *in, int quality, int av1, int effort, void **buffer, size_t *length) {
    return vips_heifsave_buffer(in, buffer, length, "Q", quality,
        "compression", av1 ? VIPS_FOREIGN_HEIF_COMPRESSION_AV1 : VIPS_FOREIGN_HEIF_COMPRESSION_HEVC,
        "effort", effort, "bitdepth", 8, "strip", TRUE, NULL);
}

/// The name libvips gives the image's loader ("jpegload_buffer",
/// "pngload_buffer", "webpload_buffer", "heifload_buffer"), or NULL.
static inline const char *sitegen_vips_loader(VipsImage *image) {
    const char *loader = NULL;
    if (vips_image_get_typeof(image, VIPS_META_LOADER) && vips_image_get_string(image, VIPS_META_LOADER, &loader) == 0)
        return loader;
    return NULL;
}

/// A GIF file again, every frame of it, written by libvips: its comments
/// and XMP are not carried over.
static inline int sitegen_vips_gif_copy(const void *data, size_t length, void **buffer, size_t *out_length) {
    VipsImage *in = vips_image_new_from_buffer(data, length, "n=-1", "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
    if (!in) return -1;
    int result = vips_gifsave_buffer(in, buffer, out_length, NULL);
    g_object_unref(in);
    return result;
}

static inline int sitegen_vips_gif(VipsImage *in, void **buffer, size_t *length) {
    return vips_gifsave_buffer(in, buffer, length, NULL);
}

/// "av1" or "hevc" for a HEIF file, or NULL.
static inline const char *sitegen_vips_heif_compression(VipsImage *image) {
    const char *compression = NULL;
    if (vips_image_get_typeof(image, "heif-compression") && vips_image_get_string(image, "heif-compression", &compression) == 0)
        return compression;
    return NULL;
}

static inline void sitegen_vips_release(void *object) {
    if (object) g_object_unref(object);
}
