import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenManifest

/// `sitegen press add --fetch` end to end: the binary reads an article
/// served on 127.0.0.1 and asks a local stand-in of the Wayback Machine.
@Suite("Manifest: press add --fetch")
struct PressFetchCommandTests {
    static let article = """
        <!DOCTYPE html><html lang="fr"><head>
        <title>Ignored title | Ouest-France</title>
        <meta property="og:title" content="Le meilleur croissant &amp; le pain &laquo;&nbsp;maison&nbsp;&raquo;">
        <meta property="og:site_name" content="Ouest-France">
        <meta property="article:published_time" content="2024-03-12T08:00:00+01:00">
        </head><body><p>...</p></body></html>
        """

    static func server(capture: String?) throws -> LocalHTTPServer {
        let json =
            capture.map {
                #"{"archived_snapshots": {"closest": {"available": true, "status": "200", "url": "\#($0)", "timestamp": "20240312000000"}}}"#
            }
            ?? #"{"archived_snapshots": {}}"#
        let server = LocalHTTPServer(routes: [
            "/article": { _ in .html(article) },
            "/wayback/available": { _ in .data(Data(json.utf8), contentType: "application/json") },
        ])
        _ = try server.start()
        return server
    }

    @Test func fillsTheEntryFromThePageAndTheArchive() throws {
        let server = try Self.server(capture: "http://web.archive.org/web/20240312000000/https://example.com/a")
        defer { server.stop() }
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        let result = try CommandLineTests.run(
            [
                "press", "add", server.url("/article"), "--fetch",
                "--quote", "Un vrai régal",
            ], in: site, environment: ["SITEGEN_ARCHIVE_API": server.baseURL])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: try LinksEditingTests.linksText(site)))
        let added = try #require(manifest.press.last)
        #expect(added.title == "Le meilleur croissant & le pain « maison »")
        #expect(added.outlet == "Ouest-France")
        #expect(added.date.isoDay == "2024-03-12")
        #expect(added.language == "fr")
        #expect(added.quote == "Un vrai régal")
        #expect(added.archive == "https://web.archive.org/web/20240312000000/https://example.com/a")
        #expect(server.requestCount("/wayback/available") == 1)
    }

    @Test func theOwnersFlagsWinOverWhatThePageSays() throws {
        let server = try Self.server(capture: nil)
        defer { server.stop() }
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        let result = try CommandLineTests.run(
            [
                "press", "add", server.url("/article"), "--fetch",
                "--title", "Notre titre", "--date", "2024-04-01",
            ], in: site, environment: ["SITEGEN_ARCHIVE_API": server.baseURL])
        #expect(result.status == 0)
        #expect(result.stderr.contains("no copy of this article yet"))
        let added = try #require(
            try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: try LinksEditingTests.linksText(site))).press.last)
        #expect(added.title == "Notre titre")
        #expect(added.outlet == "Ouest-France")
        #expect(added.date.isoDay == "2024-04-01")
        #expect(added.archive == nil)
    }

    @Test func aNetworkFailureIsReportedAndTheFlagsStillMakeTheEntry() throws {
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        try LocalHTTPServer.withRefusingPort { port in
            let address = "http://127.0.0.1:\(port)/article"
            let withFlags = try CommandLineTests.run(
                [
                    "press", "add", address, "--fetch",
                    "--title", "T", "--outlet", "O",
                ], in: site, environment: ["SITEGEN_ARCHIVE_API": "http://127.0.0.1:\(port)"])
            #expect(withFlags.status == 0)
            #expect(withFlags.stderr.contains("warning: could not read the article: could not connect to \(address)"))
            #expect(withFlags.stderr.contains("warning: could not ask the Wayback Machine"))

            // Without a terminal to ask at, one line, and the Wayback Machine is not asked in vain.
            let before = try LinksEditingTests.linksText(site)
            let withoutFlags = try CommandLineTests.run(
                ["press", "add", address + "?second", "--fetch", "--outlet", "O"], in: site,
                environment: ["SITEGEN_ARCHIVE_API": "http://127.0.0.1:\(port)"])
            #expect(withoutFlags.status == 1)
            #expect(
                withoutFlags.stderr
                    == "error: could not read the article (could not connect to \(address)?second: nothing answers at 127.0.0.1:\(port)); give --title\n"
            )
            #expect(try LinksEditingTests.linksText(site) == before)
        }
    }

    /// Issue 9, #4: the binary keeps its 10 s and 5 MB against a compressed
    /// body, and the entry is still made from the flags.
    @Test("a gzip bomb or an endless gzip stream is refused within the limits", arguments: ["/bomb", "/endless"])
    func compressedBodiesKeepTheLimits(_ path: String) throws {
        let server = try Self.server(capture: nil)
        defer { server.stop() }
        server.route("/bomb") { _ in
            LocalHTTPServer.Response(headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"], body: GzipBody.twoGibibyteBomb)
        }
        server.route("/endless") { _ in
            LocalHTTPServer.Response(headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"], body: GzipBody.endless)
        }
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        let clock = ContinuousClock()
        let start = clock.now
        let result = try CommandLineTests.run(
            [
                "press", "add", server.url(path), "--fetch",
                "--title", "T", "--outlet", "O",
            ], in: site, environment: ["SITEGEN_ARCHIVE_API": server.baseURL])
        let elapsed = clock.now - start
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: could not read the article: \(server.url(path)) is larger than 5 MB"), "\(result.stderr)")
        #expect(elapsed < .seconds(15), "took \(elapsed)")
        let added = try #require(
            try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: try LinksEditingTests.linksText(site))).press.last)
        #expect(added.url == server.url(path))
    }

    /// Issue 9, #18: the address that did not answer is the redirect's target.
    @Test func aRedirectToAClosedPortNamesTheTarget() throws {
        try LocalHTTPServer.withRefusingPort { closed in
            let server = try Self.server(capture: nil)
            defer { server.stop() }
            server.route("/moved") { _ in .redirect(to: "http://127.0.0.1:\(closed)/") }
            let site = try ManifestCommandTests.site()
            defer { TestSupport.cleanUp(site) }
            let result = try CommandLineTests.run(
                [
                    "press", "add", server.url("/moved"), "--fetch",
                    "--title", "T", "--outlet", "O",
                ], in: site, environment: ["SITEGEN_ARCHIVE_API": server.baseURL])
            #expect(result.status == 0)
            #expect(
                result.stderr.contains(
                    "could not connect to http://127.0.0.1:\(closed)/ (redirected from \(server.url("/moved"))): nothing answers at 127.0.0.1:\(closed)"
                ),
                "\(result.stderr)")
        }
    }
}
