import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The `embeds` fixture: a video of each platform and a map alone on their
/// lines, addresses that are not embeds, and the frames and script an owner
/// pastes from a platform's "Embed" button.
@Suite("Site: embeds")
struct EmbedSiteTests {
    private static let site = TestSupport.fixture("embeds")

    @Test func cardsByDefaultWithNothingLoadedFromThePlatforms() throws {
        let files = try InMemoryBuild.copy(of: Self.site)
        try InMemoryBuild.build(Self.site, in: files)
        let html = try InMemoryBuild.text(files, "videos/index.html")
        #expect(html.components(separatedBy: #"<a class="embed-card""#).count - 1 == 5)
        for name in [
            "Play: </span><span class=\"embed-title\">Video on YouTube</span>",
            "Play: </span><span class=\"embed-title\">Video on Vimeo</span>",
            "Play: </span><span class=\"embed-title\">Our oven at work</span><span class=\"visually-hidden\"> on </span><span class=\"embed-platform\">YouTube</span>",
            "Play: </span><span class=\"embed-title\">Video on PeerTube</span>",
            "<span class=\"embed-title\">Find the shop</span><span class=\"visually-hidden\"> on </span><span class=\"embed-platform\">OpenStreetMap</span>",
        ] {
            #expect(html.contains(name), "\(name)")
        }
        // Only the site's own files are loaded: no frame, no thumbnail, no style from elsewhere.
        for address in EmbedTests.loadedAddresses(in: html) {
            #expect(address.hasPrefix("/") || !address.contains("://"), "\(address)")
        }
        #expect(!html.contains("<iframe"))
        #expect(html.contains("&lt;script>\n  window.tracker = true;\n&lt;/script>"))
        #expect(html.contains(#"<a href="https://www.youtube.com/watch?v=too-short">"#))
        #expect(html.contains("with\n" + #"<a href="https://youtu.be/aqz-KE-bpKQ">https://youtu.be/aqz-KE-bpKQ</a> in it"#))
        #expect(try InMemoryBuild.text(files, "style.css").contains(".embed-card"))
    }

    @Test func iframeModeShowsThePlayers() throws {
        let files = try InMemoryBuild.copy(of: Self.site)
        let config = Self.site.appendingPathComponent("site.yml")
        try files.write(Data((try String(contentsOf: config, encoding: .utf8) + "embeds: iframe\n").utf8), config)
        try InMemoryBuild.build(Self.site, in: files)
        let html = try InMemoryBuild.text(files, "videos/index.html")
        for player in [
            "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?start=90", "https://player.vimeo.com/video/76979871",
            "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ", "https://framatube.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv",
            "https://www.openstreetmap.org/export/embed.html?bbox=",
        ] {
            #expect(html.contains(#"<iframe src=""# + player), "\(player)")
        }
        #expect(html.components(separatedBy: "<figcaption><a href=").count - 1 == 5)
        #expect(!html.contains("embed-card"))
    }

    @Test func pastedFramesAndScriptsAreWarnedAtTheirPlace() throws {
        let files = try InMemoryBuild.copy(of: Self.site)
        let report = try InMemoryBuild.build(Self.site, in: files)
        let file = "content/videos.md"
        #expect(
            report.warnings.map(\.description) == [
                "\(file):17:1: warning: the <iframe> tag is shown as text, not run, for safety: to show a YouTube, Vimeo or PeerTube video or an OpenStreetMap map, put its address alone on a line",
                "\(file):19:20: warning: the <iframe> tag is shown as text, not run, for safety: link to the map on Google Maps instead, or put the address of the place on OpenStreetMap alone on a line",
                "\(file):21:1: warning: the <script> tag is shown as text, not run, for safety: a page's text cannot run programs; remove it",
            ])
    }
}
