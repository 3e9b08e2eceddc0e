import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// `templates/custom.css` (issue 15): a few rules added after the theme's
/// stylesheet, which stays, instead of a `style.css` that replaces it.
@Suite("Site: the site's custom.css after the theme's stylesheet")
struct CustomStylesheetTests {
    static let custom = ":root { --link: #0b5d1e; }\n"

    /// The example site in memory, with `files` added to it.
    static func exampleSite(adding files: [String: String]) throws -> FileSystem {
        let fileSystem = try InMemoryBuild.copy(of: TestSupport.exampleSite)
        for (path, text) in files {
            let url = TestSupport.exampleSite.appendingPathComponent(path)
            try fileSystem.createDirectory(url.deletingLastPathComponent())
            try fileSystem.write(Data(text.utf8), url)
        }
        return fileSystem
    }

    @Test func everyPageLinksCustomCSSAfterTheThemeStylesheetWhichStays() throws {
        let files = try Self.exampleSite(adding: ["templates/custom.css": Self.custom])
        try InMemoryBuild.build(TestSupport.exampleSite, in: files)
        for page in ["index.html", "contact/index.html", "links/index.html", "404.html"] {
            let html = try InMemoryBuild.text(files, page)
            let links = ContentAudit.stylesheets(in: html, basePath: "/")
            #expect(links == ["style.css", "custom.css", "print.css"], "\(page)")
            #expect(html.contains(#"<link rel="stylesheet" href="/custom.css">"#), "\(page)")
        }
        #expect(try InMemoryBuild.text(files, "custom.css") == Self.custom)
        let theme = try #require(EmbeddedResources.theme.first { $0.path == "style.css" })
        // Whole (without its comments) and first; the example's theme: block (colours, fonts) follows it.
        #expect(try files.read(InMemoryBuild.output.appendingPathComponent("style.css")).starts(with: StylesheetComments.removed(from: theme.data)))
    }

    @Test func withoutCustomCSSNoPageLinksIt() throws {
        let files = try Self.exampleSite(adding: [:])
        try InMemoryBuild.build(TestSupport.exampleSite, in: files)
        #expect(!(try InMemoryBuild.text(files, "index.html")).contains("custom.css"))
        #expect(files.kind(InMemoryBuild.output.appendingPathComponent("custom.css")) == .none)
    }

    /// In `static/` it would be published and used by no page: the build says where it goes.
    @Test func aCustomCSSInStaticIsAWarningThatSaysWhereItGoes() throws {
        let files = try Self.exampleSite(adding: ["static/custom.css": Self.custom])
        let report = try InMemoryBuild.build(TestSupport.exampleSite, in: files)
        let root = TestSupport.exampleSite.path + "/"
        let warnings = report.warnings.map { $0.description.replacingOccurrences(of: root, with: "") }
        #expect(
            warnings.contains(
                "static/custom.css: warning: is copied as it is, but no page uses it: move it to templates/custom.css, and every page will load it after the theme's style.css"
            ), "\(warnings)")
        #expect(try InMemoryBuild.text(files, "custom.css") == Self.custom, "nothing of the owner's is lost")
    }

    /// `sitegen check` weighs the home page with every stylesheet it links.
    @Test func theHomePageWeightCountsCustomCSS() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        // Random text does not compress: 20 KB of it is over the budget alone.
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<20_000).map { _ in String("abcdefghijklmnopqrstuvwxyz0123456789".randomElement(using: &generator)!) }.joined()
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data(".noise::after { content: \"\(noise)\"; }\n".utf8).write(to: site.appendingPathComponent("templates/custom.css"))
        let report = SiteChecker(siteDirectory: site, clock: .fixed(Date(timeIntervalSince1970: 1_796_212_800))).check()
        #expect(report.built)
        #expect(report.diagnostics.filter { $0.message.hasPrefix("the home page and its stylesheets weigh") }.count == 1)
    }
}
