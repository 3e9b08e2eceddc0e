import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file operations of the library, as a value of closures: `live` uses
/// the disk, `inMemory` a tree of files held in memory; tests also replace
/// single operations (a write that fails half-way, say).
public struct FileSystem: Sendable {
    public enum ItemKind: Sendable { case file, directory, none }

    /// An exclusive lock on one file, held until `release` is called.
    public struct HeldLock: Sendable {
        public var release: @Sendable () -> Void

        public init(release: @escaping @Sendable () -> Void) {
            self.release = release
        }
    }

    public var read: @Sendable (URL) throws -> Data
    /// Writes a file and waits until its bytes are on the disk.
    public var write: @Sendable (Data, URL) throws -> Void
    /// Writes a file and leaves its bytes in the kernel's cache, for a
    /// folder that is put on the disk as a whole by `sync` before anyone
    /// relies on it (a build's staging folder): one flush for the whole
    /// build instead of one a file, the most of its kernel time.
    public var writeUnsynced: @Sendable (Data, URL) throws -> Void
    /// Puts on the disk every file written so far on the file system that
    /// holds the path (syncfs(2)).
    public var sync: @Sendable (URL) throws -> Void
    /// Creates a folder and the folders it goes in; nothing to do when it exists.
    public var createDirectory: @Sendable (URL) throws -> Void
    public var copy: @Sendable (URL, URL) throws -> Void
    /// Moves a file or folder to a path where there is nothing yet.
    public var move: @Sendable (URL, URL) throws -> Void
    /// Moves a file over the file at the second path in one step, as
    /// rename(2) does: a reader sees the old file or the new one.
    public var moveReplacing: @Sendable (URL, URL) throws -> Void
    /// Replaces a file's bytes so that a reader, or a crash at any moment,
    /// sees the old file or the new one, never half of one; the file keeps
    /// its permissions, and a symbolic link stays one.
    public var replace: @Sendable (Data, URL) throws -> Void
    /// Removes a file, or a folder with everything in it.
    public var remove: @Sendable (URL) throws -> Void
    public var kind: @Sendable (URL) -> ItemKind
    /// The names in one folder, sorted, dot-files included.
    public var contents: @Sendable (URL) throws -> [String]
    /// Waits for an exclusive lock on a file, shared by every sitegen
    /// process, creating the file (empty) when missing.
    public var lock: @Sendable (URL) throws -> HeldLock
    /// Paths of every file below a folder, relative to it, sorted; dot-files
    /// included; throws when a folder below cannot be read.
    public var filesBelow: @Sendable (URL) throws -> [String]
    /// Every file below a folder (first argument), following symbolic links
    /// that stay inside the second, with what could not be listed.
    public var listing: @Sendable (URL, URL) throws -> FileListing

    /// The disk: the one place of the seam that calls Foundation's file APIs.
    public static let live = FileSystem(
        read: { try Data(contentsOf: $0) },
        write: { data, url in try data.write(to: url) },
        writeUnsynced: { data, url in try UnsyncedFile.write(data, to: url.path) },
        sync: { url in try UnsyncedFile.syncFileSystem(holding: url.path) },
        createDirectory: { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: true) },
        // The file a symbolic link names, not the link: listing follows only links inside the site.
        copy: { source, destination in try FileManager.default.copyItem(at: source.resolvingSymlinksInPath(), to: destination) },
        move: { source, destination in try FileManager.default.moveItem(at: source, to: destination) },
        moveReplacing: { source, destination in
            // FileManager's move refuses an existing destination; rename(2) replaces it in one step.
            guard rename(source.path, destination.path) == 0 else { throw POSIXError(errno, "cannot move \(source.path) to \(destination.path)") }
        },
        replace: { data, url in try AtomicFile.replace(url.path, with: data) },
        remove: { try FileManager.default.removeItem(at: $0) },
        kind: { url in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .none }
            return isDirectory.boolValue ? .directory : .file
        },
        contents: { try FileManager.default.contentsOfDirectory(atPath: $0.path).sorted() },
        lock: { url in
            let lock = FileLock(path: url.path)
            try lock.acquire()
            return HeldLock(release: { lock.release() })
        },
        filesBelow: { root in
            let listing = try FileListing.live(root, linksWithin: root)
            if let (path, problem) = listing.problems.first(where: { if case .unreadable = $0.problem { true } else { false } }),
                case .unreadable(let message) = problem
            {
                throw CocoaError(
                    .fileReadNoPermission,
                    userInfo: [
                        NSFilePathErrorKey: root.appendingPathComponent(path).path,
                        NSLocalizedDescriptionKey: "cannot read \(path): \(message)",
                    ])
            }
            return listing.files
        },
        listing: { root, boundary in try FileListing.live(root, linksWithin: boundary) }
    )
}
