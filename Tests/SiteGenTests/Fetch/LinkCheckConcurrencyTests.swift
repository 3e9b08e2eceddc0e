import Foundation
import Testing

@testable import SiteGenFetch

/// The politeness limits, counted by the servers: at most `perHost`
/// requests at once to one server, `total` in all, and links on other
/// servers are not held up by a slow one.
@Suite("Fetch: LinkChecker concurrency")
struct LinkCheckConcurrencyTests {
    static let userAgent = LinkChecker.userAgent(siteURL: "https://www.boulangerie-martin.fr/")

    private func slowServer(_ gauges: ConcurrencyGauge..., seconds: Double) throws -> LocalHTTPServer {
        let server = LocalHTTPServer()
        for index in 0..<16 {
            server.route("/page\(index)") { _ in
                ConcurrencyGauge.hold(seconds, counting: gauges)
                return .html("<title>slow</title>")
            }
        }
        try server.start()
        return server
    }

    @Test("6 slow links on each of two servers: at most 2 at once on each, both servers at the same time")
    func perHost() throws {
        let first = ConcurrencyGauge()
        let second = ConcurrencyGauge()
        let both = ConcurrencyGauge()
        let one = try slowServer(first, both, seconds: 0.4)
        defer { one.stop() }
        let two = try slowServer(second, both, seconds: 0.4)
        defer { two.stop() }
        let urls = (0..<6).flatMap { [one.url("/page\($0)"), two.url("/page\($0)")] }
        let clock = ContinuousClock()
        let start = clock.now
        let results = LinkChecker(userAgent: Self.userAgent, cacheFile: nil).check(urls)
        let elapsed = clock.now - start
        #expect(results.allSatisfy { $0.verdict == .ok })
        #expect(first.peak == 2)
        #expect(second.peak == 2)
        #expect(both.peak == 4)
        // Three rounds of 0.4 s on each server, side by side: about 1.2 s, not 12 × 0.4 s.
        #expect(elapsed < .milliseconds(3500), "took \(elapsed)")
    }

    @Test("16 slow links, no per-host limit in the way: at most 8 at once")
    func total() throws {
        let gauge = ConcurrencyGauge()
        let server = try slowServer(gauge, seconds: 0.5)
        defer { server.stop() }
        let urls = (0..<16).map { server.url("/page\($0)") }
        let limits = LinkCheckLimits(perHost: 16, total: 8)
        let clock = ContinuousClock()
        let start = clock.now
        let results = LinkChecker(userAgent: Self.userAgent, cacheFile: nil, limits: limits).check(urls)
        let elapsed = clock.now - start
        #expect(results.map(\.url) == urls)
        #expect(results.allSatisfy { $0.verdict == .ok })
        #expect(gauge.peak <= 8)
        #expect(gauge.peak >= 6, "only \(gauge.peak) at once")
        // Two rounds of 0.5 s, not 16.
        #expect(elapsed < .seconds(4), "took \(elapsed)")
    }
}
