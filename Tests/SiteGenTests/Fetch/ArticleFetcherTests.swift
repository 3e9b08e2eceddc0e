import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenFetch

/// Every test here talks to a LocalHTTPServer on 127.0.0.1, never to the internet.
@Suite("Fetch: ArticleFetcher")
struct ArticleFetcherFetchTests {
    static let openGraphPage = """
        <!doctype html>
        <html><head>
        <meta charset="utf-8">
        <meta property="og:title" content="Le meilleur croissant du quartier">
        <meta property="og:site_name" content="Ouest-France">
        <meta property="article:published_time" content="2024-03-12T08:00:00+01:00">
        <meta property="og:locale" content="fr_FR">
        </head><body><p>Article</p></body></html>
        """

    static let jsonLDPage = """
        <!doctype html>
        <html><head>
        <title>Une boulangerie récompensée - Le Télégramme</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebPage", "@id": "https://www.letelegramme.fr/a#page"},
          {"@type": "NewsArticle", "headline": "Une boulangerie r\\u00e9compens\\u00e9e",
           "datePublished": "2024-05-02T06:45:00+02:00", "inLanguage": "fr",
           "publisher": {"@type": "NewsMediaOrganization", "name": "Le Télégramme"}}
        ]}
        </script>
        </head><body></body></html>
        """

    static let plainPage = """
        <!DOCTYPE html>
        <html lang="en-GB"><head><title>Our bakery in the news</title></head><body></body></html>
        """

    private func started(_ routes: [String: LocalHTTPServer.Handler]) throws -> LocalHTTPServer {
        let server = LocalHTTPServer(routes: routes)
        try server.start()
        return server
    }

    private func fetch(_ url: String, limits: FetchLimits = FetchLimits()) throws(FetchError) -> ArticleMetadata {
        try ArticleFetcher(limits: limits).fetch(url)
    }

