import Foundation
import Testing

@testable import SiteGenFetch

/// The link cache (`.sitegen/cache/links.json`): a second run within the
/// week asks nothing, old entries and errors are asked again, `refresh`
/// asks everything, and a broken file is ignored, never a crash. Requests
/// are counted by the local server.
@Suite("Fetch: LinkChecker cache")
struct LinkCheckCacheTests {
    static let start = Date(timeIntervalSince1970: 1_740_819_600)  // 2025-03-01 09:00:00 UTC
    static let userAgent = LinkChecker.userAgent(siteURL: "https://www.boulangerie-martin.fr/")

    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-linkcache-\(UUID().uuidString)")
    private var cacheFile: URL { folder.appendingPathComponent(".sitegen/cache/links.json") }

    private func started() throws -> LocalHTTPServer {
        let server = LocalHTTPServer(routes: [
            "/ok": { _ in .html("<title>ok</title>") },
            "/gone": { _ in .html("", status: 404) },
            "/old": { _ in .redirect(to: "/new", status: 301) },
            "/new": { _ in .html("<title>new</title>") },
            "/down": { _ in .html("", status: 503) },
        ])
        try server.start()
        return server
    }

    private func checker(at date: Date, refresh: Bool = false, lifetime: Duration = .seconds(7 * 24 * 3600)) -> LinkChecker {
        LinkChecker(
            userAgent: Self.userAgent, cacheFile: cacheFile, refresh: refresh,
            limits: LinkCheckLimits(timeout: .seconds(2), cacheLifetime: lifetime), now: { date })
    }

    private func addresses(_ server: LocalHTTPServer) -> [String] {
        ["/ok", "/gone", "/old", "/down"].map { server.url($0) }
    }

    @Test("a second run within the week makes no request and gives the same results")
    func secondRun() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try started()
        defer { server.stop() }
        let first = checker(at: Self.start).run(addresses(server))
        #expect(first.results.map(\.verdict) == [.ok, .gone, .redirected, .error])
        #expect(first.fromCache == 0)
        #expect(first.cacheProblem == nil)
        let asked = server.requestCount()
        #expect(asked > 0)

