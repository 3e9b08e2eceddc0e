import Foundation

@testable import SiteGen
@testable import SiteGenCore

/// Builds wholly in memory: the site is read from a `FileSystem.inMemory`
/// and the output written into it. The output's checks, lock and swap
/// work on the disk (they guard real folders against other processes), so
/// the output goes to a path that is not on the disk, where they find
/// nothing, and `OutputSystem.inMemory` stands in for the lock and the swap.
enum InMemoryBuild {
    /// Not on the disk; the build makes it in memory.
    static let output = URL(fileURLWithPath: "/sitegen-in-memory/public")

    /// Builds `site`, already in `fileSystem`, into `output` in the same file system.
    @discardableResult
    static func build(
        _ site: URL, in fileSystem: FileSystem, into output: URL = output, drafts: Bool = false, baseURL: String? = nil,
        clock: BuildClock = .fixed(Date(timeIntervalSince1970: 0))
    ) throws -> BuildReport {
        precondition(FileSystem.live.kind(output.deletingLastPathComponent()) == .none, "\(output.path) is on the disk")
        let options = BuildOptions(
            siteDirectory: site, outputDirectory: output, baseURL: baseURL, includeDrafts: drafts,
            workingDirectory: site)
        var builder = SiteBuilder(options: options, fileSystem: fileSystem, clock: clock)
        builder.outputSystem = .inMemory
        return try builder.build()
    }

    /// A copy of the real folder `site` in memory, at the same path, so that messages show the same paths.
    static func copy(of site: URL) throws -> FileSystem {
        try .inMemory(copying: [site])
    }

    static func text(_ fileSystem: FileSystem, _ path: String, in output: URL = output) throws -> String {
        String(decoding: try fileSystem.read(output.appendingPathComponent(path)), as: UTF8.self)
    }

    /// Every file below the output with its bytes, by relative path.
    static func tree(_ fileSystem: FileSystem, _ output: URL = output) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try fileSystem.filesBelow(output) {
            files[path] = try fileSystem.read(output.appendingPathComponent(path))
        }
        return files
    }
}

extension OutputSystem {
    /// For an output in memory: no swap in one step (the build moves the
    /// folders with two moves of its file system instead), and a lock nobody
    /// else takes, as each in-memory file system belongs to one test.
    static let inMemory = OutputSystem(exchange: { _, _ in false }, lock: { _, _ in 0 }, unlock: { _, _ in })
}
