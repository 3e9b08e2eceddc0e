import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenManifest

/// `sitegen archive` end to end: the binary asks a local stand-in of the
/// Wayback Machine's availability API and of Save Page Now, and records in
/// links.yml; nothing here reaches the internet, and no test waits.
@Suite("Manifest: sitegen archive")
struct ArchiveCommandTests {
    static let links = """
        # Our links
        profiles:
          - url: https://mastodon.social/@shop   # ours
          - url: https://www.instagram.com/shop/
            status: gone

        press:
          # archived already
          - url: https://news.example/archived
            title: A
            outlet: News
            date: 2024-01-01
            archive: https://web.archive.org/web/2024/https://news.example/archived
          # the Wayback Machine has this one
          - url: https://news.example/captured
            title: B
            outlet: News
            date: 2024-02-01
          # nobody saved this one
          - url: https://news.example/new
            title: C
            outlet: News
            date: 2024-03-01

        """

    static let captured = "https://web.archive.org/web/20240201000000/https://news.example/captured"
    static let mastodonCapture = "https://web.archive.org/web/20240101000000/https://mastodon.social/@shop"
    static let saved = "https://web.archive.org/web/20240312101500/https://news.example/new"

    /// The 1-based line of `text` in the links above.
    static func line(_ text: String, in links: String = links) -> Int {
        (links.components(separatedBy: "\n").firstIndex { $0.contains(text) } ?? -1) + 1
    }

    /// Links as above with `archive:` lines added after the given lines (1-based), at the press entries' key column.
    static func linksWith(_ additions: [(afterLine: Int, text: String)]) -> String {
        var lines = links.components(separatedBy: "\n")
        for addition in additions.sorted(by: { $0.afterLine > $1.afterLine }) {
            lines.insert(addition.text, at: addition.afterLine)
        }
        return lines.joined(separator: "\n")
    }

    enum Job: String {
        case success, pending, error
    }

