import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// A post page describes itself in JSON-LD: a `SocialMediaPosting` when it
/// came from a social network, a `BlogPosting` otherwise, by the business.
@Suite("Posts: JSON-LD of post pages")
struct PostStructuredDataTests {
    /// The JSON-LD objects of a page.
    private func structuredData(_ path: String) throws -> [[String: Any]] {
        let html = try PostSite.built.get().site.text(path)
        return try html.matches(of: /<script type="application\/ld\+json">(.*?)<\/script>/).map { match in
            try #require(try JSONSerialization.jsonObject(with: Data(match.output.1.utf8)) as? [String: Any])
        }
    }

    @Test("an imported Mastodon post is a SocialMediaPosting with its photos, original and author")
    func socialPosting() throws {
        let objects = try structuredData("posts/fresh-rye-today/index.html")
        #expect(objects.count == 1)
        let posting = try #require(objects.first)
        #expect(posting["@context"] as? String == "https://schema.org")
        #expect(posting["@type"] as? String == "SocialMediaPosting")
        #expect(posting["headline"] as? String == "Fresh rye today!")
        #expect(posting["datePublished"] as? String == "2024-05-04T09:12:00Z")
        #expect(posting["url"] as? String == "https://shop.example/posts/fresh-rye-today/")
        #expect(posting["sameAs"] as? [String] == ["https://social.example/@bakery/112000000000000001"])
        #expect(posting["keywords"] as? [String] == ["bread", "rye"])
        let author = try #require(posting["author"] as? [String: Any])
        #expect(author["@id"] as? String == "https://shop.example/#business")
        #expect(author["name"] as? String == "Rye & Co")
        #expect((posting["publisher"] as? [String: Any])?["@id"] as? String == "https://shop.example/#business")
        let images = try #require(posting["image"] as? [String])
        #expect(images.count == 2)
        #expect(images.allSatisfy { $0.hasPrefix("https://shop.example/posts/2024-05-04-fresh-rye-today-") && $0.hasSuffix(".jpg") })
        let shared = try #require(posting["sharedContent"] as? [[String: Any]])
        #expect(shared.map { $0["@type"] as? String } == ["ImageObject", "ImageObject"])
        #expect(shared.map { $0["description"] as? String } == ["Three rye loaves on a rack", "A slice of rye"])
        // Every address it gives is a file the build wrote.
        let site = try PostSite.built.get().site
        for image in images { #expect(site.exists(String(image.dropFirst("https://shop.example/".count))), "\(image)") }
    }

    @Test("a WordPress article and a post written here are BlogPostings")
    func blogPostings() throws {
        #expect(try structuredData("posts/long-read/index.html").first?["@type"] as? String == "BlogPosting")
        let news = try #require(try structuredData("news/open/index.html").first)
        #expect(news["@type"] as? String == "BlogPosting")
        #expect(news["sameAs"] == nil)
        #expect(news["datePublished"] as? String == "2024-01-10")
    }

    @Test("pages that are not posts have none; the home page keeps the business's graph")
    func otherPages() throws {
        #expect(try structuredData("about/index.html").isEmpty)
        #expect(try structuredData("index.html").first?["@graph"] != nil)
    }
}
