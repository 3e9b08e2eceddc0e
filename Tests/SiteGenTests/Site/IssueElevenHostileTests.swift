import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenFetch

/// An adversarial pass over issue 11's commands: what a hostile server, a
/// hostile site folder or an unlucky owner can do to `check --external`,
/// `verify` and `archive`. Each test was written to fail before its fix.
@Suite("Site: issue 11, hostile inputs")
struct IssueElevenHostileTests {
    static let userAgent = LinkChecker.userAgent(siteURL: "https://www.bakery.example/")

    private func started(_ routes: [String: LocalHTTPServer.Handler]) throws -> LocalHTTPServer {
        let server = LocalHTTPServer(routes: routes)
        try server.start()
        return server
    }

    /// A HEAD answer's Content-Length is the size of the page a GET would
    /// bring, not a body: a 50 MB PDF menu that answers HEAD properly is there.
    @Test func aLargeFileWhoseHeadDeclaresItsLengthIsOk() throws {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\n"
        let server = try started(["/menu.pdf": { _ in .raw(Data(head.utf8)) }])
        defer { server.stop() }
        let checker = LinkChecker(userAgent: Self.userAgent, cacheFile: nil, limits: LinkCheckLimits(timeout: .seconds(2)))
        let result = checker.check([server.url("/menu.pdf")])[0]
        #expect(result.verdict == .ok, "\(result.detail)")
        #expect(result.httpStatus == 200)
        #expect(server.requests().map(\.method) == ["HEAD"])
    }
}

extension IssueElevenHostileTests {
    /// A site folder from elsewhere whose cache file is a link to a file
    /// outside it: a check replaces the link with a cache of its own, and
    /// neither reads nor writes the file it names.
    @Test func aCacheFileThatIsASymbolicLinkIsNotWrittenThrough() throws {
        let server = try started(["/ok": { _ in .html("ok") }])
        defer { server.stop() }
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let outside = folder.appendingPathComponent("outside.txt")
        try Data("the owner's own file\n".utf8).write(to: outside)
        let cacheFolder = folder.appendingPathComponent("site/.sitegen/cache")
        try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        let cacheFile = cacheFolder.appendingPathComponent("links.json")
        try FileManager.default.createSymbolicLink(at: cacheFile, withDestinationURL: outside)

        let checker = LinkChecker(userAgent: Self.userAgent, cacheFile: cacheFile, limits: LinkCheckLimits(timeout: .seconds(2)))
        let run = checker.run([server.url("/ok")])
        #expect(run.results.map(\.verdict) == [.ok])
        #expect(try String(contentsOf: outside, encoding: .utf8) == "the owner's own file\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: cacheFile.path)) == nil, "the link is replaced by the cache itself")
        #expect(LinkCheckCache(file: cacheFile, lifetime: .seconds(3600)).read()[server.url("/ok")]?.verdict == .ok)
    }

    /// A link to a file of results that are not the site's is not read:
    /// it could say that a gone page is ok.
    @Test func aCacheFileThatIsASymbolicLinkIsNotRead() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let outside = folder.appendingPathComponent("outside.json")
        let now = ISO8601DateFormatter().string(from: Date())
        let json = #"{"version": 1, "results": [{"url": "https://a.example/", "verdict": "ok", "detail": "HTTP 200", "checkedAt": "\#(now)"}]}"#
        try Data(json.utf8).write(to: outside)
        let cacheFile = folder.appendingPathComponent("links.json")
        try FileManager.default.createSymbolicLink(at: cacheFile, withDestinationURL: outside)
        #expect(LinkCheckCache(file: cacheFile, lifetime: .seconds(3600)).read().isEmpty)
        #expect(LinkCheckCache(file: outside, lifetime: .seconds(3600)).read().count == 1, "the same file, not a link, is read")
    }
}

