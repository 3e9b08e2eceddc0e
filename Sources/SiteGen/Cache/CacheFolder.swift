import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#endif

/// What the build's caches under `.sitegen/cache/` (photos, fonts) share:
/// a lock held while a build reads, writes and prunes entries, and entries
/// written under a temporary name and renamed, so that a build killed while
/// writing, or two builds at once, never leave half a file under an entry's
/// name.
enum CacheFolder {
    /// The cache's lock, or nil with a warning when the folder cannot be
    /// used (a read-only checkout): that only costs time, as `remade` says.
    static func lock(
        _ folder: URL, lockFile: URL, name: String, remade: String, _ environment: BuildEnvironment
    ) -> FileSystem.HeldLock? {
        do {
            try environment.fileSystem.createDirectory(folder)
            return try environment.fileSystem.lock(lockFile)
        } catch {
            environment.log.report(
                .warning(
                    at: SourceLocation(file: environment.options.display(folder)),
                    "cannot use the \(name) (\(error.localizedDescription)); \(remade)"))
            return nil
        }
    }

    /// Writes `data` as `entry`, whole or not at all.
    static func store(_ data: Data, at entry: URL, _ fileSystem: FileSystem) throws {
        let folder = entry.deletingLastPathComponent()
        try fileSystem.createDirectory(folder)
        let temporary = folder.appendingPathComponent(".\(entry.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        try fileSystem.write(data, temporary)
        do {
            try fileSystem.moveReplacing(temporary, entry)
        } catch {
            try? fileSystem.remove(temporary)
            throw error
        }
    }
}
