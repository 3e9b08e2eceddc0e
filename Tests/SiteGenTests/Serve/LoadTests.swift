import Foundation
import Synchronization
import Testing

/// 200 connections at once for 10 s on loopback: no request may fail, at
/// least `minimumRequests` are answered, and the server's resident memory
/// grows by less than `memoryBound`: the figures the README quotes. (A
/// bounded run, not a timing assertion: speed is measured in benchmarks.)
///
/// The server is `sitegen serve` in its own process, so that its resident
/// memory is its own. The test runs alone (`scripts/test` runs it after the
/// other suites, with `SITEGEN_LOAD_TEST=1`): beside them, 200 busy client
/// threads on two cores would push their own waits past their timeouts, and
/// their builds would slow the server it measures.
@Suite(
    "Serve: load on loopback",
    .enabled(
        if: ProcessInfo.processInfo.environment["SITEGEN_LOAD_TEST"] == "1",
        "runs alone: SITEGEN_LOAD_TEST=1 swift test --skip-build --filter '\\.LoadTests/'"))
struct LoadTests {
    static let connections = 200
    static let duration: TimeInterval = 10
    /// Requests answered in the run, at the least: ten per connection. Run
    /// alone, a debug build answers 13,000 to 35,000 on a shared 2-core
    /// machine; a server that stalls or serialises its connections does not.
    static let minimumRequests = 2_000
    /// Resident memory the server may gain over what its first build left it
    /// holding, at the most it holds during the run: 200 connections with
    /// their NIO buffers fit in it many times over; a few kilobytes kept
    /// per request (over 13,000 requests) do not.
    static let memoryBound = 16 * 1024 * 1024

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1024 / 1024) }

    static func residentBytes(of process: Int32) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }

    final class Counters: Sendable {
        let succeeded = Mutex(0)
        let failures = Mutex<[String]>([])
        let finished = Mutex(0)
        let slowest = Mutex(0.0)

        func fail(_ reason: String) { failures.withLock { $0.append(reason) } }
    }

    @Test func twoHundredConnectionsForTenSecondsWithoutAFailure() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let (server, _, printed) = try ServeCommandTests.start(["--site", site.path, "--port", "0"], in: site)
        defer {
            kill(server.processIdentifier, SIGINT)
            server.waitUntilExit()
        }
        let address = try #require(printed.firstMatch(of: /at http:\/\/127\.0\.0\.1:(\d+)\//), "serve printed: \(printed)")
        let port = try #require(Int(address.output.1))
        let paths = ["/", "/a-propos/", "/nos-pains/", "/actualites/", "/contact/", "/style.css", "/images/logo.svg", "/feed.xml"]
        for path in paths { _ = try RawHTTPClient.get(path, port: port) }
        let before = Self.residentBytes(of: server.processIdentifier)
        try #require(before > 0, "the server's resident memory could not be read from /proc")
        let counters = Counters()
        let deadline = Date(timeIntervalSinceNow: Self.duration)
        for number in 0..<Self.connections {
            let thread = Thread {
                defer { counters.finished.withLock { $0 += 1 } }
                guard let fd = try? RawHTTPClient.connect(port: port) else {
                    counters.fail("connection \(number) was refused")
                    return
                }
                defer { close(fd) }
                // Two cores shared with the rest of the suite: a late answer is
                // slowness, which benchmarks measure; only a missing one fails.
                var patience = timeval(tv_sec: 60, tv_usec: 0)
                setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, socklen_t(MemoryLayout<timeval>.size))
                var index = number
                while Date() < deadline {
                    let path = paths[index % paths.count]
                    index += 1
                    let sent = Date()
                    RawHTTPClient.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", to: fd)
                    guard let answer = RawHTTPClient.readAnswer(from: fd) else {
                        counters.fail("connection \(number): no answer to GET \(path) after \(Int(Date().timeIntervalSince(sent))) s")
                        return
                    }
                    guard answer.status == 200, !answer.body.isEmpty else {
                        counters.fail("connection \(number): GET \(path) answered \(answer.status) with \(answer.body.count) bytes")
                        return
                    }
                    counters.succeeded.withLock { $0 += 1 }
                    let seconds = Date().timeIntervalSince(sent)
                    counters.slowest.withLock { $0 = max($0, seconds) }
                }
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
        // The most the server held while loaded, looked at ten times a second
        // (at the end the connections are closed and their memory freed).
        var peak = before
        while counters.finished.withLock({ $0 }) < Self.connections {
            Thread.sleep(forTimeInterval: 0.1)
            peak = max(peak, Self.residentBytes(of: server.processIdentifier))
        }
        let grown = peak - before
        let succeeded = counters.succeeded.withLock { $0 }
        let failures = counters.failures.withLock { $0 }
        #expect(failures.isEmpty, "\(failures.count) connections failed, the first: \(failures.prefix(3).joined(separator: "; "))")
        #expect(succeeded >= Self.minimumRequests, "only \(succeeded) requests were answered in \(Int(Self.duration)) s")
        #expect(grown < Self.memoryBound, "the server's resident memory grew by \(Self.megabytes(grown)) MB")
        print(
            "load: \(succeeded) requests on \(Self.connections) connections in \(Int(Self.duration)) s, slowest "
                + String(format: "%.2f", counters.slowest.withLock { $0 })
                + " s, the server's resident memory grew \(Self.megabytes(grown)) MB at most (from \(Self.megabytes(before)) MB)")
    }
}