extension IssueElevenHostileTests {
    private static func smallSite(_ server: LocalHTTPServer) throws -> URL {
        let folder = TestSupport.temporaryDirectory().appendingPathComponent("site")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data("name: Fixture Bakery\nurl: https://www.bakery.example/\ndescription: A bakery.\n".utf8)
            .write(to: folder.appendingPathComponent("site.yml"))
        try Data("profiles:\n  - url: \(server.url("/ok"))\n".utf8).write(to: folder.appendingPathComponent("links.yml"))
        try Data("---\ntitle: Home\ndescription: Home.\n---\n# Home\n".utf8).write(to: folder.appendingPathComponent("content/index.md"))
        return folder
    }

    /// `.sitegen` may come with a site folder from elsewhere as a link to
    /// another folder: the cache is not written there.
    @Test func aCacheFolderOutsideTheSiteIsNotWritten() throws {
        let server = try started(["/ok": { _ in .html("ok") }])
        defer { server.stop() }
        let site = try Self.smallSite(server)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let outside = site.deletingLastPathComponent().appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent(".sitegen"), withDestinationURL: outside)
        let run = try CommandLineTests.run(["check", "--external"], in: site)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        #expect(run.stderr.contains("note: .sitegen/cache is not inside the site's folder"), "\(run.stderr)")
    }

    /// A cache that cannot be written costs every server a request at each
    /// check: the owner is told why.
    @Test func aCacheThatCannotBeWrittenIsSaid() throws {
        let server = try started(["/ok": { _ in .html("ok") }])
        defer { server.stop() }
        let site = try Self.smallSite(server)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        try Data("not a folder".utf8).write(to: site.appendingPathComponent(".sitegen"))
        let run = try CommandLineTests.run(["check", "--external"], in: site)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(
            run.stderr.hasPrefix("note: could not write the link cache .sitegen/cache/links.json: cannot make its folder: Not a directory"),
            "\(run.stderr)")
        #expect(run.stderr.hasSuffix("; the next check will ask every link again\n"), "\(run.stderr)")
    }
}

extension IssueElevenHostileTests {
    /// A page may link `<https://example.fr/carte été.pdf>` (CommonMark
    /// allows a space between angle brackets): visitors follow the address
    /// as published, percent-encoded, and check must ask that one rather
    /// than leave the link out.
    @Test func aPageLinkWithASpaceIsCheckedAsPublished() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data("name: Fixture Bakery\nurl: https://www.bakery.example/\ndescription: A bakery.\n".utf8)
            .write(to: folder.appendingPathComponent("site.yml"))
        let page =
            "---\ntitle: Home\ndescription: Home.\n---\n# Home\n\nOur [menu](<https://menu.example/carte été.pdf>) and [card](https://menu.example/\"card\").\n"
        try Data(page.utf8).write(to: folder.appendingPathComponent("content/index.md"))
        let report = SiteChecker(siteDirectory: folder, clock: .fixed(Date(timeIntervalSince1970: 0))).check()
        #expect(report.built)
        let pageLinks = report.outgoingLinks.filter { $0.kind == .page }
        #expect(pageLinks.map(\.address) == ["https://menu.example/carte%20%C3%A9t%C3%A9.pdf", "https://menu.example/%22card%22"])
        #expect(pageLinks.map(\.location.line) == [7, 7])
    }
}

extension IssueElevenHostileTests {
    /// `--site` with a typo names a folder that is no site: archive says so,
    /// as check and verify do, rather than "Done: nothing to archive".
    @Test func archiveOutsideASiteSaysSo() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let run = try CommandLineTests.run(["archive", "--site", "no-such-site"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty, "\(run.stdout)")
        #expect(
            run.stderr == "no-such-site: error: no site.yml or links.yml here; is no-such-site a sitegen site? (`sitegen init DIR` makes one)\n",
            "\(run.stderr)")
    }
}

extension IssueElevenHostileTests {
    /// The first line counts in plain English: "1 page", "1 link".
    @Test func oneLinkAndOnePageAreSingular() throws {
        let server = try started(["/ok": { _ in .html("ok") }])
        defer { server.stop() }
        let site = try Self.smallSite(server)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let run = try CommandLineTests.run(["check"], in: site)
        #expect(run.stdout.hasPrefix("sitegen check: 3 pages built, 1 link to another site.\n"), "\(run.stdout)")
        #expect(server.requestCount() == 0, "without --external nothing is asked")
    }
}

