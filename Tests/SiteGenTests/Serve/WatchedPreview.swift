import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenServer

/// The preview as `sitegen serve` runs it, on a copy of the example site:
/// built, served on a free port, watching the files, with a page listening
/// for reload events as a browser tab would, and every rebuild recorded.
///
/// Nothing here sleeps for a guessed time: it waits for the watcher to have
/// read the files and for the event stream to be listening before a test
/// edits anything, and a test waits for the record of the rebuild it caused.
final class WatchedPreview {
    let site: URL
    let session: PreviewSession
    let events = EventLog()
    let rebuilds = RebuildLog()
    /// Signalled when the watcher has returned, after `stop()`.
    let watcherEnded = DispatchSemaphore(value: 0)
    var port: Int { session.server.port }

    struct NotReady: Error, CustomStringConvertible {
        let description: String
    }

    /// `quiet`: how long the files must stay unchanged before the watcher takes a burst of changes as over.
    init(quiet: Double = PreviewSession.burstQuiet) throws {
        site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        session = try PreviewSession(options: .init(siteDirectory: site, port: 0), log: { _ in })
        let first = session.start()
        guard first.report != nil else { throw NotReady(description: "the example site must build: \(first.errors)") }
        let watching = DispatchSemaphore(value: 0)
        Thread.detachNewThread { [session, rebuilds, watcherEnded] in
            session.watch(quiet: quiet, onRebuild: { rebuilds.append($0) }, onWatching: { watching.signal() })
            watcherEnded.signal()
        }
        guard watching.wait(timeout: .now() + 30) == .success else { throw NotReady(description: "the watcher did not start in 30 s") }
        let fd = try RawHTTPClient.connect(port: session.server.port)
        RawHTTPClient.send("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", to: fd)
        // The server sends this line once the page listens (nothing has been rebuilt yet, so nothing follows it).
        guard RawHTTPClient.readUntil("retry: 1000", from: fd) != nil else {
            close(fd)
            throw NotReady(description: "the event stream did not open")
        }
        Thread.detachNewThread { [events] in
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = recv(fd, &chunk, chunk.count, 0)
                // The socket's 10 s receive timeout: a quiet stream is still open.
                if count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
                guard count > 0 else { break }
                events.append(String(decoding: chunk[..<count], as: UTF8.self))
            }
            close(fd)
        }
    }

    deinit {
        session.stop()
        TestSupport.cleanUp(site.deletingLastPathComponent())
    }

    /// Reload events the listening page has received.
    var reloads: Int { events.text.components(separatedBy: "event: reload").count - 1 }

    /// Polls until `condition` holds, for at most `timeout` seconds.
    static func eventually(timeout: TimeInterval = 60, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return try condition()
    }

    /// The rebuild that took in the change to `path`, once it is recorded.
    ///
    /// The session serves the new build and tells pages to reload before it
    /// hands back the record, so a test that has seen the new page served
    /// still waits here for the record, rather than reading the last one.
    func rebuild(taking path: String) -> PreviewSession.Rebuild? {
        var found: PreviewSession.Rebuild?
        _ = Self.eventually {
            found = rebuilds.all.first { $0.changed.contains(path) }
            return found != nil
        }
        return found
    }

    func write(_ text: String, to path: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Atomically, so that the watcher sees each file change once, whole.
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func append(_ text: String, to path: String) throws {
        let url = site.appendingPathComponent(path)
        try (String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: true, encoding: .utf8)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: site.appendingPathComponent(path))
    }

    func get(_ target: String) throws -> RawHTTPClient.Answer {
        try RawHTTPClient.get(target, port: port)
    }
}
