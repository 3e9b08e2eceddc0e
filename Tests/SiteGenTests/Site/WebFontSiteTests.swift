import Foundation
import Synchronization
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Fonts from Debian's packages (issue 15): site.yml's `theme:` names a
/// font, and the build publishes it subset to the site's language as WOFF2,
/// with its `@font-face` in style.css and a preload in every page's head.
@Suite("Site: web fonts chosen in site.yml")
struct WebFontSiteTests {
    /// A subsetter that counts its calls; by default fontTools itself does the work.
    final class CountingSubsetter: Sendable {
        private let calls = Mutex(0)
        private let toolVersion: String?
        private let make: @Sendable (URL, FontCharacters) throws(FontSubsetError) -> Data

        init(
            making make: @escaping @Sendable (URL, FontCharacters) throws(FontSubsetError) -> Data = FontSubsetter.live.subset,
            version: String? = "fake 1"
        ) {
            self.make = make
            toolVersion = version
        }

        var subsetter: FontSubsetter {
            FontSubsetter(
                version: { [toolVersion] in toolVersion },
                subset: { [self] font, characters throws(FontSubsetError) in
                    calls.withLock { $0 += 1 }
                    return try make(font, characters)
                })
        }

        var count: Int { calls.withLock { $0 } }
    }

    /// A small site on the disk whose site.yml ends with `theme`.
    static func site(theme: String, language: String = "fr") throws -> URL {
        let site = TestSupport.temporaryDirectory().appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        try "name: Boulangerie Test\nurl: https://boulangerie.example/\nlanguage: \(language)\ntheme:\n\(theme)"
            .write(to: site.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try "---\ntitle: Accueil\ndescription: Du pain.\n---\nDu **pain** au levain, œufs et crème.\n"
            .write(to: site.appendingPathComponent("content/index.md"), atomically: true, encoding: .utf8)
        return site
    }

    @discardableResult
    static func build(_ site: URL, with subsetter: CountingSubsetter) throws -> BuildReport {
        let options = BuildOptions(siteDirectory: site, workingDirectory: site)
        var builder = SiteBuilder(options: options, clock: .fixed(Date(timeIntervalSince1970: 0)))
        builder.fontSubsetter = subsetter.subsetter
        return try builder.build()
    }

    static func errors(building site: URL, with subsetter: CountingSubsetter) -> [String] {
        do {
            _ = try build(site, with: subsetter)
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
        Issue.record("expected the build to fail")
        return []
    }

    @Test func aHeadingFontIsPublishedUsedAndPreloadedAndASecondBuildRunsNoFontTools() throws {
        let site = try Self.site(theme: "  heading_font: Vollkorn\n")
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let subsetter = CountingSubsetter()
        try Self.build(site, with: subsetter)
        #expect(subsetter.count == 1)
        let output = site.appendingPathComponent("public")
        let font = try Data(contentsOf: output.appendingPathComponent("fonts/vollkorn-700.woff2"))
        #expect(font.starts(with: Array("wOF2".utf8)))
        // A subset to French: a fifth of the installed file or less.
        #expect(font.count < 25_000)
        let css = try TestSupport.text(output, "style.css")
        #expect(css.contains(#"src: url("fonts/vollkorn-700.woff2") format("woff2");"#))
        #expect(css.contains("font-display: swap;"))
        #expect(css.contains("unicode-range: U+0020-007E, U+00A0-00FF, "))
        #expect(
            css.hasSuffix(
                ":root {\n  --heading-font: \"Vollkorn\", \"Iowan Old Style\", \"Palatino Linotype\", \"URW Palladio L\", P052, Georgia, serif;\n}\n")
        )
        let home = try TestSupport.text(output, "index.html")
        #expect(home.contains(#"<link rel="preload" href="/fonts/vollkorn-700.woff2" as="font" type="font/woff2" crossorigin>"#))
        #expect(try TestSupport.text(output, "404.html").contains(#"href="/fonts/vollkorn-700.woff2""#))

        let first = try TestSupport.tree(output)
        try Self.build(site, with: subsetter)
        #expect(subsetter.count == 1, "the second build takes the font from .sitegen/cache/fonts/")
        #expect(try TestSupport.tree(output) == first, "byte for byte the same site")
    }

    /// Another language, or another version of the tool, is another subset.
    @Test func aChangedLanguageOrToolMakesTheFontAgain() throws {
        let site = try Self.site(theme: "  body_font: League Spartan\n  heading_font: system\n")
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let fake: @Sendable (URL, FontCharacters) throws(FontSubsetError) -> Data = { font, characters in
            Data(("wOF2 " + font.lastPathComponent + " " + characters.unicodeRange).utf8)
        }
        let subsetter = CountingSubsetter(making: fake)
        try Self.build(site, with: subsetter)
        #expect(subsetter.count == 2)
        let home = try TestSupport.text(site.appendingPathComponent("public"), "index.html")
        #expect(home.contains(#"href="/fonts/league-spartan-400.woff2""#))
        #expect(!home.contains(#"href="/fonts/league-spartan-700.woff2""#), "bold text may come a moment later")
        let newer = CountingSubsetter(making: fake, version: "fake 2")
        try Self.build(site, with: newer)
        #expect(newer.count == 2)
        let polish = CountingSubsetter(making: fake)
        let yml = site.appendingPathComponent("site.yml")
        try (try String(contentsOf: yml, encoding: .utf8)).replacingOccurrences(of: "language: fr", with: "language: pl")
            .write(to: yml, atomically: true, encoding: .utf8)
        try Self.build(site, with: polish)
        #expect(polish.count == 2)
        let font = try TestSupport.text(site.appendingPathComponent("public"), "fonts/league-spartan-400.woff2")
        #expect(font.contains("U+00A0-017F"))
        let cached = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".sitegen/cache/fonts").path)
        #expect(cached.count == 2, "the fonts no build uses any more are removed: \(cached)")
    }

    /// A link put in the cache under an entry's name is not taken for a font.
    @Test func aLinkInTheCacheIsNotPublished() throws {
        let site = try Self.site(theme: "  heading_font: Vollkorn\n")
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let fake: @Sendable (URL, FontCharacters) throws(FontSubsetError) -> Data = { _, _ in Data("wOF2 made".utf8) }
        try Self.build(site, with: CountingSubsetter(making: fake))
        let cache = site.appendingPathComponent(".sitegen/cache/fonts")
        let entry = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first)
        let elsewhere = site.deletingLastPathComponent().appendingPathComponent("secret.woff2")
        try Data("wOF2 secret".utf8).write(to: elsewhere)
        try FileManager.default.removeItem(at: cache.appendingPathComponent(entry))
        try FileManager.default.createSymbolicLink(at: cache.appendingPathComponent(entry), withDestinationURL: elsewhere)
        let again = CountingSubsetter(making: fake)
        try Self.build(site, with: again)
        #expect(again.count == 1)
        #expect(try TestSupport.text(site.appendingPathComponent("public"), "fonts/vollkorn-700.woff2") == "wOF2 made")
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "wOF2 secret", "the file the link named is left alone")
    }

    @Test func systemFontsAddNothing() throws {
        let site = try Self.site(theme: "  heading_font: system\n  body_font: System\n")
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let subsetter = CountingSubsetter()
        try Self.build(site, with: subsetter)
        #expect(subsetter.count == 0)
        let output = site.appendingPathComponent("public")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("fonts").path))
        let theme = try #require(EmbeddedResources.theme.first { $0.path == "style.css" })
        #expect(try Data(contentsOf: output.appendingPathComponent("style.css")) == StylesheetComments.removed(from: theme.data))
        #expect(!(try TestSupport.text(output, "index.html")).contains("preload"))
    }

    @Test func withoutFontToolsTheErrorIsAtTheKeyAndNamesThePackages() throws {
        let site = try Self.site(theme: "  accent: \"#0f766e\"\n  heading_font: roboto slab\n")
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let subsetter = CountingSubsetter(version: nil)
        #expect(
            Self.errors(building: site, with: subsetter) == [
                "site.yml:6:17: error: theme.heading_font: making Roboto Slab into a web font needs fontTools: sudo apt-get install fonttools python3-fonttools python3-brotli"
            ])
        #expect(subsetter.count == 0)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path), "nothing was published")
    }

    @Test func anUnknownFontStopsTheBuildAtItsPlace() throws {
        let site = try Self.site(theme: "  body_font: Open Snas\n")
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let errors = Self.errors(building: site, with: CountingSubsetter())
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix(#"site.yml:5:14: error: theme.body_font: "Open Snas" is not a font sitegen offers; did you mean "Open Sans"?"#)
                == true)
    }

    @Test func whatFontToolsSaysWhenItFailsIsTheError() throws {
        let site = try Self.site(theme: "  heading_font: Inter\n")
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let failing = CountingSubsetter(making: { _, _ throws(FontSubsetError) in throw FontSubsetError(message: "fontTools failed: bad font") })
        #expect(
            Self.errors(building: site, with: failing) == [
                "site.yml:5:17: error: theme.heading_font: cannot make the web font of Inter (700): fontTools failed: bad font"
            ])
    }

    /// A font whose Debian package is not installed: the catalogue's folder is not there.
    @Test func aMissingPackageIsAnErrorAtTheKeyThatSaysWhatToInstall() throws {
        let site = try Self.site(theme: "  heading_font: Vollkorn\n  body_font: Vollkorn\n")
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        var catalogue = WebFontCatalogue.debian
        catalogue.fonts = catalogue.fonts.map { font in
            var font = font
            font.folder = "/nonexistent/fonts/" + font.slug
            return font
        }
        let environment = BuildEnvironment(
            options: BuildOptions(siteDirectory: site, workingDirectory: site), fileSystem: .live, clock: .fixed(Date()), log: DiagnosticLog(),
            fontSubsetter: CountingSubsetter().subsetter)
        let config = try #require(LoadStage.readSiteConfig(environment))
        #expect(WebFontStage.make(config, environment, catalogue: catalogue) == nil)
        #expect(
            environment.log.all.map(\.description) == [
                "site.yml:6:14: error: theme.body_font: Vollkorn needs Debian's fonts-vollkorn package: sudo apt-get install fonts-vollkorn"
            ])
    }

    /// The real tool, on what it cannot read: its own last words are the message.
    @Test func fontToolsOnAFileThatIsNotAFontSaysWhy() throws {
        try #require(FontToolsSubset.version() != nil, "fontTools is installed by scripts/install-dependencies")
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let notAFont = folder.appendingPathComponent("Broken-Regular.ttf")
        try Data("not a font".utf8).write(to: notAFont)
        #expect(throws: FontSubsetError.self) { try FontToolsSubset.run(notAFont, .westernEuropean) }
        do {
            _ = try FontToolsSubset.run(notAFont, .westernEuropean)
        } catch {
            #expect(error.message.hasPrefix("fontTools failed: "), "\(error.message)")
            #expect(error.message.count < 400)
        }
    }

    /// `sitegen check` counts the fonts apart from the 14 KB, and warns above 60 KB of them.
    @Test func theCheckWeighsTheFontsApartAndWarnsAboveSixtyKilobytes() throws {
        let site = try Self.site(theme: "  heading_font: Vollkorn\n  body_font: Inter\n")
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let heavy = CountingSubsetter(making: { _, _ throws(FontSubsetError) in Data("wOF2".utf8) + Data(count: 25 * 1024 - 4) })
        var checker = SiteChecker(siteDirectory: site, clock: .fixed(Date(timeIntervalSince1970: 0)))
        checker.fontSubsetter = heavy.subsetter
        let report = checker.check()
        #expect(report.homePageFontBytes == 3 * 25 * 1024)
        let warnings = report.diagnostics.map { $0.description.replacingOccurrences(of: site.path + "/", with: "") }
        #expect(
            warnings.contains(
                "site.yml:6:14: warning: the home page's web fonts weigh 75.0 KB, over the 60 KB a phone should wait for: use one font for headings and text, or `system` for one of them"
            ), "\(warnings)")
        #expect(!warnings.contains { $0.contains("14 KB") }, "fonts are not counted in the 14 KB")

        let light = CountingSubsetter(making: { _, _ throws(FontSubsetError) in Data("wOF2".utf8) + Data(count: 10 * 1024 - 4) })
        checker.fontSubsetter = light.subsetter
        try FileManager.default.removeItem(at: site.appendingPathComponent(".sitegen"))
        let lighter = checker.check()
        #expect(lighter.homePageFontBytes == 3 * 10 * 1024)
        #expect(!lighter.diagnostics.contains { $0.message.contains("web fonts") })
    }
}
