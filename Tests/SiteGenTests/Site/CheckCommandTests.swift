import Foundation
import Testing

@testable import SiteGen

/// `sitegen check` end to end: the built binary on sites whose links.yml and
/// pages point at a server on 127.0.0.1 (issue 11).
@Suite("Site: sitegen check")
struct CheckCommandTests {
    static func server() throws -> LocalHTTPServer {
        let server = LocalHTTPServer()
        _ = try server.start()
        server.route("/ok") { _ in .html("<!DOCTYPE html><title>ok</title>") }
        server.route("/moved") { _ in .redirect(to: "/new-home", status: 301) }
        server.route("/new-home") { _ in .html("<!DOCTYPE html><title>new</title>") }
        server.route("/removed-article") { _ in .html("Not found", status: 404) }
        server.route("/closed-account") { _ in .html("Gone", status: 410) }
        server.route("/robots-refused") { _ in .html("", status: 999) }
        server.route("/broken-server") { _ in .html("Oops", status: 500) }
        return server
    }

    static func site(_ server: LocalHTTPServer) throws -> URL {
        let folder = TestSupport.temporaryDirectory()
        let base = server.baseURL
        try Data("name: Fixture Bakery\nurl: https://www.bakery.example/\ndescription: A bakery.\n".utf8)
            .write(to: folder.appendingPathComponent("site.yml"))
        let links = """
            profiles:
              - url: \(base)/ok
              - url: \(base)/moved
              - url: \(base)/closed-account
              - url: \(base)/robots-refused
            press:
              - url: \(base)/removed-article
                title: "A new bakery"
                outlet: Example News
                date: 2024-03-01
                archive: https://web.archive.org/web/20240301000000/\(base)/removed-article
              - url: \(base)/broken-server
                title: "Good bread"
                outlet: Example Blog
                date: 2024-05-01
                archive: https://web.archive.org/web/20240501000000/\(base)/broken-server

            """
        try Data(links.utf8).write(to: folder.appendingPathComponent("links.yml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data("---\ntitle: Home\n---\nSee [a friend](\(base)/ok).\n".utf8).write(to: folder.appendingPathComponent("content/index.md"))
        return folder
    }

    @Test func externalLinksAreGroupedByResultWithTheirPlaceAndWhatToDo() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try Self.site(server)
        defer { TestSupport.cleanUp(site) }
        let base = server.baseURL
        let first = try CommandLineTests.run(["check", "--external"], in: site)
        #expect(first.status == 1, "a gone link is an error")
        #expect(
            first.stdout == """
                sitegen check: 3 pages built, 7 links to other sites.

                Links to other sites: 2 ok, 1 redirected, 2 gone, 1 unverifiable, 1 error

                gone (the page no longer exists): 2
                  links.yml:4:5   profile  \(base)/closed-account  (HTTP 410)
                                  if the account was closed, suspended or banned, add status: gone to it (links.yml:4:5): /links/ then shows it as no longer available
                  links.yml:7:5   press    \(base)/removed-article  (HTTP 404)
                                  add status: dead to this article (links.yml:7:5): the press page then links its archived copy

                redirected (the address moved): 1
                  links.yml:3:5   profile  \(base)/moved -> \(base)/new-home  (moved permanently (HTTP 301))
                                  update links.yml:3:5 to: url: \(base)/new-home

                error (no answer could be had): 1
                  links.yml:12:5  press    \(base)/broken-server  (HTTP 500)
                                  try again later (sitegen check --external --refresh); if it goes on, open the address in a browser

                unverifiable (the platform does not answer robots; not a problem of the site): 1
                  links.yml:5:5   profile  \(base)/robots-refused  (refuses robots, as LinkedIn does (HTTP 999))
                                  this platform does not answer robots: open the address in a browser to check it

                2 errors, 2 warnings.

                """, "\(first.stdout)")
        let asked = server.requests().count
        #expect(asked >= 6)

        // Within the week, a second run asks nothing and says the same.
        let second = try CommandLineTests.run(["check", "--external"], in: site)
        #expect(second.stdout == first.stdout)
        #expect(server.requests().count == asked, "the cache answered")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(".sitegen/cache/links.json").path))

        let refreshed = try CommandLineTests.run(["check", "--external", "--refresh"], in: site)
        #expect(refreshed.status == 1)
        #expect(server.requests().count > asked, "--refresh asks again")
        #expect(server.requests().allSatisfy { $0.headers["user-agent"]?.contains("https://www.bakery.example/") == true })
    }

