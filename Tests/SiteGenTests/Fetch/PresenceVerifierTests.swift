import Foundation
import Testing

@testable import SiteGenFetch

/// `sitegen verify`'s reading of profile pages, Mastodon's API and the home
/// page, against pages served on 127.0.0.1.
@Suite("Fetch: PresenceVerifier")
struct PresenceVerifierTests {
    static let site = SiteHome("https://www.boulangerie-martin.fr/")!
    static let verifier = PresenceVerifier(
        transport: .live, userAgent: "sitegen/test (verify for https://www.boulangerie-martin.fr/)",
        limits: FetchLimits(timeout: .seconds(5), maxBytes: PageLinks.maxBytes))

    static func page(_ body: String) -> String {
        "<!DOCTYPE html><html><head><title>Profile</title></head><body>\(body)</body></html>"
    }

    static func account(_ fields: String, note: String = "") -> String {
        #"{"id": "1", "username": "boulangerie", "note": "\#(note)", "fields": [\#(fields)]}"#
    }

    static let verifiedField =
        #"{"name": "Site", "value": "<a href=\"https://www.boulangerie-martin.fr/\" rel=\"nofollow noopener me\" target=\"_blank\"><span class=\"invisible\">https://www.</span>boulangerie-martin.fr</a>", "verified_at": "2026-11-02T10:00:00.000+00:00"}"#
    static let unverifiedField =
        #"{"name": "Site", "value": "<a href=\"https://www.boulangerie-martin.fr/\" rel=\"nofollow noopener me\">boulangerie-martin.fr</a>", "verified_at": null}"#

