import CVips

/// glibc's malloc keeps up to eight arenas per core, one per thread that
/// allocates at once, and keeps large freed blocks for reuse. Making photos
/// allocates large pixel buffers on many threads (libvips', the AVIF
/// encoder's), and freed memory then stayed with the process: a cold build
/// of 200 photos of 12 MP peaked at 873 MiB with the defaults. Two arenas,
/// and blocks over 128 KB mapped on their own and returned when freed, keep
/// it under 500 MB (see the README's Speed and memory). The command-line
/// tool calls this first, before any thread starts, as glibc fixes the
/// arena limit then.
public enum MallocArenas {
    public static func limit() {
        sitegen_limit_malloc_arenas()
    }
}
