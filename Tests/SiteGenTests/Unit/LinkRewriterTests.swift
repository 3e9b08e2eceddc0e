import Testing

@testable import SiteGen

@Suite("Unit: LinkRewriter")
struct LinkRewriterUnitTests {
    private let rewriter = LinkRewriter(
        pathsBySource: [
            "index.md": "/",
            "about.md": "/about/",
            "news/index.md": "/news/",
            "news/oven.md": "/news/oven/",
            "news/2024/summer.md": "/news/2024/summer/",
            "menu/crème brûlée.md": "/menu/creme-brulee/",
        ],
        draftSources: ["news/secret.md"],
        baseURL: BaseURL("https://www.example.fr/")!)

    private func resolved(_ destination: String, from folder: String, base: String? = nil) -> String? {
        var rewriter = self.rewriter
        if let base { rewriter.baseURL = BaseURL(base)! }
        guard case .success(let address) = rewriter.resolve(destination, from: folder) else { return nil }
        return address
    }

    private func failure(_ destination: String, from folder: String) -> String? {
        guard case .failure(let error) = rewriter.resolve(destination, from: folder) else { return nil }
        return error.message
    }

    @Test(
        "links with a scheme, protocol-relative links and fragments are not relative",
        arguments: [
            "", "https://example.fr/a.md", "http://example.fr", "HTTPS://EXAMPLE.FR", "mailto:contact@example.fr", "tel:+33123456789",
            "#horaires", "#", "//cdn.example.fr/a.js", "javascript:alert(1)", "data:text/plain,hi", "C:foo", "x-custom+scheme.1:thing",
        ])
    func notRelative(_ destination: String) {
        #expect(!LinkRewriter.isRelative(destination))
    }

    @Test(
        "paths are relative",
        arguments: [
            "a.md", "../a.md", "./a.md", "/about.md", "a.md#x", "a.md?x=1", "images/photo.jpg", "?page=2", "news/", "./x:y.md", "a/b:c",
            ":nothing-before", "café.md", "é:x",
        ])
    func relative(_ destination: String) {
        #expect(LinkRewriter.isRelative(destination))
    }

    @Test(
        "a link to a Markdown file becomes its page's address",
        arguments: [
            ("about.md", "", "/about/"),
            ("./about.md", "", "/about/"),
            ("news/oven.md", "", "/news/oven/"),
            ("oven.md", "news", "/news/oven/"),
            ("../about.md", "news", "/about/"),
            ("../../about.md", "news/2024", "/about/"),
            ("../oven.md", "news/2024", "/news/oven/"),
            ("./../index.md", "news", "/"),
            ("/about.md", "news/2024", "/about/"),
            ("/news/oven.md", "", "/news/oven/"),
            ("sub/../about.md", "", "/about/"),
            ("index.md", "news", "/news/"),
            ("ABOUT.MD", "", nil),
        ])
    func resolves(_ destination: String, folder: String, expected: String?) {
        #expect(resolved(destination, from: folder) == expected)
    }

    @Test("fragments and queries are kept")
    func suffixes() {
        #expect(resolved("about.md#horaires", from: "") == "/about/#horaires")
        #expect(resolved("../about.md?lang=fr", from: "news") == "/about/?lang=fr")
        #expect(resolved("about.md?x=1#y", from: "") == "/about/?x=1#y")
        #expect(resolved("about.md#a.md", from: "") == "/about/#a.md")
    }

    @Test("percent-encoded names are decoded")
    func percentEncoded() {
        #expect(resolved("../menu/cr%C3%A8me%20br%C3%BBl%C3%A9e.md#prix", from: "news") == "/menu/creme-brulee/#prix")
        #expect(resolved("/menu/crème brûlée.md", from: "") == "/menu/creme-brulee/")
    }

    @Test("the base path is put in front")
    func basePath() {
        #expect(resolved("about.md#x", from: "", base: "https://example.github.io/shop") == "/shop/about/#x")
        #expect(resolved("/index.md", from: "news", base: "https://example.github.io/shop/") == "/shop/")
    }

    @Test(
        "links to other files are left as written",
        arguments: [
            "images/photo.jpg", "../files/price list.pdf", "news/", "?page=2", "a.mdx", "a.md/", "notes.markdown",
        ])
    func otherFiles(_ destination: String) {
        #expect(resolved(destination, from: "news") == destination)
    }

