import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// site.yml's `theme:` colours and corners in a built site (issue 15): the
/// published style.css ends with the derived palettes, the site's own
/// style.css too, changes are warned of at their key, bad values stop the
/// build, and without them style.css is the theme's, byte for byte.
@Suite("Site: brand colours and corners in style.css")
struct BrandColoursSiteTests {
    static let marker = "/* From the theme: block of site.yml"

    /// The example site in memory, with `block` added to its site.yml and
    /// `files` added; also the line of site.yml where `block` starts.
    static func exampleSite(theme block: String, adding files: [String: String] = [:]) throws -> (FileSystem, firstLine: Int) {
        let fileSystem = try InMemoryBuild.copy(of: TestSupport.exampleSite)
        let siteFile = TestSupport.exampleSite.appendingPathComponent("site.yml")
        // The example's own look goes, so that each test's block is the only one.
        var text = TestSupport.withoutThemeBlock(String(decoding: try fileSystem.read(siteFile), as: UTF8.self))
        if !text.hasSuffix("\n") { text += "\n" }
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        try fileSystem.write(Data((text + block).utf8), siteFile)
        for (path, text) in files {
            let url = TestSupport.exampleSite.appendingPathComponent(path)
            try fileSystem.createDirectory(url.deletingLastPathComponent())
            try fileSystem.write(Data(text.utf8), url)
        }
        return (fileSystem, firstLine)
    }

    /// The theme's style.css as published: without its comments.
    static var themeStylesheet: Data {
        StylesheetComments.removed(from: EmbeddedResources.theme.first { $0.path == "style.css" }!.data)
    }

    /// `--name: #rrggbb;` of the block opening with `opening` after the generated part's start.
    static func colours(after opening: String, in css: String) throws -> [String: String] {
        let generated = try #require(css.range(of: marker)).lowerBound
        let block = try #require(DarkModeThemeTests.block(after: opening, in: String(css[generated...])))
        return try #require(DarkModeThemeTests.colours(in: block))
    }

    @Test func theStylesheetEndsWithThePaletteForBothModesAndTheCorners() throws {
        let (files, _) = try Self.exampleSite(theme: "theme:\n  accent: \"#0f766e\"\n  corners: round\n")
        let report = try InMemoryBuild.build(TestSupport.exampleSite, in: files)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let css = try InMemoryBuild.text(files, "style.css")
        let theme = String(decoding: Self.themeStylesheet, as: UTF8.self)
        #expect(css.hasPrefix(theme), "the theme's stylesheet stays whole, first")
        let added = css.dropFirst(theme.count)
        #expect(added.hasPrefix("\n" + Self.marker))
        #expect(added.contains("  --radius: 16px;\n  --button-radius: 999px;\n"))
        let light = try Self.colours(after: ":root {", in: css)
        let dark = try Self.colours(after: DarkModeThemeTests.darkMedia + " {\n  :root {", in: css)
        #expect(light["--link"] == "#0f766e")
        #expect(light["--brand"] == "#0f766e")
        let names = ["--paper", "--surface", "--text", "--muted", "--link", "--brand", "--on-brand", "--focus", "--rule"]
        #expect(Set(light.keys) == Set(names))
        #expect(Set(dark.keys) == Set(names))
        for (mode, colours) in [("light", light), ("dark", dark)] {
            for text in ["--text", "--muted", "--link", "--focus"] {
                for background in ["--paper", "--surface"] {
                    let ratio = DarkModeThemeTests.contrast(try #require(colours[text]), try #require(colours[background]))
                    #expect(ratio >= 4.5, "\(mode): \(text) on \(background) is \(ratio):1")
                }
            }
            let button = DarkModeThemeTests.contrast(try #require(colours["--on-brand"]), try #require(colours["--brand"]))
            #expect(button >= 4.5, "\(mode): a button's text is \(button):1")
        }
    }

    @Test func aColourChangedForAUseIsAWarningAtItsKey() throws {
        let (files, firstLine) = try Self.exampleSite(theme: "theme:\n  accent: \"#f4c430\"\n")
        let report = try InMemoryBuild.build(TestSupport.exampleSite, in: files)
        let root = TestSupport.exampleSite.path + "/"
        let warnings = report.warnings.map { $0.description.replacingOccurrences(of: root, with: "") }
        let link = try #require(try Self.colours(after: ":root {", in: InMemoryBuild.text(files, "style.css"))["--link"])
        #expect(
            warnings == [
                "site.yml:\(firstLine + 1):11: warning: theme.accent #f4c430 is too light for text in the header, the footer and the cards (1.3:1); links use \(link) (4.5:1) instead, buttons keep #f4c430 with dark text"
            ])
    }

    @Test func aValueThatIsNotAColourOrACornerStopsTheBuildAtIt() throws {
        let (files, firstLine) = try Self.exampleSite(theme: "theme:\n  accent: teal\n  corners: pill\n")
        let error = #expect(throws: DiagnosticsError.self) { try InMemoryBuild.build(TestSupport.exampleSite, in: files) }
        let root = TestSupport.exampleSite.path + "/"
        #expect(
            error?.diagnostics.map { $0.description.replacingOccurrences(of: root, with: "") } == [
                "site.yml:\(firstLine + 1):11: error: theme.accent: \"teal\" is not a colour; write it as #rrggbb, such as #0f766e",
                "site.yml:\(firstLine + 2):12: error: theme.corners: \"pill\" is not one of sharp, soft, round",
            ])
        #expect(files.kind(InMemoryBuild.output) == .none, "nothing is published")
    }

    /// A site's own style.css gets the same lines: harmless if it does not use the names.
    @Test func theSitesOwnStylesheetGetsThemToo() throws {
        let own = "body { color: #222; }"
        let (files, _) = try Self.exampleSite(theme: "theme:\n  corners: sharp\n", adding: ["templates/style.css": own])
        try InMemoryBuild.build(TestSupport.exampleSite, in: files)
        let css = try InMemoryBuild.text(files, "style.css")
        #expect(css.hasPrefix(own + "\n\n" + Self.marker))
        #expect(css.hasSuffix(":root {\n  --radius: 0;\n  --button-radius: 0;\n}\n"))
        #expect(try InMemoryBuild.text(files, "print.css").contains(Self.marker) == false)
    }

    @Test func withoutThemeColoursOrCornersTheStylesheetIsTheThemes() throws {
        let (files, _) = try Self.exampleSite(theme: "theme:\n  hero_alt: De bakkerij\n")
        try InMemoryBuild.build(TestSupport.exampleSite, in: files)
        #expect(try files.read(InMemoryBuild.output.appendingPathComponent("style.css")) == Self.themeStylesheet)
    }

    @Test func twoBuildsWriteTheSameStylesheet() throws {
        let block = "theme:\n  accent: \"#b5452b\"\n  background: \"#fbfaf7\"\n  surface: \"#333\"\n"
        var stylesheets: [Data] = []
        for _ in 0..<2 {
            let (files, _) = try Self.exampleSite(theme: block)
            try InMemoryBuild.build(TestSupport.exampleSite, in: files)
            stylesheets.append(try files.read(InMemoryBuild.output.appendingPathComponent("style.css")))
        }
        #expect(stylesheets[0] == stylesheets[1])
    }
}
