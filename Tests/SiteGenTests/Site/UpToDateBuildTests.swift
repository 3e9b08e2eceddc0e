import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

#if canImport(Glibc)
    import Glibc
#endif

/// `sitegen build` with nothing changed since the last build leaves the
/// output as it is (`LastBuildRecord`); any change to what the site is made
/// of builds it again.
@Suite("Site: a build with nothing changed")
struct UpToDateBuildTests {
    /// A copy of site-example in a new folder, built into its public/.
    private struct Site {
        let root = TestSupport.temporaryDirectory()
        var folder: URL { root.appendingPathComponent("site") }
        var output: URL { folder.appendingPathComponent("public") }

        init() throws {
            try FileManager.default.copyItem(at: TestSupport.exampleSite, to: folder)
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(".sitegen"))
        }

        @discardableResult
        func build(
            _ use: SiteBuilder.LastBuildUse = .skipWhenUnchanged, drafts: Bool = false, baseURL: String? = nil,
            today: Date = Date(timeIntervalSince1970: 1_900_000_000)
        ) throws -> BuildReport {
            let options = BuildOptions(siteDirectory: folder, baseURL: baseURL, includeDrafts: drafts, workingDirectory: folder)
            var builder = SiteBuilder(options: options, clock: .fixed(today))
            builder.lastBuild = use
            return try builder.build()
        }

        func file(_ path: String) -> URL { folder.appendingPathComponent(path) }

        func text(_ path: String) throws -> String { try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }

        /// Inode and change time of a file of the output: equal only if nothing wrote it.
        func identity(_ path: String) -> [Int] {
            var info = stat()
            guard lstat(output.appendingPathComponent(path).path, &info) == 0 else { return [] }
            return [Int(info.st_ino), Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)]
        }

        func append(_ text: String, to path: String) throws {
            let handle = try FileHandle(forWritingTo: file(path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        }
    }

    @Test("the second build leaves the output as it is, with the first one's counts and warnings")
    func secondBuildIsUpToDate() throws {
        let site = try Site()
        defer { TestSupport.cleanUp(site.root) }
        let first = try site.build()
        #expect(first.upToDate == false)
        #expect(first.summary.hasPrefix("Built 32 pages"))
        let before = site.identity("index.html")
        let second = try site.build()
        #expect(second.upToDate)
        #expect(second.pageCount == first.pageCount && second.redirectCount == first.redirectCount)
        #expect(second.warnings == first.warnings)
        #expect(second.steps.map(\.name) == ["Look for changes", "Look at the output"])
        #expect(second.summary.hasPrefix("Up to date: 32 pages in "), "\(second.summary)")
        #expect(site.identity("index.html") == before && !before.isEmpty)
        #expect(try site.build().upToDate)
    }

    @Test("another output of the same site, linking the same cached photos, does not make the first one build again")
    func anotherOutputOfTheSameSite() throws {
        let site = try Site()
        defer { TestSupport.cleanUp(site.root) }
        try site.build()
        let other = BuildOptions(
            siteDirectory: site.folder, outputDirectory: site.root.appendingPathComponent("other"), workingDirectory: site.folder)
        var builder = SiteBuilder(options: other, clock: .fixed(Date(timeIntervalSince1970: 1_900_000_000)))
        builder.lastBuild = .skipWhenUnchanged
        #expect(try builder.build().images.reused > 0)
        #expect(try site.build().upToDate)
        #expect(try builder.build().upToDate)
    }

    @Test("the warnings of the last build are said again")
    func warningsAreSaidAgain() throws {
        let site = try Site()
        defer { TestSupport.cleanUp(site.root) }
        // In 2030, site-example's hours and contact were last checked years ago.
        let first = try site.build()
        #expect(!first.warnings.isEmpty)
        let second = try site.build()
        #expect(second.upToDate && second.warnings == first.warnings)
    }

    /// Each change to what a build depends on makes the next build run.
    @Test(
        "a change to the site, the output, the options or the date builds again",
        arguments: [
            "a page's text", "a page's time stamp", "a new page", "a static file", "links.yml", "a template of the site",
            "a file of the output", "a file added to the output", "--drafts", "--base-url", "another day",
        ])
    func changesBuildAgain(change: String) throws {
        let site = try Site()
        defer { TestSupport.cleanUp(site.root) }
        try site.build()
        var drafts = false
        var baseURL: String?
        var today = Date(timeIntervalSince1970: 1_900_000_000)
        switch change {
        case "a page's text": try site.append("\nUne phrase de plus.\n", to: "content/a-propos.md")
        case "a page's time stamp":
            try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: site.file("content/a-propos.md").path)
        case "a new page": try Data("---\ntitle: Nouveau\n---\nTexte.\n".utf8).write(to: site.file("content/nouveau.md"))
        case "a static file": try Data("User-agent: *\n".utf8).write(to: site.file("static/humans.txt"))
        case "links.yml": try site.append("\n", to: "links.yml")
        case "a template of the site":
            try FileManager.default.createDirectory(at: site.file("templates"), withIntermediateDirectories: true)
            try Data("<p>404</p>\n".utf8).write(to: site.file("templates/404.mustache"))
        case "a file of the output": try Data("changed by hand".utf8).write(to: site.output.appendingPathComponent("index.html"))
        case "a file added to the output": try Data("mine".utf8).write(to: site.output.appendingPathComponent("notes.txt"))
        case "--drafts": drafts = true
        case "--base-url": baseURL = "https://preview.example.org/"
        default: today += 86_400
        }
        let report = try site.build(drafts: drafts, baseURL: baseURL, today: today)
        #expect(report.upToDate == false)
        #expect(try site.text("index.html") != "changed by hand")
        #expect(try site.build(drafts: drafts, baseURL: baseURL, today: today).upToDate)
    }

    @Test("a page that is a link to a file elsewhere in the site: a change to that file builds again")
    func linkedFile() throws {
        let site = try Site()
        defer { TestSupport.cleanUp(site.root) }
        try FileManager.default.createDirectory(at: site.file("shared"), withIntermediateDirectories: true)
        try Data("---\ntitle: Partagé\n---\nPremière version.\n".utf8).write(to: site.file("shared/partage.md"))
        try FileManager.default.createSymbolicLink(atPath: site.file("content/partage.md").path, withDestinationPath: "../shared/partage.md")
        try site.build()
        #expect(try site.text("partage/index.html").contains("Première version."))
        try Data("---\ntitle: Partagé\n---\nSeconde version.\n".utf8).write(to: site.file("shared/partage.md"))
        #expect(try site.build().upToDate == false)
        #expect(try site.text("partage/index.html").contains("Seconde version."))
    }

    @Test("--force builds and records; a failed build leaves no record")
    func forceAndFailure() throws {
        let site = try Site()
        defer { TestSupport.cleanUp(site.root) }
        try site.build()
        #expect(try site.build(.record).upToDate == false)
        #expect(try site.build().upToDate)
        let options = BuildOptions(siteDirectory: site.folder, workingDirectory: site.folder)
        #expect(LastBuildRecord.read(for: options) != nil)
        let settings = try Data(contentsOf: site.file("site.yml"))
        try site.append("\nname: [\n", to: "site.yml")
        #expect(throws: DiagnosticsError.self) { try site.build() }
        #expect(LastBuildRecord.read(for: options) == nil)
        try settings.write(to: site.file("site.yml"))
        #expect(try site.build().upToDate == false)
        // The preview's builds and builds in memory never look at records.
        #expect(try site.build(.ignore).upToDate == false)
    }

    @Test("a link under the record's name is someone else's: never read nor replaced")
    func linkAtTheRecord() throws {
        let site = try Site()
        defer { TestSupport.cleanUp(site.root) }
        let options = BuildOptions(siteDirectory: site.folder, workingDirectory: site.folder)
        let record = LastBuildRecord.path(for: options)
        let elsewhere = site.root.appendingPathComponent("precious.txt")
        try Data("precious".utf8).write(to: elsewhere)
        try FileManager.default.createDirectory(at: record.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: record, withDestinationURL: elsewhere)
        try site.build()
        #expect(try site.build().upToDate == false)
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "precious")
    }

    @Test("the command says when nothing changed, and --force builds anyway")
    func command() throws {
        let site = try Site()
        defer { TestSupport.cleanUp(site.root) }
        let first = try CommandLineTests.run(["build"], in: site.folder)
        #expect(first.status == 0 && first.stdout.hasPrefix("Built 32 pages"), "\(first.stdout)\(first.stderr)")
        let second = try CommandLineTests.run(["build"], in: site.folder)
        #expect(second.status == 0 && second.stdout.hasPrefix("Up to date: 32 pages in public/, nothing changed since the last build ("))
        let forced = try CommandLineTests.run(["build", "--force"], in: site.folder)
        #expect(forced.status == 0 && forced.stdout.hasPrefix("Built 32 pages"))
    }
}