    /// The message of the fetch's failure, which must be one line naming the address.
    private func failure(
        _ url: String, limits: FetchLimits = FetchLimits(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> String {
        let error = try #require(throws: FetchError.self, sourceLocation: sourceLocation) { try fetch(url, limits: limits) }
        #expect(!error.message.contains("\n"), sourceLocation: sourceLocation)
        #expect(error.message == error.description, sourceLocation: sourceLocation)
        return error.message
    }

    // MARK: Pages

    @Test("a page with OpenGraph only")
    func openGraph() throws {
        let server = try started(["/a": { _ in .html(Self.openGraphPage) }])
        defer { server.stop() }
        let metadata = try fetch(server.url("/a"))
        #expect(
            metadata
                == ArticleMetadata(
                    title: "Le meilleur croissant du quartier", outlet: "Ouest-France",
                    published: ContentDate(year: 2024, month: 3, day: 12), language: "fr", finalURL: server.url("/a")))
    }

    @Test("a page with JSON-LD only: NewsArticle in @graph with a publisher object")
    func jsonLD() throws {
        let server = try started(["/a": { _ in .html(Self.jsonLDPage) }])
        defer { server.stop() }
        let metadata = try fetch(server.url("/a"))
        #expect(metadata.title == "Une boulangerie récompensée")
        #expect(metadata.outlet == "Le Télégramme")
        #expect(metadata.published == ContentDate(year: 2024, month: 5, day: 2))
        #expect(metadata.language == "fr")
    }

    @Test("a page with neither: <title> and <html lang>")
    func plain() throws {
        let server = try started(["/a": { _ in .html(Self.plainPage, contentType: "application/xhtml+xml") }])
        defer { server.stop() }
        let metadata = try fetch(server.url("/a"))
        #expect(metadata == ArticleMetadata(title: "Our bakery in the news", language: "en-GB", finalURL: server.url("/a")))
    }

    @Test("a <script> in the title does not survive")
    func scriptInTitle() throws {
        let server = try started(["/a": { _ in .html("<html><head><title>Hello <script>alert(1)</script></title></head></html>") }])
        defer { server.stop() }
        let title = try #require(try fetch(server.url("/a")).title)
        #expect(title == "Hello")
        #expect(!title.contains("<") && !title.contains(">") && !title.contains("alert"))
    }

    @Test("a page in ISO-8859-1 is decoded")
    func latin1() throws {
        let page = Data("<html lang=fr><title>Caf".utf8) + [0xE9] + Data(" cr".utf8) + [0xE8] + Data("me</title></html>".utf8)
        let server = try started([
            "/declared": { _ in .data(page, contentType: "text/html; charset=iso-8859-1") },
            "/undeclared": { _ in .data(page, contentType: "text/html") },
        ])
        defer { server.stop() }
        #expect(try fetch(server.url("/declared")).title == "Café crème")
        #expect(try fetch(server.url("/undeclared")).title == "Café crème")
    }

    @Test("the request says who it is")
    func userAgent() throws {
        let server = try started(["/a": { _ in .html(Self.plainPage) }])
        defer { server.stop() }
        _ = try fetch(server.url("/a"))
        #expect(server.requests(to: "/a").first?.headers["user-agent"] == "sitegen (press add --fetch)")
    }

    // MARK: Size

    @Test("a 50 MB body fails with the size message long before it is all sent", arguments: [true, false])
    func hugeBody(declareLength: Bool) throws {
        let total = 50_000_000
        // Paced at 64 KB per millisecond, about 64 MB/s, faster than most real
        // links. Unpaced, loopback outruns URLSession on Linux: cancelling a
        // task waits for libcurl's read loop, which meanwhile reads the rest.
        let server = try started([
            "/huge": { _ in
                LocalHTTPServer.Response(
                    headers: ["Content-Type": "text/html"],
                    body: .generated(count: total, pause: .milliseconds(1), declareLength: declareLength))
            }
        ])
        defer { server.stop() }
        let message = try failure(server.url("/huge"))
        #expect(message == "\(server.url("/huge")) is larger than 5 MB")
        // The client hung up: the server could push only what was read and
        // what fits in the sockets' buffers, far from 50 MB.
        server.stop()
        #expect(server.bodyBytesSent("/huge") < total / 2)
    }

    @Test("the size limit is exact: maxBytes passes, one more byte fails")
    func exactLimit() throws {
        let page = "<title>" + String(repeating: "a", count: 93) + "</title>"  // 108 bytes
        let server = try started(["/a": { _ in .html(page) }])
        defer { server.stop() }
        #expect(try fetch(server.url("/a"), limits: FetchLimits(maxBytes: page.utf8.count)).title?.count == 93)
        let message = try failure(server.url("/a"), limits: FetchLimits(maxBytes: page.utf8.count - 1))
        #expect(message.contains("larger than 107 bytes"))
    }

    // MARK: Redirects

    @Test("a redirect loop fails after 5 redirects")
    func redirectLoop() throws {
        let server = try started(["/loop": { _ in .redirect(to: "/loop") }])
        defer { server.stop() }
        let message = try failure(server.url("/loop"))
        #expect(message.contains("more than 5 redirects"))
        #expect(message.contains(server.url("/loop")))
        #expect(server.requestCount("/loop") == 6)
    }

    @Test("the redirect limit is configurable")
    func redirectLimit() throws {
        let server = try started(["/loop": { _ in .redirect(to: "/loop", status: 301) }])
        defer { server.stop() }
        #expect(try failure(server.url("/loop"), limits: FetchLimits(maxRedirects: 0)).contains("more than 0 redirects"))
        #expect(try failure(server.url("/loop"), limits: FetchLimits(maxRedirects: 2)).contains("more than 2 redirects"))
    }

    @Test("a chain of 3 redirects ending on a page succeeds; finalURL is the last address")
    func redirectChain() throws {
        let server = LocalHTTPServer()
        server.route("/one") { _ in .redirect(to: server.url("/two"), status: 301) }
        server.route("/two") { _ in .redirect(to: "/deeper/three", status: 307) }
        server.route("/deeper/three") { _ in .redirect(to: "page?x=1", status: 308) }  // relative to /deeper/
        server.route("/deeper/page") { _ in .html(Self.openGraphPage) }
        try server.start()
        defer { server.stop() }
        let metadata = try fetch(server.url("/one"))
        #expect(metadata.finalURL == server.url("/deeper/page?x=1"))
        #expect(metadata.title == "Le meilleur croissant du quartier")
        #expect(server.requests().map(\.target) == ["/one", "/two", "/deeper/three", "/deeper/page?x=1"])
    }

    @Test(
        "a redirect to another scheme is refused",
        arguments: [
            "file:///etc/passwd", "ftp://127.0.0.1/file", "data:text/html,<title>x</title>", "javascript:alert(1)",
        ])
    func redirectToOtherScheme(_ target: String) throws {
        let server = try started(["/a": { _ in .redirect(to: target) }])
        defer { server.stop() }
        let message = try failure(server.url("/a"))
        #expect(message.contains("redirects to \(target), which is not an http: or https: address"))
        // swift-corelibs-foundation would have turned file:///etc/passwd into
        // http://127.0.0.1:PORT/etc/passwd; nothing but /a was asked for.
        #expect(server.requests().map(\.path) == ["/a"])
    }

    // MARK: Failures

    @Test("a slow server fails with a timeout")
    func slowServer() throws {
        let server = try started([
            "/slow": { _ in
                var response = LocalHTTPServer.Response.html(Self.plainPage)
                response.delay = .seconds(5)
                return response
            }
        ])
        defer { server.stop() }
        let message = try failure(server.url("/slow"), limits: FetchLimits(timeout: .seconds(1)))
        #expect(message.contains("did not answer within 1 s"))
        #expect(message.contains(server.url("/slow")))
    }

    @Test("a server that sends part of the body and then stalls also times out")
    func stallingBody() throws {
        let server = try started([
            "/stall": { _ in
                LocalHTTPServer.Response(
                    headers: ["Content-Type": "text/html"],
                    body: .stalled(Data("<html><title>Half".utf8), declaredLength: 1_000))
            }
        ])
        defer { server.stop() }
        let message = try failure(server.url("/stall"), limits: FetchLimits(timeout: .milliseconds(1500)))
        #expect(message.contains("did not answer within 1.5 s"))
    }

    @Test("a response that is not HTML is refused")
    func notHTML() throws {
        let server = try started([
            "/doc.pdf": { _ in .data(Data("%PDF-1.7".utf8), contentType: "application/pdf") },
            "/data.json": { _ in .data(Data("{}".utf8), contentType: "Application/JSON; charset=utf-8") },
        ])
        defer { server.stop() }
        #expect(
            try failure(server.url("/doc.pdf"))
                == "\(server.url("/doc.pdf")) is not an HTML page (application/pdf)")
        #expect(try failure(server.url("/data.json")).contains("is not an HTML page (application/json)"))
    }

