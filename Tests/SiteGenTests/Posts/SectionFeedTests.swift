import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Every section with dated posts has its own Atom feed beside its list
/// page, linked from it and from its posts; drafts never appear in it.
@Suite("Posts: a feed per section")
struct SectionFeedTests {
    @Test("posts/feed.xml is well-formed Atom with the posts' full text, newest first, without drafts")
    func feed() throws {
        let site = try PostSite.built.get().site
        let xml = try site.text("posts/feed.xml")
        let feed = try FeedXML.parse(xml)
        #expect(feed.name == "feed")
        #expect(feed.first("title")?.text == "Posts – Rye & Co")
        #expect(feed.first("id")?.text == "https://shop.example/posts/feed.xml")
        #expect(feed.all("link").first { $0.attributes["rel"] == "self" }?.attributes["href"] == "https://shop.example/posts/feed.xml")
        #expect(feed.all("link").first { $0.attributes["rel"] == "alternate" }?.attributes["href"] == "https://shop.example/posts/")
        let entries = feed.all("entry")
        #expect(entries.compactMap { $0.first("title")?.text } == ["Fresh rye today!", "Croissants", "Our sourdough, a long read"])
        #expect(!xml.contains("Secret recipe"), "a draft is never in a feed")
        let rye = try #require(entries.first)
        #expect(rye.first("published")?.text == "2024-05-04T09:12:00Z")
        #expect(rye.all("category").map { $0.attributes["term"] } == ["bread", "rye"])
        let content = try #require(rye.first("content")?.text)
        #expect(content.contains("Come early, <a href=\"https://mill.example/@miller\">@miller</a> brought the flour."))
        #expect(content.contains("<video class=\"u-video\" controls"))
        // The post's own photo leads, at the address of a variant that exists.
        let hero = try #require(content.firstMatch(of: /<img src="https:\/\/shop.example\/(posts\/[^"]+)" alt="Three rye loaves on a rack">/))
        #expect(site.exists(String(hero.output.1)))
    }

    @Test("even a build with --drafts leaves drafts out of the section's feed")
    func draftsBuild() throws {
        let site = try PostSite()
        defer { site.cleanUp() }
        try site.build(drafts: true)
        #expect(site.exists("posts/secret/index.html"))
        #expect(!(try site.text("posts/feed.xml")).contains("Secret recipe"))
    }

    @Test("the section page and its posts link to the feed; other pages do not")
    func links() throws {
        let site = try PostSite.built.get().site
        let link = #"<link rel="alternate" type="application/atom+xml" title="Posts – Rye &amp; Co" href="/posts/feed.xml">"#
        #expect(try site.text("posts/index.html").contains(link))
        #expect(try site.text("posts/index.html").contains(#"<a href="/posts/feed.xml">Posts – Rye &amp; Co (Atom)</a>"#))
        #expect(try site.text("posts/fresh-rye-today/index.html").contains(link))
        #expect(!(try site.text("about/index.html")).contains("/posts/feed.xml"))
        #expect(!(try site.text("index.html")).contains("/posts/feed.xml"))
    }

    @Test("the news section keeps the site's feed.xml, and has no second one")
    func newsSection() throws {
        let site = try PostSite.built.get().site
        #expect(site.exists("feed.xml"))
        #expect(!site.exists("news/feed.xml"))
        let news = try site.text("news/open/index.html")
        #expect(news.contains(#"href="/feed.xml">"#))
        #expect(!news.contains("news/feed.xml"))
    }

    @Test("a section of drafts only has no feed, and a link to it says why")
    func onlyDrafts() throws {
        var pages = PostSite.pages
        pages["recipes/2024-01-01-soon.md"] = "---\ntitle: Soon\ndraft: true\n---\nSoon.\n"
        pages["about.md"] = "---\ntitle: About\n---\nSee [the recipes' feed](/recipes/feed.xml).\n"
        let site = try PostSite(pages: pages)
        defer { site.cleanUp() }
        let errors = site.failingBuild()
        #expect(
            errors == [
                "content/about.md:4:5: error: the link \"/recipes/feed.xml\" points to /recipes/feed.xml, which this site does not have: the feed of content/recipes/ is written only when it has dated posts that are not drafts"
            ])
    }

    @Test("a file of static/ where a section's feed goes is an error naming both")
    func clash() throws {
        let site = try PostSite()
        defer { site.cleanUp() }
        try site.write("<feed/>", to: "static/posts/feed.xml")
        let errors = site.failingBuild()
        #expect(errors.count == 1)
        #expect(errors.first?.contains("would write posts/feed.xml, which sitegen's feed of content/posts/ writes too") == true, "\(errors)")
    }

    @Test("a section whose pages are not dated has no feed")
    func undated() throws {
        let site = try PostSite.built.get().site
        #expect(site.exists("menu/index.html"))
        #expect(!site.exists("menu/feed.xml"))
        #expect(!(try site.text("menu/index.html")).contains("application/atom+xml\" title=\"Menu"))
    }

    /// The README's "the 20 latest posts": with 25 in the news section and 25
    /// in another, each feed holds exactly the 20 newest, newest first.
    @Test("a section of 25 posts: its feed has the 20 latest, newest first; the site's feed.xml too")
    func twentyLatest() throws {
        var pages = PostSite.pages
        for day in 1...25 {
            let date = String(format: "2025-01-%02d", day)
            pages["news/\(date)-day-\(day).md"] = "---\ntitle: News of day \(day)\ndate: \(date)T10:00:00Z\n---\nDay \(day).\n"
            pages["posts/\(date)-post-\(day).md"] = "---\ntitle: Post of day \(day)\ndate: \(date)T10:00:00Z\n---\nPost \(day).\n"
        }
        let site = try PostSite(pages: pages)
        defer { site.cleanUp() }
        try site.build()
        let newest = Array((6...25).reversed())
        let news = try FeedXML.parse(try site.text("feed.xml")).all("entry").compactMap { $0.first("title")?.text }
        #expect(news == newest.map { "News of day \($0)" })
        let posts = try FeedXML.parse(try site.text("posts/feed.xml")).all("entry").compactMap { $0.first("title")?.text }
        #expect(posts == newest.map { "Post of day \($0)" })
        // The older ones keep their pages, outside the feed.
        #expect(site.exists("news/day-1/index.html"))
        #expect(site.exists("posts/post-5/index.html"))
    }

    @Test("the preview writes a section's feed again when the text of one of its posts changes")
    func preview() throws {
        let site = try PostSite()
        defer { site.cleanUp() }
        let preview = PreviewBuilder(siteDirectory: site.site, baseURL: nil, includeDrafts: false)
        _ = try preview.buildAll(into: site.output)
        try site.write(PostSite.mastodonPost + "\nA new line for subscribers.\n", to: "content/posts/2024-05-04-fresh-rye-today.md")
        let report = try #require(try preview.update(changed: ["content/posts/2024-05-04-fresh-rye-today.md"]))
        #expect(report.written.contains("posts/feed.xml"))
        #expect(try site.text("posts/feed.xml").contains("A new line for subscribers."))
        #expect(!report.written.contains("feed.xml"), "the news feed carries no post of this section")
    }
}
