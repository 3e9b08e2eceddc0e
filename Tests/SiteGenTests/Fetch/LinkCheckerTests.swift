import Foundation
import Testing

@testable import SiteGenFetch

/// `LinkChecker` against servers on 127.0.0.1: each verdict, HEAD then GET,
/// the time and size limits, and the User-Agent. Timeouts are 1-2 s so that
/// the suite stays short; time bounds are generous, telling a deadline from
/// none rather than a fast machine from a slow one.
@Suite("Fetch: LinkChecker verdicts")
struct LinkCheckerTests {
    static let userAgent = LinkChecker.userAgent(siteURL: "https://www.boulangerie-martin.fr/")
    static let quick = LinkCheckLimits(timeout: .seconds(2), maxRedirects: 10)

    private func started(_ routes: [String: LocalHTTPServer.Handler]) throws -> LocalHTTPServer {
        let server = LocalHTTPServer(routes: routes)
        try server.start()
        return server
    }

    private func checked(
        _ url: String, transport: HTTPTransport = .live, limits: LinkCheckLimits = quick
    ) -> LinkCheckResult {
        let checker = LinkChecker(transport: transport, userAgent: Self.userAgent, cacheFile: nil, limits: limits)
        let results = checker.check([url])
        #expect(results.count == 1)
        return results[0]
    }

    private static func status(_ status: Int, headers: [String: String] = [:], body: String = "") -> LocalHTTPServer.Handler {
        { _ in LocalHTTPServer.Response(status: status, headers: headers, body: .bytes(Data(body.utf8))) }
    }

    @Test("a 200 is ok after one HEAD, which carries the honest User-Agent")
    func ok() throws {
        let server = try started(["/": Self.status(200)])
        defer { server.stop() }
        let result = checked(server.url("/"))
        #expect(result.verdict == .ok)
        #expect(result.httpStatus == 200)
        #expect(result.detail == "HTTP 200")
        #expect(result.finalURL == nil)
        #expect(server.requests().map(\.method) == ["HEAD"])
        #expect(server.requests().first?.headers["user-agent"] == Self.userAgent)
        #expect(Self.userAgent.contains("sitegen") && Self.userAgent.contains("https://www.boulangerie-martin.fr/"))
    }

    @Test("a chain of 301s ending on a 200 is redirected, with where it ends")
    func redirectChain() throws {
        let server = try started([
            "/old": { _ in .redirect(to: "/older", status: 301) },
            "/older": { _ in .redirect(to: "/new", status: 301) },
            "/new": Self.status(200),
        ])
        defer { server.stop() }
        let result = checked(server.url("/old"))
        #expect(result.verdict == .redirected)
        #expect(result.finalURL == server.url("/new"))
        #expect(result.httpStatus == 200)
        #expect(result.detail == "moved permanently (HTTP 301)")
    }

    @Test("a redirect loop is an error, after at most the redirects allowed")
    func redirectLoop() throws {
        let server = try started(["/loop": { _ in .redirect(to: "/loop", status: 301) }])
        defer { server.stop() }
        let result = checked(server.url("/loop"), limits: LinkCheckLimits(timeout: .seconds(2), maxRedirects: 4))
        #expect(result.verdict == .error)
        #expect(result.detail == "redirects more than 4 times, or in a loop")
        // The first request and 4 redirects followed; no GET after a loop.
        #expect(server.requestCount("/loop") == 5)
    }

    @Test("404 and 410 are gone, each asked with HEAD then GET", arguments: [404, 410])
    func gone(status: Int) throws {
        let server = try started(["/x": Self.status(status)])
        defer { server.stop() }
        let result = checked(server.url("/x"))
        #expect(result.verdict == .gone)
        #expect(result.httpStatus == status)
        #expect(result.detail == "HTTP \(status)")
        #expect(server.requests().map(\.method) == ["HEAD", "GET"])
    }

    @Test("a server name that does not exist is gone, and libcurl says so at once")
    func unknownHost() {
        // .invalid never resolves (RFC 6761): the resolver answers at once
        // and no HTTP request leaves the machine.
        let clock = ContinuousClock()
        let start = clock.now
        let result = checked("http://nothing.invalid/")
        #expect(result.verdict == .gone)
        #expect(result.httpStatus == nil)
        #expect(result.detail == "the server name does not exist")
        #expect(clock.now - start < .seconds(5))
    }

    @Test("HEAD refused with 405, then GET 200: ok, in two requests")
    func headRefused() throws {
        let server = try started([
            "/menu": { request in request.method == "HEAD" ? .html("", status: 405) : .html("<title>Menu</title>") }
        ])
        defer { server.stop() }
        let result = checked(server.url("/menu"))
        #expect(result.verdict == .ok)
        #expect(result.httpStatus == 200)
        #expect(server.requests().map(\.method) == ["HEAD", "GET"])
        #expect(server.requests().allSatisfy { $0.headers["user-agent"] == Self.userAgent })
    }

