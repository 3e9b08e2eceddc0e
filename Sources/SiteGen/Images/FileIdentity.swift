import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What tells whether a file changed without reading it: its size, the
/// time it was last written (to the nanosecond) and its inode. Editors and
/// `cp` change at least one; the image cache trusts the content hash it
/// recorded for a file while all three are the same, as make and ccache do.
struct FileIdentity: Sendable, Codable, Equatable {
    var size: Int64
    var modified: Int64
    var inode: UInt64

    /// Of the file at `path`, following symbolic links unless
    /// `followingLinks` is false; nil when it is not a regular file (a link
    /// itself, then, is not one).
    static func of(_ path: String, followingLinks: Bool = true) -> FileIdentity? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(
            size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino))
    }
}
