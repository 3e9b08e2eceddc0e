import Testing

@testable import SiteGen

@Suite("Unit: BaseURL")
struct BaseURLUnitTests {
    @Test(
        "accepted addresses",
        arguments: [
            ("https://www.example.fr", "https://www.example.fr", "/"),
            ("https://www.example.fr/", "https://www.example.fr", "/"),
            ("https://example.github.io/shop", "https://example.github.io", "/shop/"),
            ("https://example.github.io/shop/", "https://example.github.io", "/shop/"),
            ("https://example.org/a/b", "https://example.org", "/a/b/"),
            ("http://localhost:8080", "http://localhost:8080", "/"),
            ("https://www.example.fr:8443/shop", "https://www.example.fr:8443", "/shop/"),
            ("HTTPS://WWW.Example.FR/Shop", "https://www.example.fr", "/Shop/"),
            ("  https://www.example.fr  ", "https://www.example.fr", "/"),
            ("https://example.fr/caf%C3%A9", "https://example.fr", "/caf%C3%A9/"),
        ])
    func accepted(_ text: String, origin: String, path: String) throws {
        let url = try #require(BaseURL(text))
        #expect(url.origin == origin)
        #expect(url.path == path)
        #expect(url.description == origin + path)
    }

    @Test(
        "refused addresses",
        arguments: [
            "", "ftp://example.fr/", "javascript:alert(1)", "mailto:contact@example.fr", "file:///etc/passwd",
            "/shop", "shop/", "www.example.fr", "example.fr/shop", "https://", "https:example.fr", "//example.fr",
            "https://user:password@example.fr", "https://user@example.fr", "https://example.fr/?a=1",
            "https://example.fr/?", "https://example.fr/#top", "https://example.fr/shop#",
        ])
    func refused(_ text: String) {
        #expect(BaseURL(text) == nil)
    }

    @Test("absolute addresses of site paths")
    func absolute() throws {
        let root = try #require(BaseURL("https://www.example.fr"))
        #expect(root.absolute("/") == "https://www.example.fr/")
        #expect(root.absolute("") == "https://www.example.fr/")
        #expect(root.absolute("/news/oven/") == "https://www.example.fr/news/oven/")
        #expect(root.absolute("news/oven/") == "https://www.example.fr/news/oven/")

        let shop = try #require(BaseURL("https://example.github.io/shop"))
        #expect(shop.absolute("/") == "https://example.github.io/shop/")
        #expect(shop.absolute("/news/oven/") == "https://example.github.io/shop/news/oven/")
        #expect(shop.absolute("//feed.xml") == "https://example.github.io/shop/feed.xml")
    }

    @Test("rooted addresses carry the base path")
    func rooted() throws {
        let root = try #require(BaseURL("https://www.example.fr/"))
        #expect(root.rooted("/") == "/")
        #expect(root.rooted("/style.css") == "/style.css")
        #expect(root.rooted("about/") == "/about/")

        let shop = try #require(BaseURL("https://example.github.io/shop/"))
        #expect(shop.rooted("/") == "/shop/")
        #expect(shop.rooted("") == "/shop/")
        #expect(shop.rooted("/style.css") == "/shop/style.css")
        #expect(shop.rooted("about/") == "/shop/about/")
    }

    @Test("the same site written two ways is one BaseURL")
    func equality() {
        #expect(BaseURL("https://Example.fr/shop") == BaseURL("https://example.fr/shop/"))
        #expect(BaseURL("https://example.fr/") != BaseURL("http://example.fr/"))
    }

    @Test("an IPv6 host keeps its brackets")
    func ipv6() throws {
        let url = try #require(BaseURL("http://[::1]:8080/"))
        #expect(url.origin == "http://[::1]:8080")
    }
}
