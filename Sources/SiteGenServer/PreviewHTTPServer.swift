#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A small HTTP/1.1 server for the preview: one thread per connection, so a
/// slow or malformed client never holds up the others; requests read within
/// size limits and a read timeout; keep-alive for browsers and load tests.
public final class PreviewHTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequestHead) -> HTTPAnswer

    public let host: String
    public let port: Int
    private let listener: Int32
    private let handler: Handler
    private let running = Mutex(true)
    private let connections = Mutex(Set<Int32>())

    /// Seconds a connection may stay silent before it is closed.
    static let readTimeout = 10

    /// Binds `host:port`, or the first free port after it when `searchPorts`.
    public init(host: String, port: Int, searchPorts: Int = 0, handler: @escaping Handler) throws {
        self.host = host
        self.handler = handler
        var lastError: Int32 = 0
        for candidate in port...(port + searchPorts) {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw ServerError("cannot open a socket: \(String(cString: strerror(errno)))") }
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(candidate).bigEndian)
            guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else {
                close(fd)
                throw ServerError("\(host) is not an IPv4 address such as 127.0.0.1")
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            if bound == 0, listen(fd, 256) == 0 {
                var actual = sockaddr_in()
                var length = socklen_t(MemoryLayout<sockaddr_in>.size)
                _ = withUnsafeMutablePointer(to: &actual) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
                }
                self.listener = fd
                self.port = Int(UInt16(bigEndian: actual.sin_port))
                return
            }
            lastError = errno
            close(fd)
        }
        throw ServerError("cannot listen on \(host):\(port)\(searchPorts > 0 ? "-\(port + searchPorts)" : ""): \(String(cString: strerror(lastError)))")
    }

    /// Accepts connections on a thread of its own until `stop()`.
    public func start() {
        signal(SIGPIPE, SIG_IGN)
        let thread = Thread { [self] in acceptLoop() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    public func stop() {
        running.withLock { $0 = false }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for fd in connections.withLock({ $0 }) { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    private var isRunning: Bool { running.withLock { $0 } }

    private func acceptLoop() {
        while isRunning {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else {
                if errno == EINTR { continue }
                if !isRunning { return }
                usleep(10_000)
                continue
            }
            var timeout = timeval(tv_sec: Self.readTimeout, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var yes: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            connections.withLock { _ = $0.insert(fd) }
            let thread = Thread { [self] in
                serve(fd)
                connections.withLock { _ = $0.remove(fd) }
                close(fd)
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        var reader = HTTPRequestReader(socket: fd)
        for _ in 0..<1000 {
            let head: HTTPRequestHead
            do {
                head = try reader.readHead()
            } catch {
                switch error {
                case .closed: return
                case .badRequest: _ = write(.plain(400, "Bad request"), to: fd, head: nil, keepAlive: false)
                case .uriTooLong: _ = write(.plain(414, "Request line too long"), to: fd, head: nil, keepAlive: false)
                case .headersTooLarge: _ = write(.plain(431, "Request headers too large"), to: fd, head: nil, keepAlive: false)
                }
                return
            }
            // A request body is never needed here; one would be refused by closing after the answer.
            let hasBody = (head.headers["content-length"].flatMap(Int.init) ?? 0) > 0 || head.headers["transfer-encoding"] != nil
            let answer = handler(head)
            let keepAlive = head.keepAlive && !hasBody && answer.stream == nil
            guard write(answer, to: fd, head: head, keepAlive: keepAlive), keepAlive else { return }
        }
    }

    /// Sends the answer; false when the client is gone.
    private func write(_ answer: HTTPAnswer, to fd: Int32, head: HTTPRequestHead?, keepAlive: Bool) -> Bool {
        var text = "HTTP/1.1 \(answer.status) \(HTTPAnswer.reason(answer.status))\r\n"
        for (name, value) in answer.headers { text += "\(name): \(value)\r\n" }
        if answer.stream == nil {
            text += "Content-Length: \(answer.body.count)\r\n"
        }
        text += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        guard Self.send(Data(text.utf8), to: fd) else { return false }
        if let stream = answer.stream {
            stream { Self.send($0, to: fd) }
            return false
        }
        if head?.method == "HEAD" { return true }
        return Self.send(answer.body, to: fd)
    }

    static func send(_ data: Data, to fd: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let sent = Glibc.send(fd, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                #else
                let sent = Darwin.send(fd, buffer.baseAddress! + offset, buffer.count - offset, 0)
                #endif
                if sent <= 0 {
                    if sent < 0, errno == EINTR { continue }
                    return false
                }
                offset += sent
            }
            return true
        }
    }
}

public struct ServerError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
