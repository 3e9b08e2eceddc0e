import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenServer

/// Clients that try to wear the preview server out, and pages of other
/// sites that try to read it: slow request heads, floods of them, and
/// requests for another host name (DNS rebinding).
@Suite("Serve: hostile clients")
final class HostileClientTests {
    let site: URL
    let session: PreviewSession
    var port: Int { session.server.port }

    init() throws {
        site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        session = try PreviewSession(options: .init(siteDirectory: site, port: 0), log: { _ in })
        let first = session.start()
        precondition(first.report != nil, "the example site must build: \(first.errors)")
    }

    deinit {
        session.stop()
        TestSupport.cleanUp(site.deletingLastPathComponent())
    }

    /// A byte every quarter of a second never trips a per-read timeout: only
    /// a deadline for the whole head ends the connection (1 s here, 10 s by
    /// default; the flood below runs with the default).
    @Test func aHeadSentOneByteAtATimeIsCutOffAtTheDeadline() throws {
        var limits = PreviewServerLimits()
        limits.headDeadline = 1
        let quick = try PreviewSession(options: .init(siteDirectory: site, port: 0, serverLimits: limits), log: { _ in })
        quick.start()
        defer { quick.stop() }
        let drip = try SlowDripClients(count: 1, port: quick.server.port)
        drip.start(every: 0.25)
        defer { drip.stop() }
        #expect(drip.waitUntilAllClosed(timeout: 5), "a connection sending one header byte every 0.25 s was still open after 5 s")
        let closing = try #require(drip.closings.first)
        #expect(closing.bytes >= 3, "the client kept sending until the deadline")
        // A client that sends its request at once on a kept-alive connection is not hurried.
        #expect(try RawHTTPClient.get("/", port: quick.server.port).status == 200)
    }

    /// More slow connections than the server keeps at once: a normal request
    /// is still answered promptly, and every slow one is closed.
    ///
    /// The flood is ten times the server's cap rather than thousands of
    /// sockets: with over about 1,300 descriptors open in the test process,
    /// Foundation's `Process.run()` in a test running beside it can crash
    /// (it copies each `/proc/self/fd` entry as a whole 256-byte name, past
    /// the end of glibc's buffer: swift-corelibs-foundation PR 5472, not in
    /// Swift 6.3.1), which took down a whole CI run.
    @Test func aFloodOfSlowHeadsHoldsUpNobody() throws {
        var limits = PreviewServerLimits()
        limits.maximumConnections = 32
        let capped = try PreviewSession(options: .init(siteDirectory: site, port: 0, serverLimits: limits), log: { _ in })
        precondition(capped.start().report != nil)
        defer { capped.stop() }
        let port = capped.server.port
        let count = 320
        let drips = try SlowDripClients(count: count, port: port)
        drips.start(every: 2)
        defer { drips.stop() }
        var slowest: TimeInterval = 0
        for _ in 0..<4 {
            let started = Date()
            let answer = try RawHTTPClient.get("/contact/", port: port)
            let seconds = Date().timeIntervalSince(started)
            slowest = max(slowest, seconds)
            #expect(answer.status == 200)
            #expect(seconds < 5, "a normal request took \(seconds) s during the flood")
            Thread.sleep(forTimeInterval: 1)
        }
        let allClosed = drips.waitUntilAllClosed(timeout: 20)
        let closings = drips.closings
        #expect(allClosed, "\(drips.openCount) of \(count) slow connections still open")
        let seconds = closings.map(\.seconds).sorted()
        print(
            "slow drip: \(count) connections, slowest normal request \(String(format: "%.3f", slowest)) s; \(closings.count) closed by the server, "
                + String(
                    format: "after %.1f s (first), %.1f s (median), %.1f s (last)", seconds.first ?? 0,
                    seconds.isEmpty ? 0 : seconds[seconds.count / 2], seconds.last ?? 0))
    }

