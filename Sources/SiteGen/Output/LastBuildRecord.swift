import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#endif

/// What the last successful `sitegen build` of an output folder recorded in
/// the site's `.sitegen/last-build/` (which site templates' `.gitignore`
/// leaves out): the fingerprint of its inputs and of the output it made,
/// and what it reported, so that a build with nothing changed can say the
/// same without building. One record per output folder, named by its path.
struct LastBuildRecord: Codable, Equatable, Sendable {
    /// Changed whenever what is recorded, or what a fingerprint covers, changes.
    static let format = 1

    var format = Self.format
    var fingerprint: BuildFingerprint
    var pageCount: Int
    var redirectCount: Int
    var staticFileCount: Int
    var warnings: [Diagnostic]

    static func path(for options: BuildOptions) -> URL {
        let name = String(ContentHash.sha256(Data(options.outputDirectory.path.utf8)).prefix(16))
        return options.siteDirectory.appendingPathComponent(".sitegen/last-build/\(name).json")
    }

    /// The record of the output folder, or nil when there is none that this sitegen can read.
    static func read(for options: BuildOptions) -> LastBuildRecord? {
        guard isOurs(path(for: options)), let data = try? Data(contentsOf: path(for: options)),
            let record = try? JSONDecoder().decode(LastBuildRecord.self, from: data), record.format == Self.format
        else { return nil }
        return record
    }

    /// Written whole or not at all; a record that cannot be written only
    /// means that the next build runs in full.
    func write(for options: BuildOptions) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let file = Self.path(for: options)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Nothing there yet (not even a dangling link), or our own file.
        var info = stat()
        guard let data = try? encoder.encode(self), Self.isOurs(file) || lstat(file.path, &info) != 0 else { return }
        try? AtomicFile.replace(file.path, with: data)
    }

    /// Removes the record: until a build succeeds, the output is not the one recorded.
    static func remove(for options: BuildOptions) {
        let file = path(for: options)
        if isOurs(file) { try? FileManager.default.removeItem(at: file) }
    }

    /// A regular file: a link or a folder under the record's name is someone
    /// else's, never read, replaced or removed.
    private static func isOurs(_ file: URL) -> Bool {
        var info = stat()
        return lstat(file.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
