import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// A dated post is an h-entry that IndieWeb readers and search engines
/// understand: name, content, date, address, author, photos, tags, and the
/// addresses of the same post elsewhere.
@Suite("Posts: post pages as h-entries")
struct PostPageTests {
    private func page(_ path: String) throws -> String {
        try PostSite.built.get().site.text(path)
    }

    @Test("an imported Mastodon post carries every h-entry property")
    func mastodonPost() throws {
        let html = try page("posts/fresh-rye-today/index.html")
        #expect(html.contains(#"<article class="wrap h-entry">"#))
        #expect(html.contains(#"<h1 class="p-name">Fresh rye today!</h1>"#))
        #expect(
            html.contains(
                #"<a class="u-url" href="https://shop.example/posts/fresh-rye-today/"><time class="dt-published" datetime="2024-05-04T09:12:00Z">May 4, 2024</time></a>"#
            ))
        #expect(html.contains(#"by <a class="p-author h-card" href="https://shop.example/">Rye &amp; Co</a>"#))
        #expect(html.contains(#"<div class="e-content">"#))
        #expect(html.contains(#"<img class="hero u-photo" src="/posts/2024-05-04-fresh-rye-today-1-960w."#))
        // The photo of the text too, through its <picture>.
        #expect(html.contains(#"<img class="u-photo" src="/posts/2024-05-04-fresh-rye-today-2-960w."#))
        #expect(html.contains(#"<span class="p-category">bread</span>, <span class="p-category">rye</span>"#))
        #expect(
            html.contains(
                #"<a class="u-syndication" rel="syndication" href="https://social.example/@bakery/112000000000000001">Originally on Mastodon</a>"#
            ))
        // The content is the post's text, and the page's other parts are outside it.
        let content = try #require(html.firstRange(of: #"<div class="e-content">"#))
        let contentEnd = try #require(html[content.upperBound...].firstRange(of: "</div>"))
        let inside = html[content.upperBound..<contentEnd.lowerBound]
        #expect(inside.contains("Fresh rye today! Come early"))
        #expect(!inside.contains("p-category"))
        #expect(!inside.contains("Three rye loaves"))
    }

    @Test("a post from a platform whose export has no addresses says where it was, as text")
    func instagramPost() throws {
        let html = try page("posts/croissants/index.html")
        #expect(html.contains(#"<p class="syndication">Originally on Instagram</p>"#))
        #expect(!html.contains("u-syndication"))
        #expect(html.contains(#"<img class="hero u-photo""#))
        #expect(html.contains(#"alt="""#), "an imported photo without a description is shown, with an empty alt")
    }

    @Test("WordPress is named though it is no profile platform")
    func wordpressPost() throws {
        let html = try page("posts/long-read/index.html")
        #expect(html.contains(#"href="https://blog.example/2024/02/sourdough/">Originally on WordPress</a>"#))
    }

    @Test("pages that are not dated posts are no h-entries, and their photos no u-photos")
    func undatedPage() throws {
        let html = try page("about/index.html")
        #expect(!html.contains("h-entry"))
        #expect(!html.contains("u-photo"))
        #expect(!html.contains("e-content"))
        #expect(html.contains(#"<img src="/posts/2024-05-04-fresh-rye-today-2-960w."#))
    }

    @Test("without imported_from, the platform is named from the address's host; in French too")
    func platformFromHostInFrench() throws {
        let site = try PostSite(
            pages: [
                "index.md": "---\ntitle: Accueil\n---\nBonjour.\n",
                "posts/2024-06-01-pain.md": """
                ---
                title: Le pain du jour
                syndication:
                  - https://www.instagram.com/p/C7abcdef/
                  - https://unknown.example/notes/1
                tags: [pain]
                ---
                Du pain.
                """,
            ],
            siteYAML: "name: Boulangerie\nurl: https://shop.example/\nlanguage: fr\n")
        defer { site.cleanUp() }
        try site.build()
        let html = try site.text("posts/pain/index.html")
        #expect(html.contains(#"href="https://www.instagram.com/p/C7abcdef/">Publié à l’origine sur Instagram</a>"#))
        #expect(html.contains(#"href="https://unknown.example/notes/1">Publié à l’origine sur unknown.example</a>"#))
        #expect(html.contains(#"<span class="label">Mots-clés</span> <span class="p-category">pain</span>"#))
        #expect(html.contains(#"</time></a> par <a class="p-author h-card""#))
    }

    @Test("every language of the theme has the posts' words")
    func texts() {
        for (language, table) in ThemeTexts.tables {
            for key in ["by", "tags", "originally_on"] {
                #expect(!(table[key] ?? "").isEmpty, "\(language) lacks \(key)")
            }
        }
    }
}