    @Test("LinkedIn's 999 is unverifiable, never an error")
    func status999() throws {
        let server = try started(["/in/martin": Self.status(999)])
        defer { server.stop() }
        let local = checked(server.url("/in/martin"))
        #expect(local.verdict == .unverifiable)
        #expect(local.httpStatus == 999)
        #expect(local.detail == "refuses robots, as LinkedIn does (HTTP 999)")

        let linkedIn = checked(
            "https://www.linkedin.com/in/martin", transport: HostMappingTransport.sending(["www.linkedin.com"], to: server))
        #expect(linkedIn.verdict == .unverifiable)
        #expect(linkedIn.detail == "LinkedIn refuses robots (HTTP 999)")
    }

    @Test("429 with Retry-After is unverifiable and says how long to wait; it is not asked again with GET")
    func tooManyRequestsWithRetryAfter() throws {
        let server = try started(["/busy": Self.status(429, headers: ["Retry-After": "120"])])
        defer { server.stop() }
        let result = checked(server.url("/busy"))
        #expect(result.verdict == .unverifiable)
        #expect(result.httpStatus == 429)
        #expect(result.detail == "asks to wait 120 s (HTTP 429)")
        #expect(server.requests().map(\.method) == ["HEAD"])
    }

    @Test("429 without Retry-After is unverifiable")
    func tooManyRequests() throws {
        let server = try started(["/busy": Self.status(429)])
        defer { server.stop() }
        let result = checked(server.url("/busy"))
        #expect(result.verdict == .unverifiable)
        #expect(result.detail == "asks to wait before more requests (HTTP 429)")
    }

    @Test("403 or 401 from Facebook, Instagram or X (answered by a local server under their names) is unverifiable")
    func platformRefusal() throws {
        let server = try started([
            "/boulangerie": Self.status(403),
            "/martin": Self.status(401),
        ])
        defer { server.stop() }
        let transport = HostMappingTransport.sending(["www.facebook.com", "m.facebook.com", "instagram.com", "x.com"], to: server)
        let facebook = checked("https://www.facebook.com/boulangerie", transport: transport)
        #expect(facebook.verdict == .unverifiable)
        #expect(facebook.httpStatus == 403)
        #expect(facebook.detail == "Facebook refuses robots (HTTP 403)")
        #expect(checked("https://m.facebook.com/boulangerie", transport: transport).verdict == .unverifiable)
        #expect(checked("https://instagram.com/martin", transport: transport).detail == "Instagram refuses robots (HTTP 401)")
        #expect(checked("https://x.com/boulangerie", transport: transport).detail == "X refuses robots (HTTP 403)")
    }

    @Test("403 from any other server is an error")
    func otherRefusal() throws {
        let server = try started(["/private": Self.status(403)])
        defer { server.stop() }
        let result = checked(server.url("/private"))
        #expect(result.verdict == .error)
        #expect(result.detail == "HTTP 403")
    }

    @Test("a redirect that ends on a login page is unverifiable")
    func loginWall() throws {
        let server = try started([
            "/martin": { _ in .redirect(to: "/accounts/login/?next=%2Fmartin", status: 302) },
            "/accounts/login/": { _ in .html("<title>Login</title>") },
        ])
        defer { server.stop() }
        let transport = HostMappingTransport.sending(["www.instagram.com"], to: server)
        let result = checked("https://www.instagram.com/martin", transport: transport)
        #expect(result.verdict == .unverifiable)
        #expect(result.httpStatus == 200)
        #expect(result.detail == "Instagram sends robots to a login page (https://www.instagram.com/accounts/login/?next=%2Fmartin)")
    }

    @Test("a Cloudflare challenge (the cf-mitigated header, or its page from server: cloudflare) is unverifiable")
    func cloudflareChallenge() throws {
        let page = "<!DOCTYPE html><title>Just a moment...</title><script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1\"></script>"
        let server = try started([
            "/header": Self.status(403, headers: ["cf-mitigated": "challenge", "Server": "cloudflare"]),
            "/page": Self.status(503, headers: ["Server": "cloudflare", "Content-Type": "text/html"], body: page),
            "/plain": Self.status(403, headers: ["Server": "cloudflare", "Content-Type": "text/html"], body: "<title>Forbidden</title>"),
        ])
        defer { server.stop() }
        let header = checked(server.url("/header"))
        #expect(header.verdict == .unverifiable)
        #expect(header.detail == "Cloudflare asks for a browser check (HTTP 403)")
        let challenge = checked(server.url("/page"))
        #expect(challenge.verdict == .unverifiable)
        #expect(challenge.httpStatus == 503)
        // The page is read by the GET; HEAD has no body.
        #expect(server.requests(to: "/page").map(\.method) == ["HEAD", "GET"])
        // A plain refusal from a server behind Cloudflare is an error.
        #expect(checked(server.url("/plain")).verdict == .error)
    }