    /// The Wayback Machine has a capture of `captured` and of the Mastodon
    /// profile; Save Page Now answers every job with `job`.
    static func server(job: Job = .success) throws -> LocalHTTPServer {
        let server = LocalHTTPServer(routes: [
            "/wayback/available": { request in
                let query = request.query ?? ""
                let capture =
                    query.contains("captured")
                    ? "http:" + captured.dropFirst("https:".count)
                    : query.contains("mastodon") ? mastodonCapture : nil
                let json =
                    capture.map { #"{"archived_snapshots": {"closest": {"available": true, "status": "200", "url": "\#($0)"}}}"# }
                    ?? #"{"archived_snapshots": {}}"#
                return .data(Data(json.utf8), contentType: "application/json")
            },
            "/save": { _ in .data(Data(#"{"url": "x", "job_id": "spn2-42"}"#.utf8), contentType: "application/json") },
            "/save/status/spn2-42": { _ in
                let json =
                    switch job {
                    case .success: #"{"status": "success", "timestamp": "20240312101500", "original_url": "https://news.example/new"}"#
                    case .pending: #"{"status": "pending"}"#
                    case .error:
                        #"{"status": "error", "status_ext": "error:blocked-url", "message": "This URL is in the Save Page Now service block list"}"#
                    }
                return .data(Data(json.utf8), contentType: "application/json")
            },
        ])
        try server.start()
        return server
    }

    static func run(_ arguments: [String], in site: URL, server: LocalHTTPServer, keys: Bool) throws -> CommandLineTests.Run {
        var environment = [
            "SITEGEN_ARCHIVE_API": server.baseURL, "SITEGEN_SAVE_PAGE_NOW_API": server.baseURL, "SITEGEN_TEST_INSTANT_WAIT": "1",
            "IA_ACCESS_KEY": "", "IA_SECRET_KEY": "",
        ]
        if keys {
            environment["IA_ACCESS_KEY"] = "ACCESS"
            environment["IA_SECRET_KEY"] = "SECRET"
        }
        return try CommandLineTests.run(["archive"] + arguments, in: site, environment: environment)
    }

    @Test func withoutKeysACaptureIsRecordedAndTheRestExplainedOnce() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try LinksEditingTests.site(Self.links)
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run([], in: site, server: server, keys: false)
        #expect(result.status == 0, "\(result.stderr)")
        let capturedLine = Self.line("- url: https://news.example/captured")
        #expect(
            result.stdout == """
                links.yml:\(capturedLine)  press  https://news.example/captured  recorded \(Self.captured)
                links.yml:\(Self.line("- url: https://news.example/new") + 1)  press  https://news.example/new  no archived copy yet
                Done: 1 archived copy recorded in links.yml, 1 without an archived copy, 1 already had one.

                """)
        #expect(result.stderr.components(separatedBy: "https://archive.org/account/s3.php").count == 2, "\(result.stderr)")
        #expect(result.stderr.contains("IA_ACCESS_KEY and IA_SECRET_KEY"))
        #expect(try LinksEditingTests.linksText(site) == Self.linksWith([(capturedLine + 3, "    archive: \(Self.captured)")]))
        #expect(server.requestCount("/wayback/available") == 2)
        #expect(server.requestCount("/save") == 0)
    }

    @Test func withKeysAPageWithoutACaptureIsSavedThenRecorded() throws {
        let server = try Self.server(job: .success)
        defer { server.stop() }
        let site = try LinksEditingTests.site(Self.links)
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run([], in: site, server: server, keys: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("press  https://news.example/new  saved and recorded \(Self.saved)\n"))
        #expect(result.stdout.hasSuffix("Done: 2 archived copies recorded in links.yml, 1 already had one.\n"))
        #expect(!result.stderr.contains("s3.php"))
        let capturedLine = Self.line("- url: https://news.example/captured")
        let newLine = Self.line("- url: https://news.example/new")
        #expect(
            try LinksEditingTests.linksText(site)
                == Self.linksWith([(capturedLine + 3, "    archive: \(Self.captured)"), (newLine + 3, "    archive: \(Self.saved)")]))
        let post = try #require(server.requests(to: "/save").first)
        #expect(post.method == "POST")
        #expect(post.headers["authorization"] == "LOW ACCESS:SECRET")
        #expect(post.headers["content-length"] == "\("url=https%3A%2F%2Fnews.example%2Fnew&skip_first_archive=1".utf8.count)")
        #expect(server.requestCount("/save") == 1)
    }

    @Test func aJobStillPendingRecordsNothingAndSaysToComeBack() throws {
        let server = try Self.server(job: .pending)
        defer { server.stop() }
        let site = try LinksEditingTests.site(Self.links)
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run([], in: site, server: server, keys: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("press  https://news.example/new  still being saved; run sitegen archive again later\n"))
        #expect(result.stdout.contains("1 still being saved"))
        #expect(!(try LinksEditingTests.linksText(site)).contains(Self.saved))
        #expect(server.requestCount("/save/status/spn2-42") == 7)
    }

    @Test func aJobThatFailsIsReportedPlainlyAndExitsOneAfterTheRest() throws {
        let server = try Self.server(job: .error)
        defer { server.stop() }
        let site = try LinksEditingTests.site(Self.links)
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run([], in: site, server: server, keys: true)
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "press  https://news.example/new  Save Page Now could not save it: This URL is in the Save Page Now service block list\n"))
        #expect(result.stdout.contains("1 failed"))
        // The capture found before the failure is recorded all the same.
        #expect(try LinksEditingTests.linksText(site).contains("archive: \(Self.captured)"))
    }

    @Test func aDryRunChangesNothingAndSubmitsNothing() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try LinksEditingTests.site(Self.links)
        defer { TestSupport.cleanUp(site) }
        let before = try Data(contentsOf: site.appendingPathComponent("links.yml"))
        let result = try Self.run(["--dry-run", "--profiles"], in: site, server: server, keys: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("press  https://news.example/captured  would record \(Self.captured)\n"))
        #expect(result.stdout.contains("press  https://news.example/new  no archived copy yet; would submit it to Save Page Now\n"))
        #expect(result.stdout.hasPrefix("Dry run") || result.stdout.contains("\nDry run (nothing was changed or submitted): "))
        #expect(try Data(contentsOf: site.appendingPathComponent("links.yml")) == before)
        #expect(server.requestCount("/save") == 0)
    }

    @Test func profilesToo_butAGoneAccountIsNeverSubmitted() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try LinksEditingTests.site(Self.links)
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run(["--profiles"], in: site, server: server, keys: true)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.first == "links.yml:3  profile  https://mastodon.social/@shop  recorded \(Self.mastodonCapture)")
        #expect(
            lines.dropFirst().first
                == "links.yml:5  profile  https://www.instagram.com/shop/  no archived copy; the account is gone, so there is nothing left to save")
        // Line numbers follow the lines added above.
        #expect(
            lines.contains(
                "links.yml:\(Self.line("- url: https://news.example/captured") + 1)  press  https://news.example/captured  recorded \(Self.captured)")
        )
        let text = try LinksEditingTests.linksText(site)
        #expect(
            text.contains(
                "  - url: https://mastodon.social/@shop   # ours\n    archive: \(Self.mastodonCapture)\n  - url: https://www.instagram.com/shop/\n"))
        #expect(try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: text)).profiles[1].archive == nil)
        // Only the new article went to Save Page Now.
        #expect(server.requestCount("/save") == 1)
    }

    @Test func aNetworkFailureIsReportedAndExitsOne() throws {
        let site = try LinksEditingTests.site(Self.links)
        defer { TestSupport.cleanUp(site) }
        try LocalHTTPServer.withRefusingPort { port in
            let result = try CommandLineTests.run(
                ["archive"], in: site, environment: ["SITEGEN_ARCHIVE_API": "http://127.0.0.1:\(port)", "IA_ACCESS_KEY": "", "IA_SECRET_KEY": ""])
            #expect(result.status == 1)
            #expect(result.stdout.contains("press  https://news.example/captured  could not ask the Wayback Machine: "))
            #expect(result.stdout.contains("2 failed"))
            #expect(try LinksEditingTests.linksText(site) == Self.links)
        }
    }

    @Test func theSitesOwnPagesAreSubmittedAndNothingIsRecorded() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try TestSupport.copyOfSite(TestSupport.fixture("escaping"))
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let result = try Self.run(["--site-pages"], in: site, server: server, keys: true)
        #expect(result.status == 0, "\(result.stderr)")
        let pages = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("site  page  ") }
        #expect(pages.count == 4, "\(result.stdout)")
        #expect(pages.allSatisfy { $0.contains("  saved https://web.archive.org/web/20240312101500/") })
        #expect(result.stdout.contains("4 pages of the site saved"))
        #expect(server.requestCount("/save") == 4)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("links.yml").path) == false)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path) == false)
    }

    @Test func theSitesOwnPagesNeedTheKeys() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try TestSupport.copyOfSite(TestSupport.fixture("escaping"))
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let result = try Self.run(["--site-pages"], in: site, server: server, keys: false)
        #expect(result.status == 0)
        #expect(result.stdout == "Done: 4 without an archived copy.\n")
        #expect(result.stderr.contains("https://archive.org/account/s3.php"))
        #expect(server.requestCount("/save") == 0)
    }
}
