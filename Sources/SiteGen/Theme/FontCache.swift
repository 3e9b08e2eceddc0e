import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#endif

/// `.sitegen/cache/fonts/` of the site: each web font made, named by the
/// face and a hash of what made it (the font file's path, size and time,
/// the characters, fontTools' version and settings), so that a second build
/// runs no Python and a changed font, language or tool makes it again.
/// Entries are written under a temporary name and renamed, so that a build
/// killed while writing never leaves half a font under an entry's name.
struct FontCache: Sendable {
    let folder: URL
    let fileSystem: FileSystem

    init(siteDirectory: URL, fileSystem: FileSystem) {
        folder = siteDirectory.appendingPathComponent(".sitegen/cache/fonts")
        self.fileSystem = fileSystem
    }

    /// Held while a build reads, writes and prunes entries.
    var lockFile: URL { folder.deletingLastPathComponent().appendingPathComponent("fonts.lock") }

    /// Where `face` made from `source` with `characters` by `tool` is kept.
    func entry(for face: FontFace, source: FileIdentity, path: String, characters: FontCharacters, tool: String) -> URL {
        let made = ["sitegen web font 1", path, "\(source.size)", "\(source.modified)", characters.unicodeRange, tool]
        let key = ContentHash.sha256(Data(made.joined(separator: "\n").utf8))
        return folder.appendingPathComponent("\(face.font.slug)-\(face.weight)-\(key.prefix(24)).woff2")
    }

    /// The entry's font, or nil when there is none or it is not one. On the
    /// disk, a symbolic link under an entry's name is not one: the build
    /// would publish the file it points to.
    func read(_ entry: URL) -> Data? {
        var info = stat()
        if lstat(entry.path, &info) == 0, FileIdentity.of(entry.path, followingLinks: false) == nil { return nil }
        guard fileSystem.kind(entry) == .file, let data = try? fileSystem.read(entry), data.count <= FontToolsSubset.largestOutput,
            data.starts(with: Array("wOF2".utf8))
        else { return nil }
        return data
    }

    func store(_ data: Data, at entry: URL) throws {
        try CacheFolder.store(data, at: entry, fileSystem)
    }

    /// Removes the fonts this build did not use, and what killed builds
    /// left under temporary names; nothing else of the folder is touched.
    func prune(keeping used: Set<URL>) {
        let keep = Set(used.map(\.lastPathComponent))
        guard let names = try? fileSystem.contents(folder) else { return }
        for name in names where (name.hasSuffix(".woff2") || name.hasSuffix(".tmp")) && !keep.contains(name) {
            try? fileSystem.remove(folder.appendingPathComponent(name))
        }
    }
}
