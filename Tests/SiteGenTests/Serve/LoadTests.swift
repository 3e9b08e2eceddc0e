import Foundation
import Synchronization
import Testing

@testable import SiteGen
@testable import SiteGenServer

/// 200 connections at once for 10 s on loopback: no request may fail, and
/// the process's memory may not grow past a stated bound. (A bounded run,
/// not a timing assertion: speed is measured in benchmarks.)
@Suite("Serve: load on loopback")
struct LoadTests {
    static let connections = 200
    static let duration: TimeInterval = 10
    /// Resident memory the whole process may gain during the run: 200 server
    /// threads with 256 KB stacks, 200 client threads, and their buffers.
    static let memoryBound = 96 * 1024 * 1024

    static func residentBytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }

    final class Counters: Sendable {
        let succeeded = Mutex(0)
        let failed = Mutex(0)
        let finished = Mutex(0)
        let slowest = Mutex(0.0)
    }

    @Test func twoHundredConnectionsForTenSecondsWithoutAFailure() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let session = try PreviewSession(options: .init(siteDirectory: site, port: 0), log: { _ in })
        session.start()
        defer { session.stop() }
        let port = session.server.port
        let paths = ["/", "/a-propos/", "/nos-pains/", "/actualites/", "/contact/", "/style.css", "/images/logo.svg", "/feed.xml"]
        _ = try RawHTTPClient.get("/", port: port)
        let before = Self.residentBytes()
        let counters = Counters()
        let deadline = Date(timeIntervalSinceNow: Self.duration)
        for number in 0..<Self.connections {
            let thread = Thread {
                defer { counters.finished.withLock { $0 += 1 } }
                guard let fd = try? RawHTTPClient.connect(port: port) else {
                    counters.failed.withLock { $0 += 1 }
                    return
                }
                defer { close(fd) }
                var index = number
                while Date() < deadline {
                    let path = paths[index % paths.count]
                    index += 1
                    let sent = Date()
                    RawHTTPClient.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", to: fd)
                    guard let answer = RawHTTPClient.readAnswer(from: fd), answer.status == 200, !answer.body.isEmpty else {
                        counters.failed.withLock { $0 += 1 }
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
        while counters.finished.withLock({ $0 }) < Self.connections {
            Thread.sleep(forTimeInterval: 0.1)
        }
        let grown = Self.residentBytes() - before
        let succeeded = counters.succeeded.withLock { $0 }
        #expect(counters.failed.withLock { $0 } == 0)
        #expect(succeeded > Self.connections)
        #expect(grown < Self.memoryBound, "memory grew by \(grown / 1024 / 1024) MB")
        print(
            "load: \(succeeded) requests on \(Self.connections) connections in \(Int(Self.duration)) s, slowest "
                + String(format: "%.2f", counters.slowest.withLock { $0 }) + " s, resident memory grew \(grown / 1024 / 1024) MB")
    }
}