    @Test("HTTP 404 and 500 fail with the status")
    func httpErrors() throws {
        let server = try started([
            "/broken": { _ in .html("<title>Oops</title>", status: 500) },
            "/nowhere": { _ in .html("<title>Moved?</title>", status: 302) },  // no Location
        ])
        defer { server.stop() }
        #expect(try failure(server.url("/nowhere")).hasPrefix("HTTP 302 from \(server.url("/nowhere"))"))
        #expect(try failure(server.url("/missing")) == "HTTP 404 from \(server.url("/missing"))")
        #expect(try failure(server.url("/broken")).hasPrefix("HTTP 500 from \(server.url("/broken"))"))
    }

    @Test("a connection refused fails clearly")
    func connectionRefused() throws {
        try LocalHTTPServer.withRefusingPort { port in
            let url = "http://127.0.0.1:\(port)/a"
            let message = try failure(url)
            #expect(message.hasPrefix("could not connect to \(url)"))
        }
    }

    @Test(
        "only http: and https: addresses are fetched",
        arguments: [
            "file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)", "example.com/a", "", "https://",
        ])
    func refusedAddresses(_ url: String) throws {
        let message = try failure(url)
        #expect(message.contains("is not an http: or https: address"))
    }

    // MARK: The seam

    @Test("a fake transport: the fetcher judges status, type and body")
    func fakeTransport() throws {
        func fetcher(_ response: HTTPResponse) -> ArticleFetcher {
            ArticleFetcher(transport: HTTPTransport(get: { _, _ throws(FetchError) in response }))
        }
        let page = Data("<!doctype html><title>Sniffed</title>".utf8)
        let sniffed = try fetcher(HTTPResponse(status: 200, contentType: nil, body: page, finalURL: "https://a.example/x"))
            .fetch("https://a.example/x")
        #expect(sniffed == ArticleMetadata(title: "Sniffed", finalURL: "https://a.example/x"))

        let binary = fetcher(HTTPResponse(status: 200, contentType: nil, body: Data([0, 1, 2]), finalURL: "https://a.example/x"))
        #expect(throws: FetchError.self) { try binary.fetch("https://a.example/x") }

        let odd = try fetcher(HTTPResponse(status: 200, contentType: "text/html", body: page, finalURL: "file:///etc/passwd"))
            .fetch("https://a.example/x")
        #expect(odd.finalURL == "https://a.example/x")

        let failing = ArticleFetcher(transport: HTTPTransport(get: { _, _ throws(FetchError) in throw FetchError("boom") }))
        let error = try #require(throws: FetchError.self) { try failing.fetch("https://a.example/x") }
        #expect(error.message == "boom")
    }

    @Test("limits describe themselves for messages")
    func limitDescriptions() {
        #expect(FetchLimits().maxBytesDescription == "5 MB")
        #expect(FetchLimits(maxBytes: 1_500_000).maxBytesDescription == "1.5 MB")
        #expect(FetchLimits(maxBytes: 300_000).maxBytesDescription == "300 KB")
        #expect(FetchLimits().timeoutDescription == "10 s")
        #expect(FetchLimits(timeout: .milliseconds(1500)).timeoutDescription == "1.5 s")
        #expect(FetchLimits(timeout: .milliseconds(250)).timeoutDescription == "250 ms")
    }
}
