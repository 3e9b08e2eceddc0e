import Foundation

@testable import SiteGen
@testable import SiteGenCore

/// Paths and helpers shared by the tests that build whole sites.
enum TestSupport {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let exampleSite = packageRoot.appendingPathComponent("site-example")

    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/SiteGenTests/Fixtures").appendingPathComponent(name)
    }

    /// A new empty folder, removed by the caller with `cleanUp`.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func cleanUp(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    /// Builds `site` into `output`, with messages relative to the site's folder.
    @discardableResult
    static func build(
        _ site: URL, into output: URL, drafts: Bool = false, baseURL: String? = nil,
        fileSystem: FileSystem = .live
    ) throws -> BuildReport {
        let options = BuildOptions(
            siteDirectory: site, outputDirectory: output, baseURL: baseURL, includeDrafts: drafts,
            workingDirectory: site)
        return try SiteBuilder(options: options, fileSystem: fileSystem, clock: .fixed(Date(timeIntervalSince1970: 0))).build()
    }

    /// Every file below a folder with its bytes, by relative path.
    static func tree(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileSystem.live.filesBelow(root) {
            files[path] = try Data(contentsOf: root.appendingPathComponent(path))
        }
        return files
    }

    static func text(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Copies a folder to a new temporary place, for tests that edit a site.
    static func copyOfSite(_ site: URL) throws -> URL {
        let copy = temporaryDirectory().appendingPathComponent("site")
        try FileManager.default.copyItem(at: site, to: copy)
        try? FileManager.default.removeItem(at: copy.appendingPathComponent("public"))
        // The caches of builds of the original (its photos' variants).
        try? FileManager.default.removeItem(at: copy.appendingPathComponent(".sitegen"))
        return copy
    }

    /// site.yml's text without its `theme:` block (the key and its indented
    /// lines), for tests that write their own or need the theme as it is.
    static func withoutThemeBlock(_ siteYML: String) -> String {
        var lines: [Substring] = []
        var inBlock = false
        for line in siteYML.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("theme:") {
                inBlock = true
                continue
            }
            if inBlock, line.hasPrefix(" ") { continue }
            inBlock = false
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