    @Test func jsonIsStableForScripts() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try Self.site(server)
        defer { TestSupport.cleanUp(site) }
        let run = try CommandLineTests.run(["check", "--external", "--format", "json"], in: site)
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect(json["built"] as? Bool == true)
        #expect(json["errors"] as? Int == 2)
        let links = try #require(json["links"] as? [[String: Any]])
        #expect(links.count == 7)
        let moved = try #require(links.first { ($0["url"] as? String)?.hasSuffix("/moved") == true })
        #expect(moved["result"] as? String == "redirected")
        #expect(moved["final_url"] as? String == server.url("/new-home"))
        #expect(moved["file"] as? String == "links.yml")
        #expect(moved["line"] as? Int == 3)
        #expect(moved["kind"] as? String == "profile")
        #expect(moved["advice"] as? String == "update links.yml:3:5 to: url: \(server.url("/new-home"))")
        let page = try #require(links.first { $0["kind"] as? String == "page" })
        #expect(page["file"] as? String == "content/index.md")
        #expect(page["line"] as? Int == 4)
        #expect(page["result"] as? String == "ok")
    }

    @Test func withoutExternalNothingIsAskedAndABrokenSiteFails() throws {
        let server = try Self.server()
        defer { server.stop() }
        let site = try Self.site(server)
        defer { TestSupport.cleanUp(site) }
        let clean = try CommandLineTests.run(["check"], in: site)
        #expect(clean.status == 0)
        #expect(server.requests().isEmpty)
        #expect(clean.stdout.hasSuffix("Links to other sites were not asked; add --external to ask each of them.\n\nno errors, no warnings.\n"))
        try Data("---\ntitle: Home\n---\n![](/images/oven.jpg)\n".utf8).write(to: site.appendingPathComponent("content/index.md"))
        let broken = try CommandLineTests.run(["check"], in: site)
        #expect(broken.status == 1)
        #expect(
            broken.stdout.contains(
                "content/index.md:4:1: error: the image \"/images/oven.jpg\" points to /images/oven.jpg, which is not a file of the site (static/ or a page)"
            ))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path), "check never writes the output")
    }

    @Test(arguments: BrokenFixtureTests.brokenSites)
    func eachBrokenFixtureFailsWithItsErrorsAtTheirPlaces(_ name: String) throws {
        let site = TestSupport.fixture(name)
        let run = try CommandLineTests.run(["check"], in: site)
        #expect(run.status == 1)
        let expected = try String(contentsOf: site.appendingPathComponent("expected-errors.txt"), encoding: .utf8).split(separator: "\n")
        for line in expected { #expect(run.stdout.contains(line), "\(name): \(line)") }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }
}

/// Ctrl-C or SIGTERM during `sitegen check` skips every `defer`: the
/// command's own build in the temporary folder must still be removed.
@Suite("Site: sitegen check interrupted")
struct CheckInterruptTests {
    @Test func anInterruptedCheckLeavesNothingInTheTemporaryFolder() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = root.appendingPathComponent("site")
        let temporary = root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/news"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        try Data("name: Big Bakery\nurl: https://www.bakery.example/\n".utf8).write(to: site.appendingPathComponent("site.yml"))
        for number in 0..<3000 {
            let page = "---\ntitle: Post \(number)\ndate: 2024-01-01\n---\nSome bread, number \(number), and *more* bread.\n"
            try Data(page.utf8).write(to: site.appendingPathComponent("content/news/post-\(number).md"))
        }
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["check", "--site", site.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Interrupted once its build has written pages.
        var started = false
        for _ in 0..<1000 where !started {
            started = (FileManager.default.subpaths(atPath: temporary.path) ?? []).count > 100
            if !started { Thread.sleep(forTimeInterval: 0.005) }
        }
        #expect(started, "the check's build did not start writing in TMPDIR")
        // SIGTERM, handled as Ctrl-C's SIGINT. The test runner blocks both in
        // the thread that starts the child, which inherits the mask (sitegen
        // unblocks them): exit status 130 shows the handler ran.
        process.terminate()
        process.waitUntilExit()
        #expect(
            process.terminationStatus == 130 && process.terminationReason == .exit,
            "status \(process.terminationStatus), by a signal: \(process.terminationReason == .uncaughtSignal)")
        // Removed once the process has ended, by the cleaner it started.
        var left = ["?"]
        for _ in 0..<100 where !left.isEmpty {
            left = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
            if !left.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(left == [])
    }
}