extension IssueElevenHostileTests {
    /// A site reached through a link to its folder (macOS's /tmp is one to
    /// /private/tmp) keeps its cache: the cache is inside the site.
    @Test func aSiteReachedThroughASymbolicLinkKeepsItsCache() throws {
        let server = try started(["/ok": { _ in .html("ok") }])
        defer { server.stop() }
        let site = try Self.smallSite(server)
        let top = site.deletingLastPathComponent()
        defer { TestSupport.cleanUp(top) }
        let deep = top.appendingPathComponent("a-long-folder-name/and-another-one/and-a-third")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: site, to: deep.appendingPathComponent("site"))
        try FileManager.default.createSymbolicLink(at: top.appendingPathComponent("s"), withDestinationURL: deep.appendingPathComponent("site"))
        let run = try CommandLineTests.run(["check", "--external", "--site", "s"], in: top)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: deep.appendingPathComponent("site/.sitegen/cache/links.json").path))
    }
}

extension IssueElevenHostileTests {
    /// A laptop without a network finds no server name at all: every link
    /// reads as gone. That is said at once, but not remembered for a week:
    /// an hour later, back online, the links are asked again.
    @Test func aServerNameNotFoundIsRememberedAnHourNotAWeek() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let cacheFile = folder.appendingPathComponent("links.json")
        let offline = HTTPTransport { request, _ throws(FetchError) in
            throw FetchError("could not find the server \(request.url.host ?? "")", kind: .unknownHost)
        }
        let asked = Counter()
        let online = HTTPTransport { request, _ throws(FetchError) in
            asked.add()
            return HTTPResponse(status: 200, contentType: "text/html", body: Data(), finalURL: request.url.absoluteString)
        }
        let start = Date(timeIntervalSince1970: 1_796_212_800)
        let first = LinkChecker(transport: offline, userAgent: Self.userAgent, cacheFile: cacheFile, now: { start })
            .check(["https://a.example/", "https://b.example/"])
        #expect(first.map(\.verdict) == [.gone, .gone])
        let twoHoursLater = start.addingTimeInterval(7200)
        let second = LinkChecker(transport: online, userAgent: Self.userAgent, cacheFile: cacheFile, now: { twoHoursLater })
            .check(["https://a.example/", "https://b.example/"])
        #expect(second.map(\.verdict) == [.ok, .ok])
        #expect(asked.value == 2)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}

extension IssueElevenHostileTests {
    /// Every server name unfound, on several servers, is the computer's
    /// network, not the links: the run says so, so that check can tell the
    /// owner before they mark every profile gone.
    @Test func noServerNameFoundAnywhereLooksOffline() throws {
        let offline = HTTPTransport { request, _ throws(FetchError) in
            throw FetchError("could not find the server \(request.url.host ?? "")", kind: .unknownHost)
        }
        let run = LinkChecker(transport: offline, userAgent: Self.userAgent, cacheFile: nil)
            .run(["https://a.example/", "https://b.example/x", "https://b.example/y"])
        #expect(run.looksOffline)
        let oneServer = LinkChecker(transport: offline, userAgent: Self.userAgent, cacheFile: nil).run(["https://a.example/", "https://a.example/b"])
        #expect(!oneServer.looksOffline, "one server whose name is gone is just that")
        let mixed = HTTPTransport { request, _ throws(FetchError) in
            guard request.url.host == "b.example" else { throw FetchError("no", kind: .unknownHost) }
            return HTTPResponse(status: 404, contentType: nil, body: Data(), finalURL: request.url.absoluteString)
        }
        #expect(
            !LinkChecker(transport: mixed, userAgent: Self.userAgent, cacheFile: nil).run(["https://a.example/", "https://b.example/"]).looksOffline)
    }
}