    static func server() throws -> LocalHTTPServer {
        let server = LocalHTTPServer(routes: [
            "/relme": { _ in .html(page(#"<a href="/about">About</a> <a rel="nofollow ME" href="https://WWW.boulangerie-martin.fr">Website</a>"#)) },
            "/relme-http": { _ in .html(page(#"<a rel="me" href="http://www.boulangerie-martin.fr/">Website</a>"#)) },
            "/link-rel-me": { _ in
                .html(#"<html><head><link rel="me" href="https://www.boulangerie-martin.fr/"></head><body><a href="/x">x</a></body></html>"#)
            },
            "/plain": { _ in .html(page(#"<p>Our bakery: <a href="https://boulangerie-martin.fr/contact/">contact</a></p>"#)) },
            "/wrapped": { _ in .html(page(#"<a href="https://l.instagram.com/?u=https%3A%2F%2Fwww.boulangerie-martin.fr%2F&e=x">site</a>"#)) },
            "/none": { _ in .html(page(#"<a href="https://elsewhere.example/">elsewhere</a> boulangerie-martin.fr"#)) },
            "/forbidden": { _ in .html("no", status: 403) },
            "/linkedin": { _ in .html("", status: 999) },
            "/busy": { _ in LocalHTTPServer.Response(status: 429, headers: ["Retry-After": "120", "Content-Type": "text/plain"]) },
            "/challenge": { _ in
                LocalHTTPServer.Response(
                    status: 403, headers: ["Content-Type": "text/html", "cf-mitigated": "challenge", "Server": "cloudflare"],
                    body: .bytes(
                        Data(
                            "<html><head><title>Just a moment...</title></head><body><script src=\"/cdn-cgi/challenge-platform/h/g/orchestrate/jsch/v1\"></script></body></html>"
                                .utf8)))
            },
            "/challenge-200": { _ in
                .html("<html><head><title>Just a moment...</title></head><body><script>window._cf_chl_opt={}</script></body></html>")
            },
            "/js": { _ in
                .html(
                    #"<html><head><script src="/app.js"></script></head><body><div id="root"></div><noscript>Enable JavaScript</noscript></body></html>"#
                )
            },
            "/login": { _ in .html(page(#"<form action="/login"><input name="u"><input type="password" name="p"></form><a href="/help">Help</a>"#)) },
            "/gone": { _ in .html("not here", status: 404) },
            "/to-login": { _ in .redirect(to: "/accounts/login/?next=%2Fboulangerie%2F") },
            "/accounts/login/": { _ in .html(page(#"<a href="/signup">Sign up</a>"#)) },
            "/loginbakery": { _ in .html(page(#"<a rel="me" href="https://www.boulangerie-martin.fr/">site</a>"#)) },
            "/huge": { _ in LocalHTTPServer.Response(headers: ["Content-Type": "text/html"], body: .generated(count: 2_000_000, declareLength: true))
            },
            "/@verified": { _ in .html("should not be read", status: 500) },
            "/@unverified": { _ in .html("should not be read", status: 500) },
            "/@bio": { _ in .html("should not be read", status: 500) },
            "/@fallback": { _ in .html(page(#"<a rel="me" href="https://www.boulangerie-martin.fr/">site</a>"#)) },
            "/api/v1/accounts/lookup": { request in
                switch request.rawQueryValue("acct") {
                case "verified": .data(Data(account(verifiedField).utf8), contentType: "application/json")
                case "unverified": .data(Data(account(unverifiedField).utf8), contentType: "application/json")
                case "bio":
                    .data(
                        Data(account("", note: #"<p><a href=\"https://www.boulangerie-martin.fr/\">our site</a></p>"#).utf8),
                        contentType: "application/json")
                default: .data(Data(#"{"error": "Record not found"}"#.utf8), status: 404, contentType: "application/json")
                }
            },
        ])
        _ = try server.start()
        return server
    }

    static func profile(_ url: String, platform: String? = "Instagram", mastodon: Bool = false) -> ProfileToVerify {
        ProfileToVerify(url: url, place: "links.yml:12", platformName: platform, displayName: platform ?? "127.0.0.1", isMastodon: mastodon)
    }

    func verify(_ server: LocalHTTPServer, _ path: String, platform: String? = "Instagram", mastodon: Bool = false) -> ProfileVerification {
        Self.verifier.verify(Self.profile(server.url(path), platform: platform, mastodon: mastodon), site: Self.site)
    }

    @Test func aRelMeLinkToTheHomePageIsVerified() throws {
        let server = try Self.server()
        defer { server.stop() }
        for path in ["/relme", "/link-rel-me"] {
            let found = verify(server, path)
            #expect(found.result == .verified, "\(path): \(found.message)")
            #expect(found.message.contains("with rel=\"me\""))
        }
        #expect(server.requests(to: "/relme").first?.headers["user-agent"] == "sitegen/test (verify for https://www.boulangerie-martin.fr/)")
    }

    @Test func aRelMeLinkWithTheOtherSchemeIsNamed() throws {
        let server = try Self.server()
        defer { server.stop() }
        let found = verify(server, "/relme-http")
        #expect(found.result == .linksBack)
        #expect(found.message.contains("http: and https: differ"))
        #expect(found.advice == "change the link on this Instagram account to https://www.boulangerie-martin.fr/")
    }

    @Test func aPlainLinkToAnyPageOfTheSiteLinksBack() throws {
        let server = try Self.server()
        defer { server.stop() }
        for path in ["/plain", "/wrapped"] {
            let found = verify(server, path)
            #expect(found.result == .linksBack, "\(path): \(found.message)")
            #expect(found.message.contains("without rel=\"me\""))
        }
    }

    @Test func noLinkBackSaysWhatToDoOnWhichPlatform() throws {
        let server = try Self.server()
        defer { server.stop() }
        let found = verify(server, "/none")
        #expect(found.result == .noLinkBack)
        #expect(found.advice == "add https://www.boulangerie-martin.fr/ to the bio or website field of this Instagram account")
        let unknown = verify(server, "/none", platform: nil)
        #expect(unknown.advice == "add https://www.boulangerie-martin.fr/ to the bio or website field of the page at 127.0.0.1")
        let gone = verify(server, "/gone")
        #expect(gone.result == .noLinkBack)
        #expect(gone.message == "the profile page is gone (404 Not Found)")
    }

    @Test(
        "platforms that refuse robots are unverifiable, with the reason",
        arguments: [
            ("/forbidden", "Instagram refuses robots (403 Forbidden)"),
            ("/linkedin", "Instagram refuses robots (it answers 999, LinkedIn's way of saying no)"),
            ("/busy", "Instagram asks robots to slow down (429 Too Many Requests, asking to wait 120 s)"),
            ("/challenge", "a Cloudflare challenge page stands in front of it (it wants a browser that runs JavaScript)"),
            ("/challenge-200", "a Cloudflare challenge page stands in front of it (it wants a browser that runs JavaScript)"),
            ("/login", "Instagram shows robots a login page instead of the profile"),
            ("/huge", "the page is larger than 1 MB, more than sitegen reads"),
        ])
    func refusals(_ path: String, _ reason: String) throws {
        let server = try Self.server()
        defer { server.stop() }
        let found = verify(server, path)
        #expect(found.result == .unverifiable)
        #expect(found.message == reason)
        #expect(found.advice == "open \(server.url(path)) in a browser and check that it links to https://www.boulangerie-martin.fr/")
    }

    @Test func aRedirectToALoginPageIsUnverifiableButALoginInTheNameIsNot() throws {
        let server = try Self.server()
        defer { server.stop() }
        let redirected = verify(server, "/to-login")
        #expect(redirected.result == .unverifiable)
        #expect(redirected.message == "Instagram shows robots a login page instead of the profile")
        #expect(verify(server, "/loginbakery").result == .verified)
    }

    /// A page with scripts and no link at all tells nothing: it is drawn by
    /// JavaScript, so `unverifiable`, not `no link back`.
    @Test func aPageDrawnByJavaScriptIsUnverifiable() throws {
        let server = try Self.server()
        defer { server.stop() }
        let found = verify(server, "/js")
        #expect(found.result == .unverifiable)
        #expect(found.message == "the page shows its links only with JavaScript, which sitegen does not run")
    }

    @Test func mastodonsAPISaysWhetherMastodonVerifiedTheField() throws {
        let server = try Self.server()
        defer { server.stop() }
        let verified = verify(server, "/@verified", platform: "Mastodon", mastodon: true)
        #expect(verified.result == .verified)
        #expect(
            verified.message
                == "Mastodon shows the green check: the field “Site” links to https://www.boulangerie-martin.fr/, verified 2026-11-02")
        let unverified = verify(server, "/@unverified", platform: "Mastodon", mastodon: true)
        #expect(unverified.result == .linksBack)
        #expect(unverified.message.contains("Mastodon has not verified it"))
        #expect(unverified.advice?.contains("when the profile is saved") == true)
        #expect(unverified.advice?.contains("rel=\"me\"") == true)
        let bio = verify(server, "/@bio", platform: "Mastodon", mastodon: true)
        #expect(bio.result == .linksBack)
        #expect(bio.advice?.hasPrefix("add https://www.boulangerie-martin.fr/ as an extra field of this Mastodon account") == true)
        #expect(server.requestCount("/@verified") == 0)
        #expect(server.requests(to: "/api/v1/accounts/lookup").first?.query == "acct=verified")
        #expect(server.requests(to: "/api/v1/accounts/lookup").first?.headers["accept"] == "application/json")
    }

    @Test func whenTheAPIFailsThePageIsRead() throws {
        let server = try Self.server()
        defer { server.stop() }
        let found = verify(server, "/@fallback", platform: "Mastodon", mastodon: true)
        #expect(found.result == .verified)
        #expect(found.message.contains("read from the page: the server's Mastodon API failed, it answered 404"))
        #expect(server.requestCount("/@fallback") == 1)
    }

    // MARK: The home page against Mastodon's rules

    static let mastodon = ProfileToVerify(
        url: "https://mastodon.example/@boulangerie", place: "links.yml:3", platformName: "Mastodon", displayName: "Mastodon",
        isMastodon: true)

    func home(_ html: String, profiles: [ProfileToVerify] = [mastodon]) throws -> HomePageReport {
        let server = LocalHTTPServer(routes: ["/": { _ in .html(html) }])
        _ = try server.start()
        defer { server.stop() }
        return Self.verifier.checkHomePage(server.url("/"), mastodonProfiles: profiles)
    }

    @Test func aHomePageWithTheRelMeLinksPasses() throws {
        let report = try home(#"<html><head><link rel="me" href="https://mastodon.example/@boulangerie"></head><body>Bonjour</body></html>"#)
        #expect(report.passed)
        #expect(report.checks.map(\.rule) == [.answers200, .under1MB, .relMe, .httpsProfile])
        #expect(report.checks[1].message == "its HTML is 1 KB, under the 1 MB that Mastodon reads")
    }

    @Test func aMissingOrScriptedRelMeLinkFails() throws {
        let scripted = try home(
            #"<html><head><script>document.head.insertAdjacentHTML('beforeend', '<link rel="me" href="https://mastodon.example/@boulangerie">')</script></head></html>"#
        )
        #expect(!scripted.passed)
        let check = try #require(scripted.checks.first { $0.rule == .relMe })
        #expect(!check.passed)
        #expect(
            check.message.hasPrefix(
                "no rel=\"me\" link to https://mastodon.example/@boulangerie in the HTML (links added by JavaScript do not count)"))
        let plain = try home(#"<a href="https://mastodon.example/@boulangerie">Mastodon</a>"#)
        #expect(plain.checks.first { $0.rule == .relMe }?.message.contains("without rel=\"me\"") == true)
        let otherScheme = try home(#"<a rel="me" href="http://mastodon.example/@boulangerie">Mastodon</a>"#)
        #expect(otherScheme.checks.first { $0.rule == .relMe }?.message.contains("(http: and https: differ)") == true)
    }

    @Test func anHTTPMastodonAddressFails() throws {
        var profile = Self.mastodon
        profile.url = "http://mastodon.example/@boulangerie"
        let report = try home(#"<link rel="me" href="http://mastodon.example/@boulangerie">"#, profiles: [profile])
        #expect(!report.passed)
        #expect(report.checks.first { $0.rule == .relMe }?.passed == true)
        let https = try #require(report.checks.first { $0.rule == .httpsProfile })
        #expect(!https.passed)
        #expect(
            https.message
                == "the Mastodon address http://mastodon.example/@boulangerie is not https:; Mastodon verifies only https: addresses: write https://mastodon.example/@boulangerie in links.yml:3"
        )
    }

    @Test func aHomePageOver1MBFailsWithMastodonsRule() throws {
        let server = LocalHTTPServer(routes: [
            "/": { _ in LocalHTTPServer.Response(headers: ["Content-Type": "text/html"], body: .generated(count: 1_200_000, declareLength: true)) }
        ])
        _ = try server.start()
        defer { server.stop() }
        let report = Self.verifier.checkHomePage(server.url("/"), mastodonProfiles: [Self.mastodon])
        #expect(!report.passed)
        let size = try #require(report.checks.first { $0.rule == .under1MB })
        #expect(!size.passed)
        #expect(size.message.contains("larger than 1 MB: Mastodon reads only its first 1 MB"))
    }

    @Test func aHomePageThatDoesNotAnswer200Fails() throws {
        let server = LocalHTTPServer(routes: ["/": { _ in .html("down", status: 503) }])
        _ = try server.start()
        defer { server.stop() }
        let report = Self.verifier.checkHomePage(server.url("/"), mastodonProfiles: [])
        #expect(
            report.checks == [
                HomePageCheck(rule: .answers200, passed: false, message: "the home page answers 503: Mastodon verifies only a page that answers 200")
            ])
    }

    // MARK: Politeness

    @Test func atMost8AtOnceAnd2PerHost() {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var running: [String: Int] = [:]
            var total = 0
            var maxTotal = 0
            var maxPerHost = 0
            func enter(_ host: String) {
                lock.withLock {
                    running[host, default: 0] += 1
                    total += 1
                    maxTotal = max(maxTotal, total)
                    maxPerHost = max(maxPerHost, running[host]!)
                }
            }
            func leave(_ host: String) {
                lock.withLock {
                    running[host, default: 0] -= 1
                    total -= 1
                }
            }
        }
        let counter = Counter()
        let servers = (0..<40).map { "host\($0 % 6)" }
        let results = PresenceVerifier(userAgent: "test").scheduler.run(servers: servers) { index in
            counter.enter(servers[index])
            Thread.sleep(forTimeInterval: 0.02)
            counter.leave(servers[index])
            return index
        }
        #expect(results == Array(0..<40))
        #expect(counter.maxTotal <= 8 && counter.maxTotal > 2)
        #expect(counter.maxPerHost == 2)
    }

    // MARK: Reading links

    @Test func linksAreResolvedAgainstTheBaseAndTheirRelIsRead() {
        let links = PageLinks(
            html: Data(
                #"<base href="https://a.example/dir/"><a rel=" Me  nofollow" href=" page ">x</a><link rel="icon" href="/i.png"><a>no href</a>"#.utf8),
            pageURL: "https://b.example/")
        #expect(
            links.links == [
                PageLinks.Link(element: "a", rel: ["me", "nofollow"], href: "https://a.example/dir/page"),
                PageLinks.Link(element: "link", rel: ["icon"], href: "https://a.example/i.png"),
            ])
    }

    @Test func theSiteIsRecognisedWhateverItsCaseAndTrailingSlash() {
        let site = SiteHome("https://www.example.fr")!
        #expect(site.url == "https://www.example.fr/")
        #expect(site.relation(of: "https://WWW.EXAMPLE.FR") == .home)
        #expect(site.relation(of: "https://www.example.fr:443/") == .home)
        #expect(site.relation(of: "http://www.example.fr/") == .homeWithOtherScheme)
        #expect(site.relation(of: "https://example.fr/") == .otherPage)
        #expect(site.relation(of: "https://www.example.fr/menu/") == .otherPage)
        #expect(site.relation(of: "https://www.example.fr.evil.example/") == .unrelated)
        #expect(SiteHome("https://example.github.io/shop/")!.relation(of: "https://example.github.io/other/") == .unrelated)
    }
}