    @Test("a server that never answers is an error within the timeout")
    func hangs() throws {
        let server = try started([
            "/slow": { _ in LocalHTTPServer.Response(status: 200, body: .bytes(Data()), delay: .seconds(30)) }
        ])
        defer { server.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        let result = checked(server.url("/slow"), limits: LinkCheckLimits(timeout: .seconds(1)))
        #expect(result.verdict == .error)
        #expect(result.httpStatus == nil)
        #expect(result.detail == "did not answer within 1 s")
        #expect(clock.now - start < .seconds(5))
        // A timeout is not asked again with GET.
        #expect(server.requestCount("/slow") == 1)
    }

    @Test("5xx and other 4xx are errors", arguments: [500, 503, 400, 418])
    func otherStatuses(status: Int) throws {
        let server = try started(["/x": Self.status(status)])
        defer { server.stop() }
        let result = checked(server.url("/x"))
        #expect(result.verdict == .error)
        #expect(result.detail == "HTTP \(status)")
    }

    @Test("a refused connection is an error")
    func refused() throws {
        let result = try LocalHTTPServer.withRefusingPort { port in checked("http://127.0.0.1:\(port)/") }
        #expect(result.verdict == .error)
        #expect(result.detail.contains("nothing answers at 127.0.0.1"))
    }

    @Test(
        "a 50 MB page after a refused HEAD is cut at the limit and judged by its status",
        arguments: [(200, true), (200, false), (404, false)])
    func hugeBody(status: Int, declared: Bool) throws {
        let size = 50_000_000
        let server = try started([
            "/video": { request in
                request.method == "HEAD"
                    ? .html("", status: 405)
                    : LocalHTTPServer.Response(status: status, body: .generated(count: size, declareLength: declared))
            }
        ])
        defer { server.stop() }
        let clock = ContinuousClock()
        let start = clock.now
        let result = checked(server.url("/video"))
        #expect(result.verdict == (status == 200 ? .ok : .gone))
        #expect(result.httpStatus == status)
        if status == 200 { #expect(result.detail == "HTTP 200 (a page over 2 MB, not read to the end)") }
        #expect(clock.now - start < .seconds(5))
        #expect(server.bodyBytesSent("/video") < size / 2)
    }

    @Test("malformed addresses are errors with a plain reason, and nothing is asked")
    func malformed() throws {
        let server = try started([:])
        defer { server.stop() }
        let checker = LinkChecker(userAgent: Self.userAgent, cacheFile: nil, limits: Self.quick)
        let results = checker.check(["http://", "https://exa mple.fr/", "ftp://example.fr/menu", "not an address", server.url("/x\n")])
        #expect(results.map(\.verdict) == Array(repeating: .error, count: 5))
        #expect(results[0].detail == "not a valid http: or https: address")
        #expect(results[1].detail == "not a valid web address: it holds a space or a line break")
        #expect(results[2].detail == "not a valid http: or https: address")
        #expect(results[4].detail == "not a valid web address: it holds a space or a line break")
        #expect(server.requestCount() == 0)
    }

    @Test("one result per distinct address, in the order first given")
    func distinctInOrder() throws {
        let server = try started(["/a": Self.status(200), "/b": Self.status(404), "/c": Self.status(200)])
        defer { server.stop() }
        let checker = LinkChecker(userAgent: Self.userAgent, cacheFile: nil, limits: Self.quick)
        let urls = [server.url("/b"), server.url("/a"), server.url("/b"), server.url("/c"), server.url("/a")]
        let results = checker.check(urls)
        #expect(results.map(\.url) == [server.url("/b"), server.url("/a"), server.url("/c")])
        #expect(results.map(\.verdict) == [.gone, .ok, .ok])
        #expect(server.requestCount("/a") == 1)
    }

    @Test("a line break in the User-Agent or the site's address cannot start another header")
    func userAgentOneLine() throws {
        let server = try started(["/": Self.status(200)])
        defer { server.stop() }
        let agent = LinkChecker.userAgent(siteURL: "https://a.example/\r\nX-Injected: yes")
        #expect(!agent.contains("\n") && !agent.contains("\r"))
        let checker = LinkChecker(userAgent: "sitegen\r\nX-Injected: yes", cacheFile: nil, limits: Self.quick)
        #expect(checker.check([server.url("/")]).first?.verdict == .ok)
        #expect(server.requests().first?.headers["x-injected"] == nil)
    }
}