    @Test("a link to a draft says how to build drafts")
    func draft() throws {
        let message = try #require(failure("secret.md", from: "news"))
        #expect(message == "the link \"secret.md\" points to content/news/secret.md, a draft; drafts are built only with --drafts")
    }

    @Test("a link to a missing file names the file it looked for")
    func missing() throws {
        #expect(failure("../abuot.md#x", from: "news") == "the link \"../abuot.md#x\" points to content/abuot.md, which does not exist")
        #expect(failure("/news/nope.md", from: "") == "the link \"/news/nope.md\" points to content/news/nope.md, which does not exist")
    }

    @Test(
        "a link above content/ is refused",
        arguments: [
            ("../about.md", ""), ("../../about.md", "news"), ("../../../etc/passwd.md", "news/2024"), ("/../about.md", "news"),
            ("%2E%2E/about.md", ""), ("a/../../b.md", ""),
        ])
    func escaping(_ destination: String, folder: String) throws {
        let message = try #require(failure(destination, from: folder))
        #expect(message == "the link \"\(destination)\" points outside content/")
    }
}

@Suite("Unit: LinkRewriter under a base path")
struct LinkRewriterBasePathUnitTests {
    let rewriter = LinkRewriter(pathsBySource: ["about.md": "/about/"], draftSources: [], baseURL: BaseURL("https://example.github.io/shop")!)

    @Test(arguments: [
        ("/images/logo.svg", "/shop/images/logo.svg"),
        ("/about.md#team", "/shop/about/#team"),
        ("about.md", "/shop/about/"),
        ("images/logo.svg", "images/logo.svg"),
        ("/files/menu.pdf?v=2", "/shop/files/menu.pdf?v=2"),
    ])
    func rootedAddressesGetTheBasePath(_ example: (String, String)) throws {
        #expect(try rewriter.resolve(example.0, from: "").get() == example.1)
    }
}

/// Links and images that name a file the site does not write (issue 11).
@Suite("Unit: LinkRewriter and the site's files")
struct LinkRewriterFileTests {
    let outputs: Set<String> = ["index.html", "press/index.html", "news/new-oven/index.html", "images/oven.svg", "menu.pdf", "feed.xml"]

    @Test(arguments: [
        ("/images/oven.svg", "/"), ("/menu.pdf", "/news/new-oven/"), ("/press/", "/"), ("/press", "/"), ("/", "/news/new-oven/"),
        ("../../images/oven.svg", "/news/new-oven/"), ("news/new-oven/", "/"), ("/feed.xml", "/"), ("/images/oven%2Esvg", "/"),
    ])
    func aLinkToAFileOfTheSiteIsKept(_ path: String, _ page: String) {
        #expect(LinkRewriter.missingFile(path, from: page, among: outputs) == nil)
    }

    @Test func aLinkToNoFileNamesWhereItPointsAndTheNearestFile() {
        #expect(
            LinkRewriter.missingFile("/images/ovn.svg", from: "/", among: outputs)
                == "points to /images/ovn.svg, which is not a file of the site (static/ or a page); did you mean /images/oven.svg?")
        #expect(LinkRewriter.missingFile("/presse/", from: "/", among: outputs)?.hasSuffix("did you mean /press/?") == true)
        #expect(
            LinkRewriter.missingFile("oven.svg", from: "/news/new-oven/", among: outputs)?.hasPrefix("points to /news/new-oven/oven.svg,") == true)
        #expect(LinkRewriter.missingFile("../../../x.txt", from: "/news/new-oven/", among: outputs) == "leads outside the site")
    }

    @Test func withoutTheSitesFilesOnlyMarkdownLinksAreChecked() throws {
        let rewriter = LinkRewriter(pathsBySource: [:], draftSources: [], baseURL: BaseURL("https://shop.example/")!)
        #expect(try rewriter.resolve("/nothing.pdf", from: "").get() == "/nothing.pdf")
        var checking = rewriter
        checking.outputPaths = outputs
        #expect(throws: LinkError.self) { try checking.resolve("/nothing.pdf", from: "").get() }
        #expect(try checking.resolve("/press/?page=2#top", from: "").get() == "/press/?page=2#top")
    }
}
