import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#endif

/// `.sitegen/cache/images/` of the site: every file made from a photo,
/// named by the photo's content hash, sitegen's image settings and the
/// product (`3f/3f2a…-v1-w960.avif`), and the index of the photos' hashes.
/// A build with unchanged photos makes none again; entries no build used
/// are removed by the next full build. Entries are written under a
/// temporary name and renamed, so that a build killed while writing, or two
/// builds at once, never leave half a file under an entry's name.
struct ImageCache: Sendable {
    let folder: URL
    let fileSystem: FileSystem

    init(siteDirectory: URL, fileSystem: FileSystem) {
        folder = siteDirectory.appendingPathComponent(".sitegen/cache/images")
        self.fileSystem = fileSystem
    }

    private var indexFile: URL { folder.appendingPathComponent("index.json") }
    static let largestIndex: Int64 = 64 * 1024 * 1024
    /// Held while a build reads, writes and prunes entries.
    var lockFile: URL { folder.deletingLastPathComponent().appendingPathComponent("images.lock") }

    func entry(hash: String, _ product: ImageProduct, header: ImageHeader) -> URL {
        folder.appendingPathComponent(String(hash.prefix(2)))
            .appendingPathComponent("\(hash)-\(ImageSettings.version)-\(product.cacheSuffix(for: header))")
    }

    /// Whether `entry` is there as it was written: a regular file (never a
    /// symbolic link) whose identity is the one `recorded` when it was
    /// stored. On a file system that is not the disk (the tests'), a file.
    func isIntact(_ entry: URL, recorded: FileIdentity?) -> Bool {
        if let identity = FileIdentity.of(entry.path, followingLinks: false) { return identity == recorded }
        // On the disk, anything else there (a link, a folder) is not an entry.
        var info = stat()
        guard lstat(entry.path, &info) != 0 else { return false }
        return recorded == nil && fileSystem.kind(entry) == .file
    }

    /// The entry's name in the index: its path below the cache's folder.
    func name(of entry: URL) -> String {
        entry.deletingLastPathComponent().lastPathComponent + "/" + entry.lastPathComponent
    }

    /// Writes an entry and returns its identity, for the index.
    @discardableResult
    func store(_ data: Data, at entry: URL) throws -> FileIdentity? {
        try CacheFolder.store(data, at: entry, fileSystem)
        return FileIdentity.of(entry.path, followingLinks: false)
    }

    /// The index, or an empty one when there is none or it cannot be read
    /// (a damaged index only costs reading the photos again).
    func readIndex() -> ImageIndex {
        // A few hundred bytes a photo: anything near this size is not an index of ours.
        if let identity = FileIdentity.of(indexFile.path, followingLinks: false), identity.size > Self.largestIndex { return ImageIndex() }
        guard let data = try? fileSystem.read(indexFile),
            let index = try? JSONDecoder().decode(ImageIndex.self, from: data), index.version == ImageIndex.currentVersion
        else { return ImageIndex() }
        return index
    }

    func writeIndex(_ index: ImageIndex) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try store(try encoder.encode(index), at: indexFile)
    }

    /// Removes the entries not in `used`, and what killed builds left
    /// under temporary names; only files of the cache's own two-level
    /// layout are touched.
    func prune(keeping used: Set<URL>) {
        let keep = Set(used.map(\.standardizedFileURL.path))
        guard let shards = try? fileSystem.contents(folder) else { return }
        for shard in shards where shard.count == 2 && shard.allSatisfy(\.isHexDigit) {
            let shardFolder = folder.appendingPathComponent(shard)
            guard fileSystem.kind(shardFolder) == .directory, let names = try? fileSystem.contents(shardFolder) else { continue }
            for name in names where name.hasPrefix(shard) || name.hasPrefix("." + shard) {
                let file = shardFolder.appendingPathComponent(name)
                if !keep.contains(file.standardizedFileURL.path) { try? fileSystem.remove(file) }
            }
        }
    }
}
