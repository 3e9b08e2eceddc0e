import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Links written with the site's own address become links within the site,
/// autolinked `www.` addresses become `https:`, and links to parts of pages
/// come back with the part to check (issue 11).
@Suite("Unit: own-address links, autolinks and fragments")
struct OwnAddressLinkTests {
    private let rewriter = LinkRewriter(
        pathsBySource: ["index.md": "/", "about.md": "/about/"], draftSources: [],
        baseURL: BaseURL("http://127.0.0.1:8080/")!,
        outputPaths: ["index.html", "about/index.html", "menu.pdf", "contact.vcf"],
        ownAddresses: [BaseURL("http://127.0.0.1:8080/")!, BaseURL("https://www.example.fr/")!])

    @Test(
        "the site's own addresses, with or without www., are links within it",
        arguments: [
            ("https://www.example.fr/about/", "/about/"),
            ("https://example.fr/about/#team", "/about/#team"),
            ("http://WWW.EXAMPLE.FR/menu.pdf?v=2", "/menu.pdf?v=2"),
            ("https://www.example.fr", "/"),
            ("https://www.example.fr/", "/"),
        ])
    func ownAddress(_ example: (String, String)) {
        #expect(rewriter.ownSitePath(of: example.0) == example.1)
    }

    @Test(
        "other sites, other ports and other base paths are left alone",
        arguments: ["https://www.example.com/about/", "https://shop.example.fr/", "https://www.example.fr:8443/", "mailto:a@example.fr", "/about/"])
    func otherAddress(_ destination: String) {
        #expect(rewriter.ownSitePath(of: destination) == nil)
    }

    @Test func underABasePathOnlyThatPathIsTheSite() {
        let base = BaseURL("https://example.github.io/shop/")!
        var shop = rewriter
        shop.ownAddresses = [base]
        #expect(shop.ownSitePath(of: "https://example.github.io/shop/about/") == "/about/")
        #expect(shop.ownSitePath(of: "https://example.github.io/shop") == "/")
        #expect(shop.ownSitePath(of: "https://example.github.io/other/") == nil)
    }

    @Test func anOwnAddressIsPublishedUnderTheBuildsAddressAndChecked() throws {
        let resolved = try rewriter.resolve(MarkdownLink(destination: "https://www.example.fr/about/#team"), from: "", sitePath: "/").get()
        #expect(resolved.address == "/about/#team")
        #expect(resolved.fragment == FragmentTarget(outputPath: "about/index.html", id: "team", written: "https://www.example.fr/about/#team"))
        let missing = rewriter.resolve(MarkdownLink(destination: "https://www.example.fr/abuot/"), from: "", sitePath: "/")
        #expect(throws: LinkError.self) { try missing.get() }
    }

    @Test func fragmentsOfThisPageOtherPagesAndNonPages() throws {
        func fragment(_ destination: String, sitePath: String = "/about/") throws -> FragmentTarget? {
            try rewriter.resolve(MarkdownLink(destination: destination), from: "", sitePath: sitePath).get().fragment
        }
        #expect(try fragment("#hours")?.outputPath == "about/index.html")
        #expect(try fragment("#caf%C3%A9")?.id == "café")
        #expect(
            try fragment("about.md#story", sitePath: "/") == FragmentTarget(outputPath: "about/index.html", id: "story", written: "about.md#story"))
        #expect(try fragment("../#hours")?.outputPath == "index.html")
        #expect(try fragment("#top") == nil, "#top goes to the top of any page")
        #expect(try fragment("#") == nil)
        #expect(try fragment("/menu.pdf#page=2") == nil, "only pages are checked")
        #expect(try fragment("https://www.example.com/#x") == nil, "another site's page")
    }

    @Test func anImageIsNamedAsAnImage() {
        let link = rewriter.resolve(MarkdownLink(destination: "/images/oven.jpg", isImage: true), from: "", sitePath: "/")
        #expect(throws: LinkError.self) { try link.get() }
        if case .failure(let error) = link { #expect(error.message.hasPrefix("the image \"/images/oven.jpg\" points to /images/oven.jpg")) }
    }

    @Test func aFeedTheSiteDoesNotWriteIsRefusedWithTheReason() {
        var site = rewriter
        site.unwrittenReasons = ["feed.xml": "the news feed is written only when content/news/ has dated posts"]
        guard case .failure(let error) = site.resolve(MarkdownLink(destination: "/feed.xml"), from: "", sitePath: "/") else {
            Issue.record("a link to a feed the site does not have was accepted")
            return
        }
        #expect(
            error.message
                == "the link \"/feed.xml\" points to /feed.xml, which this site does not have: the news feed is written only when content/news/ has dated posts"
        )
    }

    @Test func autolinkedWWWAddressesAreHTTPSAndWrittenLinksAreKept() {
        let markdown = "Visit www.cnil.fr or [the shop](http://www.example.com) or http://old.example.org."
        let html = MarkdownRenderer().render(
            markdown, resolveLink: { .success(ResolvedLink(address: $0.destination)) },
            location: { _, _ in
                SourceLocation(file: "x.md")
            }
        ).html
        #expect(html.contains(#"<a href="https://www.cnil.fr">www.cnil.fr</a>"#))
        #expect(html.contains(#"<a href="http://www.example.com">the shop</a>"#), "a link the owner wrote with http: is theirs")
        #expect(html.contains(#"<a href="http://old.example.org">http://old.example.org</a>"#), "an address written with http: stays so")
    }

    @Test func elementIDsAreReadFromEitherQuoteAndDecoded() {
        let ids = ElementIDs.scan(#"<h2 id="hours">H</h2><div id='map'></div><p data-id="no">x</p><h3 id="a&amp;b">y</h3>"#)
        #expect(ids == ["hours", "map", "a&b"])
    }
}
