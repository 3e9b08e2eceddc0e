import Foundation
import Testing

@testable import SiteGen

/// `sitegen verify` end to end: the built binary reads a site whose
/// links.yml and site.yml point at a server on 127.0.0.1. The site lives
/// under /site/, so that the profile pages beside it are not its pages.
@Suite("Manifest: sitegen verify")
struct VerifyCommandTests {
    /// The theme's Mastodon entry, and Instagram on the test server's host,
    /// so that the advice can name the platform.
    static let platforms = """
        platforms:
          - id: instagram
            name: Instagram
            match:
              - host: 127.0.0.1
                path: /instagram/
            colour: "#000000"
            text: "#FFFFFF"
            icon: "M0 0h24v24H0z"
          - id: mastodon
            name: Mastodon
            match:
              - path: "/@"
            handle: "{1}@{host}"
            colour: "#000000"
            text: "#FFFFFF"
            icon: "M0 0h24v24H0z"

        """

    static func server() throws -> LocalHTTPServer {
        let server = LocalHTTPServer()
        let base = "http://127.0.0.1:\(try server.start())"
        @Sendable func page(_ body: String) -> LocalHTTPServer.Response { .html("<!DOCTYPE html><html><head></head><body>\(body)</body></html>") }
        server.route("/site/") { _ in
            .html(#"<!DOCTYPE html><html><head><link rel="me" href="\#(base)/@boulangerie"></head><body>Bonjour</body></html>"#)
        }
        server.route("/preview/") { _ in .html("<!DOCTYPE html><html><body>Preview</body></html>") }
        server.route("/relme") { _ in page(#"<a rel="me" href="\#(base)/site/">site</a>"#) }
        server.route("/plain") { _ in page(#"<a href="\#(base)/site/menu/">menu</a>"#) }
        server.route("/instagram/boulangerie/") { _ in page(#"<a href="/explore/">Explore</a>"#) }
        server.route("/linkedin") { _ in .html("", status: 999) }
        server.route("/api/v1/accounts/lookup") { _ in
            let field = #"{"name": "Site", "value": "<a href=\"\#(base)/site/\" rel=\"me\">site</a>", "verified_at": "2026-11-02T10:00:00Z"}"#
            return .data(Data(#"{"username": "boulangerie", "fields": [\#(field)]}"#.utf8), contentType: "application/json")
        }
        return server
    }

    static func site(_ server: LocalHTTPServer, profiles: [String]) throws -> URL {
        let folder = TestSupport.temporaryDirectory()
        try Data("name: Boulangerie Martin\nurl: \(server.baseURL)/site/\n".utf8).write(to: folder.appendingPathComponent("site.yml"))
        let links = "profiles:\n" + profiles.map { "  - url: \(server.baseURL)\($0)\n" }.joined()
        try Data(links.utf8).write(to: folder.appendingPathComponent("links.yml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data(platforms.utf8).write(to: folder.appendingPathComponent("templates/platforms.yml"))
        return folder
    }

    @Test func textGroupsTheProfilesByResultWithTheirLinesThenTheHomePage() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try Self.site(server, profiles: ["/@boulangerie", "/plain", "/instagram/boulangerie/", "/linkedin"])
        defer { TestSupport.cleanUp(site) }
        let result = try CommandLineTests.run(["verify"], in: site)
        let base = server.baseURL
        #expect(
            result.stdout == """
                Verified (1):
                  links.yml:2  Mastodon  \(base)/@boulangerie: Mastodon shows the green check: the field “Site” links to \(base)/site/, verified 2026-11-02
                Links back (1):
                  links.yml:3  127.0.0.1  \(base)/plain: links to \(base)/site/menu/ without rel="me" (fine for most sites)
                No link back (1):
                  links.yml:4  Instagram  \(base)/instagram/boulangerie/: no link to the site on the page; add \(base)/site/ to the bio or website field of this Instagram account
                Unverifiable (1):
                  links.yml:5  127.0.0.1  \(base)/linkedin: 127.0.0.1 refuses robots (it answers 999, LinkedIn's way of saying no); open \(base)/linkedin in a browser and check that it links to \(base)/site/
                Home page \(base)/site/:
                  ok    the home page answers 200
                  ok    its HTML is 1 KB, under the 1 MB that Mastodon reads
                  ok    the HTML has a rel="me" link to \(base)/@boulangerie
                  FAIL  the Mastodon address \(base)/@boulangerie is not https:; Mastodon verifies only https: addresses: write https://127.0.0.1:\(server.port)/@boulangerie in links.yml:2
                1 verified, 1 links back, 1 no link back, 1 unverifiable; home page: 1 problem

                """, "\(result.stdout)\n\(result.stderr)")
        #expect(result.status == 1)
        #expect(server.requests(to: "/relme").isEmpty)
        #expect(server.requests(to: "/plain").first?.headers["user-agent"] == "sitegen/0.1.0 (verify for \(base)/site/)")
    }

    @Test func jsonIsStableAndAllGoodExitsZero() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try Self.site(server, profiles: ["/relme", "/plain", "/linkedin"])
        defer { TestSupport.cleanUp(site) }
        let result = try CommandLineTests.run(["verify", "--format", "json", "--url", server.url("/preview/")], in: site)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["site"] as? String == server.url("/site/"))
        #expect(object["passed"] as? Bool == true)
        let profiles = try #require(object["profiles"] as? [[String: Any]])
        #expect(profiles.map { $0["result"] as? String } == ["verified", "links back", "unverifiable"])
        #expect(profiles.map { $0["line"] as? Int } == [2, 3, 4])
        #expect(profiles[0]["place"] as? String == "links.yml:2")
        #expect(profiles[0]["platform"] is NSNull)
        #expect(profiles[0]["advice"] is NSNull)
        #expect(Set(profiles[0].keys) == ["url", "place", "line", "platform", "name", "result", "message", "advice"])
        let home = try #require(object["home"] as? [String: Any])
        #expect(home["url"] as? String == server.url("/preview/"))
        let checks = try #require(home["checks"] as? [[String: Any]])
        #expect(checks.map { $0["rule"] as? String } == ["answers-200", "under-1-mb"])
        #expect(server.requestCount("/preview/") == 1)
        #expect(server.requestCount("/site/") == 0)
    }

    @Test func aURLThatIsNotAWebAddressIsAUsageError() throws {
        let site = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(site) }
        let result = try CommandLineTests.run(["verify", "--url", "ftp://example.fr/"], in: site)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--url ftp://example.fr/ is not an absolute http: or https: address"))
    }

    @Test func aBrokenLinksFileIsReportedAtItsPosition() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try Self.site(server, profiles: [])
        defer { TestSupport.cleanUp(site) }
        try Data("profiles:\n  - url: not an address\n".utf8).write(to: site.appendingPathComponent("links.yml"))
        let result = try CommandLineTests.run(["verify"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("links.yml:2:"), "\(result.stderr)")
        #expect(server.requestCount() == 0)
    }
}