    /// Live reload streams are held open for as long as their page: a flood
    /// of slow clients past the cap closes slow clients, never them, and
    /// they end cleanly when the server stops.
    @Test func liveReloadStreamsOutlastAFloodAndEndCleanly() throws {
        var limits = PreviewServerLimits()
        limits.maximumConnections = 16
        let small = try PreviewSession(options: .init(siteDirectory: site, port: 0, serverLimits: limits), log: { _ in })
        small.start()
        var stopped = false
        defer { if !stopped { small.stop() } }
        let events = try RawHTTPClient.connect(port: small.server.port)
        defer { close(events) }
        RawHTTPClient.send("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", to: events)
        #expect(RawHTTPClient.readUntil("retry: 1000", from: events) != nil)
        let drips = try SlowDripClients(count: 100, port: small.server.port)
        drips.start(every: 0.5)
        defer { drips.stop() }
        // A new client may itself be taken for a slow one and closed when the
        // machine is busy (a parallel build on two cores): it asks again, as a browser would.
        var answered = false
        for _ in 0..<50 where !answered {
            answered = (try? RawHTTPClient.get("/contact/", port: small.server.port).status) == 200
            if !answered { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(answered)
        #expect(small.server.openConnections <= 16 + 1)
        _ = small.rebuild(changed: [])
        #expect(RawHTTPClient.readUntil("event: reload", from: events) != nil, "the stream was closed to make room")
        small.stop()
        stopped = true
        // The end of a chunked body, then the end of the connection.
        let rest = RawHTTPClient.readToEnd(from: events)
        #expect(rest?.hasSuffix("0\r\n\r\n") == true, "the stream did not end cleanly: \(rest ?? "reset")")
    }

    /// When every place is taken by a connection that is being answered
    /// (here, live reload streams), a new one is closed at once rather than
    /// queued behind them; a place freed is a place taken.
    @Test func aNewConnectionIsRefusedOnlyWhenEveryPlaceIsBusy() throws {
        var limits = PreviewServerLimits()
        limits.maximumConnections = 16
        let small = try PreviewSession(options: .init(siteDirectory: site, port: 0, serverLimits: limits), log: { _ in })
        small.start()
        defer { small.stop() }
        var streams: [Int32] = []
        defer { for fd in streams { close(fd) } }
        for _ in 0..<16 {
            let fd = try RawHTTPClient.connect(port: small.server.port)
            RawHTTPClient.send("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", to: fd)
            #expect(RawHTTPClient.readUntil("retry: 1000", from: fd) != nil)
            streams.append(fd)
        }
        #expect(throws: (any Error).self) { try RawHTTPClient.get("/", port: small.server.port) }
        close(streams.removeLast())
        var answered = false
        for _ in 0..<50 where !answered {
            answered = (try? RawHTTPClient.get("/", port: small.server.port).status) == 200
            if !answered { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(answered)
    }

    @Test(arguments: ["127.0.0.1", "localhost", "[::1]"])
    func answersLoopbackNamesWithTheirPort(_ host: String) throws {
        let answer = try RawHTTPClient.exchange("GET / HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n\r\n", port: port)
        #expect(answer.status == 200)
    }

    @Test(arguments: ["evil.example", "evil.example:PORT", "127.0.0.1.evil.example:PORT", "localhost.evil.example", "EVIL.example."])
    func refusesOtherHostNames(_ host: String) throws {
        let name = host.replacingOccurrences(of: "PORT", with: String(port))
        let answer = try RawHTTPClient.exchange("GET / HTTP/1.1\r\nHost: \(name)\r\nConnection: close\r\n\r\n", port: port)
        #expect(answer.status == 421, "Host: \(name) gave \(answer.status)")
        #expect(!answer.text.contains("Boulangerie"))
        let events = try RawHTTPClient.exchange("GET /__sitegen/events HTTP/1.1\r\nHost: \(name)\r\nConnection: close\r\n\r\n", port: port)
        #expect(events.status == 421)
    }

    @Test func anHTTP11RequestWithoutOneHostIsBad() throws {
        let missing = try RawHTTPClient.exchange("GET / HTTP/1.1\r\nConnection: close\r\n\r\n", port: port)
        #expect(missing.status == 400)
        let twice = try RawHTTPClient.exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n", port: port)
        #expect(twice.status == 400)
        let malformed = try RawHTTPClient.exchange("GET / HTTP/1.1\r\nHost: localhost@evil.example\r\nConnection: close\r\n\r\n", port: port)
        #expect(malformed.status == 400)
        // HTTP/1.0 has no Host header to require.
        let old = try RawHTTPClient.exchange("GET / HTTP/1.0\r\n\r\n", port: port)
        #expect(old.status == 200)
    }
}
