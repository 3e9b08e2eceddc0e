import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// `sitegen theme eject` (issue 15): the theme's own files copied into the
/// site's `templates/`, never over a file already there.
@Suite("Site: sitegen theme eject")
struct ThemeEjectTests {
    static let site = URL(fileURLWithPath: "/sitegen-in-memory/site")

    static func ejector(_ files: [String: String] = [:]) throws -> ThemeEjector {
        let siteFiles = files.merging(["site.yml": "name: Shop\n"]) { $1 }
        let fileSystem = try FileSystem.inMemory(siteFiles.reduce(into: [:]) { $0[site.appendingPathComponent($1.key).path] = $1.value })
        return ThemeEjector(siteDirectory: site, fileSystem: fileSystem)
    }

    static func embedded(_ path: String) throws -> Data {
        try #require(EmbeddedResources.theme.first { $0.path == path }).data
    }

    func read(_ ejector: ThemeEjector, _ path: String) throws -> Data {
        try ejector.fileSystem.read(Self.site.appendingPathComponent(path))
    }

    @Test func writesTheThemesOwnBytes() throws {
        let ejector = try Self.ejector()
        let written = try ejector.eject(["style.css", "page"], displayRoot: "templates")
        #expect(written.map(\.path) == ["style.css", "page.mustache"])
        #expect(try read(ejector, "templates/style.css") == Self.embedded("style.css"))
        #expect(try read(ejector, "templates/page.mustache") == Self.embedded("page.mustache"))
        #expect(
            written.first?.meaning
                == "templates/style.css now replaces the theme's stylesheet; for a few changes, templates/custom.css added after it is simpler")
    }

    @Test func neverReplacesAFileAndWritesNothingThen() throws {
        let ejector = try Self.ejector(["templates/style.css": "body { color: red; }\n"])
        let error = #expect(throws: DiagnosticsError.self) { try ejector.eject(["page.mustache", "style.css"], displayRoot: "templates") }
        #expect(
            error?.diagnostics.map(\.description) == [
                "templates/style.css: error: already exists, and sitegen never replaces a file of yours: edit it, or move it away first to get the theme's again"
            ])
        #expect(try read(ejector, "templates/style.css") == Data("body { color: red; }\n".utf8))
        #expect(ejector.fileSystem.kind(Self.site.appendingPathComponent("templates/page.mustache")) == .none)
    }

    @Test func anUnknownNameSuggestsTheClosest() throws {
        let ejector = try Self.ejector()
        let error = #expect(throws: DiagnosticsError.self) { try ejector.eject(["stlye.css", "nothing-like-it.txt"], displayRoot: "templates") }
        #expect(
            error?.diagnostics.map(\.description) == [
                "sitegen theme eject: error: the theme has no file \"stlye.css\"; did you mean style.css?",
                "sitegen theme eject: error: the theme has no file \"nothing-like-it.txt\" (sitegen theme eject alone lists them)",
            ])
        #expect(ejector.fileSystem.kind(Self.site.appendingPathComponent("templates")) == .none)
    }

    @Test func allWritesEveryFileNotThereYet() throws {
        let ejector = try Self.ejector(["templates/footer.mustache": "<footer>Ours</footer>\n"])
        let (written, kept) = try ejector.ejectAll(displayRoot: "templates")
        #expect(kept.map(\.path) == ["footer.mustache"])
        #expect(Set(written.map(\.path)) == Set(EmbeddedResources.theme.map(\.path)).subtracting(["footer.mustache"]))
        for file in written {
            #expect(try read(ejector, "templates/\(file.path)") == Self.embedded(file.path))
        }
        #expect(try read(ejector, "templates/footer.mustache") == Data("<footer>Ours</footer>\n".utf8))
    }

    /// The listing says what each file is; a file added to the theme needs its line.
    @Test func everyFileOfTheThemeIsDescribed() throws {
        let ejector = try Self.ejector()
        #expect(ejector.files.map(\.path) == EmbeddedResources.theme.map(\.path).sorted())
        #expect(ejector.files.filter { ThemeFileDescription.summaries[$0.path] == nil }.map(\.path) == [])
    }

    /// The whole theme ejected is the theme: the site builds to the same bytes.
    @Test func theEjectedThemeBuildsTheSameSite() throws {
        let theme = try InMemoryBuild.copy(of: TestSupport.exampleSite)
        try InMemoryBuild.build(TestSupport.exampleSite, in: theme)
        let ejected = try InMemoryBuild.copy(of: TestSupport.exampleSite)
        _ = try ThemeEjector(siteDirectory: TestSupport.exampleSite, fileSystem: ejected).ejectAll(displayRoot: "templates")
        try InMemoryBuild.build(TestSupport.exampleSite, in: ejected)
        #expect(try InMemoryBuild.tree(ejected) == InMemoryBuild.tree(theme))
    }

    @Test func theCommandListsEjectsAndRefuses() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("shop"), withIntermediateDirectories: true)
        let notASite = try CommandLineTests.run(["theme", "eject", "style.css"], in: root)
        #expect(notASite.status == 1)
        #expect(
            notASite.stderr
                == ".: error: is not a site's folder (it has no site.yml): run this in your site's folder, or give it with --site DIR\n")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("templates").path) == false)
        try Data("name: Shop\n".utf8).write(to: root.appendingPathComponent("shop/site.yml"))

        let listing = try CommandLineTests.run(["theme", "eject"], in: root)
        #expect(listing.status == 0)
        #expect(
            listing.stdout.contains("  style.css               the theme's stylesheet: colours, fonts, spacing of every page\n"), "\(listing.stdout)")
        #expect(listing.stdout.contains("sitegen theme eject style.css"))

        let first = try CommandLineTests.run(["theme", "eject", "style.css", "--site", "shop"], in: root)
        #expect(first.status == 0)
        #expect(
            first.stdout
                == "wrote shop/templates/style.css\n  templates/style.css now replaces the theme's stylesheet; for a few changes, templates/custom.css added after it is simpler\n"
        )
        #expect(try Data(contentsOf: root.appendingPathComponent("shop/templates/style.css")) == Self.embedded("style.css"))

        let again = try CommandLineTests.run(["theme", "eject", "style.css", "--site", "shop"], in: root)
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("shop/templates/style.css: error: already exists"), "\(again.stderr)")

        let misspelt = try CommandLineTests.run(["theme", "eject", "pgae.mustache", "--site", "shop"], in: root)
        #expect(misspelt.status == 1)
        #expect(misspelt.stderr.contains("did you mean page.mustache?"), "\(misspelt.stderr)")

        let all = try CommandLineTests.run(["theme", "eject", "--all", "--site", "shop"], in: root)
        #expect(all.status == 0)
        #expect(all.stdout.contains("kept shop/templates/style.css as it is: it was already there"))
        #expect(all.stdout.contains("wrote shop/templates/home.mustache\n"))
    }
}
