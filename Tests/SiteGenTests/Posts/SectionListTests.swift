import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// A section's list page is an h-feed of h-entries; a section of photo
/// posts reads as a grid of small photos with their excerpts.
@Suite("Posts: section pages as h-feeds")
struct SectionListTests {
    @Test("the list is an h-feed whose items are h-entries with name, address and date")
    func hFeed() throws {
        let html = try PostSite.built.get().site.text("posts/index.html")
        #expect(html.contains(#"<div class="wrap wide h-feed">"#))
        #expect(html.contains(#"<h1 class="p-name">Posts</h1>"#))
        #expect(html.components(separatedBy: #"<li class="h-entry">"#).count - 1 == 3)
        #expect(html.contains(#"<h2><a class="p-name u-url" href="/posts/fresh-rye-today/">Fresh rye today!</a></h2>"#))
        #expect(html.contains(#"<time class="dt-published" datetime="2024-05-04T09:12:00Z">May 4, 2024</time>"#))
        #expect(html.contains(#"<p class="p-summary">Fresh rye today! Come early, @miller brought the flour.</p>"#))
    }

    @Test("posts with a photo show it small, from the variants of 960 pixels and less")
    func thumbnails() throws {
        let site = try PostSite.built.get().site
        let html = try site.text("posts/index.html")
        #expect(html.contains(#"<ul class="cards photo-grid">"#))
        let thumbnail = try #require(
            html.firstMatch(
                of:
                    /<img class="thumbnail u-photo" src="([^"]+)" srcset="([^"]+)" sizes="([^"]+)"[^>]*alt="Three rye loaves on a rack" loading="lazy"/
            ))
        #expect(String(thumbnail.output.3) == ImageSettings.thumbnailSizes)
        let widths = thumbnail.output.2.split(separator: ", ").map { $0.split(separator: " ").last.map(String.init) ?? "" }
        #expect(widths == ["480w", "960w"])
        for candidate in thumbnail.output.2.split(separator: ", ") {
            let address = String(candidate.split(separator: " ")[0].dropFirst())
            #expect(site.exists(address), "\(address) is not written")
        }
        // A post without a photo keeps its plain card.
        #expect(!html.contains(#"alt="Our sourdough"#))
    }

    @Test("a section without photos is no grid")
    func noGrid() throws {
        let html = try PostSite.built.get().site.text("news/index.html")
        #expect(html.contains(#"<ul class="cards">"#))
        #expect(!html.contains("photo-grid"))
        #expect(!html.contains("thumbnail"))
    }

    @Test("the grid and videos stay within the column, with the theme's colours")
    func styles() throws {
        let css = try PostSite.built.get().site.text("style.css")
        #expect(css.contains(".photo-grid { display: grid;"))
        #expect(css.contains("grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr))"))
        #expect(css.contains("video { display: block; max-width: 100%; height: auto;"))
        // Colours come from the theme's variables only, so they follow any colour scheme.
        let start = try #require(css.range(of: "video { display: block;"))
        let added = css[start.lowerBound...]
        #expect(added.firstMatch(of: /#[0-9a-fA-F]{3,6}\b/) == nil)
    }
}
