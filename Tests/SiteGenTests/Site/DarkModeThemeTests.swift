import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The default theme in dark mode, read from what a build of `site-example/`
/// publishes: every colour has a dark value, every text colour keeps 4.5:1 on
/// every background in both modes, and nothing dark reaches paper.
@Suite("Site: the default theme's dark mode")
struct DarkModeThemeTests {
    let files: FileSystem
    let stylesheet: String

    static let darkMedia = "@media screen and (prefers-color-scheme: dark)"
    static let textColours = ["--text", "--muted", "--link"]
    static let backgrounds = ["--paper", "--surface"]

    init() throws {
        files = try InMemoryBuild.copy(of: TestSupport.exampleSite)
        try InMemoryBuild.build(TestSupport.exampleSite, in: files)
        stylesheet = try InMemoryBuild.text(files, "style.css")
    }

    @Test func everyPageTellsTheBrowserItHasBothModes() throws {
        for page in ["index.html", "contact/index.html", "links/index.html", "404.html"] {
            let html = try InMemoryBuild.text(files, page)
            #expect(html.contains(#"<meta name="color-scheme" content="light dark">"#), "\(page)")
        }
    }

    @Test func darkModeGivesEveryColourADarkValue() throws {
        let light = try #require(Self.colours(in: Self.block(after: ":root {", in: stylesheet)))
        let dark = try #require(Self.colours(in: Self.block(after: Self.darkMedia + " {", in: stylesheet)))
        #expect(light.count >= 7)
        #expect(Set(dark.keys) == Set(light.keys), "a colour without a dark value stays light on a dark page")
    }

    @Test func everyTextColourKeepsItsContrastInBothModes() throws {
        for (mode, block) in [
            ("light", Self.block(after: ":root {", in: stylesheet)),
            ("dark", Self.block(after: Self.darkMedia + " {", in: stylesheet)),
        ] {
            let colours = try #require(Self.colours(in: block))
            for text in Self.textColours + ["--focus"] {
                for background in Self.backgrounds {
                    let ratio = try Self.contrast(#require(colours[text]), try #require(colours[background]))
                    #expect(ratio >= 4.5, "\(mode): \(text) on \(background) is \(ratio):1")
                }
            }
        }
    }

    @Test func darkModeIsForScreensOnly() throws {
        #expect(stylesheet.contains(Self.darkMedia))
        #expect(!stylesheet.contains("@media (prefers-color-scheme: dark)"), "would reach paper when printing")
        let print = try InMemoryBuild.text(files, "print.css")
        #expect(print.contains("html { background: #fff; }"))
    }

    @Test func theQRCodeStaysDarkOnWhite() throws {
        let rule = try #require(stylesheet.split(separator: "\n").first { $0.hasPrefix(".qr img") })
        #expect(rule.contains("background: #fff"))
    }

    /// The declarations of the block that opens with `opening`, up to its closing brace.
    static func block(after opening: String, in css: String) -> Substring? {
        guard let start = css.range(of: opening)?.upperBound,
            let end = css[start...].firstIndex(of: "}")
        else { return nil }
        return css[start..<end]
    }

    /// `--name: #rrggbb;` declarations, by name.
    static func colours(in block: Substring?) -> [String: String]? {
        guard let block else { return nil }
        var colours: [String: String] = [:]
        for match in block.matches(of: /(--[a-z-]+):\s*(#[0-9a-fA-F]{6});/) {
            colours[String(match.output.1)] = String(match.output.2)
        }
        return colours
    }

    /// WCAG 2.x contrast ratio of two `#rrggbb` colours, rounded down to one decimal.
    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        let ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
        return (ratio * 10).rounded(.down) / 10
    }

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
