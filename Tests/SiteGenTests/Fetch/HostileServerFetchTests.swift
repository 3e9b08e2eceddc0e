import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenFetch

/// Servers on 127.0.0.1 that try to make a fetch break its limits or say
/// something misleading (issue 9, #4 and #18): compressed bombs, endless
/// and trickling bodies, redirects to closed ports, oversized headers.
///
/// Time bounds are generous on purpose (the limit plus 5 s): they tell a
/// hard deadline from none, not a fast machine from a slow one.
@Suite("Fetch: hostile servers")
struct HostileServerFetchTests {
    private func started(_ routes: [String: LocalHTTPServer.Handler]) throws -> LocalHTTPServer {
        let server = LocalHTTPServer(routes: routes)
        try server.start()
        return server
    }

    private static func gzipped(_ body: LocalHTTPServer.Response.Body) -> LocalHTTPServer.Response {
        LocalHTTPServer.Response(headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"], body: body)
    }

    /// The failure's one-line message and how long the fetch took.
    private func failure(
        _ url: String, limits: FetchLimits = FetchLimits(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> (message: String, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(throws: FetchError.self, sourceLocation: sourceLocation) {
            try ArticleFetcher(limits: limits).fetch(url)
        }
        let elapsed = (clock.now - start).components
        #expect(!error.message.contains("\n"), sourceLocation: sourceLocation)
        return (error.message, Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
    }

    // MARK: Compressed bodies

    @Test("a gzip bomb (2 MB expanding to 2 GB) is refused at 5 MB of page, well within the deadline")
    func gzipBomb() throws {
        let server = try started(["/bomb": { _ in Self.gzipped(GzipBody.twoGibibyteBomb) }])
        defer { server.stop() }
        let (message, seconds) = try failure(server.url("/bomb"))
        #expect(message == "\(server.url("/bomb")) is larger than 5 MB")
        #expect(seconds < 15, "took \(seconds) s")
    }

    @Test("an endless gzip stream is refused at 5 MB of page, well within the deadline")
    func endlessGzip() throws {
        let server = try started(["/endless": { _ in Self.gzipped(GzipBody.endless) }])
        defer { server.stop() }
        let (message, seconds) = try failure(server.url("/endless"))
        #expect(message == "\(server.url("/endless")) is larger than 5 MB")
        #expect(seconds < 15, "took \(seconds) s")
    }

    @Test("a gzip page is read decompressed, and its limit counts the page, not the compressed bytes")
    func gzipPage() throws {
        // Over 65,535 bytes: two stored blocks.
        let page = "<!doctype html><html lang=fr><title>Compressed</title><p>" + String(repeating: "a", count: 100_000) + "</html>"
        let server = try started(["/a": { _ in Self.gzipped(.bytes(GzipBody.stored(Data(page.utf8)))) }])
        defer { server.stop() }
        let exact = FetchLimits(maxBytes: page.utf8.count)
        #expect(try ArticleFetcher(limits: exact).fetch(server.url("/a")).title == "Compressed")
        #expect(server.requests(to: "/a").first?.headers["accept-encoding"] == "gzip")
        let (message, _) = try failure(server.url("/a"), limits: FetchLimits(maxBytes: page.utf8.count - 1))
        #expect(message.contains("larger than \(page.utf8.count - 1) bytes"))
    }

    @Test("a compression that was not asked for is refused by name")
    func unaskedCompression() throws {
        let server = try started([
            "/br": { _ in
                LocalHTTPServer.Response(headers: ["Content-Type": "text/html", "Content-Encoding": "br"], body: .bytes(Data([0x0B, 0x02, 0x80])))
            }
        ])
        defer { server.stop() }
        let (message, _) = try failure(server.url("/br"))
        #expect(message == "\(server.url("/br")) is compressed with \"br\", which sitegen does not read (it asks for gzip or none)")
    }

    // MARK: Deadline

    @Test("a server that trickles one byte a second is cut off at the deadline")
    func trickle() throws {
        let server = try started([
            "/trickle": { _ in
                LocalHTTPServer.Response(
                    headers: ["Content-Type": "text/html"],
                    body: .repeated(
                        head: Data("<html><head><title>".utf8), unit: Data("x".utf8), repeats: nil,
                        pause: .seconds(1), declareLength: false))
            }
        ])
        defer { server.stop() }
        let (message, seconds) = try failure(server.url("/trickle"), limits: FetchLimits(timeout: .seconds(2)))
        #expect(message == "\(server.url("/trickle")) did not answer within 2 s")
        #expect(seconds < 7, "took \(seconds) s")
    }

    @Test("the deadline covers every redirect hop together, and the message names the hop that was late")
    func deadlineAcrossRedirects() throws {
        let server = LocalHTTPServer()
        server.route("/first") { _ in
            var response = LocalHTTPServer.Response.redirect(to: "/second")
            response.delay = .milliseconds(1_200)
            return response
        }
        server.route("/second") { _ in
            var response = LocalHTTPServer.Response.html("<title>Late</title>")
            response.delay = .milliseconds(1_200)
            return response
        }
        try server.start()
        defer { server.stop() }
        let (message, seconds) = try failure(server.url("/first"), limits: FetchLimits(timeout: .seconds(2)))
        #expect(message == "\(server.url("/second")) (redirected from \(server.url("/first"))) did not answer within 2 s")
        #expect(seconds < 7, "took \(seconds) s")
    }

    // MARK: Messages that name the address that failed

    @Test("a redirect to a closed port names the redirect's target, and where it came from")
    func redirectToClosedPort() throws {
        try LocalHTTPServer.withRefusingPort { closed in
            let target = "http://127.0.0.1:\(closed)/admin"
            let server = try started(["/a": { _ in .redirect(to: target) }])
            defer { server.stop() }
            let (message, _) = try failure(server.url("/a"))
            #expect(
                message == "could not connect to \(target) (redirected from \(server.url("/a"))): nothing answers at 127.0.0.1:\(closed)")
        }
    }

    @Test("oversized response headers are refused as such", arguments: ["many", "one long"])
    func oversizedHeaders(_ shape: String) throws {
        var filler: [String: String] = [:]
        if shape == "many" {
            for index in 0..<2_000 { filler["X-Filler-\(index)"] = String(repeating: "h", count: 50) }
        } else {
            filler["X-Filler"] = String(repeating: "h", count: 200_000)
        }
        let headers = filler.merging(["Content-Type": "text/html"]) { $1 }
        let server = try started([
            "/headers": { _ in
                LocalHTTPServer.Response(headers: headers, body: .bytes(Data("<title>x</title>".utf8)))
            }
        ])
        defer { server.stop() }
        let (message, _) = try failure(server.url("/headers"))
        #expect(message == "the server at 127.0.0.1:\(server.port) sent over 64 KB of headers for \(server.url("/headers"))")
    }
}

/// Every way a fetch can fail is one plain sentence naming the address,
/// never a library's error number (issue 9, #18: "URL error -1").
@Suite("Fetch: failures in plain words")
struct FetchFailureMessageTests {
    @Test(
        "a broken answer is one sentence naming the server",
        arguments: [
            ("nothing", "", "the server at HOST closed the connection without answering URL"),
            ("garbage", "hello\r\n\r\n", "the server at HOST sent an invalid answer for URL"),
            (
                "truncated", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<title>Short",
                "the server at HOST closed the connection before the end of URL"
            ),
            (
                "broken gzip",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 24\r\n\r\nthis is not gzip at all.",
                "the gzip compression of URL is broken"
            ),
        ])
    func brokenAnswer(_ name: String, _ raw: String, _ expected: String) throws {
        let server = LocalHTTPServer(routes: ["/a": { _ in .raw(Data(raw.utf8)) }])
        try server.start()
        defer { server.stop() }
        let error = try #require(throws: FetchError.self) { try HTTPTransport.live.get(URL(string: server.url("/a"))!, FetchLimits()) }
        #expect(
            error.message
                == expected.replacingOccurrences(of: "HOST", with: "127.0.0.1:\(server.port)")
                .replacingOccurrences(of: "URL", with: server.url("/a")), "\(name)")
    }

    @Test("an interim 100 Continue answer is skipped, and its headers count towards the limit only")
    func interimAnswer() throws {
        let page = "<title>After an interim answer</title>"
        let raw =
            "HTTP/1.1 100 Continue\r\nX-Interim: yes\r\n\r\n"
            + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(page.utf8.count)\r\n\r\n" + page
        let server = LocalHTTPServer(routes: ["/a": { _ in .raw(Data(raw.utf8)) }])
        try server.start()
        defer { server.stop() }
        let response = try HTTPTransport.live.get(URL(string: server.url("/a"))!, FetchLimits())
        #expect(response.status == 200)
        #expect(response.contentType == "text/html")
        #expect(response.body == Data(page.utf8))
    }

    @Test(
        "a redirect's scheme is judged as written, before any resolution",
        arguments: [
            ("https://a.example/x", "https"), ("HTTP://A.EXAMPLE/", "http"), ("javascript:alert(1)", "javascript"),
            ("data:text/html,x", "data"), ("/path:with-colon", nil), ("page?x=a:b", nil), ("//a.example/x", nil),
            ("1http://a.example/", nil),
        ] as [(String, String?)])
    func redirectScheme(_ location: String, _ scheme: String?) {
        #expect(CurlFetch.scheme(of: location) == scheme)
    }

    @Test("https to a server that does not speak TLS")
    func notTLS() throws {
        let server = LocalHTTPServer()
        try server.start()
        defer { server.stop() }
        let address = "https://127.0.0.1:\(server.port)/a"
        let error = try #require(throws: FetchError.self) { try HTTPTransport.live.get(URL(string: address)!, FetchLimits()) }
        #expect(error.message.hasPrefix("could not make a secure connection to 127.0.0.1 for \(address) ("), "\(error.message)")
        #expect(!error.message.contains("\n"))
    }
}
