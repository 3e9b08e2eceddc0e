/// How much of an export sitegen agrees to read. An export is hostile input
/// until checked: a zip or gzip bomb, a posts file of gigabytes or an archive
/// of a million entries each get a clear refusal instead of filling the disk
/// or the memory.
public struct ExportLimits: Sendable {
    /// Bytes, after decompression, that reading the whole export may produce.
    public var maximumTotalBytes: Int64 = 5 * 1024 * 1024 * 1024
    /// Decompressed bytes per byte of archive; real exports (JPEG, MP4, JSON)
    /// stay far below it.
    public var maximumRatio: Int64 = 100
    /// Below this many decompressed bytes the ratio is not looked at: a small
    /// archive of very repetitive JSON is not a bomb.
    public var ratioFloorBytes: Int64 = 64 * 1024 * 1024
    /// A posts file (JSON, JavaScript or XML) is parsed in memory, so it has
    /// a size limit; a small business's files are a few megabytes.
    public var maximumDocumentBytes: Int = 256 * 1024 * 1024
    /// One photo or video.
    public var maximumMediaBytes: Int64 = 2 * 1024 * 1024 * 1024
    public var maximumEntries = 1_000_000
    /// Folders deep, for an unpacked export.
    public var maximumDepth = 64

    public init() {}
}