        let second = checker(at: Self.start.addingTimeInterval(59 * 60)).run(addresses(server))
        #expect(server.requestCount() == asked)
        #expect(second.results == first.results)
        #expect(second.fromCache == 4)
    }

    @Test("the file is versioned JSON, in its folder, created when missing")
    func fileShape() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try started()
        defer { server.stop() }
        _ = checker(at: Self.start).check([server.url("/ok"), server.url("/old")])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: cacheFile)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let old = try #require(results.first { $0["url"] as? String == server.url("/old") })
        #expect(old["verdict"] as? String == "redirected")
        #expect(old["finalURL"] as? String == server.url("/new"))
        #expect(old["httpStatus"] as? Int == 200)
        #expect(old["checkedAt"] as? String == "2025-03-01T09:00:00Z")
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: cacheFile.deletingLastPathComponent().path) == ["links.json"])
    }

    @Test("an entry older than the lifetime is asked again; an error after an hour")
    func expiry() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try started()
        defer { server.stop() }
        _ = checker(at: Self.start).check(addresses(server))
        let okAsked = server.requestCount("/ok")
        let downAsked = server.requestCount("/down")

        // Two hours later: only the error is asked again.
        let later = checker(at: Self.start.addingTimeInterval(2 * 3600)).run(addresses(server))
        #expect(later.fromCache == 3)
        #expect(server.requestCount("/ok") == okAsked)
        #expect(server.requestCount("/down") == 2 * downAsked)

        // Eight days later: everything.
        let week = checker(at: Self.start.addingTimeInterval(8 * 24 * 3600)).run(addresses(server))
        #expect(week.fromCache == 0)
        #expect(server.requestCount("/ok") == 2 * okAsked)
        #expect(week.results.allSatisfy { $0.checkedAt == Self.start.addingTimeInterval(8 * 24 * 3600) })

        // A shorter lifetime is honoured too.
        let short = checker(at: Self.start.addingTimeInterval(8 * 24 * 3600 + 120), lifetime: .seconds(60)).run(addresses(server))
        #expect(short.fromCache == 0)
    }

    @Test("refresh asks again, and writes what it found")
    func refresh() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try started()
        defer { server.stop() }
        _ = checker(at: Self.start).check([server.url("/ok")])
        let refreshed = checker(at: Self.start.addingTimeInterval(60), refresh: true).run([server.url("/ok")])
        #expect(refreshed.fromCache == 0)
        #expect(server.requestCount("/ok") == 2)
        let after = checker(at: Self.start.addingTimeInterval(120)).run([server.url("/ok")])
        #expect(after.fromCache == 1)
        #expect(after.results.first?.checkedAt == Self.start.addingTimeInterval(60))
        #expect(server.requestCount("/ok") == 2)
    }

    @Test(
        "a corrupt, foreign, wrong-version or huge cache is ignored and replaced",
        arguments: ["garbage", "{\"version\": 2, \"results\": []}", "[1, 2, 3]", "{\"version\": 1, \"results\": [{\"url\": 3}]}", "huge"])
    func brokenCache(contents: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try started()
        defer { server.stop() }
        try FileManager.default.createDirectory(at: cacheFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        if contents == "huge" {
            // Valid JSON of the right version, but over 10 MB.
            let entry = LinkCheckResult(url: server.url("/ok"), verdict: .gone, detail: "HTTP 404", checkedAt: Self.start)
            let padding = String(repeating: " ", count: 10_100_000)
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            let json = "{\"version\": 1, \(padding) \"results\": [\(String(decoding: try encoder.encode(entry), as: UTF8.self))]}"
            try Data(json.utf8).write(to: cacheFile)
        } else {
            try Data(contents.utf8).write(to: cacheFile)
        }
        let run = checker(at: Self.start).run([server.url("/ok")])
        #expect(run.results.map(\.verdict) == [.ok])
        #expect(run.fromCache == 0)
        #expect(server.requestCount("/ok") == 1)
        // Replaced by a good one: the next run asks nothing.
        #expect(checker(at: Self.start).run([server.url("/ok")]).fromCache == 1)
        #expect(server.requestCount("/ok") == 1)
    }

    @Test("a cache entry from a trusted file is used even for a server that is now down")
    func cachedWithoutServer() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = LinkCheckResult(
            url: "http://nothing.invalid/menu", verdict: .redirected, httpStatus: 200, finalURL: "http://nothing.invalid/carte",
            detail: "moved permanently (HTTP 301)", checkedAt: Self.start)
        try FileManager.default.createDirectory(at: cacheFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(LinkCheckCache.Contents(version: 1, results: [entry])).write(to: cacheFile)
        let failing = HTTPTransport(send: { _, _ throws(FetchError) in throw FetchError("asked", kind: .other) })
        let checker = LinkChecker(transport: failing, userAgent: Self.userAgent, cacheFile: cacheFile, now: { Self.start.addingTimeInterval(3600) })
        #expect(checker.check(["http://nothing.invalid/menu"]) == [entry])
    }

    @Test("a second check adds to the file what the first wrote, rather than replacing it")
    func merge() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try started()
        defer { server.stop() }
        _ = checker(at: Self.start).check([server.url("/ok")])
        _ = checker(at: Self.start).check([server.url("/gone")])
        let both = checker(at: Self.start).run([server.url("/ok"), server.url("/gone")])
        #expect(both.fromCache == 2)
    }

    @Test("two checks at once leave a cache that reads back")
    func concurrentWriters() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try started()
        defer { server.stop() }
        let first = checker(at: Self.start)
        let second = checker(at: Self.start)
        let urls = addresses(server)
        async let one = Task.detached { first.check(urls) }.value
        async let two = Task.detached { second.check(urls.reversed()) }.value
        _ = await (one, two)
        let cached = LinkCheckCache(file: cacheFile, lifetime: .seconds(3600)).read()
        #expect(Set(cached.keys) == Set(urls))
    }

    @Test("a cache that cannot be written is said once; the results stand")
    func unwritable() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try started()
        defer { server.stop() }
        // A file where the cache's folder should be.
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: folder.appendingPathComponent(".sitegen"))
        let run = checker(at: Self.start).run([server.url("/ok")])
        #expect(run.results.map(\.verdict) == [.ok])
        let problem = try #require(run.cacheProblem)
        #expect(problem.hasPrefix("could not write the link cache \(cacheFile.path)"))
        #expect(!problem.contains("\n"))
    }
}
