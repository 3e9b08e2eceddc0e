/// The image cache's record of the raster files of `static/` it has seen:
/// for each, the file's identity when it was read, its content hash and its
/// header, so that a build with unchanged photos reads none of them.
/// Stored as `.sitegen/cache/images/index.json`.
struct ImageIndex: Sendable, Codable, Equatable {
    struct Record: Sendable, Codable, Equatable {
        /// Nil for a file of a file system that is not the disk.
        var identity: FileIdentity?
        var hash: String
        var header: ImageHeader
    }

    /// Changes when the record's shape or meaning changes: an index of
    /// another version is ignored (everything is read again).
    static let currentVersion = 2

    var version = currentVersion
    /// By path below `static/`.
    var files: [String: Record] = [:]
    /// The identity of each cache entry when it was written, by its name:
    /// an entry that changed since (cut short, edited in place through a
    /// hard link of public/, replaced by a link) is made again, never published.
    var entries: [String: FileIdentity] = [:]
}
