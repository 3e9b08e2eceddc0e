import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Connections that send a request head one byte at a time and never finish
/// it (the "slowloris" attack): each byte comes well within any per-read
/// timeout, so only a deadline for the whole head ends them.
final class SlowDripClients: Sendable {
    struct Connection: Sendable {
        let fd: Int32
        let opened: Date
        var sent = 0
        var closed: Date?
    }

    private let connections: Mutex<[Connection]>
    private let running = Mutex(true)
    private let finished = Mutex(false)
    static let head = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Drip: ".utf8)

    /// Opens `count` connections to 127.0.0.1:`port`, each sending its first byte.
    init(count: Int, port: Int) throws {
        var opened: [Connection] = []
        opened.reserveCapacity(count)
        for _ in 0..<count {
            let fd = try RawHTTPClient.connect(port: port)
            var connection = Connection(fd: fd, opened: Date())
            Self.sendByte(&connection)
            opened.append(connection)
        }
        connections = Mutex(opened)
    }

    /// Sends one more byte on every open connection each `interval` seconds,
    /// and notices closed ones within a tenth of a second, until `stop()`.
    func start(every interval: TimeInterval) {
        Thread.detachNewThread { [self] in
            var nextByte = Date(timeIntervalSinceNow: interval)
            while running.withLock({ $0 }) {
                let sendNow = Date() >= nextByte
                if sendNow { nextByte = Date(timeIntervalSinceNow: interval) }
                connections.withLock { all in
                    for index in all.indices where all[index].closed == nil {
                        if Self.isClosed(all[index].fd) {
                            all[index].closed = Date()
                        } else if sendNow {
                            Self.sendByte(&all[index])
                        }
                    }
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            finished.withLock { $0 = true }
        }
    }

    func stop() {
        running.withLock { $0 = false }
        while !finished.withLock({ $0 }) { Thread.sleep(forTimeInterval: 0.05) }
        connections.withLock { all in
            for connection in all { close(connection.fd) }
        }
    }

    var openCount: Int { connections.withLock { $0.filter { $0.closed == nil }.count } }

    /// Seconds each closed connection stayed open, and the bytes it had sent.
    var closings: [(seconds: TimeInterval, bytes: Int)] {
        connections.withLock { all in all.compactMap { c in c.closed.map { ($0.timeIntervalSince(c.opened), c.sent) } } }
    }

    /// Waits up to `timeout` seconds for every connection to be closed by the server.
    func waitUntilAllClosed(timeout: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            if openCount == 0 { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return openCount == 0
    }

    private static func sendByte(_ connection: inout Connection) {
        var byte = connection.sent < head.count ? head[connection.sent] : UInt8(ascii: "a")
        if Glibc.send(connection.fd, &byte, 1, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) == 1 { connection.sent += 1 }
    }

    /// True when the server has closed the connection (end of stream or reset).
    private static func isClosed(_ fd: Int32) -> Bool {
        var byte: UInt8 = 0
        let count = recv(fd, &byte, 1, Int32(MSG_DONTWAIT | MSG_PEEK))
        if count == 0 { return true }
        if count < 0 { return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR }
        // An answer (a 408, say) then the close: read on.
        var buffer = [UInt8](repeating: 0, count: 4096)
        return recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT)) == 0
    }
}
