import CVips

/// glibc's malloc keeps up to eight arenas per core, one per thread that
/// allocates at once. Making photos allocates on many threads (libvips',
/// the AVIF encoder's), and freed memory then stays spread over the arenas:
/// a cold build of 20 photos of 12 MP peaked at 630 MB with the default, 410
/// MB with two arenas, in the same time. The command-line tool calls this
/// first, before any thread starts, as glibc fixes the limit then.
public enum MallocArenas {
    public static func limit() {
        sitegen_limit_malloc_arenas()
    }
}
